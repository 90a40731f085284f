/**
 * Running a warning round (PRODUCT.md §2.6, §6): plan once, store the plan, then deliver at a paced rate with
 * exactly-once bookkeeping, resumable after a crash. A plain function of its dependencies (STYLE.md practice 10):
 * node-cron, the admin command and tests call it the same way.
 *
 * Exactly-once, and where it cannot be: each message is recorded as `attempt` just before it leaves (in a way that
 * survives a crash of the process) and as `delivered` only after Telegram acknowledged it. A resumed round sends
 * only deliveries never attempted. A delivery attempted without an outcome was in flight when the process died:
 * Telegram may or may not have it, and nothing can tell. Such deliveries are closed as `unconfirmed` and not sent
 * again (no duplicate; at worst a missed warning for a chat whose request never left). Their number is kept small by
 * ordering: the pacer admits the send first, then `attempt` is recorded, then the request leaves, with no wait in
 * between; the journal store writes the `attempt` line synchronously and the sender writes the request to its socket
 * in the same turn of the event loop, so only requests actually on the wire are in doubt. How many those are is
 * bounded too (`sendsInFlight`): a request stays in doubt until its answer is *read*, and a bot busy with users reads
 * answers late — with dozens of sends awaiting their answers, each crash left dozens unconfirmed (issue 14). One send
 * in flight per 100 messages a second keeps a crash to at most one unconfirmed warning at Telegram's rates.
 */
import { setMaxListeners } from "node:events";
import type { Locale } from "../i18n/locales.ts";
import type { Warning } from "../content/warnings.ts";
import { Pacer, systemClock, type Clock } from "./pacer.ts";
import { countPlan, planRound, type PlanCounts, type RoundKind } from "./plan.ts";
import {
  applyDeliveryEvent,
  DeliveryErasedError,
  type DeliveryEvent,
  type DeliveryState,
  type PendingDelivery,
  type RoundInfo,
  type RoundStore,
  type RoundTotals,
  type SentWarning,
} from "./round-store.ts";
import { dueRound, type RoundRequest } from "./schedule.ts";
import { classifySendError } from "./send-errors.ts";
import type { ChatKind, Frequency, Subscription } from "./subscription.ts";

/** The one Bot API method a round needs; grammY's `bot.api` fits as is. */
export interface BroadcastApi {
  sendMessage(chatId: number, text: string, options: typeof SEND_OPTIONS, signal?: AbortSignal): Promise<unknown>;
}

/** What a round needs from the subscriptions (the main Store implements it). */
export interface SubscriptionsPort {
  /** The subscriptions of one frequency, to plan a round. */
  list(frequency: Frequency): Promise<Iterable<Subscription>>;
  /** The chat's subscription now; undefined if it unsubscribed after the round was planned. */
  get(chatId: number): Promise<Subscription | undefined>;
  /** The chat blocked the bot or no longer exists. */
  unsubscribe(chatId: number, reason: string): Promise<void>;
  /** A group became a supergroup: the subscription moves to the new id. Must be idempotent. */
  migrate(fromChatId: number, toChatId: number): Promise<void>;
  /** Advances each chat's rotation (see `recordWarningSent`); called once per round, possibly again on resume. */
  recordSent(sent: Iterable<SentWarning>): Promise<void>;
}

/** The pino methods a round logs with. */
export interface RoundLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RateLimits {
  /** Messages per second overall; Telegram allows about 30. */
  perSecond: number;
  /** Default 1: Telegram's limit for one chat. */
  perChatPerSecond?: number;
  /** Default 20: Telegram's limit for one group or channel. */
  perGroupPerMinute?: number;
  /**
   * Sends awaiting their answer at once: the most a crash can leave unconfirmed. Default one per 100 messages a
   * second (`sendsInFlight`).
   */
  maxInFlight?: number;
}

export interface RoundProgress extends RoundTotals {
  roundId: string;
}

