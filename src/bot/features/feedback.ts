import { Composer, InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { callbackCodec } from "../callback-data.ts";
import type { BotContext } from "../context.ts";

/** `target` names what was rated: `v-<level>` for a verdict, `qa-<entry id>` for an answer. */
const feedbackData = callbackCodec("fb", ["target", "vote"]);
const VOTES = ["useful", "not_useful"] as const;
const TARGET = /^(v|qa)-[a-z0-9_-]{1,40}$/;

/** The "useful / not useful" pair that ends every verdict and answer. */
export function feedbackKeyboardRow(tr: (key: string) => string, target: string): InlineKeyboardButton[] {
  return VOTES.map((vote) => InlineKeyboard.text(tr(`feedback.${vote}`), feedbackData.pack({ target, vote })));
}

/** Counts votes anonymously per verdict level or answer, so editors see what to fix. */
export const feedbackFeature = new Composer<BotContext>();

feedbackFeature.callbackQuery(feedbackData.filter, async (ctx) => {
  const vote = feedbackData.unpack(ctx.callbackQuery.data);
  if (!vote || !TARGET.test(vote.target) || !(VOTES as readonly string[]).includes(vote.vote)) {
    return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
  }
  await ctx.deps.store.incrementCounters([`stats:feedback:${vote.target}:${vote.vote}`]);
  return ctx.answerCallbackQuery({ text: ctx.t("feedback.thanks") });
});
