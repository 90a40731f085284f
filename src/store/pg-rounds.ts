import type pg from "pg";
import { deliverySchema, type RoundKind, type RoundPlan } from "../broadcast/plan.ts";
import {
  applyDeliveryEvent,
  completedRoundSchema,
  DELIVERY_TRANSITIONS,
  emptyTotals,
  OPEN_STATES,
  RECEIVED_STATES,
  roundInfoSchema,
  roundRefusal,
  RoundStateError,
  type CompletedRound,
  type DeliveryEvent,
  type DeliveryState,
  type PendingDelivery,
  type RoundInfo,
  type RoundStore,
  type RoundTotals,
  type SentWarning,
} from "../broadcast/round-store.ts";
import { inBatchesAsync } from "./batches.ts";
import { GroupCommit } from "./group-commit.ts";
import { ATTEMPT_CONNECTIONS, PgRoundLock } from "./pg-round-lock.ts";
import { inTransaction } from "./pg-transaction.ts";
import { parseRow } from "./pg-row.ts";

/** Deliveries inserted per statement when a plan is saved: 10,000 rows make arrays of a few hundred kilobytes. */
const PLAN_ROWS_PER_INSERT = 10_000;
/** Open deliveries read per page: the round's memory holds one page, whatever the number of subscribers. */
const PAGE_ROWS = 2000;

/**
 * How long a check or an outcome waits for others to share its statement (`GroupCommit`): neither is counted against
 * the rate (the check comes before the pacer's place, outcomes after the answer), and a round on a busy machine spent
 * nearly half its CPU writing one small statement after another to the database's sockets.
 */
const GATHER_MS = 2;

interface Claim {
  roundId: string;
  chatId: number;
  send: () => void;
}
const ATTEMPT_FROM = DELIVERY_TRANSITIONS.attempt.from.map((state) => `'${state}'`).join(", ");

/** The states each event may follow, as the text the batched UPDATE splits (`string_to_array`). */
const FROM_STATES = Object.fromEntries(
  Object.entries(DELIVERY_TRANSITIONS).map(([type, transition]) => [type, transition.from.join(",")]),
) as Record<DeliveryEvent["type"], string>;

interface RecordedEvent {
  roundId: string;
  event: DeliveryEvent;
}

interface RoundRow {
  id: string;
  kind: string;
  scheduled_for: Date;
  created_at: Date;
}

interface DeliveryRow {
  position: number;
  chat_id: string;
  warning_id: string;
  locale: string;
  chat_kind: string;
  target: string;
  state: DeliveryState;
}

/**
 * The round queue for the PostgreSQL deployment, with the same contract and refusals as `JournalRoundStore`:
 * `<schema>.rounds` holds one row per round (at most one `active`, enforced by a partial unique index, so even two
 * instances racing cannot both start one), and `<schema>.deliveries` one row per planned message while its round
 * is active. Each delivery event is an UPDATE by primary key whose WHERE admits only the states the event may follow
 * (`DELIVERY_TRANSITIONS`), committed before `record` resolves. When a round completes, its totals are kept on the
 * round and its deliveries are deleted, as the journal compacts.
 *
 * The hot path of a round costs no round trip per delivery (issue 18): events are group-committed (`GroupCommit`:
 * one statement carries every event that arrived during the previous one), as named (prepared) statements, and open
 * deliveries are read in pages. An attempt's UPDATE is handed to its connection and the message sent in the same
 * turn (`attempt`), not after the database answered: a crash in between used to leave deliveries attempted that
 * never left, closed as unconfirmed on resume — missed.
 *
 * Only one instance runs rounds, under `PgRoundLock`: once its lock is lost, every later write of this store throws
 * `RoundLockLostError`, which stops the round here.
 */
export class PgRoundStore implements RoundStore {
  private readonly rounds: string;
  private readonly deliveries: string;
  private readonly lock: PgRoundLock;
  private readonly openForAttempt = new GroupCommit<RecordedEvent, boolean>(
    (events) => this.whichOpen(events),
    1000,
    1,
    GATHER_MS,
  );
  /** Never gathered: each message waits for its claim to be written. */
  private readonly claims = new GroupCommit<Claim>((claims) => this.writeClaims(claims), 200, ATTEMPT_CONNECTIONS);
  private readonly events = new GroupCommit<RecordedEvent>((events) => this.writeEvents(events), 1000, 1, GATHER_MS);

