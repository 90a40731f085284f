import { weeklyPlan as plan } from "../broadcast/support.ts";
import type pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { systemClock } from "../../src/broadcast/pacer.ts";
import { runRound } from "../../src/broadcast/round.ts";
import { RoundStateError } from "../../src/broadcast/round-store.ts";
import { RoundLockLostError } from "../../src/store/pg-round-lock.ts";
import type { Store } from "../../src/store/store.ts";
import { apiError, baseDeps, collect, FakeApi, makeSub, makeSubs, makeWarnings } from "../broadcast/support.ts";
import { endRoundLockSession, STORE_FACTORIES } from "../support/stores.ts";

const postgres = STORE_FACTORIES.find((factory) => factory.name === "postgres");
if (!postgres) throw new Error("tests/support/stores.ts lists no postgres store");

const open: Store[] = [];
const disposers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  for (const dispose of disposers.splice(0)) await dispose();
});

/** Two instances of the bot sharing one database schema, as in a deployment with several instances. */
async function twoInstances(): Promise<{ a: Store; b: Store; schema: string }> {
  const created = await postgres!.create();
  disposers.push(created.dispose);
  open.push(created.store);
  const b = await created.reopen();
  open.push(b);
  return { a: created.store, b, schema: created.location };
}

async function closeInstance(store: Store): Promise<void> {
  open.splice(open.indexOf(store), 1);
  await store.close();
}

describe("PgRoundStore pages of open deliveries", () => {
  it("yields each open delivery once, in plan order, across pages read ahead while earlier ones are sent", async () => {
    const created = await postgres!.create();
    disposers.push(created.dispose);
    open.push(created.store);
    const rounds = created.store.rounds;
    // Over two pages of 2,000, a few already sent, and the rest sent as they come.
    const chatIds = Array.from({ length: 4500 }, (_, index) => 10_000 - index);
    await rounds.saveRoundPlan(plan("paged", chatIds));
    for (const chatId of [10_000, 7_999, 5_600]) {
      await rounds.record("paged", { type: "attempt", chatId });
      await rounds.record("paged", { type: "delivered", chatId });
    }
    const seen: number[] = [];
    const outcomes: Array<Promise<void>> = [];
    for await (const delivery of await rounds.pendingDeliveries("paged")) {
      seen.push(delivery.chatId);
      // Closed as they come, group-committed: the page ahead is read while these are written.
      outcomes.push(rounds.record("paged", { type: "skipped", chatId: delivery.chatId }));
    }
    await Promise.all(outcomes);
    expect(seen).toEqual(chatIds.filter((chatId) => ![10_000, 7_999, 5_600].includes(chatId)));
    expect((await rounds.activeRound())?.totals).toMatchObject({ planned: 4500, delivered: 3, skipped: 4497 });
  });
});

describe("PgRoundStore across instances", () => {
  it("lets only one of two instances hold the round lock, and frees it on unlock or close", async () => {
    const { a, b } = await twoInstances();
    expect(await a.rounds.tryLock("runner")).toBe(true);
    expect(await b.rounds.tryLock("runner")).toBe(false);
    expect(await b.rounds.tryLock("other")).toBe(false);
    await a.rounds.unlock("runner");
    expect(await b.rounds.tryLock("other")).toBe(true);
    expect(await a.rounds.tryLock("runner")).toBe(false);
    await closeInstance(b);
    expect(await a.rounds.tryLock("runner")).toBe(true);
  });

  it("shares the active round: another instance resumes it and cannot start a second one", async () => {
    const { a, b } = await twoInstances();
    await a.rounds.saveRoundPlan(plan("r1", [1, 2, 3]));
    await a.rounds.record("r1", { type: "attempt", chatId: 1 });
    await a.rounds.record("r1", { type: "delivered", chatId: 1 });
    await a.rounds.record("r1", { type: "attempt", chatId: 2 });
    await closeInstance(a);

    expect((await b.rounds.activeRound())?.totals).toMatchObject({ planned: 3, delivered: 1, attempted: 1 });
    expect((await collect(await b.rounds.pendingDeliveries("r1"))).map((d) => [d.chatId, d.attempted])).toEqual([
      [2, true],
      [3, false],
    ]);
    await expect(b.rounds.saveRoundPlan(plan("r2", [9]))).rejects.toThrow(RoundStateError);
  });

  it("stops writing for a round once the lock's connection is lost, and another instance can take over", async () => {
    const { a, b, schema } = await twoInstances();
    expect(await a.rounds.tryLock("runner")).toBe(true);
    await a.rounds.saveRoundPlan(plan("r1", [1, 2]));

    // What a database restart or a dropped connection does to the session holding the lock.
    expect(await endRoundLockSession(schema)).toBe(1);

    await vi.waitFor(() =>
      expect(a.rounds.record("r1", { type: "attempt", chatId: 1 })).rejects.toThrow(RoundLockLostError),
    );
    expect(await b.rounds.tryLock("runner")).toBe(true);
    expect(await a.rounds.tryLock("runner")).toBe(false);
    await a.rounds.unlock("runner");
    expect(await a.rounds.tryLock("runner")).toBe(false);
  });
});

