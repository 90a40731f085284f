/**
 * What a chat chose with /subscribe (PRODUCT.md §2.5) and the rotation rule of the periodic warnings (§2.6): each
 * round a subscriber gets the next warning of their topics that they have not received yet; once they have had them
 * all, the rotation starts over. The schema is the single source of the type, so stores can validate what they load.
 */
import * as z from "zod";
import { LOCALES } from "../i18n/locales.ts";
import { WARNING_TOPICS, type Warning, type WarningTopic } from "../content/warnings.ts";

export const FREQUENCIES = ["weekly", "daily"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Telegram's chat types; groups, supergroups and channels get the stricter per-group pacing. */
export const CHAT_KINDS = ["private", "group", "supergroup", "channel"] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

export const subscriptionSchema = z.lazy(() =>
  z.object({
    chatId: z.number().int(),
    locale: z.enum(LOCALES),
    frequency: z.enum(FREQUENCIES),
    /** Topics the chat chose; empty means every warning. */
    topics: z.array(z.enum(WARNING_TOPICS)),
    kind: z.enum(CHAT_KINDS),
    /** ISO timestamp of the subscription. */
    since: z.iso.datetime(),
    /**
     * Warnings received in the current rotation, oldest first; the last one is the most recent. Cleared when the
     * rotation starts over, so it never grows beyond the number of warnings.
     */
    sentWarningIds: z.array(z.string()),
  }),
);
export type Subscription = z.infer<typeof subscriptionSchema>;

/**
 * Whether a warning concerns a subscriber: everyone gets `general` warnings; a chat that chose destinations gets the
 * warnings tagged with one of them; a chat that chose nothing gets all.
 */
export function warningMatchesTopics(warning: Warning, topics: readonly WarningTopic[]): boolean {
  if (topics.length === 0 || warning.topics.includes("general")) return true;
  return warning.topics.some((topic) => topics.includes(topic));
}

/**
 * The warning this subscriber should get next: the first matching warning (in content order) not received in the
 * current rotation; when all were received, the rotation starts over, skipping the one received last if there is
 * another, so nobody gets the same warning twice in a row. Undefined when no warning matches.
 */
export function nextWarningFor(
  sub: Pick<Subscription, "topics" | "sentWarningIds">,
  warnings: readonly Warning[],
): Warning | undefined {
  const matching = warnings.filter((warning) => warningMatchesTopics(warning, sub.topics));
  const received = new Set(sub.sentWarningIds);
  const fresh = matching.find((warning) => !received.has(warning.id));
  if (fresh) return fresh;
  const last = sub.sentWarningIds.at(-1);
  return matching.find((warning) => warning.id !== last) ?? matching[0];
}

/**
 * The subscription after it received `warningId`. Idempotent (recording the most recent warning again changes
 * nothing), so a round that is resumed after a crash can record its deliveries again safely. Receiving a warning
 * that is already in the rotation means a new rotation has begun.
 */
export function recordWarningSent(sub: Subscription, warningId: string): Subscription {
  if (sub.sentWarningIds.at(-1) === warningId) return sub;
  const sentWarningIds = sub.sentWarningIds.includes(warningId) ? [warningId] : [...sub.sentWarningIds, warningId];
  return { ...sub, sentWarningIds };
}
