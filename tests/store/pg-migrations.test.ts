import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DELIVERY_TRANSITIONS } from "../../src/broadcast/round-store.ts";
import { migrate, MIGRATIONS, SchemaTooNewError } from "../../src/store/pg-migrations.ts";
import { PgStore } from "../../src/store/pg-store.ts";
import { TEST_DATABASE_URL } from "../support/stores.ts";

const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2 });
const latest = MIGRATIONS.at(-1)!.version;
let schemaCounter = 0;
const schemas: string[] = [];
const stores: PgStore[] = [];

function newSchema(): string {
  const schema = `jobsafe_migrations_${process.pid}_${++schemaCounter}`;
  schemas.push(schema);
  return schema;
}

async function open(schema: string): Promise<PgStore> {
  const store = await PgStore.open({ connectionString: TEST_DATABASE_URL, schema });
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const schema of schemas.splice(0)) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});
afterAll(() => pool.end());

async function recorded(schema: string): Promise<Array<{ version: number; name: string; applied_at: Date }>> {
  const { rows } = await pool.query<{ version: number; name: string; applied_at: Date }>(
    `SELECT version, name, applied_at FROM ${schema}.schema_migrations ORDER BY version`,
  );
  return rows;
}

/** Columns, indexes and constraints of every table in `schema`, with the schema's name taken out. */
async function catalog(schema: string): Promise<string> {
  const columns = await pool.query(
    `SELECT table_name, column_name, ordinal_position, data_type, udt_name, is_nullable, column_default, is_identity
     FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
    [schema],
  );
  const indexes = await pool.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname`,
    [schema],
  );
  const constraints = await pool.query(
    `SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) AS def
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
     WHERE k.connamespace = $1::regnamespace ORDER BY c.relname, k.conname`,
    [schema],
  );
  return JSON.stringify([columns.rows, indexes.rows, constraints.rows], null, 1).replaceAll(schema, "<schema>");
}

describe("the PostgreSQL schema is built by numbered migrations", () => {
  it("a new schema gets every migration, recorded with its version and name", async () => {
    const schema = newSchema();
    const store = await open(schema);
    expect((await recorded(schema)).map(({ version, name }) => ({ version, name }))).toEqual(
      MIGRATIONS.map(({ version, name }) => ({ version, name })),
    );
    await store.updateUser(7, { locale: "en" });
    expect(await store.claimReportSlot(7, "2026-12-06", 1)).toBe(true);
  });

  it("reopening runs no migration again and keeps the data", async () => {
    const schema = newSchema();
    const first = await open(schema);
    await first.updateUser(7, { locale: "zh-hant" });
    const before = await recorded(schema);
    await first.close();
    stores.splice(stores.indexOf(first), 1);

    const again = await open(schema);
    expect(await recorded(schema)).toEqual(before);
    expect((await again.getUser(7))?.locale).toBe("zh-hant");
    // An applied migration is not run again: these would fail if they were.
    const failing = MIGRATIONS.map((migration) => ({ ...migration, sql: () => "SELECT 1 / 0" }));
    await expect(migrate(pool, schema, failing)).resolves.toBe(latest);
  });

  it("a schema made before migrations is adopted, its data kept, and ends like a new one", async () => {
    // As an early release left it: no report allowance on users, no subscriptions, rounds, trips or pictures.
    const old = newSchema();
    await pool.query(`CREATE SCHEMA ${old}`);
    await pool.query(
      `CREATE TABLE ${old}.users (
         id bigint PRIMARY KEY,
         locale text,
         sos_nationality text,
         sos_country text,
         report_draft jsonb,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL
       );
       CREATE TABLE ${old}.chats (
         id bigint PRIMARY KEY,
         auto_warn boolean NOT NULL DEFAULT false,
         locale text,
         updated_at timestamptz NOT NULL
       );
       INSERT INTO ${old}.users (id, locale, created_at, updated_at) VALUES (7, 'zh-hans', now(), now());
       INSERT INTO ${old}.chats (id, auto_warn, updated_at) VALUES (-100, true, now());`,
    );

    const adopted = await open(old);
    expect((await recorded(old)).map(({ version }) => version)).toEqual(MIGRATIONS.map(({ version }) => version));
    expect((await adopted.getUser(7))?.locale).toBe("zh-hans");
    expect((await adopted.getChat(-100))?.autoWarn).toBe(true);

    const fresh = newSchema();
    await open(fresh);
    expect(await catalog(old)).toEqual(await catalog(fresh));
  });

  it("a full schema of the last release without migrations is adopted as it is", async () => {
    const schema = newSchema();
    const store = await open(schema);
    await store.updateUser(7, { locale: "en" });
    const before = await catalog(schema);
    await pool.query(`DROP TABLE ${schema}.schema_migrations`);

    const adopted = await open(schema);
    expect((await recorded(schema)).map(({ version }) => version)).toEqual(MIGRATIONS.map(({ version }) => version));
    expect(await catalog(schema)).toEqual(before);
    expect((await adopted.getUser(7))?.locale).toBe("en");
  });

  it("a schema migrated by a newer release stops start-up and is left unchanged", async () => {
    const schema = newSchema();
    await (await open(schema)).close();
    stores.splice(0);
    await pool.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, 'from a newer release')`, [
      latest + 1,
    ]);
    const before = await catalog(schema);

    const opening = PgStore.open({ connectionString: TEST_DATABASE_URL, schema });
    await expect(opening).rejects.toThrow(SchemaTooNewError);
    await expect(opening).rejects.toThrow(
      `is at migration ${latest + 1}, but this JobSafe knows migrations up to ${latest}`,
    );
    expect((await recorded(schema)).map(({ version }) => version)).toContain(latest + 1);
    expect(await catalog(schema)).toEqual(before);
  });

  it("instances that start together migrate once between them", async () => {
    const schema = newSchema();
    const opened = await Promise.allSettled(Array.from({ length: 4 }, () => open(schema)));
    expect(opened.map((result) => result.status)).toEqual(Array(4).fill("fulfilled"));
    expect((await recorded(schema)).map(({ version }) => version)).toEqual(MIGRATIONS.map(({ version }) => version));
  });

  it("the deliveries table admits every state a delivery can reach", async () => {
    const schema = newSchema();
    await open(schema);
    const { rows } = await pool.query<{ def: string }>(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE conrelid = $1::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%state%'`,
      [`${schema}.deliveries`],
    );
    for (const { to } of Object.values(DELIVERY_TRANSITIONS)) expect(rows[0]?.def).toContain(`'${to}'`);
  });
});
