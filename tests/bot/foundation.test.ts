import { afterEach, describe, expect, it } from "vitest";
import { LowdbStore } from "../../src/store/lowdb-store.ts";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestBot, LANGUAGE_CASES, TEST_TOKEN, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

describe.each(LANGUAGE_CASES)("in $locale (language_code $languageCode)", ({ locale, languageCode }) => {
  it("/start welcomes the user in their language with the main actions as buttons", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    const calls = await user.send("/start");
    const sent = calls.filter((call) => call.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload.parse_mode).toBe("HTML");
    expect(user.messages()[0]).toBe(testBot.translator.t(locale, "start.welcome", { name: "Ana" }));
    const labels = user.buttons().map((button) => button.text);
    for (const action of ["check", "checklist", "sos", "subscribe", "language"]) {
      expect(labels).toContain(testBot.translator.t(locale, `menu.${action}`));
    }
  });

  it("/help lists every public command with its description", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send("/help");
    const text = user.messages().at(-1) ?? "";
    for (const command of ["start", "check", "checklist", "sos", "language", "privacy", "forget"]) {
      expect(text).toContain(`/${command} — ${testBot.translator.t(locale, `commands.${command}`)}`);
    }
  });

  it("a sticker gets a polite answer in the user's language", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.run(
      testBot.updates.raw({
        message: {
          message_id: 5,
          date: 0,
          chat: { id: user.chatId, type: "private", first_name: "Ana" },
          from: user.user,
          sticker: {
            file_id: "x",
            file_unique_id: "y",
            type: "regular",
            width: 1,
            height: 1,
            is_animated: false,
            is_video: false,
          },
        },
      }),
    );
    expect(user.messages()).toEqual([testBot.translator.t(locale, "unhandled.media")]);
  });
});

describe("language", () => {
  it("the /language choice overrides Telegram's language and survives a restart", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/language");
    await user.press("繁體中文");
    expect(user.messages().at(-1)).toBe(testBot.translator.t("zh-hant", "language.changed"));
    const dataDir = testBot.dataDir;
    await testBot.store.close();

    const restarted = await createTestBot({ dataDir });
    const sameUser = restarted.user("en");
    await sameUser.send("/start");
    expect(sameUser.messages().at(-1)).toBe(restarted.translator.t("zh-hant", "start.welcome", { name: "Ana" }));
    await restarted.close();
  });

  it("the language menu opens from the /start menu and from a deep link", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-cn");
    await user.send("/start");
    await user.press(testBot.translator.t("zh-hans", "menu.language"));
    expect(user.messages().at(-1)).toBe(testBot.translator.t("zh-hans", "language.choose"));
    await user.send("/start language");
    expect(user.messages().at(-1)).toBe(testBot.translator.t("zh-hans", "language.choose"));
    expect(user.buttons().map((b) => b.text)).toEqual(["简体中文", "繁體中文", "English"]);
  });

  it("a forged language button changes nothing and says the button is stale", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/language");
    const message = user.lastMessage()!;
    const calls = await user.run(testBot.updates.callback(user.user, message, "lang:klingon"));
    expect(calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(
      testBot.translator.t("en", "errors.stale_button"),
    );
    expect(await testBot.store.getUser(user.user.id)).toBeUndefined();
  });
});

describe("deep links", () => {
  it("an unknown or malformed payload falls back to the welcome", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    for (const payload of ["nonsense", "check_<script>", "x".repeat(200)]) {
      await user.send(`/start ${payload}`);
      expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "start.welcome", { name: "Ana" }));
    }
  });
});

describe("privacy and /forget", () => {
  it("/privacy says what is stored", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh");
    await user.send("/privacy");
    expect(user.messages().at(-1)).toBe(testBot.translator.t("zh-hans", "privacy.text"));
  });

  it("/forget deletes the stored user only after confirmation", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/language");
    await user.press("English");
    expect(await testBot.store.getUser(user.user.id)).toMatchObject({ locale: "en" });

    await user.send("/forget");
    await user.press(testBot.translator.t("en", "forget.no"));
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "forget.cancelled"));
    expect(await testBot.store.getUser(user.user.id)).toBeDefined();

    await user.send("/forget");
    await user.press(testBot.translator.t("en", "forget.yes"));
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "forget.done"));
    expect(await testBot.store.getUser(user.user.id)).toBeUndefined();
  });
});

