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
