import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestBot, LANGUAGE_CASES, type TestBot } from "../support/test-bot.ts";

const ADMIN_CHAT = -100999;
let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

describe.each(LANGUAGE_CASES)("/report in $locale", ({ locale, languageCode }) => {
  it("collects handle and details, shows them escaped, and sends only on consent, without the reporter", async () => {
    testBot = await createTestBot({ adminChatId: ADMIN_CHAT });
    const user = testBot.user(languageCode);
    const t = (key: string, params?: Record<string, string>) => testBot!.translator.t(locale, key, params);
    await user.send("/report");
    expect(user.messages().at(-1)).toBe(t("report.ask_handle"));
    await user.send("@hr_<kk>_park");
    expect(user.messages().at(-1)).toBe(t("report.ask_details"));
    await user.send("Offered 30k/month in Myawaddy & asked for my passport");
    expect(user.messages().at(-1)).toBe(
      t("report.confirm", {
        handle: "@hr_<kk>_park",
        details: "Offered 30k/month in Myawaddy & asked for my passport",
      }),
    );
    expect(user.messages().at(-1)).toContain("@hr_&lt;kk&gt;_park");
    expect(testBot.api.transcript(ADMIN_CHAT)).toEqual([]);

    await user.press(t("report.send"));
    expect(user.messages().at(-1)).toBe(t("report.sent"));
    const forwarded = testBot.api.transcript(ADMIN_CHAT);
    expect(forwarded).toHaveLength(1);
    expect(forwarded[0]?.text).toContain("@hr_&lt;kk&gt;_park");
    expect(forwarded[0]?.text).not.toContain(String(user.user.id));
    expect(await testBot.store.countReports()).toBe(1);
    expect((await testBot.store.getUser(user.user.id))?.reportDraft).toBeUndefined();
    await testBot.store.flush();
    const stored = JSON.parse(await readFile(path.join(testBot.dataDir, "jobsafe.json"), "utf8"));
    expect(Object.keys(stored.reports[0]).sort()).toEqual(["at", "details", "handle", "id"]);
  });
});

describe("/report", () => {
  it("can be cancelled at any step, and nothing is sent or kept", async () => {
    testBot = await createTestBot({ adminChatId: ADMIN_CHAT });
    const user = testBot.user("en");
    await user.send("/report");
    await user.send("+86 138 0000 0000");
    await user.press(testBot.translator.t("en", "report.cancel"));
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "report.cancelled"));
    // After cancelling, text is routed normally again (not taken as report details).
    await user.send("hello");
    expect(user.messages().at(-1)).not.toBe(
      testBot.translator.t("en", "report.confirm", { handle: "+86 138 0000 0000", details: "hello" }),
    );
    expect(testBot.api.transcript(ADMIN_CHAT)).toEqual([]);
    expect(await testBot.store.countReports()).toBe(0);
  });

  it("refuses over-long input politely and keeps the step", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/report");
    await user.send("x".repeat(201));
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "report.too_long", { limit: 200 }));
    await user.send("@hr_ok");
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "report.ask_details"));
  });

  it("limits how many reports one person can send a day", async () => {
    testBot = await createTestBot({ adminChatId: ADMIN_CHAT, flood: { limit: 1000, windowMs: 60_000 } });
    const user = testBot.user("en");
    for (let i = 0; i < 6; i++) {
      await user.send("/report");
      await user.send(`@hr_${i}`);
      await user.send("asked for a deposit");
      await user.press(testBot.translator.t("en", "report.send"));
    }
    expect(testBot.api.transcript(ADMIN_CHAT)).toHaveLength(5);
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "report.daily_limit"));
  });
});
