import { describe, expect, it } from "vitest";
import { classifySendError } from "../../src/broadcast/send-errors.ts";
import { apiError } from "./support.ts";

describe("classifySendError", () => {
  it.each([
    [
      apiError(429, "Too Many Requests: retry after 7", { retry_after: 7 }),
      { kind: "rate-limited", retryAfterMs: 7000 },
    ],
    [
      apiError(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1001234 }),
      { kind: "migrated", toChatId: -1001234 },
    ],
    [apiError(403, "Forbidden: bot was blocked by the user"), { kind: "gone" }],
    [apiError(403, "Forbidden: bot was kicked from the group chat"), { kind: "gone" }],
    [apiError(403, "Forbidden: user is deactivated"), { kind: "gone" }],
    [apiError(400, "Bad Request: chat not found"), { kind: "gone" }],
    [apiError(400, "Bad Request: PEER_ID_INVALID"), { kind: "gone" }],
    [apiError(502, "Bad Gateway"), { kind: "transient" }],
    [
      Object.assign(new Error("Network request for 'sendMessage' failed!"), { error: new Error("ECONNRESET") }),
      { kind: "transient" },
    ],
    [apiError(400, "Bad Request: can't parse entities: unclosed tag"), { kind: "rejected" }],
    [apiError(401, "Unauthorized"), { kind: "fatal" }],
    [apiError(400, "Bad Request: BALANCE_TOO_LOW"), { kind: "paid-refused" }],
    [apiError(400, "Bad Request: not enough Telegram Stars to pay for the paid broadcast"), { kind: "paid-refused" }],
  ])("%s", (error, expected) => {
    expect(classifySendError(error)).toMatchObject(expected);
  });

  it("waits a few seconds on a 429 that does not say how long", () => {
    expect(classifySendError(apiError(429, "Too Many Requests"))).toEqual({ kind: "rate-limited", retryAfterMs: 5000 });
  });

  it("tells the operator what to do about a wrong token", () => {
    const failure = classifySendError(apiError(401, "Unauthorized"));
    expect(failure.kind === "fatal" && failure.reason).toMatch(/BOT_TOKEN/);
  });
});
