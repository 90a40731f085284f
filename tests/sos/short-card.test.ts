import { afterEach, describe, expect, it } from "vitest";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { escapeHtml } from "../../src/i18n/html.ts";
import { publisherKey } from "../../src/content/publishers.ts";
import {
  COUNTRIES,
  NATIONALITIES,
  contactsFor,
  emergencyContacts,
  renderContacts,
  sosQuestion,
  type Country,
  type Nationality,
} from "../../src/sos/directory.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * The card someone reads on a phone they may be hiding (issue 12, session 20): short, with the person's own
 * government's line and the local police first, each number once, and one source per number (the official one when
 * there is one; the others stay in src/content/contacts.ts).
 */
const tr = loadTranslator();
const EVERY_CASE = NATIONALITIES.flatMap((nationality) => COUNTRIES.map((country) => ({ nationality, country })));
const occurrences = (text: string, part: string): number => text.split(part).length - 1;
/** The 12308 line as dialled: from abroad, inside China, or its alternative number ("外交部12308" names an app). */
const dialled12308 = (text: string): number => (text.match(/\+86-10-12308|010-12308|65612308/g) ?? []).length;

describe("the emergency card is short and says each number once", () => {
  /** The card's line that holds `dial`, in bold as shown. */
  const lineOf = (text: string, dial: string): string =>
    text.split("\n").find((line) => line.includes(`<b>${escapeHtml(dial)}</b>`)) ?? "";

  it.each(LOCALES)(
    "in %s, a mainland Chinese citizen in Myanmar reads 12308 on one line in every form, before the local police",
    (locale) => {
      const text = renderContacts("cn", "mm", locale, tr);
      // The person abroad dials +86-10-12308; the family at home 010-12308; the alternative is the official backup.
      const line = lineOf(text, "+86-10-12308");
      for (const dial of ["010-12308", "+86-10-65612308"]) expect(line).toContain(`<b>${dial}</b>`);
      expect(dialled12308(text)).toBe(3);
      expect(line).toContain(tr.t(locale, "sos.number.domestic_in", { country: tr.t(locale, "sos.nationality.cn") }));
      expect(line).toContain(tr.t(locale, "sos.number.from_abroad"));
      expect(line.indexOf("+86-10-12308")).toBeLessThan(line.indexOf("010-12308"));
      expect(text.indexOf("12308")).toBeLessThan(text.indexOf("199"));
      expect(text.indexOf("199")).toBeLessThan(text.indexOf("+95 943209657"));
      // Fire brigades do not help someone held; the police and the ambulance do.
      expect(text).not.toContain("191");
      expect(text).toContain("192");
      expect(text.split("\n").length).toBeLessThanOrEqual(34);
    },
  );

  it.each(LOCALES)(
    "in %s, someone in Cambodia reads the Chinese embassy's local number and, beside it, the form from abroad",
    (locale) => {
      const text = renderContacts("cn", "kh", locale, tr);
      const line = lineOf(text, "023-210206");
      expect(line).toContain("<b>+855-23-210206</b>");
      expect(line.indexOf("023-210206")).toBeLessThan(line.indexOf("+855-23-210206"));
      expect(occurrences(text, "210206")).toBe(2);
    },
  );

  it.each(LOCALES)(
    "in %s, the Taiwanese MOFA line shows the form from abroad and the one dialled in Taiwan on one line",
    (locale) => {
      const text = renderContacts("tw", "kh", locale, tr);
      const line = lineOf(text, "+886-800-085-095");
      expect(line).toContain("<b>0800-085-095</b>");
      expect(line).toContain(tr.t(locale, "sos.number.from_abroad"));
      expect(occurrences(text, "085-095")).toBe(2);
      // The toll-free number is another number, on its own line.
      expect(lineOf(text, "800-0885-0885")).not.toContain("085-095");
    },
  );

  it.each(LOCALES)("in %s, a line at home dialled at home shows its domestic form first", (locale) => {
    const text = renderContacts("ph", "ph", locale, tr);
    const line = lineOf(text, "1348");
    expect(line).toContain("<b>+63 2 1348</b>");
    expect(line.indexOf("<b>1348</b>")).toBeLessThan(line.indexOf("+63 2 1348"));
  });

  it.each(LOCALES)("in %s, a number with one form only keeps its plain line", (locale) => {
    const text = renderContacts("cn", "mm", locale, tr);
    expect(lineOf(text, "+95 943209657")).not.toContain(tr.t(locale, "sos.number.from_abroad"));
  });

  it("shows at least one number of every contact that has one, and no number twice, in every case", () => {
    for (const locale of LOCALES) {
      for (const { nationality, country } of EVERY_CASE) {
        const text = renderContacts(nationality, country, locale, tr);
        for (const contact of contactsFor(nationality, country)) {
          expect(text, `${locale} ${contact.id}`).toContain(tr.t(locale, contact.nameKey));
          if (contact.numbers.length === 0) continue;
          expect(
            contact.numbers.some((number) => text.includes(`<b>${escapeHtml(number.dial)}</b>`)),
            `${locale} ${nationality}/${country} ${contact.id}`,
          ).toBe(true);
          for (const number of contact.numbers) {
            expect(occurrences(text, `<b>${escapeHtml(number.dial)}</b>`), number.dial).toBeLessThanOrEqual(1);
          }
        }
      }
    }
  });

  it("cites one source per contact, the first listed (official first), by its publisher's name", () => {
    for (const locale of LOCALES) {
      for (const { nationality, country } of EVERY_CASE) {
        const text = renderContacts(nationality, country, locale, tr);
        const contacts = contactsFor(nationality, country);
        expect(occurrences(text, "<a href"), `${locale} ${nationality}/${country}`).toBe(contacts.length);
        for (const contact of contacts) {
          const [first, ...rest] = contact.source;
          const link = `<a href="${escapeHtml(first!).replace(/"/g, "&quot;")}">`;
          expect(text).toContain(`${link}${escapeHtml(tr.t(locale, publisherKey(first!)!))}</a>`);
          for (const url of rest) {
            if (!contacts.some((other) => other.source[0] === url)) {
              expect(text).not.toContain(`href="${escapeHtml(url)}"`);
            }
          }
        }
      }
    }
  });

  it.each([
    ["in", "mm"],
    ["ph", "kh"],
    ["hk", "th"],
  ] as [Nationality, Country][])("for %s in %s, the rest comes under its own heading after the first lines", (n, c) => {
    for (const locale of LOCALES) {
      const text = renderContacts(n, c, locale, tr);
      const heading = tr.t(locale, "sos.more_lines");
      const contacts = contactsFor(n, c);
      if (contacts.length > 2) {
        expect(text).toContain(heading);
        expect(text.indexOf(tr.t(locale, contacts[0]!.nameKey))).toBeLessThan(text.indexOf(heading));
        expect(text.indexOf(heading)).toBeLessThan(text.indexOf(tr.t(locale, contacts.at(-1)!.nameKey)));
      }
    }
  });
});

