import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import { startBotProcess, type BotProcess } from "../../src/local/bot-process.ts";

const freshDir = () => mkdtemp(path.join(tmpdir(), "jobsafe-e2e-start-"));
const SECRET = "webhook_secret_never_logged_1234";

let stub: BotApiStub | undefined;
let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.stop("SIGKILL");
  await stub?.close();
  bot = undefined;
  stub = undefined;
});

describe("start-up failures", () => {
  it("a refused setWebhook stops the bot with a log that names neither the token nor the webhook secret", async () => {
    stub = await startBotApiStub();
    stub.failNext("setWebhook", { code: 400, description: "Bad Request: bad webhook: HTTPS url must be provided" });
    bot = await startBotProcess({
      stub,
      dataDir: await freshDir(),
      waitUntilPolling: false,
      env: { WEBHOOK_URL: "https://bot.example.org/telegram", WEBHOOK_SECRET: SECRET, PORT: "18443" },
    });
    expect(await bot.exited).toBe(1);
    const output = bot.output();
    expect(output).toContain("bad webhook");
    expect(output).toContain("[redacted]");
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(stub.token);
  });

  it("an unreachable PostgreSQL stops the bot with its host and port and what to check", async () => {
    stub = await startBotApiStub();
    bot = await startBotProcess({
      stub,
      dataDir: await freshDir(),
      waitUntilPolling: false,
      env: { DATABASE_URL: "postgres://jobsafe:pw-not-logged@127.0.0.1:1/jobsafe" },
    });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain("cannot reach PostgreSQL at 127.0.0.1:1 — check DATABASE_URL");
    expect(bot.output()).not.toContain("backup");
    expect(bot.output()).not.toContain("pw-not-logged");
  });
});

describe("start-up without a network", () => {
  it("says at once that it is connecting to the Bot API, and logs each retry with its reason", async () => {
    const closed = await startBotApiStub();
    const apiRoot = closed.apiRoot;
    const token = closed.token;
    await closed.close();
    const started = Date.now();
    bot = await startBotProcess({
      dataDir: await freshDir(),
      waitUntilPolling: false,
      env: { BOT_TOKEN: token, TELEGRAM_API_ROOT: apiRoot },
    });
    // Before the first retry, and long before the minute auto-retry takes to give up (the margin is for a busy CI).
    await bot.waitForOutput(/connecting to the Bot API/, 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    await bot.waitForOutput(/retrying/, 10_000);
    expect(bot.output().indexOf("connecting to the Bot API")).toBeLessThan(bot.output().indexOf("retrying"));
    const retry = bot
      .output()
      .split("\n")
      .find((line) => line.includes("retrying"));
    expect(retry).toMatch(/getMe/);
    expect(retry).toMatch(/ECONNREFUSED|connect|fetch failed|Network/i);
    expect(bot.output()).not.toContain(token);
  });
});
