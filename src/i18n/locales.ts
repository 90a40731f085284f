/** The languages JobSafe speaks, and how a Telegram language_code maps to one. No i18n library: domain code reads it. */
/** The languages JobSafe speaks, as stored per user and used as locale file names. */
export const LOCALES = ["zh-hans", "zh-hant", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps Telegram's `language_code` to a locale: zh-hant/zh-tw/zh-hk/zh-mo → Traditional,
 * any other zh* → Simplified, everything else → English.
 */
export function localeFromLanguageCode(code: string | undefined): Locale {
  const lower = (code ?? "").toLowerCase();
  if (!lower.startsWith("zh")) return "en";
  return /^zh[-_](hant|tw|hk|mo)/.test(lower) ? "zh-hant" : "zh-hans";
}
