import type pg from "pg";
import { inTransaction } from "./pg-transaction.ts";
import { StoreOpenError } from "./store.ts";

/**
 * One step of the PostgreSQL schema. A released migration is never edited: a change to the schema is a new
 * migration at the end of `MIGRATIONS`. `sql` gets the store's schema, an already checked SQL identifier.
 */
export interface Migration {
  version: number;
  name: string;
  sql(schema: string): string;
}

/**
 * The schema as releases before numbered migrations created it at every start. Its statements keep their
 * `IF NOT EXISTS`: on a database made by those releases (tables there, no `schema_migrations`) they create only what
 * that release lacked, so an adopted database ends exactly like a new one, and nothing in it is rewritten.
 */
const initialSchema: Migration = {
  version: 1,
  name: "initial schema",
  sql: (schema) => `
    CREATE TABLE IF NOT EXISTS ${schema}.users (
      id bigint PRIMARY KEY,
      locale text,
      sos_nationality text,
      sos_country text,
      report_draft jsonb,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    -- The report allowance of the day (see claimReportSlot), added after the first release.
    ALTER TABLE ${schema}.users ADD COLUMN IF NOT EXISTS report_day text,
      ADD COLUMN IF NOT EXISTS report_count integer NOT NULL DEFAULT 0;
    CREATE TABLE IF NOT EXISTS ${schema}.chats (
      id bigint PRIMARY KEY,
      auto_warn boolean NOT NULL DEFAULT false,
      locale text,
      updated_at timestamptz NOT NULL
    );
    CREATE TABLE IF NOT EXISTS ${schema}.reports (
      id text PRIMARY KEY, at timestamptz NOT NULL, handle text NOT NULL, details text NOT NULL
    );
    CREATE TABLE IF NOT EXISTS ${schema}.counters (name text PRIMARY KEY, value bigint NOT NULL);

    CREATE TABLE IF NOT EXISTS ${schema}.subscriptions (
      chat_id bigint PRIMARY KEY,
      locale text NOT NULL,
      frequency text NOT NULL,
      topics text[] NOT NULL,
      kind text NOT NULL,
      since timestamptz NOT NULL,
      sent_warning_ids jsonb NOT NULL
    );
    CREATE INDEX IF NOT EXISTS subscriptions_frequency ON ${schema}.subscriptions (frequency);

    CREATE TABLE IF NOT EXISTS ${schema}.rounds (
      id text PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL,
      scheduled_for timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      status text NOT NULL CHECK (status IN ('active', 'completed')),
      completed_at timestamptz,
      totals jsonb
    );
    CREATE UNIQUE INDEX IF NOT EXISTS rounds_one_active ON ${schema}.rounds ((true)) WHERE status = 'active';
    -- The states of DELIVERY_TRANSITIONS (src/broadcast/round-store.ts); a new state needs a new migration.
    CREATE TABLE IF NOT EXISTS ${schema}.deliveries (
      round_id text NOT NULL,
      chat_id bigint NOT NULL,
      position integer NOT NULL,
      warning_id text NOT NULL,
      locale text NOT NULL,
      chat_kind text NOT NULL,
      target bigint NOT NULL,
      state text NOT NULL CHECK (state IN ('attempted', 'pending', 'delivered', 'blocked', 'failed', 'skipped', 'unconfirmed')),
      migrations integer NOT NULL DEFAULT 0,
      reason text,
      PRIMARY KEY (round_id, chat_id)
    );
    CREATE INDEX IF NOT EXISTS deliveries_by_position ON ${schema}.deliveries (round_id, position);

    CREATE TABLE IF NOT EXISTS ${schema}.trips (
      id text PRIMARY KEY,
      traveller_id bigint NOT NULL,
      contact_ids bigint[] NOT NULL DEFAULT '{}',
      ended boolean NOT NULL,
      due_at timestamptz,
      version integer NOT NULL,
      data jsonb NOT NULL
    );
    CREATE INDEX IF NOT EXISTS trips_due_at ON ${schema}.trips (due_at) WHERE due_at IS NOT NULL;
    CREATE INDEX IF NOT EXISTS trips_traveller ON ${schema}.trips (traveller_id) WHERE NOT ended;
    CREATE INDEX IF NOT EXISTS trips_contacts ON ${schema}.trips USING gin (contact_ids);
    CREATE TABLE IF NOT EXISTS ${schema}.trip_alert_deliveries (
      alert_id text NOT NULL,
      contact_id bigint NOT NULL,
      trip_id text NOT NULL REFERENCES ${schema}.trips (id) ON DELETE CASCADE,
      state text NOT NULL,
      seq bigserial,
      PRIMARY KEY (alert_id, contact_id)
    );
    CREATE INDEX IF NOT EXISTS trip_deliveries_pending ON ${schema}.trip_alert_deliveries (seq) WHERE state = 'pending';
    CREATE INDEX IF NOT EXISTS trip_deliveries_trip ON ${schema}.trip_alert_deliveries (trip_id);

    CREATE TABLE IF NOT EXISTS ${schema}.image_verdicts (
      file_unique_id text PRIMARY KEY,
      verdict jsonb NOT NULL,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX IF NOT EXISTS image_verdicts_expiry ON ${schema}.image_verdicts (expires_at);
  `,
};

/** Every migration, in the order they are applied; versions count up from 1 without gaps. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];

/** Raised when the database was migrated by a newer release than this one: start-up stops and nothing is changed. */
export class SchemaTooNewError extends StoreOpenError {
  constructor(location: string, recorded: number, known: number) {
    super(
      location,
      `The PostgreSQL schema ${location} is at migration ${recorded}, but this JobSafe knows migrations up to ` +
        `${known}: a newer release changed it. JobSafe stopped without changing it: run that release (or a newer one).`,
    );
    this.name = "SchemaTooNewError";
  }
}

/**
 * Brings `schema` up to the last of `migrations`, in one transaction: all the missing ones and their rows in
 * `schema_migrations`, or nothing. The transaction-level advisory lock makes instances that start together take
 * turns, so the first migrates and the others find the work done. Resolves to the version the schema is at.
 */
export async function migrate(
  pool: pg.Pool,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  return inTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${schema}.schema_migrations`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${schema}.schema_migrations`,
    );
    const current = rows[0]?.version ?? 0;
    if (current > latest) throw new SchemaTooNewError(schema, current, latest);
    for (const migration of migrations.filter((candidate) => candidate.version > current)) {
      await client.query(migration.sql(schema));
      await client.query(`INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
    return Math.max(current, latest);
  });
}
