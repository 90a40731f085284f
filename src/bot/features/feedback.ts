import { Composer, InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { callbackCodec } from "../callback-data.ts";
import type { BotContext } from "../context.ts";

/** `target` names what was rated: `v-<level>[-<leading rule id>]` for a verdict, `qa-<entry id>` for an answer. */
const feedbackData = callbackCodec("fb", ["target", "vote"]);
const reasonData = callbackCodec("fbr", ["target", "reason"]);
const VOTES = ["useful", "not_useful"] as const;
/** Why something was not useful: buttons rather than free text, so no one types an offer into a reason. */
const REASONS = ["wrong", "unclear", "missing"] as const;
const TARGET = /^(v|qa)-[a-z0-9_-]{1,44}$/;

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
  await ctx.answerCallbackQuery({ text: ctx.t("feedback.thanks") });
  if (vote.vote !== "not_useful") return;
  const keyboard = new InlineKeyboard();
  for (const reason of REASONS)
    keyboard.text(ctx.t(`feedback.reason.${reason}`), reasonData.pack({ target: vote.target, reason })).row();
  return ctx.reply(ctx.t("feedback.ask_reason"), { reply_markup: keyboard });
});

feedbackFeature.callbackQuery(reasonData.filter, async (ctx) => {
  const answer = reasonData.unpack(ctx.callbackQuery.data);
  if (!answer || !TARGET.test(answer.target) || !(REASONS as readonly string[]).includes(answer.reason)) {
    return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
  }
  await ctx.deps.store.incrementCounters([`stats:feedback:${answer.target}:reason_${answer.reason}`]);
  await ctx.answerCallbackQuery();
  return ctx.editMessageText(ctx.t("feedback.thanks"));
});
