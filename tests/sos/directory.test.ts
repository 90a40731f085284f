import { describe, expect, it } from "vitest";
import { CONTACTS, type Contact } from "../../src/content/contacts.ts";
import { HOME_COUNTRY } from "../../src/content/places.ts";
import { publisherKey, sourceHost, weakSourceReason } from "../../src/content/publishers.ts";
import { escapeHtml } from "../../src/i18n/html.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import {
  COUNTRIES,
  NATIONALITIES,
  contactsFor,
  countryName,
  emergencyContacts,
  defaultNationality,
  nationalityName,
  numbersToShow,
  renderContacts,
  sosQuestion,
  type Country,
  type Nationality,
} from "../../src/sos/directory.ts";

const tr = loadTranslator();
const digits = (text: string): string => text.replace(/\D/g, "");
const dialled = (contacts: readonly Contact[]): string[] =>
  contacts.flatMap((c) => c.numbers.map((n) => digits(n.dial)));
const indexOfNumber = (contacts: readonly Contact[], number: string): number =>
  contacts.findIndex((c) => c.numbers.some((n) => digits(n.dial).endsWith(number)));

const EVERY_CASE = NATIONALITIES.flatMap((nationality) => COUNTRIES.map((country) => ({ nationality, country })));
/** Countries with a sourced local police or anti-trafficking line, and that line. */
const LOCAL_POLICE: Partial<Record<Country, string>> = {
  mm: "199",
  kh: "117",
  th: "191",
  ph: "911",
};

