/**
 * Classes of wording an independent reviewer found misread (checkfix17). Every sentence here is written for the test
 * (none is copied from the evaluation data), in English, Simplified and Taiwan-style Traditional Chinese.
 */
import { describe, expect, it } from "vitest";
import { checkOffer, classifyText } from "../../src/check/index.ts";
import { ReadText } from "../../src/text/read-text.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);
const pay = (text: string) => checkOffer(text).facts.salaries;

describe("a Chinese term never reads across a place name", () => {
  it.each([
    ["德国慕尼黑工厂招聘装配工，签工作许可，月薪2800欧元"],
    ["德國慕尼黑工地徵鋼筋工，雇主辦工作簽證，月薪3200歐元。"],
    ["Munich / 慕尼黑 工程师职位，含工作签证"],
  ])("%j → no undocumented_work", (text) => {
    expect(flagIds(text)).not.toContain("undocumented_work");
    expect(checkOffer(text).level).not.toBe("high");
  });

  it.each([["去泰国做黑工，月入三万"], ["到緬甸打黑工，老闆包吃住。"], ["they want me to do 黑工 in Laos"]])(
    "%j → still undocumented_work",
    (text) => expect(flagIds(text)).toContain("undocumented_work"),
  );
});

describe("pay periods that are not pay", () => {
  it.each([
    ["柬埔寨客服 月入6萬起 年滿20即可", "month"],
    ["柬埔寨客服 月入6万起 年满20", "month"],
    ["桃園物流 月薪3.5萬 週休二日", "month"],
    ["苏州电子厂 月薪6500 周休一天", "month"],
  ])("%j → read as %s, never yearly or weekly", (text, period) => {
    expect(pay(text)[0]?.period).toBe(period);
  });

  it.each([["酒店陪唱 一晚6000台幣 台中"], ["KTV公主 每晚3000 包接送"], ["Hostess in Macau, 2500 HKD per night"]])(
    "%j → a night's pay is a day's",
    (text) => {
      expect(pay(text)[0]?.period).toBe("day");
    },
  );
});

describe("an amount with no currency is in the currency of where the job is", () => {
  it.each([["銅鑼灣茶餐廳請樓面，月薪17000，包兩餐。"], ["荃灣倉務員 月薪16500"]])("%j (Hong Kong) → HKD", (text) => {
    expect(pay(text)[0]?.currency).toBe("HKD");
  });

  it.each([["台中超商徵大夜班店員，時薪200，可排班。"], ["台南便利店招店员，时薪196"]])(
    "%j (Taiwan) → TWD, hourly pay judged as hourly: no 'pay far above normal'",
    (text) => {
      expect(pay(text)[0]).toMatchObject({ currency: "TWD", period: "hour" });
      expect(flagIds(text)).not.toContain("high_pay");
    },
  );

  it("a mainland city beside a Taiwan one keeps yuan", () => {
    expect(pay("深圳和高雄都有门店，时薪25")[0]?.currency).toBe("CNY");
  });
});

describe("a fee's amount is a fee, never pay", () => {
  it.each([
    ["Hiring po for Riyadh, placement fee only 20k, salary 45k monthly"],
    ["Kuwait driver job po, processing fee just 18k"],
  ])("%j → the fee amount is a fee", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.facts.fees.length).toBe(1);
    expect(verdict.facts.salaries.every((salary) => !/fee|20k|18k/.test(salary.phrase))).toBe(true);
    expect(flagIds(text)).toContain("recruiter_fee");
  });

  it.each([
    ["Qatar hotel job, agent fee 70,000, start next month"],
    ["Dubai cleaner, agent's fee 90,000 payable before flight"],
  ])("%j → an agent's fee is the fee flag", (text) => expect(flagIds(text)).toContain("recruiter_fee"));

  it.each([["中介费仅2500，去越南上班"], ["仲介費只要3000，到泰國工作"]])(
    "%j → the softened fee is still a fee",
    (text) => {
      expect(checkOffer(text).facts.fees.length).toBe(1);
      expect(pay(text)).toEqual([]);
    },
  );

  it("pesos named after the period are read", () => {
    expect(pay("BPO job Cebu, 40k-60k monthly pesos")[0]).toMatchObject({ currency: "PHP", period: "month" });
  });
});

describe("visas", () => {
  it.each([["Laos job free visa free ticket salary 900 USD"], ["Cambodia office work, free visa free food"]])(
    "%j → 'free visa' in a list of perks is no visa-free entry",
    (text) => expect(flagIds(text)).not.toContain("tourist_visa_work"),
  );

  it("'visa free' said of the visa itself is still the tourist-visa flag", () => {
    expect(flagIds("Go to Thailand visa free, work there after, salary 30000 baht")).toContain("tourist_visa_work");
  });

  it("a recruiter paying the ticket as a favour is paid travel", () => {
    expect(flagIds("Thailand call center, your ticket is on me")).toContain("paid_travel");
  });
});

describe("where: destinations only, as the place is written", () => {
  it.each([
    ["from Uganda, recruiting for work in laos, salary $1,000", ["Laos"]],
    ["越南的朋友们，去柬埔寨工作，月薪1000美元", ["柬埔寨"]],
    ["我是菲律賓人，朋友介紹去緬甸工作", ["緬甸"]],
  ])("%j → %j", (text, shown) => {
    expect(checkOffer(text).facts.places.map((place) => place.phrase)).toEqual(shown);
  });

  it("a move's verb is not shown as part of the place", () => {
    expect(checkOffer("老乡们，到云南边境工作，月薪8000").facts.places.map((place) => place.phrase)).not.toContain(
      "到云南",
    );
  });
});

describe("markup typed into a message", () => {
  it.each([
    ["job in <b>laos</b>, no <i>experience</i> needed, free <u>flight</u>"],
    ["老挝工作，<b>护照</b>统一保管，包<i>机票</i>"],
    ["寮國工作，<b>護照</b>統一保管，包<i>機票</i>。"],
  ])("%j → read as if the tags were not there, quoted without them", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.level).toBe("high");
    for (const flag of verdict.flags) expect(flag.evidence).not.toMatch(/[<>]/);
  });

  it("words in angle brackets are read without the brackets", () => {
    const verdict = checkOffer("Laos job, passport <held by employer>");
    expect(verdict.flags.map((flag) => flag.id)).toContain("passport_handover");
    expect(new ReadText("salary > 3000 <3").text).toBe("salary > 3000 <3");
  });
});

describe("a recruiter's call to action is part of the ad", () => {
  it.each([
    ["Laos casino jobs, salary $1,200, free flight. Interested?"],
    ["Cambodia typing job, $1500 monthly, free visa, message me if interested"],
    ["老挝客服，月薪两万，包机票，有兴趣吗？"],
    ["寮國客服，月薪六萬，包機票，有興趣的話私訊我？"],
  ])("%j → an offer, not a question about one", (text) => {
    expect(classifyText(text)).toBe("offer");
  });

  it.each([
    ["Laos casino jobs, salary $1,200, free flight, can I go?"],
    ["老挝客服，月薪两万，包机票，靠谱吗？"],
    ["寮國客服，月薪六萬，包機票，可以去嗎？"],
  ])("%j → still an offer inside a question", (text) => {
    expect(classifyText(text)).toBe("offer-in-question");
  });
});
