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
