/**
 * Which of our languages a message is written in, to answer in it when the person has not chosen one (/language).
 * Many Chinese speakers abroad keep Telegram in English: their Chinese message would otherwise be answered in English.
 */
import type { Locale } from "../i18n/locales.ts";
import { RecentMap } from "../recent-map.ts";
import { isCantonese } from "./cantonese.ts";
import { SCRIPT_SAMPLE, traditionalCharacters } from "./normalize.ts";

/** Characters the conversion table changes that Simplified Chinese also writes (著名, 乾杯, 於是, 什麽 in older text). */
const ALSO_SIMPLIFIED = /[著乾於麽]/;
/** Fewer Han characters than this make a short message. */
const SHORT = 30;

/**
 * The Chinese script the message is written in, when Chinese is its main language: Han characters count as a word each
 * and Latin letters as a fifth of one ("我哥去了Myanmar" is Chinese, "my brother went to 缅甸" English). Cantonese
 * reads Traditional Chinese, in whichever characters it is typed.
 */
export function chineseScriptOf(text: string): "zh-hans" | "zh-hant" | undefined {
  let han = 0;
  let latin = 0;
  const end = Math.min(text.length, SCRIPT_SAMPLE);
  for (let i = 0; i < end; i++) {
    // Code ranges, not a Unicode-property regex: every message without a chosen language is read here.
    const code = text.charCodeAt(i);
    // Kana or Hangul: Japanese or Korean, whose Han characters are not Chinese.
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f))
      return undefined;
    if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f))
      return undefined;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff))
      han++;
    else if (
      ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ||
      (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
    )
      latin++;
  }
  if (han < 2 || han * 5 < latin) return undefined;
  // A short question shows one Traditional character ("安全嗎"); a long text needs two, as a quoted name may be one. A
  // character Simplified also writes in other words (著名, 乾杯, 於是) says nothing alone.
  const traditional = traditionalCharacters(text, 2);
  const oneTelling = traditional === 1 && han < SHORT && !ALSO_SIMPLIFIED.test(text);
  return traditional >= 2 || oneTelling || isCantonese(text.slice(0, SCRIPT_SAMPLE)) ? "zh-hant" : "zh-hans";
}

/**
 * The locale to answer a message in, from the one Telegram's settings give and the message's own words: Chinese
 * under an English setting is answered in Chinese, and Traditional characters or Cantonese under a Simplified one in
 * Traditional. Nothing turns a Chinese setting to English: a pasted English offer is explained in the reader's
 * language.
 */
export function localeForWriting(settings: Locale, text: string): Locale {
  return settings === "zh-hant" ? settings : (chineseScriptOf(text) ?? settings);
}

/** Two Latin words of two letters or more, outside a leading /command: a message written in a Latin-script language. */
const LATIN_PHRASE = /[a-z\u00c0-\u024f]{2,}[^a-z\u00c0-\u024f]+[a-z\u00c0-\u024f]{2,}/i;
const LEADING_COMMAND = /^\/\S*/;

/** Whether the message shows the language it is written in: Chinese, or a phrase in a Latin-script language. */
export function showsLanguage(text: string): boolean {
  return chineseScriptOf(text) !== undefined || LATIN_PHRASE.test(text.replace(LEADING_COMMAND, ""));
}

/**
 * The Chinese each person last wrote in when it is not what their Telegram settings give, so that what shows no
 * language (a command, "ok", a number, a sticker) is answered in it too. Held in this process only and bounded: a
 * restart, or another instance behind a webhook, falls back to the settings.
 */
export class RecentWriting {
  private readonly byUser: RecentMap<number, Locale>;

  constructor(capacity = 20_000) {
    this.byUser = new RecentMap(capacity);
  }

  /**
   * The locale to answer in: the message's own writing when it shows one (remembered when it differs from the
   * settings), otherwise what the person last wrote in.
   */
  localeFor(userId: number, settings: Locale, text: string): Locale {
    if (!showsLanguage(text)) return this.byUser.get(userId) ?? settings;
    const locale = localeForWriting(settings, text);
    if (locale === settings) this.byUser.delete(userId);
    else this.byUser.set(userId, locale);
    return locale;
  }

  /** The locale for someone else's writing (a forwarded message): the reader's own, as last written. */
  readerLocale(userId: number, settings: Locale): Locale {
    return this.byUser.get(userId) ?? settings;
  }
}
