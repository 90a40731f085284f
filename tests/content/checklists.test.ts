import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseStartPayload } from "../../src/bot/actions.ts";
import {
  CHECKLISTS,
  checklistIds,
  checklistTitle,
  isChecklistId,
  renderChecklist,
  renderChecklistMenu,
  type SourcedList,
} from "../../src/content/checklists.ts";
import { FAMILY_GUIDE, FAMILY_GUIDE_SECTION_IDS, renderFamilyGuide } from "../../src/content/family-guide.ts";
import { provenanceProblems } from "../../src/content/sourced.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";

const FACTS = readFileSync(fileURLToPath(new URL("../../../shared/facts.md", import.meta.url)), "utf8");
const tr = loadTranslator();

const LISTS: ReadonlyArray<{ name: string; list: SourcedList }> = [
  ...checklistIds.map((id) => ({ name: `checklist ${id}`, list: CHECKLISTS[id] })),
  ...FAMILY_GUIDE_SECTION_IDS.map((id) => ({ name: `family guide ${id}`, list: FAMILY_GUIDE[id] })),
];

describe("checklists and family guide content", () => {
  it("offers the five checklists of the /checklist menu, in menu order", () => {
    expect(checklistIds).toEqual(["accept", "travel", "abroad", "family", "verify"]);
    for (const id of checklistIds) expect(CHECKLISTS[id].id).toBe(id);
    expect(isChecklistId("travel")).toBe(true);
    expect(isChecklistId("other")).toBe(false);
  });

  it.each(LISTS)("$name: every item has a source from facts.md and a valid review date", ({ list }) => {
    expect(list.items.length).toBeGreaterThanOrEqual(4);
    for (const entry of list.items) {
      expect(provenanceProblems(entry), entry.id).toEqual([]);
      for (const url of entry.source) expect(FACTS.includes(url), `${entry.id}: ${url}`).toBe(true);
    }
  });

  it.each(LISTS)("$name: item ids are unique and every text is translated", ({ list }) => {
    const ids = list.items.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const locale of LOCALES) {
      for (const key of [list.titleKey, ...list.items.map((entry) => entry.textKey)]) {
        expect(tr.has(locale, key), `${locale}: ${key}`).toBe(true);
      }
    }
  });
});

describe("renderChecklist", () => {
  it("renders each checklist in each language as one numbered, self-contained message", () => {
    for (const locale of LOCALES) {
      for (const id of checklistIds) {
        const text = renderChecklist(id, locale, tr);
        expect(text.startsWith(`<b>${checklistTitle(id, locale, tr)}</b>`)).toBe(true);
        CHECKLISTS[id].items.forEach((entry, index) => {
          expect(text).toContain(`${index + 1}. ${tr.t(locale, entry.textKey)}`);
        });
        expect(text).toContain(tr.t(locale, "checklist.footer"));
        expect(text.length).toBeLessThanOrEqual(4096);
        expect(text).not.toContain("${");
      }
    }
  });

  it("links a shared card back to the same checklist in the bot", () => {
    for (const id of checklistIds) {
      const text = renderChecklist(id, "en", tr, { botUsername: "JobSafeBot" });
      const href = /<a href="https:\/\/t\.me\/JobSafeBot\?start=([^"]+)">@JobSafeBot<\/a>/.exec(text);
      expect(href, id).not.toBeNull();
      expect(parseStartPayload(href?.[1] ?? "")).toEqual({ action: "checklist", arg: id });
    }
  });

  it("refuses a bot username that is not one, rather than emitting a broken link", () => {
    expect(() => renderChecklist("accept", "en", tr, { botUsername: 'x"><b>' })).toThrow(/username/);
  });

  it("has a menu prompt in each language", () => {
    for (const locale of LOCALES) expect(renderChecklistMenu(locale, tr).length).toBeGreaterThan(0);
  });

  it("speaks the reader's language", () => {
    const en = renderChecklist("abroad", "en", tr);
    const hans = renderChecklist("abroad", "zh-hans", tr);
    const hant = renderChecklist("abroad", "zh-hant", tr);
    expect(en).not.toMatch(/\p{Script=Han}{4}/u);
    expect(hans).toContain("护照");
    expect(hant).toContain("護照");
  });
});

describe("renderFamilyGuide", () => {
  it("renders each section in each language with every item, ready to forward", () => {
    for (const locale of LOCALES) {
      for (const section of FAMILY_GUIDE_SECTION_IDS) {
        const text = renderFamilyGuide(section, locale, tr);
        expect(text).toContain(tr.t(locale, FAMILY_GUIDE[section].titleKey));
        for (const entry of FAMILY_GUIDE[section].items) expect(text).toContain(tr.t(locale, entry.textKey));
        expect(text).toContain(tr.t(locale, "checklist.footer"));
      }
    }
    expect(renderFamilyGuide("lost", "en", tr, { botUsername: "JobSafeBot" })).toContain(
      'href="https://t.me/JobSafeBot"',
    );
  });

  it("covers questions before departure, a safety plan and what to do if contact stops", () => {
    expect(FAMILY_GUIDE_SECTION_IDS).toEqual(["questions", "plan", "lost"]);
    const plan = FAMILY_GUIDE.plan.items.map((entry) => entry.id);
    expect(plan).toEqual(expect.arrayContaining(["copies", "check_in", "code_word"]));
  });
});
