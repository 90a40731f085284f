import { BotComposer } from "../composer.ts";
import type { BotContext } from "../context.ts";

/**
 * The bot's membership of chats, kept true to Telegram: a chat that blocks or removes the bot is unsubscribed and
 * its group settings deleted; a group added to gets one short note for its admins; a group that becomes a supergroup
 * keeps its subscription and settings under the new id.
 */
export const membershipFeature = new BotComposer<BotContext>();

membershipFeature.on("my_chat_member", async (ctx) => {
  const { chat, new_chat_member: now, old_chat_member: before } = ctx.myChatMember;
  if (now.status === "kicked" || now.status === "left") {
    await ctx.deps.store.subscriptions.unsubscribe(chat.id, now.status);
    if (chat.type !== "private") await ctx.deps.store.forgetChat(chat.id);
    return;
  }
  const wasIn = ["member", "administrator", "creator"].includes(before.status);
  if (!wasIn && chat.type !== "private" && chat.type !== "channel")
    await ctx.reply(ctx.t("group.added"), { parse_mode: "HTML" });
});

membershipFeature.on("message:migrate_to_chat_id", async (ctx) => {
  await ctx.deps.store.migrateChat(ctx.chat.id, ctx.msg.migrate_to_chat_id);
});
