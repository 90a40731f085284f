/**
 * Classes a review of the offer check found wrong (issue 11, session 16): a bare "no" after a red flag read as its
 * answer across a sentence end or before another noun ("free ticket. No smoking"), a fee asked of the reader cleared
 * because the text names a law or a cap, and lures rated too mildly (money paid for a guaranteed visa, cash for the
 * medical brought to the interview, a deposit and the passport handed over, a pick-up at a border town, an "army
 * assistant" in Russia, a qualified post in a compound town). Every text is written for the test; each class keeps
 * the texts it must still read the other way.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a bare 'no' after a red flag cancels it only as its answer, within its sentence", () => {
  it.each([
    ["Cleaner job in Kuwait, free air ticket. No alcohol in the dormitory.", "paid_travel"],
    ["Cook job in Oman, free flight. No papers? We sort them out.", "paid_travel"],
    ["Kitchen helper in Bahrain, free ticket. No visa? ok we process it.", "paid_travel"],
    ["Factory work Malaysia, free ticket no medical check needed", "paid_travel"],
    ["Farm work in Poland, visa guaranteed. No refusals so far. Fee 2 lakh.", "guaranteed_outcome"],
    ["科威特清洁工，包机票 不用体检", "paid_travel"],
    ["科威特清潔工，包機票 不用體檢", "paid_travel"],
  ])("%s → still %s", (text, flag) => {
    expect(flagIds(text)).toContain(flag);
    expect(level(text)).not.toBe("low");
  });

  it.each([
    ["Job guaranteed? No. We only arrange the interview with the employer.", "guaranteed_outcome"],
    ["Visa guaranteed? No, the consulate decides.", "guaranteed_outcome"],
    ["Placement fee: no.", "recruiter_fee"],
    ["Deposit: No", "recruiter_fee"],
    ["保证有工作吗？不保证，要自己通过面试。", "guaranteed_outcome"],
    ["包工作嗎？不包，要自己面試。", "guaranteed_outcome"],
  ])("%s → no %s", (text, flag) => {
    expect(flagIds(text)).not.toContain(flag);
  });
});

describe("a fee asked of the reader stays a fee whatever law or cap the text names", () => {
  it.each([
    "Factory work in Korea, agency fee 3.5 lakh, within the maximum the Emigration Act allows.",
    "Processing fee 90,000 pesos, the most the DMW rules permit.",
    "Our placement fee is capped by law at 2 lakh, pay it into our account before the medical.",
    "Our service fee is at most 10% of your first month's salary, as the Labour Department allows.",
    "去韩国工厂，月薪1.2万，中介服务费6万元，按国家规定的最高标准收取。",
    "中介费5万元，在法律规定的上限以内。",
    "中介费依法最高2万元，交了就能去迪拜上班。",
    "仲介費依法規上限5萬台幣，付完就能出發去杜拜。",
    "Agency fee is capped by law at 2 lakh; once you pay, you fly to Dubai.",
    "澳洲農場工作，仲介費15萬台幣，依法規上限收費。",
    "仲介服務費新台幣10萬元，依規定最高可收取，簽約時付清。",
    // A company's own rules, "up to" and "max" price a fee, whatever they call it.
    "按公司规定，中介费最高不超过1万，迪拜酒店服务员月薪8000",
    "Company rules: service fee up to 8000 php. Factory worker in Taiwan, apply now.",
    "As per rules, placement fee max 80,000 php, factory work in Taiwan.",
  ])("%s → the fee flag, high", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
    expect(level(text)).toBe("high");
  });

  it.each([
    // What the law limits for every worker, with nothing asked of the reader.
    "Under the labour ministry's rules, recruitment agencies may charge workers at most one month's basic salary.",
    "法律规定，中介机构向劳工收取的服务费最高不得超过一个月工资。",
    "依勞動部規定，仲介向移工收取的服務費每月上限為新台幣1,800元。",
  ])("%s → no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("money paid for a guaranteed visa or job, or cash for the medical and visa, is a fee", () => {
  it.each([
    "去新西兰摘水果，交3万保证拿到工签",
    "交6万保证签证，去加拿大农场上班",
    "繳40萬台幣保證拿到工作簽證，去英國當看護",
    "英國照護工作，付25萬台幣保證CoS，免面試",
    "Hotel jobs in Qatar. Walk-in interview Saturday, bring 20,000 cash for your medical and visa processing.",
    "Drivers for Saudi, interview on Monday, please bring Rs 25,000 in cash for the medical and visa stamping.",
    "面试当天带现金8000元办体检和签证，去迪拜做服务员",
    "面試請帶現金2萬元辦體檢和簽證，到杜拜當服務生",
  ])("%s → the fee flag, high", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
    expect(level(text)).toBe("high");
  });

  it.each([
    "Factory job in Poland, we pay 900 EUR guaranteed every month, contract and work permit before you travel.",
    "波兰工厂，公司每月付4000元保证按时发放，出发前签合同办工作许可。",
  ])("a wage the employer promises to pay is pay, not a fee: %s", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
    expect(level(text)).not.toBe("high");
  });
});

describe("lures rated too mildly: a deposit and the passport handed over, a border pick-up, army work, a compound town", () => {
  it.each([
    "Pay a 20,000 deposit first and hand your passport to the boss for safekeeping, work in Laos.",
    "Deposit 30,000 upfront, the boss keeps your passport, job in Laos.",
    "Company keeps passport during the contract, relax. Work in Laos.",
    "押金先交一万五，护照交给老板保管，到老挝工作",
    "先繳兩萬押金，護照交老闆保管，去寮國上班",
    "Job in Myanmar, we collect you at Mae Sot bus station.",
    "Work in Myanmar; our people collect you in Mae Sot.",
    "到美索后我们派人来接你，工作在缅甸",
    "到美索後我們派人來接你，工作在緬甸",
    "Earn 500,000 LKR a month as an army assistant in Russia, support role only. Send a copy of your passport.",
    "Military assistants needed in Russia, non-frontline support role, high pay.",
    "俄罗斯军队助理，只做后勤支援，月薪25万卢布，发护照照片给我",
    "俄羅斯軍隊助理，只做後勤支援，月薪25萬盧布，傳護照照片給我",
  ])("%s → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it.each([
    // A Thai border town is a crossing point, and its schools and clinics hire lawfully.
    "Teacher for a migrant learning centre in Mae Sot, 15,000 baht a month",
    "美索移民学校招聘老师，月薪1.5万泰铢",
    // A job in a compound town beside a lawful sign: the hotel arranges the work permit.
    "Hotel in Sihanoukville hiring a chef, 1200 USD, meals included, the hotel arranges your work permit.",
    "西港酒店招聘厨师，月薪1200美金，包吃，酒店办理工作证。",
    "西港飯店徵廚師，月薪1200美金，包吃，飯店辦理工作證。",
    // A qualified post in a compound country's capital, with nothing else said.
    "Math teacher for an international school in Phnom Penh, degree required, 1500 USD a month",
  ])("%s → not high", (text) => {
    expect(level(text)).not.toBe("high");
  });

  // A hot spot alone is a warning sign (PRODUCT.md §4), for a qualified post too: high takes a lure sign beside it.
  it.each([
    "Teachers of English wanted in Myawaddy, degree needed, 1800 USD",
    "妙瓦底招聘英语老师，本科学历，月薪1.5万",
    "妙瓦底徵英文老師，大學學歷，月薪5萬台幣",
  ])("%s → warning", (text) => {
    expect(level(text)).toBe("warning");
  });
});
