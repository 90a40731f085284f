import { describe, expect, it } from "vitest";
import { CONTACTS, contactById } from "../../src/content/contacts.ts";
import { QA_ENTRIES, qaEntryById } from "../../src/content/qa.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { answerText } from "../../src/qa/reply.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Every number an answer shows comes from src/content/contacts.ts, where it has its source and review date (issue 12,
 * session 20): the pig-butchering answer names its reporting lines by contact id, not by digits typed into locales/.
 */
const tr = loadTranslator();

describe("answers take their numbers from the sourced contacts", () => {
  it.each(LOCALES)("in %s, the pig-butchering answer shows 18222, 165, 96110 and 110 from contacts.ts", (locale) => {
    const entry = qaEntryById("pig_butchering")!;
    const text = answerText(entry, locale, tr);
    for (const id of ["hk_adcc_18222", "tw_165", "cn_96110", "cn_110"] as const) {
      expect(text).toContain(contactById(id).numbers[0]!.dial);
    }
    expect(text).not.toContain("$" + "{");
  });

  it("no locale types those numbers into the pig-butchering answer itself", () => {
    for (const locale of LOCALES) {
      const placeholders = { hk_scam_line: "#", tw_scam_line: "#", cn_fraud_leads: "#", cn_police: "#" };
      const raw = tr.t(locale, "qa.pig_butchering.answer", placeholders);
      expect(raw).not.toMatch(/18222|96110|\b165\b/);
    }
  });

  it("every contact an answer names exists (contactById throws on an unknown id)", () => {
    expect(() => contactById("no_such_line")).toThrow(/no_such_line/);
    for (const entry of QA_ENTRIES) {
      for (const id of Object.values(entry.numbersFrom ?? {})) expect(CONTACTS.some((c) => c.id === id)).toBe(true);
    }
  });
});

describe("a traveller's passport kept by a hotel is told in the match itself", () => {
  it.each([
    ["en", "The hotel in Bangkok is keeping my passport as a deposit, can they do that?", "th"],
    ["zh-hans", "曼谷的酒店把我的护照押在前台，这样可以吗？", "th"],
    ["zh-hant", "租摩托車老闆要押我護照，可以嗎？", undefined],
  ])("%s: %s", (_lang, text, country) => {
    const match = matchQuestion(text);
    expect(match.outOfScope).toBe(true);
    expect(match.passportKept).toEqual(country ? { country } : {});
  });

  it("a passport kept by an employer abroad is not a traveller's errand", () => {
    expect(matchQuestion("My employer in Dubai keeps my passport").passportKept).toBeUndefined();
  });
});
