import { afterEach, describe, expect, it } from "vitest";
import { CONTACTS, type Contact, type DialNumber } from "../../src/content/contacts.ts";
import { COUNTRY_NAME_KEYS, HOME_COUNTRY, NATIONALITY_NAME_KEYS } from "../../src/content/places.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";
import {
  COUNTRIES,
  NATIONALITIES,
  contactsFor,
  emergencyContacts,
  numbersToShow,
  renderContacts,
  type Country,
  type Nationality,
} from "../../src/sos/directory.ts";
import { inEitherUsage } from "../support/usage.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * Chat review (session 21): a number that can only be dialled inside its country was shown first and unlabelled to
 * someone abroad (India's toll-free 1800-118-797 above the +91-11 lines; the Philippines' 1343 and 1326 with no "in
 * the Philippines"); and a parent at home was shown only the police of the country where the child is held.
 */
const tr = loadTranslator();

/** The place a number dialled only inside one country works in: the line's host country, else its people's home. */
function placeOf(contact: Contact, locale: Locale): string {
  if (contact.inCountry !== undefined) return tr.t(locale, COUNTRY_NAME_KEYS[contact.inCountry]);
  return tr.t(locale, NATIONALITY_NAME_KEYS[contact.forNationalities![0]!]);
}

const ABROAD_CASES = NATIONALITIES.filter((n) => n !== "other").flatMap((nationality) =>
  COUNTRIES.filter((country) => HOME_COUNTRY[nationality] !== country).map((country) => ({ nationality, country })),
);

/** The lines of `text` that show `number` in bold, with what follows it up to the next form of the same line. */
function shownWith(text: string, number: DialNumber): string[] {
  return text
    .split("\n")
    .flatMap((line) => line.split(/ · (?=<b>)|；|; /))
    .filter((part) => part.includes(`<b>${number.dial}</b>`));
}

describe("every number's dialling scope, as its source prints it", () => {
  it("a number in national form or a short code is dialled inside its country; one with a country code from anywhere", () => {
    for (const contact of CONTACTS) {
      for (const number of contact.numbers) {
        const countryCode = /^(?:\+|00[1-9]|\(\+?[1-9])/.test(number.dial);
        // A global toll-free number (UIFN, 800 + 8 digits) is dialled from abroad and has no country code.
        const global = /^800\D?\d{4}\D?\d{4}$/.test(number.dial);
        expect(number.dialling, `${contact.id} ${number.dial}`).toBe(countryCode || global ? "anywhere" : "inside");
      }
    }
  });
});

describe("a card for someone abroad", () => {
  it("leads with a line they can dial from where they are, its forms from abroad first", () => {
    for (const { nationality, country } of ABROAD_CASES) {
      const [lead] = contactsFor(nationality, country).filter((contact) => contact.numbers.length > 0);
      if (!lead) continue;
      const first = numbersToShow(lead, false)[0]!;
      const dialable = first.dialling === "anywhere" || lead.inCountry === country;
      expect(dialable, `${nationality}/${country}: ${lead.id} ${first.dial}`).toBe(true);
    }
    // A home line with forms of both kinds: every form from abroad before any that works only at home.
    for (const contact of CONTACTS.filter((c) => c.inCountry === undefined)) {
      const scopes = numbersToShow(contact, false).map((number) => number.dialling);
      expect(scopes.lastIndexOf("anywhere") < scopes.indexOf("inside") || !scopes.includes("inside"), contact.id).toBe(
        true,
      );
    }
  });

  it.each(LOCALES)("in %s, says which country each number dialled only inside it works in", (locale) => {
    for (const { nationality, country } of ABROAD_CASES) {
      const text = renderContacts(nationality, country, locale, tr, { showSources: false });
      for (const contact of contactsFor(nationality, country)) {
        for (const number of numbersToShow(contact, false).filter((n) => n.dialling === "inside")) {
          const shown = shownWith(text, number);
          expect(shown.length, `${nationality}/${country} ${contact.id} ${number.dial}`).toBeGreaterThan(0);
          for (const part of shown)
            expect(part, `${nationality}/${country} ${contact.id}`).toContain(placeOf(contact, locale));
        }
      }
    }
  });

  it.each([
    { locale: "en", inIndia: "toll-free, in India", inPhilippines: "— in Philippines" },
    { locale: "zh-hans", inIndia: "在印度境内拨打", inPhilippines: "在菲律宾境内拨打" },
    { locale: "zh-hant", inIndia: "在印度境內撥打", inPhilippines: "在菲律賓境內撥打" },
  ] as const)("in $locale: India's line from abroad first, 1800-118-797 and 1343/1326 labelled", (c) => {
    const india = renderContacts("in", "mm", c.locale, tr, { showSources: false });
    expect(india.indexOf("+91-11-23012113")).toBeGreaterThan(0);
    expect(india.indexOf("+91-11-23012113")).toBeLessThan(india.indexOf("1800-118-797"));
    expect(shownWith(india, { dial: "1800-118-797", dialling: "inside" })[0]).toContain(c.inIndia);
    const philippines = renderContacts("ph", "kh", c.locale, tr, { showSources: false });
    for (const dial of ["1343", "1326"]) {
      expect(shownWith(philippines, { dial, dialling: "inside" })[0], dial).toContain(c.inPhilippines);
    }
    // DMW's +63 2 1348 leads, before 1343.
    expect(philippines.indexOf("+63 2 1348")).toBeLessThan(philippines.indexOf("<b>1343</b>"));
  });
});

describe("the lines named while the nationality is asked", () => {
  it.each(LOCALES)("in %s, each is the form from abroad, or says the one country it works in", (locale) => {
    for (const nationality of NATIONALITIES.filter((n) => n !== "other")) {
      for (const country of [undefined, "mm", "kh"] as (Country | undefined)[]) {
        const html = emergencyContacts({ country }, locale, tr, [nationality]).lines?.html ?? "";
        const own = CONTACTS.filter((c) => c.inCountry === undefined && c.forNationalities?.includes(nationality));
        for (const contact of own) {
          for (const number of contact.numbers.filter((n) => n.dialling === "inside")) {
            const at = html.indexOf(`<b>${number.dial}</b>`);
            if (at < 0) continue;
            // The place is named next to the number: "(toll-free, in India)", "family in Mainland China: 110".
            const around = html.slice(Math.max(0, at - 40), at + number.dial.length + 60);
            expect(around, `${nationality}/${country} ${number.dial}`).toContain(placeOf(contact, locale));
          }
        }
      }
    }
  });

  it.each(LOCALES)("in %s, India's sample line is its number from abroad, not the toll-free one", (locale) => {
    const html = emergencyContacts({ country: "mm" }, locale, tr, ["in", "ph", "cn"]).lines?.html ?? "";
    expect(html).toContain("+91-11-23012113");
    expect(html).not.toContain("1800-118-797");
  });
});

/** The part of a card before "More numbers": what leads it. */
function leadOf(text: string, locale: Locale): string {
  const heading = inEitherUsage(locale, tr.t(locale, "sos.more_lines"));
  const at = text.indexOf(heading);
  return at < 0 ? text : text.slice(0, at);
}

describe("families at home get their own region's reporting line in the lead of the card", () => {
  const FAMILY: Partial<Record<Nationality, string[]>> = { cn: ["110"], tw: ["165", "110"], hk: ["18222"] };

  it.each(LOCALES)("in %s, wherever the person is held, with no other region's line", (locale) => {
    for (const { nationality, country } of ABROAD_CASES) {
      const lead = leadOf(renderContacts(nationality, country, locale, tr, { showSources: false }), locale);
      for (const number of FAMILY[nationality] ?? []) {
        expect(lead, `${nationality}/${country}`).toContain(`<b>${number}</b>`);
      }
      // Look-alikes: a Hong Kong, Indian or Filipino card names no 110 or 165; a mainland card no 165 or 18222.
      const others = Object.entries(FAMILY)
        .filter(([who]) => who !== nationality)
        .flatMap(([, numbers]) => numbers)
        .filter((number) => !(FAMILY[nationality] ?? []).includes(number));
      for (const number of others) expect(lead, `${nationality}/${country}`).not.toContain(`<b>${number}</b>`);
    }
  });

  let testBot: TestBot | undefined;
  afterEach(async () => {
    await testBot?.close();
    testBot = undefined;
  });

  it.each([
    {
      languageCode: "zh-hans",
      locale: "zh-hans",
      text: "我儿子在缅甸被扣了，对方打电话要赎金，我们是河南的",
      family: ["110"],
    },
    {
      languageCode: "en",
      locale: "en",
      text: "my daughter is held in Myawaddy and they want ransom, we are from mainland China",
      family: ["110"],
    },
    {
      languageCode: "zh-tw",
      locale: "zh-hant",
      text: "我兒子在柬埔寨被扣押，對方打電話來要贖金，我們是台中人",
      family: ["165", "110"],
    },
    {
      languageCode: "en",
      locale: "en",
      text: "my son is locked in a compound in Cambodia, they ask ransom. We're from Taiwan",
      family: ["165", "110"],
    },
    {
      languageCode: "zh-hk",
      locale: "zh-hant",
      text: "我個仔喺緬甸俾人禁錮咗，對方打嚟要贖金，點算",
      family: ["18222"],
    },
  ] as const)("a parent at home: $text", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.text);
    const lead = leadOf(inEitherUsage(c.locale, user.messages().at(-1)!), c.locale);
    for (const number of c.family) expect(lead).toContain(`<b>${number}</b>`);
  });

  it.each([
    { languageCode: "zh-hans", locale: "zh-hans", text: "我儿子在缅甸被扣押了，对方打电话要赎金，我在国内该怎么办" },
    { languageCode: "en", locale: "en", text: "my son is held in Myanmar and they call us for ransom, what do we do" },
    { languageCode: "zh-hant", locale: "zh-hant", text: "我女兒在緬甸被關起來，對方打電話要贖金，該怎麼辦" },
  ] as const)(
    "nationality not said ($languageCode): the family's line at home is named with the lines to ask",
    async (c) => {
      testBot = await createTestBot();
      const user = testBot.user(c.languageCode);
      await user.send(c.text);
      const message = user.messages().at(-1)!;
      // Myanmar's police and, for a mainland family, 110 beside 12308 (the likeliest for this language first).
      expect(message).toContain("<b>199</b>");
      if (c.locale === "zh-hans") expect(message).toContain("<b>110</b>");
      for (const number of message.match(/<b>(\d{3,5})<\/b>/g) ?? []) {
        // The same short code may be two regions' (110): the place named next to it must be one of theirs.
        const owners = CONTACTS.filter((contact) => contact.numbers.some((n) => `<b>${n.dial}</b>` === number));
        if (owners.length === 0 || owners.some((owner) => owner.inCountry)) continue;
        const at = message.indexOf(number);
        const around = message.slice(Math.max(0, at - 40), at + 40);
        expect(
          owners.some((owner) => around.includes(placeOf(owner, c.locale))),
          `${number} in ${around}`,
        ).toBe(true);
      }
    },
  );
});
