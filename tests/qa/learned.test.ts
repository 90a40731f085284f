import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { trainedModelJson } from "../../src/cli/train-learned.ts";
import { LEARNED_MODEL_FILE } from "../../src/qa/learned.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/** The learned second opinion (src/qa/second-opinion.ts), in wordings written for this test. */
describe("the learned second opinion", () => {
  it("is the model `npm run train` makes of the current data (run it after changing samples or dev data)", () => {
    expect(readFileSync(LEARNED_MODEL_FILE, "utf8")).toBe(trainedModelJson());
  }, 60_000);

  // Whether an employer may collect passports, asked in words the rules only narrow down to buttons: the model picks
  // the passport entry among them, and no emergency card comes with a question about the rule.
  it.each([
    "is it legal for the company to ask staff to hand in passports",
    "employer asking all of us to hand over passports, legal or not",
    "our company wants everyone's passport in the office, allowed?",
    "can a company legally collect the passports of its staff",
    "公司叫员工交出护照，法律允许吗",
    "雇主叫员工把护照交出来，法律上可以吗",
    "公司叫員工交出護照，法律允許嗎",
    "老闆叫大家把護照交出來，法律准不准",
  ])("answers %s with the passport entry, without the emergency card", (text) => {
    expect(matchQuestion(text)).toMatchObject({ answer: "passport_taken", emergency: false });
  });

  // The rules keep priority: what they answer themselves is not second-guessed.
  it.each([
    ["公司统一收走大家的护照，这样可以吗", "passport_taken"],
    ["園區裡面業績沒達到會被怎樣處罰", "compound_life"],
    ["how can i check an agency licence number", "verify_employer"],
    ["他從那邊回來以後，有沒有什麼機構可以陪伴他", "after_return"],
  ])("leaves the rules' own answer to %s", (text, entry) => {
    expect(matchQuestion(text).answer).toBe(entry);
  });

  // Everyday look-alikes that share the words of being held: no emergency answer, and no entry where the rules stand
  // down on purpose (a film, a game, news about others).
  it.each([
    "so much homework, feel trapped at my desk all weekend",
    "we got locked in the escape room for an hour lol, best team night",
    "期末考压力好大，感觉被困住了，爸妈不让我出门",
    "看完那部讲缅北园区的电影，里面打人的镜头好吓人",
    "期末考壓力好大，覺得被困住，爸媽都不讓我出門",
    "昨天看了一部講詐騙園區的電影，裡面被打的人好可憐",
  ])("gives %s no emergency answer", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
  it.each(["看完那部讲缅北园区的电影，里面打人的镜头好吓人", "昨天看了一部講詐騙園區的電影，裡面被打的人好可憐"])(
    "answers nothing about a film on the compounds (%s)",
    (text) => {
      expect(matchQuestion(text).answer).toBeNull();
    },
  );
});
