import { describe, expect, it } from "vitest";
import { QA_ENTRIES } from "../../src/content/qa.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { answerText } from "../../src/qa/reply.ts";
import { COUNTRIES, emergencyContacts, NATIONALITIES, renderContacts, sosQuestion } from "../../src/sos/directory.ts";
import { MESSAGE_LIMIT } from "../../src/bot/split-message.ts";

/**
 * An emergency answer is sent as one message with the person's card or the question for what the card lacks
 * (src/bot/features/questions.ts). Telegram refuses a message over its limit, so every pairing of an emergency answer
 * with a card or a question, in every language, must fit: a card or an answer that grows past it fails here first.
 */
describe("an emergency answer and the person's contacts fit in one message", () => {
  const tr = loadTranslator();
  const emergencyEntries = QA_ENTRIES.filter((entry) => entry.emergencyFor);

  it.each(LOCALES)("in %s, for every nationality and country", (locale) => {
    expect(emergencyEntries.length).toBeGreaterThan(0);
    let longest = 0;
    for (const entry of emergencyEntries) {
      for (const nationality of NATIONALITIES) {
        for (const country of [...COUNTRIES, undefined]) {
          const contacts = emergencyContacts({ nationality, country }, locale, tr);
          const answer = answerText(entry, locale, tr, contacts.lines);
          const withIt = country
            ? renderContacts(nationality, country, locale, tr)
            : sosQuestion("country", locale, tr);
          longest = Math.max(longest, `${withIt}\n\n${answer}`.length);
        }
      }
      const unknown = `${answerText(entry, locale, tr)}\n\n${sosQuestion("nationality", locale, tr)}`;
      longest = Math.max(longest, unknown.length);
    }
    expect(longest).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });
});
