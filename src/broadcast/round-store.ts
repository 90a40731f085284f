/**
 * The storage port a warning round needs, and the bookkeeping every implementation shares.
 *
 * Exactly-once rests on the order of records: `attempt` is durable before a message leaves, and `delivered` is
 * written only after Telegram acknowledged it. A round resumed after a crash sends only deliveries that were never
 * attempted; the few that were in flight at the crash (attempted, no outcome) cannot be told apart from delivered
 * ones, so they are closed as `unconfirmed` and not sent again: nobody gets a duplicate (PRODUCT.md §2.6), and the
 * ambiguity is bounded by the messages in flight at that instant (see `runRound`).
 */
import * as z from "zod";
import { DeliveryTable, type DeliveryState } from "./delivery-table.ts";
import { ROUND_KINDS, type Delivery, type RoundKind, type RoundPlan } from "./plan.ts";

/** A plan with its deliveries in memory, as the in-memory and journal stores keep it. */
export type PlanInMemory = Omit<RoundPlan, "deliveries"> & { deliveries: readonly Delivery[] };

export type { DeliveryState };

const chatIdSchema = z.number().int();

/** What happened to one delivery, in the order it happens; also the journal's line format for these events. */
export const deliveryEventSchema = z.lazy(() =>
  z.discriminatedUnion("type", [
    /** About to send; must be durable before the request leaves. */
    z.object({ type: z.literal("attempt"), chatId: chatIdSchema }),
    /** Telegram refused without delivering (429): back to pending. */
    z.object({ type: z.literal("not-sent"), chatId: chatIdSchema }),
    /** The group became a supergroup: back to pending, to be sent to the new chat id. */
    z.object({ type: z.literal("migrated"), chatId: chatIdSchema, toChatId: chatIdSchema }),
    z.object({ type: z.literal("delivered"), chatId: chatIdSchema }),
    /** The chat blocked the bot or no longer exists; it was unsubscribed. */
    z.object({ type: z.literal("blocked"), chatId: chatIdSchema }),
    z.object({ type: z.literal("failed"), chatId: chatIdSchema, reason: z.string() }),
    /** The chat unsubscribed after the round was planned. */
    z.object({ type: z.literal("skipped"), chatId: chatIdSchema }),
    /** Was in flight when an earlier run stopped: maybe delivered, never sent again. */
    z.object({ type: z.literal("unconfirmed"), chatId: chatIdSchema }),
  ]),
);
export type DeliveryEvent = z.infer<typeof deliveryEventSchema>;

const count = z.number().int().nonnegative();
const roundTotalsSchema = z.lazy(() =>
  z.object({
    planned: count,
    pending: count,
    /** Attempted without an outcome yet: in flight now, or in doubt after a crash. */
    attempted: count,
    delivered: count,
    blocked: count,
    failed: count,
    skipped: count,
    unconfirmed: count,
    migrated: count,
  }),
);
export type RoundTotals = z.infer<typeof roundTotalsSchema>;

export const roundInfoSchema = z.lazy(() =>
  z.object({
    roundId: z.string().min(1),
    kind: z.enum(ROUND_KINDS),
    scheduledFor: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    totals: roundTotalsSchema,
  }),
);
export type RoundInfo = z.infer<typeof roundInfoSchema>;

export const completedRoundSchema = z.lazy(() => roundInfoSchema.unwrap().extend({ completedAt: z.iso.datetime() }));
export type CompletedRound = z.infer<typeof completedRoundSchema>;

export interface PendingDelivery extends Delivery {
  /** Where to send: the planned chat, or the supergroup it migrated to. */
  target: number;
  /** True when an earlier run attempted it and never learned the outcome. */
  attempted: boolean;
}

/** A warning a chat has (or may have) received in a round, keyed by the chat's current id. */
export interface SentWarning {
  chatId: number;
  warningId: string;
}

/**
 * Storage for warning rounds. Implementations: `InMemoryRoundStore` (tests, local chat), `JournalRoundStore`
 * (append-only file in DATA_DIR); a PostgreSQL one can implement the same contract. Every method resolves once its
 * change would survive a crash of the process (for `attempt`, that must hold before the message is sent).
 */
/** Where a store says that it took over a lock left by a runner that is gone. */
export interface LockLogger {
  warn(obj: object, msg?: string): void;
}

