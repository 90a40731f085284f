/**
 * The /sos emergency directory (PRODUCT.md §2.4): picks and orders the reviewed contacts in
 * `src/content/contacts.ts` for one person — their nationality and the country they are in — and renders them as a
 * Telegram HTML message. Pure: no grammY, no I/O.
 */
import { CONTACTS, NUMBER_LABEL_KEYS, type Contact, type ContactKind } from "../content/contacts.ts";
import { escapeHtml, html, type Locale, type Translator } from "../i18n.ts";
import type { Sourced } from "../content/sourced.ts";
import { COUNTRY_NAME_KEYS, HOME_COUNTRY, NATIONALITY_NAME_KEYS, type Country, type Nationality } from "./places.ts";

export {
  COUNTRIES,
  COUNTRY_NAME_KEYS,
  NATIONALITIES,
  NATIONALITY_NAME_KEYS,
  defaultNationality,
  guessCountry,
  isCountry,
  isNationality,
  type Country,
  type Nationality,
} from "./places.ts";

/**
 * How soon a line helps someone abroad: the person's own 24-h consular line, then their embassy where they are, then
 * the local police and anti-trafficking lines, then lines at home that their family can call.
 */
const enum Tier {
  ConsularLine,
  Embassy,
  Local,
  Home,
}

/** Within a tier, lines for trafficking and detention before general police, fraud reporting and apps. */
const KIND_RANK: Readonly<Record<ContactKind, number>> = {
  "consular-hotline": 0,
  embassy: 0,
  "anti-trafficking": 1,
  police: 2,
  labour: 3,
  "anti-fraud": 4,
  app: 5,
};

function tierOf(contact: Contact): Tier {
  if (contact.kind === "consular-hotline") return Tier.ConsularLine;
  if (contact.kind === "embassy") return Tier.Embassy;
  return contact.forNationalities ? Tier.Home : Tier.Local;
}

function servesNationality(contact: Contact, nationality: Nationality): boolean {
  return contact.forNationalities === undefined || contact.forNationalities.includes(nationality);
}

function reachableIn(contact: Contact, country: Country): boolean {
  return contact.inCountry === undefined || contact.inCountry === country;
}

/**
 * The contacts that can help a person of `nationality` who is in `country`, most useful first: their own 24-h
 * consular line, their embassy there (where a number is sourced), local police and anti-trafficking lines, then
 * lines at home for the family (for China: 110 and 96110). A person at home (a Filipino in the Philippines) gets no
 * consular line or embassy. `other` nationalities get only local lines; `renderContacts` adds how to reach their
 * own embassy.
 */
export function contactsFor(nationality: Nationality, country: Country): Contact[] {
  const atHome = HOME_COUNTRY[nationality] === country;
  return CONTACTS.map((contact, index) => ({ contact, index }))
    .filter(({ contact }) => servesNationality(contact, nationality) && reachableIn(contact, country))
    .filter(({ contact }) => !(atHome && tierOf(contact) <= Tier.Embassy))
    .map(({ contact, index }) => ({
      contact,
      key: [
        tierOf(contact),
        // A line of the person's own place (Macau's crisis office) before a shared one (12308).
        contact.forNationalities?.[0] === nationality ? 0 : 1,
        KIND_RANK[contact.kind],
        index,
      ],
    }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ contact }) => contact);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export interface RenderContactsOptions {
  /** Show each contact's source link and review date (default true: users can see where a number comes from). */
  showSources?: boolean;
}

/**
 * "Source: example.org · reviewed 2026-11-25": lets a user (and an editor) see where a number comes from and how
 * fresh the check is, without a wall of URLs.
 */
export function sourceLine(fact: Sourced, locale: Locale, tr: Translator): string {
  const links = fact.source.map((url) => {
    const host = new URL(url).hostname.replace(/^(www|m)\./, "").replace(/\.$/, "");
    return `<a href="${escapeHtml(url).replace(/"/g, "&quot;")}">${escapeHtml(host)}</a>`;
  });
  return `<i>${tr.t(locale, "sos.source_line", { sources: html(links.join(", ")), reviewed: fact.reviewed })}</i>`;
}

