import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach } from "vitest";
import { LOCAL_DATABASE_URL } from "../../src/local/database-url.ts";
import { LowdbStore } from "../../src/store/lowdb-store.ts";
import { PgStore } from "../../src/store/pg-store.ts";
import type { Store } from "../../src/store/store.ts";

/** The PostgreSQL that the machine (and CI) runs on loopback, trust auth. */
export const TEST_DATABASE_URL = LOCAL_DATABASE_URL;

let schemaCounter = 0;

export interface StoreFactory {
  name: string;
  /**
   * A fresh, empty store, and a way to open the same data again as after a restart. `location` is where the data
   * lives: the directory (lowdb) or the schema (postgres), for tests that inspect or damage it.
   */
  create(): Promise<{ store: Store; reopen(): Promise<Store>; dispose(): Promise<void>; location: string }>;
}

export const STORE_FACTORIES: StoreFactory[] = [
  {
    name: "lowdb",
    async create() {
      const dir = await mkdtemp(path.join(tmpdir(), "jobsafe-store-"));
      return {
        store: await LowdbStore.open(dir),
        reopen: () => LowdbStore.open(dir),
        dispose: async () => undefined,
        location: dir,
      };
    },
  },
  {
    name: "postgres",
    async create() {
      const schema = `jobsafe_test_${process.pid}_${++schemaCounter}`;
      const options = { connectionString: TEST_DATABASE_URL, schema };
      return {
        store: await PgStore.open(options),
        reopen: () => PgStore.open(options),
        location: schema,
        async dispose() {
          const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  },
];

/**
 * Ends the database session that holds `schema`'s round lock, as a crash of its instance or a dropped connection
 * does; resolves to how many sessions were ended.
 */
export async function endRoundLockSession(schema: string): Promise<number> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks
       WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() AND database = (
         SELECT oid FROM pg_database WHERE datname = current_database()
       ) AND objid = (hashtext($1)::bigint & 4294967295)::oid`,
      [`${schema}.rounds`],
    );
    return rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

/**
 * Opens fresh stores from `factory` for the tests of a `describe`: every store a test opened is closed, and its data
 * removed, after the test, even when it fails. `restart` closes a store and opens the same data again, as a restarted
 * instance would.
 */
export function freshStores(factory: StoreFactory) {
  const open: Store[] = [];
  const disposers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
    for (const dispose of disposers.splice(0)) await dispose();
  });
  return async () => {
    const created = await factory.create();
    open.push(created.store);
    disposers.push(created.dispose);
    const restart = async (current: Store): Promise<Store> => {
      await current.close();
      open.splice(open.indexOf(current), 1);
      const again = await created.reopen();
      open.push(again);
      return again;
    };
    return { store: created.store, restart };
  };
}
