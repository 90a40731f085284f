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
import {
  choiceKey,
  askedWhoseCitizen,
  dangerChoice,
  nationalityChoices,
  sosCardWithAnswer,
  sosQuestionUnderAnswer,
  type Choice,
  type RenderedMessage,
} from "./sos.ts";
import { renderedOnce } from "../rendered-once.ts";
import { inReadersUsage } from "../hong-kong-reader.ts";
import { checkLines, emergencyContacts } from "../../sos/directory.ts";

/** Opens one Q&A entry by id; works from any old message because it carries only the id. */
const entryData = callbackCodec("qa", ["id"]);

/** The answer's buttons, after `asked`'s (the choices for the question that ends an emergency answer). */
function replyKeyboard(
  ctx: BotContext,
  reply: QaReply,
  answeredId: string | null,
  asked?: InlineKeyboard,
): InlineKeyboard {
  if (!answeredId && reply.buttons.length === 0 && !asked) return mainMenuKeyboard(ctx);
  const keyboard = asked ? asked.row() : new InlineKeyboard();
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
 * Answers by language, match and what is known of the person in danger, each with the person's card or the question for
 * what it lacks (one message: tests/sos/one-message.test.ts): a few hundred in all.
 */
const answerMessages = renderedOnce<RenderedMessage>(4096);

function answerMessage(ctx: BotContext, match: QaMatch, choice: Choice | undefined): RenderedMessage {
  const who = choice && choiceKey(ctx, choice);
  // Everything the reply is made of but the confidence, which no reply shows: a field added to QaMatch keys it too.
  const key = `${ctx.locale}|${ctx.me.username}|${JSON.stringify({ ...match, confidence: undefined })}|${who}`;
  return answerMessages(ctx.deps.translator, key, () => {
    // The asker's lines to check a scam or an agency, with no question and no card: nobody is in danger.
    if (match.answer && qaEntryById(match.answer)?.listsContacts === "check") {
      const lines = checkLines(choice?.nationality, nationalityChoices(ctx), ctx.locale, ctx.deps.translator);
      const reply = composeQaReply(match, ctx.locale, ctx.deps.translator, lines);
      return { text: reply.html, keyboard: replyKeyboard(ctx, reply, match.answer) };
    }
    const contacts = choice
      ? emergencyContacts(choice, ctx.locale, ctx.deps.translator, nationalityChoices(ctx))
      : undefined;
    const reply = composeQaReply(match, ctx.locale, ctx.deps.translator, contacts?.lines);
    if (!choice) return { text: reply.html, keyboard: replyKeyboard(ctx, reply, match.answer) };
    const asked = contacts?.cardFirst ? undefined : sosQuestionUnderAnswer(ctx, choice);
    if (asked) {
      return {
        text: `${reply.html}\n\n${asked.text}`,
        keyboard: replyKeyboard(ctx, reply, match.answer, asked.keyboard),
      };
    }
    // Nothing to ask: the card leads (their government's line and the local police), or, for "another country"
    // somewhere known, follows with the local lines.
    const card = sosCardWithAnswer(ctx, choice as Required<Choice>);
    return {
      text: contacts?.cardFirst ? `${card.text}\n\n${reply.html}` : `${reply.html}\n\n${card.text}`,
      keyboard: replyKeyboard(ctx, reply, match.answer, card.keyboard),
    };
  });
}

/**
 * Sends the scripted answer for a match: the entry, the nearest entries to choose from, or the menu. An emergency
 * answer comes with the contacts for the person (issue 12): when their nationality and country are known, their card
 * first (their government's line and the local police lead it) and then the answer; otherwise the answer, with their
 * government's lines if the nationality is known, ending with the question for what is missing and its choices as
 * buttons. One message each time, so the contacts are read with the answer and a choice is one tap. `lead` (HTML)
 * comes first: what a term asked about means, before the entry that tells more.
 */
export async function sendQaReply(
  ctx: BotContext,
  match: QaMatch,
  text: string | ReadText = "",
  lead?: string,
): Promise<void> {
  // An emergency answer, or one that lists whom to call, is fitted to the person (their nationality and country).
  const lists = match.answer === null ? undefined : qaEntryById(match.answer)?.listsContacts;
  const fitted = match.answer !== null && (match.emergency || lists !== undefined);
  const choice = fitted ? dangerChoice(ctx, text) : undefined;
  // Asked whose citizen under the answer: the next message may answer in words rather than with a button.
  if (choice && lists !== "check") askedWhoseCitizen(ctx, choice);
  const answer = answerMessage(ctx, match, choice);
  // The lead (what a term means) and the answer, in the reader's usage (Hong Kong's for a Hong Kong reader).
  const message = inReadersUsage(ctx, {
    ...answer,
    text: lead === undefined ? answer.text : `${lead}\n\n${answer.text}`,
  });
  await ctx.reply(message.text, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: message.keyboard,
  });
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
