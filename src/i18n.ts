import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import yaml from "js-yaml";
import I18n from "telegraf-i18n";

/** The languages JobSafe speaks, as stored per user and used as locale file names. */
export const LOCALES = ["zh-hans", "zh-hant", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps Telegram's `language_code` to a locale: zh-hant/zh-tw/zh-hk/zh-mo → Traditional,
 * any other zh* → Simplified, everything else → English.
 */
export function localeFromLanguageCode(code: string | undefined): Locale {
  const lower = (code ?? "").toLowerCase();
  if (!lower.startsWith("zh")) return "en";
  return /^zh[-_](hant|tw|hk|mo)/.test(lower) ? "zh-hant" : "zh-hans";
}

/** A value the caller vouches is already safe HTML (e.g. built from other translations). */
export class Html {
  constructor(readonly html: string) {}
}
export const html = (value: string): Html => new Html(value);

export type Params = Record<string, string | number | Html>;

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface Translator {
  /** The message for `key` in `locale`, with `${name}` placeholders filled; plain params are HTML-escaped. */
  t(locale: Locale, key: string, params?: Params): string;
  has(locale: Locale, key: string): boolean;
  /** Every leaf key of a locale, dotted. */
  keys(locale: Locale): string[];
}

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
    parsed = yaml.load(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read locale file ${file}: ${(error as Error).message}`);
  }
  if (parsed === undefined || parsed === null) return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`${file}: top level must be a map`);
  return parsed as RawTree;
}

export const LOCALES_DIR = fileURLToPath(new URL("../locales/", import.meta.url));

/**
 * Loads `locales/<locale>.yaml`, one file per language. zh-hant.yaml is written for Taiwan and Hong Kong readers, not
 * converted at run time: a key it lacks is a missing translation (`npm run locales` drafts one with OpenCC).
 */
export function loadTranslator(dir: string = LOCALES_DIR): Translator {
  const raw = new Map<Locale, RawTree>();
  for (const locale of LOCALES) raw.set(locale, readYaml(path.join(dir, `${locale}.yaml`)));

  const i18n = new I18n({ defaultLanguage: "en", allowMissing: false });
  const keySets = new Map<Locale, Set<string>>();
  for (const [locale, tree] of raw) {
    i18n.loadLocale(locale, compileTree(tree, `${locale}.yaml`));
    keySets.set(locale, new Set(leafKeys(tree)));
  }

  const has = (locale: Locale, key: string): boolean => keySets.get(locale)?.has(key) ?? false;
  return {
    has,
    keys: (locale) => [...(keySets.get(locale) ?? [])],
    t(locale, key, params = {}) {
      if (!has(locale, key)) throw new Error(`missing translation '${key}' for ${locale}`);
      return i18n.t(locale, key, params);
    },
  };
}
