/**
 * The offer check (PRODUCT.md §2.1, §4): reads a job offer as written — obfuscated, in Chinese or English — and says
 * how risky it is, which red flags it shows with the phrase that raised each, and which lawful signs it carries.
 *
 * Deterministic, offline and linear-time, so that the bot, the CLI and other platforms can call it on any input.
 */
import type { PlaceTier } from "../content/places.ts";
import { RULES, type Rule, type RuleCategory } from "../content/rules.ts";
import { EXTREME_MONTHLY_PAY_CNY, HIGH_MONTHLY_PAY_CNY } from "../content/currencies.ts";
import { normalizeText, originalRange, originalSpan, type NormalizedText } from "../text/normalize.ts";
import { extractSalaries, type PayPeriod } from "./extract/salary.ts";
import { findTerms } from "./extract/terms.ts";
import { decideLevel, type DestinationRisk, type RiskLevel } from "./level.ts";

export type { RiskLevel } from "./level.ts";
export { formatVerdict, formatVerdictCard, looksLikeOffer } from "./present.ts";

export interface FlagHit {
  id: string;
  category: string;
  evidence: string /* original text as written */;
  start: number;
  end: number;
}

export interface SalaryEvidence {
  monthlyCny: number;
  currency: string;
  period: PayPeriod;
  phrase: string;
}

export interface PlaceEvidence {
  id: string;
  tier: PlaceTier;
  country: string;
  phrase: string;
}

/** What the offer says, as extracted: pay, places, and the phrases found per rule category. */
export interface OfferFacts {
  salaries: SalaryEvidence[];
  places: PlaceEvidence[];
  /** Phrases as written, per category of rule that raised a flag or a lawful sign (job, perks, travel, fees…). */
  phrases: Partial<Record<RuleCategory, string[]>>;
}

export interface Verdict {
  level: RiskLevel;
  flags: FlagHit[];
  facts: OfferFacts;
  lawfulSigns: FlagHit[];
  advice: string[] /* locale keys */;
}

/** Longest text read; a longer paste is checked on its first part (offers are short, Telegram caps at 4096). */
export const MAX_CHECKED_CHARS = 4096;

const RULE_BY_EXTRACTOR = new Map(RULES.flatMap((rule) => (rule.extractor ? [[rule.extractor, rule] as const] : [])));
const TIER_EXTRACTOR = {
  hotspot: "place-hotspot",
  "risk-country": "place-risk-country",
  transit: "place-transit",
} as const;
const TIER_RISK: Record<PlaceTier, DestinationRisk> = { hotspot: 3, "risk-country": 2, transit: 1 };
const OVERSEAS_RULE_ID = "overseas_job";
const COMPOUND_RULE_ID = "compound";
const PAID_TRAVEL_RULE_ID = "paid_travel";
const VAGUE_JOB_RULE_ID = "vague_job";
const AIR_TRAVEL = /机|flight|plane|air/;
/** Currencies a Chinese-reading job seeker is paid in at home (mainland, Hong Kong, Taiwan, Macau). */
const HOME_CURRENCIES_OF_CHINESE_READERS = new Set(["CNY", "HKD", "TWD", "MOP"]);

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

function flagFrom(input: string, normalized: NormalizedText, found: Found): FlagHit {
  const [start, end] = originalRange(input, normalized, found.start, found.end);
  return { id: found.rule.id, category: found.rule.category, evidence: input.slice(start, end), start, end };
}

/**
 * Checks one offer. Never throws: any string (or even a non-string from a careless caller) gets a verdict.
 */
