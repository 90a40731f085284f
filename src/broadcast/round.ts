/**
 * Running a warning round (PRODUCT.md §2.6, §6): plan once, store the plan, then deliver at a paced rate with
 * exactly-once bookkeeping, resumable after a crash. A plain function of its dependencies (STYLE.md practice 10):
 * node-cron, the admin command and tests call it the same way.
 *
 * Exactly-once, and where it cannot be: each message is recorded as `attempt` just before it leaves (in a way that
 * survives a crash of the process) and as `delivered` only after Telegram acknowledged it. A resumed round sends
 * only deliveries never attempted. A delivery attempted without an outcome was in flight when the process died:
 * Telegram may or may not have it, and nothing can tell. Such deliveries are closed as `unconfirmed` and not sent
 * again (no duplicate). None of them is a missed warning: the store writes the `attempt` and the request leaves in
 * the same turn of the event loop (`RoundStore.attempt`), never a round trip apart, so only requests actually on the
 * wire are in doubt (waiting for PostgreSQL's answer before sending used to miss chats after a kill; issue 18). How
 * many are in doubt is what the pacer keeps in flight: as many as the rate needs over the round trip
 * (`sendsInFlight`), one per send to a fast server, a few to Telegram over a real network.
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
import { nextStep, NO_TRIES } from "./failure-policy.ts";
import { FREE_BROADCAST_RATE } from "./broadcast-rates.ts";
import type { ChatKind, Frequency, Subscription } from "./subscription.ts";

/** The one Bot API method a round needs; grammY's `bot.api` fits as is. */
export interface BroadcastApi {
  sendMessage(chatId: number, text: string, options: SendOptions, signal?: AbortSignal): Promise<unknown>;
  /**
   * Waits until a request can leave at once and sets a connection aside for it (opening one if needed). A round
   * records each attempt and sends in the same turn (`RoundStore.attempt`); a request that still had to wait for a
   * connection (being opened, or busy) when the process died was recorded as attempted yet never left, and the
   * resumed round closed it as unconfirmed: a chat missed (issue 18). Optional: an API without it sends as it can.
   */
  reserve?(signal?: AbortSignal): Promise<ReservedLine>;
}

/** A connection set aside by `BroadcastApi.reserve`: one send, or `release` to give it back unused. */
export interface ReservedLine {
  /**
   * Builds the request now; the function returned writes it to the connection before returning, and resolves with
   * the answer. The round prepares before it records the attempt, so that between the record and the request's
   * write there is nothing but the write: a process killed there (on a loaded machine, a process waiting for the CPU
   * stops wherever it was) left a chat recorded as attempted whose request never left (issue 18).
   */
  prepare(chatId: number, text: string, options: SendOptions, signal?: AbortSignal): () => Promise<unknown>;
  /** Gives the connection back if no message went out on it; does nothing once a prepared request was written. */
  release(): void;
}

export const SEND_OPTIONS = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;
/** A paid broadcast: up to 1,000 messages a second, billed in Telegram Stars from the bot's balance. */
export const PAID_SEND_OPTIONS = { ...SEND_OPTIONS, allow_paid_broadcast: true } as const;
export type SendOptions = typeof SEND_OPTIONS | typeof PAID_SEND_OPTIONS;

/** What a round needs from the subscriptions (the main Store implements it). */
export interface SubscriptionsPort {
  /** The subscriptions of one frequency, to plan a round; may be produced lazily (a database reads them in pages). */
  list(frequency: Frequency): Promise<Iterable<Subscription> | AsyncIterable<Subscription>>;
  /** The chat's subscription now; undefined if it unsubscribed after the round was planned. */
  get(chatId: number): Promise<Subscription | undefined>;
  /** The chat blocked the bot or no longer exists. */
  unsubscribe(chatId: number, reason: string): Promise<void>;
  /** A group became a supergroup: the subscription moves to the new id. Must be idempotent. */
  migrate(fromChatId: number, toChatId: number): Promise<void>;
  /**
   * Advances each chat's rotation (see `recordWarningSent`); called once per round, possibly again on resume. The
   * warnings may come lazily (a database reads them in pages).
   */
  recordSent(sent: Iterable<SentWarning> | AsyncIterable<SentWarning>): Promise<void>;
}

