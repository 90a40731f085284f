import type { Api } from "grammy";
import type { BotCommand, LanguageCode } from "grammy/types";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import type { Translator } from "../i18n/translator.ts";

/**
 * The one declaration of JobSafe's public commands: menus, /help and descriptions are derived from it.
 * Each command's menu text is `commands.<command>` in locales/.
 */
export const PUBLIC_COMMANDS = [
  "start",
  "check",
  "checklist",
  "family",
  "sos",
  "trip",
  "ok",
  "subscribe",
  "unsubscribe",
  "report",
  "language",
  "help",
  "privacy",
  "forget",
] as const;
export type PublicCommand = (typeof PUBLIC_COMMANDS)[number];

/** What group admins see in a group's menu. */
export const GROUP_ADMIN_COMMANDS = ["check", "groupsettings", "leave"] as const;

export function commandMenu(
  locale: Locale,
  tr: Translator,
  commands: readonly string[] = PUBLIC_COMMANDS,
): BotCommand[] {
  return commands.map((command) => ({ command, description: tr.t(locale, `commands.${command}`) }));
}

/**
 * Telegram targets menus by two-letter language code only, so English is the default menu and "zh" gets
 * Simplified Chinese; Traditional Chinese users see the Simplified menu (their replies are still Traditional).
 */
const MENU_LANGUAGE: Record<Locale, LanguageCode | undefined> = {
  en: undefined,
  "zh-hans": "zh",
  "zh-hant": undefined,
};

/** Registers command menus and bot descriptions per language (setMyCommands, setMyDescription, setMyShortDescription). */
export async function registerCommandsAndDescriptions(api: Api, tr: Translator): Promise<void> {
  for (const locale of LOCALES) {
    if (locale !== "en" && MENU_LANGUAGE[locale] === undefined) continue;
    const language = MENU_LANGUAGE[locale];
    const options = language ? { language_code: language } : {};
    await api.setMyCommands(commandMenu(locale, tr), { ...options, scope: { type: "all_private_chats" } });
    await api.setMyCommands(commandMenu(locale, tr, GROUP_ADMIN_COMMANDS), {
      ...options,
      scope: { type: "all_chat_administrators" },
    });
    await api.setMyDescription(tr.t(locale, "bot.description"), options);
    await api.setMyShortDescription(tr.t(locale, "bot.short_description"), options);
  }
}
