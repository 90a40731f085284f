import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { DANGER_PROBE, QUIET_PROBE } from "./danger-probe.ts";

/** What the user sees first: the emergency answer, or not. */
function getsEmergency(text: string): void {
  expect(matchQuestion(text).emergency).toBe(true);
}
function staysQuiet(text: string): void {
  expect(matchQuestion(text).emergency).toBe(false);
}

describe("danger probe: every message saying someone is in danger gets the emergency answer first", () => {
  it.each(DANGER_PROBE)("[%s] %s → emergency", (_style, text) => getsEmergency(text));
});

/**
 * Three probe messages once reached the emergency answer only because an emergency entry ranked first on their words,
 * and lost it when keywords of several words began to count only whole (93e5216). The danger check itself must read
 * every one, so that a change of ranking cannot take the contacts away.
 */
describe("danger probe: the danger check itself reads every message, not only the ranking", () => {
  it.each(DANGER_PROBE)("[%s] %s → danger", (_style, text) => {
    expect(detectDanger(text).danger).toBe(true);
  });
});

describe("danger probe: everyday messages and near misses stay quiet", () => {
  it.each(QUIET_PROBE)("[%s] %s → not an emergency", (_style, text) => staysQuiet(text));
});

/**
 * The general causes behind the probe's misses, each in other words than the probe's, with the everyday message that
 * shares its words and stays quiet.
 */
describe("danger probe: each cause it found, in other words", () => {
  it.each([
    // a negation typed without its apostrophe
    "my brother cant leave the compound, they took his phone",
    "we cant contact our daughter since she went to laos",
    "they dont let us go out, the guards watch us",
    // held against one's will; a picture of someone tied up; Singlish "kena lock up" where someone is held
    "my niece has been kept against her will in a building in Poipet",
    "they sent us a photo of my cousin chained and asked us to pay",
    "my husband kena lock up by the boss in myawaddy",
    // shocked or beaten with a weapon; Hinglish "usko peeta"
    "the manager zapped him with a stun gun because he missed his target",
    "they beat my friend with batons when he refused to scam",
    "usko roz peeta jata hai, wo Cambodia mein hai",
    // a threat to the family; to runaways
    "they will hurt my parents if i try to escape",
    "agar bhaage toh maar denge, bhai Laos mein hai",
    "逃跑的人被抓回去就关小黑屋，我男朋友在那边",
    // money, or else; pay, then they release someone
    "2 lakh bhejo warna beti ko nahi chhodenge",
    "paise do tabhi wapas ja sakte ho, boss bolta hai",
    "pay 5000 usd then they will release my son",
    // not home until a debt is paid
    "hindi kami makakaalis hangga't hindi namin nababayaran ang utang sa agency",
    // silence since the last message, where someone may be held
    "去了缅甸之后就再也没消息了，我弟弟",
    "女儿在柬埔寨已读不回三天了",
    "my son is in cambodia, last message was a week ago and then nothing",
    "my sister works in Dubai, no news at all for 3 weeks",
    "kuya went to cambodia, wala pa rin balita",
    "adik aku pergi Kemboja, dah 2 minggu tak ada khabar",
    // "人在…": the one there, named without a pronoun
    "人还在妙瓦底，出不去",
  ])("%s → emergency", getsEmergency);

  it.each([
    "I'm tied up in meetings all day, can't call",
    "he shocked me with his news",
    "can I carry a taser when I travel to Thailand?",
    "my son beat a guy at chess today",
    "my bike kena lock up by the management",
    "my bro kena lock up by police for drink driving",
    "hindi ako makakaalis sa ospital hangga't hindi nababayaran ang bill",
    "pay the parking fine then they release my car",
    "pay the bill then they release him from the hospital",
    "男友在泰国出差已读不回",
    "no one answers the embassy phone, I need my visa",
    "my message to mum is one tick only, she's at home",
    "the boss won't let us leave until 10pm, so much OT",
    "wala pa ring balita sa visa ni ate",
    "my passport is with the agency for visa processing, is that normal?",
    "很多人在柬埔寨被骗",
  ])("not an emergency: %s", staysQuiet);

  it("a passport taken 'for visa processing' and never given back is still a passport taken", () => {
    getsEmergency("they took my passport for visa processing and never gave it back, I'm in Dubai");
  });
});

/**
 * A second probe written after the first round of fixes, to see whether they generalised: 17 of 20 routed and 8 of 10
 * quiet before the fixes below it (Taglish "hindi na raw siya pinapayagang umuwi", Hinglish "phone 10 din se band hai",
 * 没有他的消息, a team "beaten 4-1", a bank's customer service that cannot be reached).
 */
describe("danger probe, second round", () => {
  it.each([
    "my cousin says the company in Myawaddy took everyone's phones and beats whoever talks back",
    "ate ko sa Cambodia, hindi na raw siya pinapayagang umuwi ng amo niya",
    "bro my friend from JB kena trap in cambodia, the boss want rm50k then let him go",
    "beta ka phone 10 din se band hai, Myanmar gaya tha",
    "我哥在老挝那边，公司不让走，说要赔十万",
    "老婆在柬埔寨被打了，还不给吃饭",
    "阿妹喺西港俾人禁住，佢哋要我哋過數先放人",
    "我老公在緬甸被賣了，現在聯絡不到",
    "hubby in saudi, sponsor keeps his iqama and no salary 5 months",
    "they told my son if he runs they will shoot him",
    "anak saya kena kurung di Myanmar, bos minta duit tebusan",
    "pinsan ko binubugbog ng boss nila sa Laos",
    "my daughter is being forced to scam people in cambodia and they hit her",
    "mum pls help they locked me in the dorm and my passport is gone with the boss",
    "dad hasnt replied in 9 days, he flew to phnom penh for a casino job",
    "他们把我卖给另一个公司了，新老板说我欠他二十万",
    "哥哥在妙瓦底，家裡已經一個月沒有他的消息",
    "my brother's boss in thailand beat him and took his passport",
    "mere bhai ko band kamre mein rakha hai, Laos mein",
    "my sister called from a strange number, said she is in myanmar and cannot leave",
  ])("%s → emergency", getsEmergency);

  it.each([
    "my son is studying in Bangkok and calls every Sunday",
    "how to renew passport at embassy in Phnom Penh",
    "my boss keeps me late every day, no OT pay",
    "lost my wallet in KL, how to report",
    "our team got beaten 4-1 in the final",
    "can't reach customer service of my bank",
    "My friend says she got a job offer in Cambodia, 3000 usd for typing, legit?",
    "老公出差去泰国三天，今晚回来",
    "妈妈住院要交押金两万",
    "kuya is working in Dubai, he sends money every month",
  ])("not an emergency: %s", staysQuiet);
});
