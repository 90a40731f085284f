/**
 * Where the lines of a structured offer meet in its normalised text. Normalisation reads a line break as a space (or
 * as nothing between Chinese characters), which suits terms split across lines but lets words of two list items
 * meet as if one clause held them: a lawful ad's "• 薪资：月薪1.5万" and "• 机票：公司报销" are two statements. Words
 * that must meet in a clause, negations and lawful signs stop at these offsets; whole-text signals (where the job
 * is, what it pays) read across them as before.
 */
import type { NormalizedText } from "../../text/normalize.ts";

/** A line break, or a list bullet standing beside a space (a bullet inside a word is an obfuscating separator). */
const ITEM_BREAK = /\n|\r|\u2028|\u2029|(?<=\s)[•●▪■◆◇►▶➤➢✓✔✅☑★▸◉❖]|[•●▪■◆◇►▶➤➢✓✔✅☑★▸◉❖](?=\s)/gu;

export class LineBreaks {
  /** Normalised offsets k where a new line or item starts before the character at k, ascending. */
  private readonly offsets: number[];

  constructor(offsets: number[]) {
    this.offsets = offsets;
  }

  static readonly NONE = new LineBreaks([]);

  /** The line breaks of `input` as offsets in its normalised form `normalized` (origin ascending). */
  static of(input: string, normalized: NormalizedText): LineBreaks {
    const offsets: number[] = [];
    const origin = normalized.origin;
    for (const match of input.matchAll(ITEM_BREAK)) {
      // The first normalised character written after the break.
      let low = 0;
      let high = origin.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (origin[mid]! <= match.index) low = mid + 1;
        else high = mid;
      }
      if (low > 0 && low < origin.length && offsets.at(-1) !== low) offsets.push(low);
    }
    return offsets.length === 0 ? LineBreaks.NONE : new LineBreaks(offsets);
  }

  /** Whether a line starts between normalised offsets `from` and `to` (a break at k lies between k-1 and k). */
  between(from: number, to: number): boolean {
    const next = this.firstAfter(from);
    return next !== undefined && next <= to;
  }

  /** Where the line holding `offset` starts (0 for the first line). */
  lineStart(offset: number): number {
    let start = 0;
    for (const at of this.offsets) {
      if (at > offset) break;
      start = at;
    }
    return start;
  }

  /** Where the line holding `offset` ends (exclusive), or `fallback` on the last line. */
  lineEnd(offset: number, fallback: number): number {
    return this.firstAfter(offset) ?? fallback;
  }

  /** How many lines start at or before `offset`: the index of its line. */
  lineOf(offset: number): number {
    let count = 0;
    for (const at of this.offsets) {
      if (at > offset) break;
      count++;
    }
    return count;
  }

  private firstAfter(offset: number): number | undefined {
    for (const at of this.offsets) if (at > offset) return at;
    return undefined;
  }
}
