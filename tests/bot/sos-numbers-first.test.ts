import { afterEach, describe, expect, it } from "vitest";
import { sosQuestion } from "../../src/sos/directory.ts";
import { inEitherUsage } from "../support/usage.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

/** The text of a message before its closing question: what a person reads before any tap. */
function beforeQuestion(message: string, question: string): string {
  // A Hong Kong reader reads both in Hong Kong usage (src/i18n/hong-kong.ts).
  const [sent, asked] = [inEitherUsage("zh-hant", message), inEitherUsage("zh-hant", question)];
  expect(sent.endsWith(asked)).toBe(true);
  return sent.slice(0, -asked.length);
}

/**
 * /sos shows numbers at once (issue 12, review): the lines that help whoever the person is (the local police where
 * they are, when known; the lines of their government, or of the likeliest nationalities), then the one-tap question.
 */
describe("/sos: numbers before the question, in each language", () => {
  it.each([
    { languageCode: "en", locale: "en", numbers: ["+63 2 1348", "+91-11-23012113"] },
    { languageCode: "zh-tw", locale: "zh-hant", numbers: ["+886-800-085-095", "(852) 1868"] },
    { languageCode: "zh-hk", locale: "zh-hant", numbers: ["(852) 1868"] },
  ] as const)("nationality unknown ($languageCode): lines first, then whose citizen", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send("/sos");
    const shown = beforeQuestion(user.messages().at(-1)!, sosQuestion("nationality", c.locale, testBot.translator));
    for (const number of c.numbers) expect(shown).toContain(number);
    expect(user.buttons().map((b) => b.text)).toContain(testBot.translator.t(c.locale, "sos.nationality.ph"));
  });

  it("a Simplified Chinese user sees the mainland's 12308 first among the likeliest lines, then whose citizen", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-hans");
    await user.send("/sos");
    const shown = beforeQuestion(user.messages().at(-1)!, sosQuestion("nationality", "zh-hans", testBot.translator));
    expect(shown).toContain("12308");
    expect(shown.indexOf("12308")).toBeLessThan(shown.indexOf("+886-800-085-095"));
  });

  it("a nationality tapped, the country not yet: that government's lines, then where", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/sos");
    await user.press(testBot.translator.t("en", "sos.nationality.in"));
    const shown = beforeQuestion(user.messages().at(-1)!, sosQuestion("country", "en", testBot.translator));
    // India's line in its form from abroad, not the toll-free number that works only in India.
    expect(shown).toContain("+91-11-23012113");
    expect(shown).not.toContain("1800-118-797");
    expect(shown).not.toContain("+63 2 1348");
  });

  it("'another country' tapped is never shown as an answer: the question for where follows", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-hk");
    await user.send("/sos");
    await user.press(testBot.translator.t("zh-hant", "sos.nationality.other"));
    const message = user.messages().at(-1)!;
    expect(message.endsWith(sosQuestion("country", "zh-hant", testBot.translator))).toBe(true);
    expect(message).not.toContain(testBot.translator.t("zh-hant", "sos.nationality.other"));
  });
});

describe("a danger answer whose nationality is unknown lists numbers before asking", () => {
  it.each([
    {
      languageCode: "en",
      locale: "en",
      text: "my cousin is locked in a compound in Myawaddy lah, they took his phone",
      number: "199",
    },
    { languageCode: "zh-hans", locale: "zh-hans", text: "我表哥在缅甸园区被关起来了,手机被收走", number: "199" },
    { languageCode: "zh-hk", locale: "zh-hant", text: "我細佬喺柬埔寨俾人禁錮咗,電話都俾人收埋", number: "117" },
  ] as const)("$text", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.text);
    const message = user.messages().at(-1)!;
    expect(message).toContain(c.number);
  });
});