export interface RoundDeps {
  api: BroadcastApi;
  store: RoundStore;
  subscriptions: SubscriptionsPort;
  warnings: readonly Warning[];
  /** The message text of a warning in a language (Telegram HTML), e.g. `renderWarning` with the translator. */
  render: (warningId: string, locale: Locale) => string;
  logger: RoundLogger;
  rate: RateLimits;
  clock?: Clock;
  /** Sends in flight at once, to hide network latency; default from the rate. */
  concurrency?: number;
  /** For 5xx and network errors. Default: 4 attempts, backoff from 1 s doubling. */
  retry?: { attempts: number; baseDelayMs: number };
  /** Called after each delivery reaches an outcome. */
  onProgress?: (progress: RoundProgress) => void;
  /** Stops the round cleanly: no new sends; it stays active and resumes on the next run. */
  signal?: AbortSignal;
  /** Say nothing when another runner holds the round lock (a periodic check for orphaned rounds). */
  quietWhenBusy?: boolean;
}

export type RoundStatus = "completed" | "aborted" | "busy" | "already-completed" | "dry-run";

export interface RoundSummary {
  roundId: string;
  kind: RoundKind;
  status: RoundStatus;
  dryRun: boolean;
  /** True when this run continued a round that an earlier run had started. */
  resumed: boolean;
  /** Totals over the whole round, across runs. */
  planned: number;
  sent: number;
  blocked: number;
  failed: number;
  skipped: number;
  unconfirmed: number;
  /**
   * The chats whose warning was in flight when a run died (or whose answer never came): they may or may not have it,
   * and are not sent it again. Listed when the round completes.
   */
  unconfirmedChats: number[];
  migrated: number;
  /** Messages this run delivered. */
  sentThisRun: number;
  durationMs: number;
  /** Dry run only: what the round would send, per language, topic and warning. */
  counts?: PlanCounts;
}

export const SEND_OPTIONS = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** Sends a round keeps in flight at most, to hide network latency; a sender's connection pool needs no more. */
export const MAX_SENDS_IN_FLIGHT = 64;

/** Up to this rate (Telegram's is about 30 a second) one send at a time awaits its answer. */
const ONE_IN_FLIGHT_UP_TO = 100;

/**
 * How many sends may await their answer at once by default. Up to 100 messages a second, one: a crash then leaves at
 * most one warning unconfirmed, however late a busy process reads its answers, and a round sends at most one message
 * per round trip (about 20–30 a second to Telegram). Only a local server takes more than 100 a second (a benchmark
 * at thousands): there a send in flight per 30 messages a second, up to `MAX_SENDS_IN_FLIGHT`, keeps the pace.
 */
export function sendsInFlight(rate: RateLimits): number {
  if (rate.maxInFlight !== undefined) return Math.min(MAX_SENDS_IN_FLIGHT, rate.maxInFlight);
  if (rate.perSecond <= ONE_IN_FLIGHT_UP_TO) return 1;
  return Math.min(MAX_SENDS_IN_FLIGHT, Math.ceil(rate.perSecond / 30));
}
/** Rate-limit answers for one delivery before it is given up as failed (a stub or proxy stuck on 429). */
const MAX_RATE_LIMITED = 20;
/** Migrations followed for one delivery; more means the chat ids loop. */
const MAX_MIGRATIONS = 3;

let runCounter = 0;

