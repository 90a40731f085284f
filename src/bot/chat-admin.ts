import type { BotContext } from "./context.ts";

/**
 * Whether the sender may change this group's settings: its creator or an administrator, checked with Telegram
 * each time (rights change), or an admin posting anonymously as the group itself.
 */
export async function isChatAdmin(ctx: BotContext): Promise<boolean> {
  if (!ctx.chat || ctx.chat.type === "private") return false;
  if (ctx.msg?.sender_chat?.id === ctx.chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.api.getChatMember(ctx.chat.id, ctx.from.id);
  return member.status === "creator" || member.status === "administrator";
}
