/**
 * Ranks the Q&A entries for a question's terms by BM25 (MiniSearch) over each entry's sample questions and keywords.
 *
 * Words that most entries hold ("工作", "job", "work", "abroad") say the question is about work abroad, not which topic
 * it asks: they weigh half, in their score and among the matched terms that MiniSearch multiplies a score by.
 * Counted in full, an entry with many samples won on them over the one entry holding the question's topical word
 * ("What quota do workers on these jobs abroad have to meet at work?").
 *
 * MiniSearch builds the index and scores every term once, when the ranking is made: each known term keeps its postings
 * (the documents that hold it and its BM25 score in each field). A question then costs a walk over the postings of its
 * known terms, summed in the order and with the arithmetic MiniSearch's OR query uses, so the scores and the order of
 * ties are MiniSearch's own for that weighting (tests/qa/ranking.test.ts compares them). Searching the index per
 * message built a result object, a match map and option objects per term and document: a fifth of a question's CPU, and
 * more for a pasted ad with dozens of known terms.
 */
import MiniSearch from "minisearch";

export interface SearchDoc {
  id: string;
  /** The entry the document belongs to (several documents per entry: one per script). */
  entry: string;
  /** Sample questions, one a line. */
  samples: string;
  /** Topic keywords, one a line. */
  keywords: string;
}

export interface RankedEntry {
  entry: string;
  score: number;
  /** Query terms this entry matched. */
  matched: readonly string[];
  /** The question shares one of the entry's topic keywords, not only words of its sample questions. */
  onTopic: boolean;
}

export interface EntryRanking {
  /** Entries by score, best first; an entry's score is its best document's. */
  rank(terms: readonly string[]): RankedEntry[];
  /** How many documents hold each term the documents hold (any other term is unknown to every entry). */
  documentFrequency: ReadonlyMap<string, number>;
}

/** How MiniSearch is asked: keywords weigh twice, BM25 with a gentle length normalisation. */
export const SEARCH_OPTIONS = {
  boost: { keywords: 2 },
  combineWith: "OR",
  bm25: { k: 1.2, b: 0.5, d: 0.5 },
} as const;
const KEYWORD_BOOST = SEARCH_OPTIONS.boost.keywords;
/** A term held by more than this share of the entries is common to the domain ("工作", "job", "abroad"). */
export const COMMON_TERM_SHARE = 0.5;
/** What a common term weighs against a topical one, in its score and among the matched terms. */
export const COMMON_TERM_WEIGHT = 0.5;
/**
 * "Work" in the languages mixed into English questions (Malay, Indonesian, Tagalog, Hindi): as common to every topic as
 * "work" and "job" are, though fewer samples hold them.
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  "kerja",
  "bekerja",
  "pekerjaan",
  "trabaho",
  "kaam",
  "naukri",
]);

/** One document holding a term: its raw BM25 score in each field that holds it. */
interface Posting {
  doc: number;
  samples: number | undefined;
  keywords: number | undefined;
}

interface KnownTerm {
  /** In MiniSearch's order: documents with the term in their samples, then those with it only in their keywords. */
  postings: Posting[];
  /** A lone Chinese character ("听", "走") is too common to show what the question is about. */
  topical: boolean;
  /** Held by more than `COMMON_TERM_SHARE` of the entries: the domain's own vocabulary, not a topic's. */
  common: boolean;
  /** Scratch of one ranking: the ranking that last counted the term (`rankings`), and how often it occurs there. */
  countedIn: number;
  occurrences: number;
}

/** Splits a query already made of search terms (they never contain spaces). */
const splitTerms = (query: string): string[] => (query === "" ? [] : query.split(" "));

/** The MiniSearch index of `docs`, as the matcher searches it. */
export function buildSearchIndex(
  docs: readonly SearchDoc[],
  tokenize: (text: string, field?: string) => string[],
): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ["samples", "keywords"],
    storeFields: ["entry"],
    tokenize,
    processTerm: (term) => term,
    searchOptions: SEARCH_OPTIONS,
  });
  index.addAll(docs);
  return index;
}

