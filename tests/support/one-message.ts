import { afterEach } from "vitest";
import { qaEntryById } from "../../src/content/qa.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { answerText } from "../../src/qa/reply.ts";
import { createTestBot, translator, type TestBot } from "./test-bot.ts";

/**
 * For test files whose every case is one message from a new user to a fresh bot: returns `replyTo`, which builds the
 * bot, sends `text` from a user of `languageCode` and gives back every message the bot sent, in order. Each bot is
 * closed after its test (the hook is registered by this call, so call it at the top of the file).
 */
export function oneMessageReplies(): (languageCode: string, text: string) => Promise<string[]> {
  let testBot: TestBot | undefined;
  afterEach(async () => {
    await testBot?.close();
    testBot = undefined;
  });
  return async (languageCode, text) => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(text);
    return user.messages();
  };
}

/** The first line of a Q&A entry's answer in `locale`: how a reply is known to be that answer. */
export const entryHeadline = (id: string, locale: Locale): string =>
  answerText(qaEntryById(id)!, locale, translator).split("\n")[0]!;

/** The offer check's headline for `level` in `locale`. */
export const verdictHeadline = (level: "high" | "warning" | "low", locale: Locale): string =>
  translator.t(locale, `check.level.${level}.headline`);

/** Contacts in a reply: a phone number in any of its written forms. */
export const PHONE_NUMBER = /\+?\d[\d\s()-]{2,}\d/;
