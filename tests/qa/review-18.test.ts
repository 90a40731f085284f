/**
 * What an independent read of this session's change found and what must hold: a hold told beside a contract period,
 * a keeper who will not give a passport back, a graduate's lure. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe("a hold told beside a contract period is still danger", () => {
  it.each([
    "经理说试用期内不准离开宿舍，我想回家，两个月没发工资",
    "老闆話合約期內唔准走，我想返屋企，三個月冇出糧，救命",
    "公司話合約期未滿唔俾返香港，人工一直唔出，點算",
    "老闆不讓她回台灣，薪水三個月都沒發",
    "they say i cannot go home during the contract, no salary for 4 months, please help us",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("a keeper who will not give the passport back", () => {
  it.each([
    "我在曼谷，旅馆老板不肯还我护照，怎么办",
    "the guesthouse owner won't return my passport until i pay him 500 dollars",
    "房東扣住我的護照，說欠的錢還清才給",
  ])("%s gets the passport or emergency answer, never 'not covered'", (text) => {
    const match = matchQuestion(text);
    expect(match.outOfScope).not.toBe(true);
    expect(match.emergency || match.answer === "passport_taken").toBe(true);
  });
});

describe("a graduate's lure is no job hunt at home", () => {
  it.each([
    "my daughter just graduated, a stranger on telegram offers her data entry for 2500 usd a month, scam or not",
    "毕业生，群里有人高薪招打字员，先交押金，可信吗",
  ])("%s is answered, not turned away", (text) => {
    const match = matchQuestion(text);
    expect(match.outOfScope).not.toBe(true);
    expect(match.answer !== null || match.alternatives.length > 0).toBe(true);
  });
});
