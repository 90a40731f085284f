/**
 * A fixed BM25 index over a few hundred short documents with weighted fields, scored exactly as MiniSearch 7 scores
 * an OR query without prefix or fuzzy terms (same formula, same order of additions, same ranking of ties), so the
 * Q&A matcher's figures did not move when it replaced MiniSearch. The documents never change after start, so every
 * term's BM25 weight per document is computed once: a query is a few lookups and additions, where MiniSearch built
 * option objects, match maps and result objects per term and per document on every message.
 */

export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}

export interface Bm25Field<Doc> {
  /** The field's text in a document. */
  text(doc: Doc): string;
  /** Multiplies the field's scores (MiniSearch's `boost`). */
  boost: number;
}

/** One document a query reached, with what it matched. */
export interface Bm25Hit {
  /** The document's position in the list the index was built from. */
  doc: number;
  score: number;
  /** Query terms found in the document, in query order. */
  terms: string[];
  /** Query terms found in each field (by the field's position). */
  termsByField: string[][];
}

/** One term in one field of one document, with its BM25 score there. */
interface Posting {
  doc: number;
  field: number;
  score: number;
}

/** MiniSearch's BM25+ formula, operation for operation. */
function bm25(
  termFrequency: number,
  matching: number,
  total: number,
  fieldLength: number,
  averageLength: number,
  { k, b, d }: Bm25Params,
): number {
  const inverseDocumentFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return (
    inverseDocumentFrequency *
    (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * fieldLength) / averageLength)))
  );
}

export class Bm25Index<Doc> {
  /** Per term: its postings, field by field, documents in order (the order MiniSearch meets them). */
  private readonly postings = new Map<string, Posting[]>();

  constructor(
    docs: readonly Doc[],
    private readonly fields: readonly Bm25Field<Doc>[],
    tokenize: (text: string) => readonly string[],
    params: Bm25Params,
  ) {
    // A field's length is its number of distinct terms; the average is kept the way MiniSearch updates it per document.
    const averageLength = fields.map(() => 0);
    const lengths: number[][] = [];
    const frequencies = fields.map(() => new Map<string, Map<number, number>>());
    docs.forEach((doc, index) => {
      lengths.push(
        fields.map((field, f) => {
          const tokens = tokenize(field.text(doc));
          const length = new Set(tokens).size;
          averageLength[f] = (averageLength[f]! * index + length) / (index + 1);
          for (const token of tokens) {
            let byDoc = frequencies[f]!.get(token);
            if (!byDoc) frequencies[f]!.set(token, (byDoc = new Map()));
            byDoc.set(index, (byDoc.get(index) ?? 0) + 1);
          }
          return length;
        }),
      );
    });
    frequencies.forEach((byTerm, f) => {
      for (const [term, byDoc] of byTerm) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        for (const [doc, frequency] of byDoc) {
          const score = bm25(frequency, byDoc.size, docs.length, lengths[doc]![f]!, averageLength[f]!, params);
          list.push({ doc, field: f, score });
        }
      }
    });
    // Field by field for each term, as MiniSearch walks them.
    for (const list of this.postings.values()) list.sort((a, c) => a.field - c.field || a.doc - c.doc);
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /**
   * Documents matching any of `terms`, best first. A term's score is multiplied by `boost(term)`, and a document's
   * total by the number of query terms it matched.
   */
  search(terms: Iterable<string>, boost: (term: string) => number): Bm25Hit[] {
    const hits = new Map<number, Bm25Hit>();
    const termScores = new Map<number, number>();
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const termBoost = boost(term);
      // One term's score per document first (its fields in order), then added to the document's total.
      termScores.clear();
      for (const { doc, field, score } of list) {
        const weighted = termBoost * this.fields[field]!.boost * score;
        const sum = termScores.get(doc);
        termScores.set(doc, sum === undefined ? weighted : sum + weighted);
        let hit = hits.get(doc);
        if (!hit) hits.set(doc, (hit = { doc, score: 0, terms: [], termsByField: this.fields.map(() => []) }));
        if (hit.terms.at(-1) !== term) hit.terms.push(term);
        hit.termsByField[field]!.push(term);
      }
      for (const [doc, score] of termScores) hits.get(doc)!.score += score;
    }
    const ranked = [...hits.values()];
    for (const hit of ranked) hit.score *= hit.terms.length || 1;
    return ranked.sort((a, c) => c.score - a.score);
  }
}
