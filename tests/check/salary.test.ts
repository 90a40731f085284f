import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";
import { normalizeText } from "../../src/text/normalize.ts";
import {
  extractMoney,
  extractSalaries,
  parseChineseNumber,
  type LocalCurrency,
} from "../../src/check/extract/salary.ts";

const monthly = (text: string): number[] => extractSalaries(normalizeText(text).text).map((fact) => fact.monthlyCny);

describe("extractSalaries: pay in any form becomes CNY per month", () => {
  it.each([
    ["月薪2W", 20_000],
    ["月薪２Ｗ", 20_000],
    ["1.5万", 15_000],
    ["月薪两万五", 25_000],
    ["20k/月", 20_000],
    ["日薪800", 20_800],
    ["$3,000/month", 21_600],
    ["3000U", 21_600],
    ["月入1-2万", 10_000],
    ["一个月八千", 8_000],
    ["一個月10萬以上", 100_000],
    ["月入過萬", 10_000],
    ["900 yuan per day", 23_400],
    ["THB 75,000/month", 15_000],
    ["HK$10,000 per month", 9_200],
    ["月薪約港幣一萬", 9_200],
    ["RM 9,000 a month", 13_950],
    ["₱50,000/month", 6_250],
    ["USD 2,500", 18_000],
    ["SGD 120,000", 53_500],
    ["salaries above one lakh rupees", 8_600],
    ["earn fifty thousand pesos a month", 6_250],
    ["a thousand dollars a week", 31_176],
    ["a salary of VNĐ20 million per month", 5_800],
    // A period named after the amount by a pay word: "the annual salary" of 120,000.
    ["約12萬元的年薪", 10_000],
    ["3万元的月薪", 30_000],
    // A period said earlier in the amount's clause.
    ["yearly income is from 2,500,000 yen", 10_000],
    // Full-width range marks keep a range a range (not "12万").
    ["月薪1－2万", 10_000],
    ["月薪20～30万日元", 9_600],
    // Paid daily (日结), and the currencies of West African and Bangladeshi workers.
    ["日结800", 20_800],
    ["GH₵ 5,000 a month", 2_350],
    ["salary 30,000 taka", 1_800],
    ["₦400,000 monthly", 1_840],
    // The worker arriving (人到了), written after a space the canonical text drops: no count of people.
    ["月薪一万五 人到了再签合同", 15_000],
    ["月薪8000 人到了再签合同", 8_000],
  ])("%j → %i CNY/month", (text, expected) => {
    expect(monthly(text)[0]).toBe(expected);
  });

  it.each([
    ["18-35岁"],
    ["电话 13800138000"],
    ["粉丝1.5万人"],
    ["年交易量7万套"],
    ["we have 3000 units"],
    ["2024年"],
    ["five thousand followers"],
    ["要求985/211院校毕业，底薪面议"],
    ["She borrowed another $900 from her uncle for the trip"],
  ])("%j is not pay", (text) => {
    expect(monthly(text)).toEqual([]);
  });

  it("reads an amount without a currency in Traditional Chinese as the local dollars it names", () => {
    const read = (text: string, local: LocalCurrency) => extractMoney(normalizeText(text).text, local).pay[0];
    expect(read("月薪$16,000", "HKD")).toMatchObject({ currency: "HKD", monthlyCny: 14_720 });
    expect(read("待遇4萬起", "TWD")).toMatchObject({ currency: "TWD", monthlyCny: 8_800 });
    expect(read("月薪35,000元", "TWD")).toMatchObject({ currency: "TWD" });
    expect(read("月薪35,000元", "CNY")).toMatchObject({ currency: "CNY" });
    expect(read("月薪$3,000", "CNY")).toMatchObject({ currency: "USD" });
    expect(read("月薪€2,800", "TWD")).toMatchObject({ currency: "EUR" });
  });

  it.each([
    ["weekly salaries of CA$385", "CAD"],
    ["AU$1,200 a week", "AUD"],
    ["CDN$3,000 a month", "CAD"],
  ])("a dollar sign with its country's letters is that country's dollar: %j", (text, currency) => {
    expect(extractMoney(normalizeText(text).text, "CNY").pay[0]).toMatchObject({ currency });
  });

  it.each([
    ["He paid the man who arranged the visa $1,500 before leaving", "USD"],
    ["I had to pay a recruitment agency 180,000 Kenyan shillings", "KES"],
    ["Caregiver job in Israel, pay Rs 1 lakh for processing", "INR"],
    ["processing charges 1 lakh, visa in 2 weeks", "INR"],
    ["you pay $1,200 for the visa", "USD"],
  ])("money handed to whoever arranges the job is a fee, not pay: %j", (text, currency) => {
    const money = extractMoney(normalizeText(text).text);
    expect(money.pay).toEqual([]);
    expect(money.fees).toMatchObject([{ currency }]);
  });

  it("a salary someone is paid stays pay", () => {
    expect(extractMoney(normalizeText("You will be paid a salary of $1,500 a month").text).pay).toHaveLength(1);
    expect(extractMoney(normalizeText("The company pays USD 800 for visa processing").text).fees).toEqual([]);
  });

  it("parses Chinese numerals", () => {
    expect(parseChineseNumber("两万五")).toBe(25_000);
    expect(parseChineseNumber("三千五")).toBe(3_500);
    expect(parseChineseNumber("十万")).toBe(100_000);
    expect(parseChineseNumber("上班")).toBeNaN();
  });
});

