/**
 * The /sos emergency directory (PRODUCT.md §2.4): picks and orders the reviewed contacts in
 * `src/content/contacts.ts` for one person — their nationality and the country they are in — and renders them as a
 * Telegram HTML message. Pure: no grammY, no I/O.
 */
import {
  CONTACTS,
  NUMBER_LABEL_KEYS,
  type Contact,
  type ContactKind,
  type DialNumber,
  type NumberLabel,
} from "../content/contacts.ts";
import { escapeHtml, html, type Html } from "../i18n/html.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translator } from "../i18n/translator.ts";
import type { Sourced } from "../content/sourced.ts";
import { publisherKey, sourceHost } from "../content/publishers.ts";
import { numberLabel } from "../content/dialling.ts";
import { likelyNationalities } from "./nationality.ts";
import {
  COUNTRY_NAME_KEYS,
  HOME_COUNTRY,
  NATIONALITY_NAME_KEYS,
  type Country,
  type Nationality,
} from "../content/places.ts";

export {
  COUNTRIES,
  COUNTRY_NAME_KEYS,
  NATIONALITIES,
  NATIONALITY_NAME_KEYS,
  isCountry,
  isNationality,
  type Country,
  type Nationality,
} from "../content/places.ts";
export { defaultNationality, guessCountry } from "./guess.ts";
export { chooseNationality, inferNationality, likelyNationalities, type InferredNationality } from "./nationality.ts";

/**
 * The order of a card (issue 12): the person's own government's line first, then the police or anti-trafficking line
 * of the country they are in, then the line the family at home reports the case to (110 for the mainland, 165 and 110
 * in Taiwan, 18222 in Hong Kong: `familyReport`), then embassies (their own, then China's for Hong Kong and Macau
 * residents), other local channels, and last the other lines at home (96110, the anti-fraud app…) and shared lines
 * such as 12308 for Macau residents.
 */
const enum Tier {
  OwnGovernment,
  LocalPolice,
  FamilyReport,
  Embassy,
  LocalOther,
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

function servesNationality(contact: Contact, nationality: Nationality): boolean {
  return contact.forNationalities === undefined || contact.forNationalities.includes(nationality);
}

function reachableIn(contact: Contact, country: Country): boolean {
  return contact.inCountry === undefined || contact.inCountry === country;
}

/** A line run by the person's own government (Macau's crisis office for Macau), not one it shares (12308). */
function isOwn(contact: Contact, nationality: Nationality): boolean {
  return contact.forNationalities?.[0] === nationality;
}

/** A number someone outside the line's country can dial (its form with the country code). */
const fromAbroad = (number: DialNumber): boolean => number.dialling === "anywhere";

/**
 * A line the government runs for its people abroad that they can dial from where they are: its consular hotline, or a
 * 24-h centre, with a form dialable from abroad. A line whose every number works only at home (India's toll-free
 * 1800-118-797 alone, the Philippines' 1343) never leads the card of someone abroad.
 */
function isLineAbroad(contact: Contact): boolean {
  if (contact.inCountry !== undefined || !contact.numbers.some(fromAbroad)) return false;
  return contact.kind === "consular-hotline" || contact.hours === "24h";
}

/**
 * What leads the card: the government's lines for its people abroad; where facts.md has none, its embassy in that
 * country; where there is none either, its ministry channel without a number (Indonesia's Safe Travel app, Malaysia's
 * Wisma Putra procedure), which says what to do. Nothing leads for someone at home or for `other`.
 */
function leadingContacts(candidates: readonly Contact[], nationality: Nationality, atHome: boolean): Set<Contact> {
  if (atHome || nationality === "other") return new Set();
  const own = candidates.filter((contact) => isOwn(contact, nationality));
  const lines = own.filter(isLineAbroad);
  if (lines.length > 0) return new Set(lines);
  const embassies = own.filter((contact) => contact.kind === "embassy");
  if (embassies.length > 0) return new Set(embassies);
  return new Set(
    own.filter(
      (contact) => contact.inCountry === undefined && (contact.kind === "consular-hotline" || contact.kind === "app"),
    ),
  );
}

function tierOf(contact: Contact, leading: ReadonlySet<Contact>): Tier {
  if (leading.has(contact)) return Tier.OwnGovernment;
  if (contact.familyReport) return Tier.FamilyReport;
  if (contact.kind === "embassy") return Tier.Embassy;
  if (contact.forNationalities === undefined) {
    return contact.kind === "police" || contact.kind === "anti-trafficking" ? Tier.LocalPolice : Tier.LocalOther;
  }
  return Tier.Home;
}

/**
 * The contacts that can help a person of `nationality` who is in `country`, in the order a card shows them: their
 * own government's line (see `leadingContacts`), the local police and anti-trafficking lines, embassies there (their
 * own; China's also for Hong Kong and Macau residents), other local channels, then lines at home for the family.
 * Mainland-China lines go to mainland Chinese only, except China's embassies and 12308, which Hong Kong and Macau
 * notices list and which come after the residents' own lines. A person at home (a Filipino in the Philippines) gets
 * no consular line or embassy.
 *
 * `other` gets only local lines: it means "none of the listed nationalities", never "unknown". When the nationality
 * is not known, do not call this with `other`: ask (`nextSosStep`, `likelyNationalities`).
 */
export function contactsFor(nationality: Nationality, country: Country): Contact[] {
  const atHome = HOME_COUNTRY[nationality] === country;
  const candidates = CONTACTS.filter(
    (contact) =>
      servesNationality(contact, nationality) &&
      reachableIn(contact, country) &&
      !(atHome && (contact.kind === "consular-hotline" || contact.kind === "embassy")),
  );
  const leading = leadingContacts(candidates, nationality, atHome);
  return candidates
    .map((contact, index) => ({
      contact,
      key: [tierOf(contact, leading), isOwn(contact, nationality) ? 0 : 1, KIND_RANK[contact.kind], index],
    }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ contact }) => contact);
}

