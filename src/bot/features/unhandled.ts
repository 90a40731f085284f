import { BotComposer } from "../composer.ts";
import type { BotContext } from "../context.ts";
import { mainMenuKeyboard } from "../keyboards.ts";

/**
 * The catch-all, mounted last. Private chats get a short polite pointer in the user's language; groups stay
 * quiet unless a command names this bot; edits, channel posts and other bots are ignored on purpose.
 */
export const unhandledFeature = new BotComposer<BotContext>();

unhandledFeature.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") }));

const privateMessages = unhandledFeature.chatType("private").on("message");
privateMessages.on("::bot_command", (ctx) => ctx.reply(ctx.t("unhandled.unknown_command"), { parse_mode: "HTML" }));
privateMessages.on(["message:text", "message:caption"], (ctx) =>
  ctx.reply(ctx.t("unhandled.text"), { parse_mode: "HTML", reply_markup: mainMenuKeyboard(ctx) }),
);
privateMessages.use((ctx) => ctx.reply(ctx.t("unhandled.media"), { parse_mode: "HTML" }));

const groupMessages = unhandledFeature.chatType(["group", "supergroup"]).on("message::bot_command");
groupMessages.filter(
  (ctx) => (ctx.msg.text ?? "").split(/\s/, 1)[0]?.toLowerCase().endsWith(`@${ctx.me.username.toLowerCase()}`) ?? false,
  (ctx) =>
    ctx.reply(ctx.t("unhandled.unknown_command"), {
      parse_mode: "HTML",
      reply_parameters: { message_id: ctx.msg.message_id },
    }),
);
