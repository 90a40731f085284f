import { afterEach, describe, expect, it } from "vitest";
import { toHongKongWording } from "../../src/i18n/hong-kong.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * Traditional Chinese replies are written in Taiwan usage (仲介, 雇主, 網路, 打工度假). A reader known to be from Hong
 * Kong (Telegram set to zh-HK, a message with Cantonese words) reads Hong Kong usage and Hong Kong
 * characters instead (中介, 僱主, 網絡, 工作假期; 裏, 説), from the same locale keys (issue 12, session 20).
 */
describe("Hong Kong wording of a Traditional Chinese text", () => {
  it.each([
    ["先核實仲介有沒有牌照。", "先核實中介有沒有牌照。"],
    ["雇主不可以扣留你的護照。", "僱主不可以扣留你的護照。"],
    ["網路上的軟體和簡訊", "網絡上的軟件和短訊"],
    ["打工度假的簽證", "工作假期的簽證"],
    ["他說在園區裡", "他説在園區裏"],
  ])("%s → %s", (taiwan, hongKong) => {
    expect(toHongKongWording(taiwan)).toBe(hongKong);
  });

  it("leaves tags, links and numbers as they are", () => {
    const html = '<a href="https://www.gov.hk/tc/裡">入境處</a> <b>(852) 1868</b>：仲介';
    expect(toHongKongWording(html)).toBe('<a href="https://www.gov.hk/tc/裡">入境處</a> <b>(852) 1868</b>：中介');
  });

  it("keeps official names it has no reason to touch", () => {
    expect(toHongKongWording("澳門治安警察局打擊販賣人口檢舉熱線")).toBe("澳門治安警察局打擊販賣人口檢舉熱線");
  });

  it("keeps Taiwan's own names in Taiwan's words (國民身分證, 仲介評鑑) while the plain words change", () => {
    expect(toHongKongWording("帶國民身分證，查仲介評鑑；仲介要看身分證")).toBe(
      "帶國民身分證，查仲介評鑑；中介要看身份證",
    );
  });
});

describe("the bot writes Hong Kong usage to Hong Kong readers only", () => {
  let testBot: TestBot | undefined;
  afterEach(async () => {
    await testBot?.close();
    testBot = undefined;
  });
  const QUESTION = "點樣知道仲介係咪正規？";
  const TAIWAN_QUESTION = "要怎麼查仲介是不是合法的？";

  it("Telegram set to zh-HK: 中介, never 仲介", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-hk");
    await user.send(TAIWAN_QUESTION);
    const reply = user.messages().at(-1)!;
    expect(reply).toContain("中介");
    expect(reply).not.toContain("仲介");
  });

  it("a Cantonese question, whatever Telegram's language: 中介", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send(QUESTION);
    const reply = user.messages().at(-1)!;
    expect(reply).toContain("中介");
    expect(reply).not.toContain("仲介");
  });

  it("Hong Kong chosen in /sos is whose numbers help, not the reader: a Taiwan reader keeps Taiwan usage", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-hant");
    await user.send("/sos");
    await user.press(testBot.translator.t("zh-hant", "sos.nationality.hk"));
    await user.send(TAIWAN_QUESTION);
    expect(user.messages().at(-1)!).toContain("仲介");
  });

  it.each(["仲介話要俾三萬蚊手續費，係咪合法？", "中介收費合唔合法？"])(
    "one word only Cantonese writes is enough: %s gets 中介",
    async (text) => {
      testBot = await createTestBot();
      const user = testBot.user("zh-hant");
      await user.send(text);
      const reply = user.messages().at(-1)!;
      expect(reply).not.toContain("仲介");
    },
  );

  it.each(["zh-tw", "zh-hant"])("a Taiwan reader (%s) keeps Taiwan usage: 仲介", async (languageCode) => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(TAIWAN_QUESTION);
    expect(user.messages().at(-1)!).toContain("仲介");
  });

  it("a Hong Kong reader who writes Simplified Chinese is answered in Simplified, untouched", async () => {
    testBot = await createTestBot();
    const hans = testBot.user("zh-hk");
    await hans.send("怎么查中介是不是正规的？");
    expect(hans.messages().at(-1)!).toContain("中介");
    expect(hans.messages().at(-1)!).not.toMatch(/[説裏]/);
  });

  // Chat review #36: the verdict above the answer read 仲介/網路 while the answer under it read 中介/網絡.
  const CANTONESE_OFFER = "我個friend下星期就飛去泰國做「高薪客服」，包機票，點樣勸佢？";
  const TAIWAN_OFFER = "泰國高薪客服，免經驗，公司包機票，月薪五萬，有意私訊";
  it("an offer checked for a Hong Kong reader: the verdict in Hong Kong usage too (Cantonese, or Telegram zh-HK)", async () => {
    testBot = await createTestBot();
    const cantonese = testBot.user("zh-hant");
    await cantonese.send(CANTONESE_OFFER);
    const hk = testBot.user("zh-hk");
    await hk.send(TAIWAN_OFFER);
    for (const user of [cantonese, hk]) {
      const verdict = user.messages().find((text) => text.includes("高風險"))!;
      expect(verdict).toBeDefined();
      expect(verdict).toContain("中介");
      expect(verdict).not.toMatch(/仲介|網路|雇主/);
    }
  });

  it("an offer checked for a Taiwan reader: the verdict keeps Taiwan usage", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-tw");
    await user.send(TAIWAN_OFFER);
    const verdict = user.messages().find((text) => text.includes("高風險"))!;
    expect(verdict).toContain("仲介");
  });
});
