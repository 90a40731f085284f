import { afterEach, describe, expect, it } from "vitest";
import { createTestBot, type TestBot } from "../support/test-bot.ts";
import type { Locale } from "../../src/i18n/locales.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

/** What the bot sends back to each of `texts`, sent one after another by a user of `languageCode`. */
async function conversation(languageCode: string, texts: readonly string[]): Promise<string[]> {
  testBot = await createTestBot();
  const user = testBot.user(languageCode);
  const replies: string[] = [];
  for (const text of texts) {
    const before = user.messages().length;
    await user.send(text);
    replies.push(user.messages().slice(before).join("\n"));
  }
  return replies;
}

const verdictHeadlines = (locale: Locale): string[] =>
  (["high", "warning", "low"] as const).map((level) => testBot!.translator.t(locale, `check.level.${level}.headline`));
const isVerdict = (reply: string, locale: Locale): boolean =>
  verdictHeadlines(locale).some((headline) => reply.includes(headline));

/**
 * After /check asks for an offer, the next message is that offer: a task scam's own words carry too few of a job
 * ad's signs to read as an offer unasked, and got topic buttons instead of the verdict (chat review, session 19).
 */
describe("the message right after /check is checked as the offer asked for", () => {
  const cases = [
    {
      languageCode: "en",
      locale: "en",
      offer:
        "Work from home! Like videos on YouTube and earn Rs 300 per like. Pay Rs 1500 activation fee first. WhatsApp me",
    },
    {
      languageCode: "zh-hans",
      locale: "zh-hans",
      offer: "在家点赞视频就能赚钱，每单佣金30元，先交199元会员费开通账号，加我微信",
    },
    {
      languageCode: "zh-tw",
      locale: "zh-hant",
      offer: "在家幫影片按讚就能賺錢，每單佣金30元，先繳199元會員費開通帳號，加我LINE",
    },
  ] as const;

  it.each(cases)("$offer", async ({ languageCode, locale, offer }) => {
    const [, reply] = await conversation(languageCode, ["/check", offer]);
    expect(isVerdict(reply!, locale)).toBe(true);
  });

  it.each([
    { languageCode: "en", locale: "en", text: "I want to work in Japan" },
    { languageCode: "en", locale: "en", text: "i paid the agent already, now he is not answering" },
    { languageCode: "zh-hans", locale: "zh-hans", text: "我想去迪拜工作，有什么要注意的" },
    { languageCode: "zh-tw", locale: "zh-hant", text: "我表妹在緬甸" },
  ] as const)("a wish or a story after /check is no offer: $text", async ({ languageCode, locale, text }) => {
    const [, reply] = await conversation(languageCode, ["/check", text]);
    expect(isVerdict(reply!, locale)).toBe(false);
  });

  it.each(cases)(
    "the prompt ends with any other step (/sos first): $offer",
    async ({ languageCode, locale, offer }) => {
      const [, , afterSos] = await conversation(languageCode, ["/check", "/sos", offer]);
      const [unasked] = await conversation(languageCode, [offer]);
      expect(isVerdict(afterSos!, locale)).toBe(isVerdict(unasked!, locale));
    },
  );
});
