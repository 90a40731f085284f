import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DANGER_REASONS, QA_ENTRIES, qaEntryById } from "../../src/content/qa.ts";
import { provenanceProblems } from "../../src/content/sourced.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { answerText, composeQaReply } from "../../src/qa/reply.ts";

const tr = loadTranslator();
const samplesOf = (entry: (typeof QA_ENTRIES)[number]): string[] => [
  ...entry.samples["zh-hans"],
  ...(entry.samples["zh-hant"] ?? []),
  ...entry.samples.en,
];

describe("Q&A content", () => {
  it("has unique ids", () => {
    const ids = QA_ENTRIES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(QA_ENTRIES)("$id is reachable by one of its own sample questions in each language", (entry) => {
    for (const samples of [entry.samples["zh-hans"], entry.samples.en]) {
      expect(samples.some((sample) => matchQuestion(sample).answer === entry.id)).toBe(true);
    }
  });

  it.each(QA_ENTRIES)("$id has a source and a review date", (entry) => {
    expect(provenanceProblems(entry)).toEqual([]);
  });

  it.each(QA_ENTRIES)("$id relates only to other existing entries", (entry) => {
    for (const id of entry.related) {
      expect(qaEntryById(id), `${entry.id} → ${id}`).toBeDefined();
      expect(id).not.toBe(entry.id);
    }
  });

  it.each(QA_ENTRIES)("$id has its answer and title in every locale", (entry) => {
    for (const locale of LOCALES) {
      expect(tr.has(locale, entry.answerKey), `${locale} ${entry.answerKey}`).toBe(true);
      expect(tr.has(locale, entry.titleKey), `${locale} ${entry.titleKey}`).toBe(true);
    }
  });

  it("answers end with one next step and fit on a phone screen", () => {
    for (const entry of QA_ENTRIES) {
      for (const locale of LOCALES) {
        const answer = answerText(entry, locale, tr);
        expect(answer.length, `${locale} ${entry.id}`).toBeLessThanOrEqual(1100);
        expect(answer.split("\n").at(-1), `${locale} ${entry.id}`).toMatch(/^<b>(Next step|下一步)/);
      }
    }
  });

  it("an emergency answer's next step is to call, not to ask for the numbers that come with it", () => {
    // Every emergency answer is sent with the contact card, or with the one-tap question that leads to it.
    for (const entry of QA_ENTRIES.filter((candidate) => candidate.emergency)) {
      for (const locale of LOCALES) {
        const nextStep = answerText(entry, locale, tr).split("\n").at(-1)!;
        expect(nextStep, `${locale} ${entry.id}`).toMatch(/call|拨打|撥打/);
        expect(nextStep, `${locale} ${entry.id}`).not.toMatch(/(send|发送|傳送) \/sos/);
      }
    }
  });

  it("answers every danger signal with exactly one emergency entry", () => {
    for (const reason of DANGER_REASONS) {
      const answering = QA_ENTRIES.filter((entry) => entry.emergencyFor?.includes(reason));
      expect(answering, reason).toHaveLength(1);
      expect(answering[0]?.emergency).toBe(true);
    }
  });

  it("does not copy the dev corpus questions into samples", () => {
    const corpus = new URL("../../../shared/corpus/questions-dev.jsonl", import.meta.url);
    let questions: string[];
    try {
      questions = readFileSync(corpus, "utf8")
        .trim()
        .split("\n")
        .map((line) => (JSON.parse(line) as { text: string }).text);
    } catch {
      return; // the corpus lives outside the repository; nothing to compare against without it
    }
    const samples = new Set(QA_ENTRIES.flatMap(samplesOf));
    expect(questions.filter((question) => samples.has(question))).toEqual([]);
  });
});

describe("composeQaReply", () => {
  it("shows the answer with related topics as buttons", () => {
    const reply = composeQaReply(matchQuestion("Can I work on a tourist visa?"), "en", tr);
    expect(reply.html).toBe(tr.t("en", "qa.visa_work.answer"));
  });

  it("asks which topic was meant when only alternatives are known, in the user's language", () => {
    const reply = composeQaReply(
      { answer: null, confidence: 0.3, alternatives: ["high_pay", "paid_travel"], emergency: false },
      "zh-hant",
      tr,
    );
    expect(reply.html).toBe(tr.t("zh-hant", "qa.nearest"));
    expect(reply.buttons.map((button) => button.entryId)).toEqual(["high_pay", "paid_travel"]);
    expect(reply.buttons[0]?.label).toBe(tr.t("zh-hant", "qa.high_pay.title"));
  });

  it("asks to confirm, not to choose, when a single topic is near", () => {
    const reply = composeQaReply(matchQuestion("你好，請問這裡可以幹嘛"), "zh-hant", tr);
    expect(reply.buttons).toHaveLength(1);
    expect(reply.html).toBe(tr.t("zh-hant", "qa.nearest_one"));
    expect(reply.html).not.toBe(tr.t("zh-hant", "qa.nearest"));
  });

  it("says it has no reviewed answer instead of guessing", () => {
    const reply = composeQaReply({ answer: null, confidence: 0, alternatives: [], emergency: false }, "zh-hans", tr);
    expect(reply.html).toBe(tr.t("zh-hans", "qa.no_match"));
    expect(reply.buttons).toEqual([]);
  });

  it.each([
    ["hi", "en"],
    ["thanks!", "en"],
    ["thank you so much", "en"],
    ["👍", "en"],
    ["谢谢你", "zh-hans"],
    ["你好", "zh-hans"],
    ["謝謝", "zh-hant"],
  ] as const)("greets %s back with what JobSafe does, not 'no reviewed answer'", (text, locale) => {
    const reply = composeQaReply(matchQuestion(text), locale, tr);
    expect(reply.html).toBe(tr.t(locale, "qa.small_talk"));
    expect(reply.html).not.toBe(tr.t(locale, "qa.no_match"));
  });
});

describe("help after return for Taiwan (issue 12)", () => {
  it("the answer on coming back says what Taiwan's police do for returnees, in every locale, with the CIB's sources", () => {
    const entry = qaEntryById("after_return")!;
    for (const locale of LOCALES) expect(answerText(entry, locale, tr), locale).toMatch(/Taiwan|台湾|臺灣/);
    expect(entry.source.some((url) => url.includes("taisounds.news"))).toBe(true);
  });
});
