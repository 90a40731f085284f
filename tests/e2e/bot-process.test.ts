import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { loadTranslator, type Locale } from "../../src/i18n.ts";
import { startBotApiStub, type BotApiStub } from "../support/bot-api-stub.ts";
import { parseTelegramHtml } from "../support/bot-api-stub-html.ts";
import { startBotProcess, type BotProcess } from "../support/bot-process.ts";

const translator = loadTranslator();
/** What a user reads on screen for a translation (the stub stores messages as Telegram renders them). */
const shown = (locale: Locale, key: string, params?: Record<string, string>) =>
  parseTelegramHtml(translator.t(locale, key, params)).text;
/** The callback data of the button at row, column of a message's inline keyboard. */
function buttonData(message: Message, row: number, column: number): string {
  const button = message.reply_markup?.inline_keyboard[row]?.[column];
  if (!button || !("callback_data" in button)) throw new Error(`no callback button at ${row},${column}`);
  return button.callback_data;
}
const freshDir = () => mkdtemp(path.join(tmpdir(), "jobsafe-e2e-"));

describe("the bot process against a loopback Bot API", () => {
  let stub: BotApiStub;
  let bot: BotProcess;
  let dataDir: string;

  beforeAll(async () => {
    stub = await startBotApiStub();
    dataDir = await freshDir();
    bot = await startBotProcess({ stub, dataDir });
  });
  afterAll(async () => {
    await bot.stop();
    await stub.close();
  });

  it("registers command menus and descriptions per language", async () => {
    await stub.waitFor((call) => call.method === "setMyShortDescription" && call.payload.language_code === undefined);
    const menus = stub.calls.filter((call) => call.method === "setMyCommands");
    expect(menus.map((call) => call.payload.language_code ?? "default").sort()).toEqual(["default", "zh"]);
    expect(stub.calls.some((call) => call.method === "setMyDescription")).toBe(true);
  });

  it.each([
    ["zh-hans", 2001, "zh-hans"],
    ["zh-hk", 2002, "zh-hant"],
    ["en", 2003, "en"],
  ] as const)("/start from a %s user is answered in %s", async (languageCode, id, locale) => {
    stub.sendText(
      { id, first_name: "Ana", language_code: languageCode.slice(0, 2) === "zh" ? languageCode : "en" },
      "/start",
    );
    const reply = await stub.waitForMessage(id);
    expect(reply.text).toBe(shown(locale, "start.welcome", { name: "Ana" }));
    expect(reply.reply_markup?.inline_keyboard.flat()).toHaveLength(5);
  });

  it("junk input gets polite answers or is ignored, and the bot keeps serving", async () => {
    const user = { id: 2010, first_name: "Jo", language_code: "en" };
    stub.pushUpdate({
      message: {
        message_id: 1,
        date: 0,
        chat: { id: user.id, type: "private", first_name: "Jo" },
        from: { ...user, is_bot: false },
        sticker: {
          file_id: "s",
          file_unique_id: "s",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    });
    expect((await stub.waitForMessage(user.id)).text).toBe(shown("en", "unhandled.media"));
    stub.pushUpdate({
      channel_post: { message_id: 3, date: 0, chat: { id: -1001, type: "channel", title: "c" }, text: "/start" },
    });
    stub.pushUpdate({
      edited_message: {
        message_id: 1,
        date: 0,
        edit_date: 1,
        chat: { id: user.id, type: "private", first_name: "Jo" },
        from: { ...user, is_bot: false },
        text: "\u0000\uD800",
      },
    });
    stub.sendText(user, "/nonsense");
    expect((await stub.waitForMessage(user.id)).text).toBe(shown("en", "unhandled.unknown_command"));
    stub.sendText(user, "x".repeat(4096));
    stub.sendText(user, "/help");
    await stub.waitFor((call) => call.method === "sendMessage" && String(call.payload.text).includes("/privacy"));
    expect(stub.transcript(-1001)).toEqual([]);
  });

  it("a 429 from Telegram is waited out and the reply still arrives once", async () => {
    const user = { id: 2020, first_name: "Kim", language_code: "en" };
    stub.failNext("sendMessage", { code: 429, retryAfter: 1 }, 1, user.id);
    const started = Date.now();
    stub.sendText(user, "/privacy");
    const reply = await stub.waitForMessage(user.id, 10_000);
    expect(reply.text).toBe(shown("en", "privacy.text"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(stub.transcript(user.id)).toHaveLength(1);
  });

  it("a 5xx is retried", async () => {
    const user = { id: 2021, first_name: "Lee", language_code: "en" };
    stub.failNext("sendMessage", { code: 502 }, 1, user.id);
    stub.sendText(user, "/help");
    expect((await stub.waitForMessage(user.id, 10_000)).text).toContain("/start");
  });

  it("a user who blocked the bot does not take it down", async () => {
    const blocked = { id: 2030, first_name: "Max", language_code: "en" };
    stub.blockChat(blocked.id);
    stub.sendText(blocked, "/start");
    await stub.waitFor((call) => call.method === "sendMessage" && call.payload.chat_id === blocked.id);
    const other = { id: 2031, first_name: "Ned", language_code: "en" };
    stub.sendText(other, "/help");
    expect((await stub.waitForMessage(other.id)).text).toContain("/start");
    expect(bot.output()).toContain("Telegram refused a call");
  });

  it("never writes the token to its logs", () => {
    expect(bot.output()).not.toContain(stub.token.split(":")[1]);
  });
});

describe("restarts and shutdown", () => {
  let stub: BotApiStub;
  beforeAll(async () => {
    stub = await startBotApiStub();
  });
  afterAll(() => stub.close());
  const running: BotProcess[] = [];
  afterEach(async () => {
    for (const bot of running.splice(0)) await bot.stop("SIGKILL");
  });

  it("a language chosen with /language survives a restart; SIGTERM exits cleanly; /forget deletes it", async () => {
    const dataDir = await freshDir();
    const user = { id: 3001, first_name: "Ana", language_code: "en" };
    const first = await startBotProcess({ stub, dataDir });
    running.push(first);
    stub.sendText(user, "/language");
    const menu = await stub.waitForMessage(user.id);
    stub.pressButton(user, menu, buttonData(menu, 1, 0));
    await stub.waitFor((call) => call.method === "editMessageText" && call.payload.chat_id === user.id);
    expect(await first.stop("SIGTERM")).toBe(0);
    expect(first.output()).toContain("stopped cleanly");

    const second = await startBotProcess({ stub, dataDir });
    running.push(second);
    stub.sendText(user, "/start");
    expect((await stub.waitForMessage(user.id)).text).toBe(shown("zh-hant", "start.welcome", { name: "Ana" }));

    stub.sendText(user, "/forget");
    const confirm = await stub.waitForMessage(user.id);
    stub.pressButton(user, confirm, buttonData(confirm, 0, 0));
    await stub.waitFor((call) => call.method === "editMessageText" && String(call.payload.text).includes("已"));
    expect(await second.stop("SIGINT")).toBe(0);
    const stored = JSON.parse(await readFile(path.join(dataDir, "jobsafe.json"), "utf8"));
    expect(stored.users).toEqual({});
  });

  it("without BOT_TOKEN it exits with instructions", async () => {
    const bot = await startBotProcess({ dataDir: await freshDir(), waitUntilPolling: false });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain("@BotFather");
    expect(bot.output()).toContain("npm run chat");
  });

  it("a corrupt data file stops start-up, is named, and is left untouched", async () => {
    const dataDir = await freshDir();
    const file = path.join(dataDir, "jobsafe.json");
    await writeFile(file, "{ not json");
    const bot = await startBotProcess({ stub, dataDir, waitUntilPolling: false });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain(file);
    expect(await readFile(file, "utf8")).toBe("{ not json");
  });

  it("a token Telegram rejects is explained", async () => {
    const bot = await startBotProcess({
      stub,
      dataDir: await freshDir(),
      env: { BOT_TOKEN: "999:wrong-token-for-stub" },
      waitUntilPolling: false,
    });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain("401");
  });
});
