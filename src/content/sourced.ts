/**
 * Every fact the bot states carries where it comes from and when an editor last checked it,
 * so that stale numbers and claims can be found and re-verified (PRODUCT.md §3).
 */
export interface Sourced {
  /** One or more public URLs that support the fact. */
  source: readonly string[];
  /** ISO date (YYYY-MM-DD) of the last human review against the source. */
  reviewed: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Lists what is wrong with a fact's provenance; empty when it is well sourced. */
export function provenanceProblems(fact: Sourced): string[] {
  const problems: string[] = [];
  if (fact.source.length === 0) problems.push("no source");
  for (const url of fact.source) {
    if (!/^https?:\/\/\S+$/.test(url)) problems.push(`source is not a URL: ${url}`);
  }
  if (!ISO_DATE.test(fact.reviewed) || Number.isNaN(Date.parse(fact.reviewed))) {
    problems.push(`reviewed is not a YYYY-MM-DD date: ${fact.reviewed}`);
  }
  return problems;
}