  /** `schema` must be a checked SQL identifier, already migrated (see `PgStore.open`). */
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {
    this.rounds = `${schema}.rounds`;
    this.deliveries = `${schema}.deliveries`;
    this.lock = new PgRoundLock(pool, schema);
  }

  /** See `PgRoundLock`. */
  tryLock(owner: string): Promise<boolean> {
    return this.lock.tryLock(owner);
  }

  unlock(owner: string): Promise<void> {
    return this.lock.unlock(owner);
  }

  async activeRound(): Promise<RoundInfo | undefined> {
    const row = await this.activeRoundRow(this.pool);
    if (!row) return undefined;
    return parseRow(
      roundInfoSchema,
      {
        ...this.roundFields(row),
        totals: await this.totals(this.pool, row.id),
      },
      this.rounds,
    );
  }

  async lastCompletedRound(kind: RoundKind): Promise<CompletedRound | undefined> {
    const { rows } = await this.pool.query<RoundRow & { completed_at: Date; totals: unknown }>(
      `SELECT id, kind, scheduled_for, created_at, completed_at, totals FROM ${this.rounds}
       WHERE status = 'completed' AND kind = $1 ORDER BY seq DESC LIMIT 1`,
      [kind],
    );
    const row = rows[0];
    if (!row) return undefined;
    return parseRow(
      completedRoundSchema,
      {
        ...this.roundFields(row),
        totals: row.totals,
        completedAt: row.completed_at.toISOString(),
      },
      this.rounds,
    );
  }

  /**
   * One transaction: the round row, then its deliveries in multi-row INSERTs from arrays, consumed from the plan as
   * it is produced (a million chats never sit in memory at once); the plan becomes visible (and active) all at once,
   * or not at all. A chat planned twice breaks the primary key and is refused as the other stores refuse it.
   */
  async saveRoundPlan(plan: RoundPlan): Promise<void> {
    this.checkLock();
    await inTransaction(this.pool, async (client) => {
      const active = await this.activeRoundRow(client);
      if (active) throw roundRefusal.stillActive(plan.roundId, active.id);
      try {
        await client.query(
          `INSERT INTO ${this.rounds} (id, kind, scheduled_for, created_at, status) VALUES ($1, $2, $3, $4, 'active')`,
          [plan.roundId, plan.kind, plan.scheduledFor, plan.createdAt],
        );
      } catch (error) {
        throw uniqueViolationAsRefusal(error, plan.roundId);
      }
      let start = 0;
      for await (const slice of inBatchesAsync(plan.deliveries, PLAN_ROWS_PER_INSERT)) {
        try {
          await client.query(
            `INSERT INTO ${this.deliveries} (round_id, chat_id, position, warning_id, locale, chat_kind, target, state)
             SELECT $1, u.chat_id, $2 + u.n, u.warning_id, u.locale, u.chat_kind, u.chat_id, 'pending'
             FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[])
               WITH ORDINALITY AS u(chat_id, warning_id, locale, chat_kind, n)`,
            [
              plan.roundId,
              start,
              slice.map((delivery) => delivery.chatId),
              slice.map((delivery) => delivery.warningId),
              slice.map((delivery) => delivery.locale),
              slice.map((delivery) => delivery.chatKind),
            ],
          );
        } catch (error) {
          throw duplicateChatAsRefusal(error, plan.roundId);
        }
        start += slice.length;
      }
    });
  }

  /** Read in pages of `PAGE_ROWS` by plan position as the caller iterates: memory stays flat at any round size. */
  async pendingDeliveries(roundId: string): Promise<AsyncIterable<PendingDelivery>> {
    await this.requireActive(roundId);
    return this.openDeliveries(roundId);
  }

  /**
   * The next page is read while this one is sent (its rows lie further in the plan, untouched by the sends before
   * them): every worker waited for each page's query before, a stall every `PAGE_ROWS` messages. Two pages in memory.
   */
  private async *openDeliveries(roundId: string): AsyncGenerator<PendingDelivery> {
    const page = (after: number) =>
      this.pool.query<DeliveryRow>({
        name: `jobsafe_open_deliveries_${this.schema}`,
        text: `SELECT position, chat_id, warning_id, locale, chat_kind, target, state FROM ${this.deliveries}
               WHERE round_id = $1 AND position > $2 AND state = ANY($3::text[]) ORDER BY position LIMIT $4`,
        values: [roundId, after, OPEN_STATES, PAGE_ROWS],
      });
    for (let next = page(-1); ;) {
      const { rows } = await next;
      const last = rows.length === PAGE_ROWS ? rows.at(-1)!.position : undefined;
      if (last !== undefined) {
        next = page(last);
        // Read ahead: a failure is raised when that page is reached (or never, if iteration stops first).
        next.catch(() => undefined);
      }
      for (const row of rows) {
        yield {
          ...parseRow(
            deliverySchema,
            { chatId: Number(row.chat_id), warningId: row.warning_id, locale: row.locale, chatKind: row.chat_kind },
            `${this.deliveries} row chat_id=${row.chat_id}`,
          ),
          target: Number(row.target),
          attempted: row.state === "attempted",
        };
      }
      if (last === undefined) return;
    }
  }

