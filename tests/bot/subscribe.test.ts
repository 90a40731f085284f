import { afterEach, describe, expect, it } from "vitest";
import type { Chat, User } from "grammy/types";
import { WARNINGS, renderWarning } from "../../src/content/warnings.ts";
import { createTestBot, LANGUAGE_CASES, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

describe.each(LANGUAGE_CASES)("/subscribe in $locale", ({ locale, languageCode }) => {
  it("is opt-in: nothing is stored until the user taps, then settings change by buttons and one tap stops it", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    const t = (key: string) => testBot!.translator.t(locale, key);
    await user.send("/subscribe");
    expect(user.messages().at(-1)).toBe(t("subscribe.offer"));
    expect(await testBot.store.subscriptions.get(user.chatId)).toBeUndefined();

    await user.press(t("subscribe.subscribe_weekly"));
    expect(await testBot.store.subscriptions.get(user.chatId)).toMatchObject({
      locale,
      frequency: "weekly",
      topics: [],
      kind: "private",
    });

    await user.press(t("subscribe.frequency.daily"));
    await user.press(t("warning.topic.myanmar"));
    await user.press("sub:lang:en");
    expect(await testBot.store.subscriptions.get(user.chatId)).toMatchObject({
      locale: "en",
      frequency: "daily",
      topics: ["myanmar"],
    });

    await user.send("/unsubscribe");
    expect(user.messages().at(-1)).toBe(t("subscribe.unsubscribed"));
    expect(await testBot.store.subscriptions.get(user.chatId)).toBeUndefined();
  });
});

describe("subscriptions", () => {
  const group: Chat.SupergroupChat = { id: -1005555, type: "supergroup", title: "家长群" };
  const admin: User = { id: 21, is_bot: false, first_name: "Admin", language_code: "zh-tw" };
  const member: User = { id: 22, is_bot: false, first_name: "Member", language_code: "zh-tw" };

  it("in a group only an admin can subscribe it", async () => {
    testBot = await createTestBot();
    testBot.api.setChatAdmins(group.id, [admin.id]);
    await testBot.handle(testBot.updates.message(member, group, "/subscribe"));
    expect(testBot.api.transcript(group.id).at(-1)?.text).toBe(testBot.translator.t("zh-hant", "group.admins_only"));
    await testBot.handle(testBot.updates.message(admin, group, "/subscribe"));
    const offer = testBot.api.transcript(group.id).at(-1)!;
    await testBot.handle(testBot.updates.callback(member, offer, "sub:on:weekly"));
    expect(await testBot.store.subscriptions.get(group.id)).toBeUndefined();
    await testBot.handle(testBot.updates.callback(admin, offer, "sub:on:weekly"));
    expect(await testBot.store.subscriptions.get(group.id)).toMatchObject({ kind: "supergroup", locale: "zh-hant" });
  });

  it("a user who blocks the bot, or a group that removes it, is unsubscribed; a migrated group keeps it", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/subscribe");
    await user.press(testBot.translator.t("en", "subscribe.subscribe_weekly"));
    const me = testBot.api.botInfo;
    await testBot.handle(
      testBot.updates.raw({
        my_chat_member: {
          chat: { id: user.chatId, type: "private", first_name: "Ana" },
          from: user.user,
          date: 0,
          old_chat_member: { status: "member", user: me },
          new_chat_member: { status: "kicked", user: me, until_date: 0 },
        },
      }),
    );
    expect(await testBot.store.subscriptions.get(user.chatId)).toBeUndefined();

    const oldGroup: Chat.GroupChat = { id: -4001, type: "group", title: "old" };
    await testBot.store.subscriptions.subscribe({
      chatId: oldGroup.id,
      locale: "en",
      frequency: "weekly",
      topics: [],
      kind: "group",
      since: "2026-11-01T00:00:00.000Z",
      sentWarningIds: [],
    });
    await testBot.handle(
      testBot.updates.raw({
        message: { message_id: 9, date: 0, chat: oldGroup, migrate_to_chat_id: -1004001 } as never,
      }),
    );
    expect(await testBot.store.subscriptions.get(oldGroup.id)).toBeUndefined();
    expect(await testBot.store.subscriptions.get(-1004001)).toMatchObject({ kind: "supergroup", locale: "en" });
  });

  it("/forget also deletes the user's subscription", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/subscribe");
    await user.press(testBot.translator.t("en", "subscribe.subscribe_daily"));
    await user.send("/forget");
    await user.press(testBot.translator.t("en", "forget.yes"));
    expect(await testBot.store.subscriptions.get(user.chatId)).toBeUndefined();
  });
});

