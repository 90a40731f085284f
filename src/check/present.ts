/**
 * What the check shows people: a Telegram-HTML verdict in their language, and the routing question "is this text an
 * offer at all?" (a greeting or a question goes to Q&A instead of getting a verdict, PRODUCT.md §2.1).
 */
import { onlyCallsOfferFake } from "./fake-offer.ts";
import { escapeHtml, html } from "../i18n/html.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translator } from "../i18n/translator.ts";
import { flagTitleKey, flagWhyKey } from "../content/rules.ts";
import { CHINESE_HOME_CURRENCIES, CURRENCY_BY_CODE } from "../content/currencies.ts";
import { agencyCheckFor } from "../content/agency-checks.ts";
import { contactById } from "../content/contacts.ts";
import { firstNumberText } from "../content/dialling.ts";
import type { Nationality } from "../content/places.ts";
import { ReadText } from "../text/read-text.ts";
import { moneyIn } from "./extract/salary.ts";
import { termsOf } from "./extract/terms.ts";
import { MAX_CHECKED_CHARS, type Verdict } from "./verdict.ts";
import type { RiskLevel } from "./level.ts";

/** Flags shown in one message; the rest are counted, so the message stays well under Telegram's 4096 limit. */
export const MAX_FLAGS_SHOWN = 6;
const MAX_EVIDENCE_CHARS = 80;

interface LevelKeys {
  headline: string;
  summary: string;
  /** The summary for a job at home: no work visa to get. */
  summaryAtHome: string;
  /** Above the list of flags: "red flags found", or for a low verdict with notes "points to check". */
  flagsHeading: string;
}

const LEVEL_KEYS: Record<RiskLevel | "notes", LevelKeys> = {
  high: {
    headline: "check.level.high.headline",
    summary: "check.level.high.summary",
    summaryAtHome: "check.level.high.summary",
    flagsHeading: "check.flags_heading",
  },
  warning: {
    headline: "check.level.warning.headline",
    summary: "check.level.warning.summary",
    summaryAtHome: "check.level.warning.summary",
    flagsHeading: "check.flags_heading",
  },
  low: {
    headline: "check.level.low.headline",
    summary: "check.level.low.summary",
    summaryAtHome: "check.level.low.summary_at_home",
    flagsHeading: "check.flags_heading",
  },
  // Low risk with something noticed: never "no red flags" above a list headed "red flags found"; the flags are
  // points to check.
  notes: {
    headline: "check.level.notes.headline",
    summary: "check.level.notes.summary",
    summaryAtHome: "check.level.notes.summary_at_home",
    flagsHeading: "check.notes_heading",
  },
};

/** The keys of a verdict's wording: "no known red flags" only when nothing at all fired. */
function levelKeys(v: Verdict): LevelKeys {
  return LEVEL_KEYS[v.level === "low" && v.flags.length > 0 ? "notes" : v.level];
}

/**
 * The currency each reader thinks in, and the currencies that need no conversion for them: yuan for mainland readers,
 * New Taiwan dollars for Traditional Chinese (written for Taiwan), Hong Kong dollars for a reader known to be from
 * Hong Kong; US dollars in English, where "¥" reads as yen and yuan mean little to a Filipino or a Kenyan reader.
 */
const READERS_CURRENCY: Record<Locale, { code: string; own: ReadonlySet<string> }> = {
  "zh-hans": { code: "CNY", own: CHINESE_HOME_CURRENCIES },
  "zh-hant": { code: "TWD", own: CHINESE_HOME_CURRENCIES },
  en: { code: "USD", own: new Set(["USD", "USDT"]) },
};
const HONG_KONG_READERS_CURRENCY = { code: "HKD", own: CHINESE_HOME_CURRENCIES };

/** Who reads the verdict, beyond the language: a Traditional Chinese reader from Hong Kong thinks in 港元. */
export interface VerdictReader {
  hongKong?: boolean;
}

function readersCurrency(locale: Locale, reader: VerdictReader): { code: string; own: ReadonlySet<string> } {
  return locale === "zh-hant" && reader.hongKong === true ? HONG_KONG_READERS_CURRENCY : READERS_CURRENCY[locale];
}

