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
  private readonly chatAdmins = new Map<number, Set<number>>();
  private readonly userMessages = new Map<string, Message>();

  constructor(
    readonly botInfo: UserFromGetMe = LOCAL_BOT_INFO,
    private readonly now: () => Date = () => new Date(),
  ) {}

  readonly transformer: Transformer<RawApi> = async (_prev, method, payload) => {
    const body = { ...(payload as Record<string, unknown>) };
    this.calls.push({ method, payload: body });
    return { ok: true, result: this.resultFor(method, body) as never };
  };

  /** Who getChatMember reports as an administrator of a group. */
  setChatAdmins(chatId: number, userIds: readonly number[]): void {
    this.chatAdmins.set(chatId, new Set(userIds));
  }

  /** Messages the bot sent (or edited) in a chat, oldest first, as they read now. */
  transcript(chatId: number): Message[] {
    return [...this.sentMessages.values()].filter((message) => message.chat.id === chatId);
  }

  private chatFor(chatId: number): Chat {
    return chatId > 0
      ? { id: chatId, type: "private", first_name: "User" }
      : { id: chatId, type: "supergroup", title: "Group" };
  }

  /** The message a reply answers, as Telegram attaches it (a bot message, or a stand-in for a user's). */
  private repliedTo(chatId: number, parameters: unknown): Message | undefined {
    const messageId = Number((parameters as { message_id?: unknown }).message_id);
    return this.sentMessages.get(`${chatId}:${messageId}`) ?? this.userMessages.get(`${chatId}:${messageId}`);
  }

  /** Lets a test tell the stand-in about a user's message, so replies to it carry it as Telegram's would. */
  rememberUserMessage(message: Message): void {
    this.userMessages.set(`${message.chat.id}:${message.message_id}`, message);
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
          ...(payload.reply_parameters ? { reply_to_message: this.repliedTo(chatId, payload.reply_parameters) } : {}),
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
      case "getChatMember": {
        const userId = Number(payload.user_id);
        const admin = this.chatAdmins.get(Number(payload.chat_id))?.has(userId) ?? false;
        return {
          status: admin ? "administrator" : "member",
          user: { id: userId, is_bot: userId === this.botInfo.id, first_name: "Member" },
        };
      }
      default:
        return true;
    }
  }
}
