import { afterEach, describe, expect, it, vi } from "vitest";
import { createHttpBroadcastApi } from "../../src/telegram/http-broadcast-api.ts";
import { InMemoryRoundStore } from "../../src/store/memory-rounds.ts";
import { systemClock } from "../../src/broadcast/pacer.ts";
import { maxSendsInFlight, runRound, type BroadcastApi } from "../../src/broadcast/round.ts";
import { parseConfig } from "../../src/config.ts";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import {
  apiError,
  baseDeps,
  FakeApi,
  FakeSubscriptions,
  makeSubs,
  makeWarnings,
  maxInWindow,
  MemoryLogger,
} from "./support.ts";
import { onFakeClock } from "./fake-clock.ts";

const WARNINGS = makeWarnings([["w-general", ["general"]]]);
const ROUND = { roundId: "weekly-paid", kind: "weekly" as const, scheduledFor: new Date("2026-11-23T01:00:00Z") };

let stub: BotApiStub | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await stub?.close();
  stub = undefined;
});

/**
 * Telegram 100 ms away (counted half-way) with Stars for `paidMessages` paid messages: a paid message after those is
 * refused (BALANCE_TOO_LOW, after the round trip), unseen by the chat. `paidAt`: when each paid message was counted.
 */
function telegramWithStars(paidMessages: number): { api: BroadcastApi; telegram: FakeApi; paidAt: number[] } {
  const telegram = new FakeApi(systemClock, { serverLagMs: () => 50, latencyMs: 50 });
  const paidAt: number[] = [];
  const api: BroadcastApi = {
    async sendMessage(chatId, text, options, signal) {
      if ("allow_paid_broadcast" in options) {
        if (paidAt.length === paidMessages) {
          await systemClock.sleep(100, signal);
          throw apiError(400, "Bad Request: BALANCE_TOO_LOW");
        }
        paidAt.push(systemClock.now() + 50);
      }
      return telegram.sendMessage(chatId, text, options, signal);
    },
  };
  return { api, telegram, paidAt };
}

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

  it("a paid round at 1,000 a second over a 100 ms round trip keeps its rate, then falls back to 30 a second", async () => {
    vi.useFakeTimers();
    // Stars for 3,000 of 3,060 subscribers; sends are in flight when they run out, and come back refused.
    const { api, telegram, paidAt } = telegramWithStars(3000);
    const subs = makeSubs(3060);
    const deps = baseDeps({
      api,
      store: new InMemoryRoundStore(),
      subscriptions: new FakeSubscriptions(subs),
      warnings: WARNINGS,
      rate: { perSecond: 1000, paid: true },
    });
    const summary = await onFakeClock(runRound({ ...deps, round: ROUND }));
    expect(summary).toMatchObject({ status: "completed", sent: 3060, failed: 0, paidBroadcast: "fell-back-to-free" });
    expect(new Set(telegram.received.map((message) => message.chatId)).size).toBe(3060);
    expect(telegram.received).toHaveLength(3060);
    // A paid broadcast needs about 125 sends in flight 100 ms away: at most 64 made 640 a second.
    const paidSpanMs = Math.max(...paidAt) - Math.min(...paidAt);
    expect((paidAt.length - 1) / (paidSpanMs / 1000)).toBeGreaterThanOrEqual(0.95 * 1000);
    expect(maxInWindow(paidAt, 1000)).toBeLessThanOrEqual(1000);
    const free = telegram.received.map((message) => message.at).filter((at) => at > Math.max(...paidAt));
    expect(free).toHaveLength(60);
    expect(maxInWindow(free, 1000)).toBeLessThanOrEqual(30);
  });

  it("when Telegram refuses for want of Stars, the round goes on free at the free rate, logged and in the summary", async () => {
    // Stars for 10 paid messages; 40 subscribers.
    stub = await startBotApiStub({ starsBalance: 1, recordCalls: false });
    const logger = new MemoryLogger();
    await paidRoundThroughStub(stub, { subscribers: 40, perSecond: 200, concurrency: 1, logger });
    expect(stub.stats()).toMatchObject({ sent: 40, paidSent: 10 });
    expect(logger.lines.some((line) => line.level === "warn" && /not enough Stars/.test(line.msg ?? ""))).toBe(true);
  }, 20_000);

  it("end to end at 1,000 a second over the loopback stub 100 ms away, with its default sends in flight and connections", async () => {
    // Stars for 300 paid messages; 400 subscribers: sends in flight when the Stars run out come back refused.
    stub = await startBotApiStub({
      starsBalance: 30,
      roundTripMs: 100,
      rateLimit: { globalPerSecond: 1000 },
      recordCalls: false,
    });
    await paidRoundThroughStub(stub, { subscribers: 400, perSecond: 1000, connections: maxSendsInFlight(1000) });
    expect(stub.stats()).toMatchObject({ sent: 400, paidSent: 300, rejected429: 0 });
  }, 30_000);
});

/**
 * A paid round through the round's HTTP sender to the stub, whose Stars run out: it completes, falls back to the free
 * rate, and every chat gets its warning once.
 */
async function paidRoundThroughStub(
  telegram: BotApiStub,
  options: {
    subscribers: number;
    perSecond: number;
    connections?: number;
    concurrency?: number;
    logger?: MemoryLogger;
  },
): Promise<void> {
  const { subscribers, perSecond, connections, concurrency, logger } = options;
  const api = createHttpBroadcastApi({
    token: telegram.token,
    apiRoot: telegram.apiRoot,
    ...(connections ? { connections } : {}),
  });
  const subs = makeSubs(subscribers);
  try {
    const summary = await runRound({
      ...baseDeps({
        api,
        store: new InMemoryRoundStore(),
        subscriptions: new FakeSubscriptions(subs),
        warnings: WARNINGS,
        rate: { perSecond, paid: true },
        ...(concurrency ? { concurrency } : {}),
        ...(logger ? { logger } : {}),
      }),
      round: ROUND,
    });
    expect(summary).toMatchObject({
      status: "completed",
      sent: subscribers,
      failed: 0,
      paidBroadcast: "fell-back-to-free",
    });
  } finally {
    await api.close();
  }
  for (const sub of subs) expect(telegram.sentCount(sub.chatId)).toBe(1);
}