export interface RoundStore {
  /**
   * Takes the lock that lets one runner (process or instance) work on rounds; false if a live runner holds it. A
   * lock left by a runner that died is taken over, and `logger` is told.
   */
  tryLock(owner: string, logger?: LockLogger): Promise<boolean>;
  unlock(owner: string): Promise<void>;
  /** The round planned but not completed, if any: at most one exists. */
  activeRound(): Promise<RoundInfo | undefined>;
  lastCompletedRound(kind: RoundKind): Promise<CompletedRound | undefined>;
  /** Stores a plan and makes it the active round. Throws if another round is active. */
  saveRoundPlan(plan: RoundPlan): Promise<void>;
  /**
   * The deliveries of the active round that are pending or were attempted without an outcome, in plan order. May be
   * produced lazily, as the caller iterates (a round can hold 100,000 of them).
   */
  pendingDeliveries(roundId: string): Promise<Iterable<PendingDelivery> | AsyncIterable<PendingDelivery>>;
  /**
   * Records that the delivery's message leaves now, and calls `send` to send it in the same turn of the event loop
   * as the record is written (the journal: write(2); PostgreSQL: the statement handed to its connection) — never
   * before, and never a round trip later. A crash then leaves both or neither: a delivery found attempted after a
   * crash had its request on the wire, so closing it as `unconfirmed` never misses a chat whose message never left
   * (issue 18: waiting for the database's answer before sending left a window where it did). Resolves once the
   * record is durable. A refusal known before writing rejects without calling `send`; PostgreSQL learns of some (a
   * delivery erased by /forget on another instance) only after the message left, and rejects then.
   */
  attempt(roundId: string, chatId: number, send: () => void): Promise<void>;
  /**
   * Optional, for a store that needs a round trip to know: rejects as `attempt` would refuse the delivery now (closed,
   * or erased by /forget). The round asks before it waits for its place at the pacer, so that this round trip is not
   * counted against the rate while the message is in flight; `attempt` refuses what changed meanwhile, once its
   * message has left.
   */
  checkAttempt?(roundId: string, chatId: number): Promise<void>;
  /**
   * Records an outcome (or any event). Throws `DeliveryErasedError` when the chat's delivery was erased by /forget:
   * nothing is recorded.
   */
  record(roundId: string, event: DeliveryEvent): Promise<void>;
  /** The chats (as addressed: a migrated group by its new id) whose delivery of the active round is unconfirmed. */
  unconfirmedChats(roundId: string): Promise<number[]>;
  /** Delivered and unconfirmed deliveries, for advancing each subscriber's rotation; may be produced lazily. */
  receivedWarnings(roundId: string): Promise<Iterable<SentWarning> | AsyncIterable<SentWarning>>;
  /** Closes the active round; it becomes the last completed round of its kind. */
  completeRound(roundId: string, completedAt: Date): Promise<CompletedRound>;
}

/** A transition the bookkeeping refuses: a bug in the caller, or a damaged journal. */
export class RoundStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RoundStateError";
  }
}

/**
 * The chat's delivery was erased from the round by /forget (`RoundLedger.erase`, `PgStore.forgetUser`), possibly while
 * the runner was working on it. Not a failure: the runner drops the delivery, and for an `attempt` it sends nothing.
 */
export class DeliveryErasedError extends RoundStateError {
  constructor(
    roundId: string,
    readonly chatId: number,
    detail = "erased by /forget",
  ) {
    super(`round ${roundId} has no delivery for chat ${chatId}: ${detail}`);
    this.name = "DeliveryErasedError";
  }
}

/**
 * Which states each event may follow, and the state it leads to. Exported so a SQL store can turn a rule into the
 * WHERE and SET of one UPDATE; `applyDeliveryEvent` remains the one place that enforces them in memory.
 */
export const DELIVERY_TRANSITIONS: Readonly<
  Record<DeliveryEvent["type"], { readonly from: readonly DeliveryState[]; readonly to: DeliveryState }>
> = {
  attempt: { from: ["pending", "attempted"], to: "attempted" },
  "not-sent": { from: ["attempted"], to: "pending" },
  migrated: { from: ["attempted"], to: "pending" },
  delivered: { from: ["attempted"], to: "delivered" },
  blocked: { from: ["attempted"], to: "blocked" },
  failed: { from: ["pending", "attempted"], to: "failed" },
  skipped: { from: ["pending"], to: "skipped" },
  unconfirmed: { from: ["attempted"], to: "unconfirmed" },
};

