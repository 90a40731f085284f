/**
 * A traveller's passport kept for a while in the ordinary course of things (a hotel at check-in, a scooter hire, a
 * landlord) is not an employer's hold: "not what JobSafe covers", never the trafficking answer. An employer, a job or a
 * lock-in named with it is. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

describe("a passport kept by a hotel, a hire shop or a landlord", () => {
  it.each([
    "the hotel kept my passport at check-in, is that normal?",
    "guesthouse reception wants to hold my passport till checkout??",
    "scooter rental in Bali asked me to leave my passport with them, ok or not",
    "租摩托车要押护照吗",
    "民宿房东说要把护照放在前台，这样正常吗",
    "飯店櫃檯說要先保管護照，這樣合理嗎？",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).not.toBe("passport_taken");
    expect(match.outOfScope).toBe(true);
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("a passport kept by whoever holds the person", () => {
  it.each([
    "my employer at the hotel took my passport and says I owe him",
    "the hotel where they sent us for the job took our passports and locked us in",
    "酒店老板扣了我的护照，工资三个月没发",
  ])("%s still gets the passport or emergency answer", (text) => {
    const match = matchQuestion(text);
    expect(match.outOfScope).not.toBe(true);
    expect(match.emergency || match.answer === "passport_taken").toBe(true);
  });
});
