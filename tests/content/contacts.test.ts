import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONTACTS, NUMBER_LABEL_KEYS } from "../../src/content/contacts.ts";
import { isOfficialSource, weakSourceReason } from "../../src/content/publishers.ts";
import { provenanceProblems } from "../../src/content/sourced.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";

/** The reviewed fact sheet every number must come from (../shared/facts.md from the project root). */
const FACTS = readFileSync(fileURLToPath(new URL("../../../shared/facts.md", import.meta.url)), "utf8");
const digits = (text: string): string => text.replace(/\D/g, "");

/** Phone-like runs in facts.md ("+86-10-12308", "(95) 943209657", "0-2575-1047"), as digit strings. */
function phoneRuns(text: string): string[] {
  return [...text.matchAll(/\+?\(?\+?\d[\d\s\-()]*\d/g)].map((match) => digits(match[0]));
}
const FACT_RUNS = phoneRuns(FACTS);

/** The §2/§2.1 table rows of facts.md, as cells: what, number / channel, source, status. */
const ROWS = FACTS.split("\n")
  .filter((line) => line.startsWith("| "))
  .map((line) => line.split(" | "))
  .filter((cells) => cells.length >= 4);

/** A year ("confirmed (2023)") is not a phone number. */
const looksLikeNumber = (run: string): boolean => run.length >= 3 && !/^(19|20)\d\d$/.test(run);

/** A cell without its addresses and dates, whose digits are not phone numbers. */
const withoutUrlsAndDates = (cell: string): string =>
  cell.replace(/https?:\/\/\S+/g, " ").replace(/\b\d{4}-\d{2}(-\d{2})?\b/g, " ");

/**
 * Numbers facts.md does not let us ship, read from facts.md itself so that a row confirmed later is shippable at once:
 * every number of a row whose status opens with [UNCONFIRMED; in the source and status cells, every number in a
 * clause marked unconfirmed or outdated ("(632) 1343 … [UNCONFIRMED]", "the old backup … outdated"), except the row's
 * own confirmed number that the clause only talks about ("Whether 110 can be dialled from abroad is [UNCONFIRMED]");
 * and, in a row confirmed only in part ("Luang Prabang CG [UNCONFIRMED …]"), the numbers that follow that name in the
 * number cell.
 */
function unshippableNumbers(): string[] {
  const runs: string[] = [];
  for (const [what = "", numberCell = "", sourceCell = "", status = ""] of ROWS) {
    if (status.trim().startsWith("**[UNCONFIRMED")) runs.push(...phoneRuns(numberCell));
    const bold = [...`${what} ${numberCell}`.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1] ?? "");
    const confirmed = [what, ...bold].flatMap(phoneRuns);
    for (const clause of withoutUrlsAndDates(`${sourceCell} ; ${status}`).split(/\.\s/)) {
      if (!/UNCONFIRMED|outdated|OUTDATED/.test(clause)) continue;
      runs.push(...phoneRuns(clause).filter((run) => !confirmed.some((number) => number.endsWith(run))));
    }
    for (const match of status.matchAll(/([A-Z][\w ]*?)\s+(?:current number\s+)?\*\*\[UNCONFIRMED/g)) {
      const name = match[1]?.trim() ?? "";
      const at = name.length >= 4 ? numberCell.indexOf(name) : -1;
      if (at >= 0) runs.push(...phoneRuns(numberCell.slice(at + name.length).split(";")[0] ?? ""));
    }
  }
  return runs.filter(looksLikeNumber);
}

/** Section 9 of facts.md: pages cited before and superseded by official or major-outlet ones. */
const SUPERSEDED = (FACTS.split(/^## 9\. .*$/m)[1] ?? "")
  .split("\n")
  .map((line) => /^- (https?:\/\/\S+)/.exec(line)?.[1])
  .filter((url): url is string => url !== undefined);

/** The addresses a facts.md cell cites in full (not one it shortens to "https://gaj.yaan.gov.cn/..."). */
const urlsIn = (cell: string): string[] =>
  [...cell.matchAll(/https?:\/\/[^\s)]+/g)].map((match) => match[0]).filter((url) => !url.endsWith("..."));

/** Phone runs of a row's number cell, each a number a contact may ship from that row. */
const rowNumbers = (numberCell: string): string[] => phoneRuns(numberCell).filter(looksLikeNumber);

/**
 * The facts.md rows a contact is copied from: those whose number cell holds every one of its numbers (a short code
 * such as 110 only as a whole run), or, for a channel without a number, the rows giving its e-mail or web address or
 * citing its pages.
 */
function rowsOf(contact: (typeof CONTACTS)[number]): string[][] {
  const holds = (numberCell: string, dial: string): boolean =>
    rowNumbers(numberCell).some((run) => run === digits(dial) || (run.length >= 6 && run.endsWith(digits(dial))));
  if (contact.numbers.length > 0) {
    const holding = ROWS.filter(([, numberCell = ""]) =>
      contact.numbers.every((number) => holds(numberCell, number.dial)),
    );
    // Several rows hold a short code (110 is China's police and Taiwan's): the ones citing the contact's pages.
    const citing = holding.filter(([, , sourceCell = ""]) =>
      contact.source.some((url) => urlsIn(sourceCell).includes(url)),
    );
    return holding.length > 1 && citing.length > 0 ? citing : holding;
  }
  return ROWS.filter(
    ([, numberCell = "", sourceCell = ""]) =>
      (contact.email !== undefined && numberCell.includes(contact.email)) ||
      (contact.web !== undefined && numberCell.includes(contact.web)) ||
      contact.source.some((url) => urlsIn(sourceCell).includes(url)),
  );
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

  it("ships no number facts.md marks unconfirmed or outdated", () => {
    const unshippable = unshippableNumbers();
    expect(unshippable.length, "facts.md has unconfirmed rows; the parser must see them").toBeGreaterThan(0);
    for (const contact of CONTACTS) {
      for (const number of contact.numbers) {
        const shipped = digits(number.dial);
        const clash = unshippable.find(
          (run) =>
            run === shipped ||
            (Math.min(run.length, shipped.length) >= 6 && (run.endsWith(shipped) || shipped.endsWith(run))),
        );
        expect(clash, `${contact.id}: ${number.dial}`).toBeUndefined();
      }
    }
  });

  it("ships the first number of every embassy row facts.md confirms in Myanmar, Cambodia and Laos", () => {
    // Read from facts.md: a hub embassy row confirmed later fails here until its number is added.
    const shipped = CONTACTS.flatMap((contact) => contact.numbers.map((number) => digits(number.dial)));
    const unshippable = unshippableNumbers();
    // A row cited only from a weak copy ships too: the number matters more to someone held than the page.
    const hubEmbassies = ROWS.filter(
      ([what = "", , , status = ""]) =>
        /\bEmbass(y|ies)\b|\bKBRI\b/.test(what) &&
        /\*\*(Myanmar|Yangon|Cambodia|Phnom Penh|Laos|Vientiane)\*\*/.test(what) &&
        !status.trim().startsWith("**[UNCONFIRMED"),
    ).map(([what = "", numberCell = ""]) => ({ what, first: phoneRuns(numberCell).find(looksLikeNumber) ?? "" }));
    expect(hubEmbassies.length).toBeGreaterThan(3);
    for (const { what, first } of hubEmbassies.filter(({ first }) => !unshippable.includes(first))) {
      const local = first.replace(/^00/, "");
      expect(
        shipped.some((number) => number.endsWith(local) || (number.length >= 6 && local.endsWith(number))),
        `${what}: ${first}`,
      ).toBe(true);
    }
  });

  it("cites no page facts.md lists as superseded", () => {
    expect(SUPERSEDED.length).toBeGreaterThan(0);
    for (const contact of CONTACTS) {
      for (const url of contact.source) expect(SUPERSEDED, `${contact.id}: ${url}`).not.toContain(url);
    }
  });

  it("shows an official source first wherever a contact has one", () => {
    for (const contact of CONTACTS.filter((c) => c.source.some(isOfficialSource))) {
      expect(isOfficialSource(contact.source[0] ?? ""), `${contact.id}: ${contact.source[0]}`).toBe(true);
    }
  });

  it("cites every official page facts.md gives for the contact's row, so none is left for a news report", () => {
    const matched = CONTACTS.filter((contact) => rowsOf(contact).length > 0);
    expect(matched.length, "facts.md rows must be found for most contacts").toBeGreaterThan(CONTACTS.length * 0.8);
    for (const contact of matched) {
      const official = rowsOf(contact)
        .flatMap(([, , sourceCell = ""]) => urlsIn(sourceCell))
        .filter(isOfficialSource);
      for (const url of official) expect(contact.source, `${contact.id}: ${url}`).toContain(url);
    }
  });

  it("cites a weak copy (bare IP address, mirror, private site) last, and only where facts.md gives no better page", () => {
    expect(weakSourceReason("http://49.213.3.35/doc/page.html")).toBeDefined();
    const citingWeak = CONTACTS.filter((contact) => contact.source.some((url) => weakSourceReason(url)));
    expect(citingWeak.length).toBeGreaterThan(0);
    for (const contact of citingWeak) {
      const firstWeak = contact.source.findIndex((url) => weakSourceReason(url));
      expect(
        contact.source.slice(firstWeak).every((url) => weakSourceReason(url)),
        contact.id,
      ).toBe(true);
      const better = rowsOf(contact)
        .flatMap(([, , sourceCell = ""]) => urlsIn(sourceCell))
        .filter((url) => !weakSourceReason(url) && !contact.source.includes(url) && !SUPERSEDED.includes(url));
      expect(better, `${contact.id} could cite a better page`).toEqual([]);
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