/**
 * Moves one delivery from state `from` by `event`, keeping `totals` in step, and returns its new state. The one
 * place the rules live: stores apply it to their records, the runner to its live progress counts.
 */
export function applyDeliveryEvent(totals: RoundTotals, from: DeliveryState, event: DeliveryEvent): DeliveryState {
  const transition = DELIVERY_TRANSITIONS[event.type];
  if (!transition.from.includes(from)) {
    throw new RoundStateError(`chat ${event.chatId}: '${event.type}' cannot follow '${from}'`);
  }
  totals[from] -= 1;
  totals[transition.to] += 1;
  if (event.type === "migrated") totals.migrated += 1;
  return transition.to;
}

/** States of a delivery that still has to be sent, or whose sending is in doubt. */
export const OPEN_STATES: readonly DeliveryState[] = ["pending", "attempted"];
/** States in which the chat has (or may have) received its warning: they advance its rotation. */
export const RECEIVED_STATES: readonly DeliveryState[] = ["delivered", "unconfirmed"];

/**
 * The refusals of the bookkeeping, worded once so that every store raises the same errors for the same mistakes.
 * Each returns the error for the caller to throw.
 */
export const roundRefusal = {
  stillActive: (roundId: string, activeRoundId: string) =>
    new RoundStateError(`cannot start round ${roundId}: round ${activeRoundId} is still active`),
  duplicateChat: (roundId: string, chatId: number) =>
    new RoundStateError(`round ${roundId} plans chat ${chatId} twice`),
  notActive: (roundId: string, activeRoundId: string | undefined) =>
    new RoundStateError(`round ${roundId} is not the active round (active: ${activeRoundId ?? "none"})`),
  noDelivery: (roundId: string, chatId: number) =>
    new RoundStateError(`round ${roundId} has no delivery for chat ${chatId}`),
  /** Undefined when the round may complete: no delivery is still open. */
  completion: (roundId: string, totals: RoundTotals): RoundStateError | undefined => {
    const { pending, attempted } = totals;
    if (pending + attempted === 0) return undefined;
    return new RoundStateError(
      `round ${roundId} cannot complete: ${pending} pending and ${attempted} attempted deliveries`,
    );
  },
};

const HISTORY_LIMIT = 20;

/** The totals of a round whose `planned` deliveries are all still pending. */
export function emptyTotals(planned: number): RoundTotals {
  return {
    planned,
    pending: planned,
    attempted: 0,
    delivered: 0,
    blocked: 0,
    failed: 0,
    skipped: 0,
    unconfirmed: 0,
    migrated: 0,
  };
}

/**
 * The state of rounds as a pure state machine: the in-memory store is this plus a lock, and the journal store
 * replays its file through the same transitions, so both enforce the same rules.
 */
interface ActiveRound {
  info: RoundInfo;
  deliveries: DeliveryTable;
  /** Planned chats erased by /forget while the round runs: kept in memory only, never written. */
  erased: Set<number>;
}

export class RoundLedger {
  private active: ActiveRound | undefined;
  private history: CompletedRound[] = [];

  activeRound(): RoundInfo | undefined {
    return this.active && { ...this.active.info, totals: { ...this.active.info.totals } };
  }

  lastCompletedRound(kind: RoundKind): CompletedRound | undefined {
    return this.history.findLast((round) => round.kind === kind);
  }

  /** Completed rounds, oldest first: the latest of each kind and up to HISTORY_LIMIT overall. */
  completedRounds(): readonly CompletedRound[] {
    return this.history;
  }

  begin(plan: PlanInMemory): void {
    const deliveries = new DeliveryTable(plan.deliveries.length);
    for (const delivery of plan.deliveries) {
      if (!deliveries.add(delivery)) throw roundRefusal.duplicateChat(plan.roundId, delivery.chatId);
    }
    this.beginWith(plan, deliveries);
  }

