import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestBot, LANGUAGE_CASES, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

const USER_ID = 7_055_512_345;

async function filesNaming(dir: string, id: number): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((await readFile(file, "utf8")).includes(String(id))) found.push(entry.name);
  }
  return found;
}

describe("/forget erases the user from every data file", () => {
  it("a subscriber who chose a language and changed their subscription leaves no line with their id", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en", USER_ID);
    await user.send("/language");
    await user.press("English");
    await user.send("/subscribe");
    await user.press(testBot.translator.t("en", "subscribe.subscribe_weekly"));
    await user.send("/unsubscribe");
    await user.send("/subscribe");
    await user.press(testBot.translator.t("en", "subscribe.subscribe_daily"));
    await testBot.store.flush();
    expect(await filesNaming(testBot.dataDir, USER_ID)).toEqual(
      expect.arrayContaining(["jobsafe.json", "subscriptions.journal"]),
    );

    await user.send("/forget");
    await user.press(testBot.translator.t("en", "forget.yes"));
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "forget.done"));
    await testBot.store.flush();
    expect(await filesNaming(testBot.dataDir, USER_ID)).toEqual([]);
  });
});

describe.each(LANGUAGE_CASES)("/privacy in $locale", ({ locale, languageCode }) => {
  it("says that subscriptions are stored and that /forget erases them from the data files", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send("/privacy");
    const text = user.messages().at(-1) ?? "";
    expect(text).toBe(testBot.translator.t(locale, "privacy.text"));
    expect(text).toContain("/subscribe");
    expect(text).toContain("/forget");
  });
});
