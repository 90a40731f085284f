/**
 * Issue 11, point 4, end to end: a fee, a price or a loan is not the promised pay, a count of days is no amount, and
 * pay is read in the currency written beside it. Every sentence is composed for the test.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a sum the worker pays never raises the pay flags", () => {
  it.each([
    "我们出国前都支付了5万至8万元人民币的手续费，说是去日本研修",
    "仲介說工作許可可以用9萬元的價格賣給我們",
    "The agent told us a Canadian job offer letter is sold for $25,000",
    "他为了去澳洲的农场，花了2万块买来一份假的雇佣证明",
  ])("%j", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.facts.salaries).toEqual([]);
    expect(flagIds(text)).not.toContain("high_pay");
    expect(flagIds(text)).not.toContain("extreme_pay");
  });

  it("a deposit asked 'as a fee' is the fee flag, in a clause after the sum", () => {
    const text = "Foreign jobs: pay 700 kwacha, about $40, as a booking fee for your travel";
    expect(flagIds(text)).toContain("recruiter_fee");
    expect(checkOffer(text).facts.salaries).toEqual([]);
  });
});

describe("lawful ads with money words beside the pay are no lure", () => {
  it.each([
    "Registered nurses for Munich. Salary €3,100 a month. The employer pays the refundable rental deposit of €1,200.",
    "日本打工度假，平均時薪約日幣1,000元，約220元台幣",
    "赴日照護員，時薪日幣1,150元，另有交通補助，仲介費由雇主負擔",
  ])("%j is not high and reads no extreme pay", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.level).not.toBe("high");
    expect(flagIds(text)).not.toContain("extreme_pay");
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it("a deposit the employer pays is neither pay nor a fee charged to the worker", () => {
    const verdict = checkOffer("德国护理岗位，月薪2800欧元，雇主代付住房押金1000欧元（可退）");
    expect(verdict.facts.salaries.map((salary) => salary.phrase)).toEqual(["2800欧元"]);
    expect(verdict.facts.fees).toEqual([]);
  });

  it("a news report of the days worked reads only the day rate", () => {
    const verdict = checkOffer("按合同日薪420元，他从3月1日干到7月28日，公司只算了90天");
    expect(verdict.facts.salaries.map((salary) => salary.phrase)).toEqual(["420元"]);
  });
});
