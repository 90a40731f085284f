/** What the offer check answers: the level, the red flags and lawful signs with their phrases, and the facts read. */
import type { PlaceTier } from "../content/places.ts";
import type { RuleCategory } from "../content/rules.ts";
import type { PayPeriod } from "./extract/salary.ts";
import type { RiskLevel } from "./level.ts";

/**
 * Longest text read; a longer paste (Telegram caps a message at 4096, but links hidden behind its words are added) is
 * checked on its start and its end, where a long ad's pay, place and terms often come.
 */
export const MAX_CHECKED_CHARS = 4096;

export interface FlagHit {
  id: string;
  category: string;
  evidence: string /* original text as written */;
  start: number;
  end: number;
}

export interface SalaryEvidence {
  monthlyCny: number;
  /** The top of a range as written ("15k-30k"), per month in CNY. */
  upperMonthlyCny?: number;
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
  /** Sums the offer asks the job seeker to pay (fees, deposits), as written. */
  fees: SalaryEvidence[];
  places: PlaceEvidence[];
  /** Phrases as written, per category of rule that raised a flag or a lawful sign (job, perks, travel, fees…). */
  phrases: Partial<Record<RuleCategory, string[]>>;
}

export interface Verdict {
  level: RiskLevel;
  /** Whether the job is abroad for its reader (any destination outside home, or any cue of going abroad). */
  abroad: boolean;
  flags: FlagHit[];
  facts: OfferFacts;
  lawfulSigns: FlagHit[];
  advice: string[] /* locale keys */;
}
