/**
 * Guesses of who the person in trouble is and where they are, before asking (PRODUCT.md §2.4); the nationalities,
 * countries and place names are facts in content/places.ts.
 */
import { findTerms } from "../check/extract/terms.ts";
import { HUB_COUNTRIES, isCountry, type Country, type Nationality } from "../content/places.ts";
import type { Locale } from "../i18n/locales.ts";
import { normalizeText } from "../text/normalize.ts";

/**
 * The nationality to assume before asking. Simplified Chinese is written almost only in mainland China (and by
 * Malaysian/Singaporean Chinese, who can switch), so zh-hans starts from China. Traditional Chinese readers may be
 * from Hong Kong, Macau or Taiwan, whose hotlines all differ, and English readers from anywhere: for them a wrong
 * guess would show the wrong hotline first, so we return undefined and the bot asks.
 */
export function defaultNationality(locale: Locale): Nationality | undefined {
  return locale === "zh-hans" ? "cn" : undefined;
}

/**
 * Guesses which country a message is about from the place names in it (缅甸, 妙瓦底, KK園區, 西港, Mae Sot…), read
 * by the offer check's own place matcher from the one list of places, so /sos and the emergency answer can open on
 * the right numbers. Works on Traditional, full-width and spaced-out
 * text through `normalizeText`. When several countries are named, a compound hub (Myanmar, Cambodia, Laos) beats a
 * transit country, and otherwise the place named last wins (stories run "went to X, now in Y"). Undefined when no
 * place is recognised: the bot then asks.
 */
export function guessCountry(text: string): Country | undefined {
  const found = findTerms(normalizeText(text).text);
  let best: { country: Country; hub: boolean; index: number } | undefined;
  for (const hit of [...found.places, ...found.listedPlaces]) {
    const country = hit.value.country;
    if (!isCountry(country) || country === "other") continue;
    const hub = HUB_COUNTRIES.has(country);
    if (!best || (hub && !best.hub) || (hub === best.hub && hit.start > best.index))
      best = { country, hub, index: hit.start };
  }
  return best?.country;
}
