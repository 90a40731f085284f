/**
 * Hong Kong usage for Traditional Chinese replies (issue 12, session 20). locales/zh-hant.yaml is written in Taiwan
 * usage (仲介, 雇主, 網路, 打工度假); a reader known to be from Hong Kong gets the same keys with Hong Kong's words and
 * characters: OpenCC's Taiwan → Hong Kong character table (裡 → 裏, 說 → 説, 戶 → 户) and the few words below, where
 * Hong Kong says it otherwise. Official names keep their own words (澳門…檢舉熱線, 新北市政府警察局): no word here is
 * part of one, and Taiwan's own names keep Taiwan's words (TAIWAN_NAMES). Only text is converted, never a tag or a link.
 */
import { createRequire } from "node:module";
import type * as OpenCCModule from "opencc-js";

/** Taiwan's word and Hong Kong's for the same thing, as the replies use them. */
const HONG_KONG_WORDS: readonly (readonly [taiwan: string, hongKong: string])[] = [
  ["仲介", "中介"],
  ["雇主", "僱主"],
  ["雇傭", "僱傭"],
  ["雇員", "僱員"],
  ["網路", "網絡"],
  ["軟體", "軟件"],
  ["簡訊", "短訊"],
  ["身分證", "身份證"],
  // Hong Kong's working-holiday scheme is the 工作假期計劃.
  ["打工度假", "工作假期"],
  ["計程車", "的士"],
  ["臉書", "Facebook"],
];
/** Taiwan's own names, kept as they are: its national ID card (國民身分證) and the Labour Ministry's 仲介評鑑. */
const TAIWAN_NAMES = ["國民身分證", "仲介評鑑"];
const WORDS = new RegExp([...TAIWAN_NAMES, ...HONG_KONG_WORDS.map(([taiwan]) => taiwan)].join("|"), "g");
const HONG_KONG_OF = new Map(HONG_KONG_WORDS);
/** An HTML tag: left as it is (an href may hold Chinese). */
const TAG = /(<[^>]*>)/;

let characters: ((text: string) => string) | undefined;

/** `text` (Telegram HTML or plain) in Hong Kong usage. */
export function toHongKongWording(text: string): string {
  // Required on the first Hong Kong reply, not at start: the full OpenCC bundle is a large module to load.
  const toHongKong = (characters ??= (createRequire(import.meta.url)("opencc-js") as typeof OpenCCModule).Converter({
    from: "tw",
    to: "hk",
  }) as (text: string) => string);
  return text
    .split(TAG)
    .map((part) =>
      part.startsWith("<") && part.endsWith(">")
        ? part
        : toHongKong(part.replace(WORDS, (word) => HONG_KONG_OF.get(word) ?? word)),
    )
    .join("");
}
