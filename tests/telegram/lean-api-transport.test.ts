import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Api, GrammyError, HttpError } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import { createLeanApiTransport } from "../../src/telegram/lean-api-transport.ts";

let stub: BotApiStub | undefined;
let server: Server | undefined;
let transport: ReturnType<typeof createLeanApiTransport> | undefined;
afterEach(async () => {
  transport?.close();
  await stub?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  stub = server = transport = undefined;
});

/** grammY's Api with the transport installed as main.ts installs it: innermost, with 2 connections. */
function apiFor(token: string, apiRoot: string): Api {
  transport = createLeanApiTransport({ token, apiRoot, connections: 2 });
  const api = new Api(token, { apiRoot });
  api.config.use(transport.transformer);
  return api;
}

describe("the lean transport of an update's answers", () => {
  it("sends answers as grammY would: HTML, buttons, edits, many at once over few connections", async () => {
    stub = await startBotApiStub();
    const api = apiFor(stub.token, stub.apiRoot);
    const sent = await Promise.all(
      [1, 2, 3, 4, 5].map((chat) =>
        api.sendMessage(chat, "<b>High risk</b> &amp; more", {
          parse_mode: "HTML",
          reply_markup: { inline_keyboard: [[{ text: "Why", callback_data: "why" }]] },
        }),
      ),
    );
    expect(sent.map((message) => message.chat.id)).toEqual([1, 2, 3, 4, 5]);
    expect(stub.lastMessage(3)?.text).toBe("High risk & more");
    await api.editMessageText(3, sent[2]!.message_id, "edited");
    expect(stub.lastMessage(3)?.text).toBe("edited");
    expect(stub.lastMessage(3)?.reply_markup).toBeUndefined();
  });

  it("drops null values as grammY does (Telegram would refuse a null field)", async () => {
    stub = await startBotApiStub();
    const api = apiFor(stub.token, stub.apiRoot);
    await api.sendMessage(9, "null is a word here", { reply_markup: null as never });
    const call = stub.calls.find((one) => one.method === "sendMessage");
    expect(call?.payload).toEqual({ chat_id: 9, text: "null is a word here" });
  });

  it("Telegram's refusal is a GrammyError, a dead server an HttpError (which auto-retry retries)", async () => {
    stub = await startBotApiStub();
    const api = apiFor(stub.token, stub.apiRoot);
    stub.blockChat(7);
    const refusal = await api.sendMessage(7, "x").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GrammyError);
    expect(refusal).toMatchObject({ error_code: 403 });
    await stub.close();
    stub = undefined;
    await expect(api.sendMessage(1, "x")).rejects.toBeInstanceOf(HttpError);
  });

  it("an answer that is not the Bot API's (a proxy's error page) is an HttpError, as with grammY's client", async () => {
    server = createServer((_request, response) => response.writeHead(502).end("<html>Bad Gateway</html>"));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const api = apiFor("1:x", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await expect(api.sendMessage(1, "x")).rejects.toBeInstanceOf(HttpError);
  });

  it("leaves other calls (getUpdates with its long poll, anything with a signal) to grammY's client", async () => {
    stub = await startBotApiStub();
    const api = apiFor(stub.token, stub.apiRoot);
    stub.sendText({ id: 5, first_name: "Ana" }, "hello");
    const updates = await api.getUpdates({ timeout: 0 });
    expect(updates.map((update) => update.message?.text)).toEqual(["hello"]);
    const aborted = new AbortController();
    aborted.abort();
    await expect(api.sendMessage(5, "x", {}, aborted.signal as never)).rejects.toBeInstanceOf(HttpError);
  });
});
