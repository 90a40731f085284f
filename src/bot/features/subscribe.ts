import { BotComposer } from "../composer.ts";
import { InlineKeyboard } from "grammy";
import { FREQUENCIES, type Frequency, type Subscription, type ChatKind } from "../../broadcast/subscription.ts";
import { WARNING_TOPICS, warningTopicKey, type WarningTopic } from "../../content/warnings.ts";
import { isLocale, LOCALES } from "../../i18n/locales.ts";
import { callbackCodec } from "../../callback-data.ts";
import { adminsOnly, mayManageChat } from "../admins-only.ts";
import type { BotContext } from "../context.ts";

/** `action` is on | freq | lang | topic | off; `value` its argument. Buttons carry the choice, not session state. */
const subData = callbackCodec("sub", ["action", "value"]);
const CHECK = "✓ ";

function settingsText(ctx: BotContext, sub: Subscription): string {
  const topics =
    sub.topics.length === 0
      ? ctx.t("subscribe.all_topics")
      : sub.topics.map((topic) => ctx.t(warningTopicKey(topic))).join(ctx.t("lists.separator"));
  return ctx.t("subscribe.settings", {
    frequency: ctx.t(`subscribe.frequency.${sub.frequency}`),
    language: ctx.deps.translator.t(sub.locale, "language.name"),
    topics,
  });
}

function settingsKeyboard(ctx: BotContext, sub: Subscription): InlineKeyboard {
  const mark = (on: boolean, label: string) => (on ? CHECK + label : label);
  const keyboard = new InlineKeyboard();
  for (const frequency of FREQUENCIES) {
    keyboard.text(
      mark(sub.frequency === frequency, ctx.t(`subscribe.frequency.${frequency}`)),
      subData.pack({ action: "freq", value: frequency }),
    );
  }
  keyboard.row();
  for (const locale of LOCALES) {
    keyboard.text(
      mark(sub.locale === locale, ctx.deps.translator.t(locale, "language.name")),
      subData.pack({ action: "lang", value: locale }),
    );
  }
  keyboard.row();
  WARNING_TOPICS.filter((topic) => topic !== "general").forEach((topic, i) => {
    keyboard.text(
      mark(sub.topics.includes(topic), ctx.t(warningTopicKey(topic))),
      subData.pack({ action: "topic", value: topic }),
    );
    if (i % 3 === 2) keyboard.row();
  });
  keyboard.row().text(ctx.t("subscribe.unsubscribe_button"), subData.pack({ action: "off", value: "-" }));
  return keyboard;
}

function offerKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("subscribe.subscribe_weekly"), subData.pack({ action: "on", value: "weekly" }))
    .text(ctx.t("subscribe.subscribe_daily"), subData.pack({ action: "on", value: "daily" }));
}

/**
 * /subscribe, the menu's "warnings" button and /settings: the current settings, or the opt-in offer. In groups only
 * admins may (the menu answered the button already, so a refusal is a message, not an alert).
 */
export async function openSubscription(ctx: BotContext): Promise<unknown> {
  if (!ctx.chat) return;
  if (!(await mayManageChat(ctx))) return ctx.reply(ctx.t("group.admins_only"));
  const sub = await ctx.deps.store.subscriptions.get(ctx.chat.id);
  if (sub) return ctx.reply(settingsText(ctx, sub), { parse_mode: "HTML", reply_markup: settingsKeyboard(ctx, sub) });
  return ctx.reply(ctx.t("subscribe.offer"), { parse_mode: "HTML", reply_markup: offerKeyboard(ctx) });
}

function toggled(topics: readonly WarningTopic[], topic: WarningTopic): WarningTopic[] {
  return topics.includes(topic) ? topics.filter((t) => t !== topic) : [...topics, topic];
}

/**
 * Subscriptions to the periodic warnings: opt-in only, language, frequency and destinations by buttons, one tap to
 * stop. Leaving a chat and a group becoming a supergroup are the membership feature's.
 */
export const subscribeFeature = new BotComposer<BotContext>();

subscribeFeature.command(["subscribe", "settings"], openSubscription);

subscribeFeature.command(
  "unsubscribe",
  adminsOnly(async (ctx) => {
    const existing = await ctx.deps.store.subscriptions.get(ctx.chat.id);
    await ctx.deps.store.subscriptions.unsubscribe(ctx.chat.id, "user");
    return ctx.reply(ctx.t(existing ? "subscribe.unsubscribed" : "subscribe.not_subscribed"), {
      parse_mode: "HTML",
      reply_markup: offerKeyboard(ctx),
    });
  }),
);

subscribeFeature.callbackQuery(
  subData.filter,
  adminsOnly(async (ctx) => {
    const data = subData.unpack(ctx.callbackQuery.data);
    const chat = ctx.chat;
    if (!data || !chat) return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
    const { subscriptions } = ctx.deps.store;
    const current = await subscriptions.get(chat.id);

    if (data.action === "off") {
      await subscriptions.unsubscribe(chat.id, "user");
      await ctx.answerCallbackQuery();
      return ctx.editMessageText(ctx.t("subscribe.unsubscribed"), {
        parse_mode: "HTML",
        reply_markup: offerKeyboard(ctx),
      });
    }

    let next: Subscription | undefined;
    if (data.action === "on" && (FREQUENCIES as readonly string[]).includes(data.value)) {
      next = {
        chatId: chat.id,
        locale: current?.locale ?? ctx.locale,
        frequency: data.value as Frequency,
        topics: current?.topics ?? [],
        kind: chat.type as ChatKind,
        since: current?.since ?? ctx.deps.now().toISOString(),
        sentWarningIds: current?.sentWarningIds ?? [],
      };
    } else if (current && data.action === "freq" && (FREQUENCIES as readonly string[]).includes(data.value)) {
      next = { ...current, frequency: data.value as Frequency };
    } else if (current && data.action === "lang" && isLocale(data.value)) {
      next = { ...current, locale: data.value };
    } else if (current && data.action === "topic" && (WARNING_TOPICS as readonly string[]).includes(data.value)) {
      next = { ...current, topics: toggled(current.topics, data.value as WarningTopic) };
    }
    if (!next) return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
    await subscriptions.subscribe(next);
    await ctx.answerCallbackQuery({ text: ctx.t(current ? "subscribe.saved" : "subscribe.subscribed") });
    return ctx.editMessageText(settingsText(ctx, next), {
      parse_mode: "HTML",
      reply_markup: settingsKeyboard(ctx, next),
    });
  }),
);
