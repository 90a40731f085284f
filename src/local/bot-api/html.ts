/**
 * Telegram's `parse_mode: "HTML"` parser, as the loopback Bot API stub needs it.
 *
 * Why it exists: a message whose HTML Telegram cannot parse is rejected with
 * "Bad Request: can't parse entities: …", and the user gets nothing. The stub runs
 * the same rules (modelled on tdlib's `parse_html`, which the Bot API server uses) so
 * that tests catch a stray `<`, an unsupported `<br>` or an unclosed `<b>` in a locale
 * string or in unescaped user text, and so that a transcript shows what a user would
 * read: plain text plus entities, with `&lt;`-style entities decoded.
 */
import type { MessageEntity } from "grammy/types";

/** Plain text and entities, as Telegram stores a message after parsing its markup. */
export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

/** Thrown for markup Telegram would refuse; `message` is the text after "can't parse entities: ". */
export class HtmlParseError extends Error {}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
]);

/** Tags that take no argument, mapped to the entity type each one produces. */
const SIMPLE_TAG_ENTITY: ReadonlyMap<string, MessageEntity.CommonMessageEntity["type"]> = new Map([
  ["b", "bold"],
  ["strong", "bold"],
  ["i", "italic"],
  ["em", "italic"],
  ["u", "underline"],
  ["ins", "underline"],
  ["s", "strikethrough"],
  ["strike", "strikethrough"],
  ["del", "strikethrough"],
  ["tg-spoiler", "spoiler"],
  ["span", "spoiler"],
  ["code", "code"],
] as const);
/** Tags whose entity depends on an attribute or on the enclosing tag. */
const OTHER_TAGS = new Set(["a", "pre", "blockquote", "tg-emoji"]);

interface OpenTag {
  name: string;
  attributes: Map<string, string>;
  /** UTF-16 offset in the plain text where the tag's content starts. */
  offset: number;
  /** Position among all start tags, so entities that coincide keep the outer one first. */
  order: number;
  /** Set by a `<code class="language-x">` nested directly in this `<pre>`. */
  language?: string;
}

function fail(reason: string): never {
  throw new HtmlParseError(reason);
}

const isNameChar = (c: string): boolean => /[A-Za-z0-9_-]/.test(c);
const isSpace = (c: string | undefined): boolean => c === " " || c === "\n" || c === "\t" || c === "\r";

/**
 * Parses Telegram HTML into plain text and entities, or throws {@link HtmlParseError}
 * with a tdlib-like reason ("Unsupported start tag \"br\" at byte offset 12").
 */