describe("the entries under 'More numbers' stand apart as the first ones do", () => {
  it.each(LOCALES)("in %s, each entry after the heading starts after a blank line", (locale) => {
    const text = renderContacts("cn", "mm", locale, tr);
    const heading = tr.t(locale, "sos.more_lines");
    const rest = text.slice(text.indexOf(heading));
    const under = contactsFor("cn", "mm").filter((contact) => rest.includes(tr.t(locale, contact.nameKey)));
    expect(under.length).toBeGreaterThan(1);
    for (const contact of under.slice(1)) {
      expect(rest, contact.id).toContain(`\n\n<b>${tr.t(locale, contact.nameKey)}`);
    }
  });
});

describe("the answer under the card points up to it, in the same message", () => {
  it.each(LOCALES)("in %s, it says the numbers are above, not in another message", (locale) => {
    const { cardFirst, lines } = emergencyContacts({ nationality: "cn", country: "mm" }, locale, tr);
    expect(cardFirst).toBe(true);
    expect(lines?.html).not.toMatch(/message above|上一条消息|上一則訊息/);
    expect(lines?.html).toMatch(/above|上面/);
  });
});

describe("/sos asks in the same order in every language: whose citizen first, then where", () => {
  let testBot: TestBot | undefined;
  afterEach(async () => {
    await testBot?.close();
    testBot = undefined;
  });

  it.each([
    { languageCode: "zh-hans", locale: "zh-hans", first: "cn" },
    { languageCode: "zh-tw", locale: "zh-hant", first: "tw" },
    { languageCode: "en", locale: "en", first: undefined },
  ] as const)("$languageCode", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send("/sos");
    const asked = user.messages().at(-1)!;
    expect(asked.endsWith(sosQuestion("nationality", c.locale, testBot.translator))).toBe(true);
    if (c.first) {
      expect(user.buttons()[0]!.text).toBe(testBot.translator.t(c.locale, `sos.nationality.${c.first}`));
    }
    await user.press(testBot.translator.t(c.locale, "sos.nationality.cn"));
    expect(
      user
        .messages()
        .at(-1)!
        .endsWith(sosQuestion("country", c.locale, testBot.translator)),
    ).toBe(true);
    await user.press(testBot.translator.t(c.locale, "sos.country.mm"));
    const card = user.messages().at(-1)!;
    expect(dialled12308(card)).toBe(3);
  });
});
