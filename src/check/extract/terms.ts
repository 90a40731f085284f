/**
 * Finds, in one pass over the normalised text, every place of `src/content/places.ts` (countries, towns, compounds,
 * border crossings, in every written form listed) and every term of the rules in `src/content/rules.ts` (job type,
 * perks, travel arrangements, documents, contact channel, urgency, secrecy, fees, debts, lawful signs). The content
 * decides what each term means; this module only finds terms, joins the words that must meet in a clause
 * (`Rule.together`), and drops negated ones ("不收押金", "押金：无", "no placement fee").
 */
import { CITY_NAMES_ALSO_AT_HOME, MOVE_TO_PLACE, PLACES, type Place, type PlaceTier } from "../../content/places.ts";
import { documentCopies } from "../../text/document-copy.ts";
import { literalGate } from "../../text/literal-gate.ts";
import { RULES, WORDS_CONTAINING_TERMS, togetherSets, type Rule } from "../../content/rules.ts";
import { TermMatcher, type TermEntry, type TermHit } from "../match.ts";
import type { Reader } from "../../text/read-text.ts";
import { gluedWordStarts } from "./glued.ts";
import {
  feeAskedOfReader,
  feeBarredFromWorkers,
  feeCappedByLaw,
  mayTellFeeRules,
  sentenceAround,
} from "./fee-by-law.ts";
import { LineBreaks } from "./lines.ts";

/** One way of saying a rule with words that must meet: how many groups it has. */
interface WordsThatMeet {
  rule: Rule;
  groups: number;
  /** The groups' words meet only in their order (`TermGroups.ordered`). */
  ordered: boolean;
  /** The groups' words meet only within one clause (`TermGroups.inClause`, `Rule.togetherInClause`). */
  inClause: boolean;
}

type Term =
  | { kind: "rule"; rule: Rule; beforePlace?: boolean }
  | { kind: "part"; words: WordsThatMeet; group: number }
  | { kind: "place"; place: Place }
  | { kind: "word" };

/** Built on first use: loading the check costs nothing until an offer is read. */
let matcher: TermMatcher<Term> | undefined;

function buildMatcher(): TermMatcher<Term> {
  const entries: TermEntry<Term>[] = [];
  // One value object per place, per rule and per group, so the matcher's cap on repeats counts per each.
  for (const place of PLACES) {
    const value: Term = { kind: "place", place };
    for (const term of withJoinedWords(place.names)) entries.push({ term, value });
    for (const term of place.abbreviations ?? []) entries.push({ term, value, needsHanNeighbour: true });
  }
  for (const rule of RULES) {
    const value: Term = { kind: "rule", rule };
    for (const term of bothLanguages(rule.terms)) entries.push({ term, value });
    const beforePlace: Term = { kind: "rule", rule, beforePlace: true };
    for (const term of bothLanguages(rule.termsBeforePlace)) entries.push({ term, value: beforePlace });
    for (const set of togetherSets(rule)) {
      const words: WordsThatMeet = {
        rule,
        groups: Math.max(set.zh?.length ?? 0, set.en?.length ?? 0),
        ordered: set.ordered === true,
        inClause: set.inClause === true || rule.togetherInClause === true,
      };
      for (const groups of [set.zh ?? [], set.en ?? []]) {
        groups.forEach((group, index) => {
          const part: Term = { kind: "part", words, group: index };
          for (const term of group) entries.push({ term, value: part });
        });
      }
    }
  }
  const word: Term = { kind: "word" };
  for (const term of WORDS_CONTAINING_TERMS) entries.push({ term, value: word });
  return new TermMatcher(entries);
}

/** A rule's terms in both languages, Latin ones of several words also hyphenated and joined. */
function bothLanguages(terms: Rule["terms"]): string[] {
  return withJoinedWords([...(terms?.zh ?? []), ...(terms?.en ?? [])]);
}

/**
 * Latin terms of several words also as one word ("customerservice", "phnompenh"): words spelled out letter by
 * letter to slip past filters lose the space between them when normalisation joins the letters.
 */
function withJoinedWords(terms: readonly string[]): string[] {
  return terms.flatMap((term) =>
    /^[a-z]+(?: [a-z]+)+$/.test(term)
      ? [term, term.replaceAll(" ", "-"), ...(term.length >= 8 ? [term.replaceAll(" ", "")] : [])]
      : [term],
  );
}

/**
 * A negation just before a term, within the same clause (Taglish "walang", Malay "tiada" and "bukan", Indonesian
 * "tanpa", Hinglish "nahi" too). Words that only begin with a negating character are not
 * negations: 非法 (illegal), 非常 (very), 免费 (free), 无论 (whatever), 不少 (plenty), 不错 (good), 不断, 不仅, 不但,
 * 不管, 不同 (different), 不久 (soon), 不过 (but), 不良 (bad), 不足 (short of), 不单 / 不只 / 不光 (not only); nor is
 * 以免 (lest: "以免名额被抢请先交押金"). A ban (禁止, 严禁) negates what it bans.
 */
const NEGATION_BEFORE =
  /不(?![少错断仅但管同久过良足单只光])|无(?!论)|(?<!以)免(?!费)|没|勿|别|未|非(?![法常])|零|禁止|严禁|\bno\b|\bnot\b|\bcannot\b|\bnever\b|\b(?:dont|doesnt|didnt|cant|wont|isnt|arent)\b(?! (?:miss|delay|worry|hesitate|wait))|\bwithout\b|\bfree of\b|\bzero\b|n't\b|\bnor\b|\bwala(?:ng)?\b|\btiada\b|\btanpa\b|\b(?:tidak|tak) ada\b|\bbebas\b|\bbukan\b|\bnahi\b|\bnahin\b/;
/**
 * A negation just after a term ("押金：无", "中介费全免", "机票自理", "fees: none", "deposit not required", Malay
 * "tanggung sendiri": borne by oneself), or the answer to the term asked as a question or put as a label ("Visa
 * guaranteed? No.", "Fee: no", "包下签吗？不包"). A bare "no" answers only when nothing follows it in its clause: "free
 * ticket. No smoking" and "free flight no medical needed" name another thing (the text read stops at the sentence's
 * end, see `isNegatedAfter`). 不用, 不需, 不要 and 不必 negate the term only before a verb of paying or nothing:
 * "押金不用交", but "包机票不用体检" waives a medical, not the ticket. "不退" (not refunded) and "不包括" in a list do
 * not negate the term before them.
 */
const NEGATION_AFTER =
  /^(?:\s?[吗么呢]?\s?[?？]\s?(?:否|不是|不会|不能|不保证|不包|没有|无)|\s?[?？:：=]\s?no\s?(?:$|[,;:!?，。；：！？)]))|^[\s:：=]{0,2}(?:一律)?(?:不(?:收|包|含|报|设|存在)|不(?:用|需要?|要|必)(?:$|[,;:!?，。；：！？]|(?:你|您|员工|工人|自己)?(?:交|缴|付|出|买|花|掏|给|承担|负担|自理|自付|自费|钱))|无(?!法)|免(?!签)|全免|没有|自理|自付|自费|为零|0元|零元|none\b|nil\b|waived|free\b|is free|are free|not (?:required|needed|charged|necessary|included|covered|paid|provided)|is not|are not|isn't|aren't|on your own|at your own|sendiri\b|sa sariling gastos|wala\b|tiada\b|percuma\b|libre\b|gratis\b)/;
/**
 * A question put as "A not A" (要不要, 是不是, 有没有, 能不能, 可不可以, 会不会): it asks, it negates nothing
 * ("你要不要来 机票我帮你出" still pays the ticket). Masked before negations are looked for.
 */
