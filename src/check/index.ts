/**
 * The offer check (PRODUCT.md §2.1, §4): reads a job offer as written — obfuscated, in Chinese or English — and says
 * how risky it is, which red flags it shows with the phrase that raised each, and which lawful signs it carries.
 *
 * Deterministic, offline and linear-time, so that the bot, the CLI and other platforms can call it on any input.
 */
import { FILIPINO_SELF_NAMES, type Place, type PlaceTier } from "../content/places.ts";
import {
  EMPLOYER_PAID_FARE_SCHEMES,
  GOVERNMENT_SCHEMES,
  RULES,
  SHIP_OFFICER_RANKS,
  type Rule,
  type RuleCategory,
  type RuleExtractor,
} from "../content/rules.ts";
import { HOLIDAY_WORDS } from "../content/trips.ts";
import { HOME_PLACES } from "../content/home-places.ts";
import { onlyCallsOfferFake } from "./fake-offer.ts";
import { CHINESE_HOME_CURRENCIES, EXTREME_PAY_FACTOR, hasLocalPayLine, highPayLineCny } from "../content/currencies.ts";
import { isTraditionalChinese, originalRange, originalSpan, type NormalizedText } from "../text/normalize.ts";
import { ReadText } from "../text/read-text.ts";
import {
  moneyAbroad,
  moneyIn,
  moneyInPesos,
  namesCurrency,
  type LocalCurrency,
  type SalaryFact,
} from "./extract/salary.ts";
import { employerPaysPerWorker, feeCappedByLaw, mayTellFeeRules, sentenceAround } from "./extract/fee-by-law.ts";
import { termsOf, WORKPLACE_LABEL_SOURCE } from "./extract/terms.ts";
import type { TermHit } from "./match.ts";
import type { LineBreaks } from "./extract/lines.ts";
import { literalGate } from "../text/literal-gate.ts";
import { decideLevel, type DestinationRisk, type RiskLevel } from "./level.ts";
import { MAX_CHECKED_CHARS, type FlagHit, type PlaceEvidence, type SalaryEvidence, type Verdict } from "./verdict.ts";

export type { RiskLevel } from "./level.ts";
export {
  MAX_CHECKED_CHARS,
  type FlagHit,
  type OfferFacts,
  type PlaceEvidence,
  type SalaryEvidence,
  type Verdict,
} from "./verdict.ts";
export { classifyText, formatVerdict, formatVerdictCard, looksLikeOffer, type TextKind } from "./present.ts";

const RULE_BY_EXTRACTOR = new Map(RULES.flatMap((rule) => (rule.extractor ? [[rule.extractor, rule] as const] : [])));
const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
const TIER_EXTRACTOR: Partial<Record<PlaceTier, RuleExtractor>> = {
  hotspot: "place-hotspot",
  "risk-country": "place-risk-country",
  "fake-job-hub": "place-transit",
  transit: "place-transit",
};
const TIER_RISK: Record<PlaceTier, DestinationRisk> = {
  hotspot: 5,
  "risk-country": 4,
  "fake-job-hub": 3,
  transit: 2,
  elsewhere: 0,
};
const OVERSEAS_RULE_ID = "overseas_job";
const COMPOUND_RULE_ID = "compound";
const PAID_TRAVEL_RULE_ID = "paid_travel";
const FEE_RULE_ID = "recruiter_fee";
const CHECKABLE_RULE_ID = "lawful_licence_checkable";
/** A government labour programme's names, as the checkable sign quotes them. */
const SCHEME_NAMES = new Set([...(GOVERNMENT_SCHEMES.zh ?? []), ...(GOVERNMENT_SCHEMES.en ?? [])]);
/** The programmes among them whose rules make the employer pay the fare. */
const FARE_SCHEME_NAMES = new Set([...(EMPLOYER_PAID_FARE_SCHEMES.zh ?? []), ...(EMPLOYER_PAID_FARE_SCHEMES.en ?? [])]);
const NO_FEE_RULE_ID = "lawful_no_fee";
const NO_FEE_VOIDED_BY = [FEE_RULE_ID, "illegal_exit"];
/** Signs that someone sells a place in a government programme: a fee asked, an outcome promised, the route skipped. */
const GUARANTEE_RULE_ID = "guaranteed_outcome";
const SCHEME_SELLING_RULE_IDS = [FEE_RULE_ID, GUARANTEE_RULE_ID, "official_route_bypass"];
/**
 * The lure's own job or its way out named beside a programme's name (国家汉办招聘，去柬埔寨做网络推广…不要护照): anyone
 * can say the name; the ad does not read as the programme, so the name is no sign the reader can check.
 */
const SCHEME_MISUSED_RULE_IDS = ["vague_job", "no_passport", "illegal_exit"];
const GAMBLING_RULE_ID = "gambling_work";
/** The scam itself named: the work is scamming people (scam_work), or a report calls the offer a crime. */
const SCAM_RULE_IDS = ["scam_work", "crime_report"] as const;
const isScamRule = (id: string): boolean => (SCAM_RULE_IDS as readonly string[]).includes(id);
/** Advice to the reader to check an agency or an offer before dealing with it. */
const ADVICE_TO_VERIFY =
  /\b(?:always|please) (?:check|verify|make sure|confirm)\b|\bverify (?:that|the|all|any|whether)\b|\bcheck (?:that|whether|if)\b|\bapply only\b|\bonly through\b|认明|认准|查证|核实|请通过正规|请透过合法|通过正规渠道|透过合法管道/;
/**
 * A Filipino writer's English (Taglish politeness "po", the names Filipinos call themselves, sahod, piso): an amount
 * written with no currency is in pesos ("80k-150k monthly"). "PO box" and "PO number" are not the particle.
 */
const PHILIPPINE_CUES = new RegExp(
  `\\b(?:po(?! ?(?:box|number|no\\b|#))|opo|taglish|sahod|piso|${FILIPINO_SELF_NAMES.join("|")})\\b`,
);
/** Words of work itself, hiring or pay, in each language: the base of JOB_CONTEXT and of WORK_WORDS_ZH/EN. */
const WORK_ZH =
  "工作|招聘|招募|招工|招人|打工|务工|做工|兼职|上班|月入|日入|岗位|职位|应聘|求职|月薪|工资|薪水|薪资|底薪|劳工|中介|仲介";
const WORK_EN = "job|work|recruit|hiring|hired|employ|salar|wage|vacanc|agent|agenc|offer";
/**
 * Words of work, hiring or earnings, or of the employer, in either language: a text with none of them and no sign of a
 * job is about something other than a job. Read with everything but letters taken out, so that a disguised word
 * ("j.o.b.s", "I.T. jo.bs") still counts; a word run across a gap at worst keeps the check as wary as before.
 */
const JOB_CONTEXT = new RegExp(`${WORK_ZH}|雇主|公司|老板|${WORK_EN}|company|office|boss`);
const NOT_LETTERS = /[^a-z\p{Script=Han}]+/gu;
/** Generous pay praised in an employer's words, not promised as the reason to go ("高薪", "high salary"). */
const EMPLOYERS_PAY_PRAISE = /attractive|competitive|generous|优厚|优渥|丰厚|可观/;
/**
 * A tourism report ("35 million tourists", 旅游旺季), a holiday told of ("去泰國玩", "a trip to Bali") or a prize
 * draw ("頭獎是日本來回機票", "holiday raffle"): the places it names are where people visit, its flights a prize.
 */
