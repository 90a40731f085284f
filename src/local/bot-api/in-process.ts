import type { RawApi, Transformer } from "grammy";
import type { Message, UserFromGetMe } from "grammy/types";
import { ChatModel } from "./chat-model.ts";
import type { FormattedText } from "./html.ts";
import {
  ApiFailure,
  chatIdParam,
  formattedTextParam,
  isObject,
  replyMarkupParam,
  requiredInt,
  stringParam,
  type Params,
} from "./params.ts";

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the call answered (the sent message for a send), once it has answered. */
  result?: unknown;
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
 * It keeps its chats in the same model as the loopback server, but a message's text as the bot sent it (HTML
 * and all), so that tests compare it with the locale strings and the terminal renders it.
 */
export class LocalBotApi {
  readonly calls: RecordedCall[] = [];
  private readonly model: ChatModel;

  constructor(
    readonly botInfo: UserFromGetMe = LOCAL_BOT_INFO,
    now: () => Date = () => new Date(),
  ) {
    this.model = new ChatModel(botInfo, { now });
  }

  readonly transformer: Transformer<RawApi> = async (_prev, method, payload) => {
    const call: RecordedCall = { method, payload: { ...(payload as Record<string, unknown>) } };
    this.calls.push(call);
    try {
      call.result = this.resultFor(method, call.payload);
      return { ok: true, result: call.result as never };
    } catch (error) {
      if (error instanceof ApiFailure) return error.envelope();
      throw error;
    }
  };

  /** Who getChatMember reports as an administrator of a group. */
  setChatAdmins(chatId: number, userIds: readonly number[]): void {
    this.model.setAdmins(chatId, userIds);
  }

  /** Messages the bot sent (or edited) in a chat, oldest first, as they read now. */
  transcript(chatId: number): Message[] {
    return this.model.transcript(chatId);
  }

  /** Lets a test tell the stand-in about a user's message, so replies to it carry it as Telegram's would. */
  rememberUserMessage(message: Message): void {
    this.model.userWrote(message);
  }

  private resultFor(method: string, payload: Params): unknown {
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "sendMessage": {
        const chat = this.model.writable(chatIdParam(payload));
        const replyTo = isObject(payload.reply_parameters) ? payload.reply_parameters.message_id : undefined;
        return this.model.send(chat, sentText(payload), replyMarkupParam(payload), Number(replyTo) || undefined);
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const chat = this.model.writable(chatIdParam(payload));
        const messageId = requiredInt(payload, "message_id");
        // A button a test pressed on a message it made up, not one the bot sent: nothing to edit, and no error.
        if (this.model.botMessage(chat.chat.id, messageId) === undefined) return true;
        const text = method === "editMessageText" ? sentText(payload) : undefined;
        return this.model.edit(chat, messageId, text, replyMarkupParam(payload));
      }
      case "getMyCommands":
        return [];
      case "getChatMember":
        return this.model.member(chatIdParam(payload), requiredInt(payload, "user_id"));
      default:
        return true;
    }
  }
}

/**
 * The text as sent, markup and all (see the class comment), once Telegram's parser has accepted it: HTML it would
 * refuse gets the same 400 here as from Telegram.
 */
function sentText(payload: Params): FormattedText {
  formattedTextParam(payload);
  return { text: stringParam(payload, "text") ?? "", entities: [] };
}
