/**
 * Fakes for warning-round tests: a subscriptions port over a Map, a Bot API that records what "Telegram" received
 * (at call time, the way a server sees a request even if the caller dies before the answer), and a logger that
 * keeps its lines.
 */
import type { Locale } from "../../src/i18n/locales.ts";
import type { Warning, WarningTopic } from "../../src/content/warnings.ts";
import {
  runRound,
  type BroadcastApi,
  type RoundDeps,
  type RoundLogger,
  type RoundSummary,
  type SubscriptionsPort,
} from "../../src/broadcast/round.ts";
import type { Store } from "../../src/store/store.ts";
import type { RoundPlan } from "../../src/broadcast/plan.ts";
import type { SentWarning } from "../../src/broadcast/round-store.ts";
import { recordWarningSent, type Frequency, type Subscription } from "../../src/broadcast/subscription.ts";
import type { Clock } from "../../src/broadcast/pacer.ts";

export function makeSub(chatId: number, overrides: Partial<Subscription> = {}): Subscription {
  return {
    chatId,
    locale: "en",
    frequency: "weekly",
    topics: [],
    kind: "private",
    since: "2026-01-01T00:00:00.000Z",
    sentWarningIds: [],
    ...overrides,
  };
}

/** `count` subscribers with ids 1..count, languages and chat kinds cycling so every path is exercised. */
export function makeSubs(count: number, overrides: Partial<Subscription> = {}): Subscription[] {
  const locales: Locale[] = ["en", "zh-hans", "zh-hant"];
  return Array.from({ length: count }, (_, index) =>
    makeSub(index + 1, { locale: locales[index % locales.length], ...overrides }),
  );
}

export function makeWarnings(specs: ReadonlyArray<readonly [string, readonly WarningTopic[]]>): Warning[] {
  return specs.map(([id, topics]) => ({ id, topics, source: ["https://example.org/source"], reviewed: "2026-11-25" }));
}

export class FakeSubscriptions implements SubscriptionsPort {
  readonly byChat = new Map<number, Subscription>();
  readonly unsubscribed: Array<{ chatId: number; reason: string }> = [];
  readonly migrations: Array<{ from: number; to: number }> = [];
  recordSentCalls = 0;

  constructor(subs: Iterable<Subscription> = []) {
    for (const sub of subs) this.byChat.set(sub.chatId, sub);
  }

  async list(frequency: Frequency): Promise<Subscription[]> {
    return [...this.byChat.values()].filter((sub) => sub.frequency === frequency);
  }

  async get(chatId: number): Promise<Subscription | undefined> {
    return this.byChat.get(chatId);
  }

  async unsubscribe(chatId: number, reason: string): Promise<void> {
    this.byChat.delete(chatId);
    this.unsubscribed.push({ chatId, reason });
  }

  async migrate(from: number, to: number): Promise<void> {
    const sub = this.byChat.get(from);
    if (sub) {
      this.byChat.delete(from);
      this.byChat.set(to, { ...sub, chatId: to, kind: "supergroup" });
    }
    this.migrations.push({ from, to });
  }

  async recordSent(sent: Iterable<SentWarning> | AsyncIterable<SentWarning>): Promise<void> {
    this.recordSentCalls += 1;
    for await (const { chatId, warningId } of sent) {
      const sub = this.byChat.get(chatId);
      if (sub) this.byChat.set(chatId, recordWarningSent(sub, warningId));
    }
  }
}

export interface ReceivedMessage {
  chatId: number;
  text: string;
  at: number;
}

/** An error shaped like grammY's GrammyError. */
export function apiError(error_code: number, description: string, parameters: Record<string, number> = {}): Error {
  return Object.assign(new Error(`Call to 'sendMessage' failed! (${error_code}: ${description})`), {
    error_code,
    description,
    parameters,
  });
}

type Behaviour = (chatId: number, callIndex: number) => Error | "ok";

/**
 * A Bot API that records every request it receives. `behaviour` decides per call whether it fails (the failed
 * request is not a delivered message); `serverLagMs` is how long a request takes before the server counts it (the
 * way there, a busy or paused server): `at` is when it counts it; `latencyMs` is how long the answer takes after
 * that (the way back), on the injected clock.
 */
export class FakeApi implements BroadcastApi {
  readonly received: ReceivedMessage[] = [];
  readonly calls: ReceivedMessage[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly options: {
      latencyMs?: number | ((index: number) => number);
      serverLagMs?: (index: number) => number;
      behaviour?: Behaviour;
      onCall?: (index: number) => void;
    } = {},
  ) {}

  async sendMessage(chatId: number, text: string, _options: unknown, signal?: AbortSignal): Promise<unknown> {
    const index = this.calls.length;
    const lag = this.options.serverLagMs?.(index) ?? 0;
    const call = { chatId, text, at: this.clock.now() + lag };
    this.calls.push(call);
    const outcome = this.options.behaviour?.(chatId, index) ?? "ok";
    if (outcome === "ok") this.received.push(call);
    this.options.onCall?.(index);
    const { latencyMs = 0 } = this.options;
    const answerAfter = lag + (typeof latencyMs === "number" ? latencyMs : latencyMs(index));
    if (answerAfter > 0) await this.clock.sleep(answerAfter, signal);
    if (outcome !== "ok") throw outcome;
    return { message_id: index + 1, chat: { id: chatId } };
  }

  receivedBy(chatId: number): ReceivedMessage[] {
    return this.received.filter((message) => message.chatId === chatId);
  }
}

export class MemoryLogger implements RoundLogger {
  readonly lines: Array<{ level: string; msg?: string; obj: object }> = [];
  info(obj: object, msg?: string): void {
    this.lines.push({ level: "info", obj, msg });
  }
  warn(obj: object, msg?: string): void {
    this.lines.push({ level: "warn", obj, msg });
  }
  error(obj: object, msg?: string): void {
    this.lines.push({ level: "error", obj, msg });
  }
}

/** Renders a recognisable text per warning and language, so a test can read back what each chat got. */
export const renderTag = (warningId: string, locale: Locale): string => `[${locale}] ${warningId}`;

export function baseDeps(
  overrides: Partial<RoundDeps> & Pick<RoundDeps, "api" | "store" | "subscriptions" | "warnings">,
): RoundDeps {
  return {
    render: renderTag,
    logger: new MemoryLogger(),
    rate: { perSecond: 1000 },
    retry: { attempts: 3, baseDelayMs: 10 },
    ...overrides,
  };
}

/** The largest number of timestamps inside any half-open window [t, t + windowMs). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** A weekly round's plan: one English warning for each chat, in this order. */
export function weeklyPlan(roundId: string, chatIds: number[]): RoundPlan {
  return {
    roundId,
    kind: "weekly",
    scheduledFor: "2026-11-23T01:00:00.000Z",
    createdAt: "2026-11-23T01:00:05.000Z",
    deliveries: chatIds.map((chatId) => ({ chatId, warningId: "w-general", locale: "en", chatKind: "private" })),
  };
}

export { collect } from "../../src/store/batches.ts";

/** A weekly round to every subscriber of `store`, as the kill tests run it in a child process and again to resume. */
export function runStoreRound(store: Store, api: BroadcastApi, perSecond: number): Promise<RoundSummary> {
  return runRound({
    api,
    store: store.rounds,
    subscriptions: store.subscriptions,
    warnings: makeWarnings([["w-general", ["general"]]]),
    render: renderTag,
    logger: new MemoryLogger(),
    rate: { perSecond },
    round: { roundId: "weekly-killed", kind: "weekly", scheduledFor: new Date("2026-11-23T01:00:00Z") },
  });
}
