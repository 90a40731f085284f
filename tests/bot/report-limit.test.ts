import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.ts";
import { STORE_FACTORIES } from "../support/stores.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const ADMIN_CHAT = -100999;
const open: TestBot[] = [];
const disposers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const bot of open.splice(0)) await bot.close();
  for (const dispose of disposers.splice(0)) await dispose();
});

async function sendReport(testBot: TestBot, i: number): Promise<string | undefined> {
  const user = testBot.user("en", 3131);
  await user.send("/report");
  await user.send(`@hr_${i}`);
  await user.send("asked for a deposit");
  await user.press(testBot.translator.t("en", "report.send"));
  return user.messages().at(-1);
}

describe("the daily report limit holds across restarts and instances", () => {
  it("lowdb: after a restart the sixth report of the day is still refused", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-report-"));
    const options = { dataDir, adminChatId: ADMIN_CHAT, flood: { limit: 1000, windowMs: 60_000 } };
    let testBot = await createTestBot(options);
    for (let i = 0; i < 3; i++) expect(await sendReport(testBot, i)).toBe(testBot.translator.t("en", "report.sent"));
    await testBot.close();
    testBot = await createTestBot(options);
    open.push(testBot);
    for (let i = 3; i < 5; i++) expect(await sendReport(testBot, i)).toBe(testBot.translator.t("en", "report.sent"));
    expect(await sendReport(testBot, 5)).toBe(testBot.translator.t("en", "report.daily_limit"));
    expect(await testBot.store.countReports()).toBe(5);
  });

  it("postgres: two instances share one limit", async () => {
    const postgres = STORE_FACTORIES.find((factory) => factory.name === "postgres")!;
    const created = await postgres.create();
    disposers.push(created.dispose);
    const second: Store = await created.reopen();
    const options = { adminChatId: ADMIN_CHAT, flood: { limit: 1000, windowMs: 60_000 } };
    const a = await createTestBot({ ...options, store: created.store });
    const b = await createTestBot({ ...options, store: second });
    open.push(a, b);
    for (let i = 0; i < 5; i++) {
      const instance = i % 2 === 0 ? a : b;
      expect(await sendReport(instance, i)).toBe(instance.translator.t("en", "report.sent"));
    }
    expect(await sendReport(a, 5)).toBe(a.translator.t("en", "report.daily_limit"));
    expect(await sendReport(b, 6)).toBe(b.translator.t("en", "report.daily_limit"));
    expect(await a.store.countReports()).toBe(5);
  });
});
