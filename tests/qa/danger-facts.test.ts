import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Danger told by its facts alone, with no stock word (held, ransom, trapped): a life set against money, a fee to be let
 * go, bones broken by guards, a fence, a room with someone at the door, armed guards outside, a resale, days counted
 * since the last message. Our own wording, in the three languages; each beside the everyday sentence it must not be.
 */
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe("danger told by its facts", () => {
  it.each([
    ["someone phoned my dad: if you want to see your daughter alive, transfer 20k usd tonight", "ransom"],
    ["对方打电话说想要你儿子活命就转五万块过来", "ransom"],
    ["半年沒拿到工資，想走要先交兩萬贖身費", "ransom"],
    ["the agency kept her passport and says she can only leave after paying 3000 dollars compensation", "ransom"],
    ["my nephew told me the guards broke his fingers when he tried to call the police", "beaten"],
    ["my son ended up in Laos, they hold him behind a wall with barbed wire", "held"],
    ["现在被关在宿舍里，门口有人看着，能打什么电话求助", "held"],
    ["我在一個園區的樓裡，外面有保安拿著槍", "held"],
    ["the boss is sending my brother to another company next week, they paid the boss for him", "held"],
    ["it has been 12 days since my son last replied, he went to work in cambodia", "silent"],
    ["阿哥話佢部手機俾人收咗，喊住話想返台灣", undefined],
    ["my brother says if they miss the quota they are not allowed to sleep, he sounded so weak", "beaten"],
    ["完不成业绩就不让我们睡觉，已经两天了", "beaten"],
    ["my sister called whispering, she said she is being watched and cannot talk long", "held"],
  ])("%s", (text, reason) => {
    expect(routed(text)).toBe(true);
    if (reason) expect(detectDanger(text)).toMatchObject({ danger: true, reason });
  });

  it.each([
    "I want to see him alive again, the doctors say the surgery is risky",
    "the school says he can only go on the trip after paying the fee",
    "my son broke his arm playing football in Dubai",
    "we keep the dogs behind a fence at the farm",
    "银行门口有保安拿着枪",
    "my company is transferring me to another team next month",
    "my sister has not replied for two days, she is probably busy with exams",
    "班機延誤，被困在機場六個小時",
    "明天就回香港了，好開心",
    "the kids are not allowed to eat sweets before dinner",
    "I feel like I'm being watched when I walk home",
  ])("not danger: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("kept in by the family at home is not a hold", () => {
  it.each(["我被我妈关在房间里写作业", "my mom locked me in my room because of my grades"])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("the same facts without the danger (review)", () => {
  it.each([
    "I just want to see my son alive again, the doctors say the surgery costs $20,000",
    "只要他平安回来就好，花多少钱都行",
    "被关在公司加班到现在，老板还在门口",
    "被关在厕所里了，门锁坏了，现在出不来",
    "现在被关在外面了，忘带钥匙",
    "公司把我转到另一家公司做销售，卖保险的",
    "sent him to another company in Dubai, the price of the ticket was 500",
    "they broke his nose in a bar fight, police came",
    "我不想回国，手机被我妈收了",
    "At the resort the guards with rifles at the gate, is that normal?",
    "下个月带爸妈去日本玩，老人走不了太多路",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });

  it.each([
    "说是去学校教书，结果现在被关在房间里，门口有人看着",
    "I'm in a building in Myawaddy, guards with guns outside",
  ])("still danger: %s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "held" });
  });
});

describe("a ransom as a condition, in any order; armed guards asked about (second review)", () => {
  it.each([
    ["Pay 10000 USDT if you want him alive", "ransom"],
    ["pay 20000 dollars or we will never see him alive again", "ransom"],
    ["他们说想要人平安回来，就准备50万", "ransom"],
    ["佢哋話想要你個仔平安返嚟，就過數二十萬", "ransom"],
    ["我在缅甸一栋楼里，外面有保安拿着枪，怎么办？", "held"],
    ["They broke his legs because he did not meet the quota", "beaten"],
    ["The guards have broken his arm", "beaten"],
  ])("%s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
  });

  it.each([
    "想要他平安回来就给领事馆打电话",
    "想要兒子平安回來就交給大使館處理吧",
    "学校封校了，被关在宿舍里，门口有保安看着",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});
