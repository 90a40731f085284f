/**
 * Classes a third independent review of the check found wrong (issue 11): a government scheme's name taken as a lawful
 * sign in an ad that sells a place in it, fees paid to a named person, the Philippine illegal-exit route (tourist exit,
 * an escort past immigration), and pay read per week or per hour. Every text is written for the test; each class keeps
 * the texts it must still read the other way.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);
const lawfulIds = (text: string): string[] => checkOffer(text).lawfulSigns.map((sign) => sign.id);

describe("a government scheme sold by an agent: a fee, a guarantee or a way around the official route", () => {
  it.each([
    "H-2A farm visa to the USA, approval guaranteed, just pay our agent $6,000 before the interview.",
    "韩国雇佣许可制打工，免考韩语，交三万块给中介包出国。",
    "日本特定技能看護，免考試直接插隊，先付仲介十五萬台幣。",
    "EPS Korea po, no need TOPIK, bayad lang sa agent 120k, sure alis in 2 months.",
  ])("%s → high, and the scheme's name is no lawful sign", (text) => {
    expect(level(text)).toBe("high");
    expect(lawfulIds(text)).not.toContain("lawful_licence_checkable");
  });

  it.each([
    "Seasonal apple picking in New Zealand under the RSE scheme: skip the English test, we jump you up the queue.",
    "去日本技能实习，不用考日语，我们走快速通道插队。",
    "SSW Japan caregiver, no need for JLPT exam, fast track processing by our office.",
  ])("%s → the bypass flag, not low", (text) => {
    expect(flagIds(text)).toContain("official_route_bypass");
    expect(level(text)).not.toBe("low");
    expect(lawfulIds(text)).not.toContain("lawful_licence_checkable");
  });

  it.each([
    "EPS-TOPIK applicants register only through the government portal. Workers are charged no fee by the scheme.",
    "RSE scheme orchard work in Hawke's Bay, NZ$23.50 per hour, employer pays half the airfare, written contract.",
  ])("%s → the scheme stays a lawful sign, no bypass flag", (text) => {
    expect(lawfulIds(text)).toContain("lawful_licence_checkable");
    expect(flagIds(text)).not.toContain("official_route_bypass");
  });
});

describe("a fee paid to a named person, and a fee ban that charges nothing", () => {
  it.each([
    "Work in Canada: pay C$5,500 to our immigration consultant to start your file.",
    "Caregiver in Israel, pay ₱180,000 to the facilitator before flying.",
    "Driver job in Qatar, pay agent QAR 4,000 for the visa.",
    "Farm job in Australia, pay A$2,500 registration to our office.",
    "Summer camp work in the USA, pay $4,500 to agent before the visa interview.",
    "去英国摘水果，先付顾问费，名额有限。",
    "去澳洲打工，交仲介十萬台幣就能安排。",
  ])("%s → the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });

  it.each([
    "Under the scheme it is illegal to charge workers any recruitment fee.",
    "It is unlawful for any agency to collect placement fees from applicants.",
  ])("%s → no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("the Philippine illegal-exit route: leaving as a tourist, an escort past immigration", () => {
  it.each([
    "Data encoder sa Laos, $900/month, mag-exit ka as tourist lang, may escort sa airport.",
    "Chat support in Myanmar, we escort you at NAIA immigration, employer pays all costs.",
    "Hotel staff in Dubai, just exit as tourist, don't tell DMW.",
    "Waiter abroad, escort available at the airport so you pass immigration, huwag sabihin sa POEA.",
    "去泰国做酒店前台，月薪一万二，到了机场有人护送过关。",
    "去杜拜餐廳當服務生，機場邊檢有人打點，護送出境。",
  ])("%s → high with the illegal-exit flag, no lawful no-fee sign", (text) => {
    expect(level(text)).toBe("high");
    expect(flagIds(text)).toContain("illegal_exit");
    expect(lawfulIds(text)).not.toContain("lawful_no_fee");
  });

  it.each([
    "Our staff will assist you at the NAIA departure area with your OEC and DMW documents.",
    "Escort service for elderly passengers is available at the airport on request.",
  ])("%s → no illegal-exit flag", (text) => {
    expect(flagIds(text)).not.toContain("illegal_exit");
  });
});

describe("pay per week or per hour, and a weekly deduction that is not pay", () => {
  const pay = (text: string) => checkOffer(text).facts.salaries;

  it.each([
    ["Saudi warehouse job SAR 8,000/week", "week"],
    ["Cleaner in Perth, A$3,200 a week", "week"],
    ["澳洲工厂周薪A$3200", "week"],
  ])("%s → pay read per %s", (text, period) => {
    expect(pay(text).map((s) => s.period)).toContain(period);
  });

  it("a weekly rent deducted is not pay", () => {
    expect(pay("新西兰摘果，时薪23纽币，住宿每周扣150纽币。").map((s) => s.phrase)).not.toContain("150纽币");
  });

  it.each(["Orchard picking in New Zealand, NZ$65 an hour, no experience.", "Farm work in Australia, A$70 per hour"])(
    "%s → high pay for farm work",
    (text) => {
      expect(flagIds(text)).toContain("high_pay");
    },
  );
});

describe("an agency's commission stated with its legal cap", () => {
  it.each([
    "香港家務助理，月薪HK$5,100，僱主負擔簽證及來回機票，仲介佣金不超過首月薪資10%。",
    "香港家务助理，月薪5100港币，雇主负担签证和机票，中介佣金不超过首月工资10%。",
    "Domestic helper for Hong Kong, HK$5,000 monthly, the employer bears your visa and air ticket, agency commission capped at 10% of the first month's salary.",
  ])("%s → low, the cap a lawful sign", (text) => {
    expect(level(text)).toBe("low");
    expect(lawfulIds(text)).toContain("lawful_no_fee");
  });
});
