import type { Message, MessageEntity } from "grammy/types";

/**
 * The text of a message as an offer check should read it: its text or media caption, plus the addresses hidden
 * behind text links, which recruiters use to disguise Telegram handles and sign-up pages.
 */
export function offerText(message: Message): string {
  const text = message.text ?? message.caption ?? "";
  const entities: MessageEntity[] = message.entities ?? message.caption_entities ?? [];
  const hiddenLinks = entities.flatMap((entity) => (entity.type === "text_link" ? [entity.url] : []));
  return [text, ...hiddenLinks].filter((part) => part.trim()).join("\n");
}

/** Whether the user forwarded this message from somewhere else (a chat, a channel, a hidden user). */
export function isForwarded(message: Message): boolean {
  return message.forward_origin !== undefined;
}
