/**
 * A fee told as the most the law lets an agency charge ("the rules allow brokers to charge at most NT$1,800 a month",
 * 依法规定服务费上限为1800元): a labour department's rule or a lawful agency describing it, not a fee asked of the
 * reader. Both a law and a limit must be named; a fee to be paid now ("pay it first", 先交) stays the fee.
 */
import type { LineBreaks } from "./lines.ts";

const LAW =
  /\b(?:law|laws|legal|regulations?|rules|ministry|act|ordinance|statute|poea|dmw|(?:department|ministry|bureau|office) of (?:labou?r|employment|manpower)|(?:labou?r|employment|manpower) (?:department|ministry|bureau|office|authority))\b|依法|法规|法令|规定|法例|条例|劳动部|劳工部|劳动局|劳工局|劳工处|人力部/;
const LIMIT =
  /\b(?:allowed|permitted|permits?|at most|not (?:exceeding|to exceed|more than)|no more than|maximum|max|capped|cap|up to)\b|上限|最高|最多|不得超过|不可超过|不能超过|不超过|可收取|准许|允许/;
const ASKED_NOW =
  /\b(?:pay (?:it |them |the \w+ )?(?:now|first|today|before)|send (?:it|the money)|to reserve)\b|先交|先付|马上交|立即交|尽快交|转账/;

/** Whether `sentence`, the one a fee stands in, tells the fee as the law's limit, not as one asked now. */
export function feeCappedByLaw(sentence: string): boolean {
  return LAW.test(sentence) && LIMIT.test(sentence) && !ASKED_NOW.test(sentence);
}

/**
 * A fee barred from the workers ("the processing fee cannot be recovered from temporary foreign workers", 不得向劳工收取):
 * a rule told to the employer who hires them, so the fee is the employer's.
 */
const BARRED_FROM_WORKERS =
  /\b(?:cannot|can't|must not|may not|shall not|is not to|are not to)(?: be (?:paid|charged|recovered|deducted|collected|passed on)(?: (?:by|to|from|on)| nor be (?:paid|charged|recovered|deducted|collected) (?:by|to|from))?)[^.;!?]{0,24}?\b(?:the |temporary |foreign |migrant )*(?:workers?|employees?|candidates?|applicants?)\b|不得(?:向|由|从)(?:劳工|工人|员工|移工|外劳|外籍劳工|劳务人员|求职者)(?:收取|负担|支付|承担|扣除)/;
/** A sum the employer pays for each worker or post it asks for ("$1,000 for each position requested", 每个职位). */
const PER_WORKER_HIRED =
  /\b(?:for each|per|a) (?:worker|position|post|vacancy|employee)\b|每(?:个|名|位)?(?:职位|岗位|工人|移工|劳工|员工|外劳)/;

/**
 * Whether `text` may tell a fee as the law's limit or bar one from the workers: read once per message, so that the
 * sentences of its fees are looked at only where it may (most offers name no law).
 */
export function mayTellFeeRules(text: string): boolean {
  return (LAW.test(text) && LIMIT.test(text)) || BARRED_FROM_WORKERS.test(text);
}

/** Whether `sentence` bars a fee from the workers, and the text asks no one to pay now. */
export function feeBarredFromWorkers(sentence: string, text: string): boolean {
  return BARRED_FROM_WORKERS.test(sentence) && !ASKED_NOW.test(text);
}

/** Whether the sum in `sentence` is what an employer pays per worker hired, in a `text` that bars fees from workers. */
export function employerPaysPerWorker(sentence: string, text: string): boolean {
  return PER_WORKER_HIRED.test(sentence) && BARRED_FROM_WORKERS.test(text) && !ASKED_NOW.test(text);
}

/** Chinese and other written sentence ends; English full stops are gone from the normalised text (see LineBreaks). */
const SENTENCE_END_CHAR = /[。！？!?；;]/;

/** How far (normalised characters) a sentence is read on each side of a fee: a long unbroken text is no sentence. */
const SENTENCE_REACH = 240;

/** The sentence of normalised `text` that holds `start`–`end`, within its line. */
export function sentenceAround(text: string, lines: LineBreaks, start: number, end: number): string {
  let from = Math.max(lines.sentenceStart(start), lines.lineStart(start), start - SENTENCE_REACH);
  const to = Math.min(lines.sentenceEnd(start, text.length), lines.lineEnd(end - 1, text.length), end + SENTENCE_REACH);
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
