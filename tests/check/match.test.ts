import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TermMatcher, type TermHit } from "../../src/check/match.ts";
import { normalizeText } from "../../src/text/normalize.ts";

const isLatinOrDigit = (char: string): boolean => /[a-z0-9\u00c0-\u024f]/.test(char);

/** Every occurrence of every term, found by trying each term at each position, with the matcher's word rules. */
function naiveFind(text: string, terms: readonly string[]): string[] {
  const hits: string[] = [];
  for (const written of terms) {
    // The matcher reads its terms as normalised text reads them ("-" alone is no term).
    const term = normalizeText(written).text;
    if (term === "") continue;
    for (let start = text.indexOf(term); start >= 0; start = text.indexOf(term, start + 1)) {
      const end = start + term.length;
      const before = text.charAt(start - 1);
      const after = text.charAt(end);
      if (isLatinOrDigit(term.charAt(0)) && before !== "" && isLatinOrDigit(before)) continue;
      const plural = after === "s" && !isLatinOrDigit(text.charAt(end + 1));
      if (isLatinOrDigit(term.charAt(term.length - 1)) && after !== "" && isLatinOrDigit(after) && !plural) continue;
      hits.push(`${written}@${start}-${end}`);
    }
  }
  return hits.sort();
}

describe("TermMatcher", () => {
  it("finds what trying every term at every position finds, on Latin, accented and Chinese text alike", () => {
    // A small alphabet, so that terms overlap, share prefixes and suffixes, and meet the text often.
    const char = fc.constantFrom(..."abcs é-缅甸园区 1");
    const term = fc.string({ unit: char, minLength: 1, maxLength: 5 }).filter((t) => t.trim() === t && t !== "");
    fc.assert(
      fc.property(
        fc.uniqueArray(term, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: char, maxLength: 80 }),
        (terms, text) => {
          const matcher = new TermMatcher(terms.map((t) => ({ term: t, value: t })));
          const found = matcher
            .find(text, Number.MAX_SAFE_INTEGER)
            .map((hit: TermHit<string>) => `${hit.value}@${hit.start}-${hit.end}`)
            .sort();
          expect(found).toEqual(naiveFind(text, terms));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("TermMatcher's tables", () => {
  it("hash only the transitions of nodes with several children: a node with one child keeps it beside itself", () => {
    // Trie: root → a, x; a → ab → abc, abd; x → xy → xyz. Only the root's and ab's children are looked up by hash.
    const matcher = new TermMatcher(["abc", "abd", "xyz"].map((term) => ({ term, value: term })));
    // The matcher's own tables, read here rather than through a method production code would carry for tests.
    const tables = matcher as unknown as { fail: Int32Array; slotNode: Int32Array };
    expect(tables.fail.length).toBe(8);
    expect(tables.slotNode.filter((stored) => stored !== 0).length).toBe(4);
    expect(matcher.find("abc abd xyz", 9).map((hit) => hit.value)).toEqual(["abc", "abd", "xyz"]);
  });
});
