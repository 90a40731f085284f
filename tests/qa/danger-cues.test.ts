import { describe, expect, it } from "vitest";
import { detectDanger, readDistressCues } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { ReadText } from "../../src/text/read-text.ts";

/**
 * The weak-cue route (issue 12, "Danger first, always"): a person of the writer's own, a situation abroad or under an
 * employer, and distress, read together. Composed for this route, in wording the phrase patterns did not know (each
 * got no emergency answer before it), across the styles people write in.
 */
const DANGER_IN_WEAK_CUES = [
  "我儿子在缅甸被关起来了，他们还打死了一只狗吓他",
  "They sold my daughter to another company in Cambodia",
  // Set abroad, a joke word or a film does not hide a hold.
  "我儿子在柬埔寨被关起来了，像电影里一样，他们要赎金",
  "I'm in Myanmar, they said they will kill me if I don't pay, haha I am so scared",
  "kapatid ko sa Saudi, sinasampal siya ng amo niya araw-araw, tulungan nyo po kami",
  "anak saya di Malaysia, majikan dia pukul dia hari-hari, tolong",
  "my husband went to Russia for a factory job and now they are forcing him to fight, we are terrified",
  "My mum is a helper in Qatar, her employer makes her sleep on the floor with no food, she is desperate",
  "My daughter is in a camp in Laos and said she is kept by force, please help us",
  "阿妹喺杜拜做家務，僱主唔俾佢出街，成日鬧佢，佢喊住打俾我",
  "哥哥在泰国被人强迫干活，说身上都是伤，他很害怕",
  "儿子在泰国那边被强迫做事，他说很害怕，救救他",
  "mera bhai Dubai mein hai, kafeel usko maarta hai, bahut dar raha hai, madad karo",
  "meri behen Saudi mein hai, malik ne phone le liya, ghar nahi jaane dete",
];

/**
 * Look-alikes: news, advice, a film, a friend's bad boss at home, a lost passport on a holiday, a flat battery, a
 * boss's figure of speech, a general question, a plan, someone already home, a phobia, homesickness, a game.
 */
const QUIET_LOOK_ALIKES = [
  // The phrase route reads the same everyday frames: a joke, a film, a traveller stuck by the weather.
  "我老板说再迟到就杀了我，开玩笑的啦。",
  "我哋喺曼谷機場走唔到，航班取消咗，好嬲。",
  "During lockdown in Malaysia we were stuck in our flat for two months and I was so scared of running out of food.",
  "In the movie the hero is held hostage by pirates and his family pays a ransom.",
  // A review of the route: "here" at home weighs as an employer, not as a place abroad; a job threatened, overtime
  // forced, a figure of speech, pay held as a deposit, a landlord, an overstayed visa, a cancelled flight, a phone
  // given back and a busy relative are no one held.
  "My manager here threatened to fire me if I'm late again. I'm scared of losing my job.",
  "I'm a prisoner of my own schedule here, my manager keeps adding tasks.",
  "Our employer here forces us to wear uniforms and I hate it.",
  "我們老闆這裡強迫我們加班，很累，想哭。",
  "My uncle works in Saudi, the company is holding his salary for one month as a deposit, which is normal there.",
  "My friend in Japan is crying because her boyfriend dumped her, how do I help her?",
  "我女儿在日本，房东威胁要赶她走，她很害怕，怎么办？",
  "我在马来西亚签证过期了三天，会被扣留吗？",
  "Ang kapatid ko sa Japan hindi nagrereply, busy lang siguro sa trabaho.",
  "Kami terkandas di lapangan terbang Dubai, penerbangan dibatalkan, anak saya menangis.",
  "My brother is in Saudi, his phone was taken by airport security for inspection, he got it back.",
  "News: police say 40 workers were beaten and held in a compound in Myanmar before they were rescued",
  "According to the report, victims in Cambodia were sold between companies and tortured",
  "电影里主角被关在缅甸园区被打，最后获救",
  "my friend's boss is awful, he shouts at him and doesn't pay overtime, he is scared to quit",
  "my friend's boss at the bakery hasn't paid him this month, he is scared to ask",
  "我朋友的老板很坏，经常骂他，也不发加班费，他不敢辞职",
  "I lost my passport on holiday in Bangkok and I'm scared, please help",
  "my wallet and passport were stolen in Dubai, please help me",
  "my phone died, sorry I could not reply",
  "my son's phone died in Dubai, he is asleep at the hotel",
  "手机没电了，联系不上我妈，她在楼下",
  "bhai Dubai mein hai, phone ki battery khatam, kal baat karenge",
  "the boss will kill me if I'm late again",
  "the boss will kill me if I'm late again, I'm so scared lol",
  "my boss is going to kill me, I forgot the report",
  "What should I do if my employer in Saudi doesn't pay me?",
  "how do I verify an employer in Singapore before I go?",
  "I want to go to Japan to work, is this agency legit? I'm scared of scams",
  "I came back from Cambodia last year, can I be punished for working there?",
  "我去年从柬埔寨回来了，会不会被抓？",
  "my daughter is in Japan for a holiday, she is scared of the earthquakes",
  "nasa Japan si ate ko para magbakasyon, takot siya sa lindol",
  "my son is in Australia studying, he is homesick and cries at night",
  "我儿子在日本留学，很想家，每天都哭",
  "anak saya kat Singapura, dia rindu rumah, selalu menangis",
  "I'm in Singapore for work, can you help me find a good doctor?",
  "we beat them 3-0 in Thailand last night",
];