describe("contactsFor", () => {
  it("gives a Chinese citizen in Myanmar 12308 first, then local police, then the embassy in Myanmar", () => {
    const contacts = contactsFor("cn", "mm");
    const hotline = indexOfNumber(contacts, "861012308");
    const police = indexOfNumber(contacts, "199");
    const embassy = contacts.findIndex((c) => c.kind === "embassy" && c.inCountry === "mm");
    expect(hotline).toBe(0);
    expect(police).toBe(1);
    expect(embassy).toBeGreaterThan(police);
    expect(digits(contacts[embassy]?.numbers[0]?.dial ?? "")).toBe("95943209657");
  });

  it("gives Chinese citizens' families 110 and 96110 wherever the person is, after the lines abroad", () => {
    for (const country of COUNTRIES) {
      const contacts = contactsFor("cn", country);
      expect(dialled(contacts), country).toEqual(expect.arrayContaining(["110", "96110"]));
      const local = contacts.findIndex((c) => c.inCountry === country && !c.forNationalities);
      if (local >= 0) expect(indexOfNumber(contacts, "110")).toBeGreaterThan(local);
    }
  });

  it("gives Hong Kong residents 1868, and the Chinese embassy where they are, but not mainland police lines", () => {
    for (const country of COUNTRIES) {
      const numbers = dialled(contactsFor("hk", country));
      expect(
        numbers.some((n) => n.endsWith("1868")),
        country,
      ).toBe(true);
      expect(numbers).not.toContain("110");
      expect(numbers).not.toContain("96110");
    }
    expect(contactsFor("hk", "mm").map((c) => c.id)).toContain("cn_embassy_mm");
  });

  it("gives Taiwan residents the MOFA emergency line and not the mainland's 12308", () => {
    for (const country of COUNTRIES) {
      const numbers = dialled(contactsFor("tw", country));
      expect(numbers, country).toContain("886800085095");
      expect(numbers.some((n) => n.endsWith("12308"))).toBe(false);
    }
  });

  it("puts Macau's own crisis office before the shared 12308 line", () => {
    const contacts = contactsFor("mo", "kh");
    expect(indexOfNumber(contacts, "85328333000")).toBeLessThan(indexOfNumber(contacts, "861012308"));
  });

  it("gives other nationalities the local police line and no one else's hotline or embassy", () => {
    for (const [country, police] of Object.entries(LOCAL_POLICE)) {
      const contacts = contactsFor("other", country as Country);
      expect(dialled(contacts), country).toContain(police);
      expect(contacts.every((c) => c.forNationalities === undefined)).toBe(true);
    }
  });

  it("only ever lists lines for that nationality and reachable in that country", () => {
    for (const { nationality, country } of EVERY_CASE) {
      for (const contact of contactsFor(nationality, country)) {
        if (contact.forNationalities) expect(contact.forNationalities).toContain(nationality);
        if (contact.inCountry) expect(contact.inCountry).toBe(country);
      }
    }
  });

  it("does not send people at home to their own consular line or embassy", () => {
    const contacts = contactsFor("ph", "ph");
    expect(contacts.some((c) => c.kind === "consular-hotline" || c.kind === "embassy")).toBe(false);
    expect(dialled(contacts)).toEqual(expect.arrayContaining(["1343", "911"]));
    expect(contactsFor("ph", "mm").map((c) => c.id)).toContain("ph_embassy_mm");
  });

  it("leads with the person's own government, then the local police or anti-trafficking line, then the rest", () => {
    const isLocalPolice = (c: Contact, country: Country): boolean =>
      c.forNationalities === undefined &&
      c.inCountry === country &&
      (c.kind === "police" || c.kind === "anti-trafficking");
    for (const { nationality, country } of EVERY_CASE) {
      if (nationality === "other") continue;
      const contacts = contactsFor(nationality, country);
      const own = contacts.filter((c) => c.forNationalities?.[0] === nationality);
      const atHome = contacts.every((c) => c.kind !== "consular-hotline" && c.kind !== "embassy");
      const firstOther = contacts.findIndex((c) => c.forNationalities?.[0] !== nationality);
      if (own.length > 0 && !atHome) {
        expect(contacts[0]?.forNationalities?.[0], `${nationality}/${country} leads with its own line`).toBe(
          nationality,
        );
      }
      // Right after the own-government block: every local police or anti-trafficking line of that country.
      const police = contacts.filter((c) => isLocalPolice(c, country));
      if (police.length > 0 && firstOther >= 0) {
        expect(
          contacts.slice(firstOther, firstOther + police.length),
          `${nationality}/${country}: local police next`,
        ).toEqual(police);
      }
    }
  });

  it("never leads anyone else's card with a mainland-China line, and offers it to others only among several", () => {
    for (const { nationality, country } of EVERY_CASE) {
      const contacts = contactsFor(nationality, country);
      const mainland = contacts.filter((c) => c.forNationalities?.[0] === "cn");
      if (nationality === "cn" || mainland.length === 0) continue;
      expect(contacts[0]?.forNationalities?.[0], `${nationality}/${country}`).not.toBe("cn");
      expect(contacts.length, `${nationality}/${country}`).toBeGreaterThan(mainland.length);
      for (const c of mainland) expect(c.kind === "embassy" || c.kind === "consular-hotline", c.id).toBe(true);
    }
  });

  it("gives families at home their own country's reporting lines: 110 for the mainland, 165 and 110 in Taiwan, 18222 in Hong Kong", () => {
    const homeLines = (nationality: Nationality): string[] =>
      dialled(contactsFor(nationality, "mm").filter((c) => c.forNationalities?.[0] === nationality && !c.inCountry));
    expect(homeLines("cn")).toEqual(expect.arrayContaining(["110", "96110"]));
    expect(homeLines("tw")).toEqual(expect.arrayContaining(["165", "110"]));
    expect(homeLines("hk")).toContain("18222");
    expect(dialled(contactsFor("hk", "mm"))).not.toContain("110");
    expect(dialled(contactsFor("tw", "kh")).filter((n) => n === "110")).toHaveLength(1);
    // Every nationality with a home reporting line of its own gets it, after the lines abroad and local police.
    for (const { nationality, country } of EVERY_CASE) {
      const contacts = contactsFor(nationality, country);
      const home = contacts.findIndex(
        (c) => c.forNationalities?.[0] === nationality && !c.inCountry && !isLineAbroadLike(c),
      );
      const local = contacts.findIndex((c) => c.forNationalities === undefined);
      if (home >= 0 && local >= 0 && contacts.some((c) => c.kind === "embassy" || c.kind === "consular-hotline")) {
        expect(home, `${nationality}/${country}`).toBeGreaterThan(local);
      }
    }
  });
});

/** A line for people abroad (consular hotline or a 24-h line dialable from abroad), as opposed to a home line. */
function isLineAbroadLike(c: Contact): boolean {
  return (
    c.kind === "consular-hotline" ||
    (c.hours === "24h" && c.numbers.some((n) => n.dialling === "anywhere")) ||
    c.numbers.length === 0
  );
}

