/**
 * Whether a Traditional Chinese answer goes out in Hong Kong usage (src/i18n/hong-kong.ts): the reader is known to be
 * from Hong Kong when Telegram is set to Hong Kong Chinese or Cantonese, or when the message they just sent has a word
 * only Cantonese writes (係咪, 唔, 點樣: one is enough here, where a Taiwanese reader would only read 裏 for 裡). The
 * nationality chosen in /sos is not the reader's: it is whose numbers help, often a friend's or a child's. The
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
  return HONG_KONG_LANGUAGE.test(ctx.from?.language_code ?? "") || (ownText !== undefined && isCantonese(ownText, 1));
}

/** A message's text and button labels in the reader's usage: Hong Kong's for a Hong Kong reader, else as written. */
export function inReadersUsage<M extends { text: string; keyboard: InlineKeyboard }>(ctx: BotContext, message: M): M {
  if (!readsHongKongUsage(ctx)) return message;
  const rows = message.keyboard.inline_keyboard.map((row) =>
    row.map((button) => ({ ...button, text: toHongKongWording(button.text) })),
  );
  return { ...message, text: toHongKongWording(message.text), keyboard: new InlineKeyboard(rows) };
}