  /**
   * Group-committed with the others: a delivery erased by /forget (or closed) is refused before its message leaves.
   * A /forget after this check finds the message on its way: `attempt` is refused then, and the round goes on.
   */
  async checkAttempt(roundId: string, chatId: number): Promise<void> {
    this.checkLock();
    const event: DeliveryEvent = { type: "attempt", chatId };
    if (!(await this.openForAttempt.add({ roundId, event }))) throw await this.whyRefused(roundId, event);
  }

  /**
   * The attempt's UPDATE goes out as one message on a connection with nothing outstanding, and the message right after
   * it, in the same turn: a crash before that write leaves the delivery pending (and nothing left), a crash after it
   * finds both on the wire. Attempts are group-committed over `ATTEMPT_CONNECTIONS` connections, so a statement
   * carries only the sends that came due while all were busy. The round checks first (`checkAttempt`).
   */
  async attempt(roundId: string, chatId: number, send: () => void): Promise<void> {
    this.checkLock();
    await this.claims.add({ roundId, chatId, send });
  }

  /**
   * One UPDATE for the attempts queued while the other connections were busy, then their messages, same turn. The
   * statement answers with the refused attempts only (none, normally): nothing to parse per claim, and a result that
   * never outgrows the server's 8 kB send buffer, which would be flushed before the commit — if this process had
   * died meanwhile, its messages sent, that failed flush would end the session and roll the claims back.
   */
  private async writeClaims(claims: Claim[]): Promise<Array<Error | undefined>> {
    this.checkLock();
    const client = this.lock.takeAttemptConnection();
    if (!client) throw new RoundStateError("no connection for attempts: the round lock is not held, or one broke");
    let refused: Array<{ round_id: string; chat_id: string }>;
    let broken: Error | undefined;
    try {
      // Literals, so the statement travels as one write (simple protocol); chat ids are integers.
      const pairs = claims
        .map(({ roundId, chatId }) => `(${client.escapeLiteral(roundId)}, ${Math.trunc(chatId)}::bigint)`)
        .join(", ");
      const written = client.query<{ round_id: string; chat_id: string }>(
        `WITH claimed AS (
           UPDATE ${this.deliveries} SET state = 'attempted' WHERE (round_id, chat_id) IN (VALUES ${pairs})
           AND state IN (${ATTEMPT_FROM}) RETURNING round_id, chat_id)
         SELECT c.round_id, c.chat_id FROM (VALUES ${pairs}) AS c(round_id, chat_id)
         WHERE NOT EXISTS (SELECT 1 FROM claimed WHERE claimed.round_id = c.round_id AND claimed.chat_id = c.chat_id)`,
      );
      for (const claim of claims) claim.send();
      ({ rows: refused } = await written);
    } catch (error) {
      broken = error as Error;
      throw error;
    } finally {
      this.lock.giveBack(client, broken);
    }
    return this.refusals(
      claims.map(({ roundId, chatId }) => ({ roundId, event: { type: "attempt", chatId } })),
      refused,
    );
  }

  /** Whether each delivery may be attempted now: its row exists in a state an attempt may follow. */
  private async whichOpen(events: RecordedEvent[]): Promise<boolean[]> {
    // Only the closed ones come back (normally none): nothing to read per delivery.
    const { rows } = await this.pool.query<{ round_id: string; chat_id: string }>({
      name: `jobsafe_closed_for_attempt_${this.schema}`,
      text: `SELECT u.round_id, u.chat_id FROM unnest($1::text[], $2::bigint[]) AS u(round_id, chat_id)
             WHERE NOT EXISTS (SELECT 1 FROM ${this.deliveries} AS d
               WHERE d.round_id = u.round_id AND d.chat_id = u.chat_id AND d.state = ANY($3::text[]))`,
      values: [
        events.map(({ roundId }) => roundId),
        events.map(({ event }) => event.chatId),
        DELIVERY_TRANSITIONS.attempt.from,
      ],
    });
    const closed = new Set(rows.map((row) => `${row.round_id}\u0000${row.chat_id}`));
    return events.map(({ roundId, event }) => !closed.has(`${roundId}\u0000${event.chatId}`));
  }

