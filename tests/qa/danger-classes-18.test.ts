import { describe, expect, it } from "vitest";
import { detectDanger, OFFER_CONDITION_REASONS } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Classes of wording the danger reader missed or over-read (issue 12, session 18), each in our own words in English,
 * Simplified Chinese and Traditional Chinese (Taiwan usage, Cantonese), written before the fix.
 */
/** As the bot reads a pasted offer (free-text.ts): danger now, or only an offer's condition the verdict flags. */
const eventNow = (text: string): boolean => {
  const danger = detectDanger(text);
  return danger.danger && (!OFFER_CONDITION_REASONS.has(danger.reason) || danger.event !== undefined);
};

describe("locked up and a passport taken: the hold leads, with the contacts first", () => {
  it.each([
    "They locked me in a room and took my passport",
    "My brother is locked up in Myawaddy and they took his passport",
    "我被关在房间里，护照也被老板收走了",
    "我哥在柬埔寨被关起来了，护照被公司扣了，怎么办",
    "阿妹喺柬埔寨俾人禁錮咗，護照都俾老闆收埋",
  ])("%s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "held" });
    expect(matchQuestion(text)).toMatchObject({ emergency: true, answer: "trapped_help" });
  });

  it.each(["my employer in Dubai took my passport and won't give it back", "老板把我的护照收走了，不肯还给我"])(
    "a passport kept with no hold told is still the passport's answer: %s",
    (text) => {
      expect(detectDanger(text)).toMatchObject({ danger: true, reason: "passport" });
    },
  );
});

describe("an offer's terms (the first months, the contract) are conditions, not an event now", () => {
  it.each([
    "【高薪招聘】柬埔寨金边客服，月薪15000-30000，包吃包住，包机票。要求：18-35岁，会打字。入职需将护照交公司统一保管，前三个月不能回国，合同一年。有意者加飞机联系。帮我看看靠谱吗",
    "招聘：泰国曼谷网络销售，底薪8000+提成，包吃住，机票报销。护照由公司保管办理工作签证，前三个月不能回国，不能随意外出。朋友发给我的，帮我看看靠谱吗？",
    "徵才：杜拜飯店房務，月薪台幣六萬，供食宿，機票公司出。合約期內不能回台灣，試用期不能離開宿舍。這個可以去嗎？",
    "Hiring: customer service in Cambodia, $1500/month, free flight and housing. Passport kept by HR for visa processing, you cannot return home in the first 3 months. Can you check if this is legit?",
  ])("%s", (text) => {
    expect(eventNow(text)).toBe(false);
  });

  it.each([
    "公司当初说前三个月不能回国，现在一年了，他们还是不让我走，护照也不还",
    "They told me I could not go home in the first 3 months. It has been a year, they still won't let me leave",
    "老闆說合約期內不能回台灣，現在他們把我關在宿舍，不給我出門",
  ])("a hold told beside the old terms is an event: %s", (text) => {
    expect(eventNow(text)).toBe(true);
  });
});
