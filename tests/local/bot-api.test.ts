import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Bot, GrammyError, InlineKeyboard } from "grammy";
import type { Update } from "grammy/types";
import { startBotApiStub, type BotApiStub, type StubOptions } from "../../src/local/bot-api/server.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";

const alice = { id: 1001, first_name: "Alice", language_code: "zh-hans" };
const bob = { id: 1002, first_name: "Bob", language_code: "en" };

let stub: BotApiStub;
let bot: Bot;

async function startStub(opts?: StubOptions): Promise<void> {
  await stub?.close();
  stub = await startBotApiStub(opts);
  bot = new Bot(stub.token, { client: { apiRoot: stub.apiRoot } });
}

/** A raw Bot API call, as a client other than grammY would make it. */
async function rawCall(
  method: string,
  payload: Record<string, unknown> = {},
  token = stub.token,
): Promise<{ status: number; body: { ok: boolean; result?: unknown; error_code?: number; description?: string } }> {
  const res = await fetch(`${stub.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; result?: unknown } };
}

/** The GrammyError a call rejects with, so tests can read error_code, description and parameters. */
async function grammyError(call: Promise<unknown>): Promise<GrammyError> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

beforeEach(() => startStub());
afterEach(() => stub.close());

describe("long polling with a real grammY bot", () => {
  it("delivers pushed updates to the bot's handlers and records its replies", async () => {
    bot.command("start", (ctx) => ctx.reply(`hello ${ctx.from?.first_name ?? ""} (${ctx.from?.language_code ?? ""})`));
    bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.msg.text}`));
    const polling = bot.start({ drop_pending_updates: true });
    try {
      await stub.waitFor((call) => call.method === "getUpdates" && call.payload.timeout !== undefined);
      stub.sendText(alice, "/start");
      expect((await stub.waitForMessage(alice.id)).text).toBe("hello Alice (zh-hans)");
      stub.sendText(alice, "is this offer real?");
      expect((await stub.waitForMessage(alice.id)).text).toBe("echo: is this offer real?");
      expect(bot.botInfo.id).toBe(123);
      expect(stub.transcript(alice.id).map((m) => m.message_id)).toEqual([2, 4]);
    } finally {
      await bot.stop();
      await polling;
    }
    // bot.stop() confirmed the offset: nothing is delivered twice.
    expect((await rawCall("getUpdates")).body.result).toEqual([]);
  });

  it("answers a button press, edits the message in place and rejects a no-op edit", async () => {
    bot.command("menu", (ctx) =>
      ctx.reply("Pick one", { reply_markup: new InlineKeyboard().text("Check", "check:1") }),
    );
    bot.callbackQuery("check:1", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText("<b>Checked</b> ✓", { parse_mode: "HTML" });
    });
    const polling = bot.start();
    try {
      stub.sendText(bob, "/menu");
      const menu = await stub.waitForMessage(bob.id);
      expect(menu.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe("Check");
      expect(() => stub.pressButton(bob, menu, "check:2")).toThrow(/no button with callback_data "check:2"/);
      stub.pressButton(bob, menu, "check:1");
      await stub.waitFor((call) => call.method === "editMessageText");
      await stub.waitFor((call) => call.method === "answerCallbackQuery");
    } finally {
      await bot.stop();
      await polling;
    }
    const [edited, ...others] = stub.transcript(bob.id);
    expect(others).toEqual([]);
    expect(edited).toMatchObject({ text: "Checked ✓", entities: [{ type: "bold", offset: 0, length: 7 }] });
    expect(edited?.reply_markup).toBeUndefined();
    expect(edited?.edit_date).toBeTypeOf("number");
    const again = await grammyError(
      bot.api.editMessageText(bob.id, edited?.message_id ?? 0, "<b>Checked</b> ✓", { parse_mode: "HTML" }),
    );
    expect(again.description).toMatch(/^Bad Request: message is not modified/);
    expect((await grammyError(bot.api.answerCallbackQuery("no-such-query"))).error_code).toBe(400);
  });
});

