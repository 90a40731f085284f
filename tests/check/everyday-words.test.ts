/**
 * The words reports use for a lure (scammed, traffickers, 被迫, 骗子), a move "to" a place, a service charge, a loan,
 * gambling and typing also stand in everyday and lawful ads; and a warning word in a lure must not clear the lure's
 * own fee. Every text is written for the test, after a review found these readings (none is copied from eval data).
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;

describe("everyday and lawful texts that use a lure's words are not high", () => {
  it.each([
    "I got scammed by a fake agent last year, so I only apply through the official DMW portal now. Is this Dubai hotel job legitimate? Salary AED 3,000.",
    "我们公司招聘会计，地点上海，月薪8000。因疫情被迫停业两个月，现已恢复营业。",
    "Volunteer coordinator to support victims recruited by traffickers; salary GBP 28,000, London.",
    "骗子太多了，我们是国企，招聘电工，地点天津，月薪6500，五险一金。",
    "Export sales executive: our products are sold to Thailand and Vietnam. Salary INR 40,000, Chennai office.",
    "Airport shuttle driver: passengers are taken to Dubai Marina hotels. Salary AED 2,500, Dubai.",
    "Translators wanted: documents taken to Japan embassy for visa. Salary JPY 250,000, Tokyo.",
    "酒店服务员，地点深圳，月薪5000，另有服务费分成约800元，包吃住。",
    "保安服务费 每月200元由业主缴纳。招聘物业管理员，地点南京，月薪4500。",
    "本行提供出国留学贷款，额度最高50万，利率优惠，欢迎咨询。",
  ])("%s", (text) => {
    expect(level(text)).not.toBe("high");
  });

  it.each([
    "宿舍管理规定：禁止吸烟、酗酒、赌博，违者罚款。招聘普工，地点东莞，月薪6000。",
    "打击赌博犯罪宣传员，公安局招聘辅警，地点昆明，月薪4000。",
    "招聘打字员，要求会打字，每分钟60字以上，月薪4500，地点广州，五险一金。",
  ])("%s → low", (text) => {
    expect(level(text)).toBe("low");
  });
});

describe("lures keep their signs", () => {
  it.each([
    // Taken into the compounds' countries is still the move reports describe.
    "They were promised jobs in Bangkok, then taken to Myanmar and forced to scam people.",
    // 高薪 or "very high salary" with no figure is the lure's promise even for an engineer or an accountant.
    "诚聘会计，迪拜，高薪，包机票",
    "Java developer, Myawaddy, very high salary, flight ticket provided.",
    // A warning word elsewhere in the text does not clear the lure's own fee.
    "Japan customer service, salary $900. Beware of fake agents - only pay the processing fee to our official account.",
    "Japan customer service, salary $900. We never delay wages and you only pay a small processing fee before flying.",
    "日本客服，月薪8000，以免名额被抢请先交押金。",
    "日本客服，月薪8000，要先交押金，谨防假冒本公司的中介。",
    "日本客服，月薪8000，先交中介费，如有人冒充本公司请举报。",
  ])("%s → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it("a move written with a hyphen to slip past filters is still the move ('taken-to Myanmar')", () => {
    const flags = checkOffer("Promised jobs in Bangkok, they were taken-to Myanmar").flags.map((flag) => flag.id);
    expect(flags).toContain("destination_later");
  });

  it("a report's crime words with the compounds' place still make a lure", () => {
    expect(level("骗子以高薪客服工作为诱饵，把求职者骗到柬埔寨")).toBe("high");
  });
});
