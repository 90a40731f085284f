/**
 * A question the bot asked a private chat that the chat's very next update answers in words, within a time window:
 * after /check the next message is the offer, after "whose citizen?" a typed "中国" is the answer. Any other update
 * first (a button, a command, a picture) ends it. Kept in memory per chat, at most `maxChats` chats.
 */
import type { MiddlewareFn } from "grammy";
import { RecentMap } from "../recent-map.ts";
import type { BotContext } from "./context.ts";

export interface NextUpdatePrompts<T> {
  /** Counts each update of a prompted chat: register before every feature. */
  watch: MiddlewareFn<BotContext>;
  /** Notes that this private chat was just asked, with what the answer needs to know. */
  ask(ctx: BotContext, value: T): void;
  /** What was noted, when the chat was asked by the update just before this one and in time; the prompt is over. */
  take(ctx: BotContext): T | undefined;
}

export function nextUpdatePrompts<T>(windowMs: number, maxChats: number): NextUpdatePrompts<T> {
  const prompts = new RecentMap<number, { value: T; at: number; updatesSince: number }>(maxChats);
  return {
    watch: async (ctx, next) => {
      const prompt = ctx.chat === undefined ? undefined : prompts.get(ctx.chat.id);
      if (prompt) prompt.updatesSince++;
      await next();
    },
    ask(ctx, value) {
      if (ctx.chat?.type === "private")
        prompts.set(ctx.chat.id, { value, at: ctx.deps.now().getTime(), updatesSince: 0 });
    },
    take(ctx) {
      const prompt = ctx.chat === undefined ? undefined : prompts.get(ctx.chat.id);
      if (prompt === undefined) return undefined;
      prompts.delete(ctx.chat!.id);
      const answersIt = prompt.updatesSince === 1 && ctx.deps.now().getTime() - prompt.at <= windowMs;
      return answersIt ? prompt.value : undefined;
    },
  };
}
