import { BotComposer } from "../composer.ts";
import { InlineKeyboard, type Composer } from "grammy";
import { checkOffer, formatVerdict, formatVerdictCard } from "../../check/index.ts";
import { callbackCodec } from "../../callback-data.ts";
import { adminsOnly } from "../admins-only.ts";
import type { BotContext } from "../context.ts";
import { offerText } from "../offer-text.ts";

const settingsData = callbackCodec("gs", ["autowarn"]);
const fullCheckData = callbackCodec("gw", []);

/** Auto-warn reads only messages long enough to be an offer, and warns a group at most once per cool-down. */
export interface GroupOptions {
  minOfferChars: number;
  coolDownMs: number;
}

export const DEFAULT_GROUP_OPTIONS: GroupOptions = { minOfferChars: 30, coolDownMs: 60_000 };

function settingsKeyboard(ctx: BotContext, autoWarn: boolean): InlineKeyboard {
  return new InlineKeyboard().text(
    ctx.t(autoWarn ? "group.autowarn_turn_off" : "group.autowarn_turn_on"),
    settingsData.pack({ autowarn: autoWarn ? "off" : "on" }),
  );
}

/**
 * Group mode: quiet by default. Admins manage settings (/groupsettings) and can make the bot leave (/leave); when
 * an admin turns auto-warn on, a high-risk job lure gets one short warning under it, with the full check a tap away.
 */
export function createGroupFeature(options: GroupOptions = DEFAULT_GROUP_OPTIONS): Composer<BotContext> {
  const lastWarning = new Map<number, number>();
  const feature = new BotComposer<BotContext>();
  const groups = feature.chatType(["group", "supergroup"]);

  groups.command(
    "groupsettings",
    adminsOnly(async (ctx) => {
      const settings = await ctx.deps.store.getChat(ctx.chat.id);
      const autoWarn = settings?.autoWarn ?? false;
      return ctx.reply(ctx.t(autoWarn ? "group.settings_on" : "group.settings_off"), {
        parse_mode: "HTML",
        reply_markup: settingsKeyboard(ctx, autoWarn),
      });
    }),
  );

  groups.callbackQuery(
    settingsData.filter,
    adminsOnly(async (ctx) => {
      const autoWarn = settingsData.unpack(ctx.callbackQuery.data)?.autowarn === "on";
      await ctx.deps.store.updateChat(ctx.chat.id, { autoWarn, locale: ctx.locale });
      await ctx.answerCallbackQuery();
      // Auto-warn can only see messages when privacy mode is off or the bot is an admin: say so to the admin.
      const canRead = ctx.me.can_read_all_group_messages || (await isBotAdmin(ctx));
      const note = autoWarn && !canRead ? `\n\n${ctx.t("group.needs_rights")}` : "";
      return ctx.editMessageText(ctx.t(autoWarn ? "group.settings_on" : "group.settings_off") + note, {
        parse_mode: "HTML",
        reply_markup: settingsKeyboard(ctx, autoWarn),
      });
    }),
  );

  groups.command(
    "leave",
    adminsOnly(async (ctx) => {
      await ctx.reply(ctx.t("group.goodbye"));
      await ctx.deps.store.forgetChat(ctx.chat.id);
      return ctx.leaveChat();
    }),
  );

  // The full check for the lure a warning sits under: the warning replies to it, so no state is needed.
  groups.callbackQuery(fullCheckData.filter, async (ctx) => {
    const lure = ctx.callbackQuery.message?.reply_to_message;
    const text = lure ? offerText(lure) : "";
    if (!text) return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
    await ctx.answerCallbackQuery();
    return ctx.reply(formatVerdict(checkOffer(text), ctx.locale, ctx.deps.translator), {
      parse_mode: "HTML",
      reply_parameters: { message_id: lure!.message_id, allow_sending_without_reply: true },
      link_preview_options: { is_disabled: true },
    });
  });

  groups.on(["message:text", "message:caption"]).filter(
    (ctx) => !(ctx.msg.text ?? "").startsWith("/") && offerText(ctx.msg).length >= options.minOfferChars,
    async (ctx, next) => {
      const settings = await ctx.deps.store.getChat(ctx.chat.id);
      if (!settings?.autoWarn) return next();
      const verdict = checkOffer(offerText(ctx.msg));
      const now = ctx.deps.now().getTime();
      if (verdict.level !== "high" || now - (lastWarning.get(ctx.chat.id) ?? -Infinity) < options.coolDownMs)
        return next();
      lastWarning.set(ctx.chat.id, now);
      const locale = settings.locale ?? ctx.locale;
      await ctx.reply(
        `${formatVerdictCard(verdict, locale, ctx.deps.translator)}\n\n${ctx.deps.translator.t(locale, "group.warning_footer")}`,
        {
          parse_mode: "HTML",
          reply_parameters: { message_id: ctx.msg.message_id },
          reply_markup: new InlineKeyboard().text(
            ctx.deps.translator.t(locale, "group.full_check"),
            fullCheckData.pack({}),
          ),
        },
      );
      ctx.deps.store.stats.countGroupWarning();
    },
  );

  return feature;
}

async function isBotAdmin(ctx: BotContext): Promise<boolean> {
  const member = await ctx.api.getChatMember(ctx.chat!.id, ctx.me.id);
  return member.status === "administrator";
}