/** The pino methods a round logs with. */
export interface RoundLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RateLimits {
  /** Messages per second overall; Telegram allows about 30, or up to 1,000 as a paid broadcast (`paid`). */
  perSecond: number;
  /**
   * Send with `allow_paid_broadcast` (Telegram bills Stars for it). If Telegram refuses for want of Stars, the round
   * goes on at `FREE_BROADCAST_RATE` without it, says so in the log and in its summary (`paidBroadcast`).
   */
  paid?: boolean;
  /** Default 1: Telegram's limit for one chat. */
  perChatPerSecond?: number;
  /** Default 20: Telegram's limit for one group or channel. */
  perGroupPerMinute?: number;
  /**
   * Sends awaiting their answer at once: the most a crash can leave unconfirmed. Default: what the rate needs over
   * the measured round trip (`sendsInFlight`).
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
  /** A paid round only: whether it stayed paid or fell back to the free rate (not enough Stars). */
  paidBroadcast?: "paid" | "fell-back-to-free";
  /** Messages this run delivered. */
  sentThisRun: number;
  durationMs: number;
  /** Dry run only: what the round would send, per language, topic and warning. */
  counts?: PlanCounts;
}

/**
 * Sends a round may keep in flight, per message a second: a quarter of a second's worth. Over a round trip of `t`
 * the pacer keeps rate × t × 1.25 in flight (`Pacer`), so this covers round trips up to 200 ms at any rate: 500 for
 * 2,000 a second, 250 for a paid round's 1,000. A fixed 64 held a round 100 ms away to 640 a second (issue 18).
 */
const IN_FLIGHT_SECONDS = 0.25;
/** The cap at any rate up to 256 a second: a slow network (or a busy process reading answers late) needs room. */
const MIN_SENDS_IN_FLIGHT_CAP = 64;
/**
 * The cap above 2,048 a second (only a local Bot API server allows that): each send in flight is a connection and,
 * if the process dies, a warning in doubt; past this, a round trip of 250 ms or more costs rate instead.
 */
export const MAX_SENDS_IN_FLIGHT = 512;

/**
 * The most sends a round at `perSecond` keeps awaiting their answers, and the connections its sender needs
 * (`createHttpBroadcastApi`): rate × a quarter of a second, at least 64, at most `MAX_SENDS_IN_FLIGHT`.
 */
export function maxSendsInFlight(perSecond: number): number {
  const scaled = Math.ceil(perSecond * IN_FLIGHT_SECONDS);
  return Math.min(MAX_SENDS_IN_FLIGHT, Math.max(MIN_SENDS_IN_FLIGHT_CAP, scaled));
}

/** Up to this rate (Telegram's is about 30 a second) a fast server needs one send at a time awaiting its answer. */
const ONE_IN_FLIGHT_UP_TO = 100;

/**
 * Sends that may await their answers at once: `max` bounds them (`maxSendsInFlight`), `min` is kept even over a fast
 * connection, and in between the pacer keeps what the rate needs over the measured round trip (`Pacer`), so a round
 * to Telegram 100 ms away is not held to one message per round trip (10/s; issue 18). Each is in doubt if the process
 * dies, but since an attempt and its request leave together (`RoundStore.attempt`), a delivery in doubt did leave:
 * it is counted unconfirmed, never missed. Up to 100 messages a second the minimum is one; above (a local server at
 * thousands), one per 30 messages a second keeps the pace through the process's own pauses. `maxInFlight` fixes the
 * number.
 */
