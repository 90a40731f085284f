/**
 * Issue 11, session 20: classes read from the dev misses and the lawful dev false highs. Every sentence here is written
 * for the test (none is copied from the evaluation data), in English, Simplified and Taiwan/Hong Kong-style Traditional
 * Chinese.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const levelOf = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a chat-app or social-media recruiter with one more strong sign is high risk, even with no place named", () => {
  it.each([
    ["A recruiter on Facebook offered me a job paying 4,000 USD a month."],
    ["A man in our WhatsApp job group offered me work and said he would pay for my flight."],
    ["抖音上有人招人,说工资很高,一个月三万。"],
    ["微信群里有人招人,说机票公司出,到了再安排工作。"],
    ["臉書社團有人在招募,說機票公司出。"],
    ["有人在臉書上招人，月薪八萬，包機票。"],
  ])("%j is high, and lists the channel among its flags", (text) => {
    expect(levelOf(text)).toBe("high");
    expect(flagIds(text)).toContain("chat_recruiter");
  });

  it.each([
    // An employer's own ad giving a chat app as its contact, with a lawful sign beside it.
    ["Customer service officer wanted. WhatsApp your CV to 9123 4567. Licensed agency EA 12C3456."],
    ["客服专员,月薪6000,加微信详谈,五险一金。"],
    ["客服專員 月薪3萬 加LINE詳談 勞健保"],
    // The vague job alone beside the channel: a local hire's ad, no pay far above normal, no trip paid.
    ["Hiring customer service agents, DM me on Telegram."],
    ["招聘客服,底薪4000+提成,加微信了解"],
    // A qualified post advertised in a group.
    ["Our WhatsApp group shares nursing jobs in the UK: registered nurses with NMC PIN, salary £38,000 a year."],
  ])("%j stays below high", (text) => {
    expect(levelOf(text)).not.toBe("high");
  });
});
