import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { draftMissingTraditional } from "../../src/cli/derive-locales.ts";
import { LOCALES_DIR, loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES, localeFromLanguageCode } from "../../src/i18n/locales.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";

type Tree = { [key: string]: Tree | string };
const readTree = (locale: string): Tree =>
  (yaml.load(readFileSync(path.join(LOCALES_DIR, `${locale}.yaml`), "utf8")) as Tree | null) ?? {};
const leaves = (tree: Tree, prefix = ""): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => {
    const dotted = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[dotted, value] as [string, string]] : leaves(value, dotted);
  });
const placeholders = (text: string): string[] => [...text.matchAll(/\$\{\s*(\w+)\s*\}/g)].map((m) => m[1] ?? "").sort();

const translator = loadTranslator();
const files = Object.fromEntries(
  ["en", "zh-hans", "zh-hant"].map((locale) => [locale, new Map(leaves(readTree(locale)))]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("locales", () => {
  it("en, zh-hans and zh-hant define exactly the same keys (draft a missing zh-hant key with `npm run locales`)", () => {
    const english = [...files["en"]!.keys()].sort();
    for (const locale of ["zh-hans", "zh-hant"]) {
      const keys = files[locale]!;
      expect(
        english.filter((key) => !keys.has(key)),
        `keys missing from ${locale}.yaml`,
      ).toEqual([]);
      expect(
        [...keys.keys()].filter((key) => !files["en"]!.has(key)),
        `keys in ${locale}.yaml but not in en.yaml`,
      ).toEqual([]);
    }
    for (const locale of LOCALES) expect(translator.keys(locale).sort()).toEqual(english);
  });

  it("zh-hant is read from zh-hant.yaml alone: there is no derived locale file", () => {
    expect(existsSync(path.join(LOCALES_DIR, "zh-hant.derived.yaml"))).toBe(false);
  });

  it("a key uses the same placeholders in every language", () => {
    for (const [key, english] of files["en"]!) {
      for (const locale of ["zh-hans", "zh-hant"]) {
        const other = files[locale]!.get(key);
        if (other !== undefined) expect(placeholders(other), `${locale} ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it("every translation is HTML that Telegram accepts", () => {
    for (const locale of LOCALES) {
      for (const key of translator.keys(locale)) {
        const params = Object.fromEntries(placeholders(files["en"]!.get(key) ?? "").map((name) => [name, "x"]));
        const text = translator.t(locale, key, params);
        expect(() => parseTelegramHtml(text), `${locale} ${key}: ${text}`).not.toThrow();
      }
    }
  });

  it("every key is used by the code, literally or through a `prefix.${id}` template", () => {
    const sources = sourceFiles(new URL("../../src", import.meta.url).pathname).map((file) =>
      readFileSync(file, "utf8"),
    );
    const all = sources.join("\n");
    // `check.flag.${rule.id}.why` becomes /^check\.flag\.[^.]+\.why$/
    const templates = [...all.matchAll(/`([a-z_]+(?:\.[a-z_]+)*\.)\$\{[^}]+\}((?:\.[a-z_]+)*)`/g)].map(
      (m) => new RegExp(`^${(m[1] ?? "").replace(/\./g, "\\.")}[^.]+${(m[2] ?? "").replace(/\./g, "\\.")}$`),
    );
    const unused = [...files["en"]!.keys()].filter(
      (key) => !all.includes(`"${key}"`) && !templates.some((re) => re.test(key)),
    );
    expect(unused).toEqual([]);
  });
});

describe("localeFromLanguageCode", () => {
  it.each([
    ["zh-hant", "zh-hant"],
    ["zh-TW", "zh-hant"],
    ["zh-hk", "zh-hant"],
    ["zh-hans", "zh-hans"],
    ["zh-CN", "zh-hans"],
    ["zh", "zh-hans"],
    ["en", "en"],
    ["ru", "en"],
    [undefined, "en"],
  ])("%s → %s", (code, locale) => {
    expect(localeFromLanguageCode(code)).toBe(locale);
  });
});

describe("translator", () => {
  it("escapes parameters, so user text cannot inject markup", () => {
    expect(translator.t("en", "start.welcome", { name: "<b>&" })).toContain("&lt;b&gt;&amp;");
  });

  it("fails loudly on a key that does not exist", () => {
    expect(() => translator.t("en", "no.such.key")).toThrow(/missing translation/);
  });

  it("reads Traditional Chinese from zh-hant.yaml itself, with no run-time conversion", () => {
    expect(translator.t("zh-hant", "language.changed")).toBe("已切換為繁體中文。");
  });

  it("fails loudly when a locale file lacks a key, instead of falling back to another language", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "jobsafe-locales-"));
    writeFileSync(path.join(dir, "en.yaml"), 'a: "A"\nb: "B"\n');
    writeFileSync(path.join(dir, "zh-hans.yaml"), 'a: "甲"\nb: "乙"\n');
    writeFileSync(path.join(dir, "zh-hant.yaml"), 'a: "甲"\n');
    const partial = loadTranslator(dir);
    expect(partial.has("zh-hant", "b")).toBe(false);
    expect(() => partial.t("zh-hant", "b")).toThrow(/missing translation 'b' for zh-hant/);
    expect(draftMissingTraditional(dir)).toEqual({ b: "乙" });
  });

  it("fills only named placeholders and never evaluates an expression in a template", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "jobsafe-locales-"));
    try {
      for (const locale of LOCALES)
        writeFileSync(path.join(dir, `${locale}.yaml`), 'a: "${name} has ${1+1} ${ name }"\n');
      expect(loadTranslator(dir).t("en", "a", { name: "Ana" })).toBe("Ana has ${1+1} Ana");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