  /** Makes a round with these (pending) deliveries the active one; a replayed journal builds the table as it reads. */
  beginWith(header: Omit<RoundPlan, "deliveries">, deliveries: DeliveryTable): void {
    if (this.active) throw roundRefusal.stillActive(header.roundId, this.active.info.roundId);
    const { roundId, kind, scheduledFor, createdAt } = header;
    this.active = {
      info: { roundId, kind, scheduledFor, createdAt, totals: emptyTotals(deliveries.size) },
      deliveries,
      erased: new Set(),
    };
  }

  apply(roundId: string, event: DeliveryEvent): void {
    const { info, deliveries, erased } = this.requireActive(roundId);
    if (erased.has(event.chatId)) throw new DeliveryErasedError(roundId, event.chatId);
    const row = deliveries.row(event.chatId);
    if (row === undefined) throw roundRefusal.noDelivery(roundId, event.chatId);
    deliveries.setState(row, applyDeliveryEvent(info.totals, deliveries.state(row), event));
    if (event.type === "migrated") deliveries.setTarget(row, event.toChatId);
  }

  /**
   * /forget: removes the delivery of the active round planned for `chatId` (or now addressed to it) as if it had never
   * been planned, and returns the planned chat id, or undefined if the round has none. Events for it are refused with
   * `DeliveryErasedError` from now on, so a runner that was about to send sends nothing.
   */
  erase(chatId: number): number | undefined {
    if (!this.active) return undefined;
    const { info, deliveries, erased } = this.active;
    const row = deliveries.row(chatId) ?? deliveries.rowWithTarget(chatId);
    if (row === undefined) return undefined;
    const planned = deliveries.delivery(row).chatId;
    if (erased.has(planned)) return undefined;
    erased.add(planned);
    info.totals[deliveries.state(row)] -= 1;
    info.totals.planned -= 1;
    return planned;
  }

  /** Whether /forget erased this planned chat from the active round. */
  isErased(chatId: number): boolean {
    return this.active?.erased.has(chatId) === true;
  }

  /** Open deliveries, made one at a time as the caller iterates: no array of 100,000 objects. */
  pending(roundId: string): Generator<PendingDelivery> {
    const { deliveries, erased } = this.requireActive(roundId);
    return (function* () {
      for (const row of deliveries.rowsIn(OPEN_STATES)) {
        if (erased.has(deliveries.delivery(row).chatId)) continue;
        const attempted = deliveries.state(row) === "attempted";
        yield { ...deliveries.delivery(row), target: deliveries.target(row), attempted };
      }
    })();
  }

  unconfirmedChats(roundId: string): number[] {
    const { deliveries, erased } = this.requireActive(roundId);
    return [...deliveries.rowsIn(["unconfirmed"])]
      .filter((row) => !erased.has(deliveries.delivery(row).chatId))
      .map((row) => deliveries.target(row));
  }

  received(roundId: string): Generator<SentWarning> {
    const { deliveries, erased } = this.requireActive(roundId);
    return (function* () {
      for (const row of deliveries.rowsIn(RECEIVED_STATES)) {
        if (erased.has(deliveries.delivery(row).chatId)) continue;
        yield { chatId: deliveries.target(row), warningId: deliveries.delivery(row).warningId };
      }
    })();
  }

  /** Closes the active round; refuses while deliveries are still open. */
  complete(roundId: string, completedAt: string): CompletedRound {
    const active = this.requireActive(roundId);
    const refusal = roundRefusal.completion(roundId, active.info.totals);
    if (refusal) throw refusal;
    const completed: CompletedRound = { ...active.info, completedAt };
    this.active = undefined;
    this.addCompleted(completed);
    return completed;
  }

  /** Adds a completed round to the history (also used when a journal is replayed). */
  addCompleted(round: CompletedRound): void {
    this.history.push(round);
    if (this.history.length <= HISTORY_LIMIT) return;
    const latestOfKind = new Set(
      [...new Set(this.history.map((r) => r.kind))].map((kind) => this.lastCompletedRound(kind)),
    );
    const excess = this.history.length - HISTORY_LIMIT;
    let dropped = 0;
    this.history = this.history.filter((r) => latestOfKind.has(r) || dropped++ >= excess);
  }

  private requireActive(roundId: string): ActiveRound {
    if (!this.active || this.active.info.roundId !== roundId) {
      throw roundRefusal.notActive(roundId, this.active?.info.roundId);
    }
    return this.active;
  }
}
