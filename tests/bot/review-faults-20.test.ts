import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { inEitherUsage } from "../support/usage.ts";
import { entryHeadline, oneMessageReplies, PHONE_NUMBER, verdictHeadline } from "../support/one-message.ts";
import type { Locale } from "../../src/i18n/locales.ts";

/**
 * Three classes the chat review of session 20 found (conversations 44, 34, 26 and 27), each in our own words in
 * English, Simplified Chinese and Traditional Chinese (Taiwan and Hong Kong usage), with look-alikes beside them: a
 * passport kept by the company as an offer's condition, however long the pasted offer; someone already home asking
 * about arrest or help; and everyday traps said as a joke.
 */
const sendOne = oneMessageReplies();

/** Everything the bot sends back to `text` from a user of `languageCode`, as one text (Hong Kong and Taiwan usage made one). */
async function replyTo(languageCode: string, text: string): Promise<string> {
  const locale: Locale = languageCode === "en" ? "en" : languageCode === "zh-hans" ? "zh-hans" : "zh-hant";
  return inEitherUsage(locale, (await sendOne(languageCode, text)).join("\n"));
}

const headline = (id: string, locale: Locale): string => inEitherUsage(locale, entryHeadline(id, locale));
const isVerdict = (reply: string, locale: Locale): boolean =>
  (["high", "warning", "low"] as const).some((level) =>
    reply.includes(inEitherUsage(locale, verdictHeadline(level, locale))),
  );

/** A company's self-description pasted many times over: the part of a long ad that says nothing. */
const FILLER_EN =
  "Founded over twenty years ago, our group serves partners on four continents with outsourcing, e-commerce operations and multilingual call centres, and we believe every colleague deserves respect, fair treatment and room to learn. ";
const FILLER_ZH =
  "本集团成立二十余年，业务遍及四大洲，涵盖电商运营、多语种客服与外包服务，我们尊重每一位同事，提供公平的待遇与学习成长的空间。";
/** `tail` after enough filler that the whole passes what the check reads from the start (4,096 characters). */
const longAd = (filler: string, tail: string): string => filler.repeat(Math.ceil(4600 / filler.length)) + tail;

describe("a passport kept by the company as an offer's condition gets the verdict, however long the pasted offer", () => {
  it.each([
    {
      languageCode: "en",
      locale: "en",
      text: longAd(
        FILLER_EN,
        "Opening: chat support in Phnom Penh, Cambodia, 2200 USD per month, no experience required, air ticket covered, passport kept by employer for work visa.",
      ),
    },
    {
      languageCode: "zh-hans",
      locale: "zh-hans",
      text: longAd(FILLER_ZH, "岗位：柬埔寨金边在线客服，月薪一万八，无需经验，包机票，护照由公司保管。"),
    },
    {
      languageCode: "zh-tw",
      locale: "zh-hant",
      text: longAd(
        "本集團成立二十餘年，業務遍及四大洲，涵蓋電商營運、多語客服與外包服務，我們尊重每一位同仁，提供公平的待遇與學習成長的空間。",
        "職缺：柬埔寨西港線上客服，月薪台幣八萬，免經驗，包機票，護照由公司保管。",
      ),
    },
    {
      languageCode: "en",
      locale: "en",
      text: "Customer service in Sihanoukville, 2800 USD monthly, no experience, free flight, your passport will be kept by the company for the visa.",
    },
    { languageCode: "zh-hk", locale: "zh-hant", text: "緬甸妙瓦底客服，月薪三萬，免經驗，包食宿，護照由公司保管。" },
  ] as const)("%#: $languageCode", async (c) => {
    const reply = await replyTo(c.languageCode, c.text);
    expect(isVerdict(reply, c.locale)).toBe(true);
    expect(reply).not.toContain(headline("passport_taken", c.locale));
  });

  it.each([
    "The ad says the passport will be kept by the company for the work visa. Is that normal?",
    "招聘广告说护照由公司保管，这样正常吗？",
    "廣告上寫護照由公司保管，這樣正常嗎？",
  ])("asked about as a condition, it is no emergency: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text).emergency).toBe(false);
  });

  it.each([
    {
      languageCode: "en",
      locale: "en",
      text: longAd(FILLER_EN, "Then the company took my passport and I cannot leave."),
    },
    { languageCode: "zh-hans", locale: "zh-hans", text: longAd(FILLER_ZH, "到了以后公司把我护照收走了，不让我回国。") },
    { languageCode: "zh-hk", locale: "zh-hant", text: "公司把我本護照收走咗，唔俾我返香港。" },
    {
      languageCode: "en",
      locale: "en",
      text: "My passport was kept by the company for the visa and now they refuse to give it back.",
    },
  ] as const)("a passport taken now is still an emergency, in a long message too: %#", async (c) => {
    const reply = await replyTo(c.languageCode, c.text);
    expect(reply).toContain(headline("passport_taken", c.locale));
    expect(reply).toMatch(PHONE_NUMBER);
  });
});

