/**
 * Issue 11, generalisation pass (s15): how reports tell a lure without the recruiter's words, and how lawful ads say
 * that a fee or a fare is not the worker's. Every sentence is written for the test (none is copied from the
 * evaluation data); each case failed before the change it covers.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("deceived or smuggled to a country: the report tells the lure itself", () => {
  it.each([
    "我表弟去年被人以打工为由骗往马来西亚，到现在都联系不上",
    "她說朋友是被誘騙到杜拜做客服的，家裡很擔心",
    "他们几个是偷渡到马来西亚的，说那边有活干",
    "My cousin was lured to Malaysia with a promise of factory work and never came back",
    "Two nurses were tricked into going to Dubai for jobs that did not exist",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it.each(["我们一家去年春节去马来西亚玩了一周", "He moved to Malaysia for a factory job last year"])(
    "a move or a trip without deceit stays below high: %j",
    (text) => {
      expect(level(text)).not.toBe("high");
    },
  );
});

describe("a fee the employer bears or refunds is no fee to the worker", () => {
  it.each([
    "The employer will bear all recruitment costs, including the visa fee and the medical fee.",
    "Workers are exempted from the placement fee and the visa fee under the new agreement.",
    "签证费和体检费由雇主承担，工人不用出一分钱",
    "簽證費由公司全額負擔，機票另計",
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each(["Visa fee first, 25,000 pesos, then we process your papers", "先交签证费两万，雇主到了再还你"])(
    "the worker's own fee still counts: %j",
    (text) => {
      expect(flagIds(text)).toContain("recruiter_fee");
    },
  );
});

describe("a fare refunded only after probation is an employer's term, not a recruiter paying the way", () => {
  it.each([
    "Pastry chef wanted in Koh Samui, 3 yrs experience, 40k THB plus staff room, air ticket refunded after probation",
    "普吉島度假村誠徵點心師傅，三年經驗，月薪四萬泰銖，試用期滿後報銷機票",
    "泰国清迈酒店招厨师，需五年经验，月薪3万泰铢，转正后报销往返机票",
  ])("%j is not high", (text) => {
    expect(level(text)).not.toBe("high");
    expect(flagIds(text)).not.toContain("paid_travel");
  });

  it.each([
    "机票先帮你垫付，到了泰国公司报销，做客服月入三万",
    "Flight reimbursed on arrival in Bangkok, data entry job, 1500 USD",
  ])("a fare paid or refunded to get there still counts: %j", (text) => {
    expect(flagIds(text)).toContain("paid_travel");
  });
});

describe("a Taglish offer's bare amounts are pesos, and its 'deployment' is a departure abroad", () => {
  it.each([
    "Hiring chat support agents, sahod 70k-90k monthly, deployment after 1 week, free board and lodging, PM lang po",
    "Earn 60k monthly as data encoder! Fast deployment for OFW applicants, free housing, message me po",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
    expect(checkOffer(text).facts.salaries[0]?.currency).toBe("PHP");
  });

  it.each([
    ["Software engineer, 80k-120k monthly, hybrid setup in Makati, message me po", "low"],
    ["Earn 80k-150k monthly from home, weekly payouts", "low"],
  ])("%j stays %s", (text, expected) => {
    expect(level(text)).toBe(expected);
  });
});

describe("a fee the worker need not pay, is barred from being charged, or that the employer bears later in its sentence", () => {
  it.each([
    "Selected workers will not need to pay anything at all for their placement fees to the agency.",
    "Licensed agencies are prohibited from collecting placement fees from caregivers bound for Taiwan.",
    "Airfare, medical checks and visa fees will all be borne by the employer, not the worker.",
    "Recruitment costs such as the visa fee, will in principle be paid by employers under the new scheme.",
    "签证费、体检费和机票均由雇主承担，工人只需准备护照",
    "簽證費、體檢費與機票一律由僱主負擔",
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each([
    "Pay the placement fee of 30,000 first, the flight will be paid by the employer",
    "你先付中介费两万,机票由公司承担",
    "You are not allowed to leave before you pay the placement fee of 50,000",
    "You cannot start work until you pay the placement fee of 50,000",
  ])("the worker's fee beside an employer's perk still counts: %j", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});

describe("a retention sum paid once is no monthly pay", () => {
  it.each(["新加坡公立医院为服务满四年的护士提供1.5万新币挽留金", "醫院為服務滿五年的護士提供兩萬新幣留任金"])(
    "%j reads no high pay",
    (text) => {
      expect(flagIds(text)).not.toContain("high_pay");
    },
  );
});

describe("a better-paid job over there is the pay promise, said with 优渥 or 更好", () => {
  it.each(["公司说柬埔寨那边有个待遇更优渥的岗位，可以安排你过去", "對方說泰國分公司待遇更好，問我要不要過去"])(
    "%j → high",
    (text) => {
      expect(level(text)).toBe("high");
    },
  );

  it("an employer's praise at home stays low: 我们公司待遇优渥，五险一金，周末双休", () => {
    expect(level("我们公司待遇优渥，五险一金，周末双休")).toBe("low");
  });
});

describe("online sales and telemarketing for high commission abroad are the lure's job and pay", () => {
  it.each([
    "Online sales staff needed in Dubai, high commission, free air ticket",
    "Telemarketing agents for our office in Laos, high commissions, accommodation provided",
    "迪拜网络销售，底薪加高提成，包机票包住宿",
    "杜拜線上銷售，高提成，包機票",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it("a sales post at home with high commission stays below high", () => {
    expect(level("Sales executive in Manila, basic pay plus high commission, 5 days a week")).not.toBe("high");
  });
});

describe("a fee refunded by rule or by the employer is not the worker's", () => {
  it.each([
    "Fruit picking in Kent under the seasonal worker route; visa fee reimbursed under the scheme rules",
    "英国季节工项目，签证费按规定报销，持牌运营商招募",
    "德國護理職缺，簽證費依規定全額退還",
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each(["Visa fee refunded once you arrive in Bangkok, pay 20,000 now", "签证费到了泰国再还你，现在先交两万"])(
    "a refund promised on arrival still leaves the fee: %j",
    (text) => {
      expect(flagIds(text)).toContain("recruiter_fee");
    },
  );
});

describe("a report that calls the job 'so-called' or says the victim believed a false promise describes a lure", () => {
  it.each([
    "他听信网友介绍，前往迪拜从事所谓的游戏推广工作",
    "她誤信朋友的話，到杜拜做所謂的客服工作",
    "He believed an online friend and flew to Dubai for a so-called customer service job",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it.each([
    "所谓的五险一金，就是公司为员工缴纳的社会保险",
    "切勿輕信網上高薪招聘",
    "The so-called gig economy pays by the task",
  ])("%j stays low", (text) => {
    expect(level(text)).toBe("low");
  });
});

describe("work named as the pretext (以打工为名, 'under the guise of a job') is the lure told by a report", () => {
  it.each([
    "女子遭男友以出国工作为名带往缅甸，至今未归",
    "她被同鄉以打工名義帶去寮國，家人報警",
    "She was taken to Myanmar by her boyfriend under the pretext of a restaurant job",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it("a pretext named in another matter stays low: 他以工作为由请了三天假", () => {
    expect(level("他以工作为由请了三天假")).toBe("low");
  });
});

describe("a stranger met online offers a streaming job abroad; the victim found out on arrival", () => {
  it.each([
    "網友邀她到越南做直播主，說底薪五萬還有分紅",
    "An internet friend invited her to Vietnam to work as a live streamer",
  ])("%j is at least a warning", (text) => {
    expect(level(text)).not.toBe("low");
  });

  it.each([
    "经人介绍前往缅甸北部做玉石生意，到了才发现被骗",
    "He went to Laos for a hotel job and only realised he had been cheated when he arrived",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });
});

describe("a report's bait and switch and a payment to the agency", () => {
  it.each([
    "Many young Kenyans answered online ads for jobs in Thailand and ended up in Myanmar",
    "她以为去泰国做酒店前台，结果到了缅甸的园区外面才知道",
    "They were promised jobs in Canada, paid the agency and never heard back",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it("a holiday that ended up somewhere else stays low", () => {
    expect(level("Our road trip through Thailand ended up in Laos for two extra days")).not.toBe("high");
  });
});
