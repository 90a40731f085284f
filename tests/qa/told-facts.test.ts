import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Issue 12: the facts of a hold told in ordinary words, as news quotes, court records and relatives tell them (third
 * person, past tense), with no danger word the phrase patterns know. Each class has several phrasings, written for
 * this test (not taken from the eval sets); each must get the emergency answer first.
 */
const TOLD = {
  confinement: [
    "He was not allowed to go out and the gates were guarded day and night.",
    "The boys could not leave the building, there were armed men at the door.",
    "The company refused to let them leave the compound in Myawaddy.",
    "My cousin says the workers are kept inside the factory in Malaysia and are never allowed out.",
    "她说在柬埔寨的公司不让她出门，门口有保安看着。",
    "他們在緬甸的園區不准他離開，門口都有人守著。",
  ],
  "forced work": [
    "My brother was made to work 17 hours a day in Cambodia and had to meet targets or be punished.",
    "They were forced to keep working through the night in Myanmar until they hit the quota.",
    "她在老挝被逼每天工作十六个小时，完不成业绩不准睡觉。",
    "他在緬甸每天被迫上班十五個小時，沒有業績就不能休息。",
  ],
  debt: [
    "When he asked to quit, they told him he owed the company 8000 dollars and could not leave until he paid.",
    "My daughter was told she must pay off the debt for her ticket before the agency in Dubai would let her go.",
    "公司说他欠了公司五万块，还清了才能走，他现在还在柬埔寨。",
    "公司說她欠公司機票錢，要還清才可以回台灣。",
  ],
  "phone taken": [
    "Once they reached the camp in Myanmar the bosses took their phones and he could only write in secret.",
    "Her phone was taken by the agent in Riyadh and she borrows a neighbour's to call us.",
    "到了园区以后，他的手机被收走了，只能偷偷用别人的手机给我发消息。",
    "到了園區之後，他的手機被沒收了，只能偷偷借別人的手機打給我。",
    "They took his phone and he can only message us at night.",
  ],
  "sold or moved": [
    "Last week they moved him to another company because he did not make enough money, and now he is near the border.",
    "My nephew told us he had been sold to a different company in Cambodia for 30,000 dollars.",
    "他妈妈说他因为没业绩又被转到另一家公司了，还在缅甸。",
    "他因為業績不好，被轉到另一家公司，現在人還在柬埔寨。",
  ],
  "threats to family": [
    "The boss told him that if he tried to run they would find his family back home.",
    "They said they would hurt his mother if he talked to the police.",
    "他们说他要是敢跑，就去他老家找他家人麻烦。",
  ],
  "money for release": [
    "A man called his father and asked for 20,000 dollars to let him go.",
    "They sent a message to her husband demanding money before they would release her.",
    "有人打电话给他妈妈，要二十万才放人。",
    "對方打電話給他爸爸，說要付十萬美金才肯放他回來。",
  ],
  "silence after arriving": [
    "His family has not heard from him since he landed in Bangkok three weeks ago.",
    "She called once to say she had arrived in Riyadh and nobody has been able to reach her since.",
    "我弟弟到了泰国以后就再也联系不上了，已经两个星期。",
    "我姊姊到了柬埔寨之後就聯絡不上了，已經一個月。",
    "Nobody has heard from him since he left for Thailand in May.",
    "The family lost contact with her after she arrived in Jeddah.",
    "My daughter has been silent since she landed in Cambodia two weeks ago",
  ],
  "review: threats to the family, sales and guards in other words": [
    "佢哋恐嚇話我走就搵我屋企人麻煩",
    "The company says I have a debt of 10000 and sells people who cannot pay",
    "Our nephew in Laos says the company keeps everyone inside with guards",
    "他们威胁我，说要是跑就弄死我",
  ],
};

describe("facts of a hold told in ordinary words get the emergency answer", () => {
  for (const [kind, texts] of Object.entries(TOLD)) {
    it.each(texts)(`${kind}: %s`, (text) => {
      expect(detectDanger(text).danger).toBe(true);
      expect(matchQuestion(text).emergency).toBe(true);
    });
  }
});

/**
 * The same facts where no one is in danger now: rescues and returns, court findings and reports about victims in
 * general, offers' conditions, and everyday restrictions at home.
 */
const QUIET = [
  // Resolved: home, rescued, freed.
  "He was not allowed to go out for months, but he was rescued in March and is home now.",
  "After the family paid, they let him go and he flew back to Kuala Lumpur last week.",
  "她以前在园区被收走手机，后来获救回国了。",
  "他之前被轉賣過兩次，上個月已經回到台灣了。",
  // Reports about victims in general, court records.
  "The court heard that victims were told they owed the company money and could not leave.",
  "According to the ministry, many workers had their phones taken and were moved between companies.",
  "法院查明，被害人被迫每天工作十几个小时，手机被没收。",
  // Offers' conditions and everyday work.
  "The job in Dubai pays 2000 dollars, you work 12 hours a day and must meet monthly targets.",
  "Staff must hand in their phones during the shift and may not leave the warehouse before 6pm.",
  "My boss made me work 12 hours yesterday and I still have to meet my sales target.",
  "公司规定上班时间不能玩手机，每天工作十个小时。",
  // Restrictions of everyday life: parents, a curfew, a lockdown, a transfer at work.
  "My parents do not let me go out after 10pm during exam week.",
  "The dorm was locked down for covid and nobody was allowed to go out for two weeks.",
  "My company moved me to another branch in Penang last month.",
  "我女儿上大学以后就不怎么跟我联系了，一个月才打一次电话。",
  "They sold their house in Manila to pay for his studies.",
  "The company told him he owed them a week's notice before quitting.",
  "He was kept in hospital for three days after the accident in Bangkok.",
  "Many migrant workers say they are not allowed to leave their dormitories at night.",
  "My manager threatened to fire me if I am late again.",
  // Threats to a job, a relationship or over a debt at home (review): no captor.
  "我老闆威脅說要開除我",
  "男朋友威胁说要分手",
  "我被老板恐吓了",
  "公司威脅話要炒我",
  "客户威胁要投诉我",
  "My boss threatened to dock my pay",
  "他们说如果我不还钱就去找我家人，是网贷催收，在国内",
  "我欠朋友钱，他说要去找我家里",
  "the store keeps everyone inside until the storm passes",
  // Questions about what may happen are asked, not told.
  "从缅甸回来以后会不会被关起来？",
  "在园区里的人是不是都会被转卖到别的公司，一般卖多少钱",
];

describe("the same facts where no one is in danger now stay quiet", () => {
  it.each(QUIET)("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text).emergency).toBe(false);
  });
});
