import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

describe("a threat to cut a body part, said to the one held, is danger", () => {
  it.each([
    "help, they said they'll cut my fingers if my family doesn't pay",
    "they are gonna cut off my ear if my parents dont send the money",
    "sabi nila puputulin daw ang daliri ko kapag hindi nagbayad pamilya ko",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each(["I cut my finger while cooking dinner", "they will cut my hair short at the salon tomorrow"])(
    "an everyday cut is not: %s",
    (text) => {
      expect(matchQuestion(text).emergency).toBe(false);
    },
  );
});

describe("a beating that put someone in hospital is danger, a hospital stay alone is not", () => {
  it.each([
    "我被他們打到住院，但還是要我回去工作，不讓我離開",
    "我弟被老板的人打到进医院，现在还不让他走",
    "they beat him so badly he is in hospital and the company won't let him leave",
  ])("%s", (text) => {
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    "我打到医院问了，医生说我爸还不能出院",
    "my dad is in hospital in Dubai, the doctor won't let him leave until the fever drops",
  ])("%s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
});

describe("hearsay about others asked about, and a friend already back, get their answer without the card", () => {
  it.each([
    ["聽說有人被賣到另一個園區，這是怎麼回事", "compound_life"],
    ["I heard they sell people on to other compounds, is it true?", "compound_life"],
    ["mera dost wapas aa gaya hai lekin trauma mein hai, kya karein", "after_return"],
  ])("%s", (text, entry) => {
    const match = matchQuestion(text);
    expect(match.answer).toBe(entry);
    expect(match.emergency).toBe(false);
  });

  it("hearsay about the writer's own relative is still danger", () => {
    expect(matchQuestion("听说我弟弟被卖到另一个园区了，怎么办").emergency).toBe(true);
  });
});
