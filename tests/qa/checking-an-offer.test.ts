import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Checking whether a job offer is real is what JobSafe is for, even when the question names no country (issue 12:
 * "How to verify a job offer before accepting" was told "not what JobSafe covers"). Wordings written for this test.
 */
const WEIGHS_THE_OFFER = ["offer_safety", "verify_employer", "red_flags"];

describe("asking how to check that a job offer is real gets the entries that weigh an offer", () => {
  it.each([
    "How can I check if a job offer is real?",
    "how do you verify an offer letter before signing",
    "is there a way to tell whether this job offer is genuine?",
    "怎么核实一份工作offer是不是真的？",
    "收到的招聘信息要怎么查证真假？",
    "如何查證工作邀約是不是真的？",
    "這個職缺是真的嗎？要怎麼確認？",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.outOfScope ?? false).toBe(false);
    expect([match.answer, ...match.alternatives].some((id) => WEIGHS_THE_OFFER.includes(id ?? ""))).toBe(true);
  });

  it.each([
    "is this concert ticket offer real?",
    "is the special offer at the supermarket real?",
    "這個優惠是真的嗎？",
    "超市的打折是真的吗？",
  ])("a shop's or a ticket's offer is not a job offer: %s", (text) => {
    expect(matchQuestion(text).answer).toBeNull();
  });
});
