/**
 * "Fake job", "scam offer", 虚假招聘: words that call an offer fake. As the work itself ("post fake job ads",
 * "your job is to write fake vacancies", 发布虚假招聘) they are scam work; said of the offer the writer asks about or
 * tells of ("What are the warning signs of a fake overseas job offer?", "my cousin got a fake job offer"), they are
 * the writer's judgement of that offer, not the job offered.
 */
import type { Rule } from "../content/rules.ts";

const SCAM_WORK_RULE_ID = "scam_work";
/** The words of `scam_work` that call an offer fake (its `together` set's first group). */
const FAKE_WORD = /^(?:fake|bogus|sham|non-?existent|虚假|骗局|假招聘|假工作)/;
/** "Scam" said of the offer: a scam job, a scam offer, a scam agency. */
const SCAM_WORD = /^(?:scam|scams)$/;
const OFFER_AFTER =
  /^[ -](?:(?:overseas|foreign|abroad|online|job) )?(?:jobs?|offers?|recruit\w*|ads?|advert\w*|vacanc\w*|agenc\w*|agents?|companies|company|employers?)\b/;
/** The writer asking whether the offer is one ("is this a scam?", "sounds like a scam"). */
const ASKED_BEFORE =
  /\b(?:is (?:it|this|that)|are (?:they|these)|(?:sounds?|looks?|seems?) like|if (?:it|this) is) (?:a |an )?$/;
/** A verb of making or spreading the fake offers, in the clause before them: the work is to produce them. */
const MAKING_BEFORE =
  /(?:\b(?:post|posts|posting|posted|create|creates|creating|write|writes|writing|publish|publishing|run|running|send|sending|share|sharing|spread|spreading|make|making|advertise|advertising|set up|setting up)\b|发布|发帖|发|制作|编|写|投放|挂|刷)[^.,;:!?。，；：！？\n]{0,24}$/;
const CLAUSE_REACH = 40;

/** A sentence asked outright: it ends in a question mark, or holds 吗. */
const ASKED_SENTENCE = /[?？]$|吗|嗎/;
const SENTENCE_END = /[.!?。！？\n]/;

/** The sentence around [start, end), with the mark that ends it. */
function sentenceAround(canonical: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(canonical.charAt(from - 1))) from--;
  let to = end;
  while (to < canonical.length && !SENTENCE_END.test(canonical.charAt(to))) to++;
  return canonical.slice(from, Math.min(canonical.length, to + 1)).trim();
}

/**
 * Whether a hit of `rule` at [start, end) in `canonical` only calls an offer fake (see above): in a sentence that
 * asks, only. Reports of lures ("lured by fake jobs in Thailand") and an ad's own "not a scam job" tell of the lure.
 */
export function onlyCallsOfferFake(canonical: string, rule: Rule, start: number, end: number): boolean {
  if (rule.id !== SCAM_WORK_RULE_ID || !ASKED_SENTENCE.test(sentenceAround(canonical, start, end))) return false;
  const words = canonical.slice(start, end);
  const before = canonical.slice(Math.max(0, start - CLAUSE_REACH), start);
  if (SCAM_WORD.test(words))
    return (
      (OFFER_AFTER.test(canonical.slice(end, end + CLAUSE_REACH)) || ASKED_BEFORE.test(before)) &&
      !MAKING_BEFORE.test(before)
    );
  return FAKE_WORD.test(words) && !MAKING_BEFORE.test(before);
}
