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
