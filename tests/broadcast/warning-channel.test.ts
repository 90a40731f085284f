import { describe, expect, it } from "vitest";
import type { Subscription } from "../../src/broadcast/subscription.ts";
import { subscribeWarningChannel } from "../../src/broadcast/warning-channel.ts";
import { parseConfig } from "../../src/config.ts";

const CHANNEL = -1001234567890;
const at = (iso: string) => () => new Date(iso);

function memorySubscriptions() {
  const subs = new Map<number, Subscription>();
  return {
    subs,
    get: async (chatId: number) => subs.get(chatId),
    subscribe: async (sub: Subscription) => void subs.set(sub.chatId, sub),
  };
}

describe("WARNING_CHANNEL_ID", () => {
  it("is read with its language, and refused with how to find the id when it is not a channel's", () => {
    const config = parseConfig({ BOT_TOKEN: "1:a", WARNING_CHANNEL_ID: `${CHANNEL}`, WARNING_CHANNEL_LOCALE: "en" });
    expect(config.warnings.channel).toEqual({ id: CHANNEL, locale: "en" });
    expect(parseConfig({ BOT_TOKEN: "1:a", WARNING_CHANNEL_ID: `${CHANNEL}` }).warnings.channel?.locale).toBe(
      "zh-hans",
    );
    expect(parseConfig({ BOT_TOKEN: "1:a" }).warnings.channel).toBeUndefined();
    expect(() => parseConfig({ BOT_TOKEN: "1:a", WARNING_CHANNEL_ID: "@jobsafe" })).toThrow(
      /WARNING_CHANNEL_ID[\s\S]*starts with -100/,
    );
  });

  it("subscribes the channel to the weekly warnings at start", async () => {
    const store = memorySubscriptions();
    await subscribeWarningChannel({ id: CHANNEL, locale: "zh-hant" }, store, at("2026-12-01T00:00:00Z"));
    expect(store.subs.get(CHANNEL)).toEqual({
      chatId: CHANNEL,
      locale: "zh-hant",
      frequency: "weekly",
      topics: [],
      kind: "channel",
      since: "2026-12-01T00:00:00.000Z",
      sentWarningIds: [],
    });
  });

  it("keeps the channel's rotation and first date across restarts, and takes a changed language", async () => {
    const store = memorySubscriptions();
    await subscribeWarningChannel({ id: CHANNEL, locale: "zh-hans" }, store, at("2026-12-01T00:00:00Z"));
    store.subs.set(CHANNEL, { ...store.subs.get(CHANNEL)!, sentWarningIds: ["w1", "w2"] });
    await subscribeWarningChannel({ id: CHANNEL, locale: "zh-hans" }, store, at("2026-12-08T00:00:00Z"));
    expect(store.subs.get(CHANNEL)?.sentWarningIds).toEqual(["w1", "w2"]);
    await subscribeWarningChannel({ id: CHANNEL, locale: "en" }, store, at("2026-12-15T00:00:00Z"));
    expect(store.subs.get(CHANNEL)).toMatchObject({
      locale: "en",
      since: "2026-12-01T00:00:00.000Z",
      sentWarningIds: ["w1", "w2"],
    });
  });

  it("does nothing when no channel is configured", async () => {
    const store = memorySubscriptions();
    await subscribeWarningChannel(undefined, store, at("2026-12-01T00:00:00Z"));
    expect(store.subs.size).toBe(0);
  });
});
