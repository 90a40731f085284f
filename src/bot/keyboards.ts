import { InlineKeyboard } from "grammy";
import { menuData, type Action } from "./actions.ts";
import type { BotContext } from "./context.ts";

const MAIN_MENU: Action[][] = [["check"], ["checklist", "sos"], ["subscribe", "language"]];

/** The main actions as buttons, in the user's language. */
export function mainMenuKeyboard(ctx: BotContext): InlineKeyboard {
  return InlineKeyboard.from(
    MAIN_MENU.map((row) =>
      row.map((action) => InlineKeyboard.text(ctx.t(`menu.${action}`), menuData.pack({ action }))),
    ),
  );
}
