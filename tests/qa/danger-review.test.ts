import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * A review of the day's danger changes: everyday frames (leave for a holiday, a family's rule) must not hide a hold
 * named in the same message, and the day's new held and harmed patterns must not fire on ordinary life.
 */
const routed = (text: string): void => {
  expect(detectDanger(text).danger).toBe(true);
  expect(matchQuestion(text).emergency).toBe(true);
};
const quiet = (text: string): void => {
  expect(detectDanger(text).danger).toBe(false);
  expect(matchQuestion(text).emergency).toBe(false);
};

// No leave for a holiday is an everyday reason only for not getting home; a lock, a guard, a debt or a threat is a hold.
describe("a hold named with leave, a holiday or a contract is danger", () => {
  it.each([
    "My sister went for a holiday job and now they lock her in and won't let her leave",
    "They won't let me go home, the boss says I can leave only after I pay back 5000",
    "My daughter is locked in a room by her employer, she has no leave until her contract ends",
    "The company won't let my son leave, he is locked in the dorm since Christmas",
    "老板不让我们离开，要做到合同结束，过年也不准回家，门口有人看着",
  ])("%s", routed);
});

describe("no leave for a holiday stays quiet", () => {
  it.each(["can't come home for Eid because of my work contract in Qatar", "hindi ako makauwi kasi walang leave"])(
    "%s",
    quiet,
  );
});

// A family's rule is the family's own say; a captor named in the clause ("他们抓了…") is a hold.
describe("a family named beside a captor is danger", () => {
  it.each(["他们抓了我妈妈不让她回家，要我们给钱", "我老公被他们关起来了，家里不让报警"])("%s", routed);
});

// Organs taken by captors, or threatened to be; a doctor's operation is not.
describe("organs: captors' threat, not surgery", () => {
  it.each(["The doctor removed my kidney stone yesterday", "doctors took his kidney out in 2019"])("%s", quiet);
  it.each(["They said they will sell his kidneys if we don't pay"])("%s", routed);
});

// Cold water poured on people is a punishment where they work or are held; at a festival it is play.
describe("water poured: punishment at work, not a festival", () => {
  it.each(["At Songkran the kids poured cold water on us, so fun"])("%s", quiet);
});

// No daylight for weeks is a hold told by its walls, not exam season.
describe("no daylight: not exam season", () => {
  it.each(["I haven't seen daylight in weeks, exam season is brutal", "复习考试两个星期没见过太阳了"])("%s", quiet);
});

// Watched or phones checked: captors where someone is held, not compliance at work or strict parents.
describe("watched: not compliance or strict parents", () => {
  it.each([
    "The company monitors our chats on work laptops for compliance",
    "They check my phone every day, my parents are so strict",
  ])("%s", quiet);
});

// Armed guards and locked doors: a hold when people are locked in, not an office's or a mall's closing time.
describe("armed guards: not a building's closing time", () => {
  it.each([
    "Our office building has armed guards and we lock the doors at 6pm",
    "Guards with guns at the mall now, they lock the gates at 10",
  ])("%s", quiet);
  it.each(["there are armed guards outside and they lock us in every night"])("%s", routed);
});

// Shut in a room as a punishment, not for hours of forms.
describe("shut in a room: a punishment, not a waiting room", () => {
  it.each(["They put us in a small room for two hours to fill in forms at the embassy"])("%s", quiet);
});

// Documents kept by a third party (they, the boss, the agent), not the owner's own safe-keeping.
describe("documents kept: by a third party, not the owner", () => {
  it.each(["I kept all my documents in the hotel safe", "My wife keeps our documents in the drawer"])("%s", quiet);
  it.each(["The agent is keeping all our documents and my brother cannot leave Dubai"])("%s", routed);
});

// "出事了，快报警" is an alarm; a road accident downstairs is for the police at hand, unless someone of the writer's is in it.
describe("an alarm: not a road accident nearby", () => {
  it.each(["楼下车祸出事了，快报警"])("%s", quiet);
  it.each(["我弟弟在路上出事了，快报警"])("%s", routed);
});
