import { describe, expect, it } from "vitest";
import { searchTerms, stemEnglish } from "../../src/qa/tokenize.ts";

describe("searchTerms", () => {
  it("cuts Chinese into bigrams without needing spaces, dropping pure function-word pairs", () => {
    expect(searchTerms("护照被扣怎么办")).toEqual(["护照", "照被", "被扣", "扣怎", "么办"]);
  });

  it("keeps Latin words apart from Chinese and drops English stop words", () => {
    expect(searchTerms("kk园区 is a scam compound")).toEqual(["kk", "园区", "scam", "compound"]);
  });

  it("stems English lightly so inflections meet", () => {
    expect(["passports", "answering", "replied", "stopped"].map(stemEnglish)).toEqual([
      "passport",
      "answer",
      "reply",
      "stop",
    ]);
  });
});
