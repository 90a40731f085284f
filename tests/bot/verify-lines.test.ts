import { afterEach, describe, expect, it } from "vitest";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * "How do I verify an overseas job? Is there a hotline?" (chat review #38): the answer names the asker's own line to
 * check a scam or an agency, from src/content/contacts.ts: theirs when the question says whose citizen, else the
 * likeliest for the language (a Taiwan reader 165), never another place's line to someone who said theirs.
 */
let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

describe("the answer on verifying an employer names the asker's line to check", () => {
  it.each([
    { languageCode: "zh-tw", text: "在台灣要怎麼查證海外工作是不是詐騙？有沒有專線？", own: "165", not: "96110" },
    { languageCode: "zh-hans", text: "我是中国人，怎么核实海外的中介是不是正规的？", own: "96110", not: "165" },
    {
      languageCode: "en",
      text: "I'm Filipino. How do I verify a recruitment agency before paying anything?",
      own: "+63 2 8721 0619",
      not: "96110",
    },
  ])("$languageCode: $own", async (c) => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.text);
    const reply = user.messages().at(-1)!;
    expect(reply).toContain(`<b>${c.own}</b>`);
    expect(reply).not.toContain(c.not);
  });
});
