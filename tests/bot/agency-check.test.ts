import { afterEach, describe, expect, it } from "vitest";
import { AGENCY_CHECKS, agencyCheckFor, type AgencyCheck } from "../../src/content/agency-checks.ts";
import { CONTACTS, contactById } from "../../src/content/contacts.ts";
import { firstNumberText } from "../../src/content/dialling.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { provenanceProblems } from "../../src/content/sourced.ts";
import type { LOCALES } from "../../src/i18n/locales.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const translator = loadTranslator();

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

const verdictOf = (messages: string[], bot: TestBot, locale: (typeof LOCALES)[number]): string =>
  messages.find((text) => text.includes(bot.translator.t(locale, "check.advice_heading").replace(/<\/?b>/g, ""))) ?? "";

/** Offers written the way people send them, each telling the writer's nationality in their own words. */
const TOLD = [
  {
    locale: "en",
    languageCode: "en",
    nationality: "ph",
    text: "Pinoy po ako, legit ba to? Hiring chat support sa Phnom Penh, $1,400 a month, sagot nila ticket at bahay.",
  },
  {
    locale: "zh-hant",
    languageCode: "zh-hk",
    nationality: "hk",
    text: "我係香港人，朋友介紹我去曼谷做客服，月薪四萬港元，包機票包食住，呢份工靠唔靠得住？",
  },
  {
    locale: "zh-hans",
    languageCode: "zh-hans",
    nationality: "lk",
    text: "我是斯里兰卡人，中介说迪拜有司机的工作，月薪两万，包机票，要先交8000元押金。",
  },
] as const;

