/**
 * A fee told as the most the law lets an agency charge workers ("the rules allow brokers to charge at most NT$1,800 a
 * month", 依法规定服务费上限为1800元): a labour department's rule described, not a fee asked of the reader. Both a law
 * and a limit must be named, and nothing asked of the reader: a fee priced before its limit is named ("processing fee
 * 4 lakh, permitted by law up to this max", 中介费8万元，依法规定最高可收取), the writer's own fee ("our service fee is
 * at most…") or a fee the text asks to be paid ("pay it into our account", 交了就能去) stays the fee, whatever law it names.
 */
import type { LineBreaks } from "./lines.ts";

/** A law or a labour authority named: not "rules" or 规定 alone, which a company says of its own fee too. */
const LAW =
  /\b(?:by law|the law|the regulations?|government regulations?|(?:labou?r|employment|emigration|immigration) (?:law|act|code|regulations?)|regulations? of the|ordinance|statute|poea|dmw|(?:department|ministry|bureau|office) of (?:labou?r|employment|manpower)|(?:labou?r|employment|manpower) (?:department|ministry|bureau|office|authority))\b|依法|法律|法规|法令|法例|条例|劳动部|劳工部|劳动局|劳工局|劳工处|劳动部门|人力部/;
/**
 * The state's rule named (国家规定, 我国有关规定): the law only where the sentence tells it of agencies and workers in
 * general (外派劳务企业向劳务人员收取的服务费不得超过…, 向外派劳务人员的收费金额不能超过…). A recruiter saying 根据国家规定，仲介费不超过五万 before its
 * job is citing a rule while charging.
 */
const STATE_RULE = /(?:我国|国家|政府|中国)(?:的)?(?:有关|相关)?规定/;
const CHARGED_TO_WORKERS_IN_GENERAL =
  /向[^，。,；;]{0,6}?(?:劳务人员|劳工|移工|工人|外劳|求职者|劳动者|务工人员|员工|雇员)[^，。,；;]{0,4}?收/;
const lawNamed = (sentence: string): boolean =>
  LAW.test(sentence) || (STATE_RULE.test(sentence) && CHARGED_TO_WORKERS_IN_GENERAL.test(sentence));
/** Capping words only: "up to", "max" and 最多 price a recruiter's own fee as often as a law's limit. */
const LIMIT_SOURCE = String.raw`\b(?:(?:allowed|permitted) to (?:charge|collect)|may (?:charge|collect)|at most|not (?:exceeding|to exceed|more than)|must not exceed|no more than|capped|a maximum of)\b|上限|不得超过|不可超过|不能超过|不超过|最高不得`;
const LIMIT = new RegExp(LIMIT_SOURCE);
/** A fee to be paid by the reader: now, first, into an account, on signing, or as what going takes (交了就能去). */
const ASKED_NOW =
  /\b(?:pay (?:it |them |this |the \w+ )?(?:now|first|today|before|to|into|in|at|on|upon|via|through)\b|payable\b|upon signing|on signing|once (?:you )?(?:pay|paid)|after paying|send (?:it|the money)|to reserve)\b|先交|先付|马上交|立即交|尽快交|转账|汇款|打款|付款|付清|交清|缴清|签约时|签合同时|(?:交|付|缴)(?:了|完|齐)就/;
/** The writer's own fee: an agency telling its charge, not the law's limit for everyone. */
const OWN_FEE = /\b(?:our|we|us|company rules?|company policy)\b|本公司|我司|我们|公司规定|按公司/;
/** A limit named right before an amount ("a maximum of TWD 1,800", "上限为1800元", "不得超过新台币1,800元"). */
const LIMIT_BEFORE_AMOUNT = new RegExp(`(?:${LIMIT_SOURCE}).{0,12}$`);
/**
 * An amount right after the fee's word, before any limit is named: the fee's price ("processing fee 4 lakh",
 * 仲介费20万台币, "placement fee: ₱120k").
 */
const PRICED_AFTER =
  /^[\s:：=]{0,2}(?:(?:is|of|at|amounting to|为|是|共|要|需)\s?)?(?:[a-z]{1,3}\s?\$|[$₱₹¥￥€£]|(?:rs|php|inr|npr|lkr|bdt|usd|twd|ntd|nt|rmb|cny|hkd|sgd|myr|rm|aed|sar|qar|jpy|krw)\b|新台币|台币|人民币|港币|日币|日元)?\s?(?:\d|[一二两三四五六七八九十百几]+[万千])/;

/**
 * Whether the fee in `sentence` is the writer's own, or `text` asks the reader to pay (anywhere: "capped by law at 2
 * lakh; once you pay, you fly"): never the law's limit then.
 */
export function feeAskedOfReader(sentence: string, text: string): boolean {
  return OWN_FEE.test(sentence) || ASKED_NOW.test(text);
}

/**
 * Whether the fee at `start`–`end` of normalised `text` (its word, or its amount when `isAmount`) is told as the law's
 * limit for workers in general, not asked of the reader.
 */
export function feeCappedByLaw(
  text: string,
  lines: LineBreaks,
  start: number,
  end: number,
  isAmount: boolean,
): boolean {
  const sentence = sentenceAround(text, lines, start, end);
  if (!lawNamed(sentence) || !LIMIT.test(sentence) || feeAskedOfReader(sentence, text)) return false;
  return isAmount
    ? LIMIT_BEFORE_AMOUNT.test(text.slice(Math.max(0, start - 24), start))
    : !PRICED_AFTER.test(text.slice(end, end + 24));
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
  return (lawNamed(text) && LIMIT.test(text)) || BARRED_FROM_WORKERS.test(text);
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
