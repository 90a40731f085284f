import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Reports about other people, in the words of news, courts and NGOs, written for this test (not taken from the eval
 * sets): pasted without a question, they ask nothing, so none gets a scam answer or the emergency card; at most the
 * nearest topics as buttons (issue 12: look-alikes such as news about victims). A report that names a danger signal
 * (a passport taken, a ransom) is the danger reader's to route (danger.ts), and is left out here.
 */
const REPORTS = [
  "Workers who missed their daily targets were beaten and sold on to other companies, the court heard and the verdict said.",
  "According to prosecutors, the traffickers moved the victims across the river at night to a compound.",
  "Several survivors testified that those who refused to scam were locked in dark rooms for days.",
  "The report found that many of them had been promised office jobs in Bangkok.",
  "据报道，被骗人员中有的每天工作十六个小时，有的完不成业绩被罚站。",
  "法院判决认定，未完成业绩的受害者遭到殴打并被关押。",
  "據報導，部分受害者每天要用十支手機和人聊天，業績不好就被罰。",
  "法院裁定，人蛇集團以高薪為餌，把受害人帶到緬甸園區。",
];

/** The same topics asked by someone who needs the answer: still answered. */
const QUESTIONS = [
  "Is it true that people who miss their targets in the compounds get sold to other companies?",
  "我弟弟说没完成业绩会被转卖，这是真的吗？",
];

describe("reports about others", () => {
  it.each(REPORTS)("gives no answer and no emergency card: %s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBeNull();
    expect(match.emergency).toBe(false);
  });

  it.each(QUESTIONS)("a question on the same topic is still answered: %s", (text) => {
    expect(matchQuestion(text).answer).not.toBeNull();
  });
});

/** Films, books, essays and research on the topic, in our own words: the nearest topics at most, never an answer. */
const ABOUT_MEDIA = [
  "the documentary about scam compounds on Netflix, is it worth watching?",
  "I'm writing a school essay about human trafficking, where can I find statistics?",
  "有没有关于缅北诈骗园区的电影推荐",
  "寫論文需要人口販運的統計數據",
];

describe("questions about films, books and essays on the topic", () => {
  it.each(ABOUT_MEDIA)("give no answer and no emergency card: %s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBeNull();
    expect(match.emergency).toBe(false);
  });

  it("a film named by someone whose brother is leaving is still the family's question", () => {
    const match = matchQuestion(
      "my brother saw a film about scam compounds and still wants to go to Cambodia, how do I stop him",
    );
    expect([match.answer, ...match.alternatives]).toContain("friend_leaving");
  });
});

/**
 * News of people coming home, found or freed, in news register (issue 12), written for this test: officials quoted, a
 * count of people, an anonymised name (男子张某), "were found and brought home". No danger signal, no question, no
 * writer: no scam answer. A relative's own message about the same events (a brother, 他 with no attribution) keeps
 * its answer.
 */
const NEWS_OF_RETURNS = [
  "Eleven men have come back to Kenya this month after the embassy stepped in, officials said.",
  "The foreign ministry said it had brought home 45 citizens from the border region since January.",
  "Nine nationals were found and repatriated from a resort town on Friday.",
  "Dozens of workers have returned to Manila so far this year, a spokesperson confirmed.",
  "江苏男子张某轻信网上高薪招聘，独自前往柬埔寨，后在当地警方帮助下回国。",
  "女子李某某经网友介绍出国务工，半年后才由家属接回。",
  "台中男子陳某受高薪吸引前往泰國，最後在外交部協助下返台。",
  "近日，多名江西籍青年应聘海外客服岗位前往泰国，目前已全部平安回国。",
  "日前，一名广西青年经老乡介绍去迪拜工作，三个月后返回家乡。",
  "日前，三名高雄青年應徵海外工作前往柬埔寨，上週已全部返台。",
  "Local media reported that a group of Filipino workers flew home from Dubai last week.",
];

const RELATIVES_ASKING = [
  "brother went to cambodia for a job and now we cant reach him",
  "弟弟去柬埔寨打工，现在联系不上怎么办",
  "my cousin came back from myanmar last week, will the police arrest him",
];

describe("news of people coming home", () => {
  it.each(NEWS_OF_RETURNS)("gives no scam answer and no emergency card: %s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBeNull();
    expect(match.emergency).toBe(false);
  });

  it.each(RELATIVES_ASKING)("a relative's own message is still answered: %s", (text) => {
    expect(matchQuestion(text).answer).not.toBeNull();
  });
});
