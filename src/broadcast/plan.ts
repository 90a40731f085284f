/**
 * Planning a warning round: who gets which warning in which language. The plan is computed once and stored before
 * the first message goes out, so a round resumed after a crash sends exactly what was planned, even if subscriptions
 * or content changed meanwhile.
 */
import * as z from "zod";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import type { Warning, WarningTopic } from "../content/warnings.ts";
import { CHAT_KINDS, FREQUENCIES, nextWarningFor, type Frequency, type Subscription } from "./subscription.ts";

/** A round serves the subscribers of one frequency. */
export type RoundKind = Frequency;
export const ROUND_KINDS = FREQUENCIES;

/** One planned message: validated when a stored plan is read back. */
export const deliverySchema = z.lazy(() =>
  z.object({
    chatId: z.number().int(),
    warningId: z.string().min(1),
    locale: z.enum(LOCALES),
    chatKind: z.enum(CHAT_KINDS),
  }),
);
export type Delivery = z.infer<typeof deliverySchema>;

export interface RoundPlan {
  roundId: string;
  kind: RoundKind;
  /** ISO time of the schedule slot this round serves (for a manual round: when it was asked for). */
  scheduledFor: string;
  /** ISO time the plan was made. */
  createdAt: string;
  /** Possibly produced as the store saves them, so a plan for a million chats never sits in memory at once. */
  deliveries: Iterable<Delivery> | AsyncIterable<Delivery>;
}

export interface PlanRoundInput {
  roundId: string;
  kind: RoundKind;
  scheduledFor: Date;
  subscriptions: Iterable<Subscription> | AsyncIterable<Subscription>;
  warnings: readonly Warning[];
  now: Date;
}

/**
 * One delivery per subscribed chat of this frequency: the next warning it has not received, in its language.
 * A chat listed twice is planned once (the first entry wins); a chat no warning matches is left out. The deliveries
 * are produced as the plan is consumed (by the store saving it), from subscriptions that may arrive in pages.
 */
export function planRound(input: PlanRoundInput): RoundPlan {
  return {
    roundId: input.roundId,
    kind: input.kind,
    scheduledFor: input.scheduledFor.toISOString(),
    createdAt: input.now.toISOString(),
    deliveries: planDeliveries(input),
  };
}

async function* planDeliveries(input: PlanRoundInput): AsyncGenerator<Delivery> {
  const planned = new Set<number>();
  for await (const sub of input.subscriptions) {
    if (sub.frequency !== input.kind || planned.has(sub.chatId)) continue;
    const warning = nextWarningFor(sub, input.warnings);
    if (!warning) continue;
    planned.add(sub.chatId);
    yield { chatId: sub.chatId, warningId: warning.id, locale: sub.locale, chatKind: sub.kind };
  }
}

export interface PlanCounts {
  planned: number;
  byLocale: Partial<Record<Locale, number>>;
  /** A delivery counts once for each topic of its warning. */
  byTopic: Partial<Record<WarningTopic, number>>;
  byWarning: Record<string, number>;
}

/** What a round would send, for the admin's dry run: nothing is sent or stored. */
export async function countPlan(
  deliveries: Iterable<Delivery> | AsyncIterable<Delivery>,
  warnings: readonly Warning[],
): Promise<PlanCounts> {
  const topicsOf = new Map(warnings.map((warning) => [warning.id, warning.topics]));
  const counts: PlanCounts = { planned: 0, byLocale: {}, byTopic: {}, byWarning: {} };
  for await (const delivery of deliveries) {
    counts.planned += 1;
    counts.byLocale[delivery.locale] = (counts.byLocale[delivery.locale] ?? 0) + 1;
    counts.byWarning[delivery.warningId] = (counts.byWarning[delivery.warningId] ?? 0) + 1;
    for (const topic of topicsOf.get(delivery.warningId) ?? []) {
      counts.byTopic[topic] = (counts.byTopic[topic] ?? 0) + 1;
    }
  }
  return counts;
}