const TOURISM = new RegExp(
  `${HOLIDAY_WORDS}|游客|旅客|观光|自由行|出游|游玩|日游|好玩|去\\p{Script=Han}{1,6}玩|抽奖|奖品|头奖|中奖|\\btouris|\\btours?\\b|\\bvisitors?\\b|\\bvacation|\\bsightseeing\\b|\\braffle\\b|\\bgiveaway\\b|\\bprizes?\\b`,
  "u",
);
/** What a trip or a prize may carry without being a job's terms: its places and its free flights or board. */
const TRIP_CATEGORIES = new Set<RuleCategory>(["destination", "perks"]);
/**
 * Words of work itself, not of the employer: a company's staff trip (員工旅遊, 公司出機票) or its raffle names the
 * company without offering work.
 */
const WORK_WORDS_ZH = new RegExp(`${WORK_ZH}|做事|干活|赚`);
/**
 * The same in English, as words of their own: read among all letters run together, "learn" holds "earn" and
 * "fireworks" "work" (a cooking class, a raffle's fireworks).
 */
const WORK_WORDS_EN = new RegExp(`\\b(?:${WORK_EN}|earn)`);
/** A free trip to a compound's country is how a lure may hide its job: only a trip elsewhere is let go. */
const COMPOUND_COUNTRY_RISK = 4;
const MACAU = "mo";
const JAPAN = "jp";
/** Japan or its visas named (yen's own names: `namesCurrency`): the "¥" beside them is yen. */
const JAPAN_WORDS = /日本|\b(?:japan|japanese|jlpt|ssw)\b|特定技能|技能实习/;
/** The words for a land casino's jobs, as opposed to online gambling's. */
const LICENSED_GAMING = /赌场|博彩|娱乐场|casino/;
const FEE_RULE = RULE_BY_ID.get(FEE_RULE_ID);
const AGENT_FEE_WITH_SUM =
  /(?<!\b(?:no|zero|without|free of) )\b(?:agent|agent's|agents|agency) fees? ?(?:of|is|:)? ?(?:only |just )?[1-9]\d*(?:[,.]\d+)*k?/;
const OVERSEAS_RULE = RULE_BY_ID.get(OVERSEAS_RULE_ID);
/**
 * Where the readers of an offer in each language live: a job there is not "abroad". Chinese readers live in the
 * mainland, Hong Kong, Taiwan and Macau; English offers are read in the English-speaking countries and in the home
 * countries of the workers JobSafe's English users come from.
 */
const HOME_COUNTRIES_OF_CHINESE_READERS = new Set(["cn", "hk", "tw", "mo"]);
const HOME_COUNTRIES_OF_ENGLISH_READERS = new Set([
  "us",
  "gb",
  "ca",
  "au",
  "nz",
  "ie",
  "in",
  "ph",
  "ke",
  "ug",
  "ng",
  "gh",
  "lk",
  "np",
  "bd",
  "pk",
  "za",
]);
const SKILLED_JOB_RULE_ID = "skilled_job";
const SKILLED_TRADE_RULE_ID = "skilled_trade";
const NO_EXPERIENCE_RULE_ID = "no_experience";
const VAGUE_JOB_RULE_ID = "vague_job";
/**
 * The paid trip is a journey: a flight, a visa, or the worker told to bring nothing but themselves ("you only bring
 * yourself", "just bring yourself": everything else, the fare first, is the recruiter's).
 */
const AIR_TRAVEL = /机|签证|flight|plane|air|ticket|visa/;
const BRING_YOURSELF = /bring yourself/;
const CHAT_RECRUITER_RULE_ID = "chat_recruiter";
const TOURIST_VISA_RULE_ID = "tourist_visa_work";
const WORK_PERMIT_RULE_ID = "lawful_work_permit";
/** A business visa, as opposed to a tourist's ("商务签", "business visa"). */
const BUSINESS_VISA = /商务签|business visa/;
const SENTENCE_END_CHAR = /[.!?。！？]/;
/** Someone's own work told of ("I work in Singapore", "he works there"): news, not an offer. */
const OWN_WORK = /\b(?:i|i'm|im|he|she|they|we|my \w+) (?:work|works|worked|am working|is working|are working)\b/g;
/**
 * Skilled, qualified work (engineers, nurses, teachers, senior staff) is paid by a professional market, not a local
 * unskilled one: its pay is "far above normal" only from this many CNY a month (about US$4,200).
 */
const SKILLED_PAY_LINE_CNY = 30_000;
/** A professional's pay is far above normal from twice the place's line for unskilled work (S$10,000, A$14,000). */
const SKILLED_OVER_LOCAL_LINE = 2;
/**
 * A certified ship officer's pay is set by the shipping lines' international scale (SEAFARER_PAY_2024 in rules.ts:
 * officers US$3,000–8,000 a month, masters up to about US$20,000): far above normal only from about US$15,000.
 */
const SHIP_OFFICER_PAY_LINE_CNY = 110_000;
/** Gated (src/text/literal-gate.ts): a pasted ad is tried for a rank at every position otherwise. */
const SHIP_OFFICER = literalGate(
  new RegExp(`${SHIP_OFFICER_RANKS.zh.join("|")}|\\b(?:${SHIP_OFFICER_RANKS.en.join("|")})\\b`),
);
const MANUAL_WORK_RULE_ID = "manual_work";
const LOCAL_HIRE_RULE_ID = "local_hire";
const APPROACH_RULE_ID = "unsolicited_approach";
const FOREIGN_RECRUITING_RULE_ID = "foreign_recruiting";
const RUSSIA_COVER_RULE_ID = "russia_cover_job";
const CITIZENSHIP_OFFERED_RULE_ID = "citizenship_offered";
/**
 * A citizenship the ad asks of its applicants, not one it offers: a requirement word before it in its sentence
 * (须已取得美国国籍, "Applicants must hold or be able to obtain Canadian citizenship", "only candidates who have been
 * granted"), or a holder's clause after it (已取得日本国籍者优先, 拿到加拿大公民身份的人才可以申请, "may apply").
 */
const CITIZENSHIP_REQUIRED_BEFORE =
  /(?:须|需|必须|要求|应具|具备|持有|仅限|限|只有|只限|已|已经)[^。！？!?；;]{0,6}$|\b(?:must|required|requires?|only|eligible|have been|has been|who (?:hold|have)|holders? of)\b[^.!?;]{0,40}$/;
const CITIZENSHIP_REQUIRED_AFTER =
  /^[^。！？!?；;，,]{0,8}?(?:者|的人|人士)(?:优先|方可|才|可以?申请|可报名)|^[^。！？!?；;，,]{0,8}?(?:才可以申请|才能申请|才可申请|才能报名|为必要条件)|^[^.!?;,]{0,24}?\b(?:may apply|can apply|required|is a must|preferred|only)\b/;
const ROUBLE = "RUB";
/** Flags that say a job is sold to someone abroad: a fee, the trip or the papers, a chat-app recruiter. */
const SOLD_ABROAD_CATEGORIES = new Set<RuleCategory>(["fees", "travel", "documents", "contact", "debt"]);
const SOLD_ABROAD_RULE_IDS = new Set([
  "abroad_cue",
  "overseas_job",
  "promised_job",
  "destination_later",
  "war_work",
  "unlicensed_recruiter",
  "group_recruiting",
]);
const CREDENTIAL_RULE_ID = "credential_required";
/**
 * Manual work (building sites, mines, farms) is paid by the day with a premium abroad: its line is this much higher.
 */
const MANUAL_PAY_FACTOR = 1.5;
/** Countries where ordinary wages are several times China's: pay promised there is judged against a higher line. */
/**
 * The Gulf hubs, where a qualified post's pay above the line is how employers hire (a Dubai account manager's salary);
 * Russia, a hub for the army recruiters' cover jobs, is not one of them.
 */
const GULF_COUNTRIES = new Set(["ae", "qa", "sa", "kw", "bh", "om"]);
const MILITARY_LURE_COUNTRIES = new Set(["ru"]);
const HIGH_WAGE_COUNTRIES = new Set(["us", "gb", "ca", "au", "nz", "de", "nl", "jp", "kr", "sg", "il"]);
const HIGH_WAGE_WORKPLACE_FACTOR = 2.5;
/** Hourly pay where hourly wages are the norm: a full month of it is judged against a line this much higher. */
const HOURLY_PAY_FACTOR = 1.5;
/** Categories of red flag that a lawful sign in the same clause cannot outweigh: the sign is part of the lure. */
const LAWFUL_BLOCKING = new Set<RuleCategory>(["travel", "documents", "secrecy"]);
/**
 * Categories of red flag that lawful ads abroad share with lures (pay, board and flights, urgency): alone they never
 * outweigh a lawful sign.
 */
const COINCIDENCE_CATEGORIES = new Set<RuleCategory>(["pay", "perks", "urgency"]);
/**
 * Lawful signs a reader can check with an authority (the agency's licence number, the social-insurance fund), unlike
 * claims lures copy ("work visa provided", "contract", "no fee", a company name).
 */
const VERIFIABLE_LAWFUL_RULE_IDS = new Set(["lawful_licence_checkable", "lawful_statutory_benefits"]);
/** How near (normalised characters) another red flag must stand to a lawful sign to be what the sign describes. */
const LAWFUL_SIGN_REACH = 12;
/** A space between two Chinese characters: a field break in a Chinese ad, gone from the normalised text. */
const HAN_FIELD_BREAK = /\p{Script=Han}[^\S\n]+\p{Script=Han}/u;
const CLAUSE_BREAKS = /[,;:!?。、]/g;
const CLAUSE_BREAK_CHAR = /[,;:!?。、]/;

/** Advice shown with every verdict, most urgent first. */
const ADVICE_BY_LEVEL: Record<RiskLevel, string[]> = {
  high: [
    "check.advice.do_not_go",
    "check.advice.never_passport",
    "check.advice.never_border",
    "check.advice.verify_employer",
    "check.advice.tell_family",
    "check.advice.contacts",
  ],
  warning: [
    "check.advice.verify_employer",
    "check.advice.never_passport",
    "check.advice.never_border",
    "check.advice.tell_family",
    "check.advice.contacts",
  ],
  low: [
    "check.advice.verify_employer",
    "check.advice.get_contract",
    "check.advice.never_passport",
    "check.advice.contacts",
  ],
};

interface Found {
  rule: Rule;
  start: number;
  end: number;
}

/** Keeps `found` as its rule's hit in `firstHit` when it is the rule's first, or says more where they overlap. */
function note(firstHit: Map<string, Found>, found: Found): void {
  const seen = firstHit.get(found.rule.id);
  // The first place a rule fires is quoted; where two of its matches overlap, the longer says more ("护照交给公司
  //统一保管", not "护照交").
  const overlapsLonger =
    seen && found.start < seen.end && seen.start < found.end && found.end - found.start > seen.end - seen.start;
  if (!seen || overlapsLonger || (found.start < seen.start && found.end <= seen.start))
    firstHit.set(found.rule.id, found);
}

function flagFrom(input: string, normalized: NormalizedText, found: Found): FlagHit {
  const [start, end] = originalRange(input, normalized, found.start, found.end);
  return { id: found.rule.id, category: found.rule.category, evidence: input.slice(start, end), start, end };
}

/**
 * Checks one offer (`MAX_CHECKED_CHARS` of it: its start and, when longer, its end), from its text or from the message as the router already read it.
 * Never throws: any string (or even a non-string from a careless caller) gets a verdict.
 */
export function checkOffer(text: string | ReadText): Verdict {
  const read = ReadText.of(text).startAndEnd(MAX_CHECKED_CHARS);
  const input = read.text;
  const normalized = read.normalized;
  const canonical = normalized.text;

  // First hit of each rule, in order of appearance.
  const firstHit = new Map<string, Found>();
  const phrases: Partial<Record<RuleCategory, string[]>> = {};

  const terms = read.derive(termsOf);
  for (const hit of terms.rules) {
    if (onlyCallsOfferFake(canonical, hit.value, hit.start, hit.end)) continue;
    note(firstHit, { rule: hit.value, start: hit.start, end: hit.end });
    const list = (phrases[hit.value.category] ??= []);
    if (list.length < 5) list.push(originalSpan(input, normalized, hit.start, hit.end));
  }

  const chinese = /[\u4e00-\u9fff]/.test(canonical);
  const local = chinese ? localCurrencyOf(input, canonical) : "CNY";
  // "¥" is yen in an offer for Japan ("SSW caregiver, ¥180,000 a month"), yuan elsewhere.
  const signIsYen =
    canonical.includes("¥") &&
    (terms.places.some((hit) => hit.value.country === JAPAN) ||
      namesCurrency(canonical, "JPY") ||
      JAPAN_WORDS.test(canonical));
  let money = read.derive(
    chinese || !PHILIPPINE_CUES.test(canonical) ? moneyIn(local, signIsYen) : moneyInPesos(signIsYen),
  );
  const paysOwnCurrency = chinese ? ownCurrencyWorkplace(canonical, terms.places) : undefined;
  if (paysOwnCurrency) {
    money = read.derive(moneyAbroad(local, paysOwnCurrency, namesCurrency(canonical, paysOwnCurrency)));
  }
  const salaries = money.pay;
  // A trade's pay is judged like a professional's; only a professional's post lifts the lure countries' warning.
  const professional = firstHit.has(SKILLED_JOB_RULE_ID);
  const skilled = professional || firstHit.has(SKILLED_TRADE_RULE_ID);
  const manual = firstHit.has(MANUAL_WORK_RULE_ID);
  const credentialRequired = firstHit.has(CREDENTIAL_RULE_ID);
  const localHire = firstHit.has(LOCAL_HIRE_RULE_ID);
  const approached = firstHit.has(APPROACH_RULE_ID);
  const recruitedAbroad = firstHit.has(FOREIGN_RECRUITING_RULE_ID);
  for (const id of [LOCAL_HIRE_RULE_ID, APPROACH_RULE_ID, FOREIGN_RECRUITING_RULE_ID]) firstHit.delete(id);
  firstHit.delete(CREDENTIAL_RULE_ID);
  firstHit.delete(SKILLED_JOB_RULE_ID);
  firstHit.delete(SKILLED_TRADE_RULE_ID);
  firstHit.delete(MANUAL_WORK_RULE_ID);
  // A fee read as an amount ("押金3000", "Ksh 200,000 processing") is the fee flag even when its word is not listed.
  const feeRule = FEE_RULE;
  // A fee told as the law's limit, or paid by the employer per worker hired under rules that bar it from the workers,
  // is no fee asked of the reader.
  const feesAsked =
    money.fees.length === 0 || !mayTellFeeRules(canonical)
      ? money.fees
      : money.fees.filter((amount) => {
          const sentence = sentenceAround(canonical, terms.lines, amount.start, amount.end);
          return (
            !feeCappedByLaw(canonical, terms.lines, amount.start, amount.end, true) &&
            !employerPaysPerWorker(sentence, canonical)
          );
        });
  const fee = feesAsked[0];
  if (fee && feeRule && !firstHit.has(FEE_RULE_ID)) note(firstHit, { rule: feeRule, start: fee.start, end: fee.end });
  // An agent's fee stated with its sum and no currency ("agent fee 80,000"): the sum is unread, the charge is not. An
  // agent's fee named with no sum may be an estate agent's ("our agent fee was deducted from the sale").
  const agentFee = feeRule && !firstHit.has(FEE_RULE_ID) ? AGENT_FEE_WITH_SUM.exec(canonical) : null;
  if (agentFee && feeRule)
    note(firstHit, { rule: feeRule, start: agentFee.index, end: agentFee.index + agentFee[0].length });
  const feesShown = feesAsked.length > 0 ? feesAsked.map((amount) => asWritten(input, normalized, amount)) : [];
  const feeFlag = firstHit.get(FEE_RULE_ID);
  // A fee named with a sum and no currency ("processing fee 50,000", "agency fee of 120k"): its sum is shown as written,
  // in the words that ask for it, so that the reader sees what is asked even where the currency is unknown.
  const bareSum = feeFlag && feesShown.length === 0 ? feeWithBareSum(canonical, feeFlag) : undefined;
  if (bareSum)
    feesShown.push({
      monthlyCny: 0,
      currency: "",
      period: "month",
      phrase: originalSpan(input, normalized, ...bareSum),
    });

  // Hong Kong calls anywhere outside the city 外地 (到外地工作: abroad); the mainland means another city by it.
  // 外地 first: a literal search of the short canonical text rules out most offers before the cue alternation runs.
  const abroad = HONG_KONG_ABROAD.exec(canonical);
  const elsewhere = abroad && HONG_KONG_CUES.test(input) ? abroad : null;
  if (elsewhere && OVERSEAS_RULE && !firstHit.has(OVERSEAS_RULE_ID))
    note(firstHit, { rule: OVERSEAS_RULE, start: elsewhere.index, end: elsewhere.index + elsewhere[0].length });
  // "Abroad" said in any way: pay in a foreign currency in a Chinese text (美元, 令吉, U), a flight, a visa…
  const paidAbroad = chinese && salaries.some((salary) => !CHINESE_HOME_CURRENCIES.has(salary.currency));
  // Pay as a multiple of home's ("工资是老家的三倍") said by someone working in a city at home or going home for the
  // new year ("我在深圳打工", "过年回家") is a worker's move within the country, not a job elsewhere.
  const movedAtHome = chinese && WORK_AT_HOME.test(canonical);
  const payMultiple = firstHit.get(RULE_BY_EXTRACTOR.get("high-pay")?.id ?? "");
  const multipleAtHome = (f: Found): boolean =>
    movedAtHome &&
    f.rule.id === ABROAD_CUE_RULE_ID &&
    payMultiple !== undefined &&
    f.start < payMultiple.end &&
    payMultiple.start < f.end;
  const abroadCue = [...firstHit.values()].some(
    (f) => (f.rule.abroad === true || f.rule.id === OVERSEAS_RULE_ID) && !multipleAtHome(f),
  );
  let destinationRisk: DestinationRisk = abroadCue || paidAbroad ? 1 : 0;
  const home = chinese ? HOME_COUNTRIES_OF_CHINESE_READERS : HOME_COUNTRIES_OF_ENGLISH_READERS;
  const places: PlaceEvidence[] = [];
  const placeSpans: [number, number][] = [];
  for (const hit of terms.places) {
    placeSpans.push([hit.start, hit.end]);
    const place = hit.value;
    if (places.length < 10 && !namedAsOrigin(canonical, hit)) places.push(describe(input, normalized, hit));
    // A country named in a Chinese offer that is not home is abroad, even an ordinary destination (日本, 新加坡). A
    // hot spot at home (瑞丽, 西双版纳: border towns on the way into the compounds) is no home place.
    const risk =
      home.has(place.country) && place.tier !== "hotspot" ? 0 : place.tier === "elsewhere" ? 1 : TIER_RISK[place.tier];
    destinationRisk = Math.max(destinationRisk, risk) as DestinationRisk;
    const extractor = TIER_EXTRACTOR[place.tier];
    const rule = extractor ? RULE_BY_EXTRACTOR.get(extractor) : undefined;
    if (rule) note(firstHit, { rule, start: hit.start, end: hit.end });
  }
  for (const hit of terms.listedPlaces)
    if (places.length < 10 && !namedAsOrigin(canonical, hit)) places.push(describe(input, normalized, hit));
  // Office work named at a place in the reader's own country, and nowhere abroad ("call centre agents, BPO in Cebu",
  // 观塘写字楼招文员, 台中公司徵客服), is the home market's ordinary job: only abroad is it the lure's.
  const placeAtHome = (): boolean =>
    terms.places.some((hit) => home.has(hit.value.country) && hit.value.tier !== "hotspot") ||
    (chinese && namesTownAtHome(canonical));
  if (destinationRisk === 0 && firstHit.has(VAGUE_JOB_RULE_ID) && placeAtHome()) firstHit.delete(VAGUE_JOB_RULE_ID);
  // "园区" inside a place name (KK园区) is already the destination flag, not a second flag.
  const compound = firstHit.get(COMPOUND_RULE_ID);
  if (compound && placeSpans.some(([start, end]) => start <= compound.start && compound.end <= end))
    firstHit.delete(COMPOUND_RULE_ID);
  // Pay is judged against the line of the currency it is promised in, the kind of work and the workplace: a
  // teacher's salary in the United States is no lure.
  const highWageWorkplace =
    destinationRisk <= 1 && terms.places.some((hit) => HIGH_WAGE_COUNTRIES.has(hit.value.country));
  // Manual work paid in the currency of a place with its own line (NZ$, A$, riyals) is judged against that line alone:
  // the line is already the place's unskilled pay, and NZ$60 an hour for picking fruit is far above what farms there
  // pay, whatever the premiums for going abroad.
  // A qualified post paid in a currency with its own line is judged against that place's professional pay (S$6,500 for
  // an engineer is Singapore's, whether or not the ad names the city), not against a line set in yuan.
  const shipOfficer = professional && SHIP_OFFICER.test(canonical);
  // A post "that needs no experience" in a compound's country (招护理人员去柬埔寨…不需要经验) is the lure's job under a
  // qualified post's name: its pay is judged by the ordinary line. A graduate post at home that asks no experience, or a
  // teacher's pay in Phnom Penh, keeps the qualified line.
  const paidAsQualified = skilled && !(firstHit.has(NO_EXPERIENCE_RULE_ID) && destinationRisk >= COMPOUND_COUNTRY_RISK);
  const payLine = (salary: SalaryFact): number =>
    shipOfficer
      ? SHIP_OFFICER_PAY_LINE_CNY
      : paidAsQualified
        ? Math.max(
            SKILLED_PAY_LINE_CNY * (highWageWorkplace ? HIGH_WAGE_WORKPLACE_FACTOR : 1),
            highPayLineCny(salary.currency) * (hasLocalPayLine(salary.currency) ? SKILLED_OVER_LOCAL_LINE : 1),
          )
        : manual && hasLocalPayLine(salary.currency)
          ? highPayLineCny(salary.currency)
          : highPayLineCny(salary.currency) *
            (manual ? MANUAL_PAY_FACTOR : 1) *
            (highWageWorkplace ? HIGH_WAGE_WORKPLACE_FACTOR : 1);
  // An hourly wage scaled to a full month overstates what part-time hourly work earns, and where the currency is the
  // place's own (HK$120 an hour for a tutor) or the workplace pays high wages ($18/hr in Ohio) an hourly rate is how
  // ordinary jobs are paid: judged against a line that much higher. Lures' hourly pay in dollars abroad is not.
  const lineFor = (salary: SalaryFact): number =>
    payLine(salary) *
    (salary.period === "hour" && (hasLocalPayLine(salary.currency) || highWageWorkplace) ? HOURLY_PAY_FACTOR : 1);
  // A rounded amount exactly on the line (VND 20 million) is on it, whatever the float conversion says.
  const highPay = salaries.find((salary) => salary.monthlyCny >= lineFor(salary) - 1);
  const highPayRule = RULE_BY_EXTRACTOR.get("high-pay");
  if (highPay && highPayRule)
    firstHit.set(highPayRule.id, { rule: highPayRule, start: highPay.start, end: highPay.end });
  // "High salary" beside a qualified post's stated pay that is ordinary for it, or generous pay praised with no
  // figure ("attractive salary", 待遇优厚), is how employers write; it is no lure. "高薪" or "very high salary" for
  // an engineer with no figure is still the lure's promise (compounds hire IT and office staff too).
  const skilledPost = skilled && !firstHit.has(VAGUE_JOB_RULE_ID);
  if (highPayRule && !highPay && skilledPost) {
    const praise = firstHit.get(highPayRule.id);
    const praisedAsEmployersDo =
      salaries.length > 0 ||
      (praise !== undefined && EMPLOYERS_PAY_PRAISE.test(canonical.slice(praise.start, praise.end)));
    if (praisedAsEmployersDo) firstHit.delete(highPayRule.id);
  }
  const extremePay = salaries.find((salary) => salary.monthlyCny >= EXTREME_PAY_FACTOR * lineFor(salary));
  const extremePayRule = RULE_BY_EXTRACTOR.get("extreme-pay");
  if (extremePay && extremePayRule)
    note(firstHit, { rule: extremePayRule, start: extremePay.start, end: extremePay.end });

  // Only the riskiest destination is a flag of its own; the others are facts.
  const riskiestTier = (Object.keys(TIER_RISK) as PlaceTier[]).find((tier) => TIER_RISK[tier] === destinationRisk);
  const keptRule = riskiestTier ? TIER_EXTRACTOR[riskiestTier] : undefined;
  for (const extractor of new Set(Object.values(TIER_EXTRACTOR))) {
    if (extractor !== keptRule) firstHit.delete(RULE_BY_EXTRACTOR.get(extractor)?.id ?? "");
  }
  if (destinationRisk > 3) firstHit.delete(OVERSEAS_RULE_ID);

  // Some government labour programmes (Canada's SAWP, New Zealand's RSE) make the employer pay the flights: their ads'
  // paid ticket is the programme's terms, not the lure's. Others (Korea's EPS, Japan's SSW) do not, and a free flight
  // under their names is still the seller's.
  const schemeNamed = (names: ReadonlySet<string>): boolean =>
    terms.rules.some((hit) => hit.value.id === CHECKABLE_RULE_ID && names.has(canonical.slice(hit.start, hit.end)));
  const scheme = schemeNamed(SCHEME_NAMES);
  // A programme's place sold by someone (a fee to an agent, a guarantee, the exam or the queue skipped) is not the
  // programme: it charges no agent and promises nothing, so its name is no sign the reader can check, and the paid
  // ticket is the seller's again.
  const schemeSold = scheme && [...SCHEME_SELLING_RULE_IDS, ...SCHEME_MISUSED_RULE_IDS].some((id) => firstHit.has(id));
  if (schemeSold) {
    const checkable = firstHit.get(CHECKABLE_RULE_ID);
    if (checkable && SCHEME_NAMES.has(canonical.slice(checkable.start, checkable.end)))
      firstHit.delete(CHECKABLE_RULE_ID);
  } else if (scheme && schemeNamed(FARE_SCHEME_NAMES)) firstHit.delete(PAID_TRAVEL_RULE_ID);
  // A recruiter who pays the flight or arranges the visa is sending you abroad, even when the ad names no country.
  const paidTravel = firstHit.get(PAID_TRAVEL_RULE_ID);
  const paidFlight =
    paidTravel !== undefined &&
    (AIR_TRAVEL.test(clauseAround(canonical, terms.lines, paidTravel.start, paidTravel.end)) ||
      BRING_YOURSELF.test(canonical));
  if (paidFlight) destinationRisk = Math.max(destinationRisk, 1) as DestinationRisk;
  // At home, "高薪" or "high commission" beside the pay stated in figures, none of them far above normal, is the
  // employer's adjective: the figures say what the pay is (a sales post's 底薪4000+高提成).
  if (highPayRule && !highPay && salaries.length > 0 && destinationRisk === 0) firstHit.delete(highPayRule.id);

  // Macau's casinos are licensed employers, the city's largest: a casino job there, with no risk place named, is no
  // lure sign. Online gambling (网投, 菠菜) is illegal there too and still counts.
  const gambling = firstHit.get(GAMBLING_RULE_ID);
  const inMacau = destinationRisk <= 1 && terms.places.some((hit) => hit.value.country === MACAU);
  if (gambling && inMacau && LICENSED_GAMING.test(canonical.slice(gambling.start, gambling.end)))
    firstHit.delete(GAMBLING_RULE_ID);

  // A business visa issued with a work permit ("公司办理工作证及商务签证", "arranges the business visa and work
  // permit") is how Cambodia and others admit foreign staff: the entry visa of a lawful post, not a tourist's visa for
  // work. Without the permit, or against it ("商务签,而不是工作签"), it is still the sign.
  const touristVisa = firstHit.get(TOURIST_VISA_RULE_ID);
  const workPermit = firstHit.get(WORK_PERMIT_RULE_ID);
  if (
    touristVisa &&
    workPermit &&
    BUSINESS_VISA.test(canonical.slice(touristVisa.start, touristVisa.end)) &&
    sameClause(canonical, terms.lines, touristVisa, workPermit)
  )
    firstHit.delete(TOURIST_VISA_RULE_ID);

  // A text with no word of work or hiring is no offer: a crime report or the reader's own question ("I was scammed by
  // an online shop", 警方破获诈骗案) names no lure by its scam word, and a place in a tourism report is no workplace.
  // A scam word with a place abroad ("被骗到缅甸") still tells of being taken there.
  // Read only where it decides something: most offers name their job in a flag.
  const aboutWork = (): boolean =>
    [...firstHit.values()].some(
      (f) => !isScamRule(f.rule.id) && f.rule.category !== "destination" && f.rule.category !== "pay",
    ) || JOB_CONTEXT.test(canonical.replace(NOT_LETTERS, ""));
  // A scam word as the only sign, beside advice to the reader to check whom they deal with ("Many workers have been
  // deceived by illegal agents. Always check that your agency is licensed", 请认明合法仲介), is a lawful ad's or a
  // notice's warning: it describes no offer.
  const adviceAlone = (): boolean =>
    ADVICE_TO_VERIFY.test(canonical) &&
    [...firstHit.values()]
      .filter((f) => !isScamRule(f.rule.id) && f.rule.category !== "lawful")
      .every((f) => f.rule.weight === 0);
  if (destinationRisk === 0 && SCAM_RULE_IDS.some((id) => firstHit.has(id)) && (!aboutWork() || adviceAlone()))
    for (const id of SCAM_RULE_IDS) firstHit.delete(id);

  // "是國內的三倍" says both that the job is elsewhere and that its pay is high: one promise, not a destination that
  // the pay promise then makes high ("我在新加坡的工資是國內的三倍" is a worker's own news).
  const abroadOnlyInPay = (): boolean => {
    const pay = firstHit.get(highPayRule?.id ?? "");
    const abroadHits = [...firstHit.values()].filter((f) => f.rule.abroad === true || f.rule.id === OVERSEAS_RULE_ID);
    return (
      destinationRisk <= 1 &&
      !paidAbroad &&
      !paidFlight &&
      pay !== undefined &&
      abroadHits.length > 0 &&
      abroadHits.every((f) => f.start < pay.end && pay.start < f.end)
    );
  };
  const chatOffer = firstHit.get(CHAT_RECRUITER_RULE_ID);
  // A guard's, driver's or cook's job in Russia is the army recruiters' cover job when it is sold to a foreigner (an
  // agent, a move there, the visa or the trip, pay in a currency named other than the rouble, a fee or a chat-app
  // recruiter); a Moscow employer's own ad, or one asking what only a local has (citizenship, a Russian licence,
  // official employment), is not.
  const soldAbroad = (): boolean =>
    recruitedAbroad ||
    [...firstHit.values()].some(
      (f) => SOLD_ABROAD_CATEGORIES.has(f.rule.category) || SOLD_ABROAD_RULE_IDS.has(f.rule.id),
    ) ||
    salaries.some((salary) => salary.currency !== ROUBLE && namesCurrency(canonical, salary.currency));
  if (firstHit.has(RUSSIA_COVER_RULE_ID) && (localHire || !soldAbroad())) firstHit.delete(RUSSIA_COVER_RULE_ID);
  const citizenship = firstHit.get(CITIZENSHIP_OFFERED_RULE_ID);
  if (
    citizenship &&
    (CITIZENSHIP_REQUIRED_BEFORE.test(canonical.slice(Math.max(0, citizenship.start - 48), citizenship.start)) ||
      CITIZENSHIP_REQUIRED_AFTER.test(canonical.slice(citizenship.end, citizenship.end + 32)))
  )
    firstHit.delete(CITIZENSHIP_OFFERED_RULE_ID);
  const found = [...firstHit.values()].sort((a, b) => a.start - b.start);
  const risky = found.filter((f) => f.rule.category !== "lawful");
  // A lawful sign inside a lure's own sentence ("work visa sorted once you are there") outweighs nothing.
  const lawfulFound = found.filter((f) => f.rule.category === "lawful");
  const blocking = risky.filter((f) => LAWFUL_BLOCKING.has(f.rule.category) || f.rule.category === "job");
  let lawful = lawfulFound;
  if (lawfulFound.length > 0 && blocking.length > 0) {
    const clauseOf = clauseIndex(canonical);
    // Chinese ads list their terms as fields set apart by spaces ("中文客服經理 月薪6萬泰銖 含住宿 工作證公司辦"), which
    // normalising removes: a field of its own is not what the job title beside it describes.
    const spacedApart = (a: Found, b: Found): boolean => {
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      const from = originalRange(input, normalized, first.start, first.end)[1];
      const to = originalRange(input, normalized, second.start, second.end)[0];
      return HAN_FIELD_BREAK.test(input.slice(Math.max(0, from - 1), to + 1));
    };
    // Travel, papers and secrecy flags taint their whole clause; the lure's job the words right beside it
    // ("licensed casinos": the licence is the casino's, not the employer's).
    const blocks = (sign: Found, flag: Found): boolean =>
      clauseOf(flag.start) === clauseOf(sign.start) &&
      terms.lines.lineOf(flag.start) === terms.lines.lineOf(sign.start) &&
      (LAWFUL_BLOCKING.has(flag.rule.category) ||
        (Math.max(flag.start - sign.end, sign.start - flag.end) <= LAWFUL_SIGN_REACH && !spacedApart(sign, flag)));
    lawful = lawfulFound.filter((sign) => !blocking.some((flag) => blocks(sign, flag)));
  }
  // "No agency fee" beside a deposit or a fee asked for is the contradiction itself, not a lawful sign; "employer pays
  // all costs" beside an exit as a tourist is the trafficker's free ticket.
  if (NO_FEE_VOIDED_BY.some((id) => firstHit.has(id)))
    lawful = lawful.filter((sign) => sign.rule.id !== NO_FEE_RULE_ID);
  // A permit promised as certain ("Job in Canada guaranteed! Work permit + LMIA in 30 days") is what is being sold,
  // not the sign of an employer who applies for one.
  if (firstHit.has(GUARANTEE_RULE_ID)) lawful = lawful.filter((sign) => sign.rule.id !== WORK_PERMIT_RULE_ID);
  // So is a permit promised in its own clause ("the agency promised to help her get a work permit", "lured by the
  // promise of a legal work permit", 承诺到马来西亚后再办理工作准证): the recruiter's word, which lures give freely.
  // A permit promised before the worker travels ("promised to apply for your permit before you travel", 承诺在出发前
  // 办理) is what lawful employers do: the lure's permit waits for the arrival.
  lawful = lawful.filter(
    (sign) =>
      sign.rule.id !== WORK_PERMIT_RULE_ID ||
      !PROMISED_IN_CLAUSE.test(canonical.slice(clauseStart(canonical, terms.lines, sign.start), sign.start)) ||
      BEFORE_TRAVEL.test(clauseAround(canonical, terms.lines, sign.start, sign.end)),
  );
  // One claim is one sign: words that meet two lawful rules ("Licensed by the POEA": licensed, and the licensor named)
  // count once, as the one the reader can check.
  lawful = lawful.filter(
    (sign) =>
      !lawful.some(
        (other) =>
          other !== sign &&
          other.start < sign.end &&
          sign.start < other.end &&
          (VERIFIABLE_LAWFUL_RULE_IDS.has(other.rule.id) > VERIFIABLE_LAWFUL_RULE_IDS.has(sign.rule.id) ||
            (VERIFIABLE_LAWFUL_RULE_IDS.has(other.rule.id) === VERIFIABLE_LAWFUL_RULE_IDS.has(sign.rule.id) &&
              other.start < sign.start)),
      ),
  );
  const listed = risky.filter((f) => f.rule.silent !== true);
  // Places with no word of work or hiring are a tourism report. Places and perks with no word of work itself are a
  // trip or a prize (a staff trip or a raffle names the company, not a job), unless the trip is to a compound's
  // country: a free trip there is how a lure may hide its job.
  // Made only when read: the tests above it rule most texts out, and stripping a pasted ad costs a pass over it.
  let stripped: string | undefined;
  const letters = (): string => (stripped ??= canonical.replace(NOT_LETTERS, ""));
  const perksNamed = risky.some((f) => f.rule.category === "perks");
  const placeOnly =
    risky.length > 0 &&
    risky.every((f) => TRIP_CATEGORIES.has(f.rule.category)) &&
    // Pay read in figures is a job's, whatever the trip around it.
    salaries.length === 0 &&
    TOURISM.test(canonical) &&
    ((!perksNamed && !JOB_CONTEXT.test(letters())) ||
      (destinationRisk < COMPOUND_COUNTRY_RISK && !WORK_WORDS_ZH.test(letters()) && !WORK_WORDS_EN.test(canonical)));
  const level = placeOnly
    ? "low"
    : decideLevel({
        destinationRisk,
        lureScore: risky.reduce((sum, f) => sum + f.rule.weight, 0),
        lawfulSigns: lawful.length,
        verifiableLawfulSigns: lawful.filter((f) => VERIFIABLE_LAWFUL_RULE_IDS.has(f.rule.id)).length,
        // A welder or an engineer offered a data-entry job is offered the lure's job, not a qualified post.
        skilled: skilledPost,
        professional: skilledPost && professional,
        credentialRequired: skilledPost && credentialRequired,
        lureKinds: new Set(risky.filter((f) => f.rule.weight > 0).map((f) => f.rule.category)),
        unskilledHighPay: firstHit.has(highPayRule?.id ?? "") && firstHit.has(NO_EXPERIENCE_RULE_ID),
        highPay: firstHit.has(highPayRule?.id ?? ""),
        highPayInFigures: highPay !== undefined,
        gulfHub: terms.places.some((hit) => GULF_COUNTRIES.has(hit.value.country)),
        militaryLurePlace: terms.places.some((hit) => MILITARY_LURE_COUNTRIES.has(hit.value.country)),
        payPromisedWithoutFigure:
          firstHit.has(highPayRule?.id ?? "") && salaries.length === 0 && !skilled && !abroadOnlyInPay(),
        recruiterPaysFlight: paidFlight,
        paidTravel: paidTravel !== undefined && risky.some((f) => f.rule.id === PAID_TRAVEL_RULE_ID),
        workPermit: lawful.some((f) => f.rule.id === WORK_PERMIT_RULE_ID),
        chatRecruiterOffersWork: chatOffer !== undefined && offersWork(canonical, terms.lines, chatOffer, chinese),
        // The reader approached by someone they did not seek out, for work no local requirement keeps at home.
        approachedByStranger: approached && !localHire,
        // A gig at a named town at home with no trip, its pay in figures ("movers this weekend, 3000 pesos a day,
        // Quezon City"). Pay promised in words (工资高) is the lure's promise wherever it is said.
        localGigAtHome:
          destinationRisk === 0 &&
          !paidFlight &&
          highPay !== undefined &&
          (placeAtHome() || (!chinese && ENGLISH_READERS_TOWNS.test(canonical))),
        strongSign: risky.some((f) => f.rule.weight >= 1 && !COINCIDENCE_CATEGORIES.has(f.rule.category)),
        vagueJob: risky.some((f) => f.rule.id === VAGUE_JOB_RULE_ID),
        highAnywhere: risky.some((f) => f.rule.alone === "high" && !f.rule.clearedByLawful),
        highUnlessLawful: risky.some((f) => f.rule.alone === "high" && f.rule.clearedByLawful === true),
      });

  return {
    level,
    abroad: destinationRisk > 0,
    flags: orderFlags(listed).map((f) => flagFrom(input, normalized, f)),
    lawfulSigns: lawful.map((f) => flagFrom(input, normalized, f)),
    facts: {
      salaries: salaries.slice(0, 10).map((amount) => asWritten(input, normalized, amount)),
      fees: feesShown.slice(0, 5),
      places,
      phrases,
    },
    advice: ADVICE_BY_LEVEL[level],
  };
}

/** A fee's word followed by a sum with no currency: "fee 50,000", "fees: 80000", "fee of 120k". */
const FEE_THEN_BARE_SUM =
  /\bfees?\b[ :=]{0,2}(?:of |is )?(?:only |just |about |around )?(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{2,}|[1-9]\d*(?:\.\d+)?k)(?![\d,.]*\d)\b/;
/** How far past a fee's word its sum may stand. */
const FEE_SUM_REACH = 30;
/** Where a fee flag's words and the bare sum after them stand ([start, end] in `canonical`), if a sum follows. */
function feeWithBareSum(canonical: string, fee: Found): [number, number] | undefined {
  const match = FEE_THEN_BARE_SUM.exec(canonical.slice(fee.start, fee.end + FEE_SUM_REACH));
  return match ? [fee.start, fee.start + match.index + match[0].length] : undefined;
}

function asWritten(input: string, normalized: NormalizedText, amount: SalaryFact): SalaryEvidence {
  return {
    monthlyCny: amount.monthlyCny,
    ...(amount.upperMonthlyCny !== undefined && { upperMonthlyCny: amount.upperMonthlyCny }),
    currency: amount.currency,
    period: amount.period,
    phrase: originalSpan(input, normalized, amount.start, amount.end),
  };
}

/**
 * Where the writer or the readers are from, not where the job is: "from Kenya", 来自越南, 我是印尼人, 马来西亚的朋友们.
 * The verdict shows where the offer sends people; an origin there reads as a second destination.
 */
const ORIGIN_BEFORE = /(?:\bfrom|来自|我是|我们是|老家在?|家乡在?)\s?$/;
const ORIGIN_AFTER =
  /^(?:的)?(?:朋友|兄弟|姐妹|同胞|老乡|人(?![员力工事才])|籍)|^ (?:friends|brothers|sisters|citizens|nationals)\b/;
function namedAsOrigin(canonical: string, hit: TermHit<Place>): boolean {
  return (
    ORIGIN_BEFORE.test(canonical.slice(Math.max(0, hit.start - 6), hit.start)) ||
    ORIGIN_AFTER.test(canonical.slice(hit.end, hit.end + 10))
  );
}

/** "到云南", "去缅甸": the place a move names is the place; the verb is no part of its name. */
const MOVE_BEFORE_NAME = /^[到去赴往]/u;
/** "thailand", "phnom penh" typed in lower case: shown as the place's name is written. */
const LOWER_CASE_NAME = /^[a-z][a-z .'-]*$/;
const capitalised = (name: string): string =>
  name.replace(/(^|[\s-])([a-z])/g, (_, gap: string, letter: string) => gap + letter.toUpperCase());

function describe(input: string, normalized: NormalizedText, hit: TermHit<Place>): PlaceEvidence {
  const written = originalSpan(input, normalized, hit.start, hit.end);
  const name = MOVE_BEFORE_NAME.test(written) && written.length > 2 ? written.slice(1) : written;
  return {
    id: hit.value.id,
    tier: hit.value.tier,
    country: hit.value.country,
    phrase: LOWER_CASE_NAME.test(name) ? capitalised(name) : name,
  };
}

/**
 * Whose dollars a Chinese amount without a currency is in: Hong Kong's where a Cantonese particle or Hong Kong itself
 * appears (one is enough: the choice is between two local currencies, not a language), else Taiwan's.
 */
/** Hong Kong's own words for its money and Cantonese, which name no one's home town: the job is in the city. */
const HONG_KONG_OWN_WORDS = /港[幣币元紙纸]|[佢喺唔冇嘅咗嚟哋啲㗎]/;
const HONG_KONG_CUES = new RegExp(`香港|港人|${HONG_KONG_OWN_WORDS.source}|外[傭佣]|入境[處处]|保安局|勞工處|劳工处`);
const ABROAD_CUE_RULE_ID = "abroad_cue";
/**
 * Work in a city at home (在深圳打工, 去上海上班, 在台北工作) or a trip home for the new year (过年回家, 回老家过年): the
 * writer's country is where the work is. The cities where most of China's and Taiwan's migrant workers go.
 */
const WORK_AT_HOME =
  /(?:在|去|到|来)(?:北京|上海|广州|深圳|东莞|佛山|中山|惠州|珠海|杭州|宁波|温州|义乌|苏州|无锡|昆山|南京|天津|重庆|成都|武汉|郑州|西安|长沙|厦门|泉州|福州|青岛|济南|台北|新北|桃园|台中|台南|高雄|新竹)|过年回家|春节回家|回家过年|回老家过年/;
/** 外地 as a place to go to (到外地工作), not 外地人 (people from elsewhere), read in a Hong Kong text. */
const HONG_KONG_ABROAD = /外地(?![人户戶])/;
/** A Traditional text about mainland people (a Hong Kong or Taiwan report on mainland victims) quotes yuan. */
const MAINLAND_CUES = /人民幣|人民币|陸籍|陆籍|(?:內地|内地|大陸|大陆)(?:人|男|女|居民|民眾|同胞|青年|籍)/;
/**
 * Hong Kong's districts and towns (旺角, 荃湾, 尖沙咀) say its dollars as well as its name does. Names that are also
 * everyday words (上水, 北角, 坑口, 大围, 乐富) say nothing.
 */
const HONG_KONG_PLACE_WORDS = new Set(["上水", "北角", "坑口", "大围", "乐富", "大埔", "东涌"]);
const HONG_KONG_PLACES = new RegExp(HOME_PLACES.hk.bare.filter((name) => !HONG_KONG_PLACE_WORDS.has(name)).join("|"));
/**
 * Taiwan's counties and cities (高雄, 台中): an ad for work there pays Taiwan dollars even when it is typed in Simplified
 * characters ("高雄便利店招店员，时薪210"). Not 金门 or 连江, whose names are also mainland places.
 */
const TAIWAN_CITIES = /台北|新北|桃园|台中|台南|高雄|基隆|新竹|苗栗|彰化|南投|云林|嘉义|屏东|宜兰|花莲|台东|澎湖/;
/** A promise made in the clause before a sign: the recruiter's word, not the sign itself. */
const PROMISED_IN_CLAUSE = /\b(?:promise|promised|promises|promising)\b|承诺|答应|许诺/;
/** Before the worker leaves home ("before you travel", 出发前, 出国前): a permit issued then is checked before going. */
const BEFORE_TRAVEL =
  /\bbefore (?:you |they |she |he |we |i )?(?:travel|depart|fly|leave|arrive|arrival|departure|travelling|traveling|flying|leaving)\b|(?:出发|出国|出境|启程|动身|登机|入境)(?:之)?前/;
/** Macau and its districts (氹仔, 路氹): a text about work there pays patacas. */
const MACAU_PLACES = new RegExp(["澳门", ...HOME_PLACES.mo.bare].join("|"));
/** Mainland places and cues in a Simplified text: 高雄 beside 深圳 is no Taiwan ad. */
const MAINLAND_PLACES = new RegExp(HOME_PLACES.cn.marked.filter((name) => /\p{Script=Han}/u.test(name)).join("|"));
/**
 * A mainland city named as the workplace (深圳公司, 上海市, 杭州写字楼): a place named alone may be where the reader is
 * from ("河南小伙被骗去…").
 */
const MAINLAND_WORKPLACE = new RegExp(
  `(?:${MAINLAND_PLACES.source})(?:市|区|公司|写字楼|办公室|总部|门店|分公司|工厂)`,
);
/**
 * A town in the home country of an English reader (Quezon City, Nairobi, Kathmandu), by its Latin name: where a local
 * gig is, not a destination.
 */
const ENGLISH_READERS_TOWNS = new RegExp(
  String.raw`\b(?:${[...HOME_COUNTRIES_OF_ENGLISH_READERS]
    .flatMap((code) => {
      const places = (HOME_PLACES as Partial<Record<string, { bare: readonly string[]; marked: readonly string[] }>>)[
        code
      ];
      return places ? [...places.bare, ...places.marked] : [];
    })
    .filter((name) => /^[a-z][a-z .'-]+$/.test(name))
    .join("|")})\b`,
);
/** A town at home named in a Chinese ad: a Hong Kong district, a Taiwan city or a mainland city as the workplace. */
function namesTownAtHome(canonical: string): boolean {
  return HONG_KONG_PLACES.test(canonical) || TAIWAN_CITIES.test(canonical) || MAINLAND_WORKPLACE.test(canonical);
}
function localCurrencyOf(input: string, canonical: string): LocalCurrency {
  if (MAINLAND_CUES.test(input)) return "CNY";
  // Macau named, or one of its districts (路氹, 氹仔), and no other home city: its patacas, whatever the script.
  if (MACAU_PLACES.test(canonical) && !HONG_KONG_PLACES.test(canonical) && !TAIWAN_CITIES.test(canonical)) return "MOP";
  if (!isTraditionalChinese(input)) {
    if (MAINLAND_PLACES.test(canonical)) return "CNY";
    // A Hong Kong district (沙田, 旺角) or the city's own words (港币, Cantonese) typed in Simplified characters: the
    // job is in Hong Kong and pays its dollars. The city's name alone may be a boss's home ("老板是香港人").
    if (HONG_KONG_PLACES.test(canonical) || HONG_KONG_OWN_WORDS.test(input)) return "HKD";
    return TAIWAN_CITIES.test(canonical) ? "TWD" : "CNY";
  }
  return HONG_KONG_CUES.test(input) || HONG_KONG_PLACES.test(canonical) ? "HKD" : "TWD";
}

/**
 * Countries whose employers state pay in their own currency, with that currency: a Chinese ad for work there that
 * writes an amount with no currency means it, not the reader's yuan or Taiwan dollars. (The United States is named
 * mostly in company profiles, "在美国上市", and its dollars are written "$" or 美元.)
 */
const OWN_CURRENCY_COUNTRIES = new Map([
  ["jp", "JPY"],
  ["sg", "SGD"],
  ["gb", "GBP"],
  ["de", "EUR"],
  ["au", "AUD"],
  ["ca", "CAD"],
]);

/**
 * A country named as the workplace: gone to or worked in ("赴日本", "新加坡工作", "工作地点：东京"), or the ad's first
 * word.
 */
const WORKPLACE_BEFORE = new RegExp(`(?:[赴去到往驻]|${WORKPLACE_LABEL_SOURCE})$`);
const WORKPLACE_AFTER = /^(?:工作|打工|务工|就业|招|诚征|诚聘|征|的工作)/;

/**
 * The currency of the one country named as the workplace, when it pays in its own (none with another foreign place
 * named): a country named only in a company's profile ("美国上市") is no workplace.
 */
function ownCurrencyWorkplace(
  text: string,
  places: readonly { value: { country: string }; start: number; end: number }[],
): string | undefined {
  let currency: string | undefined;
  for (const place of places) {
    if (HOME_COUNTRIES_OF_CHINESE_READERS.has(place.value.country)) continue;
    const workplace =
      place.start <= 1 ||
      WORKPLACE_BEFORE.test(text.slice(Math.max(0, place.start - 16), place.start)) ||
      WORKPLACE_AFTER.test(text.slice(place.end, place.end + 4));
    if (!workplace) continue;
    const own = OWN_CURRENCY_COUNTRIES.get(place.value.country);
    if (!own || (currency && own !== currency)) return undefined;
    currency = own;
  }
  return currency;
}

/**
 * Whether work is what the chat app or post at `found` offers: a word of work in its clause (Chinese writers chain
 * unrelated clauses with commas: "我在新加坡工作，有事微信联系我") or in its English sentence ("she responded to a
 * post looking for cooks in Russia, and two women reached out via WhatsApp").
 */
function offersWork(text: string, lines: LineBreaks, found: Found, chinese: boolean): boolean {
  if (chinese) return WORK_WORDS_ZH.test(clauseAround(text, lines, found.start, found.end).replace(NOT_LETTERS, ""));
  const lineStart = Math.max(lines.lineStart(found.start), lines.sentenceStart(found.start));
  const lineEnd = Math.min(lines.lineEnd(found.end - 1, text.length), lines.sentenceEnd(found.start, text.length));
  let from = found.start;
  while (from > lineStart && !SENTENCE_END_CHAR.test(text.charAt(from - 1))) from--;
  let to = found.end;
  while (to < lineEnd && !SENTENCE_END_CHAR.test(text.charAt(to))) to++;
  return WORK_WORDS_EN.test(text.slice(from, to).replace(OWN_WORK, ""));
}

/** Whether two hits stand in one clause (on one line, with no clause break between them: as `clauseAround`). */
function sameClause(text: string, lines: LineBreaks, a: Found, b: Found): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return (
    lines.lineOf(first.start) === lines.lineOf(second.start) &&
    !CLAUSE_BREAK_CHAR.test(text.slice(first.end, second.start))
  );
}

/** Where the clause holding `at` begins: after the last clause break before it on its line. */
function clauseStart(text: string, lines: LineBreaks, at: number): number {
  const lineStart = lines.lineStart(at);
  let from = at;
  while (from > lineStart && !CLAUSE_BREAK_CHAR.test(text.charAt(from - 1))) from--;
  return from;
}

/** The clause (between commas, sentence ends and line breaks) that holds `start`–`end`. */
function clauseAround(text: string, lines: LineBreaks, start: number, end: number): string {
  const from = clauseStart(text, lines, start);
  const lineEnd = lines.lineEnd(end - 1, text.length);
  let to = end;
  while (to < lineEnd && !CLAUSE_BREAK_CHAR.test(text.charAt(to))) to++;
  return text.slice(from, to);
}

/** The clause (between commas and sentence ends) each normalised offset falls in. */
function clauseIndex(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (const match of text.matchAll(CLAUSE_BREAKS)) breaks.push(match.index);
  return (offset) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (breaks[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

/** The weightiest flags first (an "anywhere" flag before a contact channel), then in order of appearance. */
function orderFlags(found: Found[]): Found[] {
  const rank = (f: Found): number =>
    (f.rule.alone ? 100 : 0) + f.rule.weight + (f.rule.category === "destination" ? 50 : 0);
  return [...found].sort((a, b) => rank(b) - rank(a) || a.start - b.start);
}
