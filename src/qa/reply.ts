/**
 * Turns a Q&A match into what the user sees, in their language, without knowing about Telegram: the HTML text and
 * the entries to offer as buttons. The bot layer maps `buttons` to callback data (ids only, PRODUCT.md §2.12).
 */
import { qaEntryById, type QaEntry } from "../content/qa.ts";
import { html, type Html } from "../i18n/html.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translator } from "../i18n/translator.ts";
import type { QaMatch } from "./match.ts";
import type { AskedTerm } from "./glossary.ts";
import { countryName } from "../sos/directory.ts";
import { isCountry, type Country } from "../content/places.ts";
import { contactById, contactIfAny } from "../content/contacts.ts";

/**
 * The tourist police of the country a traveller names, when contacts.ts has a sourced number for it: whom to call when
 * a hotel or landlord will not give a passport back.
 */
const touristPoliceIn = (country: Country) => contactIfAny(`${country}_tourist_police`);

export interface QaReply {
  /** Telegram HTML. */
  html: string;
  /** Entries offered as buttons: nearest topics, or "see also" under a direct answer. */
  buttons: { entryId: string; label: string }[];
}

/**
 * An entry's answer. An emergency answer's contact lines fit the person when `contacts` says who they are (see
 * `emergencyContacts`); otherwise it lists the main lines for several nationalities (`qa.<id>.contacts`).
 */
export function answerText(entry: QaEntry, locale: Locale, tr: Translator, contacts?: Html): string {
  const numbers = numbersOf(entry);
  if (!entry.emergencyFor && !entry.listsContacts) return tr.t(locale, entry.answerKey, numbers);
  return tr.t(locale, entry.answerKey, {
    ...numbers,
    contacts: contacts ?? html(tr.t(locale, `qa.${entry.id}.contacts`)),
  });
}

/** The numbers an entry's answer names (`numbersFrom`), each its contact's first number, by placeholder. */
function numbersOf(entry: QaEntry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.numbersFrom ?? {}).map(([name, id]) => [name, contactById(id).numbers[0]!.dial]),
  );
}

/**
 * The reply for `match`: the entry's answer when there is one; otherwise "which of these?" with the nearest entries;
 * otherwise, for a neighbouring topic, "not what JobSafe covers"; a greeting back for small talk; otherwise a plain "no
 * reviewed answer" pointing to the menu, so the bot never guesses.
 */
export function composeQaReply(match: QaMatch, locale: Locale, tr: Translator, contacts?: Html): QaReply {
  const buttons = match.alternatives.flatMap((id) => {
    const entry = qaEntryById(id);
    return entry ? [{ entryId: id, label: tr.t(locale, entry.titleKey) }] : [];
  });
  const entry = match.answer ? qaEntryById(match.answer) : undefined;
  if (entry) return { html: answerText(entry, locale, tr, contacts), buttons };
  // One candidate is a question to confirm, not a choice ("Did you mean…?").
  if (buttons.length > 0)
    return { html: tr.t(locale, buttons.length === 1 ? "qa.nearest_one" : "qa.nearest"), buttons };
  // A neighbouring topic (a student visa, a passport lost on holiday): say so politely, never give scam content.
  if (match.outOfScope) return { html: outOfScopeText(match, locale, tr), buttons: [] };
  return { html: tr.t(locale, match.smallTalk ? "qa.small_talk" : "qa.no_match"), buttons: [] };
}

/**
 * "Not what JobSafe covers", and for a traveller's passport kept by a hotel, a landlord or a hire shop one practical line
 * before the next step: ask for it back, and whom to call if they refuse.
 */
function outOfScopeText(match: QaMatch, locale: Locale, tr: Translator): string {
  const answer = tr.t(locale, "qa.out_of_scope.answer");
  if (!match.passportKept) return answer;
  const lines = answer.split("\n");
  const { country } = match.passportKept;
  const police = country && touristPoliceIn(country);
  const kept =
    country && police
      ? tr.t(locale, "qa.out_of_scope.passport_kept_police", {
          country: countryName(country, locale, tr),
          tourist_police: police.numbers[0]!.dial,
        })
      : tr.t(locale, "qa.out_of_scope.passport_kept");
  return [...lines.slice(0, -1), kept, lines.at(-1)!].join("\n");
}

/**
 * What a term asked about means (glossary.ts), the line before the entry that tells more. A place is named as the
 * question wrote it (escaped by the translator), with its country.
 */
export function meaningText(asked: AskedTerm, locale: Locale, tr: Translator): string {
  if (asked.kind === "term") return tr.t(locale, `glossary.${asked.term.id}`);
  return tr.t(locale, "glossary.place", {
    place: asked.asWritten,
    country: countryName(isCountry(asked.place.country) ? asked.place.country : "other", locale, tr),
  });
}
