import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/** Danger now in the ways people write it (our own wording), and look-alikes that are not danger. */
describe("restraint, confinement and food withheld are danger now", () => {
  it.each([
    ["They keep us in cages at night and handcuff whoever misses the target", "held"],
    ["my cousin says they are not even given food if they refuse, he is still in the building", "beaten"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toEqual({ danger: true, reason });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    ["we are not allowed to go out and the gate is locked from outside", "held"],
    ["my husband is in Myanmar now and they won't release him", "held"],
    ["they drove me over the border at night and now I can't go back", "held"],
  ])("kept from leaving: %s → %s", (text, reason) => {
    expect(detectDanger(text)).toEqual({ danger: true, reason });
  });

  it("a plea to be saved gets the emergency answer", () => {
    expect(matchQuestion("please tell the government to save us, we are dying here").emergency).toBe(true);
  });

  it.each([
    "The trainer forced us to work late before the exam",
    "I can't go back to the office today, I have a fever",
    "Our campus is guarded by security around the clock, free dormitory, salary 3000 USD",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("danger now in code-mixed and Cantonese messages", () => {
  it.each([
    ["didi bol rahi hai unko khana nahi dete aur kaam 16 ghante karwate hain", "beaten"],
    ["humse 3 lakh maang rahe hain chhodne ke liye", "ransom"],
    ["binubugbog daw sila pag hindi naka-target, gusto na niya umuwi", "beaten"],
    ["nasa loob pa rin kami ng compound, bantay sarado kami", "held"],
    ["佢哋沒收咗我哋全部手提電話", "held"],
    ["我個女話佢好驚，想返香港，但係佢哋唔俾", "held"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toEqual({ danger: true, reason });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it("wanting to go home on leave is not", () => {
    expect(detectDanger("我想回家但是老板不给请假").danger).toBe(false);
  });
});
