import { BotComposer } from "../composer.ts";
import { InlineKeyboard } from "grammy";
import { callbackCodec } from "../../callback-data.ts";
import type { BotContext } from "../context.ts";
import { forgetTrips } from "./trip.ts";

const forgetData = callbackCodec("forget", ["answer"]);

/** /privacy says what is kept and why; /forget deletes everything about the user after a confirmation. */
export const privacyFeature = new BotComposer<BotContext>();

privacyFeature.command("privacy", (ctx) => ctx.reply(ctx.t("privacy.text"), { parse_mode: "HTML" }));

privacyFeature.command("forget", (ctx) =>
  ctx.reply(ctx.t("forget.confirm"), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard()
      .text(ctx.t("forget.yes"), forgetData.pack({ answer: "yes" }))
      .text(ctx.t("forget.no"), forgetData.pack({ answer: "no" })),
  }),
);

privacyFeature.callbackQuery(forgetData.filter, async (ctx) => {
  const answer = forgetData.unpack(ctx.callbackQuery.data)?.answer;
  await ctx.answerCallbackQuery();
  if (answer !== "yes" || !ctx.from) return ctx.editMessageText(ctx.t("forget.cancelled"), { parse_mode: "HTML" });
  // Their trip is erased and its contacts told; where they were someone's contact, the traveller is told.
  await forgetTrips(ctx, ctx.from.id);
  await ctx.deps.store.forgetUser(ctx.from.id);
  return ctx.editMessageText(ctx.t("forget.done"), { parse_mode: "HTML" });
});
