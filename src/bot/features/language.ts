import { BotComposer } from "../composer.ts";
import { InlineKeyboard } from "grammy";
import { isLocale, LOCALES } from "../../i18n/locales.ts";
import { callbackCodec } from "../../callback-data.ts";
import type { BotContext } from "../context.ts";

const languageData = callbackCodec("lang", ["locale"]);

/** Shows the three languages as buttons, each labelled in its own language. */
export async function showLanguageMenu(ctx: BotContext): Promise<unknown> {
  const keyboard = InlineKeyboard.from(
    LOCALES.map((locale) => [
      InlineKeyboard.text(ctx.deps.translator.t(locale, "language.name"), languageData.pack({ locale })),
    ]),
  );
  return ctx.reply(ctx.t("language.choose"), { parse_mode: "HTML", reply_markup: keyboard });
}

/** /language: the choice is stored, so it survives restarts and overrides Telegram's language_code. */
export const languageFeature = new BotComposer<BotContext>();

languageFeature.command("language", showLanguageMenu);

languageFeature.callbackQuery(languageData.filter, async (ctx) => {
  const locale = languageData.unpack(ctx.callbackQuery.data)?.locale;
  if (!isLocale(locale) || !ctx.from) return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
  await ctx.deps.store.updateUser(ctx.from.id, { locale });
  ctx.locale = locale;
  await ctx.answerCallbackQuery({ text: ctx.t("language.changed") });
  return ctx.editMessageText(ctx.t("language.changed"), { parse_mode: "HTML" });
});
