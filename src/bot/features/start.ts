import { BotComposer } from "../composer.ts";
import type { Composer } from "grammy";
import { isAction, menuData, openData, parseStartPayload, type ActionHandlers } from "../actions.ts";
import type { BotContext } from "../context.ts";
import { mainMenuKeyboard } from "../keyboards.ts";

/** /start with its deep-link payloads, and the main-menu buttons that open each action. */
export function createStartFeature(actions: ActionHandlers): Composer<BotContext> {
  const feature = new BotComposer<BotContext>();

  feature.command("start", async (ctx) => {
    const target = parseStartPayload(ctx.match);
    if (target) return actions[target.action](ctx, target.arg);
    return ctx.reply(ctx.t("start.welcome", { name: ctx.from?.first_name ?? "" }), {
      parse_mode: "HTML",
      reply_markup: mainMenuKeyboard(ctx),
    });
  });

  feature.callbackQuery([menuData.filter, openData.filter], async (ctx) => {
    const data = ctx.callbackQuery.data;
    const target: { action: string; arg?: string } | undefined = menuData.unpack(data) ?? openData.unpack(data);
    if (!target || !isAction(target.action)) return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
    await ctx.answerCallbackQuery();
    return actions[target.action](ctx, target.arg);
  });

  return feature;
}
