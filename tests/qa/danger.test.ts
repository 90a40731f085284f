import { describe, expect, it } from "vitest";
import { detectDanger, detectDangerInCanonical, namesDanger } from "../../src/qa/danger.ts";
import { ReadText } from "../../src/text/read-text.ts";
import { DANGER_PHRASINGS, NOT_DANGER } from "./phrasings.ts";

describe("detectDanger", () => {
  it.each(DANGER_PHRASINGS)("$text → $reason", ({ text, reason }) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
  });

  it.each(NOT_DANGER)("%s → no danger", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });

  it("reads each message for itself, whatever was read just before (one user's danger is not another's)", () => {
    const canonical = (text: string) => new ReadText(text).canonical;
    const held = canonical("我儿子在缅甸被关起来了");
    const ad = canonical("招聘客服，月薪8000，包吃住，地点深圳");
    for (let round = 0; round < 2; round++) {
      expect(detectDangerInCanonical(held).reason).toBe("held");
      expect(namesDanger(ad)).toBe(false);
      expect(detectDangerInCanonical(ad).danger).toBe(false);
      expect(namesDanger(held)).toBe(true);
    }
  });

  it("reads Traditional characters and obfuscating separators like Simplified text", () => {
    expect(detectDanger("我哥去柬埔寨後 失.聯 了").reason).toBe("silent");
    expect(detectDanger("公司把我的護 照扣了").reason).toBe("passport");
  });

  it("puts a ransom demand before the other signals in the same message", () => {
    expect(detectDanger("My brother is held in a compound and they want $10,000 to release him").reason).toBe("ransom");
  });
});
