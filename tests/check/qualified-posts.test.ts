/**
 * Lawful and ordinary ads that a review of the dev false alarms found raised for the wrong reason: a qualified post
 * in a compound country with nothing else said, a staff holiday abroad read as a job abroad, an employer's "高薪" beside
 * ordinary pay in figures, a specialist doctor's post. Each class has composed lures it must still catch. Every text is
 * written for the test (none is copied from eval data).
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a qualified post in a compound country, with nothing else said, is no warning", () => {
  it.each([
    "Mathematics teacher for an international school in Phnom Penh. Bachelor's degree and TEFL certificate required.",
    "Senior backend developer, Vientiane. 5 years of experience with Go. Salary negotiable.",
    "Accountant for a garment exporter in Phnom Penh, Cambodia; 3 years of experience required.",
    "Registered nurse for a private hospital in Yangon, Myanmar. Two years of experience required.",
    "柬埔寨金边某银行招聘软件工程师，本科以上学历，三年以上工作经验，薪资面议。",
    "寮國永珍招募專案經理，須具碩士學位與五年以上工作經驗。",
  ])("%s → low", (text) => {
    expect(level(text)).toBe("low");
  });
});

describe("the compound country still warns, and its lures are still high", () => {
  it.each([
    // Unskilled work there, or a qualified post with a perk, is still the warning it was.
    "Restaurant waiter needed in Phnom Penh.",
    "Software engineer in Phnom Penh, free accommodation.",
    // A hot spot alone warns whatever the job (PRODUCT.md §4).
    "Senior engineer wanted in Sihanoukville, salary negotiable.",
    "妙瓦底招聘高级工程师，薪资面议。",
  ])("%s → warning", (text) => {
    expect(level(text)).toBe("warning");
  });

  it.each([
    "Software developer wanted in Phnom Penh, high salary, flight ticket provided.",
    "A welder was offered a data entry job in Cambodia.",
    "柬埔寨招聘工程师，无需经验，包机票，月薪两万。",
    "Teacher needed in Laos, send your passport to the company before you fly.",
  ])("%s → high", (text) => {
    expect(level(text)).toBe("high");
  });
});

describe("a holiday or an exchange abroad as a staff reward is no job abroad", () => {
  it.each([
    "招聘房产经纪人，地点无锡，底薪5000加提成，优秀员工享受免费出国游。",
    "销售代表，地点成都，月薪6000，年度福利：国外游一次。",
    "餐厅店长，地点广州，月薪9000，五险一金，每年海外旅游。",
    "行政助理，地點台北，月薪35000，優秀員工可參加海外交流。",
    "Sales executive, Manila office, PHP 30,000 monthly; top performers win an overseas trip.",
    "Store supervisor in Nairobi, KSh 60,000 a month, plus a holiday abroad for the best branch.",
  ])("%s raises no overseas_job flag and is not high", (text) => {
    expect(flagIds(text)).not.toContain("overseas_job");
    expect(level(text)).not.toBe("high");
  });

  it.each([
    ["出国打工，月薪两万，包机票，无需经验。", "high"],
    ["海外工作，高薪，包吃住，无需经验。", "high"],
    ["Overseas job, no experience needed, very high salary, flight paid.", "high"],
  ])("%s → %s", (text, expected) => {
    expect(level(text)).toBe(expected);
  });
});

describe("at home, a 'high pay' word beside ordinary pay in figures is the employer's adjective", () => {
  it.each([
    "高薪招聘房产经纪人，底薪4000加高提成，地点武汉，无需经验，提供住宿。",
    "高工资普工，地点东莞，月薪6000，包吃住，不限学历。",
    "高收入！招聘外卖骑手，地点杭州，月薪7000，无需经验。",
    "High salary! Store supervisor, Manila, PHP 25,000 a month, no experience needed.",
    "Lucrative sales role in Nairobi: basic pay KSh 40,000 a month plus commission, no experience required.",
  ])("%s raises no high_pay flag and is not high", (text) => {
    expect(flagIds(text)).not.toContain("high_pay");
    expect(level(text)).not.toBe("high");
  });

  it.each([
    // Abroad, or with no figure, or with a figure far above normal, the pay promise stays.
    "高薪，月薪8000，出国工作，包机票，无需经验。",
    "高薪客服，无需经验，包吃住，月入两万。",
    "Easy job, high salary, no experience, we pay your flight abroad.",
  ])("%s → high", (text) => {
    expect(flagIds(text)).toContain("high_pay");
    expect(level(text)).toBe("high");
  });
});

describe("a specialist doctor's post is a qualified post", () => {
  it.each([
    "A hospital in Dubai seeks a consultant obstetrician (UAE medical license required). Attractive salary.",
    "Paediatrician for a private clinic in Abu Dhabi, MOH license required, attractive salary and benefits.",
    "迪拜私立医院招聘牙医，需持执业证书，待遇优厚。",
  ])("%s is not high", (text) => {
    expect(level(text)).not.toBe("high");
  });
});

describe("a part-time chat group is where the recruiter finds the reader", () => {
  it("a job seen in a part-time chat group shows the chat recruiter flag", () => {
    expect(flagIds("他在兼职聊天群看到一则招募，招聘方拒绝透露具体工作内容。")).toContain("chat_recruiter");
  });

  it.each([
    "公司员工聊天群里发了年会通知，请大家准时参加。",
    "小区业主聊天群通知：明天停水。",
    "我在兼职群里问了问，大家都说这家奶茶店的兼职很正规，时薪20元。",
  ])("%s is low", (text) => {
    expect(level(text)).toBe("low");
  });
});
