import { toHongKongWording } from "../../src/i18n/hong-kong.ts";
import type { Locale } from "../../src/i18n/locales.ts";

/**
 * A Traditional Chinese text with Taiwan's and Hong Kong's usage made one (src/i18n/hong-kong.ts), for tests of an
 * answer's structure that a Hong Kong reader (zh-HK, Cantonese, Hong Kong chosen) reads in Hong Kong usage: compare
 * `inEitherUsage(locale, sent)` with `inEitherUsage(locale, expected)`. Other languages are returned as they are.
 */
export function inEitherUsage(locale: Locale, text: string): string {
  return locale === "zh-hant" ? toHongKongWording(text) : text;
}