describe("an amount with no currency in an ad for a country that pays in its own", () => {
  const read = (text: string): string[] =>
    checkOffer(text).facts.salaries.map((salary) => `${salary.phrase}=${salary.currency}`);

  it("is that currency when the text names it", () => {
    expect(read("赴日本工作，月薪20萬起，以日圓計，提供宿舍")).toEqual(["20萬=JPY"]);
    expect(read("新加坡餐厅招厨师，月薪3500新币，奖金500")).toEqual(["3500新币=SGD", "500=SGD"]);
  });

  it("is left unread when it does not (not Taiwan dollars in a Japan ad)", () => {
    expect(read("日本餐廳誠徵廚師助手，月薪20～28萬，提供宿舍，工作簽證由公司辦理")).toEqual([]);
    expect(checkOffer("赴日本工作，月薪20萬起，提供宿舍").level).toBe("low");
  });

  it("a country named only in a company's profile is no workplace, nor is a compound country's pay changed", () => {
    expect(read("总经理助理（美国上市公司），薪资1.5-2万/月")).toEqual(["1.5-2万/月=CNY"]);
    expect(read("公司在日本有分部，总部在上海，月薪1.5万")).toEqual(["1.5万=CNY"]);
    expect(read("去柬埔寨做客服，月薪2万，包机票")).toEqual(["2万=CNY"]);
  });
});

// Issue 11, point 4: every sentence below is composed for the test (none is copied from the evaluation data).
const money = (text: string, local: LocalCurrency = "CNY") => extractMoney(normalizeText(text).text, local);
const read = (text: string, local: LocalCurrency = "CNY"): string[] =>
  money(text, local).pay.map((fact) => `${fact.currency}/${fact.period}/${fact.monthlyCny}`);

describe("money the worker hands over is not pay", () => {
  it.each([
    ["我们出国前都支付了5万至8万元人民币的手续费"],
    ["出國前另外支付了三萬元，很多人是借錢來的"],
    ["She was asked to deposit 600 cedis, about $55, as a processing fee"],
    ["each of them was charged 2,500 dirhams by the agent"],
    ["Applicants must pay $350 before the interview"],
    ["她被迫向財務公司借款12,000元，再付款15,000元給仲介"],
  ])("%j: a fee, no pay", (text) => {
    expect(read(text)).toEqual([]);
    expect(money(text).fees.length).toBeGreaterThan(0);
  });

  it.each([
    ["他被逼借贷2万元，全部转给中介公司"],
    ["这份工作签证是花了3万块买来的"],
    ["艾丽最后花费了2300澳元,用于购买假的农场证明"],
    ["中介以6万元的价格卖给他一个名额"],
    ["工作許可以高達8萬元的價格在網上兜售"],
    ["The permits were sold for as much as $30,000 each"],
    ["She took a loan of 150,000 shillings to cover the agent"],
    ["He is still in debt of Rs 2 lakh to the moneylender"],
  ])("%j: bought, sold or borrowed, no pay", (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ["Salary €2,800 a month. The employer pays the refundable housing deposit of €1,000.", ["EUR/month/21840"]],
    ["月薪8000元，公司代付住房押金2000元（可退）", ["CNY/month/8000"]],
    ["Salary USD 1,800 a month; the visa fee of $300 is paid by the employer", ["USD/month/12960"]],
  ])("%j: pay read, and a deposit or fee the employer pays is no fee", (text, pay) => {
    expect(read(text)).toEqual(pay);
    expect(money(text).fees).toEqual([]);
  });

  it.each([
    ["Staff nurse in Dubai, salary AED 9,000 a month. No recruitment fees are charged.", "AED/month/17640"],
    ["月薪一万二，不收任何押金和中介费", "CNY/month/12000"],
    ["You will be paid $1,500 a month, we never charge fees", "USD/month/10800"],
  ])("%j: a 'no fees' line leaves the pay as pay", (text, pay) => {
    expect(read(text)).toEqual([pay]);
  });
});

