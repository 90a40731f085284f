/**
 * Issue 11, session 20: classes read from the dev misses and the lawful dev false highs. Every sentence here is written
 * for the test (none is copied from the evaluation data), in English, Simplified and Taiwan/Hong Kong-style Traditional
 * Chinese.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const levelOf = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a chat-app or social-media recruiter with one more strong sign is high risk, even with no place named", () => {
  it.each([
    ["A recruiter on Facebook offered me a job paying 4,000 USD a month."],
    ["A man in our WhatsApp job group offered me work and said he would pay for my flight."],
    ["抖音上有人招人,说工资很高,一个月三万。"],
    ["微信群里有人招人,说机票公司出,到了再安排工作。"],
    ["臉書社團有人在招募,說機票公司出。"],
    ["有人在臉書上招人，月薪八萬，包機票。"],
  ])("%j is high, and lists the channel among its flags", (text) => {
    expect(levelOf(text)).toBe("high");
    expect(flagIds(text)).toContain("chat_recruiter");
  });

  it.each([
    // An employer's own ad giving a chat app as its contact, with a lawful sign beside it.
    ["Customer service officer wanted. WhatsApp your CV to 9123 4567. Licensed agency EA 12C3456."],
    ["客服专员,月薪6000,加微信详谈,五险一金。"],
    ["客服專員 月薪3萬 加LINE詳談 勞健保"],
    // The vague job alone beside the channel: a local hire's ad, no pay far above normal, no trip paid.
    ["Hiring customer service agents, DM me on Telegram."],
    ["招聘客服,底薪4000+提成,加微信了解"],
    // A qualified post advertised in a group.
    ["Our WhatsApp group shares nursing jobs in the UK: registered nurses with NMC PIN, salary £38,000 a year."],
  ])("%j stays below high", (text) => {
    expect(levelOf(text)).not.toBe("high");
  });
});

describe("advice not to travel on a tourist visa is a lawful ad's warning, not the lure's route", () => {
  it.each([
    ["Never travel on a tourist visa to work abroad. Our nurses leave with a work visa arranged by the employer."],
    ["Do not accept jobs that ask you to travel on a tourist visa."],
    ["Please do not go on a visit visa: we apply for your work permit before you fly."],
    ["请勿持旅游签入境工作，本公司为您办理正式工作签证。"],
    ["千万不要用旅游签去打工,被查到会遣返。"],
    ["切勿持觀光簽證工作，我們協助辦理工作許可。"],
  ])("%j raises no tourist-visa flag", (text) => {
    expect(flagIds(text)).not.toContain("tourist_visa_work");
    expect(levelOf(text)).not.toBe("high");
  });

  it.each([
    ["Don't worry about the visa, come on a tourist visa and start work."],
    ["You don't need a work permit, just go on a tourist visa."],
    ["You will go on a tourist visa first, then we change it to a work visa."],
    ["不要担心签证,先用旅游签过去,到了再办工作签。"],
    ["不要办工作签证，拿旅游签过去就行。"],
    ["不用擔心簽證，持觀光簽證入境就可以上班。"],
  ])("%j (the route offered) keeps the tourist-visa flag", (text) => {
    expect(flagIds(text)).toContain("tourist_visa_work");
  });
});

describe("a fee the agency charges the employer is the hiring firm's cost, not the reader's", () => {
  it.each([
    ["The agency may charge the employer a placement fee of one month's salary."],
    ["Agencies bill employers a service fee for each hire; the worker's costs are covered."],
    ["中介公司可以向雇主收取介绍费和服务费。"],
    ["仲介公司可向雇主收取登記費及介紹費，不得另向勞工收費。"],
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each([
    ["The agency charges workers a placement fee."],
    ["中介向求职者收取介绍费3000元。"],
    ["仲介向雇主收取管理費，另向勞工收取介紹費。"],
  ])("%j (charged to the worker) keeps the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});

describe("Macau's districts name Macau, and an hourly wage there is read in patacas", () => {
  it.each([
    ["路氹酒店招聘兼職接待員，時薪60元，無需經驗。"],
    ["路凼度假村招兼职服务员,时薪六十元,毋需经验。"],
    ["氹仔酒樓請楼面，時薪55元。"],
  ])("%j is not high risk", (text) => {
    expect(levelOf(text)).not.toBe("high");
  });

  it("reads the district as Macau", () => {
    expect(checkOffer("路氹酒店招聘兼職接待員，時薪60元").facts.places.map((place) => place.country)).toContain("mo");
  });

  it.each([
    ["路氹酒店招客服,月薪5万,包机票,护照交给公司保管。"],
    ["Cotai casino job, passport kept by the company, pay 60,000 a month."],
  ])("%j with a lure's signs stays high", (text) => {
    expect(levelOf(text)).toBe("high");
  });
});

describe("the advice is read wherever it stands in the text", () => {
  it.each([
    ["Licensed agency, nurses for Germany. Do not accept jobs that ask you to travel on a visit visa."],
    ["本公司持牌经营,护士赴德国。请勿持旅游签入境工作。"],
  ])("%j raises no tourist-visa flag", (text) => {
    expect(flagIds(text)).not.toContain("tourist_visa_work");
  });
});

describe("a rule or an authority that forbids the fee, in the active voice, is no fee asked", () => {
  it.each([
    ["The POEA prohibits manning agencies from collecting placement fees from seafarers."],
    ["Philippine law bars recruiters from charging domestic workers any placement fee."],
    ["The ministry forbids agencies to collect a recruitment fee from workers."],
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each([
    ["The agency prohibits refunds: pay the placement fee of PHP 80,000 before your flight."],
    ["The recruiter bars you from leaving until you pay the placement fee."],
  ])("%j (the fee still asked) keeps the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});

describe("a visitor's visa for a job abroad is the tourist-visa route", () => {
  it.each([
    ["She accepted a broker's job in Dubai and flew there on a visitor's visa."],
    ["They told us to come on a visitor visa and the company would sort out the rest."],
    ["You enter on a visitors visa, then start work at the restaurant."],
  ])("%j raises the tourist-visa flag", (text) => {
    expect(flagIds(text)).toContain("tourist_visa_work");
  });

  it.each([["The embassy's visitor centre opens at nine."], ["Visitor parking is at the back of the hotel."]])(
    "%j (no visa) stays quiet",
    (text) => {
      expect(flagIds(text)).not.toContain("tourist_visa_work");
    },
  );
});

describe("nursing staff are a qualified post: better pay than at home is how the profession is described", () => {
  it.each([
    ["澳洲的護理人員薪資比國內優渥很多,護理就業市場一直缺人。"],
    ["德国护理人员待遇比国内好很多,需要护士执照和德语B2。"],
    ["Nursing staff in Australia are paid far better than at home; registration with AHPRA is required."],
  ])("%j is not high risk", (text) => {
    expect(levelOf(text)).not.toBe("high");
  });

  it.each([
    ["护理人员招聘,去柬埔寨,月薪三万,包机票,护照交公司保管。"],
    ["招護理人員去緬甸,月薪十萬,免經驗,機票公司出。"],
  ])("%j with a lure's signs stays high", (text) => {
    expect(levelOf(text)).toBe("high");
  });
});

describe("a passport handover told across two sentences", () => {
  it.each([
    ["Housemaid in Kuwait, KWD 120. Upon arrival your passport goes to the sponsor. He keeps it."],
    ["Cleaner needed in Dubai, AED 1500 a month. Passport must be given to the company. We keep it for your safety."],
    ["Cook in Oman. Passport. Kept by employer."],
  ])("%j keeps the passport-handover flag", (text) => {
    expect(flagIds(text)).toContain("passport_handover");
  });
});

describe("a qualified post abroad with pay and board only, outside the lure countries, is a warning at most", () => {
  it.each([
    ["港商聘請技術人員到東南亞國家工廠駐守,提供食宿,月薪約兩萬多至4萬元。"],
    ["Engineer for our plant in Malaysia, RM 18,000 a month, free housing provided."],
    ["招聘电气工程师外派马来西亚,月薪3万元,包吃住。"],
  ])("%j is not high risk", (text) => {
    expect(levelOf(text)).not.toBe("high");
  });

  it.each([
    ["Engineer wanted in Cambodia, $5,000 a month, free flight and housing."],
    ["技术员去缅甸,月薪5万,包吃住。"],
    ["Engineer for Malaysia, RM 18,000 a month, free housing, hand your passport to the company on arrival."],
  ])("%j stays high", (text) => {
    expect(levelOf(text)).toBe("high");
  });
});

describe("an employer's asking price for labour (招工…开价) is pay, not a fee", () => {
  it.each([["现在招个瓦工要等两个月,包吃住开价3万谢克尔都难找人。"], ["工地招人開價一天四百塊,還是沒人來。"]])(
    "%j raises no fee flag",
    (text) => {
      expect(flagIds(text)).not.toContain("recruiter_fee");
    },
  );

  it.each([["中介开价3万,交了就能去日本。"], ["仲介開價五萬元,說保證出國。"]])(
    "%j (the agent's price) keeps the fee flag",
    (text) => {
      expect(flagIds(text)).toContain("recruiter_fee");
    },
  );
});

describe("a sponsorship certificate sold is a job bought, like a work permit sold", () => {
  it.each([
    ["The agent sells certificates of sponsorship for UK care jobs at £10,000 each."],
    ["Certificates of sponsorship are being sold to care workers for thousands of pounds."],
    ["中介出售英国护工的担保名额,一个名额十五万。"],
  ])("%j raises the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });

  it.each([
    ["Our licensed sponsor issues your certificate of sponsorship free of charge."],
    ["The employer applies for your certificate of sponsorship before you travel."],
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("a recruiter who tells the worker the contract need not be read hides its terms", () => {
  it.each([
    ["她想仔细看合同内容时,中介说只是走个流程,不用看。"],
    ["想看清楚合約條款,仲介卻說只是走一個流程,不用看。"],
    ["When I asked to read the contract, the agent said it was just a formality and I did not need to read it."],
  ])("%j raises the flag", (text) => {
    expect(flagIds(text)).toContain("contract_unread");
  });

  it.each([
    ["面试只是走个流程,合同会提前发给你仔细阅读。"],
    ["Read your contract carefully before signing; the interview is just a formality."],
    ["The contract is not just a formality: read every clause before you sign."],
  ])("%j stays quiet", (text) => {
    expect(flagIds(text)).not.toContain("contract_unread");
  });
});

describe("letters set apart by dots end no sentence", () => {
  it.each([
    ["T.h.e. c.o.m.p.a.n.y. k.e.e.p.s. y.o.u.r. p.a.s.s.p.o.r.t."],
    ["The company keeps your p.a.s.s.p.o.r.t. on arrival."],
  ])("%j keeps the passport-handover flag", (text) => {
    expect(flagIds(text)).toContain("passport_handover");
  });
});
