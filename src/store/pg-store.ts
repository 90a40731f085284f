import type pg from "pg";
import type { Logger } from "../logger.ts";
import { DeliveryErasedError, RoundStateError } from "../broadcast/round-store.ts";
import { PgRoundStore } from "./pg-rounds.ts";
import { PgSubscriptionStore } from "./pg-subscriptions.ts";
import { migrate } from "./pg-migrations.ts";
import { inTransaction } from "./pg-transaction.ts";
import { PgTripStore } from "./pg-trips.ts";
import { PgImageVerdicts } from "./pg-image-verdicts.ts";
import { parseRow } from "./pg-row.ts";
import { BatchedStats } from "./stats.ts";
import {
  chatRecordSchema,
  StoreCorruptError,
  StoreOpenError,
  StoreUnreachableError,
  userRecordSchema,
  type ChatChoices,
  type ChatRecord,
  type RecruiterReport,
  type Store,
  type UserChoices,
  type UserRecord,
} from "./store.ts";

export interface PgStoreOptions {
  connectionString: string;
  /** Schema holding JobSafe's tables; lets several deployments or test runs share one database. */
  schema?: string;
  /** Where broken connections are reported (the pool replaces them). */
  logger?: Pick<Logger, "warn">;
}

/** How long a new connection may take: a database that stalls must fail requests (and /healthz), not hang them. */
const CONNECT_TIMEOUT_MS = 5000;

/** Errors that mean the server was not reached or refused us, rather than a problem with the data in it. */
export function isConnectionProblem(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: string; message?: string };
  if (code && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE)$/.test(code))
    return true;
  // 08: connection exceptions; 28: invalid authorization; 3D000: no such database; 57P03: cannot connect now.
  if (code && /^(08|28)|^3D000$|^57P0[13]$/.test(code)) return true;
  return /timeout|Connection terminated/i.test(message ?? "");
}

function hostAndPort(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || "localhost"}:${url.port || "5432"}`;
  } catch {
    return connectionString.replace(/\/\/[^@]*@/, "//***@");
  }
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

interface UserRow {
  id: string;
  locale: string | null;
  sos_nationality: string | null;
  sos_country: string | null;
  report_draft: unknown;
  created_at: Date;
  updated_at: Date;
}

interface ChatRow {
  id: string;
  auto_warn: boolean;
  locale: string | null;
  updated_at: Date;
}

/** A row as the file store would hold it, validated like a line of its file (a StoreCorruptError if it does not fit). */
function toChat(row: ChatRow, table: string): ChatRecord {
  const chat = {
    id: Number(row.id),
    autoWarn: row.auto_warn,
    ...(row.locale !== null ? { locale: row.locale } : {}),
    updatedAt: row.updated_at.toISOString(),
  };
  return parseRow(chatRecordSchema, chat, `${table} row ${row.id}`);
}

function toUser(row: UserRow, table: string): UserRecord {
  const user = {
    id: Number(row.id),
    ...(row.locale !== null ? { locale: row.locale } : {}),
    ...(row.sos_nationality ? { sosNationality: row.sos_nationality } : {}),
    ...(row.sos_country ? { sosCountry: row.sos_country } : {}),
    ...(row.report_draft ? { reportDraft: row.report_draft } : {}),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
  return parseRow(userRecordSchema, user, `${table} row ${row.id}`);
}

/**
 * /forget deletes the user's delivery from a running round (`PgStore.forgetUser`), whatever its state, possibly on
 * another instance than the one running it, which still holds the chat in memory: it may have read the subscription
 * just before, and then records the `attempt` (or, for a send already on its way, the outcome) on a row that is gone.
 * A missing delivery of the active round, for a chat that has no subscription, is taken as erased: the event is
 * refused with `DeliveryErasedError`, so the runner sends nothing and drops the delivery, and the round goes on.
 * (Which chats were erased is written nowhere, by design, so a chat never planned looks the same here.)
 */
function toleratingErasure(rounds: PgRoundStore, pool: pg.Pool, schema: string): PgRoundStore {
  const asErasure = async (error: unknown, roundId: string, chatId: number): Promise<unknown> => {
    if (!(error instanceof RoundStateError)) return error;
    const { rows } = await pool.query<{ erased: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${schema}.rounds WHERE id = $1 AND status = 'active')
              AND NOT EXISTS (SELECT 1 FROM ${schema}.deliveries WHERE round_id = $1 AND chat_id = $2)
              AND NOT EXISTS (SELECT 1 FROM ${schema}.subscriptions WHERE chat_id = $2) AS erased`,
      [roundId, chatId],
    );
    if (rows[0]?.erased !== true) return error;
    return new DeliveryErasedError(roundId, chatId, "erased by /forget (or never planned)");
  };
  const record = rounds.record.bind(rounds);
  rounds.record = (roundId, event) =>
    record(roundId, event).catch(async (error: unknown) => {
      throw await asErasure(error, roundId, event.chatId);
    });
  const attempt = rounds.attempt.bind(rounds);
  rounds.attempt = (roundId, chatId, send) =>
    attempt(roundId, chatId, send).catch(async (error: unknown) => {
      throw await asErasure(error, roundId, chatId);
    });
  const checkAttempt = rounds.checkAttempt.bind(rounds);
  rounds.checkAttempt = (roundId, chatId) =>
    checkAttempt(roundId, chatId).catch(async (error: unknown) => {
      throw await asErasure(error, roundId, chatId);
    });
  return rounds;
}

