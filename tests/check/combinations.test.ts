import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

describe("combinations that advisories name", () => {
  it.each(["Hiring call centre agents in Thailand, apply by DM", "Data entry staff wanted for our Bangkok office"])(
    "unskilled call-centre or data-entry work in the country advisories name as the fake-job destination is high: %s",
    (text) => {
      expect(checkOffer(text).level).toBe("high");
    },
  );

  it.each([
    ["a job with a foreign army is high wherever it is", "Army helper posts in Russia, visa arranged by our agent"],
    ["a job with a foreign army is high wherever it is", "去俄罗斯给俄军当帮工，包机票"],
    [
      "an engineer or a welder offered a data-entry job is offered the lure's job",
      "A welder by trade, he was offered a data entry job in Cambodia",
    ],
    [
      "high pay for work that needs no experience is high even with no place named",
      "Easy work, no experience needed, earn $3,000 every month",
    ],
    ["high pay for work that needs no experience is high even with no place named", "工作轻松，不要经验，月入两万"],
    ["high pay for work that needs no experience is high even with no place named", "輕鬆上手免經驗，月薪10萬起"],
    [
      "a chat-app recruiter with high pay and a vague job is high even with no place",
      "Telegram recruiter: customer support role, $2,000 a month",
    ],
    [
      "a chat-app recruiter with high pay and free board is high even with no place",
      "A man on WhatsApp offered her a sales job paying $1,800 a month with free room and meals",
    ],
  ])("%s: %s", (_why, text) => {
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    [
      "a qualified professional's post needs more than the place and one perk",
      "Senior backend engineer (5+ years Go) for our Bangkok office, relocation package and work permit provided",
    ],
    [
      "a qualified professional's post needs more than the place and one perk",
      "Thailand only: experienced sous chef for a resort kitchen",
    ],
    [
      "a qualified professional's post needs more than the place and one perk",
      "Backend engineer for a commercial bank in Phnom Penh, 3 years of Java, free lunch and snacks",
    ],
    [
      "with no place named, a vague job and high pay alone are not high",
      "Customer service job from home, salary is high",
    ],
    ["with no place named, a vague job and high pay alone are not high", "客服工作，月薪两万"],
  ])("%s: %s", (_why, text) => {
    expect(checkOffer(text).level).not.toBe("high");
  });

  it.each([
    "Hiring call centre agents in Thailand, salary is high, free air ticket",
    "泰国招聘网络营销专员，私聊详谈",
    "泰国招聘网络营销专员，月薪两万，机票公司报销",
  ])("the same work with unrealistic pay, paid travel or a recruiter in private chat is high risk: %s", (text) => {
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    [
      "pay far above normal, travel paid, no experience, vague job",
      "Customer service job, $2,500/month, flight ticket covered, no experience needed",
    ],
    ["the same in Chinese", "招客服，月薪两万五，路费老板报销，零基础可做"],
    ["in Traditional Chinese", "徵客服，月入3萬，來回機票我們出，免經驗"],
  ])("several strong signs with no named place weigh like a destination (%s)", (_name, text) => {
    expect(checkOffer(text).level).toBe("high");
  });

  it("the same job in Thailand from a named, licensed employer with a work permit and contract is not high", () => {
    const text =
      "Siam Teleservices Co., Ltd. (registered in Bangkok) is hiring call centre agents. We provide the work permit " +
      "and Non-B visa, a written contract before travel, and charge no fees. Video interview from our office.";
    expect(checkOffer(text).level).not.toBe("high");
  });

  it("a generic 'work abroad' customer-service ad is not high on that alone", () => {
    expect(checkOffer("Customer service role, option to relocate abroad after a year.").level).not.toBe("high");
  });

  it("an employer who pays the flight sends you abroad: with high pay and an escort it is high risk", () => {
    expect(checkOffer("报销往返机票，月入过万，落地有人接").level).toBe("high");
    expect(checkOffer("Free flight ticket, well paid, our staff meet you on arrival").level).toBe("high");
  });

  it("a domestic job that pays train fare is not treated as abroad", () => {
    expect(checkOffer("工厂普工，路费报销，包吃住，月薪6000").level).not.toBe("high");
  });
});

describe("the lure's pay promise and its job, said without a figure", () => {
  const promise = "high pay promised in words for an unskilled job abroad is the lure's pay promise";
  const comparison = "pay praised by comparison is the pay promise too";
  const hubJob = "crypto or online-game work in a hub is the lure's job";
  it.each([
    [promise, "A broker offered him a job overseas where he could make easy money"],
    [promise, "She was told of high-paying work abroad as a hotel cleaner"],
    [promise, "介绍去国外餐馆打工，收入可观"],
    [promise, "去國外做服務生，待遇優厚"],
    [comparison, "A friend told him to go and work in Thailand for a better income"],
    [comparison, "An agent said she would get higher pay in Dubai as a housemaid"],
    [comparison, "去泰国做事，工资更高"],
    [hubJob, "Cryptocurrency jobs in Thailand, apply now"],
    [hubJob, "Online game operators wanted in Bangkok"],
    [hubJob, "泰国招币圈运营"],
    [hubJob, "泰國虛擬幣公司招人"],
  ])("%s, high: %s", (_why, text) => {
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    ["a qualified post abroad praised as well paid", "Registered nurses wanted overseas, well paid, NCLEX required"],
    ["high pay said with an ordinary figure", "Overseas hotel cleaner, good pay: $900 a month"],
  ])("%s stays below high: %s", (_why, text) => {
    expect(checkOffer(text).level).not.toBe("high");
  });
});
