import { afterEach, describe, expect, it } from "vitest";
import { sosQuestion } from "../../src/sos/directory.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * "Whom to call first" lists numbers, so they fit the asker (chat review #37): their own government's lines when the
 * question says whose citizen, else the likeliest for the language with the nationality question and its buttons;
 * never only mainland China's, Taiwan's and Hong Kong's lines to an English reader.
 */
let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

describe("the answer to 'whom to call first' lists the asker's numbers", () => {
  it.each([
    {
      languageCode: "en",
      locale: "en",
      text: "If someone is stuck abroad, who should they call first — police or embassy?",
    },
    { languageCode: "zh-hans", locale: "zh-hans", text: "领事馆能帮我们做什么，不能做什么？" },
    { languageCode: "zh-hant", locale: "zh-hant", text: "領事館能幫我們做什麼，不能做什麼？" },
  ] as const)("$locale, nationality not said: asks whose citizen, with buttons", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.text);
    const reply = user.messages().at(-1)!;
    expect(reply).toContain(sosQuestion("nationality", c.locale, testBot.translator));
    expect(user.buttons().map((b) => b.text)).toContain(testBot.translator.t(c.locale, "sos.nationality.ph"));
  });

  it.each([
    {
      languageCode: "en",
      text: "We're Filipino. If my brother is stuck abroad, who should he call first, police or embassy?",
      own: "1348",
      not: ["12308", "+886"],
    },
    {
      languageCode: "zh-hant",
      text: "我是台灣人，領事館能幫我們做什麼，不能做什麼？",
      own: "085-095",
      not: ["12308"],
    },
    {
      languageCode: "zh-hans",
      text: "我们是中国人，领事馆能帮我们做什么，不能做什么？",
      own: "12308",
      not: ["+886", "1868"],
    },
  ])("$languageCode, nationality said: their own lines only", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.text);
    const reply = user.messages().at(-1)!;
    expect(reply).toContain(c.own);
    for (const other of c.not) expect(reply).not.toContain(other);
  });
});
