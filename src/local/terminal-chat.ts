import type { Bot } from "grammy";
import type { InlineKeyboardButton, Message, MessageEntity, User } from "grammy/types";
import pc from "picocolors";
import type { BotContext } from "../bot/context.ts";
import { HtmlParseError, parseTelegramHtml, type FormattedText } from "./bot-api/html.ts";
import type { LocalBotApi } from "./bot-api/in-process.ts";
import { privateChat, UpdateFactory } from "./bot-api/updates.ts";

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

/** Renders Telegram HTML for a terminal, parsed as Telegram parses it: bold and italic kept, links show their address. */
function htmlToTerminal(html: string): string {
  let parsed: FormattedText;
  try {
    parsed = parseTelegramHtml(html);
  } catch (error) {
    // Telegram refused it (the stand-in answered the bot with the same 400): show it as the bot wrote it.
    if (error instanceof HtmlParseError) return html;
    throw error;
  }
  const { text, entities } = parsed;
  const cuts = [...new Set([0, text.length, ...entities.flatMap((e) => [e.offset, e.offset + e.length])])].sort(
    (a, b) => a - b,
  );
  let out = "";
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const covering = entities.filter((e) => e.offset <= start && e.offset + e.length >= end);
    let segment = text.slice(start, end);
    if (covering.some((e) => e.type === "bold")) segment = pc.bold(segment);
    if (covering.some((e) => e.type === "italic")) segment = pc.italic(segment);
    out += segment;
    for (const link of entities.filter((e) => e.type === "text_link" && e.offset + e.length === end)) {
      out += ` (${pc.underline((link as MessageEntity.TextLinkMessageEntity).url)})`;
    }
  }
  return out;
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
        const text = String(call.payload.text);
        this.print(
          `\n${pc.cyan("JobSafe")}${edited}: ${call.payload.parse_mode === "HTML" ? htmlToTerminal(text) : text}`,
        );
      }
      // The buttons of the message this call sent or changed, as it reads now (a later call may have edited it).
      const messageId =
        call.method === "sendMessage" ? (call.result as Message | undefined)?.message_id : call.payload.message_id;
      const message = this.api.transcript(this.user.id).find((m) => m.message_id === messageId);
      if (message) this.showButtons(message);
    }
  }

  private showButtons(message: Message): void {
    for (const button of message.reply_markup?.inline_keyboard.flat() ?? []) {
      const number = this.nextNumber++;
      this.buttons.set(number, { messageId: message.message_id, button });
      this.print(pc.yellow(`  [${number}] ${button.text}`));
    }
  }
}
