/**
 * One reply per offer, and a short question right after a verdict is about that offer (checkfix17). Sentences written
 * for the test in English, Simplified and Taiwan-style Traditional Chinese.
 */
import { afterEach, describe, expect, it } from "vitest";
import { checkOffer, formatVerdict } from "../../src/check/index.ts";
import { toHongKongWording } from "../../src/i18n/hong-kong.ts";
import { qaEntryById } from "../../src/content/qa.ts";
import { answerText } from "../../src/qa/reply.ts";
import { createTestBot, LANGUAGE_CASES, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

/** An ad that ends with the recruiter's call to action, worded as a question. */
const AD_WITH_CALL_TO_ACTION = {
  "zh-hans": "老挝赌场招客服，月薪两万，包机票包吃住，有兴趣吗？",
  "zh-hant": "寮國賭場徵客服，月薪六萬，包機票包吃住，有興趣嗎？",
  en: "Laos casino hiring chat support, salary $1,300 a month, free flight and housing. Interested?",
} as const;
/** A few words asking whether "it" is safe. */
const FOLLOW_UP = { "zh-hans": "靠谱吗？", "zh-hant": "靠譜嗎？", en: "is it safe?" } as const;

describe.each(LANGUAGE_CASES)("offers and follow-ups in $locale", ({ locale, languageCode }) => {
  it("an ad ending in 'interested?' gets its verdict alone", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(AD_WITH_CALL_TO_ACTION[locale]);
    // Telegram set to zh-HK: a Hong Kong reader, who reads the verdict in Hong Kong usage (as the answers).
    const usage = languageCode === "zh-hk" ? toHongKongWording : (text: string) => text;
    expect(user.messages()).toEqual([
      usage(formatVerdict(checkOffer(AD_WITH_CALL_TO_ACTION[locale]), locale, testBot.translator)),
    ]);
  });

  it("a short question right after a verdict gets the offer-safety answer, not the out-of-scope reply", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(AD_WITH_CALL_TO_ACTION[locale]);
    await user.send(FOLLOW_UP[locale]);
    const answer = user.messages().at(-1)!;
    expect(answer).not.toBe(testBot.translator.t(locale, "qa.out_of_scope.answer"));
    expect(answer).toContain(answerText(qaEntryById("offer_safety")!, locale, testBot.translator).split("\n")[0]!);
  });

  it("the same question with no offer before it is not taken as about one", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(FOLLOW_UP[locale]);
    const answer = user.messages().at(-1)!;
    expect(answer).not.toContain(answerText(qaEntryById("offer_safety")!, locale, testBot.translator).split("\n")[0]!);
  });
});
