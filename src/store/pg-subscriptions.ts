import type pg from "pg";
import type { SentWarning } from "../broadcast/round-store.ts";
import { recordWarningSent, subscriptionSchema, type Frequency, type Subscription } from "../broadcast/subscription.ts";
import { inBatchesAsync } from "./batches.ts";
import { GroupCommit } from "./group-commit.ts";
import { parseRow } from "./pg-row.ts";
import type { SubscriptionStore } from "./store.ts";

/** Chats read and written back per statement by `recordSent`: bounded parameter arrays and statement times. */
const RECORD_SENT_CHUNK = 5000;
/** Subscriptions read per page by `list`. */
const LIST_PAGE_ROWS = 2000;

interface SubscriptionRow {
  chat_id: string;
  locale: string;
  frequency: string;
  topics: string[];
  kind: string;
  since: Date;
  sent_warning_ids: unknown;
}

const COLUMNS = "chat_id, locale, frequency, topics, kind, since, sent_warning_ids";

/**
 * Subscriptions for the PostgreSQL deployment: one row per chat in `<schema>.subscriptions`, shared by every
 * instance. Each change is one committed statement, so it is atomic and durable once it resolves.
 */
export class PgSubscriptionStore implements SubscriptionStore {
  private readonly table: string;
  /** A warning round looks up every chat right before sending: lookups made meanwhile share one query. */
  private readonly lookups = new GroupCommit<number, Subscription | undefined>(
    (chatIds) => this.getMany(chatIds),
    1000,
    1,
    // A round looks up the next chat while it sends the current one: a few milliseconds cost nothing.
    2,
  );

  /** `schema` must be a checked SQL identifier, already migrated (see `PgStore.open`). */
  constructor(
    private readonly pool: pg.Pool,
    schema: string,
  ) {
    this.table = `${schema}.subscriptions`;
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const sub = subscriptionSchema.parse(subscription);
    await this.pool.query(
      `INSERT INTO ${this.table} (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (chat_id) DO UPDATE SET
         locale = EXCLUDED.locale, frequency = EXCLUDED.frequency, topics = EXCLUDED.topics, kind = EXCLUDED.kind,
         since = EXCLUDED.since, sent_warning_ids = EXCLUDED.sent_warning_ids`,
      [sub.chatId, sub.locale, sub.frequency, sub.topics, sub.kind, sub.since, JSON.stringify(sub.sentWarningIds)],
    );
  }

  /** Group-committed (`GroupCommit`): one query per batch of lookups, not per chat. */
  get(chatId: number): Promise<Subscription | undefined> {
    return this.lookups.add(chatId);
  }

  private async getMany(chatIds: number[]): Promise<Array<Subscription | undefined>> {
    const { rows } = await this.pool.query<SubscriptionRow>({
      name: `jobsafe_subscriptions_${this.table}`,
      text: `SELECT ${COLUMNS} FROM ${this.table} WHERE chat_id = ANY($1::bigint[])`,
      values: [chatIds],
    });
    const found = new Map(rows.map((row) => [Number(row.chat_id), row]));
    return chatIds.map((chatId) => {
      const row = found.get(chatId);
      return row && this.toSubscription(row);
    });
  }

  /**
   * In pages by chat id, read as the caller iterates: a round to a million subscribers holds one page at a time
   * (loading them all at once ran a round out of memory before its first message at 100,000; issue 18).
   */
  async list(frequency: Frequency): Promise<AsyncIterable<Subscription>> {
    return this.pages(frequency);
  }

  private async *pages(frequency: Frequency): AsyncGenerator<Subscription> {
    // Below any chat id (groups' are negative), as text: bigint does not fit a JavaScript number.
    for (let after = "-9223372036854775808"; ;) {
      const { rows } = await this.pool.query<SubscriptionRow>({
        name: `jobsafe_subscriptions_page_${this.table}`,
        text: `SELECT ${COLUMNS} FROM ${this.table} WHERE frequency = $1 AND chat_id > $2::bigint
               ORDER BY chat_id LIMIT $3`,
        values: [frequency, after, LIST_PAGE_ROWS],
      });
      for (const row of rows) yield this.toSubscription(row);
      if (rows.length < LIST_PAGE_ROWS) return;
      after = rows.at(-1)!.chat_id;
    }
  }