/** A sum in yuan, or a range, in the reader's currency, rounded ("US$2,500", "人民币14,400–21,600元"). */
function approxAmount(locale: Locale, tr: Translator, code: string, ...amountsCny: number[]): string {
  const rate = CURRENCY_BY_CODE.get(code)!.cnyPerUnit;
  const amount = amountsCny.map((cny) => Math.round(cny / rate).toLocaleString("en-US")).join("–");
  return tr.t(locale, `check.fact.amount.${code.toLowerCase()}`, { amount });
}

/** The offer's words on one line, cut with the reader's ellipsis ("…", Chinese "……") when long. */
function quote(evidence: string, ellipsis = "…"): string {
  const oneLine = evidence.replace(/\s+/g, " ").trim();
  const short =
    oneLine.length > MAX_EVIDENCE_CHARS ? `${oneLine.slice(0, MAX_EVIDENCE_CHARS - 1)}${ellipsis}` : oneLine;
  return escapeHtml(short);
}

/**
 * The verdict as Telegram HTML: headline by level, each flag's title with the offer's own words (escaped) and why
 * it matters, then what to do now. Every user-visible word comes from the locale files. When the writers say their
 * nationality of themselves, a job abroad ends with where their own government lets them check the agency.
 */
export function formatVerdict(
  v: Verdict,
  locale: Locale,
  tr: Translator,
  nationality?: Nationality,
  reader: VerdictReader = {},
): string {
  const { headline, summary, summaryAtHome, flagsHeading } = levelKeys(v);
  const lines: string[] = [tr.t(locale, headline), tr.t(locale, v.abroad ? summary : summaryAtHome), ""];
  const facts = factLines(v, locale, tr, reader);
  if (facts.length > 0) lines.push(tr.t(locale, "check.facts_heading"), ...facts, "");
  const shown = v.flags.slice(0, MAX_FLAGS_SHOWN);
  if (shown.length > 0) {
    lines.push(tr.t(locale, flagsHeading));
    // Each phrase of the offer is quoted once: in the facts above, or under the first flag it raised.
    const quoted = new Set(
      [...v.facts.salaries.slice(0, 1), ...v.facts.fees.slice(0, 1), ...v.facts.places.slice(0, 3)].map((fact) =>
        quote(fact.phrase, tr.t(locale, "lists.ellipsis")),
      ),
    );
    for (const flag of shown) {
      const evidence = quote(flag.evidence, tr.t(locale, "lists.ellipsis"));
      const params = {
        title: html(tr.t(locale, flagTitleKey(flag.id))),
        evidence: html(evidence),
        why: html(tr.t(locale, flagWhyKey(flag.id))),
      };
      lines.push(tr.t(locale, quoted.has(evidence) ? "check.flag_line_unquoted" : "check.flag_line", params));
      quoted.add(evidence);
    }
    // The rest are named too, briefly: a flag left unsaid ("…and 2 more") could be the one that matters to this reader.
    const rest = v.flags.slice(MAX_FLAGS_SHOWN);
    if (rest.length > 0) {
      // Titles hold commas of their own: a stronger separator keeps them apart.
      const titles = rest
        .map((flag) => tr.t(locale, flagTitleKey(flag.id)))
        .join(tr.t(locale, "check.more_flags_separator"));
      lines.push(tr.t(locale, "check.more_flags", { titles: html(titles) }));
    }
    lines.push("");
  }
  if (v.lawfulSigns.length > 0) {
    lines.push(tr.t(locale, "check.lawful_heading"));
    for (const sign of v.lawfulSigns.slice(0, MAX_FLAGS_SHOWN)) {
      lines.push(
        tr.t(locale, "check.lawful_line", {
          title: html(tr.t(locale, flagTitleKey(sign.id))),
          evidence: html(quote(sign.evidence, tr.t(locale, "lists.ellipsis"))),
        }),
      );
    }
    lines.push("");
  }
  lines.push(tr.t(locale, "check.advice_heading"));
  for (const key of v.advice) lines.push(`• ${tr.t(locale, key)}`);
  const agencyCheck = v.abroad ? agencyCheckFor(nationality) : undefined;
  if (agencyCheck) {
    const contact = agencyCheck.hotlineContact ? contactById(agencyCheck.hotlineContact) : undefined;
    const hotline = (contact && firstNumberText(contact, locale, tr)) ?? agencyCheck.hotline ?? "";
    lines.push(`• ${tr.t(locale, agencyCheck.key, { hotline })}`);
  }
  return lines.join("\n").trim();
}

