import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";

/**
 * Builds the updates Telegram would send for a person typing or pressing a button, so the terminal chat and
 * the tests feed the real bot the same shapes.
 */
export class UpdateFactory {
  private updateId = 0;
  /** Starts far from the ids the Bot API stand-in gives the bot's messages, so the two never collide. */
  private messageId = 1_000_000;

  constructor(private readonly now: () => Date = () => new Date()) {}

  private get date(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  private nextUpdateId(): number {
    return ++this.updateId;
  }

  /** A message whose leading /command gets its bot_command entity, as Telegram marks it. */
  message(from: User, chat: Chat, text: string, extra: Partial<Message> = {}): Update {
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    const entities: MessageEntity[] = command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : [];
    return {
      update_id: this.nextUpdateId(),
      message: {
        message_id: ++this.messageId,
        date: this.date,
        chat,
        from,
        text,
        ...(entities.length > 0 ? { entities } : {}),
        ...extra,
      } as Message & Update.NonChannel,
    };
  }

  /** Any other update (stickers, edits, channel posts…) with an id assigned. */
  raw(update: Omit<Update, "update_id">): Update {
    return { update_id: this.nextUpdateId(), ...update } as Update;
  }

  callback(from: User, message: Message, data: string): Update {
    return {
      update_id: this.nextUpdateId(),
      callback_query: { id: String(this.updateId), from, chat_instance: String(message.chat.id), data, message },
    } as Update;
  }
}

export function privateChat(user: User): Chat.PrivateChat {
  return { id: user.id, type: "private", first_name: user.first_name };
}
