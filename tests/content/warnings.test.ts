import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { provenanceProblems } from "../../src/content/sourced.ts";
import { renderWarning, WARNING_TOPICS, WARNINGS, warningKeys, warningTopicKey } from "../../src/content/warnings.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";

const FACTS = readFileSync(fileURLToPath(new URL("../../../shared/facts.md", import.meta.url)), "utf8");
const tr = loadTranslator();

describe("warning content", () => {
  it("has at least 12 warnings with unique, stable ids and known topics, covering every topic", () => {
    expect(WARNINGS.length).toBeGreaterThanOrEqual(12);
    const ids = WARNINGS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const warning of WARNINGS) {
      expect(warning.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(warning.topics.length, warning.id).toBeGreaterThan(0);
      for (const topic of warning.topics) expect(WARNING_TOPICS).toContain(topic);
    }
    for (const topic of WARNING_TOPICS)
      expect(
        WARNINGS.some((w) => w.topics.includes(topic)),
        topic,
      ).toBe(true);
  });

  it.each(WARNINGS)("$id is sourced from facts.md and reviewed", (warning) => {
    expect(provenanceProblems(warning)).toEqual([]);
    for (const url of warning.source) expect(FACTS.includes(url), `${warning.id}: ${url}`).toBe(true);
  });

  it.each(WARNINGS)("$id reads as short Telegram HTML in every language, ending with one bold action", (warning) => {
    for (const locale of LOCALES) {
      const { title, body } = warningKeys(warning.id);
      expect(tr.has(locale, title) && tr.has(locale, body), `${locale} ${warning.id}`).toBe(true);
      expect(tr.t(locale, body).trim()).toMatch(/<b>[^<]+<\/b>$/);
      const message = renderWarning(tr, warning.id, locale);
      const parsed = parseTelegramHtml(message);
      expect(parsed.text.startsWith(tr.t(locale, title))).toBe(true);
      expect(parsed.text.length, `${locale} ${warning.id}`).toBeLessThanOrEqual(locale === "en" ? 560 : 230);
    }
  });

  it("has Traditional Chinese that is really converted, without OpenCC's known misreadings", () => {
    for (const warning of WARNINGS) {
      const hans = renderWarning(tr, warning.id, "zh-hans");
      const hant = renderWarning(tr, warning.id, "zh-hant");
      expect(hant, warning.id).not.toBe(hans);
      // 签 (visa, to sign) must become 簽, not 籤 (a slip of bamboo); 专员 must not become 高階專員.
      expect(hant, warning.id).not.toMatch(/籤|高階專員|就業檔案/);
    }
  });

  it("names every topic in every language for the /subscribe buttons", () => {
    for (const locale of LOCALES) {
      const names = WARNING_TOPICS.map((topic) => tr.t(locale, warningTopicKey(topic)));
      expect(new Set(names).size).toBe(WARNING_TOPICS.length);
    }
  });
});