function renderContact(contact: Contact, locale: Locale, tr: Translator, showSources: boolean): string {
  const heading = `<b>${tr.t(locale, contact.nameKey)}</b>${contact.hours === "24h" ? ` · ${tr.t(locale, "sos.hours_24h")}` : ""}`;
  const lines = [heading];
  for (const number of contact.numbers) {
    lines.push(
      number.label
        ? tr.t(locale, "sos.number_line", { number: number.dial, label: tr.t(locale, NUMBER_LABEL_KEYS[number.label]) })
        : tr.t(locale, "sos.number_only", { number: number.dial }),
    );
  }
  if (contact.email) lines.push(tr.t(locale, "sos.email_line", { email: contact.email }));
  if (contact.web) lines.push(tr.t(locale, "sos.web_line", { web: contact.web }));
  if (contact.noteKey) lines.push(tr.t(locale, contact.noteKey));
  if (showSources) lines.push(sourceLine(contact, locale, tr));
  return lines.join("\n");
}

/**
 * The /sos message for one person: who it is for, what to do in danger now, each contact with its numbers (labelled
 * from abroad / domestic / WhatsApp where the source says), and where we have no reviewed number (their embassy, a
 * local line) a line that says so and where to look, instead of silence. Telegram HTML, under 4,096 characters.
 */
export function renderContacts(
  nationality: Nationality,
  country: Country,
  locale: Locale,
  tr: Translator,
  options: RenderContactsOptions = {},
): string {
  const contacts = contactsFor(nationality, country);
  const countryName = tr.t(locale, COUNTRY_NAME_KEYS[country]);
  // "Person from: Another country" is no answer to anyone: for `other`, the header names only the place.
  const whoAndWhere =
    nationality === "other"
      ? tr.t(locale, "sos.in_country", { country: countryName })
      : tr.t(locale, "sos.for", {
          nationality: tr.t(locale, NATIONALITY_NAME_KEYS[nationality]),
          country: countryName,
        });
  const parts = [
    `<b>${tr.t(locale, "sos.title")}</b>\n${whoAndWhere}`,
    tr.t(locale, "sos.danger_now"),
    ...contacts.map((contact) => renderContact(contact, locale, tr, options.showSources ?? true)),
  ];

  const atHome = HOME_COUNTRY[nationality] === country;
  if (nationality === "other") parts.push(tr.t(locale, "sos.other_nationality"));
  else if (!atHome && country !== "other" && !contacts.some((contact) => contact.kind === "embassy")) {
    parts.push(tr.t(locale, "sos.no_embassy_number", { country: countryName }));
  }
  if (!contacts.some((contact) => contact.inCountry === country && tierOf(contact) === Tier.Local)) {
    parts.push(
      country === "other"
        ? tr.t(locale, "sos.no_local_other")
        : tr.t(locale, "sos.no_local_number", { country: countryName }),
    );
  }
  parts.push(`<i>${tr.t(locale, "sos.footer")}</i>`);
  return parts.join("\n\n");
}

/** The button label for a nationality, for the /sos menus. */
export function nationalityName(nationality: Nationality, locale: Locale, tr: Translator): string {
  return tr.t(locale, NATIONALITY_NAME_KEYS[nationality]);
}

/** The button label for a country, for the /sos menus. */
export function countryName(country: Country, locale: Locale, tr: Translator): string {
  return tr.t(locale, COUNTRY_NAME_KEYS[country]);
}

/** The questions /sos asks before it can show numbers: whose citizen, and in which country. */
export function sosQuestion(step: "nationality" | "country", locale: Locale, tr: Translator): string {
  return tr.t(locale, step === "nationality" ? "sos.ask_nationality" : "sos.ask_country");
}
