import type { RawApi, Transformer } from "grammy";
import type { Chat, Message, UserFromGetMe } from "grammy/types";

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
}

/** A fixed identity for a bot that never talks to Telegram (the terminal chat, handler tests). */
export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 42,
  is_bot: true,
  first_name: "JobSafe",
  username: "JobSafeBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/**
 * An in-process Bot API stand-in: a grammY transformer that answers every call with a Telegram-shaped result
 * instead of sending it, and records it. `npm run chat` and the handler tests drive the real bot through it.
 */
export class LocalBotApi {
  readonly calls: RecordedCall[] = [];
  private readonly nextMessageId = new Map<number, number>();
  private readonly sentMessages = new Map<string, Message>();

  constructor(
    readonly botInfo: UserFromGetMe = LOCAL_BOT_INFO,
    private readonly now: () => Date = () => new Date(),
  ) {}

  readonly transformer: Transformer<RawApi> = async (_prev, method, payload) => {
    const body = { ...(payload as Record<string, unknown>) };
    this.calls.push({ method, payload: body });
    return { ok: true, result: this.resultFor(method, body) as never };
  };

  /** Messages the bot sent (or edited) in a chat, oldest first, as they read now. */
  transcript(chatId: number): Message[] {
    return [...this.sentMessages.values()].filter((message) => message.chat.id === chatId);
  }

  private chatFor(chatId: number): Chat {
    return chatId > 0
      ? { id: chatId, type: "private", first_name: "User" }
      : { id: chatId, type: "supergroup", title: "Group" };
  }

  private resultFor(method: string, payload: Record<string, unknown>): unknown {
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "sendMessage": {
        const chatId = Number(payload.chat_id);
        const messageId = (this.nextMessageId.get(chatId) ?? 0) + 1;
        this.nextMessageId.set(chatId, messageId);
        const message = {
          message_id: messageId,
          date: Math.floor(this.now().getTime() / 1000),
          chat: this.chatFor(chatId),
          from: this.botInfo,
          text: String(payload.text ?? ""),
          ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
        } as Message;
        this.sentMessages.set(`${chatId}:${messageId}`, message);
        return message;
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const key = `${Number(payload.chat_id)}:${Number(payload.message_id)}`;
        const existing = this.sentMessages.get(key);
        if (!existing) return true;
        const edited = {
          ...existing,
          ...(payload.text !== undefined ? { text: String(payload.text) } : {}),
          reply_markup: payload.reply_markup,
          edit_date: Math.floor(this.now().getTime() / 1000),
        } as Message;
        this.sentMessages.set(key, edited);
        return edited;
      }
      case "getMyCommands":
        return [];
      default:
        return true;
    }
  }
}
