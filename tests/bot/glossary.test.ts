/**
 * "What does this word mean?" in a chat: the term's meaning first, then the entry that tells more, in one message and
 * in the user's language; a mention of the word in anything else gets no meaning. Sentences written for this test.
 */
import { afterEach, describe, expect, it } from "vitest";
import { qaEntryById } from "../../src/content/qa.ts";
import { answerText } from "../../src/qa/reply.ts";
import { inEitherUsage } from "../support/usage.ts";
import { createTestBot, LANGUAGE_CASES, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

const ASKS_GAMBLING_WORK = {
  "zh-hans": "朋友说有个菠菜工作，菠菜是什么意思？",
  "zh-hant": "朋友說有個菠菜工作，菠菜是什麼意思？",
  en: "a guy offered me a bocai job, what does bocai mean?",
} as const;
const ASKS_A_PLACE = { "zh-hans": "大其力在哪里？", "zh-hant": "大其力在哪裡？", en: "where is Tachileik??" } as const;
const PLACE_AS_WRITTEN = { "zh-hans": "大其力", "zh-hant": "大其力", en: "Tachileik" } as const;
const MENTIONS_A_PLACE = {
  "zh-hans": "大其力的菠菜汤好喝吗",
  "zh-hant": "大其力的菠菜湯好喝嗎",
  en: "is the spinach soup in Tachileik good",
} as const;

describe.each(LANGUAGE_CASES)("the meaning of a word in $locale", ({ locale, languageCode }) => {
  it("a term asked about gets its meaning, then the entry that tells more, in one message", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(ASKS_GAMBLING_WORK[locale]);
    const [reply, ...more] = user.messages();
    expect(more).toEqual([]);
    const meaning = testBot.translator.t(locale, "glossary.gambling_work");
    const entry = answerText(qaEntryById("compound_life")!, locale, testBot.translator);
    expect(inEitherUsage(locale, reply!).startsWith(inEitherUsage(locale, meaning))).toBe(true);
    expect(inEitherUsage(locale, reply!)).toContain(inEitherUsage(locale, entry));
  });

  it("a compound zone asked about is named as written, with its country", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(ASKS_A_PLACE[locale]);
    const meaning = testBot.translator.t(locale, "glossary.place", {
      place: PLACE_AS_WRITTEN[locale],
      country: testBot.translator.t(locale, "sos.country.mm"),
    });
    expect(inEitherUsage(locale, user.messages()[0]!).startsWith(inEitherUsage(locale, meaning))).toBe(true);
  });

  it("a word mentioned in anything else gets no meaning", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(MENTIONS_A_PLACE[locale]);
    const text = user.messages().join("\n");
    expect(text).not.toContain(testBot.translator.t(locale, "glossary.gambling_work"));
    expect(text).not.toContain(PLACE_AS_WRITTEN[locale] + "</b>");
  });
});
