import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot;
beforeAll(async () => {
  testBot = await createTestBot({ flood: { limit: 10_000, windowMs: 1000 } });
});
afterAll(() => testBot.close());

const text = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }), // lone surrogates and control characters
  fc.constantFrom(
    "/start",
    "/check",
    "/sos",
    "/report",
    "/language",
    "/forget",
    "/start checklist_x",
    "/stats",
    "/round now",
    "",
  ),
  fc.string({ maxLength: 10 }).map((s) => s.repeat(500).slice(0, 4096)),
  fc.constantFrom("缅甸妙瓦底招客服月薪3万包机票", "我哥在柬埔寨被关起来了", "<b>unclosed", "&amp; &lt;"),
);
const userId = fc.integer({ min: 1, max: 5 });
const chat = fc.oneof(
  { arbitrary: userId.map((id) => ({ id, type: "private" as const, first_name: "U" })), weight: 4 },
  fc.constant({ id: -100777, type: "supergroup" as const, title: "G" }),
  fc.constant({ id: -100888, type: "channel" as const, title: "C" }),
);
const from = fc.record({
  id: userId,
  is_bot: fc.constantFrom(false, false, false, true),
  first_name: fc.string({ maxLength: 20 }),
  language_code: fc.option(fc.constantFrom("zh-hans", "zh-hk", "en", "ru", "", "zh-TW"), { nil: undefined }),
});
const message = fc.record({
  message_id: fc.integer({ min: 1, max: 1000 }),
  date: fc.constant(0),
  chat,
  from,
  text: fc.option(text, { nil: undefined }),
  caption: fc.option(text, { nil: undefined }),
  media_group_id: fc.option(fc.constantFrom("a", "b"), { nil: undefined }),
  forward_origin: fc.option(fc.constant({ type: "hidden_user" as const, sender_user_name: "x", date: 0 }), {
    nil: undefined,
  }),
  sticker: fc.option(
    fc.constant({
      file_id: "s",
      file_unique_id: "s",
      type: "regular" as const,
      width: 1,
      height: 1,
      is_animated: false,
      is_video: false,
    }),
    { nil: undefined },
  ),
});
const update = fc.oneof(
  { arbitrary: message.map((m) => ({ message: m })), weight: 6 },
  message.map((m) => ({ edited_message: { ...m, edit_date: 1 } })),
  message.map((m) => ({ channel_post: m })),
  fc
    .record({
      id: fc.string(),
      from,
      chat_instance: fc.constant("c"),
      data: fc.oneof(
        fc.string({ maxLength: 64 }),
        fc.constantFrom(
          "menu:sos",
          "sos:cn:mm",
          "sos:zz:-",
          "fb:v-high:useful",
          "qa:nope",
          "gs:on",
          "sub:on:weekly",
          "sub:lang:xx",
          "rep:send",
          "gw",
          "cl:verify",
          "open:checklist:x",
        ),
      ),
      message: message,
    })
    .map((q) => ({ callback_query: q })),
  fc.record({ id: fc.string(), from, query: text, offset: fc.constant("") }).map((q) => ({ inline_query: q })),
  fc.constant({}),
);

describe("fuzzed updates", () => {
  it("never crash the bot, and every message it sends is valid Telegram HTML within 4,096 characters", async () => {
    await fc.assert(
      fc.asyncProperty(update, async (raw) => {
        const before = testBot.api.calls.length;
        await testBot.handle(testBot.updates.raw(raw as Omit<Update, "update_id">));
        await testBot.jobsafe.idle();
        for (const call of testBot.api.calls.slice(before)) {
          if (call.method !== "sendMessage" && call.method !== "editMessageText") continue;
          const sent = String(call.payload.text);
          expect(sent.length).toBeLessThanOrEqual(4096);
          if (call.payload.parse_mode === "HTML") expect(() => parseTelegramHtml(sent)).not.toThrow();
        }
      }),
      { numRuns: 600, seed: 20261125 },
    );
    expect(testBot.logs.filter((line) => line.includes('"level":50'))).toEqual([]);
    // The fuzzing must reach the handlers, not only the filters that ignore updates.
    expect(testBot.api.calls.filter((c) => c.method === "sendMessage").length).toBeGreaterThan(100);
  }, 60_000);
});
