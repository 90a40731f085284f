import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { DANGER_PROBE_2, QUIET_PROBE_2 } from "./danger-probe-2.ts";

/** What the user sees first: the emergency answer, or not. */
function getsEmergency(text: string): void {
  expect(matchQuestion(text).emergency).toBe(true);
}
function staysQuiet(text: string): void {
  expect(matchQuestion(text).emergency).toBe(false);
}

describe("danger probe 2: every message saying someone is in danger gets the emergency answer first", () => {
  it.each(DANGER_PROBE_2)("[%s] %s → emergency", (_style, text) => getsEmergency(text));
});

describe("danger probe 2: everyday look-alikes stay quiet", () => {
  it.each(QUIET_PROBE_2)("[%s] %s → not an emergency", (_style, text) => staysQuiet(text));
});

/**
 * The causes behind probe 2's misses and false alarms (and the dev misses they share), each in other words than the
 * probe's, with the everyday message that shares its words and stays quiet. The danger check itself must read each.
 */
describe("danger probe 2: each cause it found, in other words", () => {
  it.each([
    // chat shorthand: "r", "n", "u", "plz", "hlp", a dropped vowel in "trapd"
    "plz hlp my sis is trapd in laos",
    "they r keeping my bro in a room n wont let him go",
    // something happened to someone abroad (出事了, "something happened to", Cantonese 出咗事), or a bare alarm with a
    // call to the police
    "老婆去了迪拜打工，前天出事了",
    "阿妹喺柬埔寨出咗事，公司唔講",
    "my cousin works in laos and something bad happened to him, his boss wont say what",
    "出事了，快报警",
    // a threat tied to going to the police or telling anyone; 撕票 (killing the hostage)
    "the boss said if my mum calls the police they will hurt me",
    "敢报警就把你女儿卖了",
    "他们说不给钱就撕票",
    // armed guards where people are kept
    "there are guards with rifles at the gate and they lock the dorm every night",
    // taken to scam work, or taken away by the bosses abroad
    "the agent drove us to a building where we have to scam people online",
    "the company in laos took my husband away and nobody tells us where",
    // Hinglish present habitual "maarte hai"
    "bhai ko roz maarte hai Cambodia mein",
    // not let home: a relative named after 不让 where captors are
    "老板不让我老公回国，说合同没到期要赔钱，在柬埔寨",
    // "I'll be killed"
    "if the manager finds my phone i will be killed",
    // a relative in danger over there
    "我哥在缅甸那边很危险，天天担心",
    // pay not received after leaving home
    "我们离开香港来这里做工，老板三个月都没发工资",
  ])("%s → emergency", (text) => {
    getsEmergency(text);
    expect(detectDanger(text).danger).toBe(true);
  });

  it.each([
    // shorthand in everyday talk
    "r u free tonight n can u help me with my cv",
    // something happened, at home or to a thing
    "我们公司的泰国项目出事了，老板很生气",
    "出事了，我的电脑又蓝屏了",
    // a threat at work or a promise of help
    "if you call the police they will come in ten minutes",
    // guards at a bank or a building
    "the bank has armed guards at the door",
    // taken somewhere ordinary
    "the agent drove us to the office where we signed the contract",
    // a family's rule at home
    "妈妈不让我出去玩",
    "老婆不让我回家吃饭，说我喝多了",
    "my wife won't let me go out tonight",
    // a figure of speech
    "i will be killed by my coach if i miss practice again",
    "i feel so trapped in this job in dubai, the hours are long",
    // no leave for a holiday, abroad
    "can't go home for Christmas, my contract in Riyadh gives no leave until next year",
    "hindi makakauwi si papa ngayong pasko, walang leave sa barko",
    "春节回不了家，在迪拜的公司不批假",
    "Diwali pe ghar nahi ja sakte, contract mein leave nahi hai, Qatar mein hoon",
    // a film watched
    "watched a movie about a girl kidnapped in Cambodia, so scary",
    // silence with an everyday reason
    "my son is at scout camp with no signal, hasn't replied since monday",
    "she stopped replying after we argued last night",
    "儿子一直不回消息，估计在宿舍打游戏",
  ])("not an emergency: %s", staysQuiet);

  it("a film named only as a likeness does not hide a hold abroad", () => {
    getsEmergency("my sister is held in Cambodia, just like in that movie, they want money");
  });
  it("no leave named beside a kept passport or a beating is still danger", () => {
    getsEmergency("walang leave at kinuha ng amo ang passport ko dito sa riyadh");
    getsEmergency("no leave for 3 years and the boss beats us, we are in dubai");
  });
});

/**
 * A round written after the fixes above, in the wording of testimonies quoted in reports (long, past tense, no
 * relative named as such): 25 of 30 routed and 8 of 10 quiet before the fixes it found — punishment for a missed
 * target, fearing for one's life where captors are, being watched all the time or having one's phone checked, a door
 * guarded; a traveller offline on holiday, and an everyday message that shares an emergency entry's words without any
 * word of trouble.
 */
