import type { Bot } from "grammy";
import type { InlineKeyboardButton, Message, User } from "grammy/types";
import pc from "picocolors";
import type { BotContext } from "../bot/context.ts";
import { plainText } from "../bot/plain-text.ts";
import type { LocalBotApi } from "./local-bot-api.ts";
import { privateChat, UpdateFactory } from "./updates.ts";

/** The person at the terminal, as Telegram would describe them (a real-looking name: the bot greets by it). */
export function terminalUser(languageCode: string | undefined): User {
  return { id: 1000, is_bot: false, first_name: "Alex", ...(languageCode ? { language_code: languageCode } : {}) };
}

/**
 * The Telegram language code for the terminal: `--lang <code>` if given, else the system's locale as the shell
 * sets it (LC_ALL, then LC_MESSAGES, then LANG: `zh_TW.UTF-8` → `zh-tw`). Undefined for the C/POSIX locale.
 */
export function terminalLanguage(argv: readonly string[], env: Record<string, string | undefined>): string | undefined {
  const flag = argv.indexOf("--lang");
  if (flag >= 0 && argv[flag + 1]) return argv[flag + 1];
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const code = system
    .replace(/[.@].*$/, "")
    .replace(/_/g, "-")
    .toLowerCase();
  return code && code !== "c" && code !== "posix" ? code : undefined;
}

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

type ShownButton = { messageId: number; button: InlineKeyboardButton };

/**
 * One private chat with the bot in a terminal. Every button gets a number of its own when its message appears (or
 * is edited), and keeps it: a button of an earlier message can be pressed later, as on a phone after scrolling up,
 * as long as that message still shows it.
 */
export class TerminalChat {
  private readonly updates = new UpdateFactory();
  private readonly buttons = new Map<number, ShownButton>();
  private nextNumber = 1;

  constructor(
    private readonly bot: Bot<BotContext>,
    private readonly api: LocalBotApi,
    private readonly user: User,
    private readonly print: (line: string) => void,
  ) {}

  /** Handles one line the person typed: a number presses that button, anything else is a message. */
  async input(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    const before = this.api.calls.length;
    const shown = /^\d+$/.test(text) ? this.buttons.get(Number(text)) : undefined;
    if (shown) await this.press(shown);
    else await this.bot.handleUpdate(this.updates.message(this.user, privateChat(this.user), text));
    this.showReplies(before);
  }

  /**
   * Runs something the bot does on its own between messages (the safe-trip job's prompts and reminders) and shows
   * what it sent, as a phone would show a message arriving.
   */
  async background(work: () => Promise<unknown>): Promise<void> {
    const before = this.api.calls.length;
    await work();
    this.showReplies(before);
  }

  private async press({ messageId, button }: ShownButton): Promise<void> {
    if ("url" in button) {
      this.print(pc.dim(`  (opens ${button.url})`));
      return;
    }
    if (!("callback_data" in button)) return;
    // The message as it reads now: an edit may have removed the button since it was shown.
    const message = this.api.transcript(this.user.id).find((m) => m.message_id === messageId);
    const still = message?.reply_markup?.inline_keyboard
      .flat()
      .some((b) => "callback_data" in b && b.callback_data === button.callback_data);
    if (!message || !still) {
      this.print(pc.dim("  (that button is no longer there)"));
      return;
    }
    await this.bot.handleUpdate(this.updates.callback(this.user, message, button.callback_data));
  }

  private showReplies(from: number): void {
    for (const call of this.api.calls.slice(from)) {
      if (call.method === "answerCallbackQuery" && typeof call.payload.text === "string") {
        this.print(pc.dim(`  (${call.payload.text})`));
      }
      if (!["sendMessage", "editMessageText", "editMessageReplyMarkup"].includes(call.method)) continue;
      if (call.method !== "editMessageReplyMarkup") {
        const edited = call.method === "editMessageText" ? pc.dim(" (edited)") : "";
        this.print(`\n${pc.cyan("JobSafe")}${edited}: ${htmlToTerminal(String(call.payload.text))}`);
      }
      const message = this.messageOf(call.method === "sendMessage" ? undefined : Number(call.payload.message_id));
      if (message) this.showButtons(message);
    }
  }

  /** The message a call produced or changed, as it reads now; the newest one for a send. */
  private messageOf(messageId: number | undefined): Message | undefined {
    const transcript = this.api.transcript(this.user.id);
    return messageId === undefined ? transcript.at(-1) : transcript.find((m) => m.message_id === messageId);
  }

  private showButtons(message: Message): void {
    for (const button of message.reply_markup?.inline_keyboard.flat() ?? []) {
      const number = this.nextNumber++;
      this.buttons.set(number, { messageId: message.message_id, button });
      this.print(pc.yellow(`  [${number}] ${button.text}`));
    }
  }
}
