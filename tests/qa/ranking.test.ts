import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readJsonl } from "../../src/cli/eval-data.ts";
import { searchDocs, termsOf } from "../../src/qa/match.ts";
import {
  buildSearchIndex,
  COMMON_TERM_SHARE,
  COMMON_TERM_WEIGHT,
  createEntryRanking,
  GENERIC_TERMS,
  type RankedEntry,
  type SearchDoc,
} from "../../src/qa/ranking.ts";
import { searchTerms } from "../../src/qa/tokenize.ts";
import { ReadText } from "../../src/text/read-text.ts";
import { DANGER_PHRASINGS, NOT_DANGER, OFF_TOPIC, TOPIC_PHRASINGS } from "./phrasings.ts";

/**
 * The ranking as MiniSearch answers the whole question in one OR query, each known term boosted by its count (by half
 * for a term common to most entries or a generic work word), each document's score
 * multiplied by the terms it matched, such a light one counting as its weight (at least one in all), instead of by
 * their number.
 */
function rankedByMiniSearch(docs: readonly SearchDoc[], vocabulary: ReadonlySet<string>, terms: readonly string[]) {
  const index = (indexes.get(docs) ?? indexes.set(docs, buildSearchIndex(docs, termsOf)).get(docs))!;
  const occurrences = new Map<string, number>();
  for (const term of terms) if (vocabulary.has(term)) occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
  const byEntry = new Map<string, RankedEntry>();
  const results = index.search([...occurrences.keys()].join(" "), {
    tokenize: (query) => (query === "" ? [] : query.split(" ")),
    boostTerm: (term) => (occurrences.get(term) ?? 1) * (isLight(term) ? COMMON_TERM_WEIGHT : 1),
  });
  const scoreOf = (result: (typeof results)[number]): number =>
    (result.score / result.queryTerms.length) *
    Math.max(
      1,
      result.queryTerms.reduce((sum, term) => sum + (isLight(term) ? COMMON_TERM_WEIGHT : 1), 0),
    );
  for (const result of results.sort((a, b) => scoreOf(b) - scoreOf(a))) {
    const entry = String(result["entry"]);
    const score = scoreOf(result);
    const previous = byEntry.get(entry);
    if (!previous || previous.score < score)
      byEntry.set(entry, {
        entry,
        score,
        matched: result.queryTerms,
        onTopic: Object.entries(result.match).some(
          ([term, fields]) => fields.includes("keywords") && !/^\p{Script=Han}$/u.test(term),
        ),
      });
  }
  return [...byEntry.values()].sort((a, b) => b.score - a.score);
}
const indexes = new Map<readonly SearchDoc[], ReturnType<typeof buildSearchIndex>>();
/**
 * Scores to about ten significant digits: undoing MiniSearch's multiplication by all matched terms rounds the last bit, and
 * rounding both to a fixed number of digits still differs when a score falls on a rounding boundary (62.91999438905).
 */
const comparable = (ranked: readonly RankedEntry[]) =>
  ranked.map((entry) => ({
    ...entry,
    score: expect.closeTo(entry.score, Math.max(0, 10 - Math.ceil(Math.log10(Math.abs(entry.score) + 1)))),
  }));

const docs = searchDocs();
const vocabulary = new Set(docs.flatMap((doc) => [...termsOf(doc.samples), ...termsOf(doc.keywords, "keywords")]));
/** Terms more than `COMMON_TERM_SHARE` of the entries hold. */
const common = (() => {
  const holders = new Map<string, Set<string>>();
  for (const doc of docs)
    for (const term of [...termsOf(doc.samples), ...termsOf(doc.keywords, "keywords")])
      holders.set(term, (holders.get(term) ?? new Set()).add(doc.entry));
  const entries = new Set(docs.map((doc) => doc.entry)).size;
  return new Set([...holders].filter(([, held]) => held.size > entries * COMMON_TERM_SHARE).map(([term]) => term));
})();
/** Terms weighed at half: common ones and generic work words. */
const isLight = (term: string): boolean => common.has(term) || GENERIC_TERMS.has(term);
const ranking = createEntryRanking(docs, termsOf);
const termsOfText = (text: string): string[] => searchTerms(new ReadText(text).canonical);

describe("entry ranking from precomputed postings", () => {
  it("gives MiniSearch's scores, matched terms and order (ties included) for the questions and ads people send", () => {
    const texts = [
      ...[...TOPIC_PHRASINGS, ...DANGER_PHRASINGS, ...NOT_DANGER, ...OFF_TOPIC].map((item) =>
        typeof item === "string" ? item : item.text,
      ),
      ...["questions-dev.jsonl", "lures-dev.jsonl", "ads.jsonl", "ads-overseas-dev.jsonl"].flatMap((file) =>
        readJsonl(file).map((item) => item.text),
      ),
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      const terms = termsOfText(text);
      expect(ranking.rank(terms), text).toEqual(comparable(rankedByMiniSearch(docs, vocabulary, terms)));
    }
  });

  it("gives MiniSearch's ranking for any mix and repetition of known and unknown terms", () => {
    const known = [...vocabulary];
    const term = fc.oneof(fc.constantFrom(...known), fc.constantFrom("天气", "scholarship", "zzz"));
    fc.assert(
      fc.property(fc.array(term, { maxLength: 60 }), (terms) => {
        expect(ranking.rank(terms)).toEqual(comparable(rankedByMiniSearch(docs, vocabulary, terms)));
      }),
      { numRuns: 300 },
    );
  });

  it("counts the documents that hold each term, in either field", () => {
    expect(new Set(ranking.documentFrequency.keys())).toEqual(vocabulary);
    const termSets = docs.map((doc) => new Set([...termsOf(doc.samples), ...termsOf(doc.keywords, "keywords")]));
    for (const term of vocabulary) {
      const holding = termSets.filter((terms) => terms.has(term));
      expect(ranking.documentFrequency.get(term), term).toBe(holding.length);
    }
  });

  it("lets a question's topical word outweigh the words most entries share (job, work, abroad)", () => {
    expect(["job", "work", "abroad"].every((term) => common.has(term))).toBe(true);
    const terms = termsOfText("What quota do workers on these jobs abroad have to meet at work?");
    expect(ranking.rank(terms)[0]?.entry).toBe("compound_life");
  });

  it("keeps no state between questions: the same terms rank the same after other questions", () => {
    const first = termsOfText("我儿子在缅甸被关起来了，他们要赎金");
    const before = ranking.rank(first);
    ranking.rank(termsOfText("Is this job in Dubai legit? They pay the flight"));
    ranking.rank([]);
    expect(ranking.rank(first)).toEqual(before);
  });
});
