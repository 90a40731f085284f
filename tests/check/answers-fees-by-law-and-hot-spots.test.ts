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
    "澳洲農場工作，仲介費15萬台幣，依法規上限收費。",
    "仲介服務費新台幣10萬元，依規定最高可收取，簽約時付清。",
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