describe("a verdict on a job abroad names where the writer's own government lets them check the agency", () => {
  it.each(TOLD)("told in the message ($locale, $nationality)", async ({ locale, languageCode, nationality, text }) => {
    testBot = await createTestBot({ burstWindowMs: 30 });
    const user = testBot.user(languageCode);
    await user.send(text);
    const verdict = verdictOf(user.messages(), testBot, locale);
    expect(verdict).not.toBe("");
    expect(verdict).toContain(plain(lineOf(testBot, locale, agencyCheckFor(nationality)!)));
    for (const other of AGENCY_CHECKS.filter((check) => check.nationality !== nationality))
      expect(verdict).not.toContain(plain(lineOf(testBot, locale, other)));
  });

  it.each([
    {
      locale: "en",
      languageCode: "en",
      nationality: "ph",
      text: "I'm Filipino. Hiring data encoders in Laos, USD 1,800/month, no experience, free flight and dormitory.",
    },
    {
      locale: "en",
      languageCode: "en",
      nationality: "ph",
      text: "We're OFWs in Riyadh, a recruiter offers us chat support jobs in Cambodia, $1,500, free ticket, legit?",
    },
    {
      locale: "zh-hant",
      languageCode: "zh-hk",
      nationality: "hk",
      text: "我哋係香港人，有人叫我哋去金邊做客服，月薪三萬，包機票，靠唔靠得住？",
    },
    {
      locale: "zh-hans",
      languageCode: "zh-hans",
      nationality: "in",
      text: "我是印度人，中介说去迪拜做司机，月薪两万，包机票，要先交五千块手续费。",
    },
  ] as const)("said of themselves ($locale, $nationality)", async ({ locale, languageCode, nationality, text }) => {
    testBot = await createTestBot({ burstWindowMs: 30 });
    const user = testBot.user(languageCode);
    await user.send(text);
    const verdict = verdictOf(user.messages(), testBot, locale);
    expect(verdict).toContain(plain(lineOf(testBot, locale, agencyCheckFor(nationality)!)));
  });

  it.each([
    // The way of writing: Taglish, Hinglish.
    {
      locale: "en",
      languageCode: "en",
      text: "Hiring chat support sa Phnom Penh, legit ba to? $1,400 a month, sagot nila ticket at bahay, wala daw experience.",
    },
    {
      locale: "en",
      languageCode: "en",
      text: "Bhai log, Dubai mein kaam hai, salary bahut achhi, free ticket, pehle 50,000 dena hai, sach mein hai kya?",
    },
    // Someone else named, or a currency.
    {
      locale: "zh-hans",
      languageCode: "zh-hans",
      text: "老板是香港人，叫我去泰国做客服，月薪三万，包机票包吃住，能去吗",
    },
    { locale: "zh-hant", languageCode: "zh-tw", text: "去迪拜做服務員，月薪兩萬港幣，包機票包住宿，免經驗。" },
    {
      locale: "en",
      languageCode: "en",
      text: "Nanny for a Filipino family in Dubai, $900 a month, free flight, pay the agency fee first.",
    },
    // The language alone.
    {
      locale: "zh-hans",
      languageCode: "zh-hans",
      text: "高薪招聘客服，月薪3万，无需经验，包机票包吃住，到曼谷后公司派车接。",
    },
    {
      locale: "zh-hant",
      languageCode: "zh-tw",
      text: "高薪誠徵客服，月薪八萬，免經驗，包機票包吃住，到曼谷有人接機。",
    },
    {
      locale: "en",
      languageCode: "en",
      text: "Customer service in Bangkok, $2,500/month, no experience, free ticket and housing.",
    },
  ] as const)(
    "never from a guess: the way of writing, a currency, someone else, the language ($locale)",
    async ({ locale, languageCode, text }) => {
      testBot = await createTestBot({ burstWindowMs: 30 });
      const user = testBot.user(languageCode);
      await user.send(text);
      expectNoAgencyLine(testBot, user.messages(), locale);
    },
  );

  it.each([
    { locale: "zh-hans", languageCode: "zh-hans", remembered: "in" },
    { locale: "zh-hant", languageCode: "zh-tw", remembered: "id" },
    { locale: "en", languageCode: "en", remembered: "lk" },
  ] as const)(
    "never from /sos, where the user chose where the person in trouble is from ($locale, $remembered)",
    async ({ locale, languageCode, remembered }) => {
      testBot = await createTestBot({ burstWindowMs: 30 });
      const user = testBot.user(languageCode);
      await testBot.store.updateUser(user.user.id, { sosNationality: remembered });
      const offer = {
        "zh-hans": "急招！柬埔寨西港打字员，月薪1.5万，包吃包住，机票报销，无需经验。",
        "zh-hant": "誠徵泰國客服，月薪兩千美金，免經驗，公司出機票，落地有專人接。",
        en: "Urgent hiring data encoders in Laos, USD 1,800/month, no experience, free flight and dormitory.",
      }[locale];
      await user.send(offer);
      expectNoAgencyLine(testBot, user.messages(), locale);
    },
  );

  it("the Sri Lankan line gives the SLBFE's hotline as contacts.ts has it", () => {
    const slbfe = CONTACTS.find((contact) => contact.id === "lk_slbfe_1989")!.numbers[0]!.dial;
    expect(agencyCheckFor("lk")!.hotline).toBe(slbfe);
  });

  it.each([
    { locale: "en", where: "1989 (in Sri Lanka)" },
    { locale: "zh-hans", where: "1989（在斯里兰卡境内拨打）" },
    { locale: "zh-hant", where: "1989（在斯里蘭卡境內撥打）" },
  ] as const)("in $locale, the SLBFE's 1989 says it is dialled in Sri Lanka", ({ locale, where }) => {
    const check = agencyCheckFor("lk")!;
    expect(firstNumberText(contactById(check.hotlineContact!), locale, translator)).toBe(where);
  });

  it("each line is sourced and reviewed", () => {
    for (const check of AGENCY_CHECKS) expect(provenanceProblems(check)).toEqual([]);
  });
});

/** A verdict was sent, without any nationality's agency line. */
function expectNoAgencyLine(bot: TestBot, messages: string[], locale: (typeof LOCALES)[number]): void {
  const verdict = verdictOf(messages, bot, locale);
  expect(verdict).not.toBe("");
  for (const check of AGENCY_CHECKS) expect(verdict).not.toContain(plain(lineOf(bot, locale, check)));
}

/** The agency line as the bot renders it: its hotline said with where it can be dialled. */
const lineOf = (bot: TestBot, locale: (typeof LOCALES)[number], check: AgencyCheck): string =>
  bot.translator.t(locale, check.key, {
    hotline: check.hotlineContact
      ? (firstNumberText(contactById(check.hotlineContact), locale, bot.translator) ?? "")
      : (check.hotline ?? ""),
  });

/** A locale line as the chat shows it: tags gone, entities as characters. */
function plain(htmlText: string): string {
  return htmlText
    .replace(/<\/?[a-z]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
