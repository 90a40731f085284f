import { afterEach, describe, expect, it } from "vitest";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const ADMIN = 4242;
let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

describe("/stats", () => {
  it("shows admins the figures gathered from real use", async () => {
    testBot = await createTestBot({ adminIds: [ADMIN] });
    const user = testBot.user("zh-cn", 1);
    await user.send("/language");
    await user.press("简体中文");
    await user.send("缅甸妙瓦底招聘客服，月薪3万，包机票，护照交公司保管");
    await user.press(testBot.translator.t("zh-hans", "feedback.useful"));
    const admin = testBot.user("en", ADMIN);
    await admin.send("/stats");
    const text = admin.messages().at(-1) ?? "";
    expect(() => parseTelegramHtml(text)).not.toThrow();
    expect(text).toContain(testBot.translator.t("en", "admin.stats.title"));
    expect(text).toMatch(/zh-hans\s+1/);
    expect(text).toMatch(/high\s+1/);
    expect(text).toMatch(/v-high-[a-z_]+:useful\s+1/);
  });

  it("does not exist for anyone else", async () => {
    testBot = await createTestBot({ adminIds: [ADMIN] });
    const user = testBot.user("en", 7);
    await user.send("/stats");
    expect(user.messages()).toEqual([testBot.translator.t("en", "unhandled.unknown_command")]);
  });
});
