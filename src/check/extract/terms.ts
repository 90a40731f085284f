/**
 * Finds, in one pass over the normalised text, every place of `src/content/places.ts` (countries, towns, compounds,
 * border crossings, in every written form listed) and every term of the rules in `src/content/rules.ts` (job type,
 * perks, travel arrangements, documents, contact channel, urgency, secrecy, fees, debts, lawful signs). The content
 * decides what each term means; this module only finds terms and drops negated ones ("不收押金", "no placement fee").
 */
import { PLACES, type Place } from "../../content/places.ts";
import { RULES, type Rule } from "../../content/rules.ts";
import { TermMatcher, type TermEntry, type TermHit } from "../match.ts";

type Term = { rule: Rule; place?: undefined } | { place: Place; rule?: undefined };

const matcher = new TermMatcher<Term>([
  // One value object per place and per rule, so the matcher's cap on repeats counts per place and per rule.
  ...PLACES.flatMap((place): TermEntry<Term>[] => {
    const value = { place };
    return [
      ...place.names.map((term) => ({ term, value })),
      ...(place.abbreviations ?? []).map((term) => ({ term, value, needsHanNeighbour: true })),
    ];
  }),
  ...RULES.flatMap((rule): TermEntry<Term>[] => {
    const value = { rule };
    return [...(rule.terms?.zh ?? []), ...(rule.terms?.en ?? [])].map((term) => ({ term, value }));
  }),
]);

/** A negation just before a term, within the same clause. */
const NEGATION = /不|无|免|没|勿|别|未|非|零|\bno\b|\bnot\b|\bnever\b|\bwithout\b|\bfree of\b|\bzero\b|n't\b|\bnor\b/;
const CLAUSE_BREAK = /[,;:!?。、()[\]【】]/g;

function isNegated(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 12), start);
  let clauseStart = 0;
  for (const match of window.matchAll(CLAUSE_BREAK)) clauseStart = match.index + 1;
  return NEGATION.test(window.slice(clauseStart));
}

/** Enough repeats to see past a few negated mentions ("不收押金") to a real one; more add nothing. */
const MAX_HITS_PER_RULE_OR_PLACE = 8;

export interface FoundTerms {
  /** Rule terms, negated ones removed, in order of where they end. */
  rules: TermHit<Rule>[];
  /** Place mentions; a longer name wins over a name inside it (KK园区 over KK). */
  places: TermHit<Place>[];
}

export function findTerms(text: string): FoundTerms {
  const rules: TermHit<Rule>[] = [];
  const places: TermHit<Place>[] = [];
  for (const hit of matcher.find(text, MAX_HITS_PER_RULE_OR_PLACE)) {
    const { rule, place } = hit.value;
    if (rule) {
      if (!(rule.negatable && isNegated(text, hit.start))) rules.push({ value: rule, start: hit.start, end: hit.end });
    } else places.push({ value: place, start: hit.start, end: hit.end });
  }
  places.sort((a, b) => a.start - b.start || b.end - a.end);
  let coveredTo = -1;
  return {
    rules,
    places: places.filter((hit) => {
      if (hit.end <= coveredTo) return false;
      coveredTo = hit.end;
      return true;
    }),
  };
}