describe("someone already home, asking about arrest or help, gets what happens after return, not a held card", () => {
  it.each([
    {
      languageCode: "en",
      locale: "en",
      text: "My cousin just got back from a fraud compound in Laos. Could she be arrested? Who can help her?",
    },
    {
      languageCode: "en",
      locale: "en",
      text: "My son got home from a scam camp in Cambodia last week, will he go to jail? Where can he get help?",
    },
    {
      languageCode: "en",
      locale: "en",
      text: "My nephew got back from a scam camp in Myawaddy yesterday. Where can he get help now?",
    },
    {
      languageCode: "zh-hans",
      locale: "zh-hans",
      text: "我表弟已经回国了，之前被骗去缅甸园区，他会被抓吗？哪里能帮他？",
    },
    { languageCode: "zh-tw", locale: "zh-hant", text: "我弟弟剛從柬埔寨園區回到台灣，他會被抓嗎？可以去哪裡求助？" },
    { languageCode: "zh-hk", locale: "zh-hant", text: "我個仔啱啱由緬甸返咗嚟，佢會唔會被捉？邊度可以搵人幫手？" },
  ] as const)("%#: $text", async (c) => {
    const reply = await replyTo(c.languageCode, c.text);
    expect(reply).not.toContain(headline("trapped_help", c.locale));
    expect(
      [headline("after_return", c.locale), headline("return_punished", c.locale)].some((h) => reply.includes(h)),
    ).toBe(true);
  });

  it.each([
    "He got back to the compound after trying to run and they beat him, where can he get help?",
    "I got back from work and they locked the door, we can't get out of the building in Myawaddy",
    "我哥逃跑被抓回园区了，他们天天打他，怎么办",
    "我弟弟回到園區之後就被關起來了，怎麼辦",
  ])("back in a compound is not home: %s", (text) => {
    expect(detectDanger(text).danger || matchQuestion(text).emergency).toBe(true);
  });
});

describe("an everyday trap said as a joke gets no emergency answer", () => {
  it.each([
    { languageCode: "en", locale: "en", text: "stuck in this endless zoom meeting, somebody help lol" },
    { languageCode: "en", locale: "en", text: "I'm trapped in a 3 hour lecture, save me haha" },
    { languageCode: "en", locale: "en", text: "trapped in traffic on the way home, help 😂" },
    { languageCode: "en", locale: "en", text: "trapped in the lift at my apartment again lol help" },
    { languageCode: "zh-hans", locale: "zh-hans", text: "我被困在这个会议里了，救命哈哈" },
    { languageCode: "zh-hans", locale: "zh-hans", text: "被困在第十关三天了，救命啊😂" },
    { languageCode: "zh-hans", locale: "zh-hans", text: "堵车被困在高架上两个小时，救命哈哈" },
    { languageCode: "zh-tw", locale: "zh-hant", text: "我卡關了啦，救命哈哈" },
    { languageCode: "zh-tw", locale: "zh-hant", text: "我被困在這場會議裡了，救命😂" },
    { languageCode: "zh-hk", locale: "zh-hant", text: "被困喺堂度，悶到死，救命呀哈哈" },
  ] as const)("%#: $text", async (c) => {
    const reply = await replyTo(c.languageCode, c.text);
    expect(reply).not.toContain(headline("trapped_help", c.locale));
    expect(reply).not.toMatch(PHONE_NUMBER);
  });

  it.each([
    "I'm trapped in a scam compound in Myanmar, please help lol",
    "trapped in a compound, they won't let us leave, help",
    "我被困在柬埔寨了，救命",
    "我被困在园区出不来，救命哈哈",
    "我被困在緬甸園區，救命",
    "我哋被困喺柬埔寨個園區度，救命",
  ])("trapped in a compound or abroad still gets the emergency answer: %s", (text) => {
    expect(detectDanger(text).danger || matchQuestion(text).emergency).toBe(true);
  });
});
