import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  convertWithOpenCC,
  normalizeText,
  originalSpan,
  readBuiltTable,
  writeBuiltSimplifiedTable,
} from "../../src/text/normalize.ts";

describe("normalizeText", () => {
  it.each([
    ["缅 甸", "缅甸"],
    ["柬.埔.寨", "柬埔寨"],
    ["缅🇲🇲甸", "缅甸"],
    ["去🇲🇲工作", "去缅甸工作"],
    ["緬甸詐騙園區", "缅甸诈骗园区"],
    ["月薪２Ｗ", "月薪2w"],
    ["ＫＫ园区", "kk园区"],
    ["缅\u200b甸\u200d", "缅甸"],
    ["Data  Entry\n\tTypist", "data entry typist"],
    ["KK🔥园区", "kk园区"],
    ["20k / 月", "20k/月"],
    ["$3,000/month", "$3,000/month"],
    ["e\u0301cole", "ecole"],
    ["妙-瓦_底", "妙瓦底"],
    ["c u s t o m e r   s e r v i c e officers", "customer service officers"],
    ["h i g h   s a l a r i e s", "high salaries"],
    ["月收1 0 萬", "月收10万"],
    ["底薪1 0 0 美 元", "底薪100美元"],
    ["第 1 2 3 号", "第1 2 3号"],
    // a phone's curly apostrophe is the typed one
    ["They won’t let him go", "they won't let him go"],
    ["don‘t", "don't"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it("keeps a map back to the text as written, so evidence is quoted as the sender wrote it", () => {
    const input = "高薪 柬.埔.寨 客服";
    const n = normalizeText(input);
    const start = n.text.indexOf("柬埔寨");
    expect(originalSpan(input, n, start, start + 3)).toBe("柬.埔.寨");
    const flagged = "去🇲🇲工作";
    const f = normalizeText(flagged);
    expect(originalSpan(flagged, f, 1, 3)).toBe("🇲🇲");
  });

  it("never throws, keeps origin aligned and in bounds, for any string (lone surrogates included)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (input) => {
        const n = normalizeText(input);
        expect(n.origin).toHaveLength(n.text.length);
        for (const index of n.origin) expect(index >= 0 && index < input.length).toBe(true);
        expect(typeof originalSpan(input, n, 0, n.text.length)).toBe("string");
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it("keeps every letter after characters that expand (ﷺ, flags) have filled the text's first buffer", () => {
    // ﷺ folds to 18 characters: a short message that holds it outgrows the buffer sized from its length.
    expect(normalizeText("ﷺx y").text).toBe("صلى الله عليه وسلمx y");
    const expanding = fc.constantFrom("ﷺ", "㍿", "🇲🇲", "🇰🇭", "x", "y", " ", "缅", ".", "\u200b");
    fc.assert(
      fc.property(fc.array(expanding, { maxLength: 40 }), (pieces) => {
        const n = normalizeText(pieces.join(""));
        expect(n.origin).toHaveLength(n.text.length);
        expect(n.text).not.toContain("\0");
        // Every Latin letter written survives: none is lost at the buffer's edge.
        expect(n.text.replace(/[^xy]/g, "")).toBe(pieces.join("").replace(/[^xy]/g, ""));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it("is idempotent on its own output", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (input) => {
        const once = normalizeText(input).text;
        expect(normalizeText(once).text).toBe(once);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe("the Traditional→Simplified table built with the bundle", () => {
  it("reads back exactly as OpenCC makes it, so the bot reads Traditional text as the source does", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "jobsafe-table-"));
    try {
      const file = path.join(dir, "table.json");
      expect(readBuiltTable(file)).toBeUndefined();
      writeBuiltSimplifiedTable(file);
      const built = readBuiltTable(file);
      const made = convertWithOpenCC();
      expect(built?.size).toBe(made.size);
      expect([...(built ?? [])]).toEqual([...made]);
      expect(made.get("詐")).toBe("诈");
      expect(made.get("麼")).toBe("么");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a table cut short (a build killed mid-write, a full disk) is read as no table, so messages are still answered", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "jobsafe-table-"));
    try {
      const file = path.join(dir, "table.json");
      writeFileSync(file, '{"詐":"诈","麼');
      expect(readBuiltTable(file)).toBeUndefined();
      writeBuiltSimplifiedTable(file);
      expect(readBuiltTable(file)?.get("詐")).toBe("诈");
      expect(readdirSync(dir)).toEqual(["table.json"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