describe("selling, prices, working days and the employer paying leave the pay as it is", () => {
  it.each([
    ["工资支付：每月8000元", "CNY/month/8000"],
    ["老板付了3000元工资就跑了", "CNY/month/3000"],
    ["The company paid $3,000 a month", "USD/month/21600"],
    ["they paid me $500 a month", "USD/month/3600"],
    ["销售经理，月薪1.5万", "CNY/month/15000"],
    ["做销售3万一个月", "CNY/month/30000"],
    ["Sales rep: sell cars, earn $4,000 monthly", "USD/month/28800"],
    ["work 6 days a week salary $1,800", "USD/month/12960"],
    ["公司每月支付工资8000元", "CNY/month/8000"],
  ])("%j → %s", (text, pay) => {
    expect(read(text)).toEqual([pay]);
  });

  it.each([["二手车售价8万元"], ["The visa alone costs $300"]])("%j: a price, no pay", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("counts of days, months and people are not money", () => {
  it.each([
    ["他4月30日到工地，干了119天，日薪400元", "CNY", ["CNY/day/10400"]],
    ["合同期3个月，工资按实际工作120天计算", "CNY", []],
    ["我們一共工作了150天，老闆只付了薪水的一半", "TWD", []],
    ["從3月1日做到6月30日，共計工作112天", "TWD", []],
    ["月薪一万，需要500名工人", "CNY", ["CNY/month/10000"]],
    ["老板克扣薪水。他住在宿舍502", "CNY", []],
  ])("%j (%s text) reads %j", (text, local, pay) => {
    expect(read(text, local as LocalCurrency)).toEqual(pay);
  });

  it.each([
    ["年薪20万年终另计", "CNY/year/16667"],
    ["底薪3000月结", "CNY/month/3000"],
    ["8000一个月", "CNY/month/8000"],
  ])("a period word right after the amount that names pay still does: %j", (text, pay) => {
    expect(read(text)).toEqual([pay]);
  });
});

describe("the currency written beside the amount wins, and every period converts", () => {
  it.each([
    ["时薪日币1100元", "CNY", "JPY/hour/9134"],
    ["時薪約日幣1,050元", "TWD", "JPY/hour/8719"],
    ["月薪港币一万五千元", "CNY", "HKD/month/13800"],
    ["加币3000元一个月", "CNY", "CAD/month/15600"],
    ["護理師月薪新台幣48,000元", "TWD", "TWD/month/10560"],
    ["月薪11万元人民币", "TWD", "CNY/month/110000"],
    ["兼职月入3000元台币", "CNY", "TWD/month/660"],
  ])("%j (%s text) → %s", (text, local, pay) => {
    expect(read(text, local as LocalCurrency)).toEqual([pay]);
  });

  it.each([
    ["AU$25 an hour", "AUD/hour/20328"],
    ["$20 an hour", "USD/hour/24912"],
    ["時給1200円", "JPY/hour/9965"],
    ["每小时15新币", "SGD/hour/13883"],
    ["$18 hourly", "USD/hour/22421"],
    ["每周工资2000元", "CNY/week/8660"],
  ])("%j → %s", (text, pay) => {
    expect(read(text)).toEqual([pay]);
  });
});