/** The ranking of `docs`, whose fields `tokenize` reads into terms (as the index does). */
export function createEntryRanking(
  docs: readonly SearchDoc[],
  tokenize: (text: string, field?: string) => string[],
): EntryRanking {
  const vocabulary = new Set(docs.flatMap((doc) => [...tokenize(doc.samples), ...tokenize(doc.keywords, "keywords")]));
  const index = buildSearchIndex(docs, tokenize);
  const docNumber = new Map(docs.map((doc, number) => [doc.id, number]));
  const commonAbove = new Set(docs.map((doc) => doc.entry)).size * COMMON_TERM_SHARE;
  const known = new Map<string, KnownTerm>();
  for (const term of vocabulary) {
    const byDoc = new Map<number, Posting>();
    const postingOf = (id: string): Posting => {
      const doc = docNumber.get(id)!;
      let posting = byDoc.get(doc);
      if (!posting) byDoc.set(doc, (posting = { doc, samples: undefined, keywords: undefined }));
      return posting;
    };
    // One field at a time and unboosted, the score of a one-term query is the term's raw BM25 score.
    const options = { tokenize: splitTerms, boost: {} };
    for (const result of index.search(term, { ...options, fields: ["samples"] }))
      postingOf(String(result.id)).samples = result.score;
    for (const result of index.search(term, { ...options, fields: ["keywords"] }))
      postingOf(String(result.id)).keywords = result.score;
    // MiniSearch walks a term's documents field by field, each in the order they were added.
    const postings = [...byDoc.values()].sort(
      (a, b) => Number(a.samples === undefined) - Number(b.samples === undefined) || a.doc - b.doc,
    );
    if (postings.length > 0) {
      const entries = new Set(postings.map(({ doc }) => docs[doc]!.entry)).size;
      known.set(term, {
        postings,
        topical: !/^\p{Script=Han}$/u.test(term),
        common: entries > commonAbove || GENERIC_TERMS.has(term),
        countedIn: 0,
        occurrences: 0,
      });
    }
  }

  const count = docs.length;
  // Scratch of one ranking, reset for each: a question's ranking allocates only what it returns (and its matched terms).
  const scores = new Float64Array(count);
  const weights = new Float64Array(count);
  const onTopic = new Uint8Array(count);
  const matched: (string[] | undefined)[] = new Array<string[] | undefined>(count).fill(undefined);
  const found: number[] = [];
  const queried: KnownTerm[] = [];
  const queriedTerms: string[] = [];
  const entryNumbers = new Map<string, number>();
  const entryOf = Int32Array.from(docs, (doc) => {
    if (!entryNumbers.has(doc.entry)) entryNumbers.set(doc.entry, entryNumbers.size);
    return entryNumbers.get(doc.entry)!;
  });
  /** The ranking that last listed each entry: one listed is not listed again. */
  const listedIn = new Float64Array(entryNumbers.size);
  let rankings = 0;
  const byScore = (a: number, b: number): number => scores[b]! - scores[a]!;
  return {
    documentFrequency: new Map([...known].map(([term, { postings }]) => [term, postings.length])),
    rank(terms) {
      const ranking = ++rankings;
      // A repeated term scores as often as it occurs (the boost MiniSearch's query gave it).
      for (const term of terms) {
        const entry = known.get(term);
        if (!entry) continue;
        if (entry.countedIn !== ranking) {
          entry.countedIn = ranking;
          entry.occurrences = 0;
          queried.push(entry);
          queriedTerms.push(term);
        }
        entry.occurrences++;
      }
      for (let q = 0; q < queried.length; q++) {
        const entry = queried[q]!;
        const term = queriedTerms[q]!;
        const boost = entry.occurrences * (entry.common ? COMMON_TERM_WEIGHT : 1);
        const weight = entry.common ? COMMON_TERM_WEIGHT : 1;
        for (const { doc, samples, keywords } of entry.postings) {
          // MiniSearch's arithmetic, operation for operation: termBoost × fieldBoost × raw per field, the fields summed
          // for the term, the term added to what the document had.
          let score = samples === undefined ? 0 : boost * samples;
          if (keywords !== undefined)
            score = samples === undefined ? boost * KEYWORD_BOOST * keywords : score + boost * KEYWORD_BOOST * keywords;
          const terms = matched[doc];
          if (terms === undefined) {
            found.push(doc);
            scores[doc] = score;
            weights[doc] = weight;
            onTopic[doc] = 0;
            matched[doc] = [term];
          } else {
            scores[doc] = scores[doc]! + score;
            weights[doc] = weights[doc]! + weight;
            terms.push(term);
          }
          if (keywords !== undefined && entry.topical) onTopic[doc] = 1;
        }
      }
      queried.length = 0;
      queriedTerms.length = 0;
      // MiniSearch multiplies a document's score by the number of query terms it matched (here a common one counts
      // as its weight; at least one in all), then sorts (stably).
      for (const doc of found) scores[doc] = scores[doc]! * Math.max(1, weights[doc]!);
      found.sort(byScore);
      // An entry scores its best document's score: in that order, its first document. The list stays in that order
      // (best first, ties as MiniSearch ordered their documents).
      const ranked: RankedEntry[] = [];
      for (const doc of found) {
        const entry = entryOf[doc]!;
        if (listedIn[entry] !== ranking) {
          listedIn[entry] = ranking;
          ranked.push({
            entry: docs[doc]!.entry,
            score: scores[doc]!,
            matched: matched[doc]!,
            onTopic: onTopic[doc] === 1,
          });
        }
        matched[doc] = undefined;
      }
      found.length = 0;
      return ranked;
    },
  };
}