const A_NOT_A = /(\p{Script=Han})[不没]\1/gu;
function withoutAnotA(text: string): string {
  // Most clauses hold neither 不 nor 没: no scan of them (this runs around every term a text holds).
  if (!text.includes("不") && !text.includes("没")) return text;
  return text.replace(A_NOT_A, "问问问");
}
/** Clause ends, and closing quotes: a negation inside a quoted word (「不完美」) does not reach past it. */
const CLAUSE_BREAK_CHARS = ",;:!?。，；：！？、()[]【】」』”》";
const CLAUSE_BREAK_CODES = new Set([...CLAUSE_BREAK_CHARS].map((char) => char.charCodeAt(0)));
/** Sentence ends, as codes: words that must meet do so within one sentence (a span is read in place, not sliced). */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set([...";!?。；！？"].map((char) => char.charCodeAt(0)));
/** How far apart, in normalised characters, the words of a `together` rule may stand. */
const MAX_SPAN_HAN = 24;
const MAX_SPAN_LATIN = 64;
/** What stands between two items of a list of places: commas, "、", "/", "and", "和", "or", "或者". */
const LIST_GAP = /^[\s,，、/;；]{0,3}(?:和|及|与|或者|或是|或|and|or|&)?[\s,，、/;；]{0,3}$/;

/**
 * A negation that governs a list the term ends ("we don't ask for any deposit or processing fee", "no deposit, nor
 * any training fee"): it reaches past the earlier items, however long.
 */
