import { afterEach, describe, expect, it } from "vitest";
import { createHttpBroadcastApi } from "../../src/telegram/http-broadcast-api.ts";
import { InMemoryRoundStore } from "../../src/store/memory-rounds.ts";
import { runRound } from "../../src/broadcast/round.ts";
import { parseConfig } from "../../src/config.ts";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import { baseDeps, FakeSubscriptions, makeSubs, makeWarnings, MemoryLogger } from "./support.ts";

const WARNINGS = makeWarnings([["w-general", ["general"]]]);
const ROUND = { roundId: "weekly-paid", kind: "weekly" as const, scheduledFor: new Date("2026-11-23T01:00:00Z") };

let stub: BotApiStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

describe("paid broadcasts (BROADCAST_PAID=1)", () => {
  it("allow BROADCAST_RATE up to 1000 with Telegram's servers, and not above", () => {
    const telegram = { BOT_TOKEN: "123:abc" };
    expect(() => parseConfig({ ...telegram, BROADCAST_RATE: "1000" })).toThrow(/BROADCAST_PAID=1/);
    expect(parseConfig({ ...telegram, BROADCAST_RATE: "1000", BROADCAST_PAID: "1" }).warnings).toMatchObject({
      rate: 1000,
      paid: true,
    });
    expect(() => parseConfig({ ...telegram, BROADCAST_RATE: "1001", BROADCAST_PAID: "1" })).toThrow(/at most 1000/);
  });

  it("when Telegram refuses for want of Stars, the round goes on free at the free rate, logged and in the summary", async () => {
    // Stars for 10 paid messages; 40 subscribers.
    stub = await startBotApiStub({ starsBalance: 1, recordCalls: false });
    const api = createHttpBroadcastApi({ token: stub.token, apiRoot: stub.apiRoot });
    const subs = makeSubs(40);
    const logger = new MemoryLogger();
    try {
      const summary = await runRound({
        ...baseDeps({
          api,
          store: new InMemoryRoundStore(),
          subscriptions: new FakeSubscriptions(subs),
          warnings: WARNINGS,
          rate: { perSecond: 200, paid: true },
          concurrency: 1,
        }),
        logger,
        round: ROUND,
      });
      expect(summary).toMatchObject({ status: "completed", sent: 40, failed: 0, paidBroadcast: "fell-back-to-free" });
    } finally {
      await api.close();
    }
    expect(stub.stats()).toMatchObject({ sent: 40, paidSent: 10 });
    for (const sub of subs) expect(stub.sentCount(sub.chatId)).toBe(1);
    expect(logger.lines.some((line) => line.level === "warn" && /not enough Stars/.test(line.msg ?? ""))).toBe(true);
  }, 20_000);
});
