import { BotComposer } from "../composer.ts";
import { PUBLIC_COMMANDS } from "../commands.ts";
import type { BotContext } from "../context.ts";

/** Lists the commands with their menu descriptions, derived from the one command declaration. */
export async function showHelp(ctx: BotContext): Promise<unknown> {
  const lines = PUBLIC_COMMANDS.map((command) => `/${command} — ${ctx.t(`commands.${command}`)}`);
  return ctx.reply(`${ctx.t("help.intro")}\n\n${lines.join("\n")}\n\n${ctx.t("help.outro")}`, { parse_mode: "HTML" });
}

export const helpFeature = new BotComposer<BotContext>();
helpFeature.command("help", showHelp);
