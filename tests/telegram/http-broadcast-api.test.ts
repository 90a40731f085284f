import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpBroadcastApi } from "../../src/telegram/http-broadcast-api.ts";
import { SEND_OPTIONS } from "../../src/broadcast/round.ts";
import { classifySendError } from "../../src/broadcast/send-errors.ts";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";

let stub: BotApiStub | undefined;
let api: ReturnType<typeof createHttpBroadcastApi> | undefined;
afterEach(async () => {
  await api?.close();
  await stub?.close();
  api = undefined;
  stub = undefined;
});

async function setup() {
  stub = await startBotApiStub();
  api = createHttpBroadcastApi({ token: stub.token, apiRoot: stub.apiRoot, connections: 4 });
  return { stub, api };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => classifySendError(error),
  );

describe("the round's HTTP sender", () => {
  it("delivers HTML messages the way Telegram shows them", async () => {
    const { stub, api } = await setup();
    await api.sendMessage(77, "<b>Warning</b> &amp; advice", SEND_OPTIONS);
    expect(stub.lastMessage(77)?.text).toBe("Warning & advice");
  });

  it("reports Telegram's refusals so the round can tell 429, 403, 'chat not found' and migrations apart", async () => {
    const { stub, api } = await setup();
    stub.failNext("sendMessage", { code: 429, retryAfter: 3 });
    expect(await failureOf(api.sendMessage(1, "x", SEND_OPTIONS))).toEqual({
      kind: "rate-limited",
      retryAfterMs: 3000,
    });
    stub.blockChat(2);
    expect(await failureOf(api.sendMessage(2, "x", SEND_OPTIONS))).toMatchObject({ kind: "gone" });
    stub.failNext("sendMessage", { code: 400, description: "Bad Request: chat not found" });
    expect(await failureOf(api.sendMessage(3, "x", SEND_OPTIONS))).toMatchObject({ kind: "gone" });
    stub.failNext("sendMessage", { code: 400, migrateToChatId: -1009 });
    expect(await failureOf(api.sendMessage(-4, "x", SEND_OPTIONS))).toEqual({ kind: "migrated", toChatId: -1009 });
    stub.failNext("sendMessage", { code: 502 });
    expect(await failureOf(api.sendMessage(5, "x", SEND_OPTIONS))).toMatchObject({ kind: "transient" });
  });

  it("an answer that is not the Bot API's (a proxy's error page) counts by its HTTP status", async () => {
    const proxy = createServer((_request, response) => {
      response.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>");
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const { port } = proxy.address() as AddressInfo;
    const behindProxy = createHttpBroadcastApi({ token: "1:x", apiRoot: `http://127.0.0.1:${port}`, connections: 1 });
    try {
      expect(await failureOf(behindProxy.sendMessage(1, "x", SEND_OPTIONS))).toEqual({
        kind: "transient",
        reason: "502 HTTP 502 without a Bot API answer",
      });
    } finally {
      await behindProxy.close();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it("a connection lost after the request left is in doubt (never resent); a refused connection is retried", async () => {
    const dropping = createServer((request) => request.on("data", () => request.socket.destroy()));
    await new Promise<void>((resolve) => dropping.listen(0, "127.0.0.1", resolve));
    const { port } = dropping.address() as AddressInfo;
    const lost = createHttpBroadcastApi({ token: "1:x", apiRoot: `http://127.0.0.1:${port}`, connections: 1 });
    try {
      expect(await failureOf(lost.sendMessage(1, "x", SEND_OPTIONS))).toMatchObject({ kind: "in-doubt" });
    } finally {
      await lost.close();
      await new Promise((resolve) => dropping.close(resolve));
    }
    // Nothing listens on the port any more: the request cannot have reached anyone.
    const refused = createHttpBroadcastApi({ token: "1:x", apiRoot: `http://127.0.0.1:${port}`, connections: 1 });
    try {
      expect(await failureOf(refused.sendMessage(1, "x", SEND_OPTIONS))).toMatchObject({ kind: "transient" });
    } finally {
      await refused.close();
    }
  });

  it("reads chunked answers, and opens a connection again once the server closed it", async () => {
    let connections = 0;
    let requests = 0;
    const server = createServer((request, response) => {
      request.resume();
      request.on("end", () => {
        response.setHeader("content-type", "application/json");
        // The second answer ends its connection, as a server does with one idle too long.
        if (++requests === 2) response.setHeader("connection", "close");
        response.write('{"ok":true,');
        response.end('"result":{"message_id":7}}');
      });
    });
    server.on("connection", () => connections++);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const chunked = createHttpBroadcastApi({ token: "1:x", apiRoot: `http://127.0.0.1:${port}`, connections: 1 });
    try {
      expect(await chunked.sendMessage(1, "x", SEND_OPTIONS)).toEqual({ message_id: 7 });
      expect(await chunked.sendMessage(2, "x", SEND_OPTIONS)).toEqual({ message_id: 7 });
      expect(connections).toBe(1);
      expect(await chunked.sendMessage(3, "x", SEND_OPTIONS)).toEqual({ message_id: 7 });
      expect(connections).toBe(2);
    } finally {
      await chunked.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("a wrong token is fatal for the round", async () => {
    const { stub } = await setup();
    const wrong = createHttpBroadcastApi({ token: "999:nope", apiRoot: stub.apiRoot, connections: 1 });
    expect(await failureOf(wrong.sendMessage(1, "x", SEND_OPTIONS))).toMatchObject({ kind: "fatal" });
    await wrong.close();
  });
});
