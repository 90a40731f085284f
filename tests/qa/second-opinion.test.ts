import { describe, expect, it } from "vitest";
import { NOT_OURS, type LearnedModel } from "../../src/qa/learned.ts";
import { createQaMatcher, matchQuestion, type QaMatch } from "../../src/qa/match.ts";
import { OVERRULE_THRESHOLD, WEAK_ANSWER_CONFIDENCE, withSecondOpinion } from "../../src/qa/second-opinion.ts";
import { ReadText } from "../../src/text/read-text.ts";

/** A model that is sure of one entry whatever it reads (its opinion, not its training, is under test here). */
const sureOf = (entry: string, probability: number): LearnedModel => ({
  opinion: () => ({
    topics: [
      { entry, probability },
      { entry: entry === NOT_OURS ? "offer_safety" : NOT_OURS, probability: 1 - probability },
    ],
  }),
  toJSON: () => "",
});

const answered = (answer: string, confidence: number, alternatives: string[] = []): QaMatch => ({
  answer,
  confidence,
  alternatives,
  emergency: false,
});

// Questions of the domain in each language (an offer abroad, a recruiter), so that the model may be heard at all.
const QUESTIONS = [
  "the agent in Manila wants a fee before the job in Dubai, what should I check?",
  "中介让我先交钱才能去迪拜工作，我该注意什么？",
  "仲介要我先付錢才能去杜拜工作，我該注意什麼？",
];
const weak = WEAK_ANSWER_CONFIDENCE - 0.1;
const sure = OVERRULE_THRESHOLD + 0.1;

describe("the learned second opinion on an answer the rules give weakly", () => {
  it.each(QUESTIONS)("answers with the model's surer entry and offers the rules' beside it (%s)", (text) => {
    const match = withSecondOpinion(
      answered("red_flags", weak, ["offer_safety"]),
      new ReadText(text),
      sureOf("recruitment_fee", sure),
    );
    expect(match).toMatchObject({ answer: "recruitment_fee", emergency: false });
    expect(match.alternatives[0]).toBe("red_flags");
    expect(match.alternatives).not.toContain("recruitment_fee");
    expect(match.alternatives.length).toBeLessThanOrEqual(3);
  });

  it.each(QUESTIONS)("leaves an answer the rules are sure of (%s)", (text) => {
    const rules = answered("red_flags", WEAK_ANSWER_CONFIDENCE + 0.1);
    expect(withSecondOpinion(rules, new ReadText(text), sureOf("recruitment_fee", 0.99))).toBe(rules);
  });

  it.each(QUESTIONS)("leaves a weak answer when the model is not sure enough (%s)", (text) => {
    const rules = answered("red_flags", weak);
    expect(withSecondOpinion(rules, new ReadText(text), sureOf("recruitment_fee", OVERRULE_THRESHOLD - 0.05))).toBe(
      rules,
    );
  });

  it.each(QUESTIONS)("never turns an answer into 'not ours' (%s)", (text) => {
    const rules = answered("red_flags", weak);
    expect(withSecondOpinion(rules, new ReadText(text), sureOf(NOT_OURS, 0.95))).toBe(rules);
  });

  it.each(QUESTIONS)("leaves an answer chosen by what the question asks, however weak its words (%s)", (text) => {
    const rules: QaMatch = { ...answered("whom_to_call", weak), byAsk: true };
    expect(withSecondOpinion(rules, new ReadText(text), sureOf("trapped_help", 0.99))).toBe(rules);
  });

  it("leaves an emergency answer and a question to the bot to the rules", () => {
    const read = new ReadText(QUESTIONS[0]!);
    const emergency: QaMatch = { ...answered("trapped_help", weak), emergency: true };
    expect(withSecondOpinion(emergency, read, sureOf("recruitment_fee", 0.99))).toBe(emergency);
    const bot = answered("about_bot", weak);
    expect(withSecondOpinion(bot, read, sureOf("recruitment_fee", 0.99))).toBe(bot);
  });

  // Where the rules stand down on purpose or the message is not the domain's, the model is not asked.
  it.each([
    "看完那部讲缅北园区的电影，里面打人的镜头好吓人",
    "昨天看了一部講詐騙園區的電影，裡面被打的人好可憐",
    "what is the weather like in Bangkok in March",
  ])("is not asked about %s", (text) => {
    const rules = answered("compound_life", weak);
    expect(withSecondOpinion(rules, new ReadText(text), sureOf("recruitment_fee", 0.99))).toBe(rules);
  });
});

/**
 * An emergency entry's text tells of someone in danger now; only the danger reading gives it, with the contacts card
 * first. The model never overrules a weak answer with one, and among the rules' buttons never picks the one for someone
 * held now.
 */
describe("the second opinion never picks an emergency entry", () => {
  const EMERGENCIES = ["trapped_help", "ransom", "lost_contact", "passport_taken"];
  const cases = QUESTIONS.flatMap((text) => EMERGENCIES.map((entry) => [text, entry] as const));

  it.each(cases)("leaves a weak answer to %s when the model is sure of %s", (text, entry) => {
    const rules = answered("red_flags", weak, ["offer_safety"]);
    expect(withSecondOpinion(rules, new ReadText(text), sureOf(entry, 0.99))).toBe(rules);
  });

  it.each(QUESTIONS)("leaves the buttons for %s when the model is sure of the entry for someone held", (text) => {
    const rules: QaMatch = {
      answer: null,
      confidence: 0,
      alternatives: ["trapped_help", "red_flags"],
      emergency: false,
    };
    expect(withSecondOpinion(rules, new ReadText(text), sureOf("trapped_help", 0.99))).toBe(rules);
  });

  it.each(QUESTIONS.flatMap((text) => ["passport_taken", "lost_contact", "ransom"].map((entry) => [text, entry])))(
    "answers %s with the offered %s, a matter the question may name, without the card",
    (text, entry) => {
      const rules: QaMatch = { answer: null, confidence: 0, alternatives: ["red_flags", entry!], emergency: false };
      expect(withSecondOpinion(rules, new ReadText(text), sureOf(entry!, 0.99))).toMatchObject({
        answer: entry,
        emergency: false,
      });
    },
  );

  // The shipped bot on everyday messages with a phone taken, "trapped" or "救命" (a reviewer's texts and variants): where
  // the model changes the rules' answer, it is to no emergency entry.
  const rules = createQaMatcher();
  it.each([
    "My parents took my phone away because my grades were bad and they won't let me go out with my friends this weekend, I feel trapped at home and I don't know how to talk to them about it",
    "my mom took my phone because I was gaming all night and grounded me for the weekend, I feel like a prisoner in my own room, how do I talk to her",
    "救命啊，我被困在电梯里了，已经半个小时了，手机快没电了，物业电话打不通，好害怕，该怎么办",
    "我爸妈因为我考试没考好把我手机没收了，周末也不让我出门，心里很憋屈，怎么跟他们沟通",
    "救命，我被困在電梯裡了，已經半小時了，手機快沒電了，管理室電話打不通，好害怕，該怎麼辦？",
    "爸媽因為我成績不好把我的手機收走了，週末也不准我出門，心裡很悶，該怎麼跟他們溝通？",
    "阿媽因為我打機收咗我部電話，又唔准我週末出街，我覺得自己好似俾人困住咗",
  ])("changes no answer to an emergency entry for %s", (text) => {
    const match = matchQuestion(text);
    expect(match.emergency).toBe(false);
    if (match.answer !== rules.match(new ReadText(text)).answer) expect(EMERGENCIES).not.toContain(match.answer);
  });
});