/** Runs (or resumes, or dry-runs) one round and reports what happened. Only one round runs at a time. */
export async function runRound(deps: RoundDeps & { round: RoundRequest; dryRun?: boolean }): Promise<RoundSummary> {
  const clock = deps.clock ?? systemClock;
  const startedAt = clock.now();
  const { roundId, kind } = deps.round;
  const summarise = (
    status: RoundStatus,
    totals: RoundTotals | undefined,
    extra: Partial<RoundSummary> = {},
  ): RoundSummary => ({
    roundId,
    kind,
    status,
    dryRun: deps.dryRun ?? false,
    resumed: false,
    planned: totals?.planned ?? 0,
    sent: totals?.delivered ?? 0,
    blocked: totals?.blocked ?? 0,
    failed: totals?.failed ?? 0,
    skipped: totals?.skipped ?? 0,
    unconfirmed: totals?.unconfirmed ?? 0,
    unconfirmedChats: [],
    migrated: totals?.migrated ?? 0,
    sentThisRun: 0,
    durationMs: clock.now() - startedAt,
    ...extra,
  });

  if (deps.dryRun) {
    const plan = planRound({
      ...deps.round,
      subscriptions: await deps.subscriptions.list(kind),
      warnings: deps.warnings,
      now: new Date(startedAt),
    });
    const counts = countPlan(plan.deliveries, deps.warnings);
    deps.logger.info({ roundId, kind, ...counts }, "warning round dry run: nothing sent");
    return summarise("dry-run", undefined, { planned: counts.planned, counts });
  }

  const owner = `runRound:${roundId}:${++runCounter}`;
  if (!(await deps.store.tryLock(owner, deps.logger))) {
    if (!deps.quietWhenBusy)
      deps.logger.info({ roundId }, "warning round not started: another runner holds the round lock");
    return summarise("busy", undefined);
  }
  try {
    const last = await deps.store.lastCompletedRound(kind);
    if (last?.roundId === roundId) return summarise("already-completed", last.totals);
    let active = await deps.store.activeRound();
    if (active && active.roundId !== roundId) {
      deps.logger.warn(
        { roundId, activeRoundId: active.roundId },
        "warning round not started: another round is active; resume it first",
      );
      return summarise("busy", undefined);
    }
    const resumed = active !== undefined;
    if (!active) {
      const subscriptions = await deps.subscriptions.list(kind);
      await deps.store.saveRoundPlan(
        planRound({ ...deps.round, subscriptions, warnings: deps.warnings, now: new Date(startedAt) }),
      );
      active = await deps.store.activeRound();
      if (!active) throw new Error(`round ${roundId} was saved but the store does not report it as active`);
    }
    const totals = { ...active.totals };
    const delivery = new DeliveryRun(deps, clock, roundId, totals);
    const sentThisRun = await delivery.run(await deps.store.pendingDeliveries(roundId), resumed);
    if (delivery.stopped) {
      deps.logger.info({ roundId, ...totals }, "warning round stopped; it resumes on the next run");
      return summarise("aborted", totals, { resumed, sentThisRun });
    }
    await deps.subscriptions.recordSent(await deps.store.receivedWarnings(roundId));
    const unconfirmedChats = await deps.store.unconfirmedChats(roundId);
    const completed = await deps.store.completeRound(roundId, new Date(clock.now()));
    const summary = summarise("completed", completed.totals, { resumed, sentThisRun, unconfirmedChats });
    deps.logger.info({ ...summary }, "warning round completed");
    return summary;
  } finally {
    await deps.store.unlock(owner);
  }
}

/** The request that resumes a round already planned. */
export function roundRequestOf(round: Pick<RoundInfo, "roundId" | "kind" | "scheduledFor">): RoundRequest {
  return { roundId: round.roundId, kind: round.kind, scheduledFor: new Date(round.scheduledFor) };
}

/** Resumes the active round if any, then runs each schedule's due round; stops at the first that does not complete. */
export async function runDueRounds(
  deps: RoundDeps & { schedules: readonly { kind: RoundKind; cron: string }[]; timeZone: string },
): Promise<RoundSummary[]> {
  const clock = deps.clock ?? systemClock;
  const summaries: RoundSummary[] = [];
  const active = await deps.store.activeRound();
  if (active) {
    const summary = await runRound({ ...deps, round: roundRequestOf(active) });
    summaries.push(summary);
    if (summary.status !== "completed") return summaries;
  }
  for (const schedule of deps.schedules) {
    const lastCompleted = await deps.store.lastCompletedRound(schedule.kind);
    const due = dueRound({ ...schedule, timeZone: deps.timeZone, lastCompleted, now: new Date(clock.now()) });
    if (!due) continue;
    const summary = await runRound({ ...deps, round: due });
    summaries.push(summary);
    if (summary.status !== "completed" && summary.status !== "already-completed") break;
  }
  return summaries;
}

/** The delivery phase of one run: a pool of workers sharing one pacer. */
class DeliveryRun {
  private readonly pacer: Pacer;
  private readonly stop = new AbortController();
  private readonly lastSentTo = new Map<number, number>();
  private readonly rendered = new Map<string, string>();
  private failure: unknown;
  private sentThisRun = 0;

  constructor(
    private readonly deps: RoundDeps,
    private readonly clock: Clock,
    private readonly roundId: string,
    /** Live totals of the round, updated as outcomes are recorded. */
    private readonly totals: RoundTotals,
  ) {
    this.pacer = new Pacer(deps.rate.perSecond, clock, sendsInFlight(deps.rate));
    // Every waiting worker listens to the same signal; that is expected, not a leak.
    setMaxListeners(0, this.stop.signal);
  }

