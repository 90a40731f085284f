/**
 * One message as its readers need it. The router, the question matcher, the check and the contacts card all read
 * the message a person sent; each asks this object for the canonical form and for what it derives from it (terms,
 * amounts, the offer-or-question decision, danger signals), which is computed the first time anyone asks and then
 * shared, so a message is normalised and searched once per update.
 */
import { foldCantonese } from "./cantonese.ts";
import { normalizeText, type NormalizedText } from "./normalize.ts";

/**
 * An HTML-like tag typed into a message ("<b>", "</i>", "<br/>", '<a href="…">'): markup, not words. Words after the
 * name with no "=" are words in brackets, not attributes ("<kept by company>").
 */
const TAG = /<\/?[a-z][a-z0-9-]{0,15}(?:\s+[a-z-]+=(?:"[^"<>]*"|'[^'<>]*'|[^\s<>]*))*\s*\/?>/gi;
/** Words typed between angle brackets ("passport <kept by company>"): the words are read, the brackets are not. */
const BRACKETED = /<([^<>\n]{1,80})>/g;

/**
 * The message without markup characters: a tag inside a phrase ("no <b>experience</b>") would split the words a
 * reader looks for, and a quote shown back to the user would carry the brackets. Text without "<" is returned as is.
 */
function withoutMarkup(text: string): string {
  if (!text.includes("<")) return text;
  return text.replace(TAG, "").replace(BRACKETED, "$1");
}

/** Something derived from a read text; the function itself names the result it caches. */
export type Reader<T> = (read: ReadText) => T;

export class ReadText {
  readonly text: string;
  private literalText: NormalizedText | undefined;
  private normalizedText: NormalizedText | undefined;
  private readonly derived = new Map<Reader<unknown>, unknown>();
  /** The shortened reads (`startAndEnd`), by length. */
  private readonly shortened = new Map<number, ReadText>();

  /** Any value is accepted (a careless caller's non-string reads as empty text): readers never throw on input. */
  constructor(text: string) {
    this.text = typeof text === "string" ? withoutMarkup(text) : "";
  }

  /** The text, or the read of a string that may be one or not (what callers outside the bot pass). */
  static of(text: string | ReadText): ReadText {
    return text instanceof ReadText ? text : new ReadText(text);
  }

  /** The text normalised character by character (`normalizeText`), its words as written: how it is written. */
  get literal(): NormalizedText {
    return (this.literalText ??= normalizeText(this.text));
  }

  /** `literal` with written Cantonese read as standard written Chinese (`foldCantonese`): what it says. */
  get normalized(): NormalizedText {
    return (this.normalizedText ??= foldCantonese(this.literal));
  }

  /** The canonical form every matcher reads: `normalized` as a string. */
  get canonical(): string {
    return this.normalized.text;
  }

  /**
   * At most `length` characters as a read of their own: the start and, past it, the end of a longer text (a long
   * pasted ad with links added, whose pay, place and terms often come last after pages of the company's praise of
   * itself); this one when the text is no longer (the usual case).
   */
  startAndEnd(length: number): ReadText {
    if (this.text.length <= length) return this;
    let read = this.shortened.get(length);
    if (!read) {
      const end = Math.floor(length / 4);
      const text = `${this.text.slice(0, length - end - 2)}\n\n${this.text.slice(this.text.length - end)}`;
      this.shortened.set(length, (read = new ReadText(text)));
    }
    return read;
  }

  /** `reader`'s result for this text, computed on the first call. */
  derive<T>(reader: Reader<T>): T {
    if (this.derived.has(reader)) return this.derived.get(reader) as T;
    const value = reader(this);
    this.derived.set(reader, value);
    return value;
  }
}
