import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONTACTS, NUMBER_LABEL_KEYS } from "../../src/content/contacts.ts";
import { provenanceProblems } from "../../src/content/sourced.ts";
import { LOCALES, loadTranslator } from "../../src/i18n.ts";

/** The reviewed fact sheet every number must come from (../shared/facts.md from the project root). */
const FACTS = readFileSync(fileURLToPath(new URL("../../../shared/facts.md", import.meta.url)), "utf8");
const digits = (text: string): string => text.replace(/\D/g, "");

/** Phone-like runs in facts.md ("+86-10-12308", "(95) 943209657", "0-2575-1047"), as digit strings. */
function phoneRuns(text: string): string[] {
  return [...text.matchAll(/\+?\(?\+?\d[\d\s\-()]*\d/g)].map((match) => digits(match[0]));
}
const FACT_RUNS = phoneRuns(FACTS);

/** Cells of the §2/§2.1 table rows whose status says the whole row is unconfirmed. */
function unconfirmedRowNumbers(): string[] {
  return FACTS.split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) => line.split(" | "))
    .filter((cells) => (cells[3] ?? "").trim().startsWith("**[UNCONFIRMED"))
    .flatMap((cells) => phoneRuns(cells[1] ?? ""))
    .filter((run) => run.length >= 3);
}

const tr = loadTranslator();

describe("emergency contacts", () => {
  it("every contact has a source URL and a valid review date", () => {
    for (const contact of CONTACTS) expect(provenanceProblems(contact), contact.id).toEqual([]);
  });

  it("every source URL is one facts.md cites, so no source is invented", () => {
    for (const contact of CONTACTS) {
      for (const url of contact.source) expect(FACTS.includes(url), `${contact.id}: ${url}`).toBe(true);
    }
  });

  it("ids are unique", () => {
    const ids = CONTACTS.map((contact) => contact.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every number appears in facts.md, digit for digit", () => {
    const numbers = CONTACTS.flatMap((contact) =>
      contact.numbers.map((number) => ({ id: contact.id, dial: number.dial })),
    );
    expect(numbers.length).toBeGreaterThan(40);
    for (const { id, dial } of numbers) {
      const wanted = digits(dial);
      expect(wanted.length, `${id}: ${dial}`).toBeGreaterThanOrEqual(3);
      expect(
        FACT_RUNS.some((run) => run.includes(wanted)),
        `${id}: ${dial} is not in facts.md`,
      ).toBe(true);
    }
  });

  it("ships no number from a row facts.md marks [UNCONFIRMED]", () => {
    const unconfirmed = unconfirmedRowNumbers();
    // Laos 1362, Thailand 1300, the CN Embassy in Laos, Macau PSP lines… are all in that list.
    expect(unconfirmed).toEqual(expect.arrayContaining(["1362", "1300", "85621315105", "85328889911"]));
    for (const contact of CONTACTS) {
      for (const number of contact.numbers) {
        const shipped = digits(number.dial);
        const clash = unconfirmed.find(
          (run) =>
            run === shipped ||
            (Math.min(run.length, shipped.length) >= 6 && (run.endsWith(shipped) || shipped.endsWith(run))),
        );
        expect(clash, `${contact.id}: ${number.dial}`).toBeUndefined();
      }
    }
  });

  it("emails and web channels are written as in facts.md", () => {
    for (const contact of CONTACTS) {
      if (contact.email) expect(FACTS.includes(contact.email), contact.email).toBe(true);
      if (contact.web) expect(FACTS.includes(contact.web), contact.web).toBe(true);
    }
  });

  it("a contact without a phone number says what to do instead", () => {
    for (const contact of CONTACTS.filter((c) => c.numbers.length === 0)) {
      expect(contact.noteKey, contact.id).toBeDefined();
    }
  });

  it("every name, note and number label is translated in every language", () => {
    const keys = [
      ...CONTACTS.flatMap((contact) => [contact.nameKey, ...(contact.noteKey ? [contact.noteKey] : [])]),
      ...Object.values(NUMBER_LABEL_KEYS),
    ];
    for (const locale of LOCALES) {
      for (const key of keys) expect(tr.has(locale, key), `${locale}: ${key}`).toBe(true);
    }
  });
});
