import { createInterface } from "node:readline/promises";
import pc from "picocolors";
import type { InlineKeyboardButton, Message, User } from "grammy/types";
import { createBot } from "./bot/index.ts";
import { plainText } from "./bot/plain-text.ts";
import { loadConfigOrExit, openStoreOrExit } from "./load-config.ts";
import { createDeps } from "./deps.ts";
import { LocalBotApi } from "./local/local-bot-api.ts";
import { privateChat, UpdateFactory } from "./local/updates.ts";
import { createLogger } from "./logger.ts";

/**
 * `npm run chat [-- --lang zh-hans|zh-hant|en]`: talk to the real bot — same handlers, same store in DATA_DIR —
 * in the terminal, with no Telegram and no token. Buttons are numbered; type a number to press one.
 */
const LOCAL_TOKEN = "0:local-terminal-chat";

/** Renders Telegram HTML for a terminal: bold stays bold, links show their address, entities are decoded. */
function htmlToTerminal(html: string): string {
  return plainText(
    html
      .replace(/<b>([\s\S]*?)<\/b>/g, (_m, text: string) => pc.bold(text))
      .replace(/<i>([\s\S]*?)<\/i>/g, (_m, text: string) => pc.italic(text))
      .replace(
        /<a href="([^"]*)">([\s\S]*?)<\/a>/g,
        (_m, href: string, text: string) => `${text} (${pc.underline(href)})`,
      ),
  );
}

async function main(): Promise<void> {
  const langIndex = process.argv.indexOf("--lang");
  const languageCode =
    langIndex >= 0 ? process.argv[langIndex + 1] : (process.env.LANG ?? "").replace(/[._].*$/, "").replace("_", "-");
  // The same .env and checks as `npm start`; the terminal needs no token, and logs only warnings unless asked.
  const config = loadConfigOrExit((env) => ({ ...env, BOT_TOKEN: LOCAL_TOKEN, LOG_LEVEL: env.LOG_LEVEL ?? "warn" }));
  const logger = createLogger({ level: config.logLevel, destination: process.stderr });
  // The terminal chat always uses the files in DATA_DIR, never a shared database.
  const store = await openStoreOrExit({ ...config, databaseUrl: undefined }, logger);
  const api = new LocalBotApi();
  const { deps } = createDeps(config, { store, logger });
  const { bot } = createBot(deps, { token: LOCAL_TOKEN, botInfo: api.botInfo });
  bot.api.config.use(api.transformer);

  const user: User = {
    id: 1000,
    is_bot: false,
    first_name: "You",
    ...(languageCode ? { language_code: languageCode } : {}),
  };
  const chat = privateChat(user);
  const updates = new UpdateFactory();
  let lastSeenId = 0;
  let buttons: Array<{ button: InlineKeyboardButton; message: Message }> = [];

  const showNewReplies = (from: number): void => {
    for (const call of api.calls.slice(from)) {
      if (call.method === "answerCallbackQuery" && typeof call.payload.text === "string") {
        console.log(pc.dim(`  (${call.payload.text})`));
      }
      if (call.method !== "sendMessage" && call.method !== "editMessageText") continue;
      console.log(
        `\n${pc.cyan("JobSafe")}${call.method === "editMessageText" ? pc.dim(" (edited)") : ""}: ${htmlToTerminal(String(call.payload.text))}`,
      );
    }
    // Only buttons on messages sent or edited in this turn stay pressable, as on a phone after scrolling.
    const touched = new Set(
      api.calls
        .slice(from)
        .filter((call) => call.method === "editMessageText" || call.method === "editMessageReplyMarkup")
        .map((call) => Number(call.payload.message_id)),
    );
    const latest = api
      .transcript(chat.id)
      .filter((message) => message.message_id > lastSeenId || touched.has(message.message_id))
      .filter((message) => message.reply_markup?.inline_keyboard.length)
      .at(-1);
    lastSeenId = api.transcript(chat.id).at(-1)?.message_id ?? lastSeenId;
    buttons = latest
      ? (latest.reply_markup?.inline_keyboard.flat() ?? []).map((button) => ({ button, message: latest }))
      : [];
    buttons.forEach(({ button }, i) => console.log(pc.yellow(`  [${i + 1}] ${button.text}`)));
  };

  console.log(pc.dim("JobSafe terminal chat. Type a message or /start; a number presses a button; Ctrl-D quits."));
  const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  for await (const line of input) {
    const text = line.trim();
    if (!text) continue;
    const before = api.calls.length;
    const pressed = /^\d+$/.test(text) ? buttons[Number(text) - 1] : undefined;
    const button = pressed?.button;
    if (pressed && button && "callback_data" in button) {
      await bot.handleUpdate(updates.callback(user, pressed.message, button.callback_data));
    } else if (button && "url" in button) {
      console.log(pc.dim(`  (opens ${button.url})`));
    } else {
      await bot.handleUpdate(updates.message(user, chat, text));
    }
    showNewReplies(before);
  }
  await store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
