/**
 * Issue 11, second round of classes read from the dev misses. Every sentence here is written for the test (none is
 * copied from the evaluation data), in English, Simplified and Taiwan/Hong Kong-style Traditional Chinese.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a Hong Kong district named in Chinese sets Hong Kong dollars, in either script", () => {
  it.each([
    ["沙田补习社招兼职导师，时薪150元，教小学英文"],
    ["旺角茶餐厅请楼面，月薪一万八，包两餐"],
    ["沙田補習社招兼職導師，時薪150元，教小學英文。"],
    ["荃灣物流倉請理貨員，月薪一萬八，五天工作。"],
  ])("%j reads its pay in HKD and raises no pay flag", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.facts.salaries[0]?.currency).toBe("HKD");
    expect(verdict.flags.map((flag) => flag.id)).not.toContain("high_pay");
    expect(verdict.level).toBe("low");
  });

  it.each([["深圳和沙田都有门店，深圳店员月薪6000元"], ["东莞工厂招普工，月薪5000元，老板是香港人"]])(
    "%j (a mainland place or a Hong Kong boss only) stays in yuan",
    (text) => {
      expect(checkOffer(text).facts.salaries[0]?.currency).toBe("CNY");
    },
  );
});

describe("'visa free' said of the visa is entry without one, not a trip someone pays", () => {
  it.each([
    ["Warehouse packers needed in Thailand, Malaysians go visa free, RM2,800 a month"],
    ["You can enter Georgia visa-free and start at the hotel the next week."],
  ])("%j raises no paid-travel flag", (text) => {
    expect(flagIds(text)).not.toContain("paid_travel");
  });

  it.each([
    ["Job in Dubai, free visa and free ticket, salary 2000 USD"],
    ["Cleaner in Qatar, visa free of charge, ticket paid by company"],
    ["去迪拜工作，签证免费，机票公司出"],
    ["去杜拜工作，簽證免費，機票公司出。"],
  ])("%j (the visa or the fare given free) keeps the paid-travel flag", (text) => {
    expect(flagIds(text)).toContain("paid_travel");
  });
});

describe("a fee written with no currency shows its sum", () => {
  it.each([
    ["Farm job in Canada. Processing fee 50,000 payable before departure.", "50,000"],
    ["Agent fee 80,000 before you fly to Poland for the factory", "80,000"],
    ["Hotel work in Dubai, agency fee of 120k, pay after you land", "120k"],
  ])("%j shows the fee %j", (text, sum) => {
    const verdict = checkOffer(text);
    expect(verdict.flags.map((flag) => flag.id)).toContain("recruiter_fee");
    expect(verdict.facts.fees.map((fee) => fee.phrase).join(" ")).toContain(sum);
  });
});
