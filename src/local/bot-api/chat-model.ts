/**
 * The chats as Telegram keeps them for a bot: who is in them, the bot's messages with their ids and edits, the
 * reply keyboard a user sees, admins, and whether the bot may still write there. The loopback server and the
 * in-process stand-in both answer from it.
 */
import type { Chat, ChatMember, Message, ReplyKeyboardMarkup, User, UserFromGetMe } from "grammy/types";
import { BLOCKED_BY_USER } from "./faults.ts";
import type { FormattedText } from "./html.ts";
import { ApiFailure, badRequest, type ReplyMarkup } from "./params.ts";

/** A person a test plays; only `id` is required. */
export interface StubUser {
  id: number;
  language_code?: string;
  first_name?: string;
  last_name?: string;
  username?: string;
  is_bot?: boolean;
}

export interface ChatState {
  chat: Chat;
  nextMessageId: number;
  /** The bot's messages still in the chat, in send order; an edit replaces its entry in place. */
  botMessages: Map<number, Message>;
  /** Ids of every message the bot sent here, in order, so waits can count sends after a deletion. */
  sentIds: number[];
  /** Set when sends must fail with 403 (blocked by the user, or the bot left the group). */
  forbidden?: string;
  admins?: Set<number>;
  replyKeyboard?: ReplyKeyboardMarkup;
}

/** The bot's message number `index` (0-based) in a chat, as it was sent. */
export interface SentMessage {
  chatId: number;
  index: number;
  message: Message;
}

export interface ChatModelOptions {
  /** Keep every sent Message for `transcript` (default true); a benchmark of 100,000 sends turns it off. */
  keepMessages?: boolean;
  now?: () => Date;
  /** Told of every message the bot sends, e.g. to wake a test waiting for it. */
  onSent?: (sent: SentMessage) => void;
}

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

export class ChatModel {
  readonly botUser: User;
  private readonly chats = new Map<number, ChatState>();
  private readonly users = new Map<number, User>();
  /** Users' messages by `chat:id`, so a reply to one carries it as reply_to_message. */
  private readonly userMessages = new Map<string, Message>();

  constructor(
    readonly bot: UserFromGetMe,
    private readonly options: ChatModelOptions = {},
  ) {
    this.botUser = { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username };
  }

  nowSeconds(): number {
    return Math.floor((this.options.now?.() ?? new Date()).getTime() / 1000);
  }

  /** The full User for a person a test plays, remembered so later calls describe them the same way. */
  user(from: StubUser): User {
    const known = this.users.get(from.id);
    const user: User = {
      is_bot: false,
      ...known,
      ...from,
      first_name: from.first_name ?? known?.first_name ?? `User ${from.id}`,
    };
    this.users.set(user.id, user);
    return user;
  }

  /** State of a chat, created on first use: any id is a chat the bot may write to, as in a broadcast. */
  chat(id: number, chat?: Chat): ChatState {
    let state = this.chats.get(id);
    if (state === undefined) {
      state = {
        chat: chat ?? syntheticChat(id, this.users.get(id)),
        nextMessageId: 1,
        botMessages: new Map(),
        sentIds: [],
      };
      this.chats.set(id, state);
    } else if (chat !== undefined) {
      state.chat = chat;
    }
    return state;
  }

  /** A chat the bot may write to; 403 when the user blocked it or it left the group. */
  writable(id: number): ChatState {
    const chat = this.chat(id);
    if (chat.forbidden !== undefined) throw new ApiFailure(403, chat.forbidden);
    return chat;
  }

  /** A user's message arrived: the bot's next ids follow it, and a reply to it carries it. */
  userWrote(message: Message): void {
    const chat = this.chat(message.chat.id, message.chat);
    chat.nextMessageId = Math.max(chat.nextMessageId, message.message_id + 1);
    this.userMessages.set(`${message.chat.id}:${message.message_id}`, message);
  }

  send(chat: ChatState, { text, entities }: FormattedText, markup: ReplyMarkup, replyTo?: number): Message {
    const repliedTo =
      replyTo === undefined
        ? undefined
        : (chat.botMessages.get(replyTo) ?? this.userMessages.get(`${chat.chat.id}:${replyTo}`));
    const message: Message = {
      message_id: chat.nextMessageId++,
      date: this.nowSeconds(),
      chat: chat.chat,
      from: this.botUser,
      text,
      ...(entities.length > 0 ? { entities } : {}),
      // Telegram returns only inline keyboards in the Message; reply keyboards are chat state.
      ...(markup.inline !== undefined ? { reply_markup: markup.inline } : {}),
      ...(repliedTo !== undefined ? { reply_to_message: repliedTo as Message.CommonMessage as never } : {}),
    };
    if (markup.keyboard !== undefined) chat.replyKeyboard = markup.keyboard;
    else if (markup.removeKeyboard) delete chat.replyKeyboard;
    if (this.options.keepMessages ?? true) chat.botMessages.set(message.message_id, message);
    chat.sentIds.push(message.message_id);
    this.options.onSent?.({ chatId: chat.chat.id, index: chat.sentIds.length - 1, message });
    return message;
  }

