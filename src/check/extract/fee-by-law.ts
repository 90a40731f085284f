/**
 * A fee told as the most the law lets an agency charge ("the rules allow brokers to charge at most NT$1,800 a month",
 * 依法规定服务费上限为1800元): a labour department's rule or a lawful agency describing it, not a fee asked of the
 * reader. Both a law and a limit must be named; a fee to be paid now ("pay it first", 先交) stays the fee.
 */
import type { LineBreaks } from "./lines.ts";

const LAW =
  /\b(?:law|laws|legal|regulations?|rules|ministry|department of labou?r|act|poea|dmw)\b|依法|法规|法令|规定|法例|条例|劳动部|劳工部|劳动局/;
const LIMIT =
  /\b(?:allowed|permitted|permits?|at most|not (?:exceeding|to exceed|more than)|no more than|maximum|max|capped|cap|up to)\b|上限|最高|最多|不得超过|不可超过|不能超过|不超过|可收取|准许|允许/;
const ASKED_NOW =
  /\b(?:pay (?:it |them |the \w+ )?(?:now|first|today|before)|send (?:it|the money)|to reserve)\b|先交|先付|马上交|立即交|尽快交|转账/;

/** Whether `sentence`, the one a fee stands in, tells the fee as the law's limit, not as one asked now. */
export function feeCappedByLaw(sentence: string): boolean {
  return LAW.test(sentence) && LIMIT.test(sentence) && !ASKED_NOW.test(sentence);
}

/** Chinese and other written sentence ends; English full stops are gone from the normalised text (see LineBreaks). */
const SENTENCE_END_CHAR = /[。！？!?；;]/;

/** The sentence of normalised `text` that holds `start`–`end`, within its line. */
export function sentenceAround(text: string, lines: LineBreaks, start: number, end: number): string {
  let from = Math.max(lines.sentenceStart(start), lines.lineStart(start));
  const to = Math.min(lines.sentenceEnd(start, text.length), lines.lineEnd(end - 1, text.length));
  for (let at = start - 1; at >= from; at--) {
    if (SENTENCE_END_CHAR.test(text.charAt(at))) {
      from = at + 1;
      break;
    }
  }
  let stop = end;
  while (stop < to && !SENTENCE_END_CHAR.test(text.charAt(stop))) stop++;
  return text.slice(from, stop);
}
