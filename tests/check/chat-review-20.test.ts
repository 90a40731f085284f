/**
 * Classes found by the chat reviewer (session 20): a general question about offers is no offer; pay praised in plain
 * words is a weak sign; pay is converted into the reader's own currency; Malay and Hinglish words of known signs; a
 * range of pay quoted whole. Every sentence here is written for the test.
 */
import { describe, expect, it } from "vitest";
import { checkOffer, classifyText, formatVerdict } from "../../src/check/index.ts";
import { loadTranslator } from "../../src/i18n/load.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a question about offers in general is answered, not checked", () => {
  it.each([
    "What are the warning signs of a fake overseas job offer?",
    "How can I spot a scam job offer abroad?",
    "What red flags should I look for in a job offer in Cambodia?",
    "海外高薪招聘怎么识别是不是骗局？",
    "虚假的出国工作有哪些特征？",
    "海外工作的假招聘有哪些特徵？",
    "海外招聘詐騙點樣分辨？",
  ])("%j is a question", (text) => {
    expect(classifyText(text)).toBe("question");
  });

  it.each([
    "A friend offers me a data job in Laos, 1,200 USD, flight free, is it ok?",
    "朋友介绍我去老挝做数据录入，月薪1200美元，包机票，靠谱吗？",
    "朋友介紹我去寮國做資料輸入，月薪1200美元，包機票，可靠嗎？",
    "What are the red flags here: typing job in Cambodia, USD 1,500 a month, free flight?",
  ])("an offer told inside the question still gets its verdict: %j", (text) => {
    expect(classifyText(text)).toBe("offer-in-question");
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    "My cousin got a fake job offer in Laos, 1,200 USD, free flight, what should she do?",
    "Job in Cambodia, 1500 USD a month, free flight, is this a scam?",
    "表妹收到一个虚假招聘，去老挝做打字员，月薪一万二，包机票，怎么办？",
  ])("calling the offer fake or a scam is no job of scamming: %j", (text) => {
    expect(flagIds(text)).not.toContain("scam_work");
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    "Your job: post fake job ads on Facebook, 1500 USD a month, Cambodia",
    "Work: run scam ads on Facebook, Cambodia, USD 1500",
    "工作内容：在网上发布虚假招聘信息，月薪两万，柬埔寨",
  ])("fake offers as the work itself stay scam work: %j", (text) => {
    expect(flagIds(text)).toContain("scam_work");
  });
});

describe("pay converted into the reader's own currency", () => {
  const tr = loadTranslator();
  const offer = checkOffer("日本特定技能外食業，月薪約20萬日圓，需通過日語N4及技能測驗");

  it("a Traditional Chinese reader (Taiwan) reads 新臺幣, not 人民幣", () => {
    const text = formatVerdict(offer, "zh-hant", tr);
    expect(text).toContain("新臺幣");
    expect(text).not.toContain("人民幣");
  });

  it("a Hong Kong reader reads 港元", () => {
    const text = formatVerdict(offer, "zh-hant", tr, undefined, { hongKong: true });
    expect(text).toContain("港元");
    expect(text).not.toContain("新臺幣");
  });

  it("a Simplified Chinese reader keeps 人民币, an English reader US dollars", () => {
    expect(formatVerdict(offer, "zh-hans", tr)).toContain("人民币");
    expect(formatVerdict(offer, "en", tr)).toMatch(/US\$/);
  });

  it("a Hong Kong flag changes nothing for a Simplified Chinese reader", () => {
    expect(formatVerdict(offer, "zh-hans", tr, undefined, { hongKong: true })).toContain("人民币");
  });
});

describe("Malay and Hinglish words of known signs", () => {
  it.each([
    ["Kerja kilang di Myanmar, gaji RM8000 sebulan, tak perlu pengalaman", "no_experience"],
    ["Lowongan di Kamboja, tanpa pengalaman, gaji besar", "no_experience"],
    ["Kerja di Bangkok, pergi guna visa pelancong dulu", "tourist_visa_work"],
    ["Kerja di Kamboja, masuk pakai visa turis", "tourist_visa_work"],
    ["Bhai Thailand mein data entry job hai, agent ko sirf 50k dena hai", "recruiter_fee"],
    ["Dubai mein driver ki job, agency ko 80 hazaar dena padega", "recruiter_fee"],
  ])("%j → %s", (text, id) => {
    expect(flagIds(text)).toContain(id);
  });

  it.each([
    ["Kerja kilang di Johor, perlu pengalaman 2 tahun, permit kerja disediakan", "no_experience"],
    ["Dubai mein driver job, agent ko kuch nahi dena hai, company sab deti hai", "recruiter_fee"],
  ])("%j stays without %s", (text, id) => {
    expect(flagIds(text)).not.toContain(id);
  });
});

describe("a range of pay is quoted whole", () => {
  it.each([
    ["Registered Nurse, Manchester. Band 5, £28,407–£34,581 a year.", "£28,407–£34,581 a year"],
    ["Warehouse staff, $1,200–$1,500 a month", "$1,200–$1,500 a month"],
    ["Pay £28,407–34,581 a year", "£28,407–34,581 a year"],
    ["月薪¥8000–¥12000，包住", "¥8000–¥12000"],
    ["月薪NT$35,000～NT$42,000", "NT$35,000～NT$42,000"],
  ])("%j quotes %j", (text, phrase) => {
    const pay = checkOffer(text).facts.salaries[0]!;
    expect(pay.phrase).toBe(phrase);
    expect(pay.upperMonthlyCny).toBeGreaterThan(pay.monthlyCny);
  });

  it("a sum and a number of months after a dash are no range", () => {
    const pay = checkOffer("Salary £2,000 - 3 months probation").facts.salaries[0]!;
    expect(pay.phrase).toBe("£2,000");
    expect(pay.upperMonthlyCny).toBeUndefined();
  });
});