  /** editMessageText (with `text`) or editMessageReplyMarkup; an omitted reply_markup removes the keyboard. */
  edit(chat: ChatState, messageId: number, text: FormattedText | undefined, markup: ReplyMarkup): Message {
    const old = chat.botMessages.get(messageId);
    if (old === undefined) throw badRequest("message to edit not found");
    const content = text ?? { text: old.text ?? "", entities: old.entities ?? [] };
    const edited: Message = { ...old, text: content.text, edit_date: this.nowSeconds() };
    delete edited.entities;
    delete edited.reply_markup;
    if (content.entities.length > 0) edited.entities = content.entities;
    if (markup.inline !== undefined) edited.reply_markup = markup.inline;
    const shown = (m: Message): string => JSON.stringify([m.text, m.entities ?? [], m.reply_markup ?? null]);
    if (shown(edited) === shown(old)) throw badRequest(NOT_MODIFIED);
    chat.botMessages.set(edited.message_id, edited);
    return edited;
  }

  delete(chatId: number, messageId: number): void {
    if (!this.chat(chatId).botMessages.delete(messageId)) throw badRequest("message to delete not found");
  }

  member(chatId: number, userId: number): ChatMember {
    const chat = this.chat(chatId);
    const user = userId === this.bot.id ? this.botUser : (this.users.get(userId) ?? syntheticUser(userId));
    if (!chat.admins?.has(userId)) return { status: "member", user };
    return {
      status: "administrator",
      user,
      can_be_edited: false,
      is_anonymous: false,
      can_manage_chat: true,
      can_delete_messages: true,
      can_manage_video_chats: true,
      can_restrict_members: true,
      can_promote_members: false,
      can_change_info: true,
      can_invite_users: true,
      can_post_stories: false,
      can_edit_stories: false,
      can_delete_stories: false,
      can_send_welcome_messages: false,
    };
  }

  administrators(chatId: number): ChatMember[] {
    return [...(this.chat(chatId).admins ?? [])].map((userId) => this.member(chatId, userId));
  }

  /** Who getChatMember and getChatAdministrators report as administrators of a group. */
  setAdmins(chatId: number, userIds: readonly number[]): void {
    this.chat(chatId).admins = new Set(userIds);
  }

  /** Every send or edit to the chat gets 403 (default "Forbidden: bot was blocked by the user"). */
  block(chatId: number, description = BLOCKED_BY_USER): void {
    this.chat(chatId).forbidden = description;
  }

  unblock(chatId: number): void {
    delete this.chat(chatId).forbidden;
  }

  /** The bot left the group: later writes there get 403, as Telegram answers. */
  leave(chatId: number): void {
    const chat = this.chat(chatId);
    this.block(
      chatId,
      `Forbidden: bot is not a member of the ${chat.chat.type === "supergroup" ? "supergroup" : "group"} chat`,
    );
  }

  /** The bot's message number `index` (0-based) in a chat: the Message, "deleted", or undefined if not sent yet. */
  sentMessage(chatId: number, index: number): Message | "deleted" | undefined {
    const chat = this.chats.get(chatId);
    const sentId = chat?.sentIds[index];
    if (chat === undefined || sentId === undefined) return undefined;
    return chat.botMessages.get(sentId) ?? "deleted";
  }

  botMessage(chatId: number, messageId: number): Message | undefined {
    return this.chats.get(chatId)?.botMessages.get(messageId);
  }

  sentCount(chatId: number): number {
    return this.chats.get(chatId)?.sentIds.length ?? 0;
  }

  transcript(chatId: number): Message[] {
    return [...(this.chats.get(chatId)?.botMessages.values() ?? [])];
  }

  lastMessage(chatId: number): Message | undefined {
    const chat = this.chats.get(chatId);
    if (chat === undefined) return undefined;
    for (let i = chat.sentIds.length - 1; i >= 0; i--) {
      const message = chat.botMessages.get(chat.sentIds[i] ?? 0);
      if (message !== undefined) return message;
    }
    return undefined;
  }

  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined {
    return this.chats.get(chatId)?.replyKeyboard;
  }
}

function syntheticUser(id: number): User {
  return { id, is_bot: false, first_name: `User ${id}` };
}

/** A chat the test never described: private for positive ids, supergroup for -100…, else group. */
function syntheticChat(id: number, user: User | undefined): Chat {
  if (id > 0) return { id, type: "private", first_name: user?.first_name ?? `User ${id}` };
  if (id <= -1_000_000_000_000) return { id, type: "supergroup", title: `Supergroup ${id}` };
  return { id, type: "group", title: `Group ${id}` };
}
