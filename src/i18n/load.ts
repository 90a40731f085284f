import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type yaml from "js-yaml";
import type I18n from "telegraf-i18n";
import { escapeHtml, Html } from "./html.ts";
import { LOCALES, type Locale } from "./locales.ts";
import type { Translator } from "./translator.ts";

type Template = (data: Record<string, unknown>) => string;
interface LocaleTree {
  [key: string]: LocaleTree | Template;
}
export type RawTree = { [key: string]: RawTree | string };

const PLACEHOLDER = /\$\{\s*([A-Za-z_][\w]*)\s*\}/g;

/**
 * Turns `Hello ${name}` into a plain function. telegraf-i18n would otherwise compile it with
 * compile-template, which evaluates every call in a fresh `vm` context (~1 ms): too slow per update.
 */
function compileTemplate(source: string): Template {
  const parts = source.split(PLACEHOLDER);
  if (parts.length === 1) return () => source;
  return (data) => {
    let out = "";
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? "";
      if (i % 2 === 0) out += part;
      else {
        const value = data[part];
        if (value === undefined) throw new Error(`missing template parameter \${${part}}`);
        out += value instanceof Html ? value.html : escapeHtml(String(value));
      }
    }
    return out;
  };
}

function compileTree(raw: RawTree, file: string, prefix = ""): LocaleTree {
  const tree: LocaleTree = {};
  for (const [key, value] of Object.entries(raw)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") tree[key] = compileTemplate(value);
    else if (value && typeof value === "object" && !Array.isArray(value)) tree[key] = compileTree(value, file, dotted);
    else throw new Error(`${file}: '${dotted}' must be a string or a nested map`);
  }
  return tree;
}

function leafKeys(tree: RawTree | LocaleTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const dotted = prefix ? `${prefix}.${key}` : key;
    return typeof value === "object" ? leafKeys(value as RawTree, dotted) : [dotted];
  });
}

export function readYaml(file: string): RawTree {
  let parsed: unknown;
  try {
    // Loaded when a file is read: the bundle reads the locales `npm run build` wrote as JSON.
    const { load } = createRequire(import.meta.url)("js-yaml") as typeof yaml;
    parsed = load(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read locale file ${file}: ${(error as Error).message}`);
  }
  if (parsed === undefined || parsed === null) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`${file}: top level must be a map`);
  return parsed as RawTree;
}

/**
 * The locale files: `../../locales/` from this file when run from source, `../locales/` from the one bundle
 * `npm run build` writes to dist/.
 */
export const LOCALES_DIR = ["../../locales/", "../locales/"]
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((dir) => existsSync(path.join(dir, "en.yaml")))!;

const yamlFile = (dir: string, locale: Locale): string => path.join(dir, `${locale}.yaml`);

function readLocaleFiles(dir: string): Map<Locale, RawTree> {
  return new Map(LOCALES.map((locale) => [locale, readYaml(yamlFile(dir, locale))]));
}

/**
 * The locale files as `npm run build` writes them beside the bundle (dist/locales.json): JSON reads in a few
 * milliseconds where js-yaml takes 100–200 ms of a cold start. Not there when run from source.
 */
const BUILT_LOCALES = fileURLToPath(new URL("./locales.json", import.meta.url));

/** Writes BUILT_LOCALES from the locale files, once they load as a translator (`npm run build`). */
export function writeBuiltLocales(): void {
  loadTranslator(LOCALES_DIR);
  writeFileSync(BUILT_LOCALES, JSON.stringify(Object.fromEntries(readLocaleFiles(LOCALES_DIR))));
}

/** The built locales, unless missing or older than a locale file (edited since the build): then the files. */
function readBuiltLocales(): Map<Locale, RawTree> | undefined {
  const built = statSync(BUILT_LOCALES, { throwIfNoEntry: false });
  if (!built || LOCALES.some((locale) => statSync(yamlFile(LOCALES_DIR, locale)).mtimeMs > built.mtimeMs)) return;
  const trees = JSON.parse(readFileSync(BUILT_LOCALES, "utf8")) as Record<Locale, RawTree>;
  return new Map(LOCALES.map((locale) => [locale, trees[locale]]));
}

/**
 * Loads `locales/<locale>.yaml`, one file per language. zh-hant.yaml is written for Taiwan and Hong Kong readers, not
 * converted at run time: a key it lacks is a missing translation (`npm run locales` drafts one with OpenCC).
 */
export function loadTranslator(dir: string = LOCALES_DIR): Translator {
  const built = dir === LOCALES_DIR ? readBuiltLocales() : undefined;
  const raw = built ?? readLocaleFiles(dir);
  const compileAll = (): Map<Locale, LocaleTree> =>
    new Map([...raw].map(([locale, tree]) => [locale, compileTree(tree, `${locale}.yaml`)]));
  // Locale files are compiled here, so that a malformed one stops start-up; the built locales were compiled and
  // checked by `npm run build`, and are compiled (with their key sets) on the first lookup, after polling has begun.
  let compiled = built ? undefined : compileAll();
  let keySets: Map<Locale, Set<string>> | undefined;
  const keySetOf = (locale: Locale): Set<string> | undefined =>
    (keySets ??= new Map([...raw].map(([id, tree]) => [id, new Set(leafKeys(tree))]))).get(locale);
  // telegraf-i18n (with the js-yaml 3 and compile-template it loads, ~80 ms) is loaded on the first lookup, not at
  // start: the files are read and checked above, and nothing before polling needs a message.
  let i18n: I18n | undefined;
  const library = (): I18n => {
    if (!i18n) {
      const I18nClass = createRequire(import.meta.url)("telegraf-i18n") as typeof I18n;
      i18n = new I18nClass({ defaultLanguage: "en", allowMissing: false });
      for (const [locale, tree] of (compiled ??= compileAll())) i18n.loadLocale(locale, tree);
    }
    return i18n;
  };

  const has = (locale: Locale, key: string): boolean => keySetOf(locale)?.has(key) ?? false;
  // A message without parameters is the same string every time: looked up once per locale and key. telegraf-i18n
  // builds a context, splits the key and copies its template data on every lookup (a button label, an answer).
  const plain = new Map<Locale, Map<string, string>>(LOCALES.map((locale) => [locale, new Map()]));
  return {
    has,
    keys: (locale) => [...(keySetOf(locale) ?? [])],
    t(locale, key, params) {
      const known = params === undefined ? plain.get(locale)?.get(key) : undefined;
      if (known !== undefined) return known;
      if (!has(locale, key)) throw new Error(`missing translation '${key}' for ${locale}`);
      const text = library().t(locale, key, params ?? {});
      if (params === undefined) plain.get(locale)?.set(key, text);
      return text;
    },
  };
}
