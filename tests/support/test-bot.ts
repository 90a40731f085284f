import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { InlineKeyboardButton, Message, Update, User } from "grammy/types";
import type { Deps } from "../../src/bot/context.ts";
import { createBot, type JobSafeBot } from "../../src/bot/index.ts";
import type { ImageOptions } from "../../src/bot/features/image.ts";
import { parseConfig } from "../../src/config.ts";
import { createDeps } from "../../src/deps.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import type { Translator } from "../../src/i18n/translator.ts";
import { LocalBotApi, type RecordedCall } from "../../src/local/bot-api/in-process.ts";
import { privateChat, UpdateFactory } from "../../src/local/bot-api/updates.ts";
import { createLogger } from "../../src/logger.ts";
import { LowdbStore } from "../../src/store/lowdb-store.ts";
import type { Store } from "../../src/store/store.ts";

export const TEST_TOKEN = "123456:TEST-token-never-logged";
/** The translator every test bot uses: the shipped locales. */
export const translator = loadTranslator();
const FIXED_NOW = new Date("2026-11-25T10:00:00Z");

export interface TestBot {
  jobsafe: JobSafeBot;
  deps: Deps;
  api: LocalBotApi;
  store: Store;
  translator: Translator;
  updates: UpdateFactory;
  dataDir: string;
  /** Every log line written so far, raw. */
  logs: string[];
  user(languageCode: string | undefined, id?: number): TestUser;
  handle(update: Update): Promise<void>;
  close(): Promise<void>;
}

export interface TestBotOptions {
  dataDir?: string;
  adminIds?: number[];
  store?: Store;
  burstWindowMs?: number;
  flood?: { limit: number; windowMs: number };
  adminChatId?: number;
  /** The clock of the handlers (default: a fixed moment); tests of timed features move it. */
  now?: () => Date;
  /** Pictures of offers: the OCR engine and where files come from (tests/bot/image.test.ts). */
  images?: ImageOptions;
}

/**
 * Builds the whole bot as production does, but with the in-process Bot API stand-in, a fixed botInfo and clock,
 * and a lowdb store in a temp folder (or the one given, to test persistence across "restarts").
 */
export async function createTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const ownDir = options.dataDir === undefined;
  const now = options.now ?? (() => FIXED_NOW);
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "jobsafe-test-")));
  const store = options.store ?? (await LowdbStore.open(dataDir, () => FIXED_NOW));
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: "debug", secrets: [TEST_TOKEN], destination });
  const api = new LocalBotApi(undefined, () => FIXED_NOW);
  const config = parseConfig({
    BOT_TOKEN: TEST_TOKEN,
    DATA_DIR: dataDir,
    ...(options.adminIds ? { ADMIN_IDS: options.adminIds.join(",") } : {}),
    ...(options.adminChatId !== undefined ? { ADMIN_CHAT_ID: String(options.adminChatId) } : {}),
  });
  const { deps } = createDeps(config, { store, logger, translator, now });
  const jobsafe = createBot(deps, {
    token: TEST_TOKEN,
    botInfo: api.botInfo,
    burstWindowMs: options.burstWindowMs ?? 20,
    ...(options.flood ? { flood: options.flood } : {}),
    ...(options.images ? { images: options.images } : {}),
  });
  jobsafe.bot.api.config.use(api.transformer);
  const updates = new UpdateFactory(() => FIXED_NOW);
  const testBot: TestBot = {
    jobsafe,
    deps,
    api,
    store,
    translator,
    updates,
    dataDir,
    logs,
    user: (languageCode, id = 1001) =>
      new TestUser(testBot, {
        id,
        is_bot: false,
        first_name: "Ana",
        ...(languageCode ? { language_code: languageCode } : {}),
      }),
    handle: (update) => {
      if (update.message) api.rememberUserMessage(update.message);
      return jobsafe.bot.handleUpdate(update);
    },
    async close() {
      await store.close();
      if (ownDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
  return testBot;
}

/** A person in a private chat with the bot: sends text, presses buttons, reads replies. */
export class TestUser {
  constructor(
    private readonly testBot: TestBot,
    readonly user: User,
  ) {}

  get chatId(): number {
    return this.user.id;
  }

  /** Sends a message and returns the API calls the bot made while handling it. */
  async send(text: string): Promise<RecordedCall[]> {
    return this.run(this.testBot.updates.message(this.user, privateChat(this.user), text));
  }

  async run(update: Update): Promise<RecordedCall[]> {
    const before = this.testBot.api.calls.length;
    await this.testBot.handle(update);
    return this.testBot.api.calls.slice(before);
  }

  /** Presses the button with this label (or callback data) on the newest bot message that has it. */
  async press(labelOrData: string): Promise<RecordedCall[]> {
    const found = this.findButton(labelOrData);
    if (!found)
      throw new Error(
        `no button '${labelOrData}' in the chat; buttons: ${this.buttons()
          .map((b) => b.text)
          .join(" | ")}`,
      );
    const { message, button } = found;
    if (!("callback_data" in button)) throw new Error(`button '${labelOrData}' is not a callback button`);
    return this.run(this.testBot.updates.callback(this.user, message, button.callback_data));
  }

  /** Texts of the bot's messages in this chat, as they read now (edits applied). */
  messages(): string[] {
    return this.testBot.api.transcript(this.chatId).map((message) => message.text ?? "");
  }

  lastMessage(): Message | undefined {
    return this.testBot.api.transcript(this.chatId).at(-1);
  }

  /** Buttons of the newest message that has any. */
  buttons(): InlineKeyboardButton[] {
    const withButtons = this.testBot.api.transcript(this.chatId).filter((m) => m.reply_markup?.inline_keyboard.length);
    return withButtons.at(-1)?.reply_markup?.inline_keyboard.flat() ?? [];
  }

  private findButton(labelOrData: string): { message: Message; button: InlineKeyboardButton } | undefined {
    for (const message of [...this.testBot.api.transcript(this.chatId)].reverse()) {
      for (const button of message.reply_markup?.inline_keyboard.flat() ?? []) {
        if (button.text === labelOrData || ("callback_data" in button && button.callback_data === labelOrData))
          return { message, button };
      }
    }
    return undefined;
  }
}

/** The three languages with a Telegram language_code that maps to each. */
export const LANGUAGE_CASES = [
  { locale: "zh-hans", languageCode: "zh-hans" },
  { locale: "zh-hant", languageCode: "zh-hk" },
  { locale: "en", languageCode: "en" },
] as const;
