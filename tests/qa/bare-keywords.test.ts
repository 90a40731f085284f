import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * A message of one or two topic words ("visa", "签证", "護照") asks nothing yet: the nearest topics are offered as
 * buttons, never the "not what JobSafe covers" reply about student visas (issue 12, session 20). A neighbouring topic
 * named with the word ("student visa", "留学签证") still gets that reply, and a word no entry holds gets the menu.
 */
describe("a bare topic word gets the nearest topics as buttons", () => {
  it.each([
    ["en", "visa"],
    ["en", "Passport"],
    ["en", "contract?"],
    ["zh-hans", "签证"],
    ["zh-hans", "护照"],
    ["zh-hant", "簽證"],
    ["zh-hant", "護照？"],
    ["zh-hant", "合約"],
  ])("%s: %s", (_lang, text) => {
    const match = matchQuestion(text);
    expect(match.outOfScope).toBeFalsy();
    expect(match.emergency).toBe(false);
    expect(match.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(match.alternatives.length).toBeLessThanOrEqual(3);
  });

  it("offers the one entry that holds the words first: 工作签证", () => {
    expect(matchQuestion("工作签证").alternatives[0]).toBe("visa_work");
    expect(matchQuestion("work visa").answer).toBe("visa_work");
  });

  it("offers the entry the word is a topic of among the buttons", () => {
    expect(matchQuestion("签证").alternatives).toContain("visa_work");
    expect(matchQuestion("visa").alternatives).toContain("visa_work");
  });

  it.each([
    ["en", "student visa"],
    ["en", "weather"],
    ["zh-hans", "留学签证"],
    ["zh-hans", "天气"],
    ["zh-hant", "留學簽證"],
    ["zh-hant", "打工度假"],
  ])("stays out of scope or on the menu — %s: %s", (_lang, text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBeNull();
    expect(match.alternatives).toEqual([]);
  });
});
