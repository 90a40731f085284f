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

describe("a sum the worker pays for the trip, the visa or the job is a fee, not pay", () => {
  it.each([
    ["Each of us agreed to pay up to $9,000 for visas, flights and housing before leaving for the job."],
    ["The agent told me to pay $2,500 for the tickets and other costs of the factory job."],
    ["中介说出国打工的全部费用高达8万元，签证机票都在里面"],
    ["仲介說出國工作費用高達新台幣20萬元，含簽證和機票。"],
  ])("%j reads the sum as a fee, flags it, and no pay flag", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.facts.fees.length).toBeGreaterThan(0);
    expect(verdict.facts.salaries).toHaveLength(0);
    expect(verdict.flags.map((flag) => flag.id)).toContain("recruiter_fee");
    expect(verdict.flags.map((flag) => flag.id)).not.toContain("high_pay");
  });

  it.each([
    ["The employer agreed to pay $900 a month for the cook's housing in Doha."],
    ["公司出国项目，月薪8万日元以上，费用由公司承担"],
  ])("%j (the employer pays, or pay itself) is no fee", (text) => {
    expect(checkOffer(text).flags.map((flag) => flag.id)).not.toContain("recruiter_fee");
  });
});

describe("the fare or costs borne by the employer are a lawful sign", () => {
  it.each([
    ["Seasonal farm workers for Korea: round-trip airfare borne by the employer, housing provided, high salary."],
    ["Caregivers for Japan, the flight is at the employer's expense, salary ¥190,000 a month."],
    ["赴韩国农场季节工，往返机票由雇主承担，提供住宿，月薪约1万元"],
    ["赴日本照護工作，來回機票由僱主負擔，提供宿舍，月薪約19萬日圓。"],
  ])("%j counts the employer paying as a lawful sign and is not high", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.lawfulSigns.map((sign) => sign.id)).toContain("lawful_no_fee");
    expect(verdict.level).not.toBe("high");
  });

  it.each([
    [
      "Customer service in Cambodia, no experience, $2,000 a month, flight borne by the employer, keep it secret from family",
    ],
    ["去柬埔寨做客服，月薪两万，机票由雇主承担，不要告诉家人"],
  ])("%j (a compound lure with the same words) stays high", (text) => {
    expect(checkOffer(text).level).toBe("high");
  });
});

describe("Russia, where advisories say 'helper' and guard jobs end in the army, weighs like a transit hub", () => {
  it.each([
    ["Security guard jobs in Russia for Kenyans, apply through our Nairobi agent, $2,500 a month"],
    ["Drivers and cooks needed in Moscow, text us on WhatsApp, we arrange your visa"],
    ["俄罗斯招保安和司机，月薪两万，中介帮办签证机票"],
    ["俄羅斯徵倉庫搬運工，月薪新台幣九萬，仲介幫忙辦簽證和機票。"],
  ])("%j → high", (text) => {
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    ["Senior software engineer at a Moscow bank: 5 years of Java experience required, degree in computer science"],
    ["Our company has offices in Russia, Germany and Japan. Accountant wanted for the Berlin office, CPA required."],
    ["莫斯科大学中文系招聘汉语教师，要求硕士学历，有对外汉语教学经验"],
  ])("%j (a qualified post, or Russia in a company's list) is not high", (text) => {
    expect(checkOffer(text).level).not.toBe("high");
  });
});

describe("pay said the way people talk: one digit after the unit before a comma, and an earning verb after the period", () => {
  it.each([
    ["月薪1万5，包吃包住", 15_000],
    ["工资1w5，不用经验", 15_000],
    ["底薪8千5，包住", 8_500],
    ["月薪1萬5，包吃住。", 15_000],
  ])("%j reads %d a month", (text, amount) => {
    expect(checkOffer(text).facts.salaries[0]?.monthlyCny).toBe(amount);
  });

  it.each([
    ["一个月可以拿两万，去国外做客服", 20_000],
    ["每个月轻松拿三四万，包吃住", 30_000],
    ["一個月可以領八萬台幣，公司在國外", 17_600],
    ["Every month you can take home $2,500, free housing abroad", 18_000],
  ])("%j reads the pay (%d CNY a month)", (text, amount) => {
    expect(checkOffer(text).facts.salaries[0]?.monthlyCny).toBe(amount);
  });

  it.each([
    ["一个星期能拿3000元，包吃住", "week"],
    ["一週可以領1萬2台幣，公司在國外", "week"],
    ["You get 800 dollars a week abroad, free housing", "week"],
  ])("%j reads the pay as paid by the %s", (text, period) => {
    expect(checkOffer(text).facts.salaries[0]?.period).toBe(period);
  });

  it.each([["月薪6万5,000日元"], ["每个月可以休息四天，工资另议"]])("%j keeps its reading", (text) => {
    const salaries = checkOffer(text).facts.salaries;
    if (text.includes("日元")) expect(salaries[0]?.phrase).toContain("6万5,000");
    else expect(salaries).toHaveLength(0);
  });
});

