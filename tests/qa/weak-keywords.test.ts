import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";
import { termsOf } from "../../src/qa/match.ts";

/**
 * A keyword of several words that shrinks to one everyday word once its function words go ("get out" → "out", "home
 * now" → "home", "let him go" → "let", "who handles" → "handle") must not name its topic on that word alone (issue 12,
 * lead 1); the topic still comes from the words together. Wordings written for this test.
 */
describe("keywords that shrink to one everyday word", () => {
  it.each(["get out", "home now", "let him go", "who handles", "which number"])(
    "%s carries no keyword weight",
    (kw) => {
      expect(termsOf(kw, "keywords")).toEqual([]);
    },
  );

  it.each(["stopped answering", "came home", "fly home", "stop my brother"])("%s is a phrase of two words", (kw) => {
    expect(termsOf(kw, "keywords")).toHaveLength(1);
    expect(termsOf(kw, "keywords")[0]).toContain("+");
  });

  it.each([
    "what time do you get out of class today?",
    "home now, let's talk tomorrow",
    "let him go to the party or not?",
    "我到家了，明天再聊",
    "我回到家了，晚點再聊。",
  ])("everyday words get no scam answer: %s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBeNull();
    expect(match.emergency).toBe(false);
  });

  it.each([
    ["my son went to Dubai for a job and stopped answering my calls", "lost_contact"],
    ["儿子去迪拜工作以后就不回消息了", "lost_contact"],
    ["兒子去杜拜工作後就不回訊息了，怎麼辦？", "lost_contact"],
    ["my brother came home from the compound and won't talk to anyone, how can we help him?", "after_return"],
    ["哥哥从园区回来以后一句话都不说，我们怎么帮他？", "after_return"],
    ["哥哥從園區回來之後都不講話，家人能怎麼幫他？", "after_return"],
  ])("the words together still name the topic: %s", (text, entry) => {
    const match = matchQuestion(text);
    expect([match.answer, ...match.alternatives]).toContain(entry);
  });
});
