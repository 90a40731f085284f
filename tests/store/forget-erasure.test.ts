import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RoundPlan } from "../../src/broadcast/plan.ts";
import { PgStore } from "../../src/store/pg-store.ts";
import type { Store } from "../../src/store/store.ts";
import { makeSub } from "../broadcast/support.ts";
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

function plan(roundId: string, chatIds: number[]): RoundPlan {
  return {
    roundId,
    kind: "weekly",
    scheduledFor: "2026-11-23T01:00:00.000Z",
    createdAt: "2026-11-23T01:00:05.000Z",
    deliveries: chatIds.map((chatId) => ({ chatId, warningId: "w-general", locale: "en", chatKind: "private" })),
  };
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

    // The runner still holds the chat in memory: it finds no subscription and records the skip, which is done.
    expect(await runner.subscriptions.get(FORGOTTEN)).toBeUndefined();
    await runner.rounds.record("r1", { type: "skipped", chatId: FORGOTTEN });
    await runner.rounds.record("r1", { type: "delivered", chatId: OTHER });
    const completed = await runner.rounds.completeRound("r1", new Date("2026-11-23T01:10:00Z"));
    expect(completed.totals).toMatchObject({ delivered: 1, pending: 0, attempted: 0 });
    expect(await traces(created.location)).toEqual([]);
  });

  it("a delivery in flight when the user forgets is deleted once its outcome is recorded", async () => {
    const created = await postgres.create();
    disposers.push(created.dispose);
    open.push(created.store);
    const runner = await PgStore.open({
      connectionString: TEST_DATABASE_URL,
      schema: created.location,
      inFlightErasureMs: 100,
    });
    open.push(runner);
    await runner.subscriptions.subscribe(makeSub(FORGOTTEN));
    expect(await runner.rounds.tryLock("runner")).toBe(true);
    await runner.rounds.saveRoundPlan(plan("r1", [FORGOTTEN]));
    await runner.rounds.record("r1", { type: "attempt", chatId: FORGOTTEN });

    expect(await runner.forgetUser(FORGOTTEN)).toBe(true);
    // The send is on the wire: its outcome must still be recordable.
    await runner.rounds.record("r1", { type: "delivered", chatId: FORGOTTEN });
    await vi.waitFor(async () => expect(await traces(created.location)).toEqual([]), { timeout: 3000 });
    const completed = await runner.rounds.completeRound("r1", new Date("2026-11-23T01:10:00Z"));
    expect(completed.totals).toMatchObject({ pending: 0, attempted: 0 });
  });

  const traces = async (schema: string): Promise<string[]> =>
    [...(await everyRow(schema))].filter(([, text]) => text.includes(String(FORGOTTEN))).map(([table]) => table);
});