describe("the worker's own fare or visa fee (机票自理) is paid to an airline or a consulate, not a fee to a recruiter", () => {
  it.each([
    ["赴澳大利亚农场季节工，时薪25澳元，提供住宿，往返机票自理"],
    ["日本度假打工飯店工作，時薪1100日圓，提供宿舍，機票自理。"],
    ["新西兰果园采摘，签证费自理，时薪23新西兰元"],
    ["Fruit picking in New Zealand, NZ$23.50 an hour, accommodation available, airfare at your own expense"],
  ])("%j raises no fee flag and is not high", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.flags.map((flag) => flag.id)).not.toContain("recruiter_fee");
    expect(verdict.level).not.toBe("high");
  });

  it.each([["出国务工先交中介费3万，机票自理"], ["去日本打工，先交報名費5000元，機票自理。"]])(
    "%j (a fee to the agent beside it) keeps the fee flag",
    (text) => {
      expect(flagIds(text)).toContain("recruiter_fee");
    },
  );
});

describe("high pay promised in everyday words, with no figure", () => {
  it.each([
    ["國外工作，錢多事少，包吃住"],
    ["去国外，老板给的钱多，包吃住"],
    ["那邊老闆給的錢很多，機票公司出。"],
    ["Overseas job, the boss pays well, free housing"],
    ["Job abroad, very good money, we cover the flight"],
  ])("%j raises the pay flag", (text) => {
    expect(flagIds(text)).toContain("high_pay");
  });

  it.each([
    ["这份工作钱多不多？"],
    ["我们花了很多钱才回来"],
    ["Good money management skills required for the cashier role"],
    ["Support agent in London, and we pay well."],
  ])("%j raises no pay flag", (text) => {
    expect(flagIds(text)).not.toContain("high_pay");
  });
});

describe("a recruiter named as unlicensed or not authorised is a lure sign; a warning against one is not", () => {
  it.each([
    ["The recruiter was not authorized to deploy workers and offered cleaning jobs in Dubai."],
    ["An unlicensed agent offered them housekeeping work in Dubai."],
    ["一家黑中介说能送他们去迪拜做家政"],
    ["無牌仲介說可以介紹她到杜拜當幫傭。"],
  ])("%j → unlicensed_recruiter, high", (text) => {
    expect(flagIds(text)).toContain("unlicensed_recruiter");
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    ["Beware of illegal recruiters. We are a DMW-licensed agency hiring nurses for Saudi Arabia."],
    ["请认准正规持牌机构，谨防黑中介。赴新加坡厨师，月薪8000元，需厨师证"],
    ["小心無牌仲介！本公司為勞動部許可之仲介，許可證字號：勞動部許可證字號1234號。"],
  ])("%j (a warning against them) raises no such flag", (text) => {
    expect(flagIds(text)).not.toContain("unlicensed_recruiter");
  });
});

describe("pay praised and an agent named after it in another clause is no fee to the agent", () => {
  it.each([
    ["They were promised customer service jobs with high pay, and the agent booked their tickets."],
    ["Competitive pay, and the agency handles your work permit for Singapore."],
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each([
    ["They paid the agent 3 lakh rupees for the job in Dubai."],
    ["Each worker had to pay the recruiter before leaving for Malaysia."],
    ["She went to Oman through an agent we paid 2,000 dollars."],
    ["The agent said we would have to pay to register for the Dubai job."],
    ["他们把钱交给中介才拿到去迪拜的工作"],
    ["他們把錢交給仲介，才拿到去杜拜的工作。"],
  ])("%j (money handed to the agent) keeps the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});