/**
 * Look-alikes that the phrase patterns or the matcher's plea route ("please help", "cried for help") still answer with
 * the contacts: the weak-cue route itself stays quiet on each, so it adds no false alarm of its own.
 */
const QUIET_FOR_THE_ROUTE = [
  "my mother is scared of flying to Dubai, please help her book a seat",
  "the drama last night: the girl was sold to a gang in Cambodia and cried for help",
  "We advise workers in Dubai never to let an employer keep their passport",
  "Tips for families: if your son is held abroad, call the embassy first",
  "In the movie the hero is locked in a compound in Myanmar and beaten until he begs for help",
  "What happens if my employer in Dubai takes my passport?",
  "ten years ago my uncle was held in a camp in Libya, he still has nightmares",
  "our company in Cambodia is hiring, don't be afraid, we help you with visa and food",
  "my son was beaten at school by classmates, I am scared for him",
  "新闻说很多人在柬埔寨被卖被打",
  "如果我在迪拜被老板扣了护照怎么办？",
  "老板说迟到就杀了我，哈哈",
  "我们公司在柬埔寨招聘客服，包吃住，不要害怕",
];

const routeReads = (text: string): boolean => readDistressCues(ReadText.of(text).canonical).danger;

describe("weak cues together: someone in danger now gets the emergency answer first", () => {
  it.each(DANGER_IN_WEAK_CUES)("%s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
    expect(matchQuestion(text).emergency).toBe(true);
  });
});

describe("weak cues together: look-alikes get no emergency answer", () => {
  it.each(QUIET_LOOK_ALIKES)("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text).emergency).toBe(false);
  });

  it.each([...QUIET_LOOK_ALIKES, ...QUIET_FOR_THE_ROUTE])("the route itself stays quiet: %s", (text) => {
    expect(routeReads(text)).toBe(false);
  });
});

// Daily holdups and figures of speech, taken out before any route reads the message: held up at work, locked out, an
// exam that "is torture", a fake bag "sold", a pet shut in.
describe("daily holdups and figures of speech get no emergency answer", () => {
  it.each([
    "My husband in Dubai is being held up at work, he is late for our video call, I am worried.",
    "The exam here is torture, I am so scared I will fail.",
    "My sister in Korea got sold a fake bag at the market, she is crying.",
    "我老公把我锁在门外了",
    "我家猫被关在阳台了",
  ])("%s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
});

// A computer held for ransom, or a class kept in after school: no person is held, unless the message is set abroad
// or names someone of the writer's.
describe("ransomware and school detentions get no emergency answer", () => {
  it.each([
    "公司電腦中了勒索病毒，駭客要我們付比特幣贖金才解鎖，怎麼辦",
    "Our office got hit by ransomware and they want a ransom in bitcoin",
    "the teacher kept us in the room after class",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text).emergency).toBe(false);
  });

  it.each([
    "my son is held in a compound in Myawaddy and they want the ransom in bitcoin",
    "I'm locked in a room, they want bitcoin to let me go",
    "I came as an English teacher but they locked us in and took our passports, help",
  ])("a person held is still a ransom call: %s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
    expect(matchQuestion(text).emergency).toBe(true);
  });
});
