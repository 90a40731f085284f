import type { Html } from "./html.ts";
import type { Locale } from "./locales.ts";

export type Params = Record<string, string | number | Html>;

export interface Translator {
  /** The message for `key` in `locale`, with `${name}` placeholders filled; plain params are HTML-escaped. */
  t(locale: Locale, key: string, params?: Params): string;
  has(locale: Locale, key: string): boolean;
  /** Every leaf key of a locale, dotted. */
  keys(locale: Locale): string[];
}