const NEGATED_LIST_BEFORE =
  /(?:\bno\b|\bnot\b|n't\b|\bnever\b|\bwithout\b)[^,;:!?]{0,40}\b(?:or|nor)\s(?:any\s|a\s|an\s)?$/;
/** How far before a term a negation reaches: English words are longer ("no employment and placement fee"). */
const NEGATION_REACH_HAN = 12;
const NEGATION_REACH_LATIN = 24;
const HAN_CHAR = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * The law stated before the term: one cannot work on what follows ("you cannot work on a visitor visa", "foreigners
 * may not work on a tourist visa").
 */
const CANNOT_WORK_ON = String.raw`\b(?:you |one |foreigners |workers |visitors |tourists )?(?:cannot|can't|can not|may not|must not|are not allowed to|are not permitted to|is not allowed to|is not permitted to)(?: legally)? (?:work|be employed|take up work)\b`;
/**
 * Others warned of who tell the reader to do what follows ("recruiters who tell you to come on a visitor visa are
 * breaking the law", 任何叫你持旅游签入境的中介): a warning about them, not the route offered.
 */
const RECRUITERS_WHO_TELL = String.raw`\b(?:recruiters?|agents?|agencies|employers?|companies|anyone|people|those|brokers?) (?:who|that) (?:tells?|asks?|advises?|instructs?|urges?|wants?) (?:you|workers|applicants|people|them) to\b|(?:任何|那些|凡是?)[^，。,]{0,6}?(?:叫|让|要求|建议|教)你`;
/**
 * The reader told not to travel, work or take a job in the way that follows ("never travel on a tourist visa", "do not
 * accept jobs that…", 请勿持旅游签入境工作, 千万不要用旅游签去打工): advice, not the route offered. Only an imperative
 * with a verb of going or taking: a lure's "you don't need a work permit", 不要担心签证 or 不要办工作签 tells the reader
 * what the route spares them.
 */
const TOLD_NOT_TO = String.raw`(?:please )?(?:never|do not|don't|dont) (?:travel|go|come|fly|leave|enter|arrive|work|accept|take|use|agree)\b(?! (?:on |with |under )?(?:a |an |your )?(?:work|working|employment) (?:visa|permit)\b)|(?:请|务必)?(?:请勿|切勿|勿|千万不要|千万别|不要|别|不可|不能|不得|不准|严禁|禁止)(?:持|用|以|拿|使用|凭)(?!工作签|工签|工作证|劳工证|工作许可|工作准证)|${CANNOT_WORK_ON}|${RECRUITERS_WHO_TELL}`;
/** Chinese verbs of impersonation, for the warnings before and after a term. */
const IMPERSONATE_ZH = "冒充|假冒|冒用|冒名";
/**
 * A warning about the red flag that follows in its clause ("小心收取押金的中介", "beware of agents who charge placement
 * fees"), or the red flag put as a case to report ("如有人收取费用", "if anyone asks you to pay a placement fee"):
 * advice in a lawful ad or article names the red flag to warn of it, and is not the red flag.
 */
const WARNING_BEFORE = new RegExp(
  [
    "小心|谨防|提防|当心|警惕|慎防|防范|识别|如有人|若有人|如果有人|凡有人|凡要求|凡是要求|若遇到|如遇到",
    // A term defined, not offered ("这就是所谓的黑工", "what people call black work").
    String.raw`(?:就是|即是|即|叫做|称为|称作)所谓的?|\bwhat (?:is|are|people|we|they) call(?:ed|s)?\b`,
    String.raw`\b(?:beware|be wary|be aware|watch out|careful of|be careful|be cautious|guard against)\b`,
    String.raw`\bif (?:anyone|someone|somebody|anybody|an agent|a recruiter|an agency|you are asked|you're asked)\b`,
    // Someone impersonating the advertiser does what follows ("不法分子冒充本公司发布虚假招聘", "scammers are using our
    // company name to offer fake jobs"); "骗子冒充客服" names the lure's own job.
    String.raw`(?:${IMPERSONATE_ZH})(?:本|我|贵)(?:公司|司|行|单位)|(?:以|用)(?:本|我)(?:公司|司)(?:的)?名义`,
    String.raw`\b(?:posing as (?:us|our)|pretending to be (?:us|our)|impersonat\w* (?:us|our)|using our (?:company )?name|in our name)\b`,
    // The reader told, at the start of the clause, not to travel, work or take a job that way (see TOLD_NOT_TO).
    String.raw`^\s?(?:${TOLD_NOT_TO})`,
  ].join("|"),
);
/**
 * "Never" rules out a negatable red flag anywhere in its clause ("we never ask candidates for a security deposit"); a
 * lure's own "never" ("you never need experience for this customer service job") rules out no job or pay.
 */
const NEVER = /\bnever\b/;
/** After a warning, an instruction to the reader begins the offer's own terms: what follows is not warned of. */
const WARNING_ENDED = /\bonly\b|只需|只要|只收/;
/** After "never", a second claim joined by "and" or "but" is not ruled out by it. */
const NEVER_ENDED = /\b(?:and|but|while)\b/;
/** Either, looked for once in the whole text. */
const WARNING_OR_NEVER = literalGate(new RegExp(`${WARNING_BEFORE.source}|${NEVER.source}|${TOLD_NOT_TO}`));
/** Warnings reach further back than a negation: "beware of illegal recruiters who ask for processing fees". */
const WARNING_REACH_HAN = 20;
const WARNING_REACH_LATIN = 56;
/**
 * Advice right after the red flag, in its sentence: to be careful ("跟你要仲介费的，请自行评估小心了": addressed to
 * the reader with 请, 要, 务必, not a remark about the job), to report it ("请立即举报", "report it to the DMW"), or
 * that someone impersonates the advertiser.
 */
const WARNING_AFTER = new RegExp(
  [
    String.raw`^[^。！？!?\n]{0,10}?(?:请|要|务必|须|需)[^。！？!?\n]{0,4}?(?:小心|当心|警惕|提防|谨慎)`,
    // Not a new case put after it ("先交中介费，如有人冒充本公司请举报": the report is of the impersonation).
    String.raw`^[^。！？!?\n如若]{0,10}?(?:请|可|应)[^。！？!?\n]{0,6}?(?:举报|检举|报警|投诉)`,
    String.raw`^[^.!?\n]{0,16}?\breport (?:it|them|this)\b`,
    // Told not to believe it ("刷单都是诈骗，请勿轻信").
    String.raw`^[^。！？!?\n]{0,10}?(?:请勿|切勿|不要|千万别|千万不要)(?:轻信|相信|上当)`,
    // A notice's heading ("诈骗警讯", "recruitment scam alert"): the word names what the notice warns of.
    String.raw`^[\s:]{0,2}(?:警讯|警示|预警|提醒|\balerts?\b|\bwarnings?\b)`,
    // Someone impersonating the advertiser ("不法分子冒充本公司招聘", "fake recruiters are impersonating us", "scammers
    // are using our company name").
    String.raw`^[^。！？!?\n，,]{0,6}?(?:${IMPERSONATE_ZH})`,
    String.raw`^[^.!?\n]{0,16}?\b(?:posing as|pose as|imperson|pretending to be|using our (?:company )?name|use our name|(?:in|under) our name)`,
  ].join("|"),
);

/**
 * The writer asking, at the end of the message, whether the offer is what the term names ("…, is this a scam?",
 * "…，会不会是骗局", "…係咪呃人㗎？", "…scam ba to?"): a question in the clause before the term ("是不是", "is it a"), or
 * a question mark or particle after it, with nothing of the offer after. Said inside an ad ("Are you good at scamming?
 * we train you", "是不是诈骗你懂的，高薪日结"), it stays the ad's own word.
 */
const ASKED_BEFORE =
  /(?:是不是|是否|会不会(?:是)?|有没有可能(?:是)?|系咪|是咪|怕是|\b(?:is|was) (?:this|it|that|the (?:job|offer|company|agency|agent|recruiter))(?: (?:a|an|just|all))?|\bcould (?:this|it|that) be(?: a| an)?)\s*$/;
const ASKED_PARTICLE = /[?？]|吗|嘛|么|咩|㗎|\bba\b|\bor (?:not|legit|real|what)\b/;
/** Nothing but a question's particles and marks to the end of the message. */
const ASK_ENDS_MESSAGE =
  /^(?:[\s?？!！.。~…的嘅吗嘛么吧呢咩呀啊㗎架]|\b(?:ba|to|po|ah|lah|la|or not|or legit|or real|or what)\b)*$/;
function isAskedAbout(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  if (!ASK_ENDS_MESSAGE.test(after)) return false;
  return ASKED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || ASKED_PARTICLE.test(after);
}

/**
 * Whether the clause before the term at `start` negates it (only for a `negatable` rule) or warns of it (any rule: a
 * warning about "high pay for easy work" names the lure's pay to warn of it).
 */
function isNegatedBefore(
  text: string,
  start: number,
  lines: LineBreaks,
  negatable: boolean | undefined,
  warned: boolean,
): boolean {
  if (!negatable && !warned) return false;
  const han = HAN_CHAR.test(text.charAt(start));
  // The clause before the term, back to the furthest a warning reaches (within its sentence); a negation reaches less
  // far into it.
  const from = Math.max(0, start - (han ? WARNING_REACH_HAN : WARNING_REACH_LATIN), lines.lineStart(start));
  let clauseStart = start;
  while (clauseStart > from && !CLAUSE_BREAK_CODES.has(text.charCodeAt(clauseStart - 1))) clauseStart--;
  const clause = withoutAnotA(text.slice(clauseStart, start));
  const negationReach = han ? NEGATION_REACH_HAN : NEGATION_REACH_LATIN;
  if (negatable && NEGATION_BEFORE.test(clause.slice(-negationReach))) return true;
  if (negatable && !han && NEGATED_LIST_BEFORE.test(clause)) return true;
  if (!warned) return false;
  const sentenceStart = lines.sentenceStart(start);
  const scope = sentenceStart > clauseStart ? text.slice(sentenceStart, start) : clause;
  // "Beware of fake agents - only pay the processing fee to us": what the reader is told to do after the warning is
  // the offer's own terms (the dash is gone once normalised). "We never delay wages and you pay a fee": "never" is
  // the first claim's, not the second's.
  const warning = WARNING_BEFORE.exec(scope);
  if (warning && !WARNING_ENDED.test(scope.slice(warning.index + warning[0].length))) return true;
  const never = negatable === true ? NEVER.exec(scope) : null;
  return never !== null && !NEVER_ENDED.test(scope.slice(never.index + never[0].length));
}

/**
 * A charge that someone else pays ("手续费由学校负担", "fees are paid by the employer") or that is refunded by rule
 * ("visa fee reimbursed per Home Office rules"): not a fee to the job seeker. A refund promised "on arrival" is not
 * one of these: the worker pays first, as lures ask.
 */
const PAID_BY_EMPLOYER_AFTER =
  /^[\s:：]{0,2}(?:全部|均|都|一律)?(?:由|是)?(?:学校|公司|雇主|我们|老板|用人单位|主办方|employer|company|school)(?:负担|承担|支付|负责|出|报销|全包|包)|^[\s:：]{0,2}(?:is |are |will be )?(?:paid|covered|borne|shouldered) by (?:the )?(?:employer|company|school|us)|^[\s:：]{0,2}(?:is |are |will be )?(?:reimbursed|refunded) (?:in full )?(?:by (?:the )?(?:employer|company|scheme|operator)|per |under |according to |in line with |as required by )/;

/**
 * A fee that someone else bears, said before it in its sentence: the employer covers the costs "including the visa
 * fee", workers are "exempted from" or "relieved of" the fees, 雇主承担全部费用,包括签证费, 免除/豁免 the charges. An
 * exception after it ("except the processing fee") keeps the fee the worker's.
 */
const BORNE_BY_OTHERS_BEFORE =
  /\b(?:bears?|shoulders?|covers?|absorbs?|pays? for|foots?)\b (?:all |the |any |every )?(?:of )?(?:the |their |your )?(?:\w+ ){0,2}(?:costs?|expenses|fees|charges)\b|\bexempt(?:s|ed)?\b|\brelie(?:ve|ves|ved)\b|\bwaive[sd]?\b|免除|豁免|(?:雇主|公司|老板|用人单位|政府)(?:全额|全部)?(?:承担|负担|支付|报销)(?:全部|所有|一切)?(?:的)?费用/;
const EXCEPTION = /\b(?:except|excluding|apart from|other than|but not|besides)\b|除了|除外|不包括/;
/**
 * The paying itself negated or banned right before the fee, however far the negation stands from the fee word ("will
 * not need to pay anything at all for their placement fees", "are prohibited from collecting placement fees", "it is
 * illegal to charge workers any recruitment fee", "the POEA prohibits manning agencies from collecting placement
 * fees").
 */
const PAYING_NEGATED_BEFORE =
  /(?:\b(?:not|never|no longer|don't|doesn't|won't|cannot|can't)\b(?: (?:need|needed|have|has|be|been|required|asked|expected|to|ever))* (?:pay|paying|charge|charging|collect|collecting)|\b(?:prohibited|banned|barred|forbidden) (?:from|to) (?:\w+ )?(?:charg|collect|ask)\w*|\b(?:prohibits?|prohibiting|bans?|banning|bars?|barring|forbids?|forbidding) (?:\w+ ){0,3}?from (?:charg|collect)\w*|\bnot (?:allowed|permitted) to (?:charge|collect)|\b(?:illegal|unlawful|against the law|prohibited|forbidden)(?: for(?: \w+){1,3})? to(?: (?:charge|collect|ask for|demand|take))?)(?: \w+){0,5} ?$/;
/**
 * Someone else named as paying the fee right after it, the fee perhaps one item of a list: "visa fees, will in
 * principle be borne by employers", 签证费、体检费和机票均由雇主承担. A new clause after it ("first, the flight will be
 * paid by the employer", "中介费两万,机票由公司承担") is about something else.
 */
const BORNE_BY_OTHERS_AFTER =
  /^(?:s?[\s,]{0,2}(?:(?:will|would|shall|are|is|must|to) )?(?:\w+ ){0,3}?(?:be )?(?:borne|paid|covered|shouldered|absorbed|reimbursed) by (?:the )?(?:employers?|company|companies|government|host)\b|(?:[、和及与或][^。；;，,、]{0,8}?){0,4}?(?:均|都|全部|一律|全)?由(?:雇主|公司|老板|用人单位|政府)(?:全额|全部)?(?:承担|负担|支付|报销|出))/;
/** How far after the fee its payer may be named: a short list and a modal verb ("…, will in principle be borne by"). */
const BORNE_AFTER_REACH = 64;

/**
 * The fee charged to the employer, told right before it with nobody else charged in between ("agencies may charge
 * employers a registration fee", 仲介公司得向雇主收取登记费及介绍费): the hiring firm's cost, not the reader's.
 */
const CHARGED_TO_EMPLOYER_BEFORE =
  /(?:\b(?:charges?|charged|charging|bills?|billed|invoices?|invoiced) (?:the |to the |to )?employers?\b|\bcollect(?:s|ed|ing)? from (?:the )?employers?\b|向(?:雇主|用人单位|企业|厂商)(?:收取|收))(?:(?!\b(?:workers?|applicants?|candidates?|you)\b|向)[^。；;!?])*$/;

/**
 * The employer named as the payer right before the fee, in its clause: "the employer shall be responsible for the visa
 * fee", "our principal covers the placement fee", 雇主承担签证费, 由公司支付仲介费. Not money paid to the company (向公司支付,
 * "pay the company"), nor a clause that turns to the reader's share ("but you pay", "you must pay", 你只需交) or collects
 * (公司收取手续费).
 */
const EMPLOYER_PAYS_BEFORE =
  /(?:\b(?:employers?|company|principal|sponsor|hospital|trust)\b(?: (?:will|shall|must|agrees to|is to))?(?: be)?(?: (?:fully|solely))? (?:responsible for|liable for|pays?(?: for)?|paying(?: for)?|covers?|covering|bears?|shoulders?|takes? care of|absorbs?)\b|(?<![向给往对])(?:雇主|公司|用人单位|老板|企业|政府|医院)(?:将|会|负责)?(?:全额|全部)?(?:承担|负担|支付|报销|负责|出|支(?=$)))(?:(?!\b(?:but|except|excluding|while|whereas)\b|\b(?:you|workers?|applicants?|candidates?) (?:pay|must|have|need|will|shall|should)\b)[^.;!?。；;，,！？收交缴扣])*$/;
/** The employer as the subject right before a paying verb that starts the fee's words ("employers pay the agency"). */
const EMPLOYER_SUBJECT_BEFORE =
  /\b(?:employers?|company|principal|sponsor|hospital)(?: (?:will|shall|must|also|directly|alone))? $|(?:雇主|用人单位|企业)$/;
const PAY_VERB_FIRST = /^(?:pay|paid|paying|cover|covers|covered|bears?|shoulders?|付|支付|承担)/;
/** A heading that lists what follows ("the following fees", 以下费用): its payer is the payer of the list's items. */
const LIST_HEADING = /\b(?:the following|as follows|listed below)\b|以下|如下|下列/;
/** The employer named as the payer in a heading ("Employers shall be responsible for the following fees:"). */
const EMPLOYER_PAYS_HEADING =
  /\b(?:employers?|company|principal|sponsor|hospital|trust)\b(?: (?:will|shall|must))?(?: be)? (?:responsible for|liable for|pays?(?: for)?|covers?|bears?|shoulders?)\b|\b(?:paid|borne|covered|shouldered) by (?:the )?(?:employers?|company|principal)\b|由(?:雇主|公司|用人单位|老板|企业|政府)(?:全额|全部)?(?:承担|负担|支付|报销|负责)/;
/** The reader named as the payer in a heading ("must be paid by you", 需本人先交). */
const READER_PAYS_HEADING = /\b(?:by you|you (?:pay|must|need|will|shall|have to))\b|本人|自行|自理|你|求职者/;
/** How many lines back a fee's list heading may stand. */
const HEADING_REACH_LINES = 8;

/** Whether the fee at `start` is an item of a list whose heading names the employer as the one who pays it. */
function isUnderEmployerPaysHeading(text: string, start: number, lines: LineBreaks): boolean {
  let lineStart = lines.lineStart(start);
  for (let back = 0; back < HEADING_REACH_LINES && lineStart > 0; back++) {
    const previousStart = lines.lineStart(lineStart - 1);
    const heading = text.slice(previousStart, lineStart);
    if (LIST_HEADING.test(heading)) return EMPLOYER_PAYS_HEADING.test(heading) && !READER_PAYS_HEADING.test(heading);
    lineStart = previousStart;
  }
  return false;
}

function isBorneByOthersBefore(text: string, start: number, rule: Rule, lines: LineBreaks): boolean {
  if (rule.category !== "fees") return false;
  const sentence = text.slice(Math.max(lines.sentenceStart(start), lines.lineStart(start)), start);
  if (PAYING_NEGATED_BEFORE.test(sentence) || CHARGED_TO_EMPLOYER_BEFORE.test(sentence)) return true;
  if (EMPLOYER_PAYS_BEFORE.test(sentence) || isUnderEmployerPaysHeading(text, start, lines)) return true;
  if (EMPLOYER_SUBJECT_BEFORE.test(sentence) && PAY_VERB_FIRST.test(text.slice(start, start + 12))) return true;
  const borne = BORNE_BY_OTHERS_BEFORE.exec(sentence);
  return borne !== null && !EXCEPTION.test(sentence.slice(borne.index));
}

function isBorneByOthersAfter(text: string, end: number, rule: Rule, lines: LineBreaks): boolean {
  return (
    rule.category === "fees" &&
    BORNE_BY_OTHERS_AFTER.test(text.slice(end, Math.min(end + BORNE_AFTER_REACH, lines.lineEnd(end - 1, text.length))))
  );
}

/**
 * A fee the law caps ("agency fees are capped at 10% of the first month's salary", 佣金不得超过首月工资的10%): a
 * labour department's rule describing it, not a charge asked, unless its sentence asks the reader to pay it.
 */
const CAPPED_BY_LAW_AFTER =
  /^[\s:：]{0,2}(?:依法|按法例)?(?:不得超过|不可超过|不能超过|上限为)|^[\s:：]{0,2}(?:is |are |shall be |must be )?(?:capped at|(?:may|must|shall|cannot|can't) not? ?exceed)/;

/**
 * A perk the writer pays for themselves ("I paid for my own ticket", "机票自己买的"): no one else pays it. Read in the
 * perk's own words and just before them.
 */
const SELF_PAID = /\b(?:my|your|our|his|her|their) own\b|自己|自行|自费|自掏腰包/;
const SELF_PAID_REACH = 12;

/**
 * A cost split between the writer and the reader ("机票我出，住宿你出", "车费我出一半，你出一半"): friends sharing a trip,
 * not a recruiter paying the way. Read in the sentence just after the writer's share.
 */
const SHARE_OF_THE_READER = /^[^。；！？;!?]{0,12}?(?:你出|你们出|各出|你付|你们付)/;

function isSelfPaid(text: string, start: number, end: number, rule: Rule, lines: LineBreaks): boolean {
  return (
    rule.category === "perks" &&
    (SELF_PAID.test(text.slice(Math.max(lines.lineStart(start), start - SELF_PAID_REACH), end)) ||
      (text.slice(start, end).endsWith("我出") &&
        SHARE_OF_THE_READER.test(text.slice(end, lines.lineEnd(end - 1, text.length)))))
  );
}

/**
 * A perk earned only after probation or a term of service ("air ticket refunded after probation", 试用期满后报销机票,
 * 转正后报销): the worker pays the way there, as with any employer's home-leave or relocation refund. A fare paid up
 * front or refunded "on arrival" is still the recruiter paying the way.
 */
const DEFERRED_BEFORE =
  /(?:试用期(?:满|结束)后?|转正后|满(?:一|半|两|[0-9]+)年后?|合同期满后?|after (?:the )?probation)[\s,，]{0,2}(?:公司|老板)?(?:报销|全额报销|退还|补贴|承担)?(?:的)?$/;
const DEFERRED_AFTER =
  /^[^。；;.!?\n]{0,14}?(?:after (?:the |your )?(?:probation|probationary period|\d+ months?|six months|one year|a year|completing)|(?:up)?on completion|试用期(?:满|结束)|转正|合同期满)/;
const DEFERRED_REACH = 10;

function isDeferredPerk(text: string, start: number, end: number, rule: Rule, lines: LineBreaks): boolean {
  if (rule.category !== "perks") return false;
  const before = text.slice(Math.max(lines.lineStart(start), start - DEFERRED_REACH), start);
  const after = text.slice(end, Math.min(end + AFTER_REACH, lines.lineEnd(end - 1, text.length)));
  return DEFERRED_BEFORE.test(before) || DEFERRED_AFTER.test(after);
}

/** How far after a term a negation or a warning is read ("scammers are using our company name"). */
const AFTER_REACH = 32;

function isNegatedAfter(text: string, end: number, rule: Rule, lines: LineBreaks): boolean {
  if (rule.negatable !== true) return false;
  // Within the term's sentence: normalisation drops the full stop of "free ticket. No passport? We arrange it".
  const stop = Math.min(
    end + AFTER_REACH,
    lines.lineEnd(end - 1, text.length),
    lines.sentenceEnd(end - 1, text.length),
  );
  const after = withoutAnotA(text.slice(end, stop));
  return (
    NEGATION_AFTER.test(after) ||
    WARNING_AFTER.test(after) ||
    (rule.category === "fees" &&
      (PAID_BY_EMPLOYER_AFTER.test(after) ||
        (CAPPED_BY_LAW_AFTER.test(after) && !feeAskedOfReader(sentenceAround(text, lines, end - 1, end), text))))
  );
}

/**
 * The law stated right after a visa's term: its holders cannot work ("visitor visa holders cannot work in the UK",
 * 持旅游签不能工作, 觀光簽證不得工作): the law told, not the route offered.
 */
const CANNOT_WORK_AFTER =
  /^\s?(?:holders? |签证 ?|证)?(?:cannot|can't|can not|may not|must not|do not allow|does not allow|doesn't allow|are not allowed to|is not allowed to|are not permitted to|is not permitted to|不能|不得|不可|不允许|不准|禁止|无法)(?: legally)?\s?(?:在(?:当地|国外|境外|海外)?)?(?:work|be employed|工作|打工|就业|务工|上班)/;
/** Whether a travel term is followed by the law that its holders cannot work. */
function isWorkBarredAfter(text: string, end: number, rule: Rule): boolean {
  return rule.category === "travel" && CANNOT_WORK_AFTER.test(text.slice(end, end + AFTER_REACH));
}

/** What joins the items of a list/** What joins the items of a list: "、", a comma, a slash, "和", "及", "或", "or", "and". */
const LIST_JOIN = /^[\s、,，/]{0,2}(?:和|及|或|与|or|and|nor)?[\s、,，/]{0,2}$/;

/**
 * Whether `hit` is the next item of a list whose earlier item of the same rule was negated: "不收报名费、押金",
 * "no placement fee or deposit" negate every item, not only the first.
 */
function nextInNegatedList(text: string, hit: TermHit<Rule>, negated: readonly TermHit<Rule>[]): boolean {
  const previous = negated.findLast((other) => other.value === hit.value && other.end <= hit.start);
  return previous !== undefined && hit.start - previous.end <= 6 && LIST_JOIN.test(text.slice(previous.end, hit.start));
}

/** How far (normalised characters: a space, "the") a place may stand after a term that must come right before one. */
const PLACE_AFTER_GAP = 4;
/**
 * The places a term that must come right before one moves a person into: the compounds' own, and Russia, where
 * "army helper" brokers send recruits (see the war_work rule's sources).
 */
const MOVED_INTO_TIERS: ReadonlySet<PlaceTier> = new Set(["hotspot", "risk-country"]);
const MOVED_INTO_COUNTRIES: ReadonlySet<string> = new Set(["ru"]);
const movesInto = (place: Place): boolean =>
  MOVED_INTO_TIERS.has(place.tier) || MOVED_INTO_COUNTRIES.has(place.country);
/**
 * Deceived, lured, trafficked or smuggled there: the lie or the crossing is in the verb, so any country abroad is the
 * lure's destination (a guest is "taken to" a Dubai hotel, no one is "lured to" one). Not the Chinese readers' own
 * places, where "骗到深圳" is a domestic fraud.
 */
const DECEIT_VERB = /骗|拐|贩|偷渡|lured|tricked|duped|trafficked|smuggled/;
/**
 * "Ended up in Myanmar": a bait and switch only where the sentence speaks of a job ("answered ads for jobs in Thailand
 * and ended up in Myanmar"); a road trip ends up somewhere too.
 */
const ENDED_UP = /ended up|wound up|found (?:themselves|himself|herself)/;
const JOB_WORD = /\b(?:jobs?|work|recruit\w*|hired|employ\w*|offer\w*)\b/;
function jobInSentence(text: string, at: number, lines: LineBreaks): boolean {
  return JOB_WORD.test(text.slice(lines.sentenceStart(at), lines.sentenceEnd(at, text.length)));
}
const CHINESE_READERS_HOME = new Set(["cn", "hk", "tw", "mo"]);
const deceivedInto = (verb: string, place: Place): boolean =>
  DECEIT_VERB.test(verb) && (place.tier !== "elsewhere" || !CHINESE_READERS_HOME.has(place.country));

/** Enough repeats to see past a few negated mentions ("不收押金") to a real one; more add nothing. */
const MAX_HITS_PER_TERM_SET = 8;

export interface FoundTerms {
  /** Rule hits, negated ones removed, overridden ones removed, ordered by start. */
  rules: TermHit<Rule>[];
  /** Place mentions; a longer name wins over a name inside it (KK园区 over KK). */
  places: TermHit<Place>[];
  /** Places named only as one item of a list of three or more (a company's offices, not the workplace). */
  listedPlaces: TermHit<Place>[];
  /** Where the lines and list items of the text start: clause ends for words that must meet. */
  lines: LineBreaks;
}

interface PartHit {
  group: number;
  start: number;
  end: number;
}

/** Stands in for a rule's term where negations are looked for: no negation, no clause break, one character each. */
const MASK = "·";

/** An item of a list follows: "or", "nor", "and", "、", "或", "和", "及", "与", "/". */
const LIST_CONTINUES = /^[\s,，]{0,2}(?:or\b|nor\b|and\b|[、或和及与/])/;
/** NEGATION_BEFORE tried at the start of a term's words only (sticky): a match further in says nothing here. */
const NEGATION_AT_START = new RegExp(NEGATION_BEFORE.source, "y");

/** A red flag's words that begin with a negation: 免經驗, 不限學歷, 无需经验, "no experience". */
function isNegativeRedFlag(text: string, hit: TermHit<Term>): boolean {
  return (
    hit.value.kind === "rule" &&
    hit.value.rule.category !== "lawful" &&
    startsWithNegation(text.slice(hit.start, hit.end)) &&
    // "No experience or degree required": its negation covers the list it begins.
    !LIST_CONTINUES.test(text.slice(hit.end, hit.end + 6))
  );
}

function startsWithNegation(words: string): boolean {
  NEGATION_AT_START.lastIndex = 0;
  return NEGATION_AT_START.test(words);
}

/**
 * `text` with the red flags that are negative phrases blanked out, for finding negations: such a flag's negation is
 * its own word and negates none of its neighbours ("免經驗 護照交給公司"). Lawful signs ("不收押金") still negate.
 */
function withRuleTermsMasked(text: string, hits: readonly TermHit<Term>[]): string {
  let masked = "";
  let from = 0;
  const terms = hits.filter((hit) => isNegativeRedFlag(text, hit)).sort((a, b) => a.start - b.start);
  for (const hit of terms) {
    if (hit.start < from) continue;
    masked += text.slice(from, hit.start) + MASK.repeat(hit.end - hit.start);
    from = hit.end;
  }
  return from === 0 ? text : masked + text.slice(from);
}

/**
 * A term of a rule about the document itself (`notOfACopy`) that ends inside a copy of one ("send your passport" in
 * "send your passport copy"); "复印护照交公司" still hands the passport over after copying it.
 */
function ofACopy(hit: TermHit<Term>, copies: readonly { start: number; end: number }[]): boolean {
  const value = hit.value;
  const rule = value.kind === "rule" ? value.rule : value.kind === "part" ? value.words.rule : undefined;
  return (
    rule?.notOfACopy === true &&
    copies.some((copy) => hit.start < copy.end && copy.start < hit.end && hit.end <= copy.end)
  );
}

/** The terms of a message, found once for the router and the check. */
export const termsOf: Reader<FoundTerms> = (read) =>
  findTerms(read.canonical, LineBreaks.of(read.text, read.normalized), gluedWordStarts(read.text, read.normalized));

/**
 * The terms of canonical `text`, whose lines start at `lines`; a word may also start at `wordStarts` (after a glued
 * one-letter word).
 */
export function findTerms(text: string, lines = LineBreaks.NONE, wordStarts?: ReadonlySet<number>): FoundTerms {
  matcher ??= buildMatcher();
  const rules: TermHit<Rule>[] = [];
  const places: TermHit<Place>[] = [];
  const parts = new Map<WordsThatMeet, PartHit[]>();
  const negatedHits: TermHit<Rule>[] = [];
  const beforePlace: TermHit<Rule>[] = [];
  const all = matcher.find(text, MAX_HITS_PER_TERM_SET, wordStarts);
  const words = all.filter((hit) => hit.value.kind === "word");
  // A Chinese place name is a word too: a term that starts or ends inside it reads across a word boundary (黑工 in
  // 慕尼黑工厂 is Munich's factory, not work without papers). Place names only bound terms: places may overlap places.
  const hanPlaces = all.filter((hit) => hit.value.kind === "place" && HAN_ONLY.test(text.slice(hit.start, hit.end)));
  const copies = documentCopies(text);
  const hits = all.filter(
    (hit) =>
      hit.value.kind !== "word" &&
      !(copies.length > 0 && ofACopy(hit, copies)) &&
      !(words.length > 0 && insideAnotherWord(hit, words)) &&
      !(hit.value.kind !== "place" && hanPlaces.length > 0 && insideAnotherWord(hit, hanPlaces)) &&
      !freePerkBeforeVisa(text, hit),
  );
  const negationText = withRuleTermsMasked(text, hits);
  // Most offers hold no warning word: looked for once, so that a term's clause is read only where one may stand.
  const warned = WARNING_OR_NEVER.test(text);
  // A fee the text bars from the workers is the employer's wherever it is named, its heading too ("Processing fee").
  // Read only when the text names a fee: most offers do not, and the test reads the whole text.
  const feeRulesTold =
    hits.some((hit) => hit.value.kind === "rule" && hit.value.rule.category === "fees") && mayTellFeeRules(text);
  const feesBarred = new Set<string>();
  for (const hit of feeRulesTold ? hits : []) {
    if (hit.value.kind !== "rule" || hit.value.rule.category !== "fees") continue;
    if (feeBarredFromWorkers(sentenceAround(text, lines, hit.start, hit.end), text))
      feesBarred.add(text.slice(hit.start, hit.end));
  }
  for (const hit of hits) {
    const value = hit.value;
    if (value.kind === "rule") {
      const rule = value.rule;
      const found = { value: rule, start: hit.start, end: hit.end };
      const negated =
        isNegatedBefore(negationText, hit.start, lines, rule.negatable, warned) ||
        isNegatedAfter(negationText, hit.end, rule, lines) ||
        isWorkBarredAfter(negationText, hit.end, rule) ||
        isBorneByOthersBefore(text, hit.start, rule, lines) ||
        isBorneByOthersAfter(text, hit.end, rule, lines) ||
        (feeRulesTold &&
          rule.category === "fees" &&
          (feesBarred.has(text.slice(hit.start, hit.end)) || feeCappedByLaw(text, lines, hit.start, hit.end, false))) ||
        isDeferredPerk(text, hit.start, hit.end, rule, lines) ||
        isSelfPaid(text, hit.start, hit.end, rule, lines) ||
        (rule.askable === true && isAskedAbout(text, hit.start, hit.end)) ||
        (rule.negatable === true && nextInNegatedList(text, found, negatedHits));
      (negated ? negatedHits : value.beforePlace ? beforePlace : rules).push(found);
    } else if (value.kind === "part") {
      // "Visa free" said of the visa ("enter visa-free") is entry without one: its "free" pays for nothing.
      if (
        VISA_BEFORE_FREE.test(text.slice(Math.max(0, hit.start - 5), hit.start)) &&
        VISA_FREE_AFTER.test(text.slice(hit.start))
      )
        continue;
      let list = parts.get(value.words);
      if (!list) parts.set(value.words, (list = []));
      list.push({ group: value.group, start: hit.start, end: hit.end });
    } else if (value.kind === "place") places.push({ value: value.place, start: hit.start, end: hit.end });
  }
  for (const [words, hits] of parts) {
    // A rule another overrides keeps each of its meetings: the override drops only the one it overlaps ("the agent
    // covers your ticket" is no fee, "pay the agent 50,000" in the next sentence still is).
    joinParts(text, words, hits, lines, warned, OVERRIDDEN_IDS.has(words.rule.id), rules);
  }
  const named = places.filter((hit) => !cityNamedAlone(text, hit, places));
  named.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const hit of beforePlace) {
    // Quoted with its place ("taken to Myanmar"): the move is what the flag says. Only a move into the compounds'
    // countries: guests "taken to Dubai Marina hotels" and goods "sold to Thailand" go nowhere a lure ends.
    const place = named.find((other) => other.start >= hit.end && other.start - hit.end <= PLACE_AFTER_GAP);
    if (!place) continue;
    const verb = text.slice(hit.start, hit.end);
    const moved = movesInto(place.value) || deceivedInto(verb, place.value);
    if (moved && (!ENDED_UP.test(verb) || jobInSentence(text, hit.start, lines)))
      rules.push({ ...hit, end: place.end });
  }
  let coveredTo = -1;
  const distinct = named.filter((hit) => {
    if (hit.end <= coveredTo) return false;
    coveredTo = hit.end;
    return true;
  });
  const listed = placesInLists(text, distinct, lines);
  return {
    rules: dropOverridden(rules).sort((a, b) => a.start - b.start),
    places: distinct.filter((hit) => !listed.has(hit)),
    listedPlaces: distinct.filter((hit) => listed.has(hit)),
    lines,
  };
}

/**
 * The words of one meeting, by group, as `joinParts` reads it: one for every call, emptied per first word without
 * allocating (a Map's `clear` makes a new table each time, and a pasted ad starts hundreds of meetings).
 */
class Meeting {
  /** The word found for each group, or undefined. */
  private readonly byGroup: (PartHit | undefined)[] = [];
  /** The groups found, in the order they were found. */
  private readonly groups: number[] = [];

  get size(): number {
    return this.groups.length;
  }

  get(group: number): PartHit | undefined {
    return this.byGroup[group];
  }

  set(group: number, hit: PartHit): void {
    if (this.byGroup[group] === undefined) this.groups.push(group);
    this.byGroup[group] = hit;
  }

  clear(): void {
    for (const group of this.groups) this.byGroup[group] = undefined;
    this.groups.length = 0;
  }

  /** The furthest end of the words found. */
  end(): number {
    let end = -Infinity;
    for (const group of this.groups) end = Math.max(end, this.byGroup[group]!.end);
    return end;
  }

  /** Whether any word found passes `test`. */
  some(test: (hit: PartHit) => boolean): boolean {
    for (const group of this.groups) if (test(this.byGroup[group]!)) return true;
    return false;
  }
}

const meeting = new Meeting();

/** Whether a sentence ends between `from` and `to`. */
function sentenceEndsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_END_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/** Whether `hits` are in order of their starts already (usually: the matcher finds them in reading order). */
function inOrder(hits: readonly PartHit[]): boolean {
  for (let i = 1; i < hits.length; i++) if (hits[i]!.start < hits[i - 1]!.start) return false;
  return true;
}

/** How far before a city name (normalised characters) a workplace label may end: "工作地点：" and a space. */
const LABEL_REACH = 12;
/**
 * A city name that is also a shop's or an estate's at home (米兰美容院), said with no move there, no workplace label and
 * no other name of its country: no place abroad.
 */
function cityNamedAlone(text: string, hit: TermHit<Place>, places: readonly TermHit<Place>[]): boolean {
  if (!CITY_NAMES_ALSO_AT_HOME.has(text.slice(hit.start, hit.end))) return false;
  const before = text.slice(Math.max(0, hit.start - LABEL_REACH), hit.start);
  const countryNamed = places.some(
    (other) =>
      other.value.country === hit.value.country && !CITY_NAMES_ALSO_AT_HOME.has(text.slice(other.start, other.end)),
  );
  return !countryNamed && !MOVE_TO_PLACE.test(before) && !WORKPLACE_LABEL.test(before);
}

/** Rules whose flags another rule overrides where they overlap. */
const OVERRIDDEN_IDS: ReadonlySet<string> = new Set(RULES.flatMap((rule) => rule.overrides ?? []));

/**
 * The places, in order, where one term of every group of `rule` stands within one sentence, one line and a short span,
 * each as one hit from the first word to the last, added to `into`: every one when `all`, else the first. A negated
 * meeting ("护照不用交给公司") does not count. (Not a generator: one was made per rule a pasted ad has words of.)
 */
function joinParts(
  text: string,
  { rule, groups, ordered, inClause }: WordsThatMeet,
  hits: PartHit[],
  lines: LineBreaks,
  warned: boolean,
  all: boolean,
  into: TermHit<Rule>[],
): void {
  // Sorting is stable: hits already in order stay as they are, and the sort's work array is not made.
  if (!inOrder(hits)) hits.sort((a, b) => a.start - b.start);
  const seen = meeting;
  for (let i = 0; i < hits.length; i++) {
    if (ordered && hits[i]!.group !== 0) continue;
    const first = hits[i]!;
    seen.clear();
    seen.set(first.group, first);
    let last = first;
    for (let k = i + 1; k < hits.length && seen.size < groups; k++) {
      const next = hits[k]!;
      const code = text.charCodeAt(next.start);
      const latin = code >= 0x61 && code <= 0x7a;
      if (next.end - first.start > (latin ? MAX_SPAN_LATIN : MAX_SPAN_HAN)) break;
      if (sentenceEndsBetween(text, first.end, next.start) || lines.between(first.start, next.start)) break;
      const same = seen.get(next.group);
      // The first word said again before any other group's: the meeting starts at the later one ("包机票包住宿" quotes
      // 包住宿 for board, not the whole).
      if (same && seen.size === 1 && next.start >= same.end) break;
      // In order, the next group's word only: the groups found so far are 0 to seen.size - 1.
      if (!same && next.start >= last.start && (!ordered || next.group === seen.size)) {
        seen.set(next.group, next);
        if (next.end > last.end) last = next;
      } else if (same && next.start < same.end && next.end > same.end) {
        // A longer word of the same group overlapping the one found ("老板报" then "报销"): quote the whole.
        seen.set(next.group, { ...same, end: next.end });
      }
    }
    if (seen.size < groups) continue;
    if (rule.modifierInClause && modifiesAcrossClause(text, seen)) continue;
    const start = first.start;
    const end = seen.end();
    if (inClause && crossesClause(text, start, end)) continue;
    const polarity = seen.some((hit) => NEGATIVE_POLARITY.test(text.slice(hit.start, hit.end)));
    if (!polarity && seen.some((hit) => isNegatedBefore(text, hit.start, lines, rule.negatable, warned))) continue;
    if (
      isNegatedAfter(text, end, rule, lines) ||
      isBorneByOthersBefore(text, start, rule, lines) ||
      isBorneByOthersAfter(text, end, rule, lines) ||
      (rule.category === "fees" && mayTellFeeRules(text) && feeCappedByLaw(text, lines, start, end, false)) ||
      isDeferredPerk(text, start, end, rule, lines) ||
      isSelfPaid(text, start, end, rule, lines)
    )
      continue;
    into.push({ value: rule, start, end });
    if (!all) return;
  }
}

/**
 * Words said only under a negation ("not a single cent", "not a penny"): the negation before them is their own meaning,
 * not one that cancels the words they meet.
 */
const NEGATIVE_POLARITY = /^(?:a |one )?(?:single )?(?:cent|penny|dime|shilling|peso|rupee)$/;

/** Whether the second group's word stands before the first group's in an earlier clause ("free training, … flight"). */
function modifiesAcrossClause(text: string, seen: Meeting): boolean {
  const thing = seen.get(0);
  const modifier = seen.get(1);
  if (!thing || !modifier || modifier.start >= thing.start) return false;
  for (let i = modifier.end; i < thing.start; i++)
    if (CLAUSE_BREAK_CODES.has(text.charCodeAt(i)) && !isDigitGroupComma(text, i)) return true;
  return false;
}

/** Whether a clause break stands between `start` and `end`; a digit group's comma ("S$2,500") breaks nothing. */
function crossesClause(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++)
    if (CLAUSE_BREAK_CODES.has(text.charCodeAt(i)) && !isDigitGroupComma(text, i)) return true;
  return false;
}

const DIGIT = /[0-9]/;
function isDigitGroupComma(text: string, at: number): boolean {
  return text.charAt(at) === "," && DIGIT.test(text.charAt(at - 1)) && DIGIT.test(text.charAt(at + 1));
}

/** Whether a term hit overlaps an ordinary word without covering it (网投 in 互联网投资). */
/**
 * "Free visa free flight": a list of perks, each after its own "free", reads "visa free" across two of them. Only "visa
 * free" said of the visa itself, with no "free" right before it, is entry without a visa.
 */
const VISA_FREE = /^visa[- ]free$/;
const VISA_BEFORE_FREE = /\bvisa[- ]$/;
/** The "free" of "visa free", not of "visa free of charge" (the visa given at no cost). */
const VISA_FREE_AFTER = /^free\b(?! of charge)/;
const FREE_BEFORE = /\bfree[\s,]*$/;
function freePerkBeforeVisa(text: string, hit: TermHit<Term>): boolean {
  return (
    hit.value.kind === "rule" &&
    VISA_FREE.test(text.slice(hit.start, hit.end)) &&
    FREE_BEFORE.test(text.slice(Math.max(0, hit.start - 6), hit.start))
  );
}

function insideAnotherWord(hit: TermHit<Term>, words: TermHit<Term>[]): boolean {
  return words.some(
    (word) => word.start < hit.end && hit.start < word.end && !(hit.start <= word.start && word.end <= hit.end),
  );
}

/** Drops hits that a rule marked `overrides` covers ("护照由本人保管" overrides the handover it overlaps). */
function dropOverridden(hits: TermHit<Rule>[]): TermHit<Rule>[] {
  const overriding = hits.filter((hit) => hit.value.overrides);
  if (overriding.length === 0) return hits;
  return hits.filter(
    (hit) =>
      !overriding.some(
        (over) => over.value.overrides!.includes(hit.value.id) && over.start < hit.end && hit.start < over.end,
      ),
  );
}

/**
 * The workplace's label right before a list of places ("工作地点：缅甸、柬埔寨、老挝", "Location: Myanmar, Cambodia,
 * Laos"): the places are where the job is, not a company's offices.
 */
const NOT_A_WORKPLACE_ZH = "办事处|拍摄|活动|集合|会议|面试|培训|考试|旅游|展会|比赛";
const NOT_A_WORKPLACE_EN = String.raw`(?:office|tour|event|shooting|filming|venue|meeting|interview|training)\s`;
// Markdown's bold or a heading's marks may wrap the label ("**工作地點**：東京"). Callers anchor it with `$` alone.
export const WORKPLACE_LABEL_SOURCE = String.raw`(?:(?<!${NOT_A_WORKPLACE_ZH})地点|工作地|(?<!${NOT_A_WORKPLACE_EN})location|workplace)[\s*_]*(?:[:：][\s*_]*)?`;
/**
 * A job's own label: an office's, a shoot's, an event's or a tour's place (办事处地点, "tour location") is not. The
 * source ends in the only run of spaces it allows: another `\s*` after it would backtrack cubically over a long run.
 */
export const WORKPLACE_LABEL = new RegExp(`${WORKPLACE_LABEL_SOURCE}$`);

/** Places that stand in a run of three or more joined only by commas, "、", "/", "and" (a list of offices). */
function placesInLists(text: string, places: TermHit<Place>[], lines: LineBreaks): Set<TermHit<Place>> {
  const listed = new Set<TermHit<Place>>();
  let run: TermHit<Place>[] = [];
  const workplaces = new Set<TermHit<Place>>();
  const flush = (): void => {
    const first = run[0];
    if (!first) return;
    const labelled = WORKPLACE_LABEL.test(text.slice(Math.max(0, first.start - 12), first.start));
    if (labelled) for (const hit of run) workplaces.add(hit);
    else if (run.length >= 3) for (const hit of run) listed.add(hit);
    run = [];
  };
  for (const hit of places) {
    const previous = run.at(-1);
    if (previous && !LIST_GAP.test(text.slice(previous.end, hit.start))) flush();
    run.push(hit);
  }
  flush();
  // An item of an enumeration with places not in the list ("巴拉圭、贝里斯、泰国", "Paraguay, Belize, Thailand").
  for (const hit of places) if (!workplaces.has(hit) && inEnumeration(text, hit, lines)) listed.add(hit);
  return listed;
}

/** A figure, in digits or a Chinese amount (两万, 八千), not 千万别 or 万一. */
const FIGURE = /\d|[一二两三四五六七八九十百][万千]/;
/**
 * An item that states the offer's terms, not a place: a job, its pay or a perk ("work in Cambodia, admin online, free
 * ticket", "kerja di Kamboja, admin online, gaji besar").
 */
const TERMS_ITEM =
  /\b(?:jobs?|work|online|admin|salary|pay|wages?|gaji|free|gratis|ticket|tiket|flights?|visa|housing|accommodation|customer|typing|data|staff|experience|hiring|csr)\b|工作|客服|打字|包吃|包住|薪|工资|机票|签证|经验/;

/**
 * Something placed in or at the place by the words right before it ("support in", "teachers for", "work at"; Tagalog
 * "hiring sa", Malay and Indonesian "kerja di", "pergi ke").
 */
const PLACED_IN = /\b[a-z]{2,} (?:in|at|for|sa|di|ke) $/;
const OFFICES_EN = /\b(?:offices?|branch(?:es)?|presence|operations|countries|clients|customers)\b/;

/** Whether a place stands right next to an enumeration comma, in a sentence with two more of them close by. */
function inEnumeration(text: string, hit: TermHit<Place>, lines: LineBreaks): boolean {
  const before = text.charAt(hit.start - 1);
  const after = text.charAt(hit.end);
  if (before !== "、" && after !== "、" && !(/[,]/.test(before + after) && /[a-z]/.test(text.charAt(hit.start))))
    return false;
  // Within the English sentence too: normalisation drops its full stop, and "ignore them. Data entry in Myanmar, 2500
  // USD, …" is no list of places.
  const from = Math.max(0, hit.start - 30, lines.sentenceStart(hit.start));
  const window = text.slice(from, Math.min(hit.end + 30, lines.sentenceEnd(hit.start, text.length)));
  const sentence = window.split(/[.;!?。]/).find((part) => part.includes(text.slice(hit.start, hit.end))) ?? window;
  if ((sentence.match(/[、,]/g)?.length ?? 0) < 3) return false;
  // An item with a figure or a term of the offer beside the place makes the list the offer's terms, not places ("job
  // in Cambodia, 1200 USD, flight paid", "客服、柬埔寨、月薪两万、包吃住", "work in Cambodia, admin online, …").
  const separator = before === "、" || after === "、" ? "、" : ",";
  // The place's own item saying what is there ("IT support in Sihanoukville, degree in IT, …"): the workplace, not an
  // item of a list, unless the item names offices ("offices in Paraguay, Belize, …").
  const ownItem = before === separator ? "" : itemBefore(text.slice(Math.max(0, hit.start - 30), hit.start), separator);
  if (PLACED_IN.test(ownItem) && !OFFICES_EN.test(ownItem)) return false;
  const next = after === separator ? itemAfter(text.slice(hit.end + 1, hit.end + 30), separator) : "";
  const previous =
    before === separator ? itemBefore(text.slice(Math.max(0, hit.start - 31), hit.start - 1), separator) : "";
  return !FIGURE.test(next + previous) && !TERMS_ITEM.test(next + previous);
}

const itemAfter = (text: string, separator: string): string => text.split(separator, 1)[0]!;
const itemBefore = (text: string, separator: string): string => text.slice(text.lastIndexOf(separator) + 1);