  get stopped(): boolean {
    return this.stop.signal.aborted;
  }

  /** Sends the open deliveries; the workers take them from one shared iterator, so the store may produce them lazily. */
  async run(open: Iterable<PendingDelivery>, resumed: boolean): Promise<number> {
    const external = this.deps.signal;
    const onAbort = () => this.stop.abort(external?.reason);
    if (external?.aborted) onAbort();
    external?.addEventListener("abort", onAbort, { once: true });
    try {
      const { pending, attempted } = this.totals;
      this.deps.logger.info(
        { roundId: this.roundId, resumed, toSend: pending, ...this.totals },
        resumed ? "warning round resumed" : "warning round started",
      );
      const deliveries = open[Symbol.iterator]();
      const worker = async () => {
        try {
          for (let next = deliveries.next(); !next.done && !this.stop.signal.aborted; next = deliveries.next()) {
            const delivery = next.value;
            try {
              // In flight when an earlier run died: maybe delivered, so closed without sending again.
              if (delivery.attempted)
                await this.record({ state: "attempted" }, { type: "unconfirmed", chatId: delivery.chatId });
              else await this.deliver(delivery);
            } catch (error) {
              // The user sent /forget meanwhile: their delivery left the round (nothing sent if not yet on its way).
              if (!(error instanceof DeliveryErasedError)) throw error;
            }
          }
        } catch (error) {
          if (!this.stop.signal.aborted) {
            this.failure = error;
            this.stop.abort(error);
          }
        }
      };
      const workers = Math.min(this.concurrency(), Math.max(1, pending + attempted));
      await Promise.all(Array.from({ length: workers }, worker));
      if (this.failure !== undefined) throw this.failure;
      return this.sentThisRun;
    } finally {
      external?.removeEventListener("abort", onAbort);
    }
  }

  private concurrency(): number {
    return this.deps.concurrency ?? Math.min(MAX_SENDS_IN_FLIGHT, Math.max(4, Math.ceil(this.deps.rate.perSecond / 2)));
  }