describe("danger probe 2, testimony round", () => {
  it.each([
    "Every day we had to work 17 hours. If we did not reach the target they made us run laps in the sun.",
    "I fear for my life. They are watching me all the time.",
    "She managed to send a voice note saying she was scared and that men were guarding the door.",
    "I'm writing this secretly. They check our phones. I am in Myanmar and I cannot leave.",
    "They told us we would work in a hotel. When we arrived we were taken to a compound surrounded by walls and barbed wire.",
    "My son called us once, crying, and said he had been sold for $30,000.",
    "I was told I owed them $5,000 for the flight and accommodation, and that I couldn't leave until I paid.",
    "When I asked to go home, the manager slapped me and said I must pay compensation.",
    "My employer has not paid me for eight months and she won't let me call my family.",
    "Since he went to Cambodia for the job, his phone is always off.",
  ])("%s → emergency", getsEmergency);

  it.each([
    "My daughter is working in Dubai and loves her job.",
    "My brother is in Thailand on holiday and his phone is off because he's at the beach.",
    "The police rescued 200 people from a compound in Myawaddy last week.",
    "He was sold a fake iPhone in Bangkok.",
    "We were stuck in traffic for three hours on the way to the airport.",
    "the coach made us run laps because we missed the target time",
    "at school they check our phones every morning",
    "I fear for my life when my sister drives",
    "the guards at the mall guard the doors until ten",
  ])("not an emergency: %s", staysQuiet);
});

/** A week or more without food, said with fear or trauma (dev qr-539's cause), in each language; a diet is not it. */
describe("danger probe 2: starved for a week and afraid", () => {
  it.each([
    "isang linggo na kaming walang kain, takot na takot kami",
    "dah seminggu tak makan, saya takut sangat",
    "我们两个星期没吃饭了，好怕",
  ])("%s → emergency", getsEmergency);
  it.each(["walang kain kasi diet ako ngayong linggo", "haven't eaten since lunch, so hungry lol"])(
    "not an emergency: %s",
    staysQuiet,
  );
});

/**
 * A second testimony round, Chinese (Taiwan and mainland usage) and English: 21 of 30 routed before the fixes it
 * found — a debt to "them" repaid before leaving (欠他们…还清才能走), the boss's price for going home (想回家…老板说要赔钱),
 * trafficked or forced told without a subject (被骗到柬埔寨以后…被逼着打诈骗电话), "没有他的任何消息", money before "they
 * let me go home", treated like a slave and kept from rest, threatened to be sent somewhere worse, fingers cut off or
 * organs taken.
 */
describe("danger probe 2, second testimony round", () => {
  it.each([
    "公司說我們欠他們機票錢和食宿費，還清才能走",
    "他哭著說，想回家，但是老闆說要賠錢",
    "被騙到柬埔寨以後，每天被逼著打詐騙電話",
    "到現在已經一個多月沒有他的任何消息，我們很擔心",
    "They said I had to pay 15,000 dollars compensation before they would let me go home.",
    "She said she is treated like a slave and is not allowed to rest.",
    "They threatened to send my brother to a worse place if he didn't bring in money.",
    "He said they would cut off his fingers if we did not pay.",
    "他們威脅說要摘他的器官",
  ])("%s → emergency", getsEmergency);

  it.each([
    "欠他们的钱还清了，下个月换工作",
    "被骗了好几万，骗子跑了",
    "The hospital said we have to pay the bill before they let him go home",
    "my boss treats me like a slave, 12 hours a day in the office",
  ])("not an emergency: %s", staysQuiet);
});

/**
 * A third round (Kenyan, Sri Lankan, Filipino, Malaysian, Indian and Chinese families and workers): 21 of 30 routed
 * before the fixes it found — shut in a room as a punishment, escaped and then sold or caught again, cold water poured
 * on those who fall asleep, "anyone who talks to the police will disappear", "they are keeping our documents", no
 * daylight for weeks, Malay "kena kurung dalam bilik gelap sebab tak cukup target".
 */
describe("danger probe 2, third testimony round", () => {
  it.each([
    "After I refused to scam, they put me in a small room without light for a week.",
    "I escaped from one compound but the taxi driver sold me to another.",
    "They make us work until 2am and if we sleep at the desk they pour cold water on us.",
    "The bosses said anyone who talks to the police will disappear.",
    "We were told we would be paid 1,000 dollars a month but we haven't received anything and they are keeping our documents.",
    "I have not seen sunlight in weeks. The windows are covered and the doors are locked.",
    "adik saya kata dia kena kurung dalam bilik gelap sebab tak cukup target",
  ])("%s → emergency", getsEmergency);

  it.each([
    "haven't seen the sun in weeks, this winter is awful",
    "他总是给我泼冷水",
    "我们在泰国泼水节玩得很开心",
    "I escaped from the party early but then my friends caught me lol",
    "the embassy took my papers to stamp the visa",
  ])("not an emergency: %s", staysQuiet);
});

/**
 * A fourth round (Taiwan usage, Cantonese, English): 20 of 25 routed before the fixes it found — 被逼着去骗人, 没有他的下落,
 * 公司唔准佢返香港 (不准 as 不让), money "or my sister will stay there forever"; a teacher's or a doctor's rule stays a
 * house rule.
 */
describe("danger probe 2, fourth round", () => {
  it.each([
    "妹妹說工作跟說好的完全不一樣，被逼著去騙人，不做就沒飯吃",
    "我們已經報警了，但還是沒有他的下落",
    "阿女話公司唔准佢返香港，話簽咗合約要做夠兩年",
    "The agent told my family to send 200,000 pesos or my sister will stay there forever.",
    "他們說不給錢就永遠別想回來",
  ])("%s → emergency", getsEmergency);

  it.each([
    "老师不准我回家，要留堂",
    "医生不准他走，要住院观察",
    "公司不准我们上班时间出去抽烟",
    "pay the deposit or the landlord will never give it back",
    "不做作业就没饭吃，我妈说的",
  ])("not an emergency: %s", staysQuiet);
});
