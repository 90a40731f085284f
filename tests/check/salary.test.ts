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
