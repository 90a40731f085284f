import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { privateChat } from "../../src/local/bot-api/updates.ts";
import { startWebhookServer, type WebhookServer } from "../../src/webhook.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";
import { createLogger } from "../../src/logger.ts";

const SECRET = "s3cret-token-for-tests";
let testBot: TestBot | undefined;
let server: WebhookServer | undefined;
afterEach(async () => {
  await server?.close();
  await testBot?.close();
});

async function setup(): Promise<string> {
  testBot = await createTestBot();
  server = await startWebhookServer({
    bot: testBot.jobsafe.bot,
    url: "https://jobsafe.example.org/telegram",
    secret: SECRET,
    port: 0,
    host: "127.0.0.1",
    logger: createLogger({ level: "silent" }),
    store: testBot.store,
  });
  return `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
}

describe("webhook mode", () => {
  it("handles an update posted with the secret token", async () => {
    const base = await setup();
    const user = { id: 77, is_bot: false, first_name: "Wen", language_code: "zh-cn" };
    const update = testBot!.updates.message(user, privateChat(user), "/help");
    const response = await fetch(`${base}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    expect(response.status).toBe(200);
    expect(testBot!.api.transcript(77).at(-1)?.text).toContain(testBot!.translator.t("zh-hans", "help.intro"));
  });

  it("refuses posts without the right secret and handles nothing", async () => {
    const base = await setup();
    const user = { id: 78, is_bot: false, first_name: "Eve" };
    const attempts: Array<Record<string, string>> = [{}, { "x-telegram-bot-api-secret-token": "wrong-secret-value" }];
    for (const headers of attempts) {
      const response = await fetch(`${base}/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(testBot!.updates.message(user, privateChat(user), "/start")),
      });
      expect(response.status).toBe(401);
    }
    expect(testBot!.api.calls).toEqual([]);
  });

  it("answers health checks and nothing else", async () => {
    const base = await setup();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/other`, { method: "POST", body: "{}" })).status).toBe(404);
  });
});