describe("updates the bot does not understand", () => {
  it("an unknown command gets a pointer to /help", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-tw");
    await user.send("/frobnicate");
    expect(user.messages().at(-1)).toBe(testBot.translator.t("zh-hant", "unhandled.unknown_command"));
  });

  it("edits, channel posts, other bots and group chit-chat are deliberately ignored", async () => {
    testBot = await createTestBot();
    const { updates } = testBot;
    const human = { id: 7, is_bot: false, first_name: "Bo" };
    const group = { id: -100123, type: "supergroup" as const, title: "Jobs" };
    const ignored = [
      updates.raw({
        edited_message: {
          message_id: 1,
          date: 0,
          edit_date: 1,
          chat: { id: 7, type: "private", first_name: "Bo" },
          from: human,
          text: "hi",
        },
      }),
      updates.raw({
        channel_post: { message_id: 1, date: 0, chat: { id: -100999, type: "channel", title: "News" }, text: "/start" },
      }),
      updates.message(
        { id: 8, is_bot: true, first_name: "OtherBot" },
        { id: 8, type: "private", first_name: "OtherBot" },
        "hello",
      ),
      updates.message(human, group, "anyone know a good job?"),
      updates.message(human, group, "/frobnicate"),
    ];
    for (const update of ignored) await testBot.handle(update);
    expect(testBot.api.calls.filter((call) => call.method.startsWith("send"))).toEqual([]);
  });

  it("a command addressed to this bot in a group is answered as a reply", async () => {
    testBot = await createTestBot();
    const human = { id: 7, is_bot: false, first_name: "Bo", language_code: "en" };
    const group = { id: -100123, type: "supergroup" as const, title: "Jobs" };
    await testBot.handle(testBot.updates.message(human, group, "/frobnicate@JobSafeBot"));
    const sent = testBot.api.calls.filter((call) => call.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload.chat_id).toBe(group.id);
    expect(sent[0]?.payload.reply_parameters).toBeDefined();
  });

  it("a button from an unknown or removed feature is answered, not crashed", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/start");
    const calls = await user.run(testBot.updates.callback(user.user, user.lastMessage()!, "gone:42"));
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(calls[0]?.payload.text).toBe(testBot.translator.t("en", "errors.stale_button"));
  });
});

describe("error boundary", () => {
  it("a failing store gets the user a polite error, is logged with context, and never leaks the token", async () => {
    const broken = await LowdbStore.open(await mkdtemp(path.join(tmpdir(), "jobsafe-broken-")));
    broken.updateUser = async () => {
      throw new Error(`disk full while saving (token ${TEST_TOKEN})`);
    };
    testBot = await createTestBot({ store: broken });
    const user = testBot.user("en");
    await user.send("/language");
    await user.press("English");
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "errors.generic"));
    const errorLine = testBot.logs.find((line) => line.includes("update handler failed"));
    expect(errorLine).toBeDefined();
    expect(JSON.parse(errorLine!)).toMatchObject({ level: 50, chat_id: user.chatId });
    expect(testBot.logs.join("")).not.toContain(TEST_TOKEN);
    // The bot keeps working after the failure.
    await user.send("/help");
    expect(user.messages().at(-1)).toContain("/start");
  });
});

describe("storage", () => {
  it("stored users are isolated per id", async () => {
    testBot = await createTestBot();
    await testBot.user("en", 1).send("/language");
    await testBot.user("en", 1).press("简体中文");
    expect((await testBot.store.getUser(1))?.locale).toBe("zh-hans");
    expect(await testBot.store.getUser(2)).toBeUndefined();
    const reopened = await LowdbStore.open(testBot.dataDir);
    expect((await reopened.getUser(1))?.locale).toBe("zh-hans");
  });
});

describe("flood limit", () => {
  it("answers a flooding user once, politely, ignores the excess within the window, and leaves other users alone", async () => {
    testBot = await createTestBot({ flood: { limit: 3, windowMs: 60_000 } });
    const user = testBot.user("en");
    for (let i = 0; i < 6; i++) await user.send("/help");
    const texts = user.messages();
    expect(texts).toHaveLength(4);
    expect(texts.at(-1)).toBe(testBot.translator.t("en", "errors.flood"));
    // Other users are not affected.
    const other = testBot.user("en", 2002);
    await other.send("/help");
    expect(other.messages()).toHaveLength(1);
  });
});