export function sendsInFlight(rate: RateLimits): { min?: number; max: number } {
  const max = maxSendsInFlight(rate.perSecond);
  if (rate.maxInFlight !== undefined) return { max: Math.min(max, rate.maxInFlight) };
  const min = rate.perSecond <= ONE_IN_FLIGHT_UP_TO ? 1 : Math.ceil(rate.perSecond / 30);
  return { min: Math.min(max, min), max };
}

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
    const counts = await countPlan(plan.deliveries, deps.warnings);
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
      return summarise("aborted", totals, { resumed, sentThisRun, ...delivery.paidBroadcast() });
    }
    await deps.subscriptions.recordSent(await deps.store.receivedWarnings(roundId));
    const unconfirmedChats = await deps.store.unconfirmedChats(roundId);
    const completed = await deps.store.completeRound(roundId, new Date(clock.now()));
    const summary = summarise("completed", completed.totals, {
      resumed,
      sentThisRun,
      unconfirmedChats,
      ...delivery.paidBroadcast(),
    });
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
  private pacer: Pacer;
  private sendOptions: SendOptions;
  private readonly stop = new AbortController();
  private readonly lastSentTo = new Map<number, number>();
  private readonly rendered = new Map<string, string>();
  private failure: unknown;
  private sentThisRun = 0;
  /** Set when Telegram refused a paid broadcast and the round went on at the free rate. */
  private fellBackToFree = false;

  constructor(
    private readonly deps: RoundDeps,
    private readonly clock: Clock,
    private readonly roundId: string,
    /** Live totals of the round, updated as outcomes are recorded. */
    private readonly totals: RoundTotals,
  ) {
    const inFlight = sendsInFlight(deps.rate);
    this.pacer = new Pacer(deps.rate.perSecond, clock, inFlight.max, inFlight.min);
    this.sendOptions = deps.rate.paid ? PAID_SEND_OPTIONS : SEND_OPTIONS;
    // One listener per worker (`workerSignal`): that is expected, not a leak.
    setMaxListeners(0, this.stop.signal);
  }

  get stopped(): boolean {
    return this.stop.signal.aborted;
  }

  /** For the summary of a paid round: whether it stayed paid. */
  paidBroadcast(): Pick<RoundSummary, "paidBroadcast"> {
    if (!this.deps.rate.paid) return {};
    return { paidBroadcast: this.fellBackToFree ? "fell-back-to-free" : "paid" };
  }

  /**
   * Sends the open deliveries; the workers take them from one shared iterator, so the store may produce them lazily
   * (an async generator queues the workers' calls to `next`).
   */
  async run(open: Iterable<PendingDelivery> | AsyncIterable<PendingDelivery>, resumed: boolean): Promise<number> {
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
      const deliveries = Symbol.asyncIterator in open ? open[Symbol.asyncIterator]() : open[Symbol.iterator]();
      const worker = async () => {
        const own = this.workerSignal();
        try {
          let next = await this.nextOpen(deliveries);
          while (next && !this.stop.signal.aborted) {
            const { delivery, subscription } = next;
            // The next delivery's subscription is looked up while this one is sent: a round trip less per message.
            next = await this.nextOpen(deliveries);
            try {
              // In flight when an earlier run died: maybe delivered, so closed without sending again.
              if (!subscription)
                await this.record({ state: "attempted" }, { type: "unconfirmed", chatId: delivery.chatId });
              else await this.deliver(delivery, await subscription, own.signal);
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
        } finally {
          own.dispose();
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

  /**
   * A signal of the worker's own that follows the round's: each wait and each request in flight listens to one, and
   * AbortSignal keeps its listeners in a list that every add and remove walks. Hundreds of workers listening to the
   * one signal of the round spent a twelfth of a 2,000/s round's CPU there.
   */
  private workerSignal(): { signal: AbortSignal; dispose(): void } {
    const own = new AbortController();
    const follow = () => own.abort(this.stop.signal.reason);
    if (this.stop.signal.aborted) follow();
    this.stop.signal.addEventListener("abort", follow, { once: true });
    return { signal: own.signal, dispose: () => this.stop.signal.removeEventListener("abort", follow) };
  }

  private concurrency(): number {
    const { perSecond } = this.deps.rate;
    return this.deps.concurrency ?? Math.min(maxSendsInFlight(perSecond), Math.max(4, Math.ceil(perSecond / 2)));
  }

  /**
   * The next open delivery, and for one never attempted its subscription as now, being looked up (a chat that
   * unsubscribed since the plan is skipped). A lookup that fails is raised when awaited, or never if the round stops.
   */
  private async nextOpen(
    deliveries: Iterator<PendingDelivery> | AsyncIterator<PendingDelivery>,
  ): Promise<{ delivery: PendingDelivery; subscription?: Promise<Subscription | undefined> } | undefined> {
    const next = await deliveries.next();
    if (next.done) return undefined;
    const delivery = next.value;
    if (delivery.attempted) return { delivery };
    const subscription = this.deps.subscriptions.get(delivery.target);
    subscription.catch(() => undefined);
    return { delivery, subscription };
  }

  /** One delivery to its outcome: send, and on failure do what `nextStep` says until it says stop. */
  private async deliver(
    delivery: PendingDelivery,
    subscription: Subscription | undefined,
    signal: AbortSignal,
  ): Promise<void> {
    const { chatId } = delivery;
    let target = delivery.target;
    const tracked: { state: DeliveryState } = { state: "pending" };
    if (!subscription) {
      await this.record(tracked, { type: "skipped", chatId });
      return;
    }
    const text = this.render(delivery.warningId, subscription.locale);
    const retry = this.deps.retry ?? { attempts: 4, baseDelayMs: 1000 };
    let tries = NO_TRIES;
    try {
      for (;;) {
        await this.waitForChat(target, delivery.chatKind, signal);
        const error = await this.send(tracked, chatId, target, text, signal);
        if (error === SENT) {
          await this.record(tracked, { type: "delivered", chatId });
          this.sentThisRun += 1;
          return;
        }
        if (error === NOT_SENT) {
          // Stopped before the request left: the delivery stays pending for the next run.
          return;
        }
        // Stopped mid-request: the outcome is unknown, so the delivery stays attempted (unconfirmed on resume).
        if (signal.aborted) return;
        const step = nextStep(classifySendError(error), tries, retry);
        const log = { roundId: this.roundId, chatId, target };
        if (step.next === "stop") {
          await this.record(tracked, { type: "not-sent", chatId });
          throw new Error(`warning round ${this.roundId} stopped: ${step.reason}`, { cause: error });
        }
        if (step.next === "close") {
          if (step.unsubscribe) await this.deps.subscriptions.unsubscribe(target, step.reason);
          await this.record(tracked, {
            type: step.record,
            chatId,
            ...(step.record === "failed" ? { reason: step.reason } : {}),
          } as DeliveryEvent);
          this.deps.logger[step.log.level]({ ...log, reason: step.reason }, step.log.msg);
          return;
        }
        tries = step.tries;
        if (step.pauseRoundMs !== undefined) this.pacer.pause(step.pauseRoundMs);
        if (step.freeRate) this.fallBackToFreeRate();
        if (step.log)
          this.deps.logger[step.log.level](
            {
              ...log,
              ...(step.pauseRoundMs ? { retryAfterMs: step.pauseRoundMs } : {}),
              ...(step.moveTo ? { toChatId: step.moveTo } : {}),
            },
            step.log.msg,
          );
        if (step.record === "migrated" && step.moveTo !== undefined) {
          await this.deps.subscriptions.migrate(target, step.moveTo);
          await this.record(tracked, { type: "migrated", chatId, toChatId: step.moveTo });
          this.lastSentTo.delete(target);
          target = step.moveTo;
        } else if (step.record === "not-sent" && tracked.state === "attempted") {
          // Not when nothing was recorded: no connection could be opened for it (`BroadcastApi.reserve`).
          await this.record(tracked, { type: "not-sent", chatId });
        }
        if (step.backoffMs !== undefined) await this.clock.sleep(step.backoffMs, signal);
      }
    } catch (error) {
      // A wait cut short by stopping is not a failure of the round.
      if (signal.aborted) return;
      throw error;
    } finally {
      this.lastSentTo.delete(target);
    }
  }

  /**
   * Waits for the pacer and a connection (`BroadcastApi.reserve`), then records the attempt and sends in the same
   * turn (`RoundStore.attempt`). Resolves with SENT, NOT_SENT (stopped before the request left) or the send's error.
   */
  private async send(
    tracked: { state: DeliveryState },
    chatId: number,
    target: number,
    text: string,
    signal: AbortSignal,
  ): Promise<unknown> {
    await this.pacer.turn(signal);
    // Before the place at the pacer: a store's round trip to check would otherwise count against the rate.
    await this.checkAttempt(tracked, chatId);
    const answered = await this.pacer.admit(signal);
    const sending: { request?: Promise<unknown> } = {};
    let line: ReservedLine | undefined;
    try {
      if (signal.aborted) return NOT_SENT;
      try {
        line = await this.deps.api.reserve?.(signal);
      } catch (error) {
        // No connection could be opened: nothing left, and nothing was recorded.
        return signal.aborted ? NOT_SENT : error;
      }
      const options = this.sendOptions;
      const sendNow =
        line?.prepare(target, text, options, signal) ??
        (() => this.deps.api.sendMessage(target, text, options, signal));
      this.lastSentTo.set(target, this.clock.now());
      await this.record(tracked, { type: "attempt", chatId }, () => {
        // The pacer counts the send until about a second after its answer: told when the answer comes, not once the
        // attempt's record also has its reply (on PostgreSQL a round trip that ran alongside, often the later).
        sending.request = sendNow().then(
          () => {
            // Telegram's answer: a round trip the pacer learns its floor from (a failure may not have reached it).
            answered({ fromServer: true });
            return SENT;
          },
          (error: unknown) => {
            answered();
            return error ?? new Error("sendMessage failed");
          },
        );
      });
      return await sending.request;
    } catch (error) {
      // The attempt was refused after its request left (PostgreSQL learns of an erasure late): await the answer, so
      // the pacer counts it, then pass the refusal on.
      await sending.request;
      throw error;
    } finally {
      line?.release();
      answered();
    }
  }

  /** Telegram refused the paid broadcast (not enough Stars): the rest of the round goes out free, at the free rate. */
  private fallBackToFreeRate(): void {
    if (this.fellBackToFree) return;
    this.fellBackToFree = true;
    this.sendOptions = SEND_OPTIONS;
    const perSecond = Math.min(this.deps.rate.perSecond, FREE_BROADCAST_RATE);
    const inFlight = sendsInFlight({ ...this.deps.rate, perSecond });
    this.pacer = new Pacer(perSecond, this.clock, inFlight.max, inFlight.min);
    // Sends already counted at the paid rate fall within the next second: the free pace starts after it.
    this.pacer.pause(1000);
    this.deps.logger.warn(
      { roundId: this.roundId, perSecond },
      "paid broadcast refused by Telegram (not enough Stars?); the round goes on free, at the free rate",
    );
  }

  /** Telegram's per-chat limits only bite on retries: the same chat is sent to once per round otherwise. */
  private async waitForChat(target: number, chatKind: ChatKind, signal: AbortSignal): Promise<void> {
    const last = this.lastSentTo.get(target);
    if (last === undefined) return;
    const { perChatPerSecond = 1, perGroupPerMinute = 20 } = this.deps.rate;
    const spacing = Math.max(1000 / perChatPerSecond, chatKind === "private" ? 0 : 60_000 / perGroupPerMinute);
    const wait = last + spacing - this.clock.now();
    if (wait > 0) await this.clock.sleep(wait, signal);
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
   * Records an event durably, then moves the delivery's live state and the progress counts; an `attempt` goes
   * through `RoundStore.attempt` with `send`. A `DeliveryErasedError` (/forget) goes up to the worker, which moves on.
   */
  private async record(tracked: { state: DeliveryState }, event: DeliveryEvent, send?: () => void): Promise<void> {
    try {
      if (send) await this.deps.store.attempt(this.roundId, event.chatId, send);
      else await this.deps.store.record(this.roundId, event);
    } catch (error) {
      this.countErasure(tracked, error);
      throw error;
    }
    tracked.state = applyDeliveryEvent(this.totals, tracked.state, event);
    if (event.type !== "attempt") this.deps.onProgress?.({ roundId: this.roundId, ...this.totals });
  }

  /** `RoundStore.checkAttempt`, where the store has it; an erasure counts as in `record`. */
  private async checkAttempt(tracked: { state: DeliveryState }, chatId: number): Promise<void> {
    try {
      await this.deps.store.checkAttempt?.(this.roundId, chatId);
    } catch (error) {
      this.countErasure(tracked, error);
      throw error;
    }
  }

  /** A delivery erased by /forget leaves the counts as it left the store: planned one less. */
  private countErasure(tracked: { state: DeliveryState }, error: unknown): void {
    if (!(error instanceof DeliveryErasedError)) return;
    this.totals[tracked.state] -= 1;
    this.totals.planned -= 1;
    this.deps.logger.info({ roundId: this.roundId }, "a delivery was erased by /forget; the round goes on");
    this.deps.onProgress?.({ roundId: this.roundId, ...this.totals });
  }
}

/** What `DeliveryRun.send` resolves with when the message was delivered, or when it never left. */
const SENT = Symbol("sent");
const NOT_SENT = Symbol("not sent");
