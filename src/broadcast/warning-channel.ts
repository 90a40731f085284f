import type { Locale } from "../i18n/locales.ts";
import type { Subscription } from "./subscription.ts";

/** What subscribing the warning channel needs of the store. */
export interface ChannelSubscriptions {
  get(chatId: number): Promise<Subscription | undefined>;
  subscribe(subscription: Subscription): Promise<void>;
}

/**
 * The channel of WARNING_CHANNEL_ID gets the weekly warnings like a subscriber. Run at each start: its rotation and
 * first date are kept across restarts, and a changed WARNING_CHANNEL_LOCALE takes effect.
 */
export async function subscribeWarningChannel(
  channel: { id: number; locale: Locale } | undefined,
  subscriptions: ChannelSubscriptions,
  now: () => Date,
): Promise<void> {
  if (!channel) return;
  const existing = await subscriptions.get(channel.id);
  if (existing?.locale === channel.locale) return;
  await subscriptions.subscribe({
    chatId: channel.id,
    locale: channel.locale,
    frequency: "weekly",
    topics: [],
    kind: "channel",
    since: existing?.since ?? now().toISOString(),
    sentWarningIds: existing?.sentWarningIds ?? [],
  });
}
