import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { DANGER_PHRASINGS, NOT_DANGER } from "./phrasings.ts";

describe("detectDanger", () => {
  it.each(DANGER_PHRASINGS)("$text → $reason", ({ text, reason }) => {
    expect(detectDanger(text)).toEqual({ danger: true, reason });
  });

  it.each(NOT_DANGER)("%s → no danger", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });

  it("reads Traditional characters and obfuscating separators like Simplified text", () => {
    expect(detectDanger("我哥去柬埔寨後 失.聯 了").reason).toBe("silent");
    expect(detectDanger("公司把我的護 照扣了").reason).toBe("passport");
  });

  it("puts a ransom demand before the other signals in the same message", () => {
    expect(detectDanger("My brother is held in a compound and they want $10,000 to release him").reason).toBe("ransom");
  });
});