/**
 * The Store for deployments with several instances (PRODUCT.md §5): PostgreSQL is the shared source of truth,
 * and every write is a single committed statement (or transaction). Subscriptions and the round queue share the
 * pool and the schema.
 */
export class PgStore implements Store {
  /** Counted in memory and added to the table in one statement every few seconds, not once per answer. */
  readonly stats: BatchedStats;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly now: () => Date,
    readonly subscriptions: PgSubscriptionStore,
    readonly rounds: PgRoundStore,
    readonly trips: PgTripStore,
    readonly imageVerdicts: PgImageVerdicts,
    logger: PgStoreOptions["logger"],
  ) {
    this.stats = new BatchedStats(
      {
        add: async (deltas) => {
          await this.pool.query(
            `INSERT INTO ${this.schema}.counters (name, value) SELECT * FROM unnest($1::text[], $2::bigint[])
             ON CONFLICT (name) DO UPDATE SET value = counters.value + EXCLUDED.value`,
            [[...deltas.keys()], [...deltas.values()]],
          );
        },
        read: async () => {
          const { rows } = await this.pool.query<{ name: string; value: string }>(
            `SELECT name, value FROM ${this.schema}.counters`,
          );
          return Object.fromEntries(rows.map((row) => [row.name, Number(row.value)]));
        },
      },
      // The counts stay in memory and go with the next batch.
      { onError: (error) => logger?.warn({ err: error }, "could not write the /stats counts; will retry") },
    );
  }

  static async open(options: PgStoreOptions, now: () => Date = () => new Date()): Promise<PgStore> {
    const schema = options.schema ?? "jobsafe";
    if (!IDENTIFIER.test(schema)) throw new Error(`invalid PostgreSQL schema name '${schema}'`);
    // Loaded only when PostgreSQL is configured: the driver costs a file-store deployment a tenth of its start-up.
    const { Pool } = (await import("pg")).default;
    const pool = new Pool({
      connectionString: options.connectionString,
      max: 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // An idle connection that breaks (database restart, network) is dropped by the pool and replaced on the next
    // query; without a listener the error would crash the process.
    pool.on("error", (error) =>
      options.logger?.warn({ err: error }, "a PostgreSQL connection broke; the pool replaces it on the next query"),
    );
    try {
      await migrate(pool, schema);
    } catch (error) {
      await pool.end().catch(() => undefined);
      if (error instanceof StoreOpenError) throw error;
      const reason = (error as Error).message;
      if (isConnectionProblem(error)) throw new StoreUnreachableError(hostAndPort(options.connectionString), reason);
      throw new StoreCorruptError(options.connectionString.replace(/\/\/[^@]*@/, "//***@"), reason);
    }
    return new PgStore(
      pool,
      schema,
      now,
      new PgSubscriptionStore(pool, schema),
      toleratingErasure(new PgRoundStore(pool, schema), pool, schema),
      new PgTripStore(pool, schema),
      new PgImageVerdicts(pool, schema, now),
      options.logger,
    );
  }

  async getUser(id: number): Promise<UserRecord | undefined> {
    const { rows } = await this.pool.query<UserRow>(`SELECT * FROM ${this.schema}.users WHERE id = $1`, [id]);
    return rows[0] && toUser(rows[0], `${this.schema}.users`);
  }

  async updateUser(id: number, choices: UserChoices): Promise<UserRecord> {
    const stamp = this.now();
    // COALESCE keeps a stored choice when this update does not set it; a null draft ($7) deletes the draft.
    const { rows } = await this.pool.query<UserRow>(
      `INSERT INTO ${this.schema}.users (id, locale, sos_nationality, sos_country, report_draft, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (id) DO UPDATE SET
         locale = COALESCE(EXCLUDED.locale, users.locale),
         sos_nationality = COALESCE(EXCLUDED.sos_nationality, users.sos_nationality),
         sos_country = COALESCE(EXCLUDED.sos_country, users.sos_country),
         report_draft = CASE WHEN $7 THEN NULL ELSE COALESCE(EXCLUDED.report_draft, users.report_draft) END,
         updated_at = EXCLUDED.updated_at
       RETURNING *`,
      [
        id,
        choices.locale ?? null,
        choices.sosNationality ?? null,
        choices.sosCountry ?? null,
        choices.reportDraft ? JSON.stringify(choices.reportDraft) : null,
        stamp,
        choices.reportDraft === null,
      ],
    );
    return toUser(rows[0]!, `${this.schema}.users`);
  }

  /**
   * The user's row, their private chat's subscription (its chat id is the user id) and their delivery in a running
   * round, whatever its state, in one statement: /forget leaves no row that names them. A runner that meets the
   * delivery afterwards gets `DeliveryErasedError` (see `toleratingErasure`) and goes on without it.
   */
  async forgetUser(id: number): Promise<boolean> {
    const { rows } = await this.pool.query<{ forgotten: boolean }>(
      `WITH subscription AS (DELETE FROM ${this.schema}.subscriptions WHERE chat_id = $1 RETURNING 1),
            usr AS (DELETE FROM ${this.schema}.users WHERE id = $1 RETURNING 1),
            delivery AS (DELETE FROM ${this.schema}.deliveries WHERE chat_id = $1 OR target = $1 RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM subscription) OR EXISTS (SELECT 1 FROM usr) AS forgotten`,
      [id],
    );
    return rows[0]?.forgotten === true;
  }

  async getChat(id: number): Promise<ChatRecord | undefined> {
    const { rows } = await this.pool.query<ChatRow>(`SELECT * FROM ${this.schema}.chats WHERE id = $1`, [id]);
    return rows[0] && toChat(rows[0], `${this.schema}.chats`);
  }

  async updateChat(id: number, choices: ChatChoices): Promise<ChatRecord> {
    const { rows } = await this.pool.query<ChatRow>(
      `INSERT INTO ${this.schema}.chats (id, auto_warn, locale, updated_at) VALUES ($1, COALESCE($2, false), $3, $4)
       ON CONFLICT (id) DO UPDATE SET
         auto_warn = COALESCE($2, chats.auto_warn),
         locale = COALESCE(EXCLUDED.locale, chats.locale),
         updated_at = EXCLUDED.updated_at
       RETURNING *`,
      [id, choices.autoWarn ?? null, choices.locale ?? null, this.now()],
    );
    return toChat(rows[0]!, `${this.schema}.chats`);
  }

  async forgetChat(id: number): Promise<boolean> {
    const result = await this.pool.query(`DELETE FROM ${this.schema}.chats WHERE id = $1`, [id]);
    return (result.rowCount ?? 0) > 0;
  }

  /** One transaction: the subscription row and the settings row move together or not at all. */
  async migrateChat(fromId: number, toId: number): Promise<void> {
    if (fromId === toId) return;
    await inTransaction(this.pool, async (client) => {
      await this.subscriptions.migrate(fromId, toId, client);
      await client.query(
        `WITH moved AS (DELETE FROM ${this.schema}.chats WHERE id = $1 RETURNING auto_warn, locale)
         INSERT INTO ${this.schema}.chats (id, auto_warn, locale, updated_at)
         SELECT $2, auto_warn, locale, $3 FROM moved
         ON CONFLICT (id) DO UPDATE SET
           auto_warn = EXCLUDED.auto_warn,
           locale = COALESCE(EXCLUDED.locale, chats.locale),
           updated_at = EXCLUDED.updated_at`,
        [fromId, toId, this.now()],
      );
    });
  }

  async saveReport(report: RecruiterReport): Promise<void> {
    await this.pool.query(`INSERT INTO ${this.schema}.reports (id, at, handle, details) VALUES ($1, $2, $3, $4)`, [
      report.id,
      report.at,
      report.handle,
      report.details,
    ]);
  }

  /** One statement: the row lock of the upsert makes concurrent claims from several instances count one by one. */
  async claimReportSlot(userId: number, day: string, limit: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO ${this.schema}.users (id, created_at, updated_at, report_day, report_count) VALUES ($1, $4, $4, $2, 1)
       ON CONFLICT (id) DO UPDATE SET
         report_count = CASE WHEN users.report_day = $2 THEN users.report_count + 1 ELSE 1 END,
         report_day = $2,
         updated_at = $4
       WHERE users.report_day IS DISTINCT FROM $2 OR users.report_count < $3`,
      [userId, day, limit, this.now()],
    );
    return rowCount === 1;
  }

  async countReports(): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(`SELECT count(*) AS count FROM ${this.schema}.reports`);
    return Number(rows[0]?.count ?? 0);
  }

  async countUsersByLocale(): Promise<Record<string, number>> {
    const { rows } = await this.pool.query<{ locale: string; count: string }>(
      `SELECT COALESCE(locale, 'unset') AS locale, count(*) AS count FROM ${this.schema}.users GROUP BY 1`,
    );
    return Object.fromEntries(rows.map((row) => [row.locale, Number(row.count)]));
  }

  async ping(): Promise<void> {
    await this.pool.query("SELECT 1");
  }

  /** Every other write is committed before its promise resolves: only the counts wait in memory. */
  async flush(): Promise<void> {
    await this.stats.flush();
  }

  /** Writes the counts, releases the round lock (if held), then closes every connection. */
  async close(): Promise<void> {
    await this.stats.close();
    await this.rounds.close();
    await this.pool.end();
  }
}