/** What the offer says, as read: the pay (≈ CNY a month), fees asked of the job seeker, and where the job is. */
function factLines(v: Verdict, locale: Locale, tr: Translator, reader: VerdictReader): string[] {
  const lines: string[] = [];
  const ellipsis = tr.t(locale, "lists.ellipsis");
  const pay = v.facts.salaries[0];
  if (pay) {
    // A month's pay in the reader's own currency needs no conversion; hourly pay or baht do.
    const currency = readersCurrency(locale, reader);
    const own = currency.own.has(pay.currency) && pay.period === "month";
    // A range is shown as read, both ends: its lower end alone understates the offer.
    const ends = pay.upperMonthlyCny !== undefined ? [pay.monthlyCny, pay.upperMonthlyCny] : [pay.monthlyCny];
    const approx = own ? "" : approxAmount(locale, tr, currency.code, ...ends);
    lines.push(
      tr.t(locale, approx ? "check.fact.pay_converted" : "check.fact.pay", {
        phrase: html(quote(pay.phrase, ellipsis)),
        approx,
      }),
    );
  }
  const fee = v.facts.fees[0];
  if (fee) lines.push(tr.t(locale, "check.fact.fee", { phrase: html(quote(fee.phrase, ellipsis)) }));
  const places = [...new Set(v.facts.places.map((place) => quote(place.phrase, ellipsis)))].slice(0, 3);
  if (places.length > 0) lines.push(tr.t(locale, "check.fact.place", { places: html(places.join(" · ")) }));
  return lines;
}

/**
 * A short card: headline and the titles of the first flags, for a group warning under a lure or an inline result.
 * The full, explained verdict is one tap away.
 */
export function formatVerdictCard(v: Verdict, locale: Locale, tr: Translator, maxFlags = 3): string {
  const titles = v.flags.slice(0, maxFlags).map((flag) => `• ${tr.t(locale, flagTitleKey(flag.id))}`);
  return [tr.t(locale, levelKeys(v).headline), ...titles].join("\n");
}

/** A question or request for help rather than an offer ("去柬埔寨做客服安全吗", "is this job real?"). */
const QUESTION =
  /[?？]|吗|嘛|么$|呢|是不是|是否|怎么|怎样|如何|能不能|可不可以|靠谱|安全吗|真的假的|求助|请问|\b(?:is|are|can|should|how|what|why|does|do|will|is it|safe|legit|real|scam)\b/;
/**
 * A recruiter's call to the reader to get in touch or apply, worded as a question ("Interested?", "DM me if
 * interested", "why wait?", 有兴趣吗, 想赚钱吗, 心动了吗): the ad's own closing, not someone asking about it.
 */
