import { describe, expect, it } from "vitest";
import { checkOffer, classifyText } from "../../src/check/index.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { ReadText } from "../../src/text/read-text.ts";

const LURE = "高薪招聘！缅甸妙瓦底客服，月薪三万，包吃包住包机票，护照交给公司统一保管。能去吗？";

describe("ReadText: one message read once by every reader", () => {
  it("derives each result once, however many readers ask", () => {
    const read = new ReadText(LURE);
    let runs = 0;
    const counted = (r: ReadText): number => {
      runs++;
      return r.canonical.length;
    };
    expect(read.derive(counted)).toBe(read.derive(counted));
    expect(runs).toBe(1);
    expect(read.normalized).toBe(read.normalized);
  });

  it("gives the router, the matcher and the check what they give for the text itself", () => {
    for (const text of [LURE, "我哥哥在缅甸园区失联了，怎么办", "is this job in Dubai legit?", "hello", ""]) {
      const read = new ReadText(text);
      expect(classifyText(read)).toBe(classifyText(text));
      expect(matchQuestion(read)).toEqual(matchQuestion(text));
      expect(checkOffer(read)).toEqual(checkOffer(text));
    }
  });

  it("checks 4,096 characters of a longer paste, its start and its end, and matches questions on all of it", () => {
    const ending = "柬埔寨西港客服，月薪两万，护照由公司保管。";
    const long = `${LURE}${" 公司简介".repeat(3000)}${ending}`;
    const read = new ReadText(long);
    const checked = read.startAndEnd(4096);
    expect(checked.text.length).toBeLessThanOrEqual(4096);
    expect(checked.text.startsWith(LURE)).toBe(true);
    expect(checked.text.endsWith(ending)).toBe(true);
    expect(read.startAndEnd(4096)).toBe(checked);
    expect(new ReadText(LURE).startAndEnd(4096).text).toBe(LURE);
    expect(checkOffer(read)).toEqual(checkOffer(checked.text));
  });

  it("reads anything a careless caller passes as empty text", () => {
    expect(new ReadText(undefined as unknown as string).text).toBe("");
    expect(checkOffer(new ReadText(42 as unknown as string)).level).toBe("low");
  });
});
