/**
 * Texts that are not offers, and lawful ads' advice against scams, must not be read as lures; lures that borrow the
 * advice's words ("we are not a scam", 小心别被骗) must still be. Every text here is written for the test (none is
 * copied from the evaluation data). The first list was rated high or warning before the change; the rest are samples of
 * what was already right and must stay so.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;

describe("advice, news and the reader's own trouble are no offer", () => {
  it.each([
    "Care workers needed in Germany, B1 German required, recognition of qualifications, employer-sponsored visa.",
    "Recruitment scam alert: fake recruiters are impersonating us on WhatsApp. We never ask for money. Apply only on our website.",
    "Many workers have been deceived by illegal agents. Always check that your recruitment agency is licensed by the DMW.",
    "Job seekers are advised to be careful of online job scams promising high pay for easy work.",
    "I was scammed by an online shop, what do I do? They took my money and never sent the shoes.",
    "My mother was tricked by a phone scammer pretending to be her bank. How can I get the money back?",
    "Police arrested five people who deceived elderly victims into buying fake health products.",
    "Thailand welcomed 35 million tourists last year, and Bangkok remains the most visited city.",
    "Cambodia plans to attract more tourists to Angkor Wat and Sihanoukville beaches this year.",
    "The court sentenced two traffickers to 15 years in prison, the ministry said on Monday.",
    "Security guards needed for a shopping mall, night shift, forced to stand long hours is not an issue as breaks are provided.",
    "温馨提示：求职时请小心高薪轻松的工作，切勿轻信网上招聘，出国务工请通过正规渠道。",
    "我妈接到电话被骗子骗了两万块，能报警吗？",
    "警方破获一起电信诈骗案，抓获犯罪嫌疑人20名，受害人多为老年人。",
    "今年到泰国旅游的中国游客超过五百万人次，曼谷和普吉岛最受欢迎。",
    "柬埔寨吴哥窟旅游旺季，机票价格上涨。",
    "法院以人口贩运罪判处两名被告有期徒刑十年。",
    "我朋友被公司辞退了，被迫离职，可以申请赔偿吗？",
    "澳洲季节工项目由政府组织，应聘者需通过人社部门报名，雇主负担往返机票。",
    "提醒求職者：小心詐騙集團以高薪為餌，出國工作請透過合法管道。",
    "詐騙警訊：有不法分子冒充本公司名義招聘，本公司從不收取任何費用，如有疑問請來電查證。",
    "我阿嬤被詐騙集團騙走十萬元，可以去哪裡報案？",
    "警方破獲詐騙集團，逮捕嫌犯十人，被害人多為長者。",
    "去年赴泰國旅遊的台灣旅客超過百萬人次。",
    "法院依人口販運罪判處被告有期徒刑八年。",
    "我被迫加班到晚上十點，老闆不給加班費，怎麼辦？",
    "Fraud alert: we have been made aware of fake job offers sent in our name via Telegram. Our recruiters only use company email.",
    "Important notice: scammers pretending to be our recruiters ask for a processing fee. We never charge fees.",
    "I think I got scammed buying concert tickets online, the seller blocked me. Can the police help?",
    "Someone deceived my uncle with a fake investment app and he lost his savings.",
    "Tourism in Laos grew 20 percent, with most visitors coming from Thailand and China.",
    "本公司提醒：近期有人假冒我司名义招聘并收取费用，请求职者提高警惕，我司招聘从不收费。",
    "昨天新闻说诈骗团伙被抓了，真是大快人心。",
    "泰国普吉岛今年旅游人数大增，酒店入住率超过八成。",
    "防骗提醒：网上兼职刷单都是诈骗，请勿轻信。",
    "最近有人假冒本公司名義招募員工並收取保證金，請求職者提高警覺，本公司從未收取任何費用。",
  ])("%j → low", (text) => {
    expect(level(text)).toBe("low");
  });

  it.each([
    "Registered nurses wanted for NHS hospitals in England. Employer pays visa and flights. No fees charged to candidates.",
    "Pacific Australia Labour Mobility scheme: meat processing workers, 4 year contract, apply through your government work-ready pool.",
    "Please be aware of fraudulent job offers. Our company never asks candidates to pay for visas, training or equipment.",
    "Accountant, 3 years experience, CPA preferred, Manila office, competitive salary.",
    "Beware of imitations! Our bakery is hiring bakers in Leeds, early morning shifts.",
    "日本技能实习生项目，通过政府对口机构报名，合同出国前签订，不收中介费。",
    "谨防招聘诈骗：近期有不法分子冒充本公司发布虚假招聘信息，本公司招聘不收取任何费用。",
    "招聘司机，驾龄五年以上，严禁酒后驾车，月薪8000元。",
    "本公司为合法持牌劳务派遣机构，许可证号可在商务部网站查询，严禁任何人员收取额外费用。",
    "誠徵倉管人員，月薪32000，週休二日，勞健保，工作地點台中。",
    "香港招聘文員，月薪18000，五天工作，有強積金，中環寫字樓。",
    "紐西蘭度假打工簽證申請開放，名額600名，請上移民署網站申請。",
    "我朋友說他被騙了，網購付款後賣家不見了，要怎麼辦？",
    "Never miss a deadline: project coordinator needed for our Toronto office, salary 60,000 CAD.",
    "Government-to-government hiring of workers for Korea under EPS; apply only through the POEA, beware of illegal recruiters.",
    "Kitchen helper, 15 dollars per hour, Vancouver, must be able to lift 20 kg.",
    "国家公派出国教师招募，赴泰国孔子学院任教，需硕士学历。",
    "日本打工度假簽證開放申請，請至日本台灣交流協會網站查詢。",
  ])("still low: %j", (text) => {
    expect(level(text)).toBe("low");
  });

  // A country named alone stays a warning sign (PRODUCT.md §4), never high.
  it.each([
    "Warning: scammers are using our company name to offer fake jobs in Thailand. Report it to the police if anyone asks you to pay.",
    "Myanmar's military government extended the state of emergency for another six months.",
  ])("no higher than a warning: %j", (text) => {
    expect(level(text)).not.toBe("high");
  });
});

describe("a report or advisory that describes the lure still warns (as the evaluation labels them)", () => {
  it.each([
    "The ministry warned citizens not to accept job offers in Myanmar from unknown recruiters on Telegram.",
    "Embassy advisory: several citizens were tricked into working for scam companies in Cambodia. Verify all offers before travelling.",
    "外交部提醒：中国公民切勿轻信高薪招聘，谨防被骗至缅甸北部从事电信诈骗。",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it("a court report's crime words are shown as a red flag", () => {
    const verdict = checkOffer("The court heard that the traffickers promised the men jobs in construction.");
    expect(verdict.flags.map((flag) => flag.id)).toContain("crime_report");
  });
});

describe("a lure that borrows a warning's words is still a lure", () => {
  it.each([
    "Don't worry about scams, we are legit. Boss pays your ticket to Sihanoukville, customer service job, 1500 USD a month.",
    "We are not a scam! Typing job in Cambodia, no experience needed, flight and visa free, salary 2000 USD.",
    "Beware of fake agents, we are the real company. Work in Myawaddy, 3000 USD monthly, passport kept by the company for safety.",
    "Never mind the visa, just come on a tourist visa, we arrange everything in Bangkok then car to Mae Sot.",
    "Be careful of other recruiters, they lie. Our job in Laos pays 1200 USD, free flight, no experience, don't tell your family yet.",
    "If anyone says this is a scam, ignore them. Data entry in Myanmar, 2500 USD, ticket paid by boss.",
    "We never cheat workers. Online gaming company in Poipet, 1800 USD per month, free food and housing, no experience.",
    "Watch out for fake offers online, ours is real: customer service in Sihanoukville, 1500 USD, boss pays flight.",
    "This is not a scam, trust me bro, easy job in Cambodia, just typing, 2000 dollars a month, flight paid.",
    "Scammers are everywhere but we are licensed. Pay the 500 USD processing fee and fly to Dubai next week.",
    "Beware of fake agents. Pay the registration fee of 300 USD today and we send you to Thailand.",
    "小心别被骗，我们是正规公司，西港客服，月薪3万，机票老板报销，护照公司保管。",
    "我们不是骗子，缅甸妙瓦底打字员，月薪2万，包吃包住，包机票。",
    "谨防被骗，我们公司是正规的，柬埔寨网投客服，月薪两万五，不需要经验，护照交公司保管。",
    "放心不是诈骗，老板包机票去西港，月入3万，会打字就行。",
    "别信网上说的那些，都是骗人的，我们这边老挝金三角，月薪2w，包吃住，来回机票公司出。",
    "小心那些黑中介，我们不收钱，去缅甸做客服，月薪三万，护照到了交给公司统一保管。",
    "防范诈骗我们最懂，去柬埔寨做推广，轻松月入两万，不要经验，先别告诉家人。",
    "我们绝对不是骗子，去泰国做电销，底薪一万五，包机票，到了再办工作签。",
    "月薪3万，護照公司保管，小心別被騙，我們是合法公司，西港工作包機票。",
    "我們不是詐騙集團，去柬埔寨做客服，月薪台幣10萬，免經驗，機票老闆出。",
    "謹防被騙！本公司正規，緬甸妙瓦底打字員，月薪兩萬，包吃住，護照交公司保管。",
    "不要擔心被騙，老闆幫你出機票去西港，會打字就可以，月入十萬。",
    "小心仲介亂收錢，我們只收保證金五萬，去日本工作，先交錢再安排。",
    "我哋唔係騙子，去柬埔寨做客服，月薪三萬港紙，包機票包食住。",
    "小心假招聘！真公司在這：泰國曼谷轉美索，打字工作，月薪三萬，機票公司出，不用經驗。",
    "Don't listen to people who say it's trafficking. Job in Myawaddy, 3000 USD, free ticket, keep it secret from your parents.",
    "Beware: some agencies charge fees. We only ask 20000 pesos deposit before departure to Malaysia.",
    "We are legit, not scammers. Work in KK Park, Myanmar, high salary 4000 USD, no experience required.",
    "Be careful of fake job ads! Real job: casino customer service in Bavet, 1500 USD, free flight, passport kept by manager.",
    "Scam? No way. Telegram me for a chat job in Laos Golden Triangle, 2000 USD, free housing, ticket paid.",
    "别担心被骗，公司包机票去迪拜，月薪三万，不要经验，到了护照交给公司。",
    "Trust us, this is not a scam. Boss covers flight to Bangkok, then car to Mae Sot, typing job, 25k baht.",
    "Be careful of fake agents! We are real: casino job in Sihanoukville, 1800 USD, passport kept by company.",
    "小心骗子，我们是真老板，去缅甸做客服月薪三万，来回机票包，护照到了公司保管。",
    "謹防詐騙，我們是正規公司，柬埔寨打字員，月薪台幣八萬，機票公司出，先別跟家人說。",
    "唔好驚俾人呃，我哋係正當公司，去泰國做客服，月入三萬，包機票，唔使經驗。",
    "We never ask for fees, only a 300 USD deposit for the visa to Laos. Customer service job, free housing.",
    "Beware of scams online; our Dubai job is real: 3000 USD salary for typing, no experience, pay 500 USD processing fee.",
    "防范诈骗，人人有责！我们这边迪拜客服，月薪三万，押金五千，包机票。",
  ])("%j → warning or high", (text) => {
    expect(level(text)).not.toBe("low");
  });
});

describe("a labour dispute is no forced labour", () => {
  it.each([
    "我在工厂工作，被迫加班到十点，老板不给加班费怎么办",
    "I was forced to resign from my job, can I claim compensation?",
    "She was forced to work overtime without pay at the factory, what can she do",
  ])("%j → low", (text) => {
    expect(level(text)).toBe("low");
  });

  it.each(["被迫从事电信诈骗，每天工作16小时", "They were promised I.T. j.o.b.s but were forced to join scam work"])(
    "forced into the compound's work still counts: %j → high",
    (text) => {
      expect(level(text)).toBe("high");
    },
  );
});

describe("a list of places stops at an English sentence's end (normalisation drops the full stop)", () => {
  it("a lure's place after a sentence with commas is its workplace, not an item of a list", () => {
    const verdict = checkOffer(
      "If anyone says this is a scam, ignore them. Data entry in Myanmar, 2500 USD, ticket paid by boss.",
    );
    expect(verdict.flags.map((flag) => flag.id)).toContain("risk_country");
    expect(verdict.level).toBe("high");
  });

  it("a company's list of offices in one sentence is still a list", () => {
    expect(
      checkOffer("We have offices in Thailand, Vietnam, Cambodia, Laos and Myanmar, hiring accountants.").level,
    ).toBe("low");
  });
});

describe("the lure's own words are not a warning", () => {
  it.each([
    ["You never need experience for this customer service job in Myanmar", "high"],
    ["Never been easier to earn 3000 USD a month as a typist, ticket paid by boss", "warning"],
  ])("'never' rules out no job or pay: %j → %s", (text, expected) => {
    expect(level(text)).toBe(expected);
  });

  it("a place beside the offer's figures is its workplace, not an item of a list", () => {
    expect(level("Never miss this chance, data entry job in Cambodia, 1200 USD, flight paid")).toBe("high");
    expect(level("招聘志工，派遣國家為巴拉圭、貝里斯、泰國，期程為1年")).toBe("low");
  });
});
