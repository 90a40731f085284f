import { afterEach, describe, expect, it } from "vitest";
import { renderContacts, sosQuestion, type Country, type Nationality } from "../../src/sos/directory.ts";
import { createTestBot, type TestBot, type TestUser } from "../support/test-bot.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { toHongKongWording } from "../../src/i18n/hong-kong.ts";

/**
 * Asked whose citizen the person in trouble is (under an emergency answer or by /sos), people type who AND where in
 * one message (review 21): "我在妙瓦底，我是马来西亚人", "I'm Filipino and I'm in Thailand", "我係香港人，而家喺柬埔寨",
 * "台灣人 人在緬甸". That answers the question as the two taps would: the card for that nationality in that country,
 * remembered. Only the very next message answers it; one that says more, or tells of danger itself, is read as itself.
 */
let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

interface Case {
  languageCode: string;
  locale: Locale;
  /** What opens the question: a danger message or /sos. */
  opener: string;
  typed: string;
  nationality: Nationality;
  country: Country;
  /** Typed in Cantonese: the card comes in Hong Kong usage, as the answers do for a Hong Kong reader. */
  cantonese?: boolean;
}

const HELD_HANS = "我被困在柬埔寨了，出不去";
const HELD_HANT = "我被關在柬埔寨，出不去";
const HELD_EN = "I am trapped in Cambodia, they won't let me leave";

const cases: Case[] = [
  {
    languageCode: "zh-hans",
    locale: "zh-hans",
    opener: HELD_HANS,
    typed: "我在妙瓦底，我是马来西亚人",
    nationality: "my",
    country: "mm",
  },
  {
    languageCode: "zh-hans",
    locale: "zh-hans",
    opener: HELD_HANS,
    typed: "我是新加坡人现在在泰国",
    nationality: "sg",
    country: "th",
  },
  {
    languageCode: "zh-hans",
    locale: "zh-hans",
    opener: "/sos",
    typed: "中国人，人在老挝",
    nationality: "cn",
    country: "la",
  },
  {
    languageCode: "zh-hant",
    locale: "zh-hant",
    opener: HELD_HANT,
    typed: "台灣人 人在緬甸",
    nationality: "tw",
    country: "mm",
  },
  {
    languageCode: "zh-hant",
    locale: "zh-hant",
    opener: HELD_HANT,
    typed: "我是台灣人，目前人在泰國。",
    nationality: "tw",
    country: "th",
  },
  {
    languageCode: "zh-hant",
    locale: "zh-hant",
    opener: "/sos",
    typed: "我係香港人，而家喺柬埔寨",
    nationality: "hk",
    country: "kh",
    cantonese: true,
  },
  {
    languageCode: "zh-hant",
    locale: "zh-hant",
    opener: HELD_HANT,
    typed: "我哋係澳門人，人喺寮國",
    nationality: "mo",
    country: "la",
    cantonese: true,
  },
  {
    languageCode: "en",
    locale: "en",
    opener: HELD_EN,
    typed: "I'm Filipino and I'm in Thailand",
    nationality: "ph",
    country: "th",
  },
  {
    languageCode: "en",
    locale: "en",
    opener: "/sos",
    typed: "I'm Filipino and I'm in Thailand",
    nationality: "ph",
    country: "th",
  },
  {
    languageCode: "en",
    locale: "en",
    opener: HELD_EN,
    typed: "Kenyan, currently in Myawaddy",
    nationality: "ke",
    country: "mm",
  },
  {
    languageCode: "en",
    locale: "en",
    opener: "/sos",
    typed: "we are from Indonesia, now in Laos",
    nationality: "id",
    country: "la",
  },
];

async function askedWhoseCitizen(c: Case): Promise<TestUser> {
  testBot = await createTestBot();
  const user = testBot.user(c.languageCode);
  await user.send(c.opener);
  expect(user.messages().at(-1)).toContain(sosQuestion("nationality", c.locale, testBot.translator));
  return user;
}

describe("a nationality typed with where the person is answers the question with both", () => {
  it.each(cases)("$locale after '$opener': '$typed' → the card for $nationality in $country", async (c) => {
    const user = await askedWhoseCitizen(c);
    await user.send(c.typed);
    const card = renderContacts(c.nationality, c.country, c.locale, testBot!.translator);
    expect(user.messages().at(-1)).toBe(c.cantonese ? toHongKongWording(card) : card);
    // Remembered as the taps would be: /sos opens on the same card.
    await user.send("/sos");
    expect(user.messages().at(-1)).toBe(card);
  });

  it.each([cases[0]!, cases[3]!, cases[7]!])("$locale: only the very next message answers it", async (c) => {
    const user = await askedWhoseCitizen(c);
    await user.send("/help");
    await user.send(c.typed);
    expect(user.messages().at(-1)).not.toContain(testBot!.translator.t(c.locale, "sos.title"));
  });

  it.each([cases[0]!, cases[3]!, cases[7]!])("$locale: with no question pending it is no card", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.typed);
    expect(user.messages().at(-1)).not.toContain(testBot.translator.t(c.locale, "sos.title"));
  });

  it.each([
    { ...cases[0]!, typed: "我是马来西亚人，在妙瓦底，想问问怎么回国找工作比较安全呢" },
    { ...cases[3]!, typed: "我是台灣人，人在緬甸，請問回台灣以後去哪裡找正規的工作" },
    { ...cases[7]!, typed: "I'm Filipino and I'm in Thailand, how do I find a safe hotel job back home" },
    { ...cases[7]!, typed: "I'm Filipino and I'm in trouble" },
  ])("$locale: '$typed' says more than who and where: no card for it", async (c) => {
    const user = await askedWhoseCitizen(c);
    await user.send(c.typed);
    const card = renderContacts(c.nationality, c.country, c.locale, testBot!.translator);
    expect(user.messages().at(-1)).not.toBe(card);
  });

  it.each([
    { ...cases[0]!, typed: "我是马来西亚人，在妙瓦底被打了，救命" },
    { ...cases[4]!, typed: "我是台灣人，人在泰國，護照被老闆扣了" },
    { ...cases[7]!, typed: "I'm Filipino and I'm in Thailand, they beat me and took my passport" },
  ])("$locale: '$typed' tells of danger itself: the emergency answer, with the card for who and where", async (c) => {
    const user = await askedWhoseCitizen(c);
    await user.send(c.typed);
    const card = renderContacts(c.nationality, c.country, c.locale, testBot!.translator);
    const reply = user.messages().at(-1)!;
    expect(reply).not.toBe(card);
    expect(reply).toContain(testBot!.translator.t(c.locale, `sos.nationality.${c.nationality}`));
  });
});
