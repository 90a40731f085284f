import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Classes of wording the danger reader missed or over-read (issue 12, session 18), each in our own words in English,
 * Simplified Chinese and Traditional Chinese (Taiwan usage, Cantonese), written before the fix.
 */
describe("locked up and a passport taken: the hold leads, with the contacts first", () => {
  it.each([
    "They locked me in a room and took my passport",
    "My brother is locked up in Myawaddy and they took his passport",
    "我被关在房间里，护照也被老板收走了",
    "我哥在柬埔寨被关起来了，护照被公司扣了，怎么办",
    "阿妹喺柬埔寨俾人禁錮咗，護照都俾老闆收埋",
  ])("%s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "held" });
    expect(matchQuestion(text)).toMatchObject({ emergency: true, answer: "trapped_help" });
  });

  it.each([
    "my employer in Dubai took my passport and won't give it back",
    "老板把我的护照收走了，不肯还给我",
  ])("a passport kept with no hold told is still the passport's answer: %s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "passport" });
  });
});
