import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Classes of wording the danger reader got wrong (issue 12, session 20), each in our own words in English (Taglish,
 * Hinglish), Simplified Chinese and Traditional Chinese (Taiwan usage, Cantonese), written before the fix: someone of
 * the writer's taken into a foreign army's war after a job offer; and three everyday look-alikes that had raised the
 * emergency answer: a parent's discipline at home, a boss who will not accept a resignation at home, and "hungry" as
 * ambition.
 */
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe("taken into a foreign army's war after a job offer: made to sign, sent for training, deployed to the front", () => {
  it.each([
    "They made my brother sign a contract in Russian and sent him for military training",
    "my son went to Russia for a helper job, now he is deployed near the Ukraine border and told to get ready to fight",
    "Nobody told him the job was for the Russian army, he is at the front now",
    "the agent sold my cousin an army helper job in Russia and now he cannot leave",
    "bhai ko Russia mein army mein bhej diya, front line pe hai",
    "我儿子说是去俄罗斯当保安,结果被逼签了合同,送上了前线",
    "我哥被骗去俄罗斯打仗,现在在乌克兰边境",
    "我弟弟去俄羅斯打工,被迫簽了從軍合約,已經被派到前線",
    "個仔話去俄羅斯做工,點知俾人送咗去前線打仗",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "My son is doing his national service and was sent for basic training this week",
    "My brother joined the army after university and is deployed to the border with his unit",
    "What is happening on the front line in Ukraine today?",
    "我儿子在部队当兵,下个月要去边境训练",
    "我哥哥今年入伍了,在新兵連受訓",
    "俄罗斯和乌克兰的战争什么时候结束",
  ])("service at home and war news stay quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("a parent's discipline at home is not a captor's beating", () => {
  it.each([
    "My mom says she will hit me if I don't listen",
    "my dad beats me when I fail a test",
    "我妈说我不听话就打我",
    "我爸说我再玩游戏就打死我",
    "我媽說我再晚回家就要打我",
    "阿媽話我唔聽話就打我",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "My mom says they beat my brother in the compound in Myanmar",
    "我妈说我弟在缅甸园区被打了",
    "我媽說我哥在柬埔寨每天被打",
  ])("a parent telling of a beating abroad still gets the emergency answer: %s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("a boss who will not accept a resignation at home is a labour question, abroad with a hold it is not", () => {
  it.each([
    "my boss won't let me quit",
    "My manager won't let me resign until they find a replacement",
    "my boss won't let me take leave next week",
    "老板不让我辞职,说要等招到新人",
    "老闆不讓我離職,說要先找到人接",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "my employer in Saudi won't let me quit and keeps my passport",
    "they won't let me leave the compound",
    "雇主把我的护照扣了,不让我走",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("'hungry' as ambition is no distress; hunger for days still is", () => {
  it.each([
    "we are hungry for success here in Dubai and my boss pushes us hard",
    "we are so hungry for success, please help us grow, our boss here in Dubai",
    "I'm hungry to learn, my employer abroad gives me a lot of work",
    "hungry for more, my manager here says we can do it",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });

  it.each(["we are hungry for days here in Myanmar, the boss gives us nothing, please help"])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("hungry, fed spoiled food or made to suffer, and wanting to come back home: the held's own plea", () => {
  it.each([
    "we are starving and exhausted here, we just want to come back home",
    "They barely feed us, we want to go back home please",
    "gusto na nilang umuwi kasi pinapahirapan sila ng amo, sirang pagkain ang binibigay",
    "we got no food for 2 days bhai, ghar wapas aana hai",
    "kami kelaparan di sini, nak balik Malaysia",
    "我们天天吃不饱,只想回国",
    "他們每天只給我們吃發霉的飯,我們好想回國",
    "我哋日日食唔飽,好想返屋企",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "I'm hungry and tired, I want to go home and sleep",
    "we are so hungry after the hike, can't wait to come back home for dinner",
    "好饿啊,好想回家吃妈妈做的饭",
    "又餓又累,只想回家睡覺",
    "lapar gila, nak balik rumah makan",
  ])("a long day's hunger stays quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("unpaid and stranded where no one speaks their language", () => {
  it.each([
    "no salary for months, we don't speak the language and cannot go anywhere",
    "我们工资不发,没有钱,语言又不通,哪里都去不了",
    "我們薪水一直沒發,語言也不通,根本不能亂跑",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "我想学一门外语,现在语言不通,工作也难找",
    "The salary is late this month and I don't speak the language yet, any tips?",
  ])("a learner's everyday words stay quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("safe reports that sound scripted: someone tells them what to say", () => {
  it.each([
    "every time my brother says he is fine it sounds scripted, like someone is telling him what to say",
    "他每次报平安都是同一套话术,像有人在旁边教他说",
    "我弟每次報平安講的話都一模一樣,像在背台詞",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each(["我儿子到学校了,给我报平安了", "She texted to say she is safe at the hotel"])(
    "an ordinary safe report stays quiet: %s",
    (text) => {
      expect(routed(text)).toBe(false);
    },
  );
});

describe("leaving only on a target, or a fine for changing employers: a debt that keeps a worker", () => {
  it.each([
    "the boss says we can leave once we hit the target, but they never let anyone go",
    "老板说业绩达标就放人,可是达标了也不会放你走",
    "仲介說如果我要轉換雇主,就要賠五萬塊,薪水也不給我",
    "雇主说我要是换雇主,就得赔违约金,工资一分不给",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each(["业绩达标就可以提前下班", "如果要换雇主,需要办什么手续?", "公司说提前离职要赔培训费,合法吗?"])(
    "a workplace's terms at home stay quiet: %s",
    (text) => {
      expect(routed(text)).toBe(false);
    },
  );
});

describe("a passport or a phone taken under a pretext ('for the work permit', 'for safety')", () => {
  it.each([
    "When we landed the agent took all our passports, saying it was for the work permit",
    "到了马来西亚,中介把我们的护照收走,说是要帮我们办工作证",
    "一到柬埔寨,他們就把我的手機沒收了,說是為了安全",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("hoping to be rescued: a rescue still pending", () => {
  it.each([
    "the embassy called and we now hope my son will be rescued soon",
    "we are waiting and praying that they will be rescued",
    "我们只盼着他能早点被救出来",
    "我們只希望他能早日被救出來",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each(["I hope the stray kitten will be rescued", "希望那只被困在树上的猫能被救下来"])(
    "a pet stays quiet: %s",
    (text) => {
      expect(routed(text)).toBe(false);
    },
  );
});

describe("a rescue told as done is over; a plea for one is not", () => {
  it.each(["I was so happy when the police came to our rescue last month", "They came to the rescue and we flew home"])(
    "%s",
    (text) => {
      expect(routed(text)).toBe(false);
    },
  );

  it.each(["please come to our rescue, we are locked in the compound"])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("a relative in the captors' hands: the syndicate or the traffickers do something to my son", () => {
  it.each([
    "the syndicate questioned my son about what he told the police",
    "The traffickers moved my daughter to another building last night",
    "那个集团的人审问了我儿子,问他跟警察说了什么",
    "詐騙集團的人把我女兒帶去另一棟樓了",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "the police questioned my son about the syndicate",
    "my son read a news story about a trafficking syndicate",
    "警察问我儿子关于那个诈骗集团的事",
  ])("the police or the news about a syndicate stay quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("someone named as Chinese news names people (小陈, 张某, 李女士): a person the facts are told of", () => {
  it.each([
    "到了妙瓦底,小陈的手机就被收走了",
    "张某抵达柬埔寨后,护照被公司扣押,无法离开",
    "李女士的女兒在緬北園區被打,現在聯絡不上",
    "黃某到了西港之後就被關起來,公司要家裡拿錢贖人",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "小陈的手机被他妈妈收走了,因为考试没考好",
    "小王说公司明天放假",
    "张先生的护照在曼谷丢了,要去补办",
    "小龙虾多少钱一斤",
    "小刘说中介答应三个月内送出国,如果出不去的话就退款",
    "陳小姐下個月要去柬埔寨旅遊,想問簽證怎麼辦",
  ])("everyday words about a named person stay quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("a report about many ('most of them', 很多都是, 这些受害者) is news, not someone of the writer's", () => {
  it.each([
    "Most of the victims had their passports taken on arrival and were forced to scam",
    "这些受害者很多都是被骗出国,一下飞机护照就被收走",
    "報導說這些受害人大多都是被騙去柬埔寨,家人接到要贖金的電話才知道",
  ])("the danger reader stays quiet (the matcher may still answer the topic): %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });

  it.each([
    "most of us here had our passports taken, me too, please help",
    "这些受害者里面就有我弟弟,他的护照被收走了",
    "很多人都被關著,我哥哥也是,他們要贖金",
  ])("the writer's own among them still gets the emergency answer: %s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("a report about many keeps the writer's own among them (review of session 20)", () => {
  it.each([
    ["Most of the workers there are beaten every day. Our boy Juan is locked in and cannot leave."],
    ["這些受害者都出唔到嚟，阿仔都喺入面"],
    ["多数是被卖过去的，老公现在被关在园区，不让走"],
    ["Most of them are Filipinos and they are not allowed to leave, my kuya is there"],
  ])("%j gets the emergency answer", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("a recruiter reaching a relative is not captors acting on them (review of session 20)", () => {
  it.each([
    ["Traffickers contacted my daughter on Facebook offering a job, she refused"],
    ["The syndicate has my brother's number and keeps calling him about a loan"],
    ["The traffickers told my daughter the job was real, she is going to Bangkok next week"],
    ["诈骗集团打了我儿子的电话，冒充公安"],
    ["集團打我兒子的銀行卡轉了錢"],
  ])("%j is no emergency", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([["The syndicate has my son and wants 20000 dollars"], ["诈骗集团的人把我女儿带走了"]])(
    "%j stays an emergency",
    (text) => {
      expect(routed(text)).toBe(true);
    },
  );
});
