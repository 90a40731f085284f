import { afterEach, describe, expect, it, vi } from "vitest";
import type { BroadcastApi } from "../../src/broadcast/round.ts";
import { scheduleWarningRounds, type RoundScheduler } from "../../src/broadcast/scheduler.ts";
import { createWarningRounds, type WarningRounds } from "../../src/broadcast/service.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import type { Store } from "../../src/store/store.ts";
import { endRoundLockSession, STORE_FACTORIES } from "../support/stores.ts";
import { makeSubs, MemoryLogger } from "./support.ts";

const postgres = STORE_FACTORIES.find((factory) => factory.name === "postgres");
if (!postgres) throw new Error("tests/support/stores.ts lists no postgres store");
const translator = loadTranslator();

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two instances of the bot sharing one database schema. */
async function twoInstances(): Promise<{ a: Store; b: Store; schema: string }> {
  const created = await postgres!.create();
  cleanups.push(created.dispose);
  const b = await created.reopen();
  cleanups.push(
    () => created.store.close(),
    () => b.close(),
  );
  return { a: created.store, b, schema: created.location };
}

function roundsOf(store: Store, logger = new MemoryLogger()): WarningRounds {
  return createWarningRounds({
    store,
    translator,
    logger,
    rate: { perSecond: 1000 },
    schedules: [{ kind: "weekly", cron: "0 9 * * 1" }],
    timeZone: "UTC",
    now: () => new Date(),
  });
}

/** A Bot API that records the chats it received; after `answerFirst` answers it never answers again (until aborted). */
function recordingApi(answerFirst = Infinity): BroadcastApi & { received: number[] } {
  const received: number[] = [];
  return {
    received,
    async sendMessage(chatId, _text, _options, signal) {
      received.push(chatId);
      if (received.length <= answerFirst) return { message_id: received.length };
      return new Promise((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));
    },
  };
}

describe("takeover of a round whose instance died (PostgreSQL)", () => {
  it("a live instance resumes an orphaned active round within 30 seconds, without waiting for a cron tick", async () => {
    const { a, b, schema } = await twoInstances();
    const subs = makeSubs(200);
    for (const sub of subs) await a.subscriptions.subscribe(sub);

    // Instance A runs a round and hangs mid-way, holding the lock; instance B is up with its scheduler.
    const stopA = new AbortController();
    cleanups.push(async () => stopA.abort(new Error("test over")));
    const apiA = recordingApi(10);
    const runA = roundsOf(a).runNow(apiA, "weekly", { dryRun: false, signal: stopA.signal });
    void runA.catch(() => undefined);
    await vi.waitFor(() => expect(apiA.received.length).toBeGreaterThan(10));

    const stopB = new AbortController();
    const apiB = recordingApi();
    const logger = new MemoryLogger();
    const scheduler: RoundScheduler = scheduleWarningRounds({
      rounds: roundsOf(b, logger),
      api: apiB,
      logger,
      signal: stopB.signal,
    });
    cleanups.push(async () => {
      scheduler.stop();
      stopB.abort(new Error("test over"));
      await scheduler.finished();
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(apiB.received).toEqual([]);

    // A dies: the database ends its session and, with it, the advisory lock.
    const killedAt = Date.now();
    expect(await endRoundLockSession(schema)).toBe(1);
    const active = await b.rounds.activeRound();
    await vi.waitFor(async () => expect((await b.rounds.lastCompletedRound("weekly"))?.roundId).toBe(active?.roundId), {
      timeout: 30_000,
      interval: 200,
    });
    expect(Date.now() - killedAt).toBeLessThan(30_000);

    const received = [...apiA.received, ...apiB.received];
    expect(new Set(received).size).toBe(received.length);
    expect(apiB.received.length).toBeGreaterThan(0);
    expect(logger.lines.filter((line) => /not started/.test(line.msg ?? ""))).toEqual([]);
  }, 40_000);

  it("/round now resumes the round another instance left active instead of answering busy", async () => {
    const { a, b, schema } = await twoInstances();
    for (const sub of makeSubs(20)) await a.subscriptions.subscribe(sub);
    const stopA = new AbortController();
    cleanups.push(async () => stopA.abort(new Error("test over")));
    const apiA = recordingApi(5);
    void roundsOf(a)
      .runNow(apiA, "weekly", { dryRun: false, signal: stopA.signal })
      .catch(() => undefined);
    await vi.waitFor(() => expect(apiA.received.length).toBeGreaterThan(5));
    const active = await b.rounds.activeRound();
    expect(await endRoundLockSession(schema)).toBe(1);

    const apiB = recordingApi();
    const summary = await roundsOf(b).runNow(apiB, "weekly", { dryRun: false });
    expect(summary).toMatchObject({ roundId: active?.roundId, status: "completed", resumed: true, planned: 20 });
    const received = [...apiA.received, ...apiB.received];
    expect(new Set(received).size).toBe(received.length);
  }, 20_000);
});
