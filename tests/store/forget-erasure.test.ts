import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { weeklyPlan as plan } from "../broadcast/support.ts";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { runRound, type BroadcastApi, type RoundSummary, type SubscriptionsPort } from "../../src/broadcast/round.ts";
import { DeliveryErasedError } from "../../src/broadcast/round-store.ts";
import { LowdbStore } from "../../src/store/lowdb-store.ts";
import type { Store } from "../../src/store/store.ts";
import { baseDeps, makeSub, makeWarnings, MemoryLogger } from "../broadcast/support.ts";
import { STORE_FACTORIES, TEST_DATABASE_URL } from "../support/stores.ts";

/** An id that appears nowhere else in the data, so a search for its digits finds only traces of this user. */
const FORGOTTEN = 7_031_415_926;
const OTHER = 7_002_718_281;

const open: Store[] = [];
const disposers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  for (const dispose of disposers.splice(0)) await dispose();
});

async function everyFile(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(file, await readFile(file, "utf8"));
    }
  }
  return files;
}

/** Every row of every table in the schema, as text. */
async function everyRow(schema: string): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1`,
      [schema],
    );
    const contents = new Map<string, string>();
    for (const { table_name: table } of tables) {
      const { rows } = await client.query(`SELECT t::text AS row FROM ${schema}.${table} t`);
      contents.set(table, rows.map((row: { row: string }) => row.row).join("\n"));
    }
    return contents;
  } finally {
    await client.end();
  }
}

describe.each(STORE_FACTORIES)("/forget leaves no trace of the id: $name", (factory) => {
  const traces = async (location: string): Promise<string[]> => {
    const contents = factory.name === "lowdb" ? await everyFile(location) : await everyRow(location);
    return [...contents].filter(([, text]) => text.includes(String(FORGOTTEN))).map(([where]) => where);
  };

  it("erases the user, their subscription and the journal lines that named them", async () => {
    const created = await factory.create();
    disposers.push(created.dispose);
    const store = created.store;
    open.push(store);
    await store.updateUser(FORGOTTEN, { locale: "zh-hans", sosCountry: "mm" });
    await store.subscriptions.subscribe(makeSub(FORGOTTEN));
    await store.subscriptions.subscribe(makeSub(OTHER));
    await store.subscriptions.subscribe(makeSub(FORGOTTEN, { frequency: "daily" }));
    await store.flush();
    expect(await traces(created.location)).not.toEqual([]);

    expect(await store.forgetUser(FORGOTTEN)).toBe(true);
    await store.flush();
    expect(await traces(created.location)).toEqual([]);
    expect(await store.subscriptions.get(OTHER)).toBeDefined();

    // What stays is still read back after a restart.
    open.splice(open.indexOf(store), 1);
    await store.close();
    const again = await created.reopen();
    open.push(again);
    expect(await again.subscriptions.get(FORGOTTEN)).toBeUndefined();
    expect(await again.subscriptions.get(OTHER)).toBeDefined();
    await again.subscriptions.subscribe(makeSub(FORGOTTEN));
    expect(await again.subscriptions.get(FORGOTTEN)).toBeDefined();
  });
});

describe("/forget during a warning round on PostgreSQL", () => {
  const postgres = STORE_FACTORIES.find((factory) => factory.name === "postgres")!;

  it("deletes the user's delivery row at once, and the round still completes", async () => {
    const created = await postgres.create();
    disposers.push(created.dispose);
    const runner = created.store;
    open.push(runner);
    // The user forgets on another instance than the one running the round.
    const other = await created.reopen();
    open.push(other);
    await runner.subscriptions.subscribe(makeSub(FORGOTTEN));
    await runner.subscriptions.subscribe(makeSub(OTHER));
    expect(await runner.rounds.tryLock("runner")).toBe(true);
    await runner.rounds.saveRoundPlan(plan("r1", [OTHER, FORGOTTEN]));
    await runner.rounds.record("r1", { type: "attempt", chatId: OTHER });

    expect(await other.forgetUser(FORGOTTEN)).toBe(true);
    expect(await traces(created.location)).toEqual([]);

    // The runner still holds the chat in memory: whatever it records for it is refused as erased, and nothing stays.
    await expect(runner.rounds.record("r1", { type: "skipped", chatId: FORGOTTEN })).rejects.toThrow(
      DeliveryErasedError,
    );
    await expect(runner.rounds.record("r1", { type: "attempt", chatId: FORGOTTEN })).rejects.toThrow(
      DeliveryErasedError,
    );
    await runner.rounds.record("r1", { type: "delivered", chatId: OTHER });
    const completed = await runner.rounds.completeRound("r1", new Date("2026-11-23T01:10:00Z"));
    expect(completed.totals).toMatchObject({ planned: 1, delivered: 1, pending: 0, attempted: 0 });
    expect(await traces(created.location)).toEqual([]);
  });

  it("a delivery in flight when the user forgets is deleted at once; its outcome is then refused as erased", async () => {
    const created = await postgres.create();
    disposers.push(created.dispose);
    const runner = created.store;
    open.push(runner);
    await runner.subscriptions.subscribe(makeSub(FORGOTTEN));
    expect(await runner.rounds.tryLock("runner")).toBe(true);
    await runner.rounds.saveRoundPlan(plan("r1", [FORGOTTEN]));
    await runner.rounds.record("r1", { type: "attempt", chatId: FORGOTTEN });

    expect(await runner.forgetUser(FORGOTTEN)).toBe(true);
    expect(await traces(created.location)).toEqual([]);
    await expect(runner.rounds.record("r1", { type: "delivered", chatId: FORGOTTEN })).rejects.toThrow(
      DeliveryErasedError,
    );
    const completed = await runner.rounds.completeRound("r1", new Date("2026-11-23T01:10:00Z"));
    expect(completed.totals).toMatchObject({ planned: 0, pending: 0, attempted: 0 });
  });

  it("an event for a chat the round never planned, while the chat is subscribed, is still refused", async () => {
    const created = await postgres.create();
    disposers.push(created.dispose);
    const runner = created.store;
    open.push(runner);
    await runner.subscriptions.subscribe(makeSub(OTHER));
    expect(await runner.rounds.tryLock("runner")).toBe(true);
    await runner.rounds.saveRoundPlan(plan("r1", [FORGOTTEN]));
    const refused = runner.rounds.record("r1", { type: "attempt", chatId: OTHER });
    await expect(refused).rejects.toThrow(/no delivery for chat/);
    await expect(refused).rejects.not.toThrow(DeliveryErasedError);
  });

  const traces = async (schema: string): Promise<string[]> =>
    [...(await everyRow(schema))].filter(([, text]) => text.includes(String(FORGOTTEN))).map(([table]) => table);
});

/** A Bot API that holds the answer to one chosen send until the test lets it go, and counts what each chat got. */
class GatedApi implements BroadcastApi {
  readonly received: number[] = [];
  private release: () => void = () => undefined;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  readonly reached: Promise<number>;
  private reach: (chatId: number) => void = () => undefined;

  constructor(private readonly holds: (chatId: number, index: number) => boolean) {
    this.reached = new Promise((resolve) => (this.reach = resolve));
  }

  async sendMessage(chatId: number): Promise<unknown> {
    const index = this.received.push(chatId) - 1;
    if (this.holds(chatId, index)) {
      this.reach(chatId);
      await this.gate;
    }
    return { message_id: index + 1, chat: { id: chatId } };
  }

  open(): void {
    this.release();
  }

  count(chatId: number): number {
    return this.received.filter((id) => id === chatId).length;
  }
}

const SUBSCRIBERS = [OTHER, OTHER + 1, OTHER + 2, FORGOTTEN];
const ROUND = { roundId: "weekly-2026-11-23", kind: "weekly" as const, scheduledFor: new Date("2026-11-23T01:00:00Z") };

describe.each(STORE_FACTORIES)("/forget while a warning round runs: $name", (factory) => {
  const traces = async (location: string): Promise<string[]> => {
    const contents = factory.name === "lowdb" ? await everyFile(location) : await everyRow(location);
    return [...contents].filter(([, text]) => text.includes(String(FORGOTTEN))).map(([where]) => where);
  };

  /** The store that runs the round, and the one the user forgets on (another instance on PostgreSQL). */
  async function setUp() {
    const created = await factory.create();
    disposers.push(created.dispose);
    const runner = created.store;
    open.push(runner);
    let forgetter = runner;
    if (factory.name === "postgres") {
      forgetter = await created.reopen();
      open.push(forgetter);
    }
    for (const chatId of SUBSCRIBERS) await runner.subscriptions.subscribe(makeSub(chatId));
    await runner.flush();
    return { created, runner, forgetter };
  }

  function deps(runner: Store, api: BroadcastApi, subscriptions: SubscriptionsPort = runner.subscriptions) {
    const logger = new MemoryLogger();
    return {
      logger,
      deps: baseDeps({
        api,
        store: runner.rounds,
        subscriptions,
        warnings: makeWarnings([["w-general", []]]),
        logger,
        rate: { perSecond: 1000, maxInFlight: 1 },
        concurrency: 1,
      }),
    };
  }

  function expectCompletedWithoutThem(summary: RoundSummary, api: GatedApi, logger: MemoryLogger): void {
    expect(summary.status).toBe("completed");
    expect(summary).toMatchObject({ planned: 3, sent: 3, failed: 0, unconfirmed: 0 });
    for (const chatId of SUBSCRIBERS.filter((id) => id !== FORGOTTEN)) expect(api.count(chatId)).toBe(1);
    expect(logger.lines.filter((line) => line.level !== "info")).toEqual([]);
    expect(JSON.stringify(logger.lines)).not.toContain(String(FORGOTTEN));
  }

  it("erases the id from every file and table at once; the round goes on without them", async () => {
    const { created, runner, forgetter } = await setUp();
    const api = new GatedApi((_chatId, index) => index === 0);
    const { deps: roundDeps, logger } = deps(runner, api);
    const running = runRound({ ...roundDeps, round: ROUND });
    expect(await api.reached).not.toBe(FORGOTTEN);

    expect(await forgetter.forgetUser(FORGOTTEN)).toBe(true);
    await forgetter.flush();
    expect(await runner.rounds.activeRound()).toBeDefined();
    expect(await traces(created.location)).toEqual([]);

    api.open();
    expectCompletedWithoutThem(await running, api, logger);
    expect(api.count(FORGOTTEN)).toBe(0);
    await runner.flush();
    expect(await traces(created.location)).toEqual([]);
  });

  it("a runner that read the subscription just before /forget sends nothing to them and does not fail", async () => {
    const { created, runner, forgetter } = await setUp();
    const api = new GatedApi(() => false);
    // The user forgets between the runner's look at their subscription and its `attempt`.
    const subscriptions = runner.subscriptions;
    const racing: SubscriptionsPort = {
      list: (frequency) => subscriptions.list(frequency),
      get: async (chatId) => {
        const subscription = await subscriptions.get(chatId);
        if (chatId === FORGOTTEN) expect(await forgetter.forgetUser(FORGOTTEN)).toBe(true);
        return subscription;
      },
      unsubscribe: (chatId, reason) => subscriptions.unsubscribe(chatId, reason),
      migrate: (from, to) => subscriptions.migrate(from, to),
      recordSent: (sent) => subscriptions.recordSent(sent),
    };
    const { deps: roundDeps, logger } = deps(runner, api, racing);
    expectCompletedWithoutThem(await runRound({ ...roundDeps, round: ROUND }), api, logger);
    expect(api.count(FORGOTTEN)).toBe(0);
    await runner.flush();
    expect(await traces(created.location)).toEqual([]);
  });

  it("a send already on its way when they forget is not recorded, not repeated, and the round completes", async () => {
    const { created, runner, forgetter } = await setUp();
    const api = new GatedApi((chatId) => chatId === FORGOTTEN);
    const { deps: roundDeps, logger } = deps(runner, api);
    const running = runRound({ ...roundDeps, round: ROUND });
    expect(await api.reached).toBe(FORGOTTEN);

    expect(await forgetter.forgetUser(FORGOTTEN)).toBe(true);
    await forgetter.flush();
    expect(await traces(created.location)).toEqual([]);

    api.open();
    expectCompletedWithoutThem(await running, api, logger);
    expect(api.count(FORGOTTEN)).toBe(1);
    await runner.flush();
    expect(await traces(created.location)).toEqual([]);
  });
});

describe("/forget during a round on the file store, then a restart", () => {
  const lowdb = STORE_FACTORIES.find((factory) => factory.name === "lowdb")!;

  it("the rewritten journal resumes the round without them and without a duplicate", async () => {
    const created = await lowdb.create();
    const store = created.store;
    open.push(store);
    for (const chatId of SUBSCRIBERS) await store.subscriptions.subscribe(makeSub(chatId));
    const api = new GatedApi((_chatId, index) => index === 1);
    const stop = new AbortController();
    const roundDeps = baseDeps({
      api,
      store: store.rounds,
      subscriptions: store.subscriptions,
      warnings: makeWarnings([["w-general", []]]),
      rate: { perSecond: 1000, maxInFlight: 1 },
      concurrency: 1,
    });
    const running = runRound({ ...roundDeps, round: ROUND, signal: stop.signal });
    await api.reached;
    expect(await store.forgetUser(FORGOTTEN)).toBe(true);
    stop.abort();
    api.open();
    expect((await running).status).toBe("aborted");
    open.splice(open.indexOf(store), 1);
    await store.close();
    expect([...(await everyFile(created.location))].filter(([, text]) => text.includes(String(FORGOTTEN)))).toEqual([]);

    const again = await created.reopen();
    open.push(again);
    expect((await again.rounds.activeRound())?.totals).toMatchObject({ planned: 3, pending: 1, delivered: 2 });
    const resumed = await runRound({
      ...roundDeps,
      store: again.rounds,
      subscriptions: again.subscriptions,
      round: ROUND,
    });
    expect(resumed).toMatchObject({ status: "completed", planned: 3, sent: 3, unconfirmed: 0 });
    for (const chatId of [OTHER, OTHER + 1, OTHER + 2]) expect(api.count(chatId)).toBe(1);
    expect(api.count(FORGOTTEN)).toBe(0);
  });
});

describe("/forget on the file store with a plan that was never committed", () => {
  it("a crash while planning left lines naming the user: /forget rewrites the journal without them", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "jobsafe-forget-"));
    const header = { roundId: "r0", kind: "weekly", scheduledFor: ROUND.scheduledFor.toISOString() };
    const lines = [
      { type: "plan", ...header, createdAt: header.scheduledFor, size: 2 },
      { type: "planned", chatId: OTHER, warningId: "w-general", locale: "en", chatKind: "private" },
      { type: "planned", chatId: FORGOTTEN, warningId: "w-general", locale: "en", chatKind: "private" },
    ];
    await writeFile(path.join(dir, "rounds.journal"), lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
    const store = await LowdbStore.open(dir);
    open.push(store);
    expect(await store.rounds.activeRound()).toBeUndefined();
    await store.forgetUser(FORGOTTEN);
    const traces = [...(await everyFile(dir))].filter(([, text]) => text.includes(String(FORGOTTEN)));
    expect(traces).toEqual([]);
  });
});
