/**
 * Guesses of who the person in trouble is and where they are, before asking (PRODUCT.md §2.4); the nationalities,
 * countries and place names are facts in content/places.ts.
 */
import { HUB_COUNTRIES, WHEREABOUTS, type Country, type Nationality } from "../content/places.ts";
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

const LATIN = /^[a-z0-9 .-]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One matcher per country: a regex over the normalised text; returns the index of the last match, or -1. */
const MATCHERS: ReadonlyArray<{ country: Country; pattern: RegExp }> = Object.entries(WHEREABOUTS).map(
  ([country, names]) => {
    const alternatives = names.map((name) =>
      LATIN.test(name)
        ? `\\b${name
            .split(/[ .-]+/)
            .map(escapeRegExp)
            .join("[\\s.\\-]*")}\\b`
        : escapeRegExp(name),
    );
    return { country: country as Country, pattern: new RegExp(alternatives.join("|"), "g") };
  },
);

function lastMatchIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

/**
 * Guesses which country a message is about from the place names in it (缅甸, 妙瓦底, KK園區, 西港, Mae Sot…),
 * so /sos and the emergency answer can open on the right numbers. Works on Traditional, full-width and spaced-out
 * text through `normalizeText`. When several countries are named, a compound hub (Myanmar, Cambodia, Laos) beats a
 * transit country, and otherwise the place named last wins (stories run "went to X, now in Y"). Undefined when no
 * place is recognised: the bot then asks.
 */
export function guessCountry(text: string): Country | undefined {
  const normalised = normalizeText(text).text;
  let best: { country: Country; hub: boolean; index: number } | undefined;
  for (const { country, pattern } of MATCHERS) {
    const index = lastMatchIndex(pattern, normalised);
    if (index < 0) continue;
    const hub = HUB_COUNTRIES.has(country);
    if (!best || (hub && !best.hub) || (hub === best.hub && index > best.index)) best = { country, hub, index };
  }
  return best?.country;
}
