/**
 * Probe 7 (tests/qa/probe-7, composed 2026-12-07 before it was run): questions in the three languages and the users'
 * styles about every topic, and neighbouring questions (working holidays, student visas, delivery-rider deposits,
 * travel, rent). Scored once blind (58 of 64 right, 24 of 24 off-topic quiet); the misses that were the matcher's were
 * fixed by cause, the rest are the danger check's (a return question read as someone held).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

interface ProbeQuestion {
  id: string;
  text: string;
  expected?: string;
}

const read = (name: string): ProbeQuestion[] =>
  JSON.parse(readFileSync(new URL(`./probe-7/${name}.json`, import.meta.url), "utf8")) as ProbeQuestion[];
const topics = JSON.parse(readFileSync(new URL("../fixtures/qa-topics.json", import.meta.url), "utf8")) as Record<
  string,
  string[]
>;

describe("probe 7: paraphrases nobody tuned on", () => {
  it("answers nine in ten in-scope questions with an entry of their topic", () => {
    const questions = read("questions");
    const right = questions.filter((question) => {
      const answer = matchQuestion(question.text).answer;
      return answer !== null && topics[question.expected!]!.includes(answer);
    });
    expect(right.length / questions.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(read("offtopic").map((question) => question.text))("gives no scam content to: %s", (text) => {
    const answer = matchQuestion(text).answer;
    expect(answer === null || answer === "about_bot").toBe(true);
  });
});

describe("words jieba's dictionary lacked name their topic", () => {
  it.each([
    // 不想暴露 and 不留名 say "anonymously" as 匿名 does; 微信 is one word, not 微 + 信
    ["有个微信群天天发去海外高薪的招聘 我想举报但不想暴露自己", "report_recruiter"],
    ["想檢舉這個仲介 可以不留名嗎", "report_recruiter"],
    ["can I report the agent confidentially", "report_recruiter"],
    // 接机 (picked up at the airport) is the employer's paid journey
    ["他們說會派人接機 這樣正常嗎", "paid_travel"],
    // 仲介 is Taiwan's agent, and the fee it asks first is what the recruitment-fee answer weighs
    ["仲介說去日本工作要先付仲介費，合理嗎", "recruitment_fee"],
  ])("%s → %s", (text, entry) => {
    expect(matchQuestion(text).answer).toBe(entry);
  });
});