const CALL_TO_ACTION =
  /(?:有|感)兴趣(?:的|吗|嘛|么)?(?:话)?[^。！？!?]{0,12}[?？]?|想(?:赚钱|赚大钱|挣钱|发财|出国|月入[^。！？!?]{0,8})(?:吗|嘛|么)[?？]?|心动了?(?:吗|嘛|么)[?？]?|还等什么[?？]?|(?:\b(?:are you|anyone|who is|who's|if)\s)?\binterested\b\s?[?]?|\b(?:dm|pm|message|inbox|contact|call|text|whatsapp) (?:me|us)\b[^.?!\n]{0,24}[?]?|\b(?:what are you waiting for|why wait)\b\s?[?]?|\b(?:want|ready|looking) (?:to earn|to work|for (?:a )?(?:job|work))\b[^.?!\n]{0,24}[?]/g;
/**
 * A question about offers in general: their warning signs or red flags, how to spot or tell one ("What are the
 * warning signs of a fake overseas job offer?", 海外高薪招聘怎么识别, 有哪些特征, 點樣分辨).
 */
const GENERAL_ASK =
  /\b(?:warning signs?|red flags?|signs of|tell-?tale signs?|how (?:to|can i|do i|can you|do you|would i|should i) (?:spot|tell|identify|recogni[sz]e|detect|know|check|avoid)|how (?:can|do) (?:i|you|we) (?:tell|know) (?:if|whether|when))\b|怎么(?:识别|辨别|分辨|区分|判断|看出|鉴别|避免)|如何(?:识别|辨别|分辨|区分|判断|看出|鉴别|避免)|怎样(?:识别|辨别|分辨|区分|判断|看出)|点样(?:分辨|识别|辨别|睇)|(?:有|是)(?:哪些|什么|啥)(?:特征|特点|迹象|信号|套路|征兆)|(?:哪些|什么)(?:危险)?信号/;
/** An offer made to someone, told inside the question ("a friend offers me a job", 有人介绍我去, 叫我去). */
const TOLD_OFFER =
  /\b(?:offer(?:s|ed)? (?:me|him|her|us|them|my)|(?:my|a) (?:friend|cousin|brother|sister|relative|uncle|aunt|neighbou?r)|someone|somebody|recruiter (?:says|said|told)|(?:he|she|they) (?:says|said|told)|i (?:got|received|was offered|have been offered))\b|介绍我|介绍他|介绍她|让我去|叫我去|喊我去|朋友|表哥|表姐|表弟|表妹|亲戚|老乡|同学|有人|他说|她说|给我(?:介绍|推荐|发)|我收到|我接到/;
/** Words of a recruiter announcing a job (not words of someone asking about one). */
const RECRUITING =
  /招聘|招募|诚聘|直招|急招|招人|招工|征才|诚征|招|聘|岗位|职位|薪|待遇|报名|应聘|工资|hiring|vacanc|position|we are recruiting|job offer|apply|salary|join our|requirements|benefits|per month|\/month|\d ?k? a month|wanted|\b(?:kerja kosong|jawatan kosong|lowongan|loker|gaji)\b/;

/**
 * Words of a job ad's own sections: in a long text, three of them make a pasted ad, whatever "is" or "what" its
 * prose holds (an English ad reads as a question to `QUESTION`).
 */
const JOB_AD_WORDS =
  /\b(?:responsibilit\w*|qualifications?|requirements?|job description|company profile|benefits|department|full[- ]time|part[- ]time|candidates?|experience|skills|salary|resume|cv|apply|hiring|recruit\w*|position|role|team|contract|employment)\b|岗位|职位|任职|简历|学历|经验|薪资|福利|招聘|工作职责/g;
/** The kinds of red flag that a traveller's talk holds too: where, which papers and visa, how the trip is made. */
const TRAVEL_TALK = new Set(["destination", "documents", "travel"]);
/** Work, pay or a recruiter said in any way: what makes a place and a visa part of an offer. */
const WORK_SAID = new RegExp(
  `${RECRUITING.source}|工作|打工|上班|干活|做事|赚钱|挣钱|\\b(?:jobs?|work\\w*|earn\\w*|employ\\w*|kerja|trabaho)\\b`,
);
/** A pasted ad, not a message: long enough that no one types it as a question (a Chinese character counts as two). */
const LONG_TEXT = 400;
function textSize(text: string): number {
  // Counted in place: a list of every Chinese character of a pasted ad was garbage the moment it was counted.
  let size = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) size++;
  }
  return size;
}

/** How free text should be answered: a verdict, a verdict and then the answer to its question, or an answer. */
export type TextKind = "offer" | "offer-in-question" | "question";

/**
 * Whether free text reads as a job offer to check rather than a greeting or a question. An offer names pay, perks,
 * a job or a recruiter's call to apply. A text shaped as a question that describes an offer ("表哥介绍我去越南做电销，
 * 一个月两万，包机票，能去吗") gets the verdict and then the answer; a question that only names a place and a job is a
 * question. A long pasted offer letter is always checked. Right after the bot asked for an offer (`prompted`), what
 * is not shaped as a question and holds two signs of an offer, one more than a place, is the offer the user pasted
 * ("Like YouTube videos, pay Rs 2000 registration first, WhatsApp me").
 */
