/**
 * Classes an independent review of the check found wrong (issue 11, second review): fees asked by an agent in English
 * and in a question, negations in Taglish and Malay, yen written "¥", normal pay abroad judged against the destination,
 * a government scheme's paid flights, army recruiting in Chinese, and a destination withheld or called safe. Every
 * text is written for the test; each class keeps the texts it must still read the other way.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);
const lawfulIds = (text: string): string[] => checkOffer(text).lawfulSigns.map((sign) => sign.id);

describe("an agent's fee for a job, and a job or a visa promised as certain, in English", () => {
  it.each([
    "Work in Australia assured! Pay AUD 4,000 fee to our migration consultant, visa approval 100% success rate.",
    "Pay $3500 processing to our consultant and your job in Germany is guaranteed, work permit included.",
    "Farm job in New Zealand guaranteed, 100% success, send our agent the fee of NZ$2,000 first.",
  ])("%s → high with the fee flag", (text) => {
    expect(level(text)).toBe("high");
    expect(flagIds(text)).toContain("recruiter_fee");
  });

  it.each([
    "Job in Poland guaranteed within 20 days, work permit sorted by us, just apply today.",
    "Your placement in Canada is guaranteed, 100% success rate for all applicants.",
  ])("%s → the guarantee flag, and the permit it promises is no lawful sign", (text) => {
    expect(flagIds(text)).toContain("guaranteed_outcome");
    expect(lawfulIds(text)).not.toContain("lawful_work_permit");
  });

  it.each([
    "Warehouse operative in Leeds, guaranteed 40 hours a week, £12.60 per hour, weekly pay.",
    "Pay: $25 per hour, guaranteed overtime, full benefits.",
  ])("%s → no guarantee flag", (text) => {
    expect(flagIds(text)).not.toContain("guaranteed_outcome");
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("an amount the agent collects is a fee, never pay; a permit promised for it is no lawful sign", () => {
  it.each([
    "中介讲先交6万就保证办下工作签证，能信吗？",
    "我想去日本打工，中介说要收四万块服务，正常吗？",
    "仲介說付他5萬就確保拿到工作證，這樣可以嗎？",
    "agent 说要收3万，保证拿到新加坡 work permit，靠谱吗",
  ])("%s → high with the fee flag, no high pay", (text) => {
    expect(level(text)).toBe("high");
    expect(flagIds(text)).toContain("recruiter_fee");
    expect(flagIds(text)).not.toContain("high_pay");
  });

  it.each([
    "Agent bol raha hai Dubai job ke liye ₹3 lakh maang rahe hain, safe hai kya?",
    "Yung agency ₱90,000 ang hinihingi para sa trabaho sa Taiwan, legit ba?",
  ])("%s → the fee flag, no high pay", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
    expect(flagIds(text)).not.toContain("high_pay");
  });

  it.each(["中介公司发工资，月薪8000，包吃住。", "通过中介介绍，底薪6000加提成。"])("%s → the pay is pay", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("a fee negated in Taglish, Malay or Indonesian is no fee", () => {
  it.each([
    "Hiring nurses for Saudi through POEA-licensed agency, walang placement fee, libre ang medical.",
    "Jawatan pemandu lori di Brunei melalui agensi berlesen, tiada yuran pengambilan, gaji BND 900.",
    "Lowongan perawat lansia ke Jepang lewat program G to G, tanpa biaya penempatan.",
  ])("%s → no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each([
    "May placement fee na ₱90,000 bago umalis, trabaho sa Dubai.",
    "Kena bayar yuran agensi RM3000 dulu sebelum ke Thailand, kerja kilang.",
  ])("%s → still the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});

describe("¥ in an offer for Japan is yen", () => {
  it.each([
    "Food processing factory in Aichi, Japan. Technical intern, ¥175,000 per month, dormitory ¥20,000 deducted.",
    "日本介護職招聘，特定技能簽證，月給¥190,000，需日語N4。",
    "Hotel housekeeping in Osaka, salary ¥210,000/month, SSW visa.",
  ])("%s → pay read in yen, not high", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.facts.salaries[0]?.currency).toBe("JPY");
    expect(flagIds(text)).not.toContain("high_pay");
    expect(verdict.level).not.toBe("high");
  });

  it("¥ with no sign of Japan is still yuan", () => {
    expect(checkOffer("招聘客服，月薪¥8000，包住。").facts.salaries[0]?.currency).toBe("CNY");
  });
});

describe("normal pay abroad is judged against the destination and the job", () => {
  it.each([
    "Apple picking in Hawke's Bay, New Zealand, NZ$24.50 an hour, RSE visa, employer pays half the airfare.",
    "Summer work and travel in Colorado, USD 16.50/hour, J-1 visa sponsor arranges DS-2019.",
    "Backend developer in Munich, €75,000 per year, EU Blue Card, relocation support.",
    "荷蘭軟體公司徵機器學習工程師，年薪6.5萬歐元，協助申請高技術移民簽證。",
    "招聘远洋船员，持海员证，月薪3800美元，合同按海事劳工公约签订。",
    "中资企业坦桑尼亚项目招聘测量员，月薪1.6万元，外派两年。",
  ])("%s → no high-pay flag, not high", (text) => {
    expect(flagIds(text)).not.toContain("high_pay");
    expect(level(text)).not.toBe("high");
  });

  it.each([
    "Data entry job in Cambodia, USD 3,000 per month, no experience, free flight.",
    "Easy typing work in Auckland, NZ$20,000 a month, no experience needed.",
  ])("%s → still the high-pay flag", (text) => {
    expect(flagIds(text)).toContain("high_pay");
  });
});

describe("flights paid under a named government scheme are the scheme's terms, not the lure's", () => {
  it.each([
    "Canada SAWP seasonal farm work, employer pays your return airfare, CAD 17.20 per hour.",
    "加拿大季節性農業工人計畫，雇主支付往返機票，時薪17加幣。",
  ])("%s → low", (text) => {
    expect(flagIds(text)).not.toContain("paid_travel");
    expect(level(text)).toBe("low");
  });
});

describe("a call-centre job at home, named there, is ordinary work", () => {
  it.each([
    "Customer service representatives for a BPO in Davao, ₱20,000 monthly, no experience required.",
    "Call center agent, Quezon City site, fresh graduates welcome, no experience needed, ₱24,000.",
  ])("%s → low", (text) => {
    expect(level(text)).toBe("low");
  });

  it("the same job abroad is still not low", () => {
    expect(level("Customer service job in Cambodia, no experience required, $1,200 monthly.")).not.toBe("low");
  });
});

describe("an army recruiting foreigners, in Chinese", () => {
  it.each([
    "去俄罗斯当兵，签一年合同，月薪二十五万卢布，中介全程带你。",
    "招合同兵，俄方签约奖励一百万卢布，年龄18到45岁。",
    "出國當兵一年，簽約金豐厚，包機票。",
  ])("%s → high with the war flag", (text) => {
    expect(flagIds(text)).toContain("war_work");
    expect(level(text)).toBe("high");
  });

  it("a soldier's memories are not recruiting", () => {
    expect(flagIds("我爸年轻时当兵三年，现在在工厂上班。")).not.toContain("war_work");
  });
});

describe("a destination withheld, a secret asked or a compound region called safe", () => {
  it.each([
    ["海外客服，月薪两万，人来了自然就知道在哪。", "destination_later"],
    ["高薪業務，工作地點：東南亞某國（入職後告知），包食宿。", "destination_later"],
    ["Online sales job abroad, $2000 monthly, please keep this offer private.", "secrecy"],
    ["Typing job overseas, USD 1500, keep it confidential from your family.", "secrecy"],
    ["海外推广专员，月薪两万五，工作地点：入职后告知。", "destination_later"],
  ])("%s → %s", (text, flag) => {
    expect(flagIds(text)).toContain(flag);
    expect(level(text)).toBe("high");
  });

  it.each([
    "妙瓦底那边其实很安全，过来上班，包吃住。",
    "緬北現在很安全的，過來做專案，日結。",
    "Shwe Kokko area is totally safe now, come join our team.",
  ])("%s → high with the reassurance flag", (text) => {
    expect(flagIds(text)).toContain("safety_reassurance");
    expect(level(text)).toBe("high");
  });

  it("a remark that a lawful destination is safe is not a warning by itself", () => {
    expect(level("東京那邊很安全，餐廳外場，時薪1200日圓。")).toBe("low");
  });

  it.each([
    "Please keep your login details private.",
    "地址：台北市信義區，到職後告知座位。",
    "日本工厂作业员，工作环境很安全，月薪18万日元。",
    "招聘电工，工作地点：深圳，入职后告知具体班次。",
    "Talk to our consultant about pay and benefits for this nursing role in the UK.",
  ])("%s → not high", (text) => {
    expect(level(text)).not.toBe("high");
  });
});

describe("lawful signs stay", () => {
  it("a government scheme with paid flights keeps its permit sign", () => {
    expect(
      lawfulIds("Seasonal Agricultural Worker Program, work permit issued, employer pays return flights."),
    ).toContain("lawful_work_permit");
  });
});