describe("getUpdates over plain HTTP", () => {
  it("confirms with offset, honours limit, negative offset and allowed_updates", async () => {
    const [first, second, third] = ["a", "b", "c"].map((text) => stub.sendText(alice, text)) as [
      Update,
      Update,
      Update,
    ];
    expect((await rawCall("getUpdates", { limit: 2 })).body.result).toEqual([first, second]);
    expect((await rawCall("getUpdates", { offset: second.update_id })).body.result).toEqual([second, third]);
    expect((await rawCall("getUpdates", { offset: -1 })).body.result).toEqual([third]);
    expect((await rawCall("getUpdates", { offset: third.update_id + 1 })).body.result).toEqual([]);

    const menu = await bot.api.sendMessage(alice.id, "menu", { reply_markup: new InlineKeyboard().text("Go", "go") });
    stub.pressButton(alice, menu, "go");
    const text = stub.sendText(alice, "after the press");
    expect((await rawCall("getUpdates", { allowed_updates: ["message"] })).body.result).toEqual([text]);
  });

  it("holds a long poll until an update arrives", async () => {
    const started = Date.now();
    const poll = rawCall("getUpdates", { timeout: 10 });
    await stub.waitFor((call) => call.method === "getUpdates");
    setTimeout(() => stub.sendText(bob, "hi"), 30);
    const { body } = await poll;
    expect((body.result as Update[])[0]?.message?.text).toBe("hi");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("answers an older long poll with 409 when a newer one arrives, and releases polls on close", async () => {
    const older = rawCall("getUpdates", { timeout: 30 });
    await stub.waitFor((call) => call.method === "getUpdates");
    const newer = rawCall("getUpdates", { timeout: 30 });
    expect(await older).toMatchObject({ status: 409, body: { ok: false, error_code: 409 } });
    await stub.close();
    expect((await newer).body).toEqual({ ok: true, result: [] });
  });

  it("reads urlencoded bodies, and answers a wrong token with 401 and an unknown method with 404", async () => {
    const res = await fetch(`${stub.apiRoot}/bot${stub.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        chat_id: String(bob.id),
        text: "form <i>body</i>",
        parse_mode: "HTML",
        reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "x", callback_data: "x" }]] }),
      }),
    });
    expect(await res.json()).toMatchObject({ ok: true, result: { text: "form body", chat: { id: bob.id } } });
    expect(stub.lastMessage(bob.id)?.reply_markup?.inline_keyboard[0]?.[0]).toEqual({ text: "x", callback_data: "x" });
    expect(await rawCall("getMe", {}, "999:WRONG")).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: "Unauthorized" },
    });
    expect(await rawCall("sendPigeon")).toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: "Not Found: method not found" },
    });
    expect(stub.calls.map((call) => call.method)).toEqual(["sendMessage", "getMe", "sendPigeon"]);
  });
});

describe("faults as grammY sees them", () => {
  it("injects 429, 403, 400, migration and 5xx envelopes for the next matching calls", async () => {
    stub.failNext("sendMessage", { code: 429, retryAfter: 7 });
    const limited = await grammyError(bot.api.sendMessage(alice.id, "a"));
    expect(limited).toMatchObject({ error_code: 429, parameters: { retry_after: 7 } });
    expect(limited.description).toBe("Too Many Requests: retry after 7");

    stub.failNext("*", { code: 403 });
    expect((await grammyError(bot.api.sendMessage(alice.id, "b"))).description).toBe(
      "Forbidden: bot was blocked by the user",
    );
    stub.failNext("sendMessage", { code: 400, migrateToChatId: -1001234567890 }, 1, -42);
    await bot.api.sendMessage(alice.id, "not the faulted chat");
    expect((await grammyError(bot.api.sendMessage(-42, "c"))).parameters.migrate_to_chat_id).toBe(-1001234567890);

    stub.failNext("sendMessage", { code: 502 }, 2);
    expect((await grammyError(bot.api.sendMessage(alice.id, "d"))).error_code).toBe(502);
    expect((await grammyError(bot.api.sendMessage(alice.id, "e"))).error_code).toBe(502);
    expect((await bot.api.sendMessage(alice.id, "f")).text).toBe("f");
    expect(stub.transcript(alice.id).map((m) => m.text)).toEqual(["not the faulted chat", "f"]);
    expect(stub.stats().rejected429).toBe(1);
    expect(() => stub.failNext("sendPigeon", { code: 500 })).toThrow(/does not serve/);
  });

  it("delays a call on demand", async () => {
    stub.failNext("getMe", { delayMs: 150 });
    const started = Date.now();
    await bot.api.getMe();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("refuses sends to a chat that blocked the bot until it is unblocked", async () => {
    stub.blockChat(bob.id);
    const blocked = await grammyError(bot.api.sendMessage(bob.id, "news"));
    expect(blocked).toMatchObject({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    stub.unblockChat(bob.id);
    await bot.api.sendMessage(bob.id, "news");
    expect(stub.transcript(bob.id)).toHaveLength(1);
  });
});

describe("message validation", () => {
  it.each([
    ["a < b", /Unsupported start tag "" at byte offset 2/],
    ["line<br>break", /Unsupported start tag "br"/],
    ["<b>bold", /Can't find end tag corresponding to start tag "b"/],
    ["<b>x</i>", /Unmatched end tag .*expected "<\/b>", found "<\/i>"/],
    ["x</b>", /Unexpected end tag/],
    ["<span>x</span>", /must have class "tg-spoiler"/],
    ["tail <", /Unclosed start tag/],
  ])("rejects HTML %j with 400 can't parse entities", async (html, reason) => {
    const error = await grammyError(bot.api.sendMessage(alice.id, html, { parse_mode: "HTML" }));
    expect(error.error_code).toBe(400);
    expect(error.description).toMatch(/^Bad Request: can't parse entities: /);
    expect(error.description).toMatch(reason);
  });

  it("stores what the user reads: decoded text with entities in UTF-16 offsets", async () => {
    const html = `⚠️ <b>高风险</b> &lt;offer&gt; <a href="https://example.org/?a=1&amp;b=2">来源</a> <pre><code class="language-txt">x</code></pre>`;
    const message = await bot.api.sendMessage(alice.id, html, { parse_mode: "HTML" });
    expect(message.text).toBe("⚠️ 高风险 <offer> 来源 x");
    expect(message.entities).toEqual([
      { type: "bold", offset: 3, length: 3 },
      { type: "text_link", offset: 15, length: 2, url: "https://example.org/?a=1&b=2" },
      { type: "pre", offset: 18, length: 1, language: "txt" },
    ]);
    expect(parseTelegramHtml("<b><i>x</i></b>&#x1F600;&nbsp;")).toEqual({
      text: "x😀&nbsp;",
      entities: [
        { type: "bold", offset: 0, length: 1 },
        { type: "italic", offset: 0, length: 1 },
      ],
    });
  });

  it("rejects empty and over-long text, and oversized callback data", async () => {
    expect((await grammyError(bot.api.sendMessage(alice.id, " "))).description).toBe(
      "Bad Request: message text is empty",
    );
    await bot.api.sendMessage(alice.id, "x".repeat(4096));
    expect((await grammyError(bot.api.sendMessage(alice.id, "x".repeat(4097)))).description).toBe(
      "Bad Request: message is too long",
    );
    const keyboard = new InlineKeyboard().text("big", "d".repeat(65));
    expect((await grammyError(bot.api.sendMessage(alice.id, "k", { reply_markup: keyboard }))).description).toBe(
      "Bad Request: BUTTON_DATA_INVALID",
    );
  });
});

describe("rate limiting", () => {
  it("answers 429 beyond the per-chat and global limits and counts what it saw", async () => {
    await startStub({ rateLimit: { globalPerSecond: 4, perChatPerSecond: 1 } });
    await bot.api.sendMessage(alice.id, "1");
    const perChat = await grammyError(bot.api.sendMessage(alice.id, "2"));
    expect(perChat).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
    for (const chatId of [2001, 2002, 2003]) await bot.api.sendMessage(chatId, "broadcast");
    const global = await grammyError(bot.api.sendMessage(2004, "broadcast"));
    expect(global.error_code).toBe(429);
    expect(stub.stats()).toEqual({
      sent: 4,
      paidSent: 0,
      rejected429: 2,
      maxPerSecondObserved: 4,
      perChatViolations: 1,
    });
  });

  it("over a round trip, counts a send when it arrives half-way, as Telegram would, and answers a round trip after it left", async () => {
    await startStub({ roundTripMs: 200, rateLimit: { globalPerSecond: 1 } });
    const left = Date.now();
    const outcomes = await Promise.allSettled(
      [alice.id, bob.id].map((chatId) => bot.api.sendMessage(chatId, "hi").then(() => Date.now() - left)),
    );
    const arrivals = stub.calls.filter((call) => call.method === "sendMessage").map((call) => call.at - left);
    // Both counted on arrival, about 100 ms after they left: the later one is one too many for the second.
    expect(arrivals).toHaveLength(2);
    for (const arrival of arrivals) expect(arrival).toBeGreaterThanOrEqual(99);
    for (const arrival of arrivals) expect(arrival).toBeLessThan(190);
    const answered = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
    expect(answered).toHaveLength(1);
    expect(answered[0]).toBeGreaterThanOrEqual(199);
    expect(outcomes).toContainEqual({ status: "rejected", reason: expect.objectContaining({ error_code: 429 }) });
    expect(stub.stats()).toMatchObject({ sent: 1, rejected429: 1 });
  });

  it("limits a group per minute", async () => {
    await startStub({ rateLimit: { perGroupPerMinute: 2 } });
    const group = -5005;
    await bot.api.sendMessage(group, "1");
    await bot.api.sendMessage(group, "2");
    const error = await grammyError(bot.api.sendMessage(group, "3"));
    expect(error.parameters.retry_after).toBeGreaterThan(50);
    await bot.api.sendMessage(alice.id, "private chats are not limited here");
  });

  it("only counts per-chat excess when no limit is configured", async () => {
    await bot.api.sendMessage(alice.id, "1");
    await bot.api.sendMessage(alice.id, "2");
    expect(stub.stats()).toMatchObject({ sent: 2, rejected429: 0, perChatViolations: 1 });
  });
});

describe("bot settings and chats", () => {
  it("keeps commands per scope and language, and refuses a non-ISO language code", async () => {
    await bot.api.setMyCommands([{ command: "check", description: "检查招聘信息" }], { language_code: "zh" });
    await bot.api.setMyCommands([{ command: "check", description: "Check an offer" }], {
      scope: { type: "all_private_chats" },
    });
    expect(await bot.api.getMyCommands({ language_code: "zh" })).toEqual([
      { command: "check", description: "检查招聘信息" },
    ]);
    expect(await bot.api.getMyCommands()).toEqual([]);
    expect(await bot.api.getMyCommands({ scope: { type: "all_private_chats" } })).toHaveLength(1);
    // grammY's types already refuse "zh-hans"; a raw call shows Telegram refuses it too.
    const badLanguage = await rawCall("setMyCommands", {
      commands: [{ command: "check", description: "x" }],
      language_code: "zh-hans",
    });
    expect(badLanguage.body).toMatchObject({ ok: false, error_code: 400 });
    expect((await grammyError(bot.api.setMyCommands([{ command: "Check", description: "x" }]))).description).toBe(
      "Bad Request: BOT_COMMAND_INVALID",
    );

    await bot.api.setMyDescription("防骗助手", { language_code: "zh" });
    await bot.api.setMyShortDescription("Scam checker");
    expect(await bot.api.getMyDescription({ language_code: "zh" })).toEqual({ description: "防骗助手" });
    expect(await bot.api.getMyDescription()).toEqual({ description: "" });
    expect(await bot.api.getMyShortDescription()).toEqual({ short_description: "Scam checker" });
  });

  it("reports configured admins and the chats users wrote from", async () => {
    const group = { id: -3003, type: "group" as const, title: "求职交流群" };
    stub.sendText(alice, "/check@jobsafe_test_bot", group);
    stub.setChatAdmins(group.id, [alice.id]);
    expect((await bot.api.getChatMember(group.id, alice.id)).status).toBe("administrator");
    expect((await bot.api.getChatMember(group.id, bob.id)).status).toBe("member");
    expect(await bot.api.getChat(group.id)).toMatchObject(group);
    const [update] = (await rawCall("getUpdates")).body.result as Update[];
    expect(update?.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 23 }]);
    await bot.api.leaveChat(group.id);
    expect((await grammyError(bot.api.sendMessage(group.id, "still here?"))).error_code).toBe(403);
  });
});
