/**
 * Whether a Traditional Chinese reply goes out in Hong Kong usage (src/i18n/hong-kong.ts): the reader is known to be
 * from Hong Kong when Telegram is set to Hong Kong Chinese or Cantonese, when they chose Hong Kong in /sos (or named it
 * in a danger message: the stored nationality), or when this message is written in Cantonese.
 */
import type { Transformer } from "grammy";
import { toHongKongWording } from "../i18n/hong-kong.ts";
import { isCantonese } from "../text/cantonese.ts";
import type { BotContext } from "./context.ts";

/** Telegram's language codes for Hong Kong Chinese and Cantonese. */
const HONG_KONG_LANGUAGE = /^(?:zh[-_]hk|yue)\b/i;

export function readsHongKongUsage(ctx: BotContext, ownText: string | undefined): boolean {
  if (ctx.locale !== "zh-hant") return false;
  return (
    HONG_KONG_LANGUAGE.test(ctx.from?.language_code ?? "") ||
    ctx.user?.sosNationality === "hk" ||
    (ownText !== undefined && isCantonese(ownText))
  );
}

type Payload = Record<string, unknown>;

/** Converts the words of a button row (text only; callback data and links stay). */
function convertKeyboard(markup: unknown): unknown {
  const rows = (markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard;
  if (!Array.isArray(rows)) return markup;
  return {
    ...(markup as Payload),
    inline_keyboard: rows.map((row: unknown) =>
      Array.isArray(row)
        ? row.map((button: Payload) =>
            typeof button.text === "string" ? { ...button, text: toHongKongWording(button.text) } : button,
          )
        : row,
    ),
  };
}

/**
 * An API transformer for one update's context: every text, caption and button label the handlers send is written in
 * Hong Kong usage, from the same locale keys.
 */
export const hongKongWording: Transformer = (prev, method, payload, signal) => {
  const fields = payload as Payload;
  const converted: Payload = { ...fields };
  for (const key of ["text", "caption"] as const) {
    const value = fields[key];
    if (typeof value === "string") converted[key] = toHongKongWording(value);
  }
  if (fields.reply_markup !== undefined) converted.reply_markup = convertKeyboard(fields.reply_markup);
  return prev(method, converted as typeof payload, signal);
};
