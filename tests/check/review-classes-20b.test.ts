/**
 * Session 20, second review of the day's check changes: classes an independent reviewer found. Every sentence here is
 * written for the test (none is copied from the evaluation data), in English, Simplified and Taiwan/Hong Kong-style
 * Traditional Chinese.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const levelOf = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a statement that a tourist or visitor visa is no visa for work is the law told, not the route offered", () => {
  it.each([
    [
      "Please don't come on a visitor visa. The hospital applies for your employment visa before you fly. Nurse, Dubai.",
    ],
    ["You cannot work on a visitor visa. We process your skilled work visa. Cook, Perth, AUD 5200 a month."],
    ["Warning: agents who tell you to travel on a tourist visa are breaking the law."],
    ["Visitor visa holders cannot work in Canada."],
    ["Tourist visa holders are not allowed to work in Japan."],
    ["持旅游签不能工作，本公司在出发前为您办好工作签证。"],
    ["旅游签证不得在当地工作。"],
    ["觀光簽證不得工作，請循合法管道申請工作許可。"],
    ["持觀光簽證不能打工。"],
  ])("%j raises no tourist-visa flag and is not high", (text) => {
    expect(flagIds(text)).not.toContain("tourist_visa_work");
    expect(levelOf(text)).not.toBe("high");
  });

  it.each([
    ["Just come on a tourist visa, we convert it later. Waiter, Dubai."],
    ["You can work on a visitor visa, the boss sorts out the papers. Packing job in Bangkok."],
    ["Come with a tourist visa, nobody checks."],
    ["先持旅游签过去，工作签到了再办。"],
    ["持觀光簽證就可以上班，到了再轉工作簽。"],
  ])("%j (the route offered) keeps the tourist-visa flag", (text) => {
    expect(flagIds(text)).toContain("tourist_visa_work");
  });
});

describe("told not to take a work visa is the lure's instruction, not advice", () => {
  it.each([["别持工作签，持旅游签入境，到了公司再办工作签。"], ["別辦工作簽，拿觀光簽證入境，到了以後再辦工作簽。"]])(
    "%j keeps both the tourist-visa and the after-arrival flags",
    (text) => {
      expect(flagIds(text)).toContain("tourist_visa_work");
      expect(flagIds(text)).toContain("visa_after_arrival");
      expect(levelOf(text)).toBe("high");
    },
  );
});

describe("a stranger in a chat group hiring for a local gig at a named home town is no lure by the channel and pay alone", () => {
  it.each([
    ["Someone in our WhatsApp group is hiring movers this Saturday, 3000 pesos a day, Cebu City."],
    ["A guy in my Facebook group is hiring for a wedding catering gig in Mombasa, 5000 shillings a day."],
  ])("%j is not high", (text) => {
    expect(levelOf(text)).not.toBe("high");
  });

  it.each([
    ["抖音上有人招人,一个月三万。"],
    ["Someone in my WhatsApp group is hiring for a job, 3000 dollars a week, flight paid, Cebu City."],
    ["A recruiter on Telegram offered me work paying 5,000 USD a month."],
  ])("%j (no home place, or the trip paid) stays high", (text) => {
    expect(levelOf(text)).toBe("high");
  });
});

describe("a qualified post's name does not excuse pay far above normal in a compound country or with no experience", () => {
  it.each([
    ["招护理人员去柬埔寨，月薪两万，不需要经验。"],
    ["徵護理人員赴緬甸，月薪八萬台幣，無需經驗。"],
    ["Nursing staff wanted for Cambodia, USD 3000 a month, no experience needed."],
  ])("%j keeps pay far above normal and is high", (text) => {
    expect(flagIds(text)).toContain("high_pay");
    expect(levelOf(text)).toBe("high");
  });
});

describe("a contract's approval process is not the contract waved through unread", () => {
  it.each([
    ["合同要走流程审批，大概一周。新加坡护士，工作准证由医院申请。"],
    ["合約需要走流程審核，約兩週。"],
    ["The agreement goes through the hospital's approval process, about a week."],
  ])("%j raises no unread-contract flag", (text) => {
    expect(flagIds(text)).not.toContain("contract_unread");
  });

  it.each([
    ["合同只是走个流程，不用看，签了就行。"],
    ["合約走個流程而已，簽了就好。"],
    ["The contract is just a formality, sign it quickly."],
  ])("%j keeps the unread-contract flag", (text) => {
    expect(flagIds(text)).toContain("contract_unread");
  });
});
