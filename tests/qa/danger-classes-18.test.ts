import { describe, expect, it } from "vitest";
import { detectDanger, OFFER_CONDITION_REASONS } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import type { DangerReason } from "../../src/content/qa.ts";

/**
 * Classes of wording the danger reader missed or over-read (issue 12, session 18), each in our own words in English,
 * Simplified Chinese and Traditional Chinese (Taiwan usage, Cantonese), written before the fix.
 */
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

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

/** A class of danger wording (routed to the emergency answer, or read with `reason`) beside its look-alikes (quiet). */
function dangerClass(title: string, danger: readonly string[], quiet: readonly string[], reason?: DangerReason): void {
  describe(title, () => {
    it.each(danger)("%s", (text) => {
      expect(reason ? detectDanger(text) : { danger: routed(text) }).toMatchObject(
        reason ? { danger: true, reason } : { danger: true },
      );
    });
    it.each(quiet)("not: %s", (text) => {
      expect(detectDanger(text).danger).toBe(false);
    });
  });
}

dangerClass(
  "deceived or smuggled across by someone, said in the active voice (把我骗到, taken … using illegal routes)",
  [
    "朋友把我骗到大理，后来偷渡到了缅甸",
    "中介把我弟骗到柬埔寨，说是做客服",
    "那個仲介把我妹妹騙去緬甸，說是去泰國做電商",
    "佢哋將我呃咗去柬埔寨，話係做客服",
    "He was offered a job as a driver and was taken by two men to Myanmar using illegal routes",
    "my son was smuggled through a jungle path into Myanmar by the agent",
  ],
  [
    "公司派我去柬埔寨出差三天",
    "我爸把我带到泰国旅游了一周",
    "他把旧车卖到了柬埔寨",
    "I was taken by my uncle to Malaysia for a holiday",
    "The gang used illegal routes to bring cigarettes into Thailand",
  ],
);

dangerClass(
  "no communication, word or message from a relative since they went abroad is silence",
  [
    "As for my cousin, she flew to Bangkok in May and there has been no communication from her since",
    "My husband went to Dubai for work. We have had no word from him since March",
    "我姐去了迪拜做家政，自从上个月之后就再没有任何音讯",
    "我老公去柬埔寨之後，就再無音訊了",
  ],
  [
    "there has been no communication from the landlord since we moved out",
    "no word from the bank since I applied for the loan",
  ],
  "silent",
);

dangerClass(
  "food kept from workers, with any negation (will not, would not, did not give us food), is a hold",
  [
    "They will not give us any food if we miss the target, we work 18 hours a day",
    "if the quota is not met they would not give him food, he works 16 hours every day",
    "完不成業績他們就不給我們飯吃，每天做十幾個小時",
  ],
  ["The restaurant will not give us any food after 10pm", "the airline did not give us food on the flight"],
);

dangerClass(
  "stranded abroad, left by the agent, asking that the plea be spread",
  [
    "We are stranded in Kuwait, the agency abandoned us. Please spread this message to our government",
    "我们滞留在伊拉克，中介跑路了，求扩散让政府知道",
    "我們滯留在黎巴嫩，仲介跑路了，拜託幫忙轉發",
  ],
  [
    "Our agent ran away with the visa fees, how do I report him?",
    "We are stranded at the airport in Doha because of the storm, please share",
    "中介跑路了，押金拿不回来，怎么举报",
  ],
);

dangerClass(
  "Taglish: made to suffer (pinapahirapan) by the agency or employer abroad",
  [
    "Pinapahirapan kami ng agency dito sa Kuwait, gusto na naming umuwi",
    "pinahihirapan ako ng amo ko dito sa Saudi, hindi ako pinapakain",
  ],
  ["pinapahirapan ako ng math homework ko", "ang hirap ng trabaho dito sa Saudi pero okay naman ang amo ko"],
);

dangerClass(
  "watched even at the toilet is a hold",
  [
    "They follow us even when we go to the toilet, we are never alone",
    "We are watched even when we go to the bathroom",
    "連去廁所都有人跟著，根本沒辦法打電話",
  ],
  ["my toddler follows me even when I go to the toilet", "the cat watches me when I go to the bathroom lol"],
);

dangerClass(
  "forced to run scams or do fraud, with any verb between",
  [
    "he is being forced to run scams in Cambodia",
    "They force us to do online fraud for 14 hours a day",
    "我弟在那边被逼着搞诈骗，每天十几个小时",
  ],
  ["the course forced me to run a fake scam email test for work training", "I was forced to run the meeting"],
);

dangerClass(
  "food cut as a punishment is a hold",
  [
    "If we complain, they cut our food",
    "The boss cuts our meals when we miss the target in Myanmar",
    "業績不夠他們就扣我們的飯，一天只吃一餐",
  ],
  ["the coach cut our carbs before the match", "my mum cut my pocket money when I missed school"],
);

dangerClass(
  "wanting to go home while they say a term must be served first is a hold",
  [
    "I miss my children. I want to go back but they say I must finish two years",
    "我想回国，可是老板说必须干满两年才能走",
    "我想回台灣，但公司說要做滿一年才可以離開",
  ],
  ["I want to go home but my boss says I must finish the report first", "我想回家，但是老板说要先把报告写完"],
);

dangerClass(
  "last online weeks ago, nothing since, is silence",
  [
    "Our son was last online in August. Since then, nothing",
    "my sister was last active on WhatsApp two weeks ago after she went to Laos",
    "她上次上線是兩個禮拜前，之後就音訊全無",
  ],
  ["he was last online 5 minutes ago, probably asleep now", "since then, nothing has changed in my job"],
  "silent",
);

dangerClass(
  "moved between compounds is told as a sale",
  [
    "The men said they were moved three times between compounds and were never paid.",
    "我弟被转了三个园区，一分钱没拿到",
    "她被換了好幾個園區，每次都要重新還債",
  ],
  ["I was moved between departments three times this year", "we moved between apartments twice in Bangkok"],
);

dangerClass(
  "a phone taken, said with a measure word or Cantonese (收咗佢部電話), or in Taglish with the taker named",
  [
    "我細佬喺緬甸，話啲人收咗佢部電話，成日俾人鬧",
    "我哥在柬埔寨，公司收了他的手機，一個禮拜才能打一次電話",
    "Asawa ko nasa Dubai, kinuha ng amo ang phone niya, hindi na siya makatawag",
  ],
  ["老师收了他的手机，上课不准玩", "kinuha ng nanay ko ang phone ko kasi puyat ako"],
);

dangerClass(
  "a sale threatened as a condition (唔聽話就賣咗佢, 不听话就卖了他)",
  ["阿妹話嗰邊好恐怖，佢哋話唔聽話就賣咗佢", "我弟说在那边不听话就卖了他"],
  ["他说不听话就卖了他的游戏机", "妈妈说不好好学习就卖了我的自行车"],
);

dangerClass(
  "worked day and night without a cent of pay, and punished",
  [
    "我弟弟說他在那邊沒日沒夜地做，錢一分都沒拿到，還被罰",
    "我哥在缅甸没日没夜地干活，一分钱都没拿到",
    "my brother works day and night over there and has not been paid a cent, they punish him",
  ],
  ["我最近没日没夜地复习，考完就好了", "I worked day and night on my thesis and got no pay for the internship"],
);
