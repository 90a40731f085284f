import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

/** Answers honestly that an action is not built yet, instead of showing a made-up result. */
export async function comingSoon(ctx: BotContext): Promise<unknown> {
  return ctx.reply(ctx.t("common.coming_soon"), { parse_mode: "HTML" });
}

/** Commands of features that are announced in the menu but not built yet. */
export function createComingSoonFeature(commands: readonly string[]): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  if (commands.length > 0) feature.command([...commands], comingSoon);
  return feature;
}
