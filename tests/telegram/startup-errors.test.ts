import { Bot } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import { explainStartupError } from "../../src/telegram/startup-errors.ts";

let stub: BotApiStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

/** What the bot would print if `call` failed at start-up, against the loopback Bot API. */
async function explained(token: string, call: (bot: Bot) => Promise<unknown>): Promise<string> {
  stub = await startBotApiStub();
  const bot = new Bot(token, { client: { apiRoot: stub.apiRoot } });
  return call(bot).then(
    () => "no error",
    (error: unknown) => explainStartupError(error),
  );
}

describe("start-up errors explained", () => {
  it("a token Telegram rejects (401) says to copy it again from @BotFather", async () => {
    expect(await explained("123:WRONG", (bot) => bot.init())).toBe(
      "Telegram rejected BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather.",
    );
  });

  it("a conflict (409: a webhook is set, or another instance polls) says to stop the other instance", async () => {
    const message = await explained("123:TEST", async (bot) => {
      await bot.api.setWebhook("https://example.invalid/hook");
      return bot.api.getUpdates();
    });
    expect(message).toBe(
      "Telegram reports a conflict (409): another process is polling with this token, or a webhook is set. Stop the other instance.",
    );
  });

  it("any other error is reported with its own message", () => {
    expect(explainStartupError(new Error("connect ECONNREFUSED 127.0.0.1:1"))).toBe("connect ECONNREFUSED 127.0.0.1:1");
  });
});