export function checkOffer(text: string): Verdict {
  const input = typeof text === "string" ? text.slice(0, MAX_CHECKED_CHARS) : "";
  const normalized = normalizeText(input);
  const canonical = normalized.text;

  // First hit of each rule, in order of appearance.
  const firstHit = new Map<string, Found>();
  const note = (found: Found): void => {
    const seen = firstHit.get(found.rule.id);
    if (!seen || found.start < seen.start) firstHit.set(found.rule.id, found);
  };
  const phrases: Partial<Record<RuleCategory, string[]>> = {};

  const terms = findTerms(canonical);
  for (const hit of terms.rules) {
    note({ rule: hit.value, start: hit.start, end: hit.end });
    const list = (phrases[hit.value.category] ??= []);
    if (list.length < 5) list.push(originalSpan(input, normalized, hit.start, hit.end));
  }

  const salaries = extractSalaries(canonical);
  const highPay = salaries.find((salary) => salary.monthlyCny >= HIGH_MONTHLY_PAY_CNY);
  const highPayRule = RULE_BY_EXTRACTOR.get("high-pay");
  if (highPay && highPayRule)
    firstHit.set(highPayRule.id, { rule: highPayRule, start: highPay.start, end: highPay.end });
  const extremePay = salaries.find((salary) => salary.monthlyCny >= EXTREME_MONTHLY_PAY_CNY);
  const extremePayRule = RULE_BY_EXTRACTOR.get("extreme-pay");
  if (extremePay && extremePayRule) note({ rule: extremePayRule, start: extremePay.start, end: extremePay.end });

  // Pay in a foreign currency in a Chinese text (美元, 令吉, U) means the job is abroad even if no place is named.
  const chinese = /[\u4e00-\u9fff]/.test(canonical);
  const paidAbroad = chinese && salaries.some((salary) => !HOME_CURRENCIES_OF_CHINESE_READERS.has(salary.currency));
  let destinationRisk: DestinationRisk = firstHit.has(OVERSEAS_RULE_ID) || paidAbroad ? 1 : 0;
  const places: PlaceEvidence[] = [];
  const placeSpans: [number, number][] = [];
  for (const hit of terms.places) {
    placeSpans.push([hit.start, hit.end]);
    const place = hit.value;
    if (places.length < 10) {
      places.push({
        id: place.id,
        tier: place.tier,
        country: place.country,
        phrase: originalSpan(input, normalized, hit.start, hit.end),
      });
    }
    destinationRisk = Math.max(destinationRisk, TIER_RISK[place.tier]) as DestinationRisk;
    const rule = RULE_BY_EXTRACTOR.get(TIER_EXTRACTOR[place.tier]);
    if (rule) note({ rule, start: hit.start, end: hit.end });
  }
  // "园区" inside a place name (KK园区) is already the destination flag, not a second flag.
  const compound = firstHit.get(COMPOUND_RULE_ID);
  if (compound && placeSpans.some(([start, end]) => start <= compound.start && compound.end <= end))
    firstHit.delete(COMPOUND_RULE_ID);
  // Only the riskiest destination is a flag of its own; the others are facts.
  for (const [tier, extractor] of Object.entries(TIER_EXTRACTOR)) {
    if (TIER_RISK[tier as PlaceTier] < destinationRisk) firstHit.delete(RULE_BY_EXTRACTOR.get(extractor)?.id ?? "");
  }
  if (destinationRisk > 1) firstHit.delete(OVERSEAS_RULE_ID);

  // A recruiter who pays the flight is sending you abroad, even when the ad names no country.
  const paidTravel = firstHit.get(PAID_TRAVEL_RULE_ID);
  if (paidTravel && AIR_TRAVEL.test(canonical.slice(paidTravel.start, paidTravel.end))) {
    destinationRisk = Math.max(destinationRisk, 1) as DestinationRisk;
  }

  const found = [...firstHit.values()].sort((a, b) => a.start - b.start);
  const lawful = found.filter((f) => f.rule.category === "lawful");
  const risky = found.filter((f) => f.rule.category !== "lawful");
  const level = decideLevel({
    destinationRisk,
    lureScore:
      risky.reduce((sum, f) => sum + f.rule.weight, 0) +
      // Advisories name exactly this pattern: customer-care, data-entry or marketing work "in Thailand" or
      // "in Dubai" (India MEA 2022, Kenya embassy 2022, FBI 2023), so it counts as a second sign.
      (destinationRisk === 1 && places.some((place) => place.tier === "transit") && firstHit.has(VAGUE_JOB_RULE_ID)
        ? 1
        : 0),
    lawfulSigns: lawful.length,
    highAnywhere: risky.some((f) => f.rule.alone === "high" && !f.rule.clearedByLawful),
    highUnlessLawful: risky.some((f) => f.rule.alone === "high" && f.rule.clearedByLawful === true),
  });

  return {
    level,
    flags: orderFlags(risky).map((f) => flagFrom(input, normalized, f)),
    lawfulSigns: lawful.map((f) => flagFrom(input, normalized, f)),
    facts: {
      salaries: salaries.slice(0, 10).map((salary) => ({
        monthlyCny: salary.monthlyCny,
        currency: salary.currency,
        period: salary.period,
        phrase: originalSpan(input, normalized, salary.start, salary.end),
      })),
      places,
      phrases,
    },
    advice: ADVICE_BY_LEVEL[level],
  };
}

/** The weightiest flags first (an "anywhere" flag before a contact channel), then in order of appearance. */
function orderFlags(found: Found[]): Found[] {
  const rank = (f: Found): number =>
    (f.rule.alone ? 100 : 0) + f.rule.weight + (f.rule.category === "destination" ? 50 : 0);
  return [...found].sort((a, b) => rank(b) - rank(a) || a.start - b.start);
}
