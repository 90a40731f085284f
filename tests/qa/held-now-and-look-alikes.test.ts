import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

const getsEmergency = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

/** Classes an independent review found wrong (our own wordings of each class, three languages and code-mixed). */
describe("held now with no place named, or a vague one, is danger", () => {
  it.each([
    "they are keeping me here against my will and I don't know where this is, please help",
    "i am being held against my will, cannot tell you the place, what should i do",
    "有人把我关起来了 不知道这是哪里 怎么办",
    "我被人關住了 不能說在哪 該怎麼辦",
    "kinulong nila ako dito, di ko alam kung saan, tulong",
    "a man is keeping us against our will, i can't tell where we are, what now",
    "somebody is holding my sister against her will, she couldn't say where",
  ])("%s", (text) => {
    expect(getsEmergency(text)).toBe(true);
  });
});

describe("a minor brought across a border and told they work for them now is danger", () => {
  it.each([
    "they took me across from laos and now say i have to work for them, i'm 15, i want to go home",
    "i am 16 they brought me over the border and say i belong to them now, i miss my dad",
    "他们把我从越南带过来 说我现在要给他们干活 我想回家找妈妈",
    "some men took me here from cambodia and now they say i work for them, i want my dad",
    "he brought us over from laos, says we are working for him now",
    "他們把我從寮國帶過來 說我要幫他們工作 我才16歲",
  ])("%s", (text) => {
    expect(getsEmergency(text)).toBe(true);
  });
});

describe("hiding from the ones holding you is danger", () => {
  it.each([
    "i'm hiding in the storeroom, they are looking for me",
    "hiding under a bed right now the guards are searching for us",
    "我躲在仓库里 他们到处找我",
    "我而家匿喺廁所 佢哋周圍搵我",
  ])("%s", (text) => {
    expect(getsEmergency(text)).toBe(true);
  });
});

describe("release only by recruiting replacements is danger", () => {
  it.each([
    "the manager says i can go only if i bring 3 new people to replace me",
    "they said I'm free to leave once I recruit two workers in my place",
    "老板说要我拉两个人进来顶替才放我走",
    "老闆說我要找三個新人來才可以離開",
  ])("%s", (text) => {
    expect(getsEmergency(text)).toBe(true);
  });
});

describe("armed guards and asking how to get out is danger", () => {
  it.each([
    "guards with guns at every gate, about 100 of us inside, how can we escape",
    "the guards carry rifles. there are many of us. how do we get out of here",
    "门口有拿枪的保安 我们几十个人 怎么才能出去",
    "門口守衛都有槍 我們怎樣逃出去",
  ])("%s", (text) => {
    expect(getsEmergency(text)).toBe(true);
  });
});

describe("the everyday neighbours of these holds stay quiet", () => {
  it.each([
    "playing hide and seek with my nephew, i'm hiding in the closet and they're looking for me",
    "我们在玩捉迷藏 我躲在柜子里 他们在找我",
    "my boss says I can only quit once I find a replacement for my shift",
    "i can only leave early tonight if i find two new people to cover the shift",
    "找到两个人替班我才可以早点走",
    "the bank has armed guards at the door, how do I get out of my loan contract?",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text).emergency).toBe(false);
  });
});
describe("no emergency card for what is not someone in danger now", () => {
  it.each([
    // A finished news event asked about.
    "were the workers from that myawaddy compound ever freed? i read about it in the paper last year",
    "去年新闻说的那个园区的人后来救出来了吗",
    "were those people in the shwe kokko raid last year ever rescued? i saw it on the news",
    "did the police ever free the workers from that compound in poipet? it was on the news in march",
    // A hypothetical asked before signing.
    "if a company in qatar kept my passport what could i do legally? i haven't signed yet",
    "假如迪拜的雇主扣我护照 法律上会怎样 我还没签合同",
    // A parent keeps a minor's passport.
    "我阿爸收埋咗我本護照 因為我未成年",
    "mummy ne mera passport rakh liya kyunki main 17 ka hoon",
    // Silence with an everyday reason.
    "my son is doing his national service and they take their phones, haven't heard from him in a week",
    "my cousin is in military service, they take his phone so he can't reply for days",
    "my aunt isn't answering, her phone is probably dead again",
    "媽媽部手機成日冇電 兩日都搵唔到佢",
    // Fiction and games.
    "escape room idea: players are held captive in a scam compound, what clues should they find?",
    "我在写小说 主角被骗到缅甸园区 他应该怎么逃出来",
  ])("%s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("the same words stay danger when the reason given is no everyday one", () => {
  it.each([
    "my son was sent to fight for the russian army and we haven't heard from him in weeks",
    "the employer in dubai kept my passport after i signed, they won't give it back",
    "if you can read this, they kept my passport and i can't leave the compound",
    "my brother's phone is dead and he is locked in a compound in myawaddy",
  ])("%s", (text) => {
    expect(getsEmergency(text)).toBe(true);
  });
});
