import { afterEach, describe, expect, it } from "vitest";
import { QA_ENTRIES } from "../../src/content/qa.ts";
import { RULES } from "../../src/content/rules.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const ADMIN = 4242;
let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

describe("feedback buttons accept only what the bot could have sent", () => {
  it("forged targets are refused and create no counter; real ones count", async () => {
    testBot = await createTestBot({ adminIds: [ADMIN], flood: { limit: 1000, windowMs: 60_000 } });
    const user = testBot.user("en", 5);
    await user.send("/start");
    const message = user.lastMessage()!;
    const forged = [
      ...Array.from({ length: 40 }, (_, i) => `fb:v-forged${i}:useful`),
      ...Array.from({ length: 40 }, (_, i) => `fbr:qa-forged${i}:wrong`),
      "fb:v-high-no_such_rule:useful",
      "fb:v-extreme:useful",
      "fb:qa-no_such_entry:not_useful",
    ];
    for (const data of forged) {
      const calls = await user.run(testBot.updates.callback(user.user, message, data));
      const answer = calls.find((call) => call.method === "answerCallbackQuery");
      expect(answer?.payload).toMatchObject({ text: testBot.translator.t("en", "errors.stale_button") });
    }
    expect(Object.keys(await testBot.store.counters()).filter((name) => name.startsWith("stats:feedback:"))).toEqual(
      [],
    );

    const rule = RULES[0]!.id;
    const entry = QA_ENTRIES[0]!.id;
    for (const data of [`fb:v-high-${rule}:useful`, "fb:v-low:not_useful", `fb:qa-${entry}:useful`]) {
      await user.run(testBot.updates.callback(user.user, message, data));
    }
    await user.run(testBot.updates.callback(user.user, message, `fbr:qa-${entry}:unclear`));
    expect(await testBot.store.counters()).toMatchObject({
      [`stats:feedback:v-high-${rule}:useful`]: 1,
      "stats:feedback:v-low:not_useful": 1,
      [`stats:feedback:qa-${entry}:useful`]: 1,
      [`stats:feedback:qa-${entry}:reason_unclear`]: 1,
    });
  });
});

describe("/stats fits Telegram's limit whatever the counts", () => {
  it("with a counter for every feedback target, flag and answer, and long names, each message is under 4096", async () => {
    testBot = await createTestBot({ adminIds: [ADMIN] });
    const names: string[] = [];
    for (const level of ["high", "warning", "low"]) {
      for (const rule of RULES) {
        for (const vote of ["useful", "not_useful", "reason_wrong", "reason_unclear", "reason_missing"])
          names.push(`stats:feedback:v-${level}-${rule.id}:${vote}`);
      }
    }
    for (const rule of RULES) names.push(`stats:flags:${rule.id}`);
    for (const entry of QA_ENTRIES) names.push(`stats:questions:${entry.id}`, `stats:feedback:qa-${entry.id}:useful`);
    // Counters left by an older version, before targets were checked.
    for (let i = 0; i < 720; i++) names.push(`stats:feedback:v-${"x".repeat(40)}${i}:useful`);
    await testBot.store.incrementCounters(names);

    const admin = testBot.user("en", ADMIN);
    const calls = await admin.send("/stats");
    const sent = calls.filter((call) => call.method === "sendMessage");
    expect(sent.length).toBeGreaterThan(0);
    for (const call of sent) {
      const text = (call.payload as { text: string }).text;
      expect(parseTelegramHtml(text).text.length).toBeLessThanOrEqual(4096);
    }
    const all = sent.map((call) => (call.payload as { text: string }).text).join("\n");
    expect(all).toContain(testBot.translator.t("en", "admin.stats.title"));
    expect(all).toContain(testBot.translator.t("en", "admin.stats.other"));
  });
});
