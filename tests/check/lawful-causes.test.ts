/**
 * Causes of false alarms on lawful ads abroad, each as a class (issue 11): a professional's ordinary pay in the currency
 * of a high-wage country read as "far above normal", a guarantee answered "no", a base salary paid out daily read as a
 * day's pay, flights paid under a scheme that does not make the employer pay them, and a fee described as the most the
 * law allows. Each class has lures it must still catch. Every text is written for the test.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a professional's pay in a high-wage country's own currency is judged against that country's pay", () => {
  it.each([
    "Structural engineer, salary S$6,500 a month, degree in civil engineering and 4 years of experience.",
    "Registered nurse, A$8,200 per month, AHPRA registration required.",
    "Chartered accountant, £4,200 per month, ACCA qualified, hybrid working.",
    "Software developer, ¥600,000 a month, JLPT N2 and 3 years of Java.",
    "招聘结构工程师，月薪6500新币，土木工程本科，四年经验。",
    "注册护士，月薪8200澳元，需持AHPRA注册。",
    "誠徵軟體工程師，月薪60萬日圓，需日語N2及三年經驗。",
    "會計師職缺，月薪4200英鎊，需ACCA資格。",
  ])("%s → no high-pay flag, low", (text) => {
    expect(flagIds(text)).not.toContain("high_pay");
    expect(level(text)).toBe("low");
  });

  it.each([
    "Engineer wanted, S$30,000 a month, no experience needed.",
    "Easy typing job, S$6,000 a month, no experience needed.",
    "打字员，月薪6000新币，无需经验。",
    "工程師月薪3萬新幣，免經驗。",
  ])("%s → still the high-pay flag", (text) => {
    expect(flagIds(text)).toContain("high_pay");
  });
});

describe("a guarantee answered or denied is no guarantee", () => {
  it.each([
    "Work permit guaranteed? No. The employer applies for it once you pass the interview.",
    "Visa guaranteed: no, the embassy decides every application.",
    "Nobody can guarantee you a visa; the consulate decides.",
    "保证拿到签证吗？不保证，由使馆审核。",
    "包下簽嗎？不包，簽證由移民署決定。",
  ])("%s → no guarantee flag", (text) => {
    expect(flagIds(text)).not.toContain("guaranteed_outcome");
  });

  it.each([
    "Visa guaranteed, no interview, pay the processing fee first.",
    "Job in Canada guaranteed! No IELTS needed.",
    "保证下签，不用面试，先交费。",
  ])("%s → still the guarantee flag", (text) => {
    expect(flagIds(text)).toContain("guaranteed_outcome");
  });
});

describe("a base salary paid out daily is a month's pay, not a day's", () => {
  it.each([
    ["日结底薪八千，会用电脑即可", 8000],
    ["底薪8000 日结，包住", 8000],
    ["底薪：七千元，日結，週休二日", 7000],
  ] as const)("%s → read as a month's pay", (text, amount) => {
    const salary = checkOffer(text).facts.salaries[0];
    expect(salary?.period).toBe("month");
    expect(salary?.monthlyCny).toBeLessThan(amount * 1.5);
    expect(flagIds(text)).not.toContain("extreme_pay");
  });

  it.each(["日结工资三百，包吃住", "日结 300元"])("%s → still a day's pay", (text) => {
    expect(checkOffer(text).facts.salaries[0]?.period).toBe("day");
  });
});

describe("only the schemes that make the employer pay the fare explain a paid flight", () => {
  it.each([
    "Seasonal fruit picking under New Zealand's Recognised Seasonal Employer scheme: the employer pays half your airfare.",
    "H-2A farm work in Georgia; the employer reimburses your inbound flight after half the contract.",
    "PALM scheme meat-processing job in Queensland, employer pays the upfront airfare.",
    "加拿大季节性农业工人计划：雇主支付往返机票。",
  ])("%s → no paid-travel flag", (text) => {
    expect(flagIds(text)).not.toContain("paid_travel");
  });

  it.each([
    "Factory job in Korea through the Employment Permit System, free air ticket, no Korean test needed.",
    "Specified Skilled Worker caregiver job in Japan, free flight provided by our agency.",
    "J-1 summer job in the US, round-trip flight free of charge.",
    "韩国雇佣许可制工厂工作，免费机票。",
    "日本特定技能看護工作，機票全包。",
  ])("%s → the paid trip is still a flag", (text) => {
    expect(flagIds(text)).toContain("paid_travel");
  });
});

describe("a fee described as the most the law allows is no fee asked", () => {
  it.each([
    "Under Ministry of Labour rules, brokers are allowed to charge a service fee of at most NT$1,800 a month in the first year.",
    "The regulations permit licensed agencies to collect a placement fee not exceeding one month's salary.",
    "依据劳动部规定，仲介每月可收取的服务费上限为1800元。",
    "依法規，仲介服務費第一年每月最高不得超過新台幣1,800元。",
    "The Employment Bureau permits agencies a commission of no more than one month's wages.",
  ])("%s → no fee flag, not high", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
    expect(level(text)).not.toBe("high");
  });

  it.each([
    "Our agency charges a service fee of $1,800 before departure.",
    "The broker is allowed to take a processing fee of 50,000 pesos from you, pay now to reserve the slot.",
    "仲介服务费每月1800元，先交三个月。",
  ])("%s → still the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});

describe("a qualified post that asks for a credential, with only coincidences beside it, is no warning", () => {
  it.each([
    "Registered nurse for a private hospital in Phnom Penh, accommodation provided.",
    "Civil engineer for a road project in Vientiane, degree in civil engineering, free accommodation.",
    "Accountant for a garment factory in Phnom Penh, bachelor's degree in accounting, free lunch and accommodation.",
    "老挝万象铁路项目招聘土木工程师，本科以上学历，五年以上经验，包食宿。",
    "金边国际学校招聘数学老师，需学士学位和TEFL证书，免费住宿。",
    "金邊國際學校徵數學老師，需TEFL證書，提供免費住宿。",
    "永珍工程公司徵土木工程師，大學以上學歷，五年以上工作經驗，提供宿舍。",
  ])("%s → low", (text) => {
    expect(level(text)).toBe("low");
  });

  it.each([
    // A credential waived, a strong sign beside it, or a hot spot: still the lure.
    "Software engineer in Bangkok, no degree needed, free accommodation, flight paid.",
    "IT job in Cambodia, degree required, free flight and visa arranged, apply on Telegram.",
    "Engineer in Sihanoukville, degree required, free accommodation.",
    "泰国招聘工程师，不要学历，包吃住，机票报销。",
    "柬埔寨招工程師，大學學歷，機票公司出，落地辦簽證。",
  ])("%s → high", (text) => {
    expect(level(text)).toBe("high");
  });
});

describe("a fee the rules keep off the worker is the employer's, wherever the text names it", () => {
  it.each([
    // Rules addressed to the employer ("you pay") who hires the workers.
    "Processing fee\n\nYou must pay $1,000 for each worker you request. The processing fee cannot be recovered from the workers.",
    "Application fee: you pay $500 for each position. This fee cannot be charged to workers.",
    "招聘服务费\n你须为每个职位支付500元。招聘服务费不得向劳工收取。",
    "申請費\n您須為每個職位支付新台幣1,000元。申請費不得向移工收取。",
  ])("%s → no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each([
    "Pay the processing fee of $500 now to reserve your slot.",
    "The processing fee cannot be refunded once paid. Send $500 today.",
    "中介费不能退，先交5000。",
    "手續費不得退還，請先匯款兩萬。",
  ])("%s → still the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});
