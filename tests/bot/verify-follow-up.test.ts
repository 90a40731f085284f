/**
 * Right after an offer's verdict, asking how to check that it is real or not a scam is asking how to verify the
 * employer behind that offer (review 21): "what should I ask them to check if it's real?", "要怎麼確認是不是詐騙？",
 * "點樣知係咪真嘅公司" got "not what JobSafe covers" or the life inside a compound. Other things checked are not
 * ("check if my flight is real-time", "確認是不是感冒"), and another ask keeps its own answer (where to report).
 */
import { afterEach, describe, expect, it } from "vitest";
import { qaEntryById } from "../../src/content/qa.ts";
import { toHongKongWording } from "../../src/i18n/hong-kong.ts";
import { answerText } from "../../src/qa/reply.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";
import type { Locale } from "../../src/i18n/locales.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

const AD: Record<Locale, string> = {
  "zh-hans": "老挝赌场招客服，月薪两万，包机票包吃住，有兴趣吗？",
  "zh-hant": "寮國賭場徵客服，月薪六萬，包機票包吃住，有興趣嗎？",
  en: "Laos casino hiring chat support, salary $1,300 a month, free flight and housing. Interested?",
};

const LANGUAGES = [
  { languageCode: "zh-hans", locale: "zh-hans" },
  { languageCode: "zh-tw", locale: "zh-hant" },
  { languageCode: "zh-hk", locale: "zh-hant" },
  { languageCode: "en", locale: "en" },
] as const;

const VERIFY: Record<(typeof LANGUAGES)[number]["languageCode"], string[]> = {
  "zh-hans": ["要怎么确认是不是诈骗？", "我该问他们什么才能确认是真的", "怎么核实这家公司是不是正规的"],
  "zh-tw": ["要怎麼確認是不是詐騙？", "該問他們什麼才能確認是真的？", "有什麼方法可以查證這間公司是不是合法的？"],
  "zh-hk": ["點樣知係咪真嘅公司", "點知係唔係呃人㗎？", "我應該問佢咩去確認係真嘅"],
  en: [
    "what should I ask them to check if it's real?",
    "how do I check if this company is real",
    "how can I make sure it's not a scam before I pay anything?",
    "is there a way to find out if they're legit",
  ],
};

const LOOK_ALIKES: Record<(typeof LANGUAGES)[number]["languageCode"], string[]> = {
  "zh-hans": ["怎么确认是不是感冒", "怎么知道他是不是真的喜欢我"],
  "zh-tw": ["要怎麼確認是不是感冒？", "怎麼判斷這顆鑽石是不是真的？"],
  "zh-hk": ["點知係咪真愛"],
  en: ["how do I check if my flight is real-time", "how can I tell if this diamond is real"],
};

const firstLine = (id: string, locale: Locale, tr: TestBot["translator"]) =>
  answerText(qaEntryById(id)!, locale, tr).split("\n")[0]!;

describe.each(LANGUAGES)("after a verdict, in $languageCode", ({ languageCode, locale }) => {
  const usage = languageCode === "zh-hk" ? toHongKongWording : (text: string) => text;

  it.each(VERIFY[languageCode])("'%s' gets how to verify the employer", async (question) => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(AD[locale]);
    await user.send(question);
    const answer = user.messages().at(-1)!;
    expect(answer).not.toBe(testBot.translator.t(locale, "qa.out_of_scope.answer"));
    expect(answer).toContain(usage(firstLine("verify_employer", locale, testBot.translator)));
  });

  it.each(LOOK_ALIKES[languageCode])("'%s' checks something else: not how to verify the employer", async (question) => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(AD[locale]);
    await user.send(question);
    expect(user.messages().at(-1)).not.toContain(usage(firstLine("verify_employer", locale, testBot.translator)));
  });
});

describe("another ask after a verdict keeps its own answer", () => {
  it.each([
    { languageCode: "en", locale: "en", question: "where can I report it if it's a scam?" },
    { languageCode: "zh-hans", locale: "zh-hans", question: "如果是诈骗，我可以去哪里举报？" },
    { languageCode: "zh-tw", locale: "zh-hant", question: "如果是詐騙要去哪裡檢舉？" },
  ] as const)("$locale: '$question' → where to report", async ({ languageCode, locale, question }) => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(AD[locale]);
    await user.send(question);
    expect(user.messages().at(-1)).toContain(firstLine("report_recruiter", locale, testBot.translator));
  });
});