  private async deliver(delivery: PendingDelivery): Promise<void> {
    const { chatId } = delivery;
    let target = delivery.target;
    const tracked: { state: DeliveryState } = { state: "pending" };
    const subscription = await this.deps.subscriptions.get(target);
    if (!subscription) {
      await this.record(tracked, { type: "skipped", chatId });
      return;
    }
    const text = this.render(delivery.warningId, subscription.locale);
    const retry = this.deps.retry ?? { attempts: 4, baseDelayMs: 1000 };
    let transientFailures = 0;
    let rateLimited = 0;
    let migrations = 0;
    const signal = this.stop.signal;
    try {
      for (;;) {
        await this.waitForChat(target, delivery.chatKind);
        await this.pacer.turn(signal);
        const answered = await this.pacer.admit(signal);
        try {
          signal.throwIfAborted();
          await this.record(tracked, { type: "attempt", chatId });
        } catch (error) {
          answered();
          throw error;
        }
        // Stopped while the attempt was being recorded: the request never left, so it goes back to pending.
        if (signal.aborted) {
          answered();
          await this.record(tracked, { type: "not-sent", chatId });
          return;
        }
        this.lastSentTo.set(target, this.clock.now());
        try {
          try {
            await this.deps.api.sendMessage(target, text, SEND_OPTIONS, signal);
          } finally {
            answered();
          }
        } catch (error) {
          // Stopped mid-request: the outcome is unknown, so the delivery stays attempted (unconfirmed on resume).
          if (signal.aborted) return;
          const failure = classifySendError(error);
          const log = { roundId: this.roundId, chatId, target };
          switch (failure.kind) {
            case "rate-limited":
              this.pacer.pause(failure.retryAfterMs);
              this.deps.logger.warn(
                { ...log, retryAfterMs: failure.retryAfterMs },
                "Telegram asked to slow down (429); pausing the round",
              );
              if (++rateLimited > MAX_RATE_LIMITED) {
                await this.record(tracked, {
                  type: "failed",
                  chatId,
                  reason: `still rate-limited after ${MAX_RATE_LIMITED} waits`,
                });
                return;
              }
              await this.record(tracked, { type: "not-sent", chatId });
              continue;
            case "migrated":
              if (++migrations > MAX_MIGRATIONS) {
                await this.record(tracked, { type: "failed", chatId, reason: "chat migrations loop" });
                return;
              }
              await this.deps.subscriptions.migrate(target, failure.toChatId);
              await this.record(tracked, { type: "migrated", chatId, toChatId: failure.toChatId });
              this.deps.logger.info(
                { ...log, toChatId: failure.toChatId },
                "group became a supergroup; subscription moved",
              );
              this.lastSentTo.delete(target);
              target = failure.toChatId;
              continue;
            case "gone":
              await this.deps.subscriptions.unsubscribe(target, failure.reason);
              await this.record(tracked, { type: "blocked", chatId });
              this.deps.logger.info(
                { ...log, reason: failure.reason },
                "chat blocked the bot or is gone; unsubscribed",
              );
              return;
            case "transient":
              if (++transientFailures >= retry.attempts) {
                await this.record(tracked, { type: "failed", chatId, reason: failure.reason });
                this.deps.logger.warn(
                  { ...log, reason: failure.reason, attempts: transientFailures },
                  "warning not delivered after retries",
                );
                return;
              }
              await this.clock.sleep(retry.baseDelayMs * 2 ** (transientFailures - 1), signal);
              continue;
            case "in-doubt":
              await this.record(tracked, { type: "unconfirmed", chatId });
              this.deps.logger.warn(
                { ...log, reason: failure.reason },
                "no answer to a warning that left: it may have arrived, so it is not sent again",
              );
              return;
            case "rejected":
              await this.record(tracked, { type: "failed", chatId, reason: failure.reason });
              this.deps.logger.warn({ ...log, reason: failure.reason }, "Telegram refused a warning");
              return;
            case "fatal":
              await this.record(tracked, { type: "not-sent", chatId });
              throw new Error(`warning round ${this.roundId} stopped: ${failure.reason}`, { cause: error });
          }
        }
        await this.record(tracked, { type: "delivered", chatId });
        this.sentThisRun += 1;
        return;
      }
    } catch (error) {
      // A wait cut short by stopping is not a failure of the round.
      if (signal.aborted) return;
      throw error;
    } finally {
      this.lastSentTo.delete(target);
    }
  }

  /** Telegram's per-chat limits only bite on retries: the same chat is sent to once per round otherwise. */
  private async waitForChat(target: number, chatKind: ChatKind): Promise<void> {
    const last = this.lastSentTo.get(target);
    if (last === undefined) return;
    const { perChatPerSecond = 1, perGroupPerMinute = 20 } = this.deps.rate;
    const spacing = Math.max(1000 / perChatPerSecond, chatKind === "private" ? 0 : 60_000 / perGroupPerMinute);
    const wait = last + spacing - this.clock.now();
    if (wait > 0) await this.clock.sleep(wait, this.stop.signal);
  }

  private render(warningId: string, locale: Locale): string {
    const key = `${warningId}\u0000${locale}`;
    let text = this.rendered.get(key);
    if (text === undefined) {
      text = this.deps.render(warningId, locale);
      this.rendered.set(key, text);
    }
    return text;
  }

  /**
   * Records an event durably, then moves the delivery's live state and the progress counts. A delivery erased by
   * /forget leaves the counts as it left the store (planned one less) and the `DeliveryErasedError` goes up to the
   * worker, which moves on: for an `attempt`, nothing is sent.
   */
  private async record(tracked: { state: DeliveryState }, event: DeliveryEvent): Promise<void> {
    try {
      await this.deps.store.record(this.roundId, event);
    } catch (error) {
      if (error instanceof DeliveryErasedError) {
        this.totals[tracked.state] -= 1;
        this.totals.planned -= 1;
        this.deps.logger.info({ roundId: this.roundId }, "a delivery was erased by /forget; the round goes on");
        this.deps.onProgress?.({ roundId: this.roundId, ...this.totals });
      }
      throw error;
    }
    tracked.state = applyDeliveryEvent(this.totals, tracked.state, event);
    if (event.type !== "attempt") this.deps.onProgress?.({ roundId: this.roundId, ...this.totals });
  }
}
