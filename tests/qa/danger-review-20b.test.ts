import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Faults an independent review found in session 20's new danger classes, each class in our own words in English,
 * Simplified Chinese and Traditional Chinese (Taiwan and Hong Kong usage), look-alikes beside the cases that must still
 * get the emergency answer.
 */
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe("held by the police or a court at home is no captor's hold; held in a compound or abroad still is", () => {
  it.each([
    "张某被关在看守所，因为诈骗被抓",
    "小陈因为涉嫌诈骗被刑拘了，现在关在拘留所",
    "李某被關在看守所，因為詐騙被抓。",
    "陳先生因為酒駕被關在拘留所兩天",
    "My brother is in police custody after being arrested for fraud",
    "Mr Zhang was locked up at the police station, arrested for theft",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "小陈被关在缅甸的园区，出不来",
    "张某被关在柬埔寨一个园区里，每天被打",
    "陳先生被關在妙瓦底的園區，護照被收走了",
    "My friend Zhang is locked up in a scam compound in Cambodia and cannot leave",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("news about many taken into a foreign army is no one of the writer's", () => {
  it.each([
    "I read that many Nepalis were recruited into the Russian army after job offers",
    "I saw on the news that hundreds of Indians were sent to the front after fake job offers in Russia",
    "新闻说很多尼泊尔人应聘工作后被送去俄罗斯军队上前线",
    "我看到報導說很多印度人應徵工作後被送去俄羅斯前線打仗",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "my son was recruited into the Russian army after a job offer",
    "I read that many Nepalis were recruited into the Russian army, my son is one of them, he went for a job",
    "我儿子找工作被中介送去俄罗斯军队上前线了",
    "我弟弟去俄羅斯打工，被迫簽了從軍合約，已經被派到前線",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("serving one's own country's army is no foreign army reached through a job", () => {
  it.each([
    "My son joined the army and was sent to the front with Ukraine's territorial defence",
    "My brother enlisted in the Ukrainian army last year and was deployed to the front line",
    "我儿子参加了乌克兰国土防卫部队，被派到前线",
    "我哥哥加入烏克蘭軍隊，已經被派到前線",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "my brother took a security job in Russia through an agent and was sent to the front",
    "the recruiter promised my son a driver job but he was sent to fight for the Russian army",
    "我儿子说是去俄罗斯当保安，结果被逼签了合同，送上了前线",
    "個仔話去俄羅斯做工，點知俾人送咗去前線打仗",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("hungry and wanting to come home needs a hold or a job abroad beside it", () => {
  it.each([
    "My son texted he is hungry and wants to come back home",
    "I'm starving, I want to go home",
    "我儿子发信息说他很饿，想回家",
    "女兒說宿舍的飯很難吃，好餓，想回家",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "My son texted he is hungry and wants to come back home, the agency keeps his passport",
    "My son is hungry and wants to come back home but they won't let him leave the compound",
    "我儿子说他很饿，想回国，中介不让他走",
    "我兒子說他很餓，想回家，護照被公司扣了",
    "we are starving and exhausted here, we just want to come back home",
    "we are hungry and scared, we only want to come back home",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("caught and taken back into the compound after an escape", () => {
  it.each([
    "我弟弟逃出去又被抓回园区了，怎么办",
    "My brother escaped but was caught and taken back to the compound",
    "我弟弟逃出來又被抓回園區了，怎麼辦",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it.each([
    "我的猫跑出去又被抓回来了",
    "Our dog escaped but was caught and taken back home by a neighbour",
    "小偷逃跑後又被警察抓回來了",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });
});

describe("asking about punishment on return while still held: the held card and the return answer beside it", () => {
  it.each([
    "My brother is still in a compound in Cambodia, will he be arrested when he comes home?",
    "我弟弟还在柬埔寨园区，他回国会不会被抓？",
    "我弟弟還在柬埔寨園區，他回台灣會不會被抓？",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.emergency).toBe(true);
    expect(match.alternatives).toContain("return_punished");
  });
});

describe("asked whether someone made to scam will be punished when they come home: the return answer, no emergency", () => {
  it.each([
    "If my husband was made to scam people abroad, will he be charged when he comes home?",
    "My cousin was forced to work in a scam centre, will he be arrested when he comes home?",
    "我表哥被逼在园区做诈骗，他回来会不会被抓？",
    "我表哥被逼在園區做詐騙，他回台灣會不會被抓？",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.emergency).toBe(false);
    expect(match.answer).toBe("return_punished");
  });
});
