/**
 * Whether a Traditional Chinese answer goes out in Hong Kong usage (src/i18n/hong-kong.ts): the reader is known to be
 * from Hong Kong when Telegram is set to Hong Kong Chinese or Cantonese, when they chose Hong Kong in /sos (or named it
 * in a danger message: the stored nationality), or when the message they just sent is written in Cantonese. The
 * answers and the emergency contacts (questions.ts, sos.ts) are written so; the other features keep Taiwan usage.
 */
import { InlineKeyboard } from "grammy";
import { toHongKongWording } from "../i18n/hong-kong.ts";
import { isCantonese } from "../text/cantonese.ts";
import type { BotContext } from "./context.ts";

/** Telegram's language codes for Hong Kong Chinese and Cantonese. */
const HONG_KONG_LANGUAGE = /^(?:zh[-_]hk|yue)\b/i;

export function readsHongKongUsage(ctx: BotContext): boolean {
  if (ctx.locale !== "zh-hant") return false;
  const ownText = ctx.message?.text ?? ctx.message?.caption;
  return (
    HONG_KONG_LANGUAGE.test(ctx.from?.language_code ?? "") ||
    ctx.user?.sosNationality === "hk" ||
    (ownText !== undefined && isCantonese(ownText))
  );
}

/** A message's text and button labels in the reader's usage: Hong Kong's for a Hong Kong reader, else as written. */
export function inReadersUsage<M extends { text: string; keyboard: InlineKeyboard }>(ctx: BotContext, message: M): M {
  if (!readsHongKongUsage(ctx)) return message;
  const rows = message.keyboard.inline_keyboard.map((row) =>
    row.map((button) => ({ ...button, text: toHongKongWording(button.text) })),
  );
  return { ...message, text: toHongKongWording(message.text), keyboard: new InlineKeyboard(rows) };
}
