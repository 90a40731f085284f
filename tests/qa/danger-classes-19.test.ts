import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Classes of wording the danger reader missed (issue 12, session 19), each in our own words in English (Singlish and
 * Taglish too), Simplified Chinese and Traditional Chinese (Taiwan usage, Cantonese), written before the fix: captors'
 * acts told with a bare "they"/"we", a passport copied and then kept, a hotel or a boss who refuses it back.
 */
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe("starved for a missed target: a captor's rule, told by the ones it is done to", () => {
  it.each([
    "We were denied food whenever we failed to deliver",
    "They deprive us of sleep when we miss the quota",
    "we get no food if we don't make sales one",
    "如果完不成业绩,他们就不给我们饭吃",
    "要是我們沒達標,他們就不給我們吃飯",
    "如果做唔到數,佢哋就唔俾我哋食飯",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "We get no bonus if we don't make sales",
    "If we miss the target this month the manager cuts our commission",
    "如果完不成业绩,就没有奖金",
    "要是沒達標,這個月就沒有獎金",
    "如果你不听话,妈妈就不给你买玩具",
  ])("an everyday target or a parent's rule stays quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("bound or shut in by someone named between 被 and the verb", () => {
  it.each([
    "My sister is chained in the dormitory, please help",
    "naka posas ako dito, tulungan nyo po ako",
    "我被铐在床上,求救",
    "他被雇主软禁在山上,半年没拿到工资",
    "一名外劳被雇主软禁在果园里",
    "阿弟被公司老闆囚禁喺宿舍",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "He was handcuffed by the police at the airport",
    "I'm tied up with meetings all day, will call you later",
    "绑定银行卡以后才能提现",
  ])("an arrest, an idiom or an account stays quiet: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("a passport copied and then kept is kept", () => {
  it.each([
    "公司复印了我的护照然后就扣着不还",
    "雇主只给我护照复印件,正本一直不肯还",
    "仲介影印了我的護照之後就扣著不還",
    "They made a copy of my passport and kept the original",
    "boss photocopied my passport then refuse to give back lah",
  ])("%s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "passport" });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    "公司复印了我的护照然后还给我了",
    "酒店前台复印了护照",
    "They made a copy of my passport for the visa application",
    "Please send a scan of your passport and keep the original with you",
  ])("a copy alone is paperwork: %s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
});

describe("a hotel, a landlord or a boss who refuses the passport back holds it", () => {
  it.each([
    "旅馆老板不肯还我护照",
    "民宿老闆不願意還我護照,說要多付錢",
    "老板拒绝归还我的护照",
    "the hotel owner refuses to give my passport back",
    "guesthouse uncle refuse to return my passport until I pay more",
  ])("%s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "passport" });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    "The hotel kept my passport at check-in and gave it back the next day",
    "酒店入住时押了护照,退房时就还给我了",
  ])("kept for the stay and given back: %s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
});

describe("beaten for refusing: a captor's rule, whoever tells it", () => {
  it.each([
    "if we refuse to scam, they beat us with sticks",
    "refuse lah, kena beat by the boss",
    "他们逼我们做刷单,如果拒绝,换来的就是一顿毒打",
    "公司強迫我們打電話騙人,不肯就挨打",
    "佢哋逼我哋傾偈呃人,反抗就俾人打一顿",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "if we refuse to do overtime the manager shouts at us",
    "如果拒绝加班,经理就骂人",
    "孩子不肯写作业,我说了他几句",
    "他拒绝了我的邀请,我有点难过",
  ])("a refusal with no beating stays quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("kept from sleep or from going out, told in other words", () => {
  it.each([
    "我们被罚款,没完成任务就不让睡觉",
    "他們沒完成指標就不讓我們睡覺",
    "They deprive us of sleep until the quota is done",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "考试周妈妈不让我睡懒觉",
    "宝宝晚上不让我睡觉,好累",
    "my baby won't let me sleep at night",
    "the neighbours won't let us sleep with their party",
  ])("a parent's tiredness stays quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("punished for trying to escape: a captor's act, told of 'the ones' or 'anyone'", () => {
  it.each([
    "They electrocuted the ones who tried to run",
    "the guards whipped two boys who tried to flee last night",
    "想逃跑的人都被电棍电",
    "試圖逃走的人會被打到頭破血流",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "he tried to run but slipped and broke his leg",
    "the thief tried to run away and was caught by the shop owner",
    "小偷想逃跑,被保安抓住了",
  ])("a fall or a thief caught stays quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("a missing person's appeal about someone of one's own", () => {
  it.each([
    "我女儿叫小芳,20岁,广西人,去年去了柬埔寨……有人见过她吗?",
    "有人見過我弟弟嗎?他去泰國工作之後就沒消息了",
    "Has anyone seen my brother? He flew to Bangkok for a call-centre job in March",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "有人见过我儿子的书包吗",
    "has anyone seen my keys",
    "Has anyone seen my son today? he is probably at the mall with friends",
    "有人見過我老公嗎?他說去樓下買煙",
  ])("a thing, or someone out for the day, stays quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("SIM cards taken and a debt for the trip's costs: a captor's hold", () => {
  it.each([
    "They confiscated our SIM cards on the first day",
    "第一天他们就把我们的电话卡收了",
    "佢哋第一日就收咗我哋啲電話卡",
    "老板说我们欠他八千美金的机票和饭钱,还清才能走",
    "老闆說我們欠他機票錢和伙食費",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each(["my mum confiscated my sim card because of my grades", "我欠他两百块饭钱,下周还", "我欠同學的機票錢還沒還"])(
    "a parent's rule or a friend's loan stays quiet: %s",
    (text) => {
      expect(routed(text)).toBe(false);
    },
  );
});
