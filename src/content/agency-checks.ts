/**
 * Where a job seeker of each nationality checks, with their own government, that the agency recruiting them may recruit
 * for work abroad: the line a verdict adds under "what to do now" when the writers say their nationality of themselves
 * (issue 12; sos/nationality.ts `writersOwnNationality`). Only nationalities with an official register someone can
 * search are listed; the wording lives in `locales/` under `check.agency.<nationality>`.
 */
import { contactById } from "./contacts.ts";
import type { Nationality } from "./places.ts";
import type { Sourced } from "./sourced.ts";
import {
  AGENCY_CHECKS_REVIEWED,
  DMW_PH_FEES,
  HK_LD_EMPLOYMENT_AGENCIES,
  ID_KP2MI_SISKOP2MI,
  ID_SIP3MI_LIST,
  LK_SLBFE,
  LK_SLBFE_AGENT,
  MEA_IN_ILLEGAL_AGENTS,
  MEA_IN_RECRUITING_AGENTS,
} from "./sources.ts";

export interface AgencyCheck extends Sourced {
  nationality: Nationality;
  /** Locale key of the line: which register to search and what it shows. */
  key: string;
  /** The line's hotline, as contacts.ts has it sourced (`${hotline}` in the locale line). */
  hotline?: string;
  /** Its contact in contacts.ts, whose number the line shows with where it can be dialled ("1989 (in Sri Lanka)"). */
  hotlineContact?: string;
}

const check = (nationality: Nationality, source: readonly string[], hotlineContact?: string): AgencyCheck => {
  const hotline = hotlineContact ? contactById(hotlineContact).numbers[0]?.dial : undefined;
  return {
    nationality,
    key: `check.agency.${nationality}`,
    ...(hotline && hotlineContact ? { hotline, hotlineContact } : {}),
    source,
    reviewed: AGENCY_CHECKS_REVIEWED,
  };
};

export const AGENCY_CHECKS: readonly AgencyCheck[] = [
  // The DMW licenses agencies recruiting Filipinos; its advisory says to verify them at dmw.gov.ph.
  check("ph", [DMW_PH_FEES]),
  // A placement company (P3MI) needs a SIP3MI licence; licensed companies and one's own placement are in SISKOP2MI.
  check("id", [ID_KP2MI_SISKOP2MI, ID_SIP3MI_LIST]),
  // Only agents registered with the Protector General of Emigrants may recruit; eMigrate lists illegal agents.
  check("in", [MEA_IN_RECRUITING_AGENTS, MEA_IN_ILLEGAL_AGENTS]),
  // The agent's SLBFE licence and the SLBFE's approval for this job; the SLBFE's 24-hour line verifies agencies.
  check("lk", [LK_SLBFE_AGENT, LK_SLBFE], "lk_slbfe_1989"),
  // Hong Kong's employment agencies need a Labour Department licence, searchable on its portal.
  check("hk", [HK_LD_EMPLOYMENT_AGENCIES]),
];

/** The line for a writer of `nationality`, when their government keeps a register to search. */
export function agencyCheckFor(nationality: Nationality | undefined): AgencyCheck | undefined {
  return nationality === undefined ? undefined : AGENCY_CHECKS.find((entry) => entry.nationality === nationality);
}