/** What the /sos flow needs before it can show a card. */
export type SosStep =
  | { readonly ask: "nationality"; readonly choices: readonly Nationality[] }
  | { readonly ask: "country"; readonly nationality: Nationality }
  | { readonly ask?: undefined; readonly nationality: Nationality; readonly country: Country };

/**
 * The next step for what is known so far: ask whose citizen (offering the likeliest for the user's language first,
 * see `likelyNationalities`), ask where, or show `renderContacts(nationality, country)`. An unknown nationality is
 * asked, never shown as "another country".
 */
export function nextSosStep(
  known: { nationality?: Nationality | undefined; country?: Country | undefined },
  languageCode: string | undefined,
  locale: Locale,
): SosStep {
  if (!known.nationality) return { ask: "nationality", choices: likelyNationalities(languageCode, locale) };
  if (!known.country) return { ask: "country", nationality: known.nationality };
  return { nationality: known.nationality, country: known.country };
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
 * "Source: Ministry of External Affairs, India · reviewed 2026-12-07": lets a user (and an editor) see who says a
 * number and how fresh the check is, without a wall of URLs. Each name links to the page; a site with no name yet
 * shows its host rather than nothing.
 */
export function sourceLine(fact: Sourced, locale: Locale, tr: Translator): string {
  const links = fact.source.map((url) => {
    const key = publisherKey(url);
    const name = key ? tr.t(locale, key) : sourceHost(url);
    return `<a href="${escapeHtml(url).replace(/"/g, "&quot;")}">${escapeHtml(name)}</a>`;
  });
  return `<i>${tr.t(locale, "sos.source_line", {
    sources: html(links.join(tr.t(locale, "sos.source_separator"))),
    reviewed: fact.reviewed,
  })}</i>`;
}

/** A number's forms: the same line dialled from abroad, inside the country, or its listed alternative. */
const FORMS: readonly NumberLabel[] = ["from-abroad", "domestic", "alternative"];

/**
 * The numbers a card shows for one contact (issues 12, session 20, and the chat review's #17–#19): every number but the
 * fire brigade's; those the person can dial from where they are first (a line at home, for someone abroad: only its
 * forms with the country code, so 1800-118-797 or 1343 never lead there), then the forms of one line (from abroad,
 * inside the country, its alternative), the form dialled from where the person is leading (a line in the country
 * where the person is: its local form; a line at home: from abroad when the person is abroad), because the caller
 * may be the person abroad or the family at home.
 */
export function numbersToShow(contact: Contact, atHome: boolean): DialNumber[] {
  const there = contact.inCountry !== undefined || atHome;
  const dialledFrom: NumberLabel = there ? "domestic" : "from-abroad";
  const order: NumberLabel[] = [dialledFrom, ...FORMS.filter((label) => label !== dialledFrom)];
  const rank = (number: DialNumber): number =>
    (there || fromAbroad(number) ? 0 : order.length + 1) +
    (number.label && order.includes(number.label) ? order.indexOf(number.label) : order.length);
  const shown = contact.numbers.filter((number) => number.label !== "fire");
  return (shown.length > 0 ? shown : [...contact.numbers]).toSorted((a, b) => rank(a) - rank(b));
}

const isForm = (number: DialNumber): boolean => number.label !== undefined && FORMS.includes(number.label);

function renderContact(
  contact: Contact,
  atHome: boolean,
  locale: Locale,
  tr: Translator,
  showSources: boolean,
): string {
  const heading = `<b>${tr.t(locale, contact.nameKey)}</b>${contact.hours === "24h" ? ` · ${tr.t(locale, "sos.hours_24h")}` : ""}`;
  const shown = numbersToShow(contact, atHome);
  const bold = (number: DialNumber): Html => html(`<b>${escapeHtml(number.dial)}</b>`);
  // A number dialled only inside one country names it: the family at home and the person abroad both read the card.
  const label = (number: DialNumber): string | undefined => numberLabel(contact, number, locale, tr);
  // The forms of one line on one line: "+86-10-12308 (from abroad) · 010-12308 (inside the country) · …".
  const forms = shown.filter(isForm);
  const formsLine =
    forms.length > 1
      ? [
          forms
            .map((number) =>
              tr.t(locale, "sos.number_form", {
                number: bold(number),
                label: label(number) ?? tr.t(locale, NUMBER_LABEL_KEYS[number.label!]),
              }),
            )
            .join(tr.t(locale, "sos.number_form_separator")),
        ]
      : [];
  const numbers = [
    ...formsLine,
    ...shown
      .filter((number) => forms.length <= 1 || !isForm(number))
      .map((number) => {
        const said = label(number);
        return said
          ? tr.t(locale, "sos.number_line", { number: bold(number), label: said })
          : tr.t(locale, "sos.number_only", { number: bold(number) });
      }),
  ];
  // A line with one number reads on one line: "Embassy of China in Myanmar: +95 943209657".
  const [only, ...more] = numbers;
  const lines =
    only !== undefined && more.length === 0
      ? [tr.t(locale, "sos.name_and_number", { name: html(heading), number: html(only) })]
      : [heading, ...numbers];
  if (contact.email) lines.push(tr.t(locale, "sos.email_line", { email: contact.email }));
  if (contact.web) lines.push(tr.t(locale, "sos.web_line", { web: contact.web }));
  if (contact.noteKey) lines.push(tr.t(locale, contact.noteKey));
  // One source per number, the first (sources are listed official first); the others stay in the content.
  if (showSources) lines.push(sourceLine({ ...contact, source: contact.source.slice(0, 1) }, locale, tr));
  return lines.join("\n");
}

/**
 * How many contacts lead a card: the person's own government's line, the local police and the line the family at
 * home reports to, then "More numbers".
 */
function leadCount(contacts: readonly Contact[], nationality: Nationality, country: Country): number {
  const leading = leadingContacts(contacts, nationality, HOME_COUNTRY[nationality] === country);
  const lastLead = contacts.findLastIndex((contact) => tierOf(contact, leading) <= Tier.FamilyReport);
  return Math.max(lastLead + 1, 1);
}

/**
 * The /sos message for one person: who it is for, what to do in danger now, first their own government's line and the
 * local police, then under "More numbers" the rest, each contact with the number to dial from where the caller is
 * (`numbersToShow`) and one source; where we have no reviewed number (their embassy, a local line) a line that says
 * so and where to look, instead of silence. Telegram HTML, under 4,096 characters.
 */
export function renderContacts(
  nationality: Nationality,
  country: Country,
  locale: Locale,
  tr: Translator,
  options: RenderContactsOptions = {},
): string {
  const contacts = contactsFor(nationality, country);
  const atHome = HOME_COUNTRY[nationality] === country;
  const countryName = tr.t(locale, COUNTRY_NAME_KEYS[country]);
  // "Person from: Another country" is no answer to anyone: for `other`, the header names only the place.
  const whoAndWhere =
    nationality === "other"
      ? tr.t(locale, "sos.in_country", { country: countryName })
      : tr.t(locale, "sos.for", {
          nationality: tr.t(locale, NATIONALITY_NAME_KEYS[nationality]),
          country: countryName,
        });
  const rendered = contacts.map((contact) => renderContact(contact, atHome, locale, tr, options.showSources ?? true));
  const lead = leadCount(contacts, nationality, country);
  const rest = rendered.slice(lead);
  const parts = [
    `<b>${tr.t(locale, "sos.title")}</b>\n${whoAndWhere}`,
    tr.t(locale, "sos.danger_now"),
    ...rendered.slice(0, lead),
    // The rest under one heading, each entry apart as the first ones are.
    ...(rest.length > 0 ? [`<b>${tr.t(locale, "sos.more_lines")}</b>\n${rest.join("\n\n")}`] : []),
  ];

  if (nationality === "other") parts.push(tr.t(locale, "sos.other_nationality"));
  else if (!atHome && country !== "other" && !contacts.some((contact) => contact.kind === "embassy")) {
    parts.push(tr.t(locale, "sos.no_embassy_number", { country: countryName }));
  }
  if (!contacts.some((contact) => contact.inCountry === country && contact.forNationalities === undefined)) {
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

/** What an emergency answer says about whom to call, for what is known of the person in trouble. */
export interface EmergencyContacts {
  /** Send the person's card before the answer: it leads with their own government's line and the local police. */
  readonly cardFirst: boolean;
  /** The answer's contact lines for this person; undefined when their nationality is unknown (several are listed). */
  readonly lines?: Html;
}

/** How many of the likeliest nationalities an answer names a line for while it asks whose citizen the person is. */
const LIKELY_LINES = 4;

/**
 * Fits an emergency answer to the person (issue 12): with their nationality and country known, the card comes first
 * and the answer points to it; with the nationality alone, the answer names their government's lines for people
 * abroad and the lines at home for the family, shortly; unknown, the answer names the local police of the country
 * when it is known, and the first line of each of the `likely` nationalities (the choices offered first under it, so
 * an English reader is not shown only China's numbers), and the card asks; for "another country", or unknown with
 * nothing to name, the answer keeps its own lines.
 */
export function emergencyContacts(
  known: { nationality?: Nationality | undefined; country?: Country | undefined },
  locale: Locale,
  tr: Translator,
  likely: readonly Nationality[] = [],
): EmergencyContacts {
  const { nationality, country } = known;
  if (!nationality) {
    // The local police of a named country lead: whoever the person is, they answer there.
    const lines = [
      country && country !== "other" ? localLines(country, locale, tr) : undefined,
      likelyLines(likely, country, locale, tr),
    ]
      .filter((line): line is string => line !== undefined)
      .join("\n");
    return lines ? { cardFirst: false, lines: html(lines) } : { cardFirst: false };
  }
  if (nationality === "other") return { cardFirst: false };
  const who = tr.t(locale, NATIONALITY_NAME_KEYS[nationality]);
  if (country) {
    return {
      cardFirst: true,
      lines: html(
        tr.t(locale, "qa.contacts_above", { nationality: who, country: tr.t(locale, COUNTRY_NAME_KEYS[country]) }),
      ),
    };
  }
  // Lines tied to no country: the government's lines abroad (leading) and the lines at home for the family.
  const reachable = contactsFor(nationality, "other").filter((contact) => contact.numbers.length > 0);
  if (reachable.length === 0) return { cardFirst: false };
  const lines = reachable
    .map((contact) => dialLine(tr.t(locale, contact.nameKey), contact, locale, tr))
    .join(tr.t(locale, "qa.contacts_separator"));
  return { cardFirst: false, lines: html(tr.t(locale, "qa.contacts_own", { nationality: who, lines: html(lines) })) };
}

/**
 * The lines to check a job, an agency or a scam (anti-fraud and labour contacts) for the asker: all of theirs when
 * their nationality is known, else the first of each of the `likely` nationalities; undefined when none is listed.
 */
export function checkLines(
  nationality: Nationality | undefined,
  likely: readonly Nationality[],
  locale: Locale,
  tr: Translator,
): Html | undefined {
  const linesOf = (who: Nationality) =>
    CONTACTS.filter(
      (contact) =>
        (contact.kind === "anti-fraud" || contact.kind === "labour") &&
        contact.forNationalities?.includes(who) === true &&
        contact.numbers.length > 0,
    );
  const named = (nationality ? [nationality] : likely.slice(0, LIKELY_LINES)).flatMap((who) => {
    if (who === "other") return [];
    const lines = nationality ? linesOf(who) : linesOf(who).slice(0, 1);
    const place = tr.t(locale, NATIONALITY_NAME_KEYS[who]);
    return lines.map((contact) => {
      const name = tr.t(locale, contact.nameKey);
      return dialLine(
        name.includes(place) ? name : tr.t(locale, "qa.contacts_whose", { nationality: place, name }),
        contact,
        locale,
        tr,
      );
    });
  });
  if (named.length === 0) return undefined;
  return html(tr.t(locale, "qa.check_lines", { lines: html(named.join(tr.t(locale, "qa.contacts_separator"))) }));
}

/**
 * A contact's name and one of its numbers, bold, as the emergency answers list them: by default the first one the
 * person can dial from where they are (`numbersToShow`), said with what it is and, when it works in one country only,
 * that country ("1800-118-797 (toll-free, in India)").
 */
function dialLine(
  name: string,
  contact: Contact,
  locale: Locale,
  tr: Translator,
  atHome = false,
  number: DialNumber = numbersToShow(contact, atHome)[0]!,
): string {
  const bold = html(`<b>${escapeHtml(number.dial)}</b>`);
  const label = numberLabel(contact, number, locale, tr);
  return `${name} ${label ? tr.t(locale, "sos.number_form", { number: bold, label }) : bold.html}`;
}

/** A number an answer may list under "Local police": not an ambulance or fire line. */
const isPoliceNumber = (number: DialNumber): boolean => number.label !== "ambulance" && number.label !== "fire";

/** The local police and anti-trafficking lines of `country` that serve everyone there. */
function localLines(country: Country, locale: Locale, tr: Translator): string | undefined {
  const local = contactsFor("other", country).filter(
    (contact) =>
      contact.inCountry === country && contact.forNationalities === undefined && contact.numbers.some(isPoliceNumber),
  );
  if (local.length === 0) return undefined;
  const lines = local
    .map((contact) =>
      dialLine(tr.t(locale, contact.nameKey), contact, locale, tr, false, contact.numbers.find(isPoliceNumber)),
    )
    .join(tr.t(locale, "qa.contacts_separator"));
  return tr.t(locale, "qa.contacts_local", { lines: html(lines) });
}

/**
 * The first reviewed line of each of the likeliest nationalities that has one, in the form the person can dial from
 * where they are (`country`, when known) or labelled with the one country it works in; and the line the family at
 * home reports the case to, where there is one (110 for the mainland, 165 and 110 for Taiwan, 18222 for Hong Kong):
 * the writer may be the parent at home.
 */
function likelyLines(
  likely: readonly Nationality[],
  country: Country | undefined,
  locale: Locale,
  tr: Translator,
): string | undefined {
  const named = likely.flatMap((nationality) => {
    if (nationality === "other") return [];
    // Unknown, the person is taken to be abroad: the form from abroad leads, a number dialled only at home says so.
    const atHome = country !== undefined && HOME_COUNTRY[nationality] === country;
    const lines = contactsFor(nationality, country ?? "other").filter(
      (contact) => contact.numbers.length > 0 && contact.inCountry === undefined,
    );
    const first = lines[0];
    if (!first) return [];
    const who = tr.t(locale, NATIONALITY_NAME_KEYS[nationality]);
    const name = tr.t(locale, first.nameKey);
    // "India, Ministry of External Affairs…" says whose line it is; "DMW / OWWA hotline" needs "Philippines".
    const line = dialLine(
      name.includes(who) ? name : tr.t(locale, "qa.contacts_whose", { nationality: who, name }),
      first,
      locale,
      tr,
      atHome,
    );
    const family = lines.filter((contact) => contact.familyReport && contact !== first);
    if (family.length === 0) return [line];
    const numbers = family
      .map((contact) => `<b>${escapeHtml(numbersToShow(contact, true)[0]!.dial)}</b>`)
      .join(tr.t(locale, "sos.number_form_separator"));
    return [tr.t(locale, "qa.contacts_family", { line: html(line), place: who, numbers: html(numbers) })];
  });
  if (named.length === 0) return undefined;
  const lines = named.slice(0, LIKELY_LINES).join(tr.t(locale, "qa.contacts_separator"));
  return tr.t(locale, "qa.contacts_likely", { lines: html(lines) });
}
