import type { BotContext } from "./context.ts";

/**
 * Whether the sender may change this chat's settings: anyone in their own private chat; in a group its creator or an
 * administrator, checked with Telegram each time (rights change), or an admin posting anonymously as the group itself.
 */
export async function mayManageChat(ctx: BotContext): Promise<boolean> {
  if (!ctx.chat) return false;
  if (ctx.chat.type === "private") return true;
  if (ctx.msg?.sender_chat?.id === ctx.chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.api.getChatMember(ctx.chat.id, ctx.from.id);
  return member.status === "creator" || member.status === "administrator";
}

/**
 * A handler that runs only for those who may manage the chat (`mayManageChat`). Anyone else is told that only admins
 * may: in an alert when they pressed a button, in a reply under their command otherwise.
 */
export function adminsOnly<C extends BotContext>(handler: (ctx: C) => unknown): (ctx: C) => Promise<unknown> {
  return async (ctx) => {
    if (await mayManageChat(ctx)) return handler(ctx);
    if (ctx.callbackQuery) return ctx.answerCallbackQuery({ text: ctx.t("group.admins_only"), show_alert: true });
    return ctx.reply(ctx.t("group.admins_only"), {
      ...(ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id } } : {}),
    });
  };
}