export function parseTelegramHtml(html: string): FormattedText {
  const byteOffset = (index: number): number => Buffer.byteLength(html.slice(0, index));
  let text = "";
  const entities: Array<{ entity: MessageEntity; order: number }> = [];
  const open: OpenTag[] = [];
  let tagsOpened = 0;
  let i = 0;

  /** Decodes the entity at `html[i] === "&"`; returns its text and length, or undefined to keep `&` literal. */
  const decodeEntity = (at: number): { value: string; length: number } | undefined => {
    const end = html.indexOf(";", at);
    if (end < 0 || end - at > 10) return undefined;
    const body = html.slice(at + 1, end);
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (numeric) {
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
      if (code === 0 || code > 0x10ffff) return undefined;
      return { value: String.fromCodePoint(code), length: end - at + 1 };
    }
    const named = NAMED_ENTITIES.get(body);
    return named === undefined ? undefined : { value: named, length: end - at + 1 };
  };

  const readName = (): string => {
    const start = i;
    while (i < html.length && isNameChar(html[i] ?? "")) i++;
    return html.slice(start, i).toLowerCase();
  };
  const skipSpaces = (): void => {
    while (isSpace(html[i])) i++;
  };

  const readAttributes = (tag: string, tagStart: number): Map<string, string> => {
    const attributes = new Map<string, string>();
    for (;;) {
      skipSpaces();
      if (i >= html.length) fail(`Unclosed start tag at byte offset ${byteOffset(tagStart)}`);
      if (html[i] === ">") {
        i++;
        return attributes;
      }
      const attributeStart = i;
      const name = readName();
      if (name === "") fail(`Empty attribute name in the tag "${tag}" at byte offset ${byteOffset(attributeStart)}`);
      skipSpaces();
      if (html[i] !== "=") {
        // A bare attribute such as <blockquote expandable> has no value.
        attributes.set(name, "");
        continue;
      }
      i++;
      skipSpaces();
      const quote = html[i];
      let value: string;
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) fail(`Unclosed start tag at byte offset ${byteOffset(tagStart)}`);
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < html.length && !isSpace(html[i]) && html[i] !== ">") i++;
        value = html.slice(start, i);
      }
      attributes.set(
        name,
        value.replace(/&(?:lt|gt|amp|quot);/g, (e) => NAMED_ENTITIES.get(e.slice(1, -1)) ?? e),
      );
    }
  };

  const closeTag = (tag: OpenTag): void => {
    const length = text.length - tag.offset;
    const parent = open[open.length - 1];
    if (tag.name === "code" && parent?.name === "pre") {
      const language = /^language-(.+)$/.exec(tag.attributes.get("class") ?? "")?.[1];
      if (language !== undefined) parent.language = language;
      return;
    }
    if (length === 0) return;
    const entity = entityFor(tag, { offset: tag.offset, length });
    if (entity !== undefined) entities.push({ entity, order: tag.order });
  };

  while (i < html.length) {
    const c = html[i] ?? "";
    if (c === "&") {
      const entity = decodeEntity(i);
      text += entity?.value ?? "&";
      i += entity?.length ?? 1;
      continue;
    }
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }
    const tagStart = i;
    i++;
    if (i >= html.length) fail(`Unclosed start tag at byte offset ${byteOffset(tagStart)}`);
    if (html[i] !== "/") {
      const name = readName();
      if (!SIMPLE_TAG_ENTITY.has(name) && !OTHER_TAGS.has(name)) {
        fail(`Unsupported start tag "${name}" at byte offset ${byteOffset(tagStart)}`);
      }
      const attributes = readAttributes(name, tagStart);
      if (name === "span" && attributes.get("class") !== "tg-spoiler") fail(`Tag "span" must have class "tg-spoiler"`);
      if (name === "tg-emoji" && !/^\d+$/.test(attributes.get("emoji-id") ?? "")) {
        fail(`Tag "tg-emoji" must have attribute "emoji-id" with a valid custom emoji identifier`);
      }
      open.push({ name, attributes, offset: text.length, order: tagsOpened++ });
      continue;
    }
    i++;
    const current = open[open.length - 1];
    if (current === undefined) fail(`Unexpected end tag at byte offset ${byteOffset(tagStart)}`);
    const name = readName();
    skipSpaces();
    if (html[i] !== ">") fail(`Unclosed end tag at byte offset ${byteOffset(tagStart)}`);
    i++;
    if (name !== current.name) {
      fail(
        `Unmatched end tag at byte offset ${byteOffset(tagStart)}, expected "</${current.name}>", found "</${name}>"`,
      );
    }
    open.pop();
    closeTag(current);
  }
  const unclosed = open[open.length - 1];
  if (unclosed !== undefined) fail(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  // Telegram lists entities by position, the outer one first when two start together.
  entities.sort((a, b) => a.entity.offset - b.entity.offset || b.entity.length - a.entity.length || a.order - b.order);
  return { text, entities: entities.map(({ entity }) => entity) };
}

/** The entity a closed tag produces, if any (an `<a>` without href produces none). */
function entityFor(tag: OpenTag, at: { offset: number; length: number }): MessageEntity | undefined {
  const simple = SIMPLE_TAG_ENTITY.get(tag.name);
  if (simple !== undefined) return { type: simple, ...at };
  switch (tag.name) {
    case "pre":
      return tag.language === undefined ? { type: "pre", ...at } : { type: "pre", ...at, language: tag.language };
    case "blockquote":
      return { type: tag.attributes.has("expandable") ? "expandable_blockquote" : "blockquote", ...at };
    case "tg-emoji":
      return { type: "custom_emoji", ...at, custom_emoji_id: tag.attributes.get("emoji-id") ?? "" };
    case "a": {
      const href = tag.attributes.get("href");
      return href === undefined || href === "" ? undefined : { type: "text_link", ...at, url: href };
    }
    default:
      return undefined;
  }
}
