import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);
const lawfulIds = (text: string): string[] => checkOffer(text).lawfulSigns.map((sign) => sign.id);

/**
 * "Come on a tourist visa, the company will convert it to a work visa" is the promise of a permit after arrival, not
 * a work visa the offer already has: it was listed as a lawful sign (chat review, session 19).
 */
describe("a tourist visa to be converted there is the visa-after-arrival promise", () => {
  it.each([
    "Customer Service Rep in Thailand, $2,500/month. Tourist visa ok, company will convert to work visa. DM on Telegram",
    "泰国客服，月薪两万，先拿旅游签过去，公司再转工作签证",
    "柬埔寨客服，月薪兩萬，先用觀光簽過去，之後公司再轉工作簽。",
  ])("%s", (text) => {
    expect(flagIds(text)).toContain("visa_after_arrival");
    expect(lawfulIds(text)).not.toContain("lawful_work_permit");
  });

  it.each([
    "Staff nurses for Germany: the work visa is issued before departure. Tourist visas cannot be converted to work visas.",
    "新加坡厨师，雇主出发前办好工作准证（S Pass），月薪3,000新元",
    "日本介護職，出發前取得在留資格與工作簽證，月薪22萬日圓。",
    "Licensed agency. Note: a tourist visa cannot convert to work visa in the UAE, apply for your work permit first.",
    "Graduates may apply to convert to work visa (PGWP) after their studies in Canada.",
    "香港再转机，培训三个月后再转正式合同，工作签证办好后再转账尾款。",
  ])("a work visa issued before travel stays a lawful sign: %s", (text) => {
    expect(flagIds(text)).not.toContain("visa_after_arrival");
  });
});
