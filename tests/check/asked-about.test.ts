/**
 * The writer's own question whether the offer is a scam ("is this a scam?", "係咪呃人㗎", "是不是骗人的") is no sign that
 * the job is scam work: the verdict must not quote the question back as a red flag. Work described as scamming still
 * is one. Sentences written for this test in English, Simplified and Traditional Chinese (Taiwan and Cantonese).
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const flags = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("asking whether an offer is a scam", () => {
  it.each([
    "my cousin says there is a typing job in Laos for 1,300 usd with free flight, is this a scam?",
    "Myanmar chat support 2k usd, boss pays ticket, could this be a scam",
    "CSR sa Cambodia 45k, libre ticket, scam ba to?",
    "朋友介绍去柬埔寨做客服，月薪两万包机票，是不是骗人的？",
    "去泰國做網路客服，月薪六萬，包機票，這會不會是詐騙？",
    "老細話去金邊做客服，一個月兩萬，包機票，係咪呃人㗎？",
  ])("%s", (text) => {
    expect(flags(text)).not.toContain("scam_work");
  });
});

describe("work described as scamming", () => {
  it.each([
    "Job: chat with strangers online and scam them into crypto deposits, 3,000 usd a month, Myawaddy",
    "工作内容：跟客户聊天骗人投资，月薪两万，包吃住",
    "在園區做網路詐騙，業績好月入十萬",
    "Hiring chat agents. Good at scamming? We train you, 2,800 USD a month",
    "岗位：网聊。是不是诈骗你懂的，高薪日结",
  ])("%s is still the scam-work flag", (text) => {
    expect(flags(text)).toContain("scam_work");
  });
});