describe("admin round commands", () => {
  const ADMIN = 777;

  it("/warning previews a warning in the admin's language; others cannot use it", async () => {
    testBot = await createTestBot({ adminIds: [ADMIN] });
    const admin = testBot.user("zh-cn", ADMIN);
    await admin.send("/warning 2");
    expect(admin.messages().at(-1)).toBe(renderWarning(testBot.translator, WARNINGS[1]!.id, "zh-hans"));
    const other = testBot.user("en", 5);
    await other.send("/warning 2");
    await other.send("/round now");
    expect(other.messages()).toEqual([
      testBot.translator.t("en", "unhandled.unknown_command"),
      testBot.translator.t("en", "unhandled.unknown_command"),
    ]);
  });

  it("a dry run counts per language and sends nothing; 'now' sends each subscriber one warning in their language", async () => {
    testBot = await createTestBot({ adminIds: [ADMIN] });
    const subscribers = [
      { chatId: 9001, locale: "zh-hans" as const },
      { chatId: 9002, locale: "zh-hant" as const },
      { chatId: 9003, locale: "en" as const },
    ];
    for (const { chatId, locale } of subscribers) {
      await testBot.store.subscriptions.subscribe({
        chatId,
        locale,
        frequency: "weekly",
        topics: [],
        kind: "private",
        since: "2026-11-01T00:00:00.000Z",
        sentWarningIds: [],
      });
    }
    const admin = testBot.user("en", ADMIN);
    await admin.send("/round dry-run weekly");
    await Promise.all(await backgroundOf(testBot));
    expect(subscribers.flatMap(({ chatId }) => testBot!.api.transcript(chatId))).toEqual([]);
    expect(admin.messages().at(-1)).toMatch(/zh-hans\s+1/);

    await admin.send("/round now weekly");
    await Promise.all(await backgroundOf(testBot));
    for (const { chatId, locale } of subscribers) {
      expect(testBot.api.transcript(chatId).map((m) => m.text)).toEqual([
        renderWarning(testBot.translator, WARNINGS[0]!.id, locale),
      ]);
    }
    expect(admin.messages().at(-1)).toContain("sent 3");
  });

  it("'now' resumes a round a crash left active instead of answering busy, and names each unconfirmed chat", async () => {
    testBot = await createTestBot({ adminIds: [ADMIN] });
    const chats = [9101, 9102, 9103];
    for (const chatId of chats) {
      await testBot.store.subscriptions.subscribe({
        chatId,
        locale: "en",
        frequency: "weekly",
        topics: [],
        kind: "private",
        since: "2026-11-01T00:00:00.000Z",
        sentWarningIds: [],
      });
    }
    // A scheduled round that a crash interrupted while the warning to 9102 was on the wire.
    const rounds = testBot.store.rounds;
    await rounds.saveRoundPlan({
      roundId: "weekly-2026-11-30T01:00:00.000Z",
      kind: "weekly",
      scheduledFor: "2026-11-30T01:00:00.000Z",
      createdAt: "2026-11-30T01:00:01.000Z",
      deliveries: chats.map((chatId) => ({ chatId, warningId: WARNINGS[0]!.id, locale: "en", chatKind: "private" })),
    });
    await rounds.record("weekly-2026-11-30T01:00:00.000Z", { type: "attempt", chatId: 9102 });

    const admin = testBot.user("en", ADMIN);
    await admin.send("/round now weekly");
    await Promise.all(await backgroundOf(testBot));
    expect(testBot.api.transcript(9101)).toHaveLength(1);
    expect(testBot.api.transcript(9102)).toEqual([]);
    expect(testBot.api.transcript(9103)).toHaveLength(1);
    const summary = admin.messages().at(-1)!;
    expect(summary).toContain("weekly-2026-11-30T01:00:00.000Z");
    expect(summary).toContain("completed");
    expect(summary).toMatch(/Unconfirmed.*9102/);
  });
});

async function backgroundOf(bot: TestBot): Promise<Promise<unknown>[]> {
  return [...bot.deps.background];
}
