import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { QA_ENTRIES } from "../../src/content/qa.ts";
import { Bm25Index } from "../../src/qa/bm25.ts";
import { searchTerms } from "../../src/qa/tokenize.ts";
import { normalizeText } from "../../src/text/normalize.ts";

const termsOf = (text: string): string[] => searchTerms(normalizeText(text).text);

/** The Q&A documents as the matcher indexes them: each entry's samples and keywords, all scripts together. */
const docs = QA_ENTRIES.map((entry, index) => ({
  id: index,
  samples: Object.values(entry.samples).flat().join("\n"),
  keywords: Object.values(entry.keywords).flat().join("\n"),
}));
const PARAMS = { k: 1.2, b: 0.5, d: 0.5 };

describe("Bm25Index", () => {
  it("scores and ranks exactly as MiniSearch, which the matcher's figures were tuned with", () => {
    const ours = new Bm25Index(
      docs,
      [
        { text: (doc) => doc.samples, boost: 1 },
        { text: (doc) => doc.keywords, boost: 2 },
      ],
      termsOf,
      PARAMS,
    );
    const reference = new MiniSearch<(typeof docs)[number]>({
      fields: ["samples", "keywords"],
      tokenize: termsOf,
      processTerm: (term) => term,
      searchOptions: { boost: { keywords: 2 }, combineWith: "OR", bm25: PARAMS },
    });
    reference.addAll(docs);

    // Every sample question and keyword as a query, each known term boosted by how often it occurs, as the matcher
    // queries.
    let compared = 0;
    for (const doc of docs) {
      for (const question of [...doc.samples.split("\n"), ...doc.keywords.split("\n")]) {
        const counts = new Map<string, number>();
        for (const term of termsOf(question)) if (ours.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
        const boost = (term: string): number => counts.get(term) ?? 1;
        const expected = reference
          .search([...counts.keys()].join(" "), { tokenize: (q) => (q ? q.split(" ") : []), boostTerm: boost })
          .map((hit) => ({ doc: hit.id as number, score: hit.score, terms: hit.queryTerms }));
        const actual = ours.search(counts.keys(), boost).map(({ doc, score, terms }) => ({ doc, score, terms }));
        expect(actual).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(600);
  });

  it("finds nothing for terms no document has", () => {
    const index = new Bm25Index([{ text: "passport" }], [{ text: (doc) => doc.text, boost: 1 }], termsOf, PARAMS);
    expect(index.search(["visa"], () => 1)).toEqual([]);
    expect(index.search(["passport"], () => 1).map((hit) => hit.doc)).toEqual([0]);
  });
});
