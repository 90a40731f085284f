import { afterEach, describe, expect, it } from "vitest";
import type { Update, User } from "grammy/types";
import { checkOffer, formatVerdict } from "../../src/check/index.ts";
import { qaEntryById } from "../../src/content/qa.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { answerText } from "../../src/qa/reply.ts";
import { nationalityName } from "../../src/sos/directory.ts";
import { chineseScriptOf, localeForWriting, RecentWriting, showsLanguage } from "../../src/text/written-locale.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";
import { privateChat } from "../../src/local/bot-api/updates.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

/** The first line of the answer the matcher picks for `question`, in `locale`: what the reply must open with. */
function headline(question: string, locale: Locale): string {
  const entry = qaEntryById(matchQuestion(question).answer!)!;
  return answerText(entry, locale, testBot!.translator).split("\n")[0]!;
}

describe("which Chinese a message is written in", () => {
  it.each([
    ["我哥去了Myanmar做客服，现在联系不上", "zh-hans"],
    ["我哥去了緬甸做客服，現在聯絡不上", "zh-hant"],
    ["我细佬喺柬埔寨返唔到嚟", "zh-hant"],
    ["my brother went to 缅甸 and stopped answering", undefined],
    ["Is a job in Phnom Penh paying 2000 USD safe?", undefined],
    ["好", undefined],
    ["この仕事は安全ですか", undefined],
    ["미얀마 취업 安全", undefined],
    ["这家公司很著名吗", "zh-hans"],
  ])("%s → %s", (text, script) => {
    expect(chineseScriptOf(text)).toBe(script);
  });

  it("a Chinese setting is never turned to English, and Traditional is never turned to Simplified", () => {
    expect(localeForWriting("zh-hans", "Customer service job in Cambodia, 3000 USD, flights paid")).toBe("zh-hans");
    expect(localeForWriting("zh-hant", "我弟弟在缅甸被关起来了")).toBe("zh-hant");
    expect(localeForWriting("zh-hans", "我弟弟在緬甸被關起來了")).toBe("zh-hant");
  });
});

describe("people are answered in the Chinese they write, whatever Telegram's language", () => {
  const QUESTIONS = [
    { text: "去柬埔寨做客服安全吗", locale: "zh-hans" },
    { text: "去柬埔寨做客服安全嗎？", locale: "zh-hant" },
  ] as const;

  it.each(QUESTIONS)("a question in $locale from someone whose Telegram is in English", async ({ text, locale }) => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send(text);
    expect(user.messages().at(-1)!.startsWith(headline(text, locale))).toBe(true);
  });

  it("an English question from the same person is answered in English", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    const text = "Is a customer service job in Cambodia safe?";
    await user.send(text);
    expect(user.messages().at(-1)!.startsWith(headline(text, "en"))).toBe(true);
  });

  it("an offer pasted in English by someone whose Telegram is in Chinese is explained in Chinese", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-hans");
    const offer = "Customer service in Sihanoukville, 3000 USD a month, no experience, flight and visa paid by us";
    await user.send(offer);
    expect(user.messages().at(-1)).toBe(formatVerdict(checkOffer(offer), "zh-hans", testBot.translator));
  });

  it("a forwarded Chinese offer is someone else's writing: the verdict stays in the reader's English", async () => {
    testBot = await createTestBot();
    const reader: User = { id: 7301, is_bot: false, first_name: "Ann", language_code: "en" };
    const offer = "西港招客服，月薪三万，包机票，不需要经验";
    const update: Update = testBot.updates.message(reader, privateChat(reader), offer, {
      forward_origin: { type: "hidden_user", sender_user_name: "HR", date: 0 },
    });
    await testBot.handle(update);
    await testBot.jobsafe.idle();
    const sent = testBot.api.transcript(reader.id).map((message) => message.text);
    expect(sent.at(-1)).toBe(formatVerdict(checkOffer(offer), "en", testBot.translator));
  });

  it("a language chosen with /language wins over the way the message is written", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-hans");
    await user.send("/language");
    await user.press(testBot.translator.t("en", "language.name"));
    const text = "去柬埔寨做客服安全吗";
    await user.send(text);
    expect(user.messages().at(-1)!.startsWith(headline(text, "en"))).toBe(true);
  });

  it("a button under a Chinese answer answers in Chinese too", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("我弟弟在缅甸的园区被关起来了，护照被收走，他们还打他");
    const [first] = user.buttons();
    await user.press(first!.text);
    expect(first!.text).toBe(nationalityName("cn", "zh-hans", testBot.translator));
    expect(user.messages().join("\n")).not.toMatch(/\b(?:the|your|call)\b/i);
  });
});

describe("what shows no language continues in the Chinese the person last wrote", () => {
  it.each([
    ["/help", false],
    ["ok", false],
    ["👍", false],
    ["2", false],
    ["好的", true],
    ["thank you", true],
    ["/check Customer service in Cambodia, 3000 USD", true],
  ])("%s shows its language: %s", (text, shows) => {
    expect(showsLanguage(text)).toBe(shows);
  });

  it("a command after a Chinese question is answered in that Chinese, and after an English sentence in English", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    const intro = (locale: Locale): string => testBot!.translator.t(locale, "help.intro");
    await user.send("去台灣工作要注意什麼？");
    await user.send("/help");
    expect(user.messages().at(-1)!.startsWith(intro("zh-hant"))).toBe(true);
    await user.send("ok");
    await user.send("/help");
    expect(user.messages().at(-1)!.startsWith(intro("zh-hant"))).toBe(true);
    await user.send("Is a job in Phnom Penh safe?");
    await user.send("/help");
    expect(user.messages().at(-1)!.startsWith(intro("en"))).toBe(true);
  });

  it("a forwarded offer is explained in the Chinese its reader last wrote", async () => {
    testBot = await createTestBot();
    const reader: User = { id: 7302, is_bot: false, first_name: "Mei", language_code: "en" };
    await testBot.handle(testBot.updates.message(reader, privateChat(reader), "帮我看看这个工作"));
    const offer = "Customer service in Sihanoukville, 3000 USD a month, no experience, flight and visa paid by us";
    await testBot.handle(
      testBot.updates.message(reader, privateChat(reader), offer, {
        forward_origin: { type: "hidden_user", sender_user_name: "HR", date: 0 },
      }),
    );
    await testBot.jobsafe.idle();
    const sent = testBot.api.transcript(reader.id).map((message) => message.text);
    expect(sent.at(-1)).toBe(formatVerdict(checkOffer(offer), "zh-hans", testBot.translator));
  });

  it("remembers a bounded number of writers, the least recent forgotten first", () => {
    const writing = new RecentWriting(2);
    writing.localeFor(1, "en", "我弟弟在缅甸");
    writing.localeFor(2, "en", "我弟弟在緬甸，聯絡不上");
    writing.localeFor(1, "en", "还是联系不上");
    writing.localeFor(3, "en", "他在柬埔寨");
    expect([1, 2, 3].map((user) => writing.readerLocale(user, "en"))).toEqual(["zh-hans", "en", "zh-hans"]);
  });
});
