import { Composer } from "grammy";
import { looksLikeOffer } from "../../check/index.ts";
import { detectDanger } from "../../qa/danger.ts";
import { matchQuestion } from "../../qa/match.ts";
import type { BotContext } from "../context.ts";
import { offerText } from "../offer-text.ts";
import { sendQaReply } from "./questions.ts";

/**
 * Routes what people type in a private chat: danger first (someone held, beaten, passport taken, ransom, gone
 * silent) gets the emergency answer before anything else; an offer gets its verdict; a question gets a scripted
 * answer or the nearest topics; anything else the menu.
 */
export function createFreeTextFeature(
  checkOffer: (ctx: BotContext, text: string) => Promise<void>,
): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature
    .chatType("private")
    .on(["message:text", "message:caption"])
    .filter(
      (ctx) => !ctx.msg.text?.startsWith("/"),
      async (ctx) => {
        const text = offerText(ctx.msg);
        const offerLike = looksLikeOffer(text);
        const match = matchQuestion(text);
        // In an offer, "hand your passport to the company" is a condition the verdict flags, not an event now.
        const emergency = match.emergency && !(offerLike && detectDanger(text).reason === "passport");
        if (!emergency && offerLike) return checkOffer(ctx, text);
        return sendQaReply(ctx, match, text);
      },
    );
  return feature;
}