export function classifyText(text: string | ReadText, options: { prompted?: boolean } = {}): TextKind {
  if (!(text instanceof ReadText) && typeof text !== "string") return "question";
  return ReadText.of(text)
    .startAndEnd(MAX_CHECKED_CHARS)
    .derive(options.prompted ? kindOfPrompted : kindOfUnprompted);
}

/** Reads the same part of the message as the check, and shares its terms (and its amounts, in yuan). */
const kindOf = (read: ReadText, prompted: boolean): TextKind => {
  const canonical = read.canonical;
  if (canonical.length < 6) return "question";
  const terms = read.derive(termsOf);
  // "A fake job offer" asked about is the question's subject, not a job of scamming offered.
  const flags = terms.rules
    .filter((hit) => !hit.value.silent && !onlyCallsOfferFake(canonical, hit.value, hit.start, hit.end))
    .map((hit) => hit.value);
  const categories = new Set(flags.map((flag) => flag.category));
  const paid = read.derive(moneyIn("CNY")).pay.length > 0;
  // A place and its visa, with no pay, no work and no recruiter ("泰国落地签很容易办", "柬埔寨落地签多少钱"), is travel
  // talk: a visa rule is a lure's sign only beside a job.
  if (!paid && [...categories].every((category) => TRAVEL_TALK.has(category)) && !WORK_SAID.test(canonical))
    return "question";
  const place = terms.places.length > 0;
  // Each red flag is a sign, two of one kind too ("什么都不用会" and "会打字就行" are two promises of a job).
  let signs = new Set(flags.map((flag) => flag.id)).size;
  if (paid) signs += 2;
  if (place) signs += 1;
  if (RECRUITING.test(canonical)) signs += 2;
  // Two signs make an offer when one is where lures send people ("去木姐打工", "高薪…柬埔寨") or "abroad" said any
  // way; an ordinary place ("我在新加坡工作，有事微信联系我", 深圳) is someone's life.
  const sendsSomewhere = terms.places.some((hit) => hit.value.tier !== "elsewhere") || categories.has("destination");
  // A recruiter's own call to action ("Interested?", "DM me if interested", 有兴趣吗) is part of the ad, not a question.
  const asked = canonical.replace(CALL_TO_ACTION, " ");
  // Asked for an offer, the user pasted one: two signs will do, one of them more than a place ("我想去迪拜工作",
  // "我表妹在缅甸" are no offer).
  const offered = prompted
    ? signs >= 2 && flags.some((flag) => flag.category !== "destination")
    : signs >= 3 || (sendsSomewhere && signs >= 2);
  if (!QUESTION.test(asked)) return offered ? "offer" : "question";
  if (canonical.length >= LONG_TEXT && signs >= 4) return "offer";
  // A question about offers in general (their warning signs, how to spot one) that tells of no offer of its own: no
  // pay, no fee, nothing offered to someone.
  if (GENERAL_ASK.test(asked) && !paid && !TOLD_OFFER.test(asked)) return "question";
  if (textSize(canonical) >= LONG_TEXT && holdsDistinct(canonical, JOB_AD_WORDS, 3)) return "offer";
  // The details of an offer inside a question: what it pays or where it is ("abroad" said any way counts), and two
  // more of its terms.
  const described = (paid || place || categories.has("destination")) && categories.size >= 1 && signs >= 4;
  return described ? "offer-in-question" : "question";
};
// One function per case: `derive` keeps each function's result per text.
const kindOfUnprompted = (read: ReadText): TextKind => kindOf(read, false);
const kindOfPrompted = (read: ReadText): TextKind => kindOf(read, true);

/** Whether `text` holds `count` different matches of `words` (a global expression): read up to the `count`th only. */
function holdsDistinct(text: string, words: RegExp, count: number): boolean {
  const seen = new Set<string>();
  words.lastIndex = 0;
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    seen.add(match[0]);
    if (seen.size >= count) return true;
  }
  return false;
}

/** Whether free text should get a verdict (an offer, or an offer described inside a question). */
export function looksLikeOffer(text: string | ReadText): boolean {
  return classifyText(text) !== "question";
}
