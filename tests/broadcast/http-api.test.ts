import { afterEach, describe, expect, it } from "vitest";
import { createHttpBroadcastApi } from "../../src/broadcast/http-api.ts";
import { SEND_OPTIONS } from "../../src/broadcast/round.ts";
import { classifySendError } from "../../src/broadcast/send-errors.ts";
import { startBotApiStub, type BotApiStub } from "../support/bot-api-stub.ts";

let stub: BotApiStub | undefined;
let api: ReturnType<typeof createHttpBroadcastApi> | undefined;
afterEach(async () => {
  await api?.close();
  await stub?.close();
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

  it("a wrong token is fatal for the round", async () => {
    const { stub } = await setup();
    const wrong = createHttpBroadcastApi({ token: "999:nope", apiRoot: stub.apiRoot, connections: 1 });
    expect(await failureOf(wrong.sendMessage(1, "x", SEND_OPTIONS))).toMatchObject({ kind: "fatal" });
    await wrong.close();
  });
});
