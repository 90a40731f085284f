import { afterEach, describe, expect, it } from "vitest";
import type { InlineQueryResultArticle } from "grammy/types";
import { checkOffer, formatVerdictCard } from "../../src/check/index.ts";
import { checklistIds, checklistTitle, renderChecklist } from "../../src/content/checklists.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";
import { createTestBot, LANGUAGE_CASES, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

async function ask(bot: TestBot, languageCode: string, query: string) {
  const from = { id: 99, is_bot: false, first_name: "In", language_code: languageCode };
  await bot.handle(bot.updates.raw({ inline_query: { id: "q1", from, query, offset: "" } }));
  const call = bot.api.calls.find((c) => c.method === "answerInlineQuery");
  return { results: call?.payload.results as InlineQueryResultArticle[], payload: call?.payload };
}

const messageText = (result: InlineQueryResultArticle | undefined) =>
  (result?.input_message_content as { message_text: string }).message_text;

describe.each(LANGUAGE_CASES)("inline mode in $locale", ({ locale, languageCode }) => {
  it("with no text offers every checklist as a shareable card", async () => {
    testBot = await createTestBot();
    const { results, payload } = await ask(testBot, languageCode, "");
    expect(results.map((r) => r.title)).toEqual(
      checklistIds.map((id) => checklistTitle(id, locale, testBot!.translator)),
    );
    expect(messageText(results[0])).toBe(
      renderChecklist(checklistIds[0]!, locale, testBot.translator, { botUsername: "JobSafeBot" }),
    );
    expect(payload?.is_personal).toBe(true);
  });

  it("with an offer offers a quick verdict card linking to the full check", async () => {
    testBot = await createTestBot();
    const offer = "缅甸妙瓦底招聘客服月薪3万包机票，到了护照交公司保管";
    const { results } = await ask(testBot, languageCode, offer);
    // Typed in Chinese, the card is in Chinese whatever Telegram's language (unless one was chosen with /language).
    const cardLocale = locale === "en" ? "zh-hans" : locale;
    const card = formatVerdictCard(checkOffer(offer), cardLocale, testBot.translator);
    expect(results[0]?.title).toBe(parseTelegramHtml(card.split("\n")[0]!).text);
    expect(messageText(results[0])).toContain(card);
    expect(messageText(results[0])).toContain("https://t.me/JobSafeBot?start=check");
    expect(() => parseTelegramHtml(messageText(results[0]))).not.toThrow();
  });
});