  /** Group-committed: see the class comment. Only a refused event costs more queries, to say why. */
  record(roundId: string, event: DeliveryEvent): Promise<void> {
    return this.events.add({ roundId, event });
  }

  /** Answers with the refused events only, for the reason given at `writeClaims`. */
  private async writeEvents(events: RecordedEvent[]): Promise<Array<Error | undefined>> {
    this.checkLock();
    const { rows } = await this.pool.query<{ round_id: string; chat_id: string }>({
      name: `jobsafe_record_${this.schema}`,
      text: `WITH u AS (
               SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::bigint[], $6::int[], $7::text[])
                 AS u(round_id, chat_id, from_states, state, target, migrations, reason)),
             done AS (
               UPDATE ${this.deliveries} AS d
               SET state = u.state, target = COALESCE(u.target, d.target), migrations = d.migrations + u.migrations,
                 reason = COALESCE(u.reason, d.reason)
               FROM u
               WHERE d.round_id = u.round_id AND d.chat_id = u.chat_id
                 AND d.state = ANY(string_to_array(u.from_states, ','))
               RETURNING d.round_id, d.chat_id)
             SELECT u.round_id, u.chat_id FROM u
             WHERE NOT EXISTS (SELECT 1 FROM done WHERE done.round_id = u.round_id AND done.chat_id = u.chat_id)`,
      values: [
        events.map(({ roundId }) => roundId),
        events.map(({ event }) => event.chatId),
        events.map(({ event }) => FROM_STATES[event.type]),
        events.map(({ event }) => DELIVERY_TRANSITIONS[event.type].to),
        events.map(({ event }) => (event.type === "migrated" ? event.toChatId : null)),
        events.map(({ event }) => (event.type === "migrated" ? 1 : 0)),
        events.map(({ event }) => (event.type === "failed" ? event.reason : null)),
      ],
    });
    return this.refusals(events, rows);
  }

  /** For each event, undefined unless its row is among `refused`, else the refusal the in-memory ledger would raise. */
  private refusals(
    events: RecordedEvent[],
    refused: Array<{ round_id: string; chat_id: string }>,
  ): Promise<Array<Error | undefined>> {
    if (refused.length === 0) return Promise.resolve(events.map(() => undefined));
    const failed = new Set(refused.map((row) => `${row.round_id}\u0000${row.chat_id}`));
    return Promise.all(
      events.map(async ({ roundId, event }) =>
        failed.has(`${roundId}\u0000${event.chatId}`) ? this.whyRefused(roundId, event) : undefined,
      ),
    );
  }

  async unconfirmedChats(roundId: string): Promise<number[]> {
    const rows = await this.deliveriesIn(roundId, ["unconfirmed"]);
    return rows.map((row) => Number(row.target));
  }

  /** Read in pages, as `pendingDeliveries`. */
  async receivedWarnings(roundId: string): Promise<AsyncIterable<SentWarning>> {
    await this.requireActive(roundId);
    return this.received(roundId);
  }

  private async *received(roundId: string): AsyncGenerator<SentWarning> {
    for (let after = -1; ;) {
      const { rows } = await this.pool.query<{ position: number; target: string; warning_id: string }>({
        name: `jobsafe_received_${this.schema}`,
        text: `SELECT position, target, warning_id FROM ${this.deliveries}
               WHERE round_id = $1 AND position > $2 AND state = ANY($3::text[]) ORDER BY position LIMIT $4`,
        values: [roundId, after, RECEIVED_STATES, PAGE_ROWS],
      });
      for (const row of rows) yield { chatId: Number(row.target), warningId: row.warning_id };
      if (rows.length < PAGE_ROWS) return;
      after = rows.at(-1)!.position;
    }
  }

  async completeRound(roundId: string, completedAt: Date): Promise<CompletedRound> {
    this.checkLock();
    return inTransaction(this.pool, async (client) => {
      const active = await this.activeRoundRow(client, { forUpdate: true });
      if (active?.id !== roundId) throw roundRefusal.notActive(roundId, active?.id);
      const totals = await this.totals(client, roundId);
      const refusal = roundRefusal.completion(roundId, totals);
      if (refusal) throw refusal;
      const completed = parseRow(
        completedRoundSchema,
        {
          ...this.roundFields(active),
          totals,
          completedAt: completedAt.toISOString(),
        },
        this.rounds,
      );
      await client.query(
        `UPDATE ${this.rounds} SET status = 'completed', completed_at = $2, totals = $3 WHERE id = $1`,
        [roundId, completed.completedAt, JSON.stringify(totals)],
      );
      await client.query(`DELETE FROM ${this.deliveries} WHERE round_id = $1`, [roundId]);
      return completed;
    });
  }

