import { BotComposer } from "../composer.ts";
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { RiskLevel } from "../../check/level.ts";
import { qaEntryById } from "../../content/qa.ts";
import { RULES } from "../../content/rules.ts";
import type { FeedbackReason, FeedbackVote } from "../../store/stats.ts";
import { callbackCodec } from "../../callback-data.ts";
import type { BotContext } from "../context.ts";

/** `target` names what was rated: `v-<level>[-<leading rule id>]` for a verdict, `qa-<entry id>` for an answer. */
const feedbackData = callbackCodec("fb", ["target", "vote"]);
const reasonData = callbackCodec("fbr", ["target", "reason"]);
const VOTES: readonly FeedbackVote[] = ["useful", "not_useful"];
/** Why something was not useful: buttons rather than free text, so no one types an offer into a reason. */
const REASONS: readonly FeedbackReason[] = ["wrong", "unclear", "missing"];
const isVote = (value: string): value is FeedbackVote => (VOTES as readonly string[]).includes(value);
const isReason = (value: string): value is FeedbackReason => (REASONS as readonly string[]).includes(value);
const LEVELS: Record<RiskLevel, true> = { high: true, warning: true, low: true };
const RULE_IDS = new Set(RULES.map((rule) => rule.id));

/**
 * Whether the bot could have put `target` on a button: a verdict level with the id of a rule, or an answer that
 * exists. Anyone can send any callback data, and each target is a counter of its own: a forged one is refused, so
 * the counters stay as few as the levels, rules and answers.
 */
function isKnownTarget(target: string): boolean {
  if (target.startsWith("qa-")) return qaEntryById(target.slice(3)) !== undefined;
  const [kind, level, ...rule] = target.split("-");
  if (kind !== "v" || level === undefined || !Object.hasOwn(LEVELS, level)) return false;
  return rule.length === 0 || RULE_IDS.has(rule.join("-"));
}

/** The "useful / not useful" pair that ends every verdict and answer. */
export function feedbackKeyboardRow(tr: (key: string) => string, target: string): InlineKeyboardButton[] {
  return VOTES.map((vote) => InlineKeyboard.text(tr(`feedback.${vote}`), feedbackData.pack({ target, vote })));
}

/** Counts votes anonymously per verdict level or answer, so editors see what to fix. */
export const feedbackFeature = new BotComposer<BotContext>();

feedbackFeature.callbackQuery(feedbackData.filter, async (ctx) => {
  const vote = feedbackData.unpack(ctx.callbackQuery.data);
  if (!vote || !isKnownTarget(vote.target) || !isVote(vote.vote)) {
    return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
  }
  ctx.deps.store.stats.countFeedback(vote.target, vote.vote);
  await ctx.answerCallbackQuery({ text: ctx.t("feedback.thanks") });
  if (vote.vote !== "not_useful") return;
  const keyboard = new InlineKeyboard();
  for (const reason of REASONS)
    keyboard.text(ctx.t(`feedback.reason.${reason}`), reasonData.pack({ target: vote.target, reason })).row();
  return ctx.reply(ctx.t("feedback.ask_reason"), { reply_markup: keyboard });
});

feedbackFeature.callbackQuery(reasonData.filter, async (ctx) => {
  const answer = reasonData.unpack(ctx.callbackQuery.data);
  if (!answer || !isKnownTarget(answer.target) || !isReason(answer.reason)) {
    return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
  }
  ctx.deps.store.stats.countFeedback(answer.target, `reason_${answer.reason}`);
  await ctx.answerCallbackQuery();
  return ctx.editMessageText(ctx.t("feedback.thanks"));
});