describe("renderContacts", () => {
  it("renders every nationality and country in every language, within Telegram's 4,096 characters, showing the numbers to dial", () => {
    for (const locale of LOCALES) {
      for (const { nationality, country } of EVERY_CASE) {
        const text = renderContacts(nationality, country, locale, tr);
        expect(text.length, `${locale} ${nationality}/${country}`).toBeLessThanOrEqual(4096);
        expect(text).not.toContain("${");
        const atHome = HOME_COUNTRY[nationality] === country;
        for (const contact of contactsFor(nationality, country)) {
          for (const number of numbersToShow(contact, atHome)) expect(text).toContain(number.dial);
          expect(text).toContain(tr.t(locale, contact.nameKey));
        }
      }
    }
  });

  it("names the person's origin and place, and shows each source with its review date", () => {
    const text = renderContacts("cn", "kh", "en", tr);
    expect(text).toContain(nationalityName("cn", "en", tr));
    expect(text).toContain(countryName("kh", "en", tr));
    expect(text).toContain(
      '<a href="https://en.vietnamplus.vn/cambodia-sets-up-hotline-to-report-illegal-detention/236589.vnp">',
    );
    expect(text).toMatch(/reviewed \d{4}-\d{2}-\d{2}/);
    expect(renderContacts("cn", "kh", "en", tr, { showSources: false })).not.toContain("<a href");
  });

  it("names each source by its publisher in every language, not by its address (the one a card shows, and the rest)", () => {
    for (const contact of CONTACTS) {
      for (const url of contact.source) expect(publisherKey(url), url).toBeDefined();
    }
    for (const locale of LOCALES) {
      for (const { nationality, country } of EVERY_CASE) {
        const text = renderContacts(nationality, country, locale, tr);
        for (const contact of contactsFor(nationality, country)) {
          for (const url of contact.source.slice(0, 1)) {
            const key = publisherKey(url);
            expect(key, url).toBeDefined();
            const link = `<a href="${url.replace(/&/g, "&amp;")}">`;
            expect(text, `${locale} ${contact.id}`).toContain(`${link}${escapeHtml(tr.t(locale, key!))}</a>`);
            expect(text).not.toContain(`${link}${sourceHost(url)}</a>`);
            // A weak copy says so in its name, so that no one takes it for the mission's own page.
            if (weakSourceReason(url)) expect(tr.t(locale, key!)).toMatch(/weak source|来源较弱|來源較弱/);
          }
        }
      }
    }
  });

  it("lists no ambulance or fire number under the local police in an answer", () => {
    for (const locale of LOCALES) {
      for (const country of COUNTRIES) {
        const lines = emergencyContacts({ country }, locale, tr).lines?.html ?? "";
        for (const contact of contactsFor("other", country)) {
          const police = contact.numbers.filter((n) => n.label !== "ambulance" && n.label !== "fire");
          for (const number of contact.numbers.filter((n) => !police.includes(n))) {
            expect(lines, `${locale} ${country}`).not.toContain(`<b>${number.dial}</b>`);
          }
        }
      }
    }
  });

  it("escapes ampersands in source links", () => {
    const withAmpersand = EVERY_CASE.flatMap(({ nationality, country }) =>
      contactsFor(nationality, country).flatMap((contact) =>
        contact.source
          .slice(0, 1)
          .filter((url) => url.includes("&"))
          .map((url) => ({ nationality, country, url })),
      ),
    );
    expect(withAmpersand.length).toBeGreaterThan(0);
    for (const { nationality, country, url } of withAmpersand) {
      const text = renderContacts(nationality, country, "en", tr);
      expect(text).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    }
  });

  it("says where to look when no embassy or local number is reviewed, instead of staying silent", () => {
    const indiaInMyanmar = renderContacts("in", "mm", "en", tr);
    expect(indiaInMyanmar).toContain(tr.t("en", "sos.no_embassy_number", { country: countryName("mm", "en", tr) }));
    const otherInDubai = renderContacts("other", "ae", "zh-hans", tr);
    expect(otherInDubai).toContain(tr.t("zh-hans", "sos.other_nationality"));
    expect(otherInDubai).toContain(
      tr.t("zh-hans", "sos.no_local_number", { country: countryName("ae", "zh-hans", tr) }),
    );
    expect(renderContacts("cn", "mm", "en", tr)).not.toContain(
      tr.t("en", "sos.no_local_number", { country: "Myanmar" }),
    );
  });

  it("has a label for every nationality and country button in every language", () => {
    for (const locale of LOCALES) {
      const labels = [
        ...NATIONALITIES.map((n) => nationalityName(n, locale, tr)),
        ...COUNTRIES.map((c) => countryName(c, locale, tr)),
      ];
      expect(labels.every((label) => label.length > 0)).toBe(true);
      expect(sosQuestion("nationality", locale, tr)).not.toBe(sosQuestion("country", locale, tr));
    }
  });
});

describe("defaultNationality", () => {
  it("assumes mainland China only for Simplified Chinese and asks everyone else", () => {
    const expected: Record<(typeof LOCALES)[number], Nationality | undefined> = {
      "zh-hans": "cn",
      "zh-hant": undefined,
      en: undefined,
    };
    for (const locale of LOCALES) expect(defaultNationality(locale)).toBe(expected[locale]);
  });
});
