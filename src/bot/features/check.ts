import { BotComposer } from "../composer.ts";
import { InlineKeyboard, type Api, type Composer, type Middleware } from "grammy";
import type { InlineKeyboardButton, Message } from "grammy/types";
import { checkOffer, formatVerdict, formatVerdictCard, looksLikeOffer, type Verdict } from "../../check/index.ts";
import type { Locale } from "../../i18n/locales.ts";
import { menuData, openData, type ActionHandler } from "../actions.ts";
import { BurstCollector } from "../burst.ts";
import type { BotContext, Deps } from "../context.ts";
import { feedbackKeyboardRow } from "./feedback.ts";
import { isForwarded, offerText } from "../offer-text.ts";
import { deepLink, plainText, shareUrl } from "../plain-text.ts";
import { splitMessage } from "../split-message.ts";
import { nextUpdatePrompts } from "../next-update-prompt.ts";
import { ReadText } from "../../text/read-text.ts";
import { writersOwnNationality } from "../../sos/nationality.ts";
import { toHongKongWording } from "../../i18n/hong-kong.ts";
import { readsHongKongUsage } from "../hong-kong-reader.ts";

type Translate = (key: string) => string;

interface BurstPart {
  text: string;
  locale: Locale;
  chatId: number;
  replyTo: number;
  /** For the share link's deep link back to the bot. */
  botUsername: string;
  /**
   * A Hong Kong reader of Traditional Chinese (`readsHongKongUsage`): the verdict in Hong Kong usage, as the answers,
   * and pay converted into 港元.
   */
  hongKong?: boolean;
}

export interface CheckFeature {
  feature: Composer<BotContext>;
  openCheck: ActionHandler;
  /** Checks a message now and answers in the current chat, replying to the current message. */
  checkText(ctx: BotContext, text: ReadText): Promise<void>;
  /** Whether the bot's last word in this chat asked for an offer (/check, the menu's button): once per prompt. */
  takeOfferPrompt(ctx: BotContext): boolean;
  /** Counts each chat's updates after a prompt for an offer: installed first, so that any other step ends it. */
  watchOfferPrompts: Middleware<BotContext>;
  /** Answers bursts still being gathered (shutdown, tests). */
  flush(): Promise<void>;
}

/** How long after the bot asked for an offer the chat's next message is taken to be it. */
const OFFER_PROMPT_WINDOW_MS = 10 * 60 * 1000;
/** Chats whose last prompt for an offer is kept. */
const MAX_CHATS_PROMPTED = 10_000;

/** Feedback on a verdict is counted by level and by its leading red flag, so editors see which rule misleads. */
function feedbackTarget(verdict: Verdict): string {
  const lead = verdict.flags[0]?.id;
  return lead ? `v-${verdict.level}-${lead}` : `v-${verdict.level}`;
}

function verdictKeyboard(tr: Translate, verdict: Verdict, card: string, botUsername: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(tr("offer.button.checklist"), menuData.pack({ action: "checklist" }))
    .text(tr("offer.button.verify"), openData.pack({ action: "checklist", arg: "verify" }))
    .row()
    .text(tr("offer.button.sos"), menuData.pack({ action: "sos" }))
    .text(tr("offer.button.subscribe"), menuData.pack({ action: "subscribe" }))
    .row()
    .text(tr("offer.button.trip"), menuData.pack({ action: "trip" }))
    .row()
    .url(tr("lists.share"), shareUrl(deepLink(botUsername, "check"), plainText(card)))
    .row()
    .add(...feedbackKeyboardRow(tr, feedbackTarget(verdict)));
}

/** Where a verdict goes: the chat, the message it answers, in whose language. */
export type VerdictTarget = Omit<BurstPart, "text">;

export interface VerdictExtras {
  /** A paragraph above the verdict (a picture's verdict says the text was read from it). */
  intro?: string;
  /** Buttons above the usual ones. */
  firstRow?: InlineKeyboardButton[];
  /** A message of the bot's ("reading the picture…") that becomes the verdict's first part. */
  replacing?: number;
  /**
   * The writer's own words (the pasted text, a picture's caption, not the picture's): where they say their nationality,
   * their government's agency register ends the advice.
   */
  writersWords?: string | ReadText;
}

/**
 * Answers with the graded verdict, and counts it. Offer texts are never stored: only anonymous counters of levels
 * and flags (for /stats).
 */
