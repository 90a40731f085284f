/**
 * Issue 11, session 21: classes read from the dev misses (lawful ads rated high, lures rated low), each written for
 * the test in English, Simplified and Taiwan/Hong Kong-style Traditional Chinese (none is copied from the evaluation
 * data), with the look-alikes that must keep their old reading.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a fee the employer is named as paying before it is the employer's cost, not the worker's", () => {
  it.each([
    ["Welders for a Qatar shipyard. The employer shall be responsible for the visa fee and the round-trip airfare."],
    ["Caregivers for Japan: the employer pays the processing fee, the medical exam and your flight."],
    ["Nurses for Riyadh. Our principal covers the placement fee and housing."],
    ["赴新加坡建筑工,雇主承担签证费和往返机票,月薪2200新币。"],
    ["赴日本介護，由公司支付仲介費及機票，月薪20萬日圓。"],
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each([
    [
      "Deployment costs\nThe employer shall be responsible for the following fees and charges:\n1. Visa fee;\n2. Round trip airfare;\n3. Processing fees.",
    ],
    ["以下费用由雇主负责:\n1、签证费\n2、体检费\n3、往返机票"],
  ])("%j (a list of fees under a heading that names the employer as payer) raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each([
    ["The employer pays your airfare, but you pay the processing fee of 50,000 first."],
    ["Job in Dubai. The company pays the flight; you pay the agency fee before the visa."],
    ["公司承担机票,你只需先交报名费三千元"],
    ["公司出機票，你只要先交仲介費三萬。"],
    ["The following fees must be paid by you before departure:\n1. Processing fee\n2. Medical fee"],
    ["以下费用需本人先交:\n1、报名费\n2、体检费"],
  ])("%j (the worker named as paying) keeps the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});

describe("a fee told as the national rule's cap is the law described, not a fee asked", () => {
  it.each([
    ["按照国家有关规定,外派劳务企业向劳务人员收取的服务费不得超过合同工资总额的12.5%。"],
    ["依照我國相關規定，仲介向移工收取的服務費不得超過每月1800元。"],
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });

  it.each([
    ["按照国家规定,服务费不超过12.5%,请先交服务费两万元到公司账户。"],
    ["按照公司规定,中介费不得超过三万,报名时交清。"],
  ])("%j (the fee asked of the reader, or the company's own rule) keeps the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});

describe("a foreign citizenship or passport offered with the work is the army recruiters' lure", () => {
  it.each([
    ["Guard jobs at industrial sites, 150,000 rubles a month and fast-track Russian citizenship."],
    ["Sign the contract and you can get a Russian passport after six months of service, $2,000 a month."],
    ["保安工作,月薪二十万卢布,半年后可以拿俄罗斯国籍。"],
    ["去俄羅斯工地做幫工，做滿一年就能取得俄羅斯公民身份，月薪三千美元。"],
  ])("%j is flagged and high risk", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.flags.map((flag) => flag.id)).toContain("citizenship_offered");
    expect(verdict.level).toBe("high");
  });

  it.each([
    ["The recruiter promised me EU citizenship within three years if I worked on the farm."],
    ["中介承诺干满三年就能拿到欧盟护照,在波兰农场工作。"],
    ["仲介說做滿三年就能取得國籍，去波蘭農場工作。"],
  ])("%j (citizenship sold with ordinary work, nothing else said) is flagged and at least a warning", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.flags.map((flag) => flag.id)).toContain("citizenship_offered");
    expect(verdict.level).not.toBe("low");
  });

  it.each([
    ["Drivers wanted in Moscow. Russian citizenship required, Russian driving licence."],
    ["Applicants must hold EU citizenship or a valid work permit."],
    ["招聘司机,限俄罗斯国籍,需持俄罗斯驾照。"],
    ["應徵者須具中華民國國籍，並在臺灣設有戶籍。"],
    ["Skilled visa holders can apply for permanent residency after two years with the employer."],
  ])("%j (a citizenship required, or residency after years) raises no such flag", (text) => {
    expect(flagIds(text)).not.toContain("citizenship_offered");
  });
});

describe("a recruiter who approached the reader unsought, with pay far above normal abroad, is high risk", () => {
  it.each([
    ["A recruiter approached me at the market offering factory work in Vietnam for 2,000 USD a month."],
    ["I was approached by an agent who offered packing work in Malaysia, salary RM9,000."],
    ["有人主动找上我,说去越南工厂打工一个月三万块。"],
    ["有個人主動來找我，說去泰國做包裝一個月十萬台幣。"],
  ])("%j is high risk", (text) => {
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    ["A headhunter approached me about a senior software engineer role in Singapore, salary S$12,000."],
    ["I was approached by a nursing agency licensed by the DMW for a hospital job in Riyadh, SAR 9,000."],
    ["A recruiter approached me about a warehouse job in Leeds, £11.44 an hour."],
  ])("%j (a qualified post, a lawful sign or ordinary pay) is not high", (text) => {
    expect(checkOffer(text).level).not.toBe("high");
  });
});

describe("papers promised once the reader is there, however the arrival is worded, are the visa-after-arrival sign", () => {
  it.each([
    ["不用经验,会打字就行,包吃包住,去了再办工作签。"],
    ["到了那边再办工作签证,机票公司出。"],
    ["免經驗，包吃住，人到了再辦工簽。"],
    ["過去了再幫你辦工作證，先用旅遊簽。"],
    ["No experience, free housing, your work permit will be processed once you are there."],
  ])("%j raises the flag", (text) => {
    expect(flagIds(text)).toContain("visa_after_arrival");
  });

  it.each([
    ["签证到了以后再通知你出发。"],
    ["工签批下来就安排机票,月薪8000新币。"],
    ["簽證下來之後公司會通知報到日期。"],
    ["The work visa is issued before you fly; on arrival a driver meets you at the airport."],
  ])("%j (the visa issued before the trip) raises no such flag", (text) => {
    expect(flagIds(text)).not.toContain("visa_after_arrival");
  });
});

describe("money handed to an agency, however it is worded and with a sum in between, is the fee flag", () => {
  it.each([
    ["She had to part with S$2,500 of her savings to a recruitment agency for a job in Poland."],
    ["We paid 150,000 to the agent for the Dubai job."],
    ["He was told to pay up front to cover the medical checks and other administrative fees."],
    ["我们交给中介两万五千块,说下个月去日本。"],
    ["我們交給仲介二萬五千元，說下個月去日本。"],
  ])("%j raises the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });

  it.each([
    ["Employers pay the recruitment agency; workers pay nothing."],
    ["The employer will cover administrative fees and the work permit."],
    ["No upfront fees. Apply online for our Toronto warehouse."],
    ["雇主付给中介的费用,工人一分不用出。"],
  ])("%j (the employer pays, or no fee) raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("a sum named as the price of the visa, the sponsorship or the package is a fee asked", () => {
  it.each([
    ["Canada LMIA job, truck driver, pay 25 lakh for the package, PR in 2 years."],
    ["UK care job: pay £8,000 for the certificate of sponsorship and the visa is yours."],
    ["加拿大工签,保证下签,费用十八万。"],
    ["加拿大工簽，雇主擔保，費用：十八萬。"],
  ])("%j raises the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });

  it.each([
    ["赴日本工作,生活费用3万日元由公司补贴,月薪25万日元。"],
    ["Earn 3,000 USD for the job in Dubai, six-month contract, employer visa."],
    ["包吃住,住宿費用全免,月薪三萬五。"],
  ])("%j (an allowance, pay for the job or board waived) raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("a qualified post's pay above the line in a transit hub, with nothing else said, is no high risk", () => {
  it.each([
    ["海外招聘:迪拜办公室客户经理,英语流利,年薪40万起,外派补贴,全家医疗保险。"],
    ["阿联酋阿布扎比中资企业诚聘财务主管,CPA优先,月薪3万-4万人民币,每年回国休假一次。"],
    ["杜拜分公司徵財務經理，需會計師證照，月薪新台幣18萬，每年返台休假。"],
    ["Abu Dhabi: regional finance manager, CPA, 8 years' experience, AED 35,000 a month."],
  ])("%j is not high", (text) => {
    expect(checkOffer(text).level).not.toBe("high");
  });

  it.each([
    ["迪拜项目主管,月薪4万,不需要经验,机票公司出。"],
    ["金边公司招主管,月薪3万,包吃住。"],
    ["杜拜客服主管，月薪十萬台幣，免經驗，機票公司出。"],
    ["Dubai team leader, $4,000 a month, no experience needed, free ticket."],
  ])("%j (no experience asked, a paid trip or a compound country) stays high", (text) => {
    expect(checkOffer(text).level).toBe("high");
  });
});

describe("pay told as 十来万 (some hundred thousand) is read", () => {
  it.each([
    ["东南亚工作,月入十来万,包机票。", 100_000],
    // Traditional script reads a bare sum in New Taiwan dollars: NT$100,000 is about 22,000 yuan.
    ["去那邊做客服，一個月十來萬，機票公司出。", 22_000],
  ])("%j reads a monthly pay of %i yuan", (text, monthly) => {
    const verdict = checkOffer(text);
    expect(verdict.facts.salaries.map((salary) => salary.monthlyCny)).toContain(monthly);
    expect(verdict.level).toBe("high");
  });

  it.each([["我们十来个人一起去面试。"], ["來上班的有十來個人。"]])("%j (a head count) reads no pay", (text) => {
    expect(checkOffer(text).facts.salaries).toEqual([]);
  });
});

describe("a recruiter's chat words: pay with an adverb before it, a fare advanced or sent, pay settled in dollars", () => {
  it.each([
    ["學長說他在那邊做行政，一個月輕鬆八萬，叫我暑假也過去，機票他先幫我墊。"],
    ["表哥说那边一个月至少三四万,机票他先帮你垫,到了再还。"],
    ["我老闆說要再找兩個人，工作很簡單，打打字而已，薪水美金算。"],
    ["老板说工作就是打打字,工资按美金结算,不用经验。"],
  ])("%j is high risk", (text) => {
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    ["每天至少8小时,一个月最少休息4天。", []],
    ["一個月輕鬆八萬", [17_600]],
    ["一个月至少8000", [8_000]],
  ])("%j reads the pay %j (yuan a month), not hours or days", (text, pay) => {
    expect(checkOffer(text).facts.salaries.map((salary) => salary.monthlyCny)).toEqual(pay);
  });

  it.each([
    ["上海外企招聘会计,薪资按美元结算,需CPA。"],
    ["Please send the ticket number and your CV to HR."],
    ["车票自己买,到厂报销一半。"],
  ])("%j (a Shanghai firm, a ticket number, a fare split) is low", (text) => {
    expect(checkOffer(text).level).toBe("low");
  });
});

describe("a government programme or the licensing authority named is a sign the reader can check", () => {
  it.each([
    ["Our recruiting service is certified and supervised by the POEA. Your employer will pay for your flight ticket."],
    ["民政及青年事务局推出大学生海外义工实习计划,提供来回机票及每月生活津贴。"],
    ["國家漢辦為志願者提供每年一次的國際往返機票和生活津貼。"],
  ])("%j is low", (text) => {
    expect(checkOffer(text).level).toBe("low");
  });

  it.each([
    ["POEA-licensed agency! Call center job in Cambodia, 1500 USD, free ticket, no experience."],
    ["汉办推荐,去柬埔寨做客服,月薪两万,机票公司出,不用经验。"],
  ])("%j (the name beside the lure's own offer) stays high", (text) => {
    expect(checkOffer(text).level).toBe("high");
  });
});

describe("a sum the reader just pays, or pays to get the visa, is a fee asked", () => {
  it.each([
    ["The agent said the visa is no problem, 100% sure, just pay 2 lakh."],
    ["Pay 3 lakh and you get the visa for Poland."],
    ["中介说这种案子很容易下签,交五万就能办加拿大工签。"],
    ["顧問說交十五萬就能辦澳洲工簽。"],
  ])("%j raises the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });

  it.each([
    ["You only pay 500 pesos for the NBI clearance."],
    ["坐公交2元就到工厂。"],
    ["社保交3年可以办居留。"],
    ["提交3份材料即可办理。"],
  ])("%j (a document's cost, a bus fare, years or papers) raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});
