import { BotComposer } from "../composer.ts";
import { InlineKeyboard } from "grammy";
import { qaEntryById } from "../../content/qa.ts";
import { composeQaReply, type QaReply } from "../../qa/reply.ts";
import type { ReadText } from "../../text/read-text.ts";
import { NEAREST_TOPICS, NO_ANSWER } from "../../store/stats.ts";
import type { QaMatch } from "../../qa/match.ts";
import { callbackCodec } from "../../callback-data.ts";
import type { BotContext } from "../context.ts";
import { mainMenuKeyboard } from "../keyboards.ts";
import { deepLink, plainText, shareUrl } from "../plain-text.ts";
import { feedbackKeyboardRow } from "./feedback.ts";
import { sendDangerContacts } from "./sos.ts";

/** Opens one Q&A entry by id; works from any old message because it carries only the id. */
const entryData = callbackCodec("qa", ["id"]);

function replyKeyboard(ctx: BotContext, reply: QaReply, answeredId: string | null): InlineKeyboard {
  if (!answeredId && reply.buttons.length === 0) return mainMenuKeyboard(ctx);
  const keyboard = new InlineKeyboard();
  for (const button of reply.buttons) keyboard.text(button.label, entryData.pack({ id: button.entryId })).row();
  if (answeredId) {
    const entry = qaEntryById(answeredId);
    if (entry) {
      const link = deepLink(ctx.me.username, `answer_${entry.id}`);
      keyboard.url(ctx.t("lists.share"), shareUrl(link, plainText(ctx.t(entry.titleKey)))).row();
    }
    keyboard.add(...feedbackKeyboardRow(ctx.t, `qa-${answeredId}`));
  }
  return keyboard;
}

/**
 * Sends the scripted answer for a match: the entry, the nearest entries to choose from, or the menu. An emergency
 * answer is followed at once by the most likely contacts for the place the message names.
 */
export async function sendQaReply(ctx: BotContext, match: QaMatch, text: string | ReadText = ""): Promise<void> {
  const reply = composeQaReply(match, ctx.locale, ctx.deps.translator);
  await ctx.reply(reply.html, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: replyKeyboard(ctx, reply, match.answer),
  });
  if (reply.emergency) await sendDangerContacts(ctx, text);
  ctx.deps.store.stats.countQuestion(match.answer ?? (match.alternatives.length ? NEAREST_TOPICS : NO_ANSWER));
}

/** Opens one answer by id (deep links `?start=answer_<id>`, shared answers); an unknown id gets the menu. */
export async function openAnswer(ctx: BotContext, id?: string): Promise<unknown> {
  const entry = id ? qaEntryById(id) : undefined;
  if (!entry) return sendQaReply(ctx, { answer: null, confidence: 0, alternatives: [], emergency: false });
  return sendQaReply(ctx, {
    answer: entry.id,
    confidence: 1,
    alternatives: [...entry.related],
    emergency: Boolean(entry.emergencyFor),
  });
}

/** The buttons under Q&A replies: each opens its entry, with related entries offered below it. */
export const questionsFeature = new BotComposer<BotContext>();

questionsFeature.callbackQuery(entryData.filter, async (ctx) => {
  const entry = qaEntryById(entryData.unpack(ctx.callbackQuery.data)?.id ?? "");
  if (!entry) return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
  await ctx.answerCallbackQuery();
  return sendQaReply(ctx, {
    answer: entry.id,
    confidence: 1,
    alternatives: [...entry.related],
    emergency: Boolean(entry.emergencyFor),
  });
});
