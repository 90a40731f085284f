import { afterEach, describe, expect, it } from "vitest";
import { sosQuestion } from "../../src/sos/directory.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * After an emergency answer asks whose citizen the person is (chat review #25), a typed answer ("中国", "我是台湾人",
 * "Filipino") answers that question as a button would: the card for that nationality, not "not what JobSafe covers".
 * Only the very next message is taken as the answer; a country named with no question pending is no card.
 */
let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

const cases = [
  { languageCode: "zh-hans", locale: "zh-hans", held: "我被困在柬埔寨了，出不去", typed: "中国", nationality: "cn" },
  {
    languageCode: "zh-hans",
    locale: "zh-hans",
    held: "我被困在柬埔寨了，出不去",
    typed: "马来西亚",
    nationality: "my",
  },
  {
    languageCode: "zh-hant",
    locale: "zh-hant",
    held: "我被關在柬埔寨，出不去",
    typed: "我是台灣人",
    nationality: "tw",
  },
  { languageCode: "zh-hant", locale: "zh-hant", held: "我被關在柬埔寨，出不去", typed: "香港", nationality: "hk" },
  {
    languageCode: "en",
    locale: "en",
    held: "I am trapped in Cambodia, they won't let me leave",
    typed: "Filipino",
    nationality: "ph",
  },
  {
    languageCode: "en",
    locale: "en",
    held: "I am trapped in Cambodia, they won't let me leave",
    typed: "Malaysia",
    nationality: "my",
  },
] as const;

describe("a nationality typed in answer to the emergency answer's question gives the card", () => {
  it.each(cases)("$locale: '$typed' after the question → the card for that nationality", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.held);
    expect(user.messages().at(-1)).toContain(sosQuestion("nationality", c.locale, testBot.translator));
    await user.send(c.typed);
    const card = user.messages().at(-1)!;
    expect(card).toContain(testBot.translator.t(c.locale, "sos.title"));
    // The card for that nationality in Cambodia: its header names them, and nothing more is asked.
    expect(card).toContain(testBot.translator.t(c.locale, `sos.nationality.${c.nationality}`));
    expect(card).not.toContain(sosQuestion("nationality", c.locale, testBot.translator));
    expect(card).not.toContain(sosQuestion("country", c.locale, testBot.translator));
  });

  it.each(cases.slice(0, 1).concat(cases[2], cases[4]))(
    "$locale: the question is answered once; a second country name is no card",
    async (c) => {
      testBot = await createTestBot();
      const user = testBot.user(c.languageCode);
      await user.send(c.held);
      await user.send("/help");
      await user.send(c.typed);
      expect(user.messages().at(-1)).not.toContain(testBot.translator.t(c.locale, "sos.title"));
    },
  );

  it.each([
    { languageCode: "zh-hans", locale: "zh-hans", typed: "中国" },
    { languageCode: "zh-hant", locale: "zh-hant", typed: "香港" },
    { languageCode: "en", locale: "en", typed: "Malaysia" },
  ] as const)("$locale: '$typed' with no question pending is no card", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.typed);
    expect(user.messages().at(-1)).not.toContain(testBot.translator.t(c.locale, "sos.title"));
  });
});
