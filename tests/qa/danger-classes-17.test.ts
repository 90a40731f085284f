import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Classes of wording the danger reader missed or over-read (issue 12, 7 December), each in our own words in English,
 * Simplified Chinese and Traditional Chinese (Taiwan usage, Cantonese), written before the fix.
 */
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe("seized by someone named as 人, 他们 or 对方 (被人绑架, 俾人禁錮咗) is a hold", () => {
  it.each([
    "我表哥被人绑架到缅北了，家里急死了",
    "佢俾人綁架咗去柬埔寨，我哋好驚",
    "我弟弟被他們軟禁在園區裡面",
    "她被对方扣押在公司宿舍，不准出来",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
  });
});

describe("held or kept until the family pays is a ransom", () => {
  it.each([
    "they are holding my brother until we pay his debt of 3000 USD",
    "Her family says she is being kept at the compound until they pay 6,000 dollars",
    "they're keeping my son till we send 2000 dollars",
  ])("%s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "ransom" });
  });

  it.each([
    "the shop is holding my order until we pay the balance",
    "they are keeping my seat until I pay the deposit",
    "the hotel is holding my luggage until we pay the bill",
  ])("a thing held until paid is not: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("no news of a relative, the relative named between 没有 and 消息, is silence", () => {
  it.each([
    "已经两个星期没有我丈夫的消息了，他出国前说去泰国做客服",
    "已經十天沒有我先生的消息，他說去柬埔寨做業務",
    "一个多月没有我儿子的音讯了，他在缅甸打工",
    "我太太去杜拜工作後，三個禮拜都沒有她的消息",
  ])("%s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "silent" });
  });

  it.each(["我先生今天加班，晚上没有他的消息很正常", "还没有公司的消息，面试结果下周才出"])("not: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("pay docked or kept by an employer abroad (扣了她的工资) is the same hold as a passport", () => {
  it.each([
    "我妈在新加坡做工，雇主扣了她的工资，还不让她休息",
    "我姐在中東做家務，老闆扣住她的薪水三個月了",
    "my aunt works in Singapore and the employer is withholding her salary",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
  });

  it.each(["老板说再迟到就扣工资", "公司扣了我的工资，因为我迟到了三次，好气"])("at home, a docking: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("among those held, and still there, is held now", () => {
  it.each([
    "my brother's friend was among those held, he is still there",
    "My nephew was among the workers detained by the gang and he has not come out",
    "我表弟也在被关的那批人里面，现在还在里面",
    "我姪子也是被押的那群人之一，現在還沒出來",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("a group named as the ones harmed (the men were beaten, 这些人被强迫) is someone in particular", () => {
  it.each([
    "the prosecutor said the men were beaten with pipes when they failed their targets",
    "The women were locked in a room and beaten by the guards",
    "这些人被强迫每天工作十五个小时，完不成业绩就被打",
    "這幾個年輕人被關在園區，每天挨打",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "the men were beaten 3-1 in the final",
    "Victims were rescued from the compound last year and have returned home",
    "這些人去年已經被救回來了",
  ])("not: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("an online gaming company is a compound's business, not a reason for silence", () => {
  it.each([
    "The online gaming company refused to let them stop and said their labour had been purchased",
    "my cousin works for an online gaming company in Cambodia, they took his phone and won't let him leave",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it("gaming as the reason someone is quiet still is", () => {
    expect(routed("my brother is not answering, he is gaming all night as usual")).toBe(false);
  });
});

describe("the writer's own silence, a study week or a group chat is no one gone silent", () => {
  it.each([
    "my phone died so I went silent for a day, sorry",
    "sorry I went quiet, was travelling",
    "my sister went silent on the group chat because she's studying for boards",
    "我最近在备考，所以微信都没回，不好意思",
    "我妹在準備考試，群組裡都不回訊息",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each(["my son went silent after he reached Myanmar", "我妹去了柬埔寨以后就不回消息了", "我哥到緬甸之後就失聯了"])(
    "someone else's silence abroad still is: %s",
    (text) => {
      expect(routed(text)).toBe(true);
    },
  );
});

describe("a passport kept by a contract's terms, for safekeeping, or by its owner is no event", () => {
  it.each([
    "Contract says the employer keeps the passport for safekeeping, can I refuse?",
    "the agreement states the company will hold our passports for safekeeping",
    "我想问一下，出国工作护照要自己保管吗？",
    "出國工作，護照自己拿著比較好嗎？",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each(["they took my passport for safekeeping and now refuse to give it back", "雇主说帮我保管护照，现在不还给我"])(
    "kept and refused back is: %s",
    (text) => {
      expect(detectDanger(text).danger).toBe(true);
    },
  );
});

describe("shut in by oneself, by the writer, or beaten at a ball game is everyday", () => {
  it.each([
    "考研期间把自己关在图书馆",
    "期末週把自己關在房間讀書",
    "孩子被我罚不准出门",
    "小朋友被我罰禁足一個禮拜",
    "昨晚打球被电爆",
    "今天打籃球被對面電爆，好丟臉",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("a court's or a reporter's account of someone held, with nothing said to be over, is told as news of now", () => {
  it.each([
    "The court heard that the victim was confined to the compound and beaten with a stick when she asked to leave",
    "The tribunal heard that he was locked in a dormitory and his passport was taken",
    "Speaking from inside the compound, one man said guards beat them with electric batons",
    "受困者表示，每天被迫诈骗十几个小时，做不到就被殴打",
    "受困者表示，每天被逼詐騙十幾個小時，做不到就會被打",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "The court heard that the victims were rescued in 2022 and have since returned home",
    "I heard that the men were rescued last year",
    "法官表示，被告於去年將被害人拘禁於柬埔寨，被害人已獲救返台",
  ])("over, or rescued long ago: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("a beating for a missed target, said as the compound's rule, is a beating", () => {
  it.each([
    "If you don't reach the target, they beat you, he said in a voice message sent secretly last night",
    "whoever misses the quota gets beaten, my cousin told us",
    "my sister says when they fail the target the managers shock them",
  ])("%s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "beaten" });
  });

  it.each([
    "we beat our sales target this month, the boss bought us dinner",
    "if you don't hit the quota the manager will give you a warning",
    "our team beat the quota again, so happy",
  ])("not: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("people named by their nationality (有台灣人) are the ones harmed", () => {
  it.each([
    "做不到業績就體罰，裡面也有台灣人",
    "没完成业绩就被打，里面还有中国人",
    "被关在园区的也有马来西亚人，天天挨打",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("someone out of contact for weeks or months, told in a report's words, has gone silent", () => {
  it.each([
    "The 34-year-old, who left for a job in Thailand, has been out of contact for several months",
    "My uncle has been out of touch for three weeks since he went to Laos",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it("the writer out of touch with old friends is not", () => {
    expect(routed("I have been out of touch with my old classmates for years")).toBe(false);
  });
});

describe("a family's warning of being sold if one goes abroad is a worry, not an event", () => {
  it.each([
    "阿媽成日話我出國讀書會被賣豬仔，其實我只係去英國讀書",
    "我妈总说我出国会被卖到缅甸，烦死了",
    "My mom keeps saying I'll get sold if I work abroad, I'm just going to Japan to study",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each(["他们说我再做不到业绩就会被卖到别的园区", "the boss says I will be sold to another company if I complain"])(
    "a captor's threat still is: %s",
    (text) => {
      expect(routed(text)).toBe(true);
    },
  );
});

describe("stuck at home by a broken air conditioner or a power cut is everyday", () => {
  it.each([
    "屋企部冷氣壞咗，困喺度熱到死",
    "家里停电了，困在家里热死了",
    "aircon broke and I'm trapped in this hot flat all day",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("a grandparent keeping the writer's passport safe is a family's care: the document is no person held", () => {
  it.each([
    "my lola kept my passport in her cabinet so I don't lose it",
    "my grandma is keeping my passport in her drawer until my flight",
    "阿嬤把我的護照收在抽屜裡，怕我弄丟",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it("kept with a person held is still danger", () => {
    expect(routed("they kept my brother and his passport in the compound, he cannot leave")).toBe(true);
  });
});

describe("silence and beatings in Hinglish and Singlish words", () => {
  it.each([
    "bhaiya ka 1 mahine se koi pata nahi, Thailand gaya tha job ke liye",
    "beta ki koi khabar nahi 3 hafte se, woh Cambodia mein kaam karne gaya",
    "my fren in KK park say kena beat every day cannot tahan already",
    "my cousin in Cambodia kena whack by the boss when never hit target",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each(["aaj koi khabar nahi aayi result ki", "kena beat by my mum because I came home late lol"])(
    "not: %s",
    (text) => {
      expect(routed(text)).toBe(false);
    },
  );
});

describe("beatings faced or suffered, and those who tried to leave sold on, as reports tell them", () => {
  it.each([
    "Those who failed to meet quotas faced beatings and electric shocks",
    "my cousin says people there suffer beatings every week",
    "Workers who tried to quit were sold to other compounds",
    "men who refused to scam were beaten in front of the others",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "the team faced beatings in every match this season",
    "people who tried the new menu were sold out of dessert",
  ])("not: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});
