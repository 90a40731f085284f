/**
 * Where the lines of a structured offer meet in its normalised text. Normalisation reads a line break as a space (or
 * as nothing between Chinese characters), which suits terms split across lines but lets words of two list items
 * meet as if one clause held them: a lawful ad's "• 薪资：月薪1.5万" and "• 机票：公司报销" are two statements. Words
 * that must meet in a clause, negations and lawful signs stop at these offsets; whole-text signals (where the job
 * is, what it pays) read across them as before.
 */
import type { NormalizedText } from "../../text/normalize.ts";

/** List bullets: one beside a space starts an item (one inside a word is an obfuscating separator). */
const BULLET = /[•●▪■◆◇►▶➤➢✓✔✅☑★▸◉❖]/g;
const ANY_BULLET = new RegExp(BULLET.source);
const SPACE_OR_BREAK = /[\s\u3000]/;

export class LineBreaks {
  /** Normalised offsets k where a new line or item starts before the character at k, ascending. */
  private readonly offsets: number[];
  /**
   * Normalised offsets where an English sentence starts after ". " (normalisation drops the full stop): warnings
   * about a red flag reach back through their clause, not into the sentence before.
   */
  private readonly sentences: number[];

  constructor(offsets: number[], sentences: number[] = []) {
    this.offsets = offsets;
    this.sentences = sentences;
  }

  static readonly NONE = new LineBreaks([]);

  /** The line breaks of `input` as offsets in its normalised form `normalized` (origin ascending). */
  static of(input: string, normalized: NormalizedText): LineBreaks {
    // Written positions first (native string search: most texts have a few lines and no bullet), then mapped.
    const written: number[] = [];
    for (let at = input.indexOf("\n"); at >= 0; at = input.indexOf("\n", at + 1)) written.push(at);
    if (ANY_BULLET.test(input)) {
      for (const match of input.matchAll(BULLET)) {
        const after = input.charAt(match.index + match[0].length);
        if (SPACE_OR_BREAK.test(input.charAt(match.index - 1)) || SPACE_OR_BREAK.test(after)) written.push(match.index);
      }
      written.sort((a, b) => a - b);
    }
    const stops: number[] = [];
    // Not the dot after a lone letter of a dotted word ("p.a.s.s.p.o.r.t. c.o.m.p.a.n.y", "U.S. dollars"): letters set
    // apart by dots to slip past filters end no sentence.
    for (let at = input.indexOf(". "); at >= 0; at = input.indexOf(". ", at + 2))
      if (input.charAt(at - 2) !== ".") stops.push(at + 1);
    if (written.length === 0 && stops.length === 0) return LineBreaks.NONE;
    return new LineBreaks(mapped(written, normalized), mapped(stops, normalized));
  }

  /** Where the sentence holding `offset` starts, as far as ". " shows it (0 for the first). */
  sentenceStart(offset: number): number {
    const sentence = firstAbove(this.sentences, offset);
    return sentence === 0 ? 0 : this.sentences[sentence - 1]!;
  }

  /** Where the English sentence holding `offset` ends (exclusive: the next one's start), or `fallback` in the last. */
  sentenceEnd(offset: number, fallback: number): number {
    return this.sentences[firstAbove(this.sentences, offset)] ?? fallback;
  }

  /** Whether a line starts between normalised offsets `from` and `to` (a break at k lies between k-1 and k). */
  between(from: number, to: number): boolean {
    const next = firstAbove(this.offsets, from);
    return next < this.offsets.length && this.offsets[next]! <= to;
  }

  /** Where the line holding `offset` starts (0 for the first line). */
  lineStart(offset: number): number {
    const line = this.lineOf(offset);
    return line === 0 ? 0 : this.offsets[line - 1]!;
  }

  /** Where the line holding `offset` ends (exclusive), or `fallback` on the last line. */
  lineEnd(offset: number, fallback: number): number {
    return this.offsets[this.lineOf(offset)] ?? fallback;
  }

  /** How many lines start at or before `offset`: the index of its line. */
  lineOf(offset: number): number {
    return firstAbove(this.offsets, offset);
  }
}

/** Written offsets as the first normalised offset written after each, ascending and distinct. */
function mapped(written: readonly number[], normalized: NormalizedText): number[] {
  const offsets: number[] = [];
  for (const at of written) {
    const next = firstAbove(normalized.origin, at);
    if (next > 0 && next < normalized.origin.length && offsets.at(-1) !== next) offsets.push(next);
  }
  return offsets;
}

/** The index of the first of the ascending `values` above `value` (`values.length` when none is). */
function firstAbove(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