  /** Releases the round lock if this store holds it. The pool belongs to the caller. */
  close(): Promise<void> {
    return this.lock.close();
  }

  private checkLock(): void {
    this.lock.check();
  }

  private async activeRoundRow(
    db: pg.Pool | pg.PoolClient,
    options: { forUpdate?: boolean } = {},
  ): Promise<RoundRow | undefined> {
    const { rows } = await db.query<RoundRow>(
      `SELECT id, kind, scheduled_for, created_at FROM ${this.rounds} WHERE status = 'active'
       ${options.forUpdate ? "FOR UPDATE" : ""}`,
    );
    return rows[0];
  }

  private async totals(db: pg.Pool | pg.PoolClient, roundId: string): Promise<RoundTotals> {
    const { rows } = await db.query<{ state: DeliveryState; count: number; migrations: number }>(
      `SELECT state, count(*)::int AS count, sum(migrations)::int AS migrations FROM ${this.deliveries}
       WHERE round_id = $1 GROUP BY state`,
      [roundId],
    );
    const totals = emptyTotals(0);
    for (const row of rows) {
      totals[row.state] += row.count;
      totals.planned += row.count;
      totals.migrated += row.migrations;
    }
    return totals;
  }

  private async requireActive(roundId: string): Promise<void> {
    const active = await this.activeRoundRow(this.pool);
    if (active?.id !== roundId) throw roundRefusal.notActive(roundId, active?.id);
  }

  /** The active round's deliveries in the given states, in plan order; refuses for a round that is not active. */
  private async deliveriesIn(roundId: string, states: readonly DeliveryState[]): Promise<DeliveryRow[]> {
    await this.requireActive(roundId);
    const { rows } = await this.pool.query<DeliveryRow>(
      `SELECT position, chat_id, warning_id, locale, chat_kind, target, state FROM ${this.deliveries}
       WHERE round_id = $1 AND state = ANY($2::text[]) ORDER BY position`,
      [roundId, states],
    );
    return rows;
  }

  /** The refusal the in-memory ledger would raise for this event, checked in the same order. */
  private async whyRefused(roundId: string, event: DeliveryEvent): Promise<Error> {
    const active = await this.activeRoundRow(this.pool);
    if (active?.id !== roundId) return roundRefusal.notActive(roundId, active?.id);
    const { rows } = await this.pool.query<{ state: DeliveryState }>(
      `SELECT state FROM ${this.deliveries} WHERE round_id = $1 AND chat_id = $2`,
      [roundId, event.chatId],
    );
    const state = rows[0]?.state;
    if (state === undefined) return roundRefusal.noDelivery(roundId, event.chatId);
    try {
      applyDeliveryEvent(emptyTotals(1), state, event);
    } catch (error) {
      return error as Error;
    }
    return new RoundStateError(`chat ${event.chatId}: its delivery changed while '${event.type}' was recorded`);
  }

  private roundFields(row: RoundRow) {
    return {
      roundId: row.id,
      kind: row.kind,
      scheduledFor: row.scheduled_for.toISOString(),
      createdAt: row.created_at.toISOString(),
    };
  }
}

/** A chat planned twice: the deliveries' primary key names it in the error's detail, `Key (round_id, chat_id)=(r, 5)`. */
function duplicateChatAsRefusal(error: unknown, roundId: string): unknown {
  const { code, detail } = error as { code?: string; detail?: string };
  if (code !== "23505") return error;
  const chatId = /, (-?\d+)\)/.exec(detail ?? "")?.[1];
  return roundRefusal.duplicateChat(roundId, Number(chatId));
}

/** A second active round, or a round id used before: the two unique rules of the rounds table. */
function uniqueViolationAsRefusal(error: unknown, roundId: string): unknown {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== "23505") return error;
  if (constraint === "rounds_one_active") {
    return new RoundStateError(`cannot start round ${roundId}: another round became active meanwhile`);
  }
  return new RoundStateError(`cannot start round ${roundId}: a round with this id was planned before`);
}
