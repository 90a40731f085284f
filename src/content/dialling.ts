/**
 * How a card or an answer says a number: what it is and, when it can be dialled inside one country only (its
 * `dialling` in contacts.ts), that country, in the reader's words. One place for the card (src/sos/) and the offer
 * check's agency line (src/check/).
 */
import { NUMBER_LABEL_KEYS, type Contact, type DialNumber } from "./contacts.ts";
import { COUNTRY_NAME_KEYS, NATIONALITY_NAME_KEYS } from "./places.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translator } from "../i18n/translator.ts";

/**
 * What a number is, in the reader's words, and where it can be dialled when that is one country only: "from abroad",
 * "toll-free, in India", "in Mainland China", "police, in Myanmar"; undefined for a number that needs no word.
 */
export function numberLabel(contact: Contact, number: DialNumber, locale: Locale, tr: Translator): string | undefined {
  const what = number.label && number.label !== "domestic" ? tr.t(locale, NUMBER_LABEL_KEYS[number.label]) : undefined;
  if (number.dialling === "anywhere") return what;
  const home = contact.forNationalities?.[0];
  const whereKey =
    contact.inCountry !== undefined
      ? contact.inCountry === "other"
        ? undefined
        : COUNTRY_NAME_KEYS[contact.inCountry]
      : home !== undefined && home !== "other"
        ? NATIONALITY_NAME_KEYS[home]
        : undefined;
  if (!whereKey) return what ?? tr.t(locale, NUMBER_LABEL_KEYS.domestic);
  const country = tr.t(locale, whereKey);
  return what
    ? tr.t(locale, "sos.number.label_in", { label: what, country })
    : tr.t(locale, "sos.number.domestic_in", { country });
}

/**
 * A contact's first number as text (no markup), said with the one country it works in when it does: "1989 (in Sri
 * Lanka)" in a line that names the contact already.
 */
export function firstNumberText(contact: Contact, locale: Locale, tr: Translator): string | undefined {
  const number = contact.numbers[0];
  if (!number) return undefined;
  const label = numberLabel(contact, number, locale, tr);
  return label ? tr.t(locale, "sos.number_form", { number: number.dial, label }) : number.dial;
}