describe("a warning round over PostgreSQL", () => {
  it("stopped on one instance, resumed on another: no warning twice, the group followed, rotations advanced", async () => {
    const { a, b } = await twoInstances();
    const subs = [...makeSubs(40), makeSub(-100, { kind: "group", locale: "zh-hans" })];
    for (const sub of subs) await a.subscriptions.subscribe(sub);
    const warnings = makeWarnings([["w-general", ["general"]]]);
    const round = { roundId: "weekly-pg", kind: "weekly" as const, scheduledFor: new Date("2026-11-23T01:00:00Z") };

    const stop = new AbortController();
    const first = new FakeApi(systemClock, {
      latencyMs: 2,
      onCall: (index) => index === 15 && stop.abort(new Error("SIGTERM")),
      behaviour: (chatId) =>
        chatId === -100
          ? apiError(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1001 })
          : "ok",
    });
    const deps = (store: Store, api: FakeApi) =>
      baseDeps({ api, store: store.rounds, subscriptions: store.subscriptions, warnings, concurrency: 4 });
    const stopped = await runRound({ ...deps(a, first), signal: stop.signal, round });
    expect(stopped.status).toBe("aborted");
    await closeInstance(a);

    const second = new FakeApi(systemClock);
    const resumed = await runRound({ ...deps(b, second), round });
    expect(resumed).toMatchObject({ status: "completed", resumed: true, planned: 41 });
    expect(resumed.sent + resumed.unconfirmed).toBe(41);

    // Nobody gets the warning twice; each chat got it, or was in flight at the stop and is counted unconfirmed.
    const received = [...first.received, ...second.received].map((message) => message.chatId);
    const expected = [...subs.map((sub) => sub.chatId).filter((chatId) => chatId !== -100), -1001];
    expect(new Set(received).size).toBe(received.length);
    expect(expected.filter((chatId) => !received.includes(chatId)).length).toBeLessThanOrEqual(resumed.unconfirmed);
    expect(received.every((chatId) => expected.includes(chatId))).toBe(true);
    expect(await b.subscriptions.get(-100)).toBeUndefined();
    for (const chatId of expected) expect((await b.subscriptions.get(chatId))?.sentWarningIds).toEqual(["w-general"]);
    expect(await b.rounds.lastCompletedRound("weekly")).toMatchObject({
      roundId: "weekly-pg",
      totals: { migrated: 1 },
    });
  });
});

/** Counts the statements sent on the pool's connections from now on, the pool's own queries and lent clients' alike. */
function countStatements(pool: pg.Pool): { count: number } {
  const counter = { count: 0 };
  const counted = new WeakSet<pg.PoolClient>();
  const count = (client: pg.PoolClient): pg.PoolClient => {
    if (counted.has(client)) return client;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      counter.count += 1;
      return query(...args);
    }) as typeof client.query;
    return client;
  };
  const connect = pool.connect.bind(pool) as (callback?: (...args: unknown[]) => void) => unknown;
  pool.connect = ((callback?: (error: Error | undefined, client: pg.PoolClient, done: unknown) => void) =>
    callback
      ? connect((error, client, done) => callback(error as Error | undefined, count(client as pg.PoolClient), done))
      : (connect() as Promise<pg.PoolClient>).then(count)) as typeof pool.connect;
  return counter;
}

describe("PgRoundStore under a round with hundreds of sends in flight", () => {
  it("batches lookups, checks, claims and outcomes: no statement per delivery, and no query waits for the pool", async () => {
    const created = await postgres!.create();
    disposers.push(created.dispose);
    open.push(created.store);
    const subs = makeSubs(3000);
    for (const sub of subs) await created.store.subscriptions.subscribe(sub);
    const pool = (created.store as unknown as { pool: pg.Pool }).pool;
    const statements = countStatements(pool);
    let poolWaits = 0;
    const sampler = setInterval(() => (poolWaits = Math.max(poolWaits, pool.waitingCount)), 2);
    try {
      // A paid round 100 ms from Telegram: about 125 sends in flight, 250 workers.
      const api = new FakeApi(systemClock, { serverLagMs: () => 50, latencyMs: 50 });
      const summary = await runRound({
        ...baseDeps({
          api,
          store: created.store.rounds,
          subscriptions: created.store.subscriptions,
          warnings: makeWarnings([["w-general", ["general"]]]),
          rate: { perSecond: 1000 },
        }),
        round: { roundId: "weekly-busy", kind: "weekly", scheduledFor: new Date("2026-11-23T01:00:00Z") },
      });
      expect(summary).toMatchObject({ status: "completed", sent: 3000 });
      expect(new Set(api.received.map((message) => message.chatId)).size).toBe(3000);
    } finally {
      clearInterval(sampler);
    }
    // Four steps a delivery (lookup, check, claim, outcome), yet fewer than three statements: each carries several.
    // (1,064 for 3,000 deliveries on a loaded machine.)
    expect(statements.count).toBeLessThan(3 * 3000);
    expect(poolWaits).toBe(0);
  }, 60_000);
});
