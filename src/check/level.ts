/**
 * Turns the flags found in an offer into a level (PRODUCT.md §4): combinations matter more than words.
 *
 * - A passport or phone handover, secrecy from family, an irregular border crossing, "no passport needed" or a fee
 *   to the recruiter is high risk wherever the job is (a fee is lowered to a warning by two lawful signs: licensed
 *   agencies may charge a capped, receipted fee).
 * - A destination alone is a warning sign when it is a compound hot spot or a compound country; with one lure sign
 *   (unrealistic pay, vague unskilled work, paid travel, tourist visa for work…) it is high risk. A transit country
 *   or "abroad" named in advisories as a fake-job destination (Thailand, Dubai…) takes two lure signs.
 * - Lawful signs (work permit, licensed employer, written contract, no fee, video interview) each cancel one lure
 *   sign, and three of them keep an offer with no "anywhere" flag below high. Low pay never clears anything.
 */
export type RiskLevel = "high" | "warning" | "low";

/** How risky the riskiest named destination is: 3 hot spot, 2 compound country, 1 transit/abroad, 0 none. */
export type DestinationRisk = 0 | 1 | 2 | 3;

export interface LevelInput {
  destinationRisk: DestinationRisk;
  /** Sum of the weights of the distinct non-lawful rules found (each rule counts once). */
  lureScore: number;
  /** Number of distinct lawful signs found. */
  lawfulSigns: number;
  /** An "anywhere" flag that lawful signs cannot clear was found. */
  highAnywhere: boolean;
  /** An "anywhere" flag that enough lawful signs can lower to a warning was found. */
  highUnlessLawful: boolean;
}

/** Lure score that makes each destination risk high risk (index = DestinationRisk). */
const HIGH_AT: readonly number[] = [Number.POSITIVE_INFINITY, 2, 1, 1];
/** Lure signs that make an offer with no named destination worth a warning (domestic lures exist too). */
const WARNING_WITHOUT_DESTINATION = 3;
/** Lure signs that make an offer with no named destination high risk (pay + travel paid + no experience + vague job). */
const HIGH_WITHOUT_DESTINATION = 4;
const LAWFUL_SIGNS_TO_CLEAR = 2;
const LAWFUL_SIGNS_TO_CAP = 3;

export function decideLevel(input: LevelInput): RiskLevel {
  const { destinationRisk, lureScore, lawfulSigns } = input;
  if (input.highAnywhere) return "high";
  if (input.highUnlessLawful && lawfulSigns < LAWFUL_SIGNS_TO_CLEAR) return "high";
  const netScore = lureScore - lawfulSigns;
  if (destinationRisk > 0 && lawfulSigns < LAWFUL_SIGNS_TO_CAP && netScore >= HIGH_AT[destinationRisk]!) return "high";
  // Several strong signs together weigh like a destination: real recruiters often name no place at all.
  if (destinationRisk === 0 && lawfulSigns < LAWFUL_SIGNS_TO_CAP && netScore >= HIGH_WITHOUT_DESTINATION) return "high";
  if (input.highUnlessLawful) return "warning";
  if (destinationRisk >= 2) return "warning";
  if (destinationRisk === 1 && netScore >= 1) return "warning";
  if (netScore >= WARNING_WITHOUT_DESTINATION) return "warning";
  return "low";
}