export async function sendVerdict(
  api: Api,
  deps: Deps,
  target: VerdictTarget,
  verdict: Verdict,
  extras: VerdictExtras = {},
): Promise<void> {
  // A Hong Kong reader reads the verdict in the usage the answer under it is in (chat review #36).
  const usage = target.hongKong ? toHongKongWording : (text: string) => text;
  const tr: Translate = (key) => usage(deps.translator.t(target.locale, key));
  const card = usage(formatVerdictCard(verdict, target.locale, deps.translator));
  const writer = extras.writersWords === undefined ? undefined : writersOwnNationality(extras.writersWords);
  const verdictText = usage(
    formatVerdict(verdict, target.locale, deps.translator, writer, {
      hongKong: target.hongKong === true || writer === "hk",
    }),
  );
  const chunks = splitMessage(extras.intro ? `${usage(extras.intro)}\n\n${verdictText}` : verdictText);
  for (const [i, chunk] of chunks.entries()) {
    // The buttons go under the last part only.
    const keyboard = i === chunks.length - 1 ? verdictKeyboard(tr, verdict, card, target.botUsername) : undefined;
    const markup = keyboard
      ? {
          reply_markup: extras.firstRow
            ? InlineKeyboard.from([
                extras.firstRow.map((button) => ({ ...button, text: usage(button.text) })),
                ...keyboard.inline_keyboard,
              ])
            : keyboard,
        }
      : {};
    const options = { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...markup } as const;
    if (i === 0 && extras.replacing !== undefined) {
      await api.editMessageText(target.chatId, extras.replacing, chunk, options);
      continue;
    }
    await api.sendMessage(target.chatId, chunk, {
      ...options,
      ...(i === 0 ? { reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true } } : {}),
    });
  }
  deps.store.stats.countCheck(
    verdict.level,
    verdict.flags.map((flag) => flag.id),
  );
}

/** Checks a job offer and answers with the graded verdict. */
const answerVerdict = (api: Api, deps: Deps, target: VerdictTarget, text: ReadText): Promise<void> =>
  sendVerdict(api, deps, target, checkOffer(text), { writersWords: text });

export function createCheckFeature(options: { burstWindowMs: number; api: () => Api; deps: Deps }): CheckFeature {
  const bursts = new BurstCollector<BurstPart>(options.burstWindowMs, async (_key, parts) => {
    const first = parts[0]!;
    const text = new ReadText(
      parts
        .map((part) => part.text)
        .filter(Boolean)
        .join("\n\n"),
    );
    try {
      if (looksLikeOffer(text)) await answerVerdict(options.api(), options.deps, first, text);
      else {
        await options.api().sendMessage(first.chatId, options.deps.translator.t(first.locale, "offer.not_offer"), {
          parse_mode: "HTML",
        });
      }
    } catch (error) {
      options.deps.logger.error({ err: error, chat_id: first.chatId }, "could not answer a forwarded offer");
    }
  });

  const checkNow = (ctx: BotContext, message: Message | undefined, text: ReadText) =>
    answerVerdict(
      ctx.api,
      ctx.deps,
      {
        locale: ctx.locale,
        chatId: ctx.chat!.id,
        replyTo: message?.message_id ?? 0,
        botUsername: ctx.me.username,
        hongKong: readsHongKongUsage(ctx),
      },
      text,
    );

  // The very next message after a prompt for an offer is that offer (a fraud's own words may carry too few signs to
  // read as one unasked); after /sos, a picture or a button, the prompt is over.
  const prompts = nextUpdatePrompts<true>(OFFER_PROMPT_WINDOW_MS, MAX_CHATS_PROMPTED);
  const openCheck: ActionHandler = (ctx) => {
    prompts.ask(ctx, true);
    return ctx.reply(ctx.t("offer.prompt"), { parse_mode: "HTML" });
  };
  const takeOfferPrompt = (ctx: BotContext): boolean => prompts.take(ctx) === true;

  const feature = new BotComposer<BotContext>();

  // /check as a reply checks the replied message (the way to use it in groups); /check <text> checks the text.
  feature.command("check", async (ctx) => {
    const replied = ctx.msg.reply_to_message;
    const text = replied ? offerText(replied) : ctx.match.trim();
    if (!text) return openCheck(ctx);
    return checkNow(ctx, replied ?? ctx.msg, new ReadText(text));
  });

  // Album items after the first usually have no caption: they only keep the album's burst open.
  feature
    .chatType("private")
    .on("message")
    .filter(
      (ctx) => ctx.msg.media_group_id !== undefined && !ctx.msg.caption,
      (ctx) =>
        bursts.add(String(ctx.chat.id), {
          text: "",
          locale: ctx.locale,
          chatId: ctx.chat.id,
          replyTo: ctx.msg.message_id,
          botUsername: ctx.me.username,
          hongKong: readsHongKongUsage(ctx),
        }),
    );

  // Forwarded messages are gathered into one case; what people type themselves goes through the free-text router.
  feature
    .chatType("private")
    .on(["message:text", "message:caption"])
    .filter(
      (ctx) => isForwarded(ctx.msg) || ctx.msg.media_group_id !== undefined,
      (ctx) =>
        bursts.add(String(ctx.chat.id), {
          text: offerText(ctx.msg),
          locale: ctx.locale,
          chatId: ctx.chat.id,
          replyTo: ctx.msg.message_id,
          botUsername: ctx.me.username,
          hongKong: readsHongKongUsage(ctx),
        }),
    );

  return {
    feature,
    openCheck,
    checkText: (ctx, text) => checkNow(ctx, ctx.msg, text),
    takeOfferPrompt,
    watchOfferPrompts: prompts.watch,
    flush: () => bursts.flush(),
  };
}
