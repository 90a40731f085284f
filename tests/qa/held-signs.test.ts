import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Issue 12, "Danger first, always": the signs of a hold that were still missed or misread (phones taken by captors,
 * fear of dying or of never getting back, ransom relayed by a relative, a boat, someone vanished abroad, silence of
 * weeks from a relative working abroad, messages written under the captors' eyes), and their everyday look-alikes.
 * Wordings written for this test in the users' styles, not taken from the eval sets.
 */
const routed = (text: string): boolean => matchQuestion(text).emergency;

function expectRouted(texts: readonly string[]): void {
  for (const text of texts) expect(routed(text), text).toBe(true);
}
function expectQuiet(texts: readonly string[]): void {
  for (const text of texts) expect(routed(text), text).toBe(false);
}

describe("a phone taken or smashed by captors or an employer", () => {
  it("gets the emergency answer, as a hold (not the passport text)", () => {
    const texts = [
      "they took my phone",
      "They grabbed our phones the minute we arrived.",
      "抢手机了",
      "他们把我手机抢走了",
      "老闆把我的手機砸爛了",
      "我弟在缅甸，老板把他手机摔了",
      "ang cellphone ko kinuha ng amo ko",
      "her phone was confiscated and smashed by the agent",
    ];
    expectRouted(texts);
    for (const text of texts) expect(detectDanger(text).reason, text).toBe("held");
  });
  it("stays quiet for a theft, a parent's rule or a camp's rule", () => {
    expectQuiet([
      "kinuha ang cellphone ko sa jeep kanina, snatcher",
      "at boot camp they take our phones until sunday",
      "during basic training they took our phones for two weeks",
      "新兵訓練營會收手機，放假才還",
      "my mom took my phone because of my grades",
      "手机被小偷抢了，在地铁上",
    ]);
  });
});

describe("fear of dying there or of never getting back", () => {
  it("gets the emergency answer when the writer fears it for themself", () => {
    expectRouted([
      "I might die here",
      "i think i will die in this place",
      "我可能会死在这里。",
      "我怕我會死在這邊",
      "we will never come back from here alive",
      "baka mamatay na ako dito",
    ]);
  });
  it("stays quiet for the heat, an exam, a joke or an air fare", () => {
    expectQuiet([
      "this heat, I might die here lol",
      "考试太难了我会死在这里",
      "the queue is so long I might die here",
      "我回不去了，机票太贵了",
      "过年我回不去了，公司要值班",
    ]);
  });
});

describe("a ransom relayed or asked for a relative's release", () => {
  it("gets the emergency answer", () => {
    expectRouted([
      "I want them to release my son",
      "A man on WeChat is demanding two hundred thousand for the release of my nephew.",
      "我表哥打电话回来，要我们筹八万令吉",
      "佢打返嚟叫我哋凑钱，话要十万先放人",
      "Her brother told us they want 5 lakh to let her go.",
    ]);
  });
});

describe("held on a boat", () => {
  it("gets the emergency answer", () => {
    expectRouted([
      "My younger brother was left on the boat.",
      "my uncle is still on the fishing boat, the captain won't let him off",
      "我老公被困在渔船上，船长不让他上岸",
      "the guards stopped us from leaving the boat",
    ]);
  });
  it("stays quiet for a ferry or a cruise", () => {
    expectQuiet([
      "my son is still on the ferry, it's late again",
      "we were left on the boat for the sunset cruise, so fun",
    ]);
  });
});

describe("kept from leaving by guards or captors", () => {
  it("gets the emergency answer", () => {
    expectRouted([
      "Armed men prevented my cousin from getting off the ship.",
      "the guards kept them from leaving the compound at night",
      "The captain stopped the crew from going ashore for eight months.",
    ]);
  });
  it("stays quiet for a near miss or a rule at work", () => {
    expectQuiet([
      "my aunt stopped me from going to Cambodia for that job, thank god",
      "A friend's warning saved him from being lured into a scam job.",
      "my boss stopped me from leaving early on Friday",
    ]);
  });
});

describe("kidnappers", () => {
  it("are danger where someone of the writer's is taken", () => {
    expectRouted(["my nephew was taken by kidnappers near the border in Myawaddy"]);
  });
  it("are a report's word where no one is named", () => {
    expectQuiet(["The recruiters sometimes paid kidnappers to bring in workers."]);
  });
});

describe("a passport returned only at the airport", () => {
  it("is a passport kept now", () => {
    for (const text of [
      "the agency says they will only give back my passport at the airport on the day I fly",
      "公司说只有在机场登机前才会把护照还给我",
    ])
      expect(detectDanger(text), text).toMatchObject({ danger: true, reason: "passport" });
  });
  it("is over once it was given back", () => {
    expectQuiet(["They kept my passport for a month, but the police made the agency give it back and I changed jobs."]);
  });
});

describe("a named person with an age is someone in particular", () => {
  it("gets the emergency answer", () => {
    expectRouted([
      "群里有人在卖人：陈某，22岁，没业绩，八万转卖",
      "有人在群里发「卖猪仔」：小林，20岁，不听话，五万出手",
      "Posted in the group: 'Ramon, 24, no targets, for resale at 9000 usd'",
    ]);
  });
});

describe("vanished abroad, and silence of weeks from a relative working abroad", () => {
  it("gets the emergency answer", () => {
    expectRouted([
      "my cousin vanished after going to Cambodia for a job",
      "我表哥去缅甸打工后人间蒸发了",
      "我弟去泰國工作之後就失聯了",
      "我儿子去迪拜打工，一个多月没消息了",
      "haven't heard from my brother in 3 weeks, he went to Malaysia for work",
      "kuya ko nasa Saudi nagtatrabaho, tatlong linggo na walang balita",
    ]);
  });
  it("stays quiet without a job abroad: a broker, a boyfriend, silence at home", () => {
    expectQuiet([
      "My stock broker disappeared",
      "男朋友联系不上了",
      "男朋友聯絡不到，是不是不愛我了",
      "我弟在上海上班，一个多月没消息了",
      "haven't heard from my old classmate in 3 weeks",
    ]);
  });
});

describe("a message written under the captors' eyes", () => {
  it("gets the emergency answer", () => {
    expectRouted([
      "把寻人启事删掉，别再发了，我在这边很好",
      "你們把網上的貼文都刪掉，不要再報警了",
      "please take down the post about me, stop sharing it, I'm fine here",
      "she called but said she cannot talk, someone was next to her",
    ]);
  });
  it("stays quiet for a post taken down for a typo or after someone is home", () => {
    expectQuiet(["please delete the post, it has a typo", "帖子删了吧，写错了", "寻人启事可以撤了，我儿子已经回家了"]);
  });
});

describe("questions about the law on passports", () => {
  it("get the passport answer without the emergency card", () => {
    for (const text of [
      "Can my employer keep my passport?",
      "is it legal for an agency to hold my passport",
      "老板可以扣我的护照吗?",
      "公司扣留員工護照合法嗎?",
    ]) {
      const match = matchQuestion(text);
      expect(match.emergency, text).toBe(false);
      expect(match.answer, text).toBe("passport_taken");
    }
  });
  it("still get the emergency answer when the passport is already kept", () => {
    expectRouted(["my employer took my passport and won't give it back, is that legal?", "老板把我护照扣了，这合法吗"]);
  });
});

describe("news about a hold that is over", () => {
  it("stays quiet", () => {
    expectQuiet([
      "police arrested the recruiters last year and all the victims returned home",
      "去年被骗的12人已全部回国，招募者已被逮捕",
      "The 40 workers held in Myawaddy were repatriated last month and the agent was charged.",
    ]);
  });
});
