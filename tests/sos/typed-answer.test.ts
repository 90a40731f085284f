import { describe, expect, it } from "vitest";
import { answeredNationalityAndPlace } from "../../src/sos/typed-answer.ts";

/** Who and where, typed in one short answer to "whose citizen?" (review 21), and what is not such an answer. */
describe("answeredNationalityAndPlace", () => {
  it.each([
    ["我在妙瓦底，我是马来西亚人", "my", "mm"],
    ["马来西亚人在妙瓦底", "my", "mm"],
    ["我是菲律宾人，目前在迪拜", "ph", "ae"],
    ["台灣人 人在緬甸", "tw", "mm"],
    ["我是台灣人，目前人在柬埔寨西港", "tw", "kh"],
    ["我係香港人，而家喺柬埔寨", "hk", "kh"],
    ["香港人，泰國", "hk", "th"],
    ["I'm Filipino and I'm in Thailand", "ph", "th"],
    ["I'm a Filipino in Thailand", "ph", "th"],
    ["Philippines, in Thailand", "ph", "th"],
    ["I'm Indian and we are in Dubai now", "in", "ae"],
  ])("'%s' → %s in %s", (typed, nationality, country) => {
    expect(answeredNationalityAndPlace(typed)).toEqual({ nationality, country });
  });

  it.each([
    "中国",
    "Filipino",
    "我在缅甸",
    "I'm in Thailand",
    "泰国，马来西亚",
    "I'm Filipino and I'm in trouble",
    "I'm Filipino and I'm in Thailand working at a casino",
    "我是中国人，被骗到缅甸",
    "我是台灣人，人在緬甸，請問回台灣以後去哪裡找正規的工作",
  ])("'%s' is not who and where alone", (typed) => {
    expect(answeredNationalityAndPlace(typed)).toBeUndefined();
  });
});
