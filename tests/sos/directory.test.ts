import { describe, expect, it } from "vitest";
import type { Contact } from "../../src/content/contacts.ts";
import { LOCALES, loadTranslator } from "../../src/i18n.ts";
import {
  COUNTRIES,
  NATIONALITIES,
  contactsFor,
  countryName,
  defaultNationality,
  nationalityName,
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
  la: "1191",
  th: "191",
  ph: "911",
  vn: "113",
};

describe("contactsFor", () => {
  it("gives a Chinese citizen in Myanmar 12308 first, then the embassy in Myanmar, then local police", () => {
    const contacts = contactsFor("cn", "mm");
    const hotline = indexOfNumber(contacts, "861012308");
    const embassy = contacts.findIndex((c) => c.kind === "embassy" && c.inCountry === "mm");
    const police = indexOfNumber(contacts, "199");
    expect(hotline).toBe(0);
    expect(embassy).toBeGreaterThan(hotline);
    expect(police).toBeGreaterThan(embassy);
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

  it("always lists a consular line before any embassy, and an embassy before local lines", () => {
    const rank = (c: Contact): number => (c.kind === "consular-hotline" ? 0 : c.kind === "embassy" ? 1 : 2);
    for (const { nationality, country } of EVERY_CASE) {
      const ranks = contactsFor(nationality, country).map(rank);
      expect(ranks, `${nationality}/${country}`).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe("renderContacts", () => {
  it("renders every nationality and country in every language, within Telegram's 4,096 characters, showing every number", () => {
    for (const locale of LOCALES) {
      for (const { nationality, country } of EVERY_CASE) {
        const text = renderContacts(nationality, country, locale, tr);
        expect(text.length, `${locale} ${nationality}/${country}`).toBeLessThanOrEqual(4096);
        expect(text).not.toContain("${");
        for (const contact of contactsFor(nationality, country)) {
          for (const number of contact.numbers) expect(text).toContain(number.dial);
          expect(text).toContain(tr.t(locale, contact.nameKey));
        }
      }
    }
  });

  it("names the person's origin and place, and shows each source with its review date", () => {
    const text = renderContacts("cn", "kh", "en", tr);
    expect(text).toContain(nationalityName("cn", "en", tr));
    expect(text).toContain(countryName("kh", "en", tr));
    expect(text).toContain('<a href="http://49.213.3.35/doc/7_0_106973235_1.html">');
    expect(text).toMatch(/reviewed \d{4}-\d{2}-\d{2}/);
    expect(renderContacts("cn", "kh", "en", tr, { showSources: false })).not.toContain("<a href");
  });

  it("escapes ampersands in source links", () => {
    const withAmpersand = EVERY_CASE.flatMap(({ nationality, country }) =>
      contactsFor(nationality, country).flatMap((contact) =>
        contact.source.filter((url) => url.includes("&")).map((url) => ({ nationality, country, url })),
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
