import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

describe("a message that is only a call for help gets the emergency answer, never 'not what JobSafe covers'", () => {
  it.each([
    "help!!",
    "i need help pls",
    "we need help",
    "Need urgent help",
    "求助",
    "帮助",
    "我需要帮助",
    "帮帮我们吧",
    "幫幫我！",
    "tolong saya",
    "saklolo po",
    "madad karo",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.outOfScope).toBeFalsy();
    expect(match.emergency).toBe(true);
  });

  it.each(["I need help with my resume", "help with my student visa please", "need help finding a job in Dubai"])(
    "a favour asked is not a call for help: %s",
    (text) => {
      expect(matchQuestion(text).emergency).toBe(false);
    },
  );
});

describe("a help desk is a job, not a plea", () => {
  it.each([
    "help desk job in Cambodia, 1500 USD",
    "IT help-desk role in Phnom Penh, is it legit?",
    "they offer my cousin a helpline agent job in Laos",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.emergency).toBe(false);
    expect(match.answer).not.toBe("trapped_help");
  });
});