  async unsubscribe(chatId: number): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.table} WHERE chat_id = $1`, [chatId]);
  }

  /**
   * Moves the row to the new id in one statement (so atomically), replacing anything already there, as the journal
   * does. Once moved, the old id has no row and a replay changes nothing. `db` is a transaction's client when the
   * move is part of a larger one (the store's migrateChat).
   */
  async migrate(fromChatId: number, toChatId: number, db: pg.Pool | pg.PoolClient = this.pool): Promise<void> {
    if (fromChatId === toChatId) return;
    await db.query(
      `WITH moved AS (DELETE FROM ${this.table} WHERE chat_id = $1 RETURNING *)
       INSERT INTO ${this.table} (${COLUMNS})
       SELECT $2, locale, frequency, topics, 'supergroup', since, sent_warning_ids FROM moved
       ON CONFLICT (chat_id) DO UPDATE SET
         locale = EXCLUDED.locale, frequency = EXCLUDED.frequency, topics = EXCLUDED.topics, kind = EXCLUDED.kind,
         since = EXCLUDED.since, sent_warning_ids = EXCLUDED.sent_warning_ids`,
      [fromChatId, toChatId],
    );
  }

  /**
   * Per chunk of chats: read the rows, advance each rotation with `recordWarningSent`, and write back the rotations
   * that changed with one UPDATE. The UPDATE only applies where the rotation is still the one read, so a /subscribe
   * that replaced a row meanwhile wins instead of being overwritten; no rows are locked while the round's chats are
   * read. Replaying it after a resume changes nothing, as `recordWarningSent` is idempotent.
   */
  async recordSent(sent: Iterable<SentWarning> | AsyncIterable<SentWarning>): Promise<void> {
    for await (const chunk of inBatchesAsync(sent, RECORD_SENT_CHUNK)) {
      const { rows } = await this.pool.query<SubscriptionRow>(
        `SELECT ${COLUMNS} FROM ${this.table} WHERE chat_id = ANY($1::bigint[])`,
        [chunk.map((warning) => warning.chatId)],
      );
      const read = new Map(rows.map((row) => [Number(row.chat_id), this.toSubscription(row)]));
      const current = new Map(read);
      for (const { chatId, warningId } of chunk) {
        const before = current.get(chatId);
        if (before) current.set(chatId, recordWarningSent(before, warningId));
      }
      const changed = [...current.values()].filter((sub) => sub !== read.get(sub.chatId));
      if (changed.length === 0) continue;
      await this.pool.query(
        `UPDATE ${this.table} AS s SET sent_warning_ids = u.ids::jsonb
         FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(chat_id, ids, previous)
         WHERE s.chat_id = ANY($1::bigint[]) AND s.chat_id = u.chat_id AND s.sent_warning_ids = u.previous::jsonb`,
        [
          changed.map((sub) => sub.chatId),
          changed.map((sub) => JSON.stringify(sub.sentWarningIds)),
          changed.map((sub) => JSON.stringify(read.get(sub.chatId)?.sentWarningIds)),
        ],
      );
    }
  }

  async countSubscriptions(): Promise<Record<string, number>> {
    const { rows } = await this.pool.query<{ key: string; count: string }>(
      `SELECT frequency || ':' || locale AS key, count(*) AS count FROM ${this.table} GROUP BY 1`,
    );
    return Object.fromEntries(rows.map((row) => [row.key, Number(row.count)]));
  }

  private toSubscription(row: SubscriptionRow): Subscription {
    return parseRow(
      subscriptionSchema,
      {
        chatId: Number(row.chat_id),
        locale: row.locale,
        frequency: row.frequency,
        topics: row.topics,
        kind: row.kind,
        since: row.since.toISOString(),
        sentWarningIds: row.sent_warning_ids,
      },
      `${this.table} row chat_id=${row.chat_id}`,
    );
  }
}
