import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";

/**
 * A parent, a grandparent or a teacher who takes a child's things and then keeps them in ("my parents took my phone
 * and won't let me go out", 我妈把我手机收了，不让我出门) is a house rule, not someone held: no emergency answer (chat review,
 * session 21). The same words by a boss, by "they" or abroad with guards, and papers taken by a spouse, stay a hold.
 */
describe("a child's things taken at home, then kept in, is a house rule", () => {
  it.each([
    "my parents took my phone and won't let me go out",
    "mum took my phone and wont let me out",
    "my dad took away my laptop and doesn't allow me to leave my room",
    "my grandma took my ipad and won't let me go to the party",
    "我妈把我手机收了，不让我出门",
    "老爸没收了我的电脑，还不准我出去玩",
    "我媽把我的手機沒收了，不准我出門。",
    "老媽把我手機拿走了，還不讓我出去。",
    "阿媽收咗我部電話，唔俾我出街",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("the same words by a captor, abroad with guards, or papers taken by a spouse, stay a hold", () => {
  it.each([
    "the boss took my phone and won't let me go out",
    "they took my phone and won't let me leave",
    "my parents took my phone and won't let me go out, we live in Phnom Penh and the company guards watch us",
    "my husband took my passport and won't let me leave",
    "老板把我手机收了，不让我出门",
    "他们把我手机收了不让我走",
    "我老公把我护照收了，不让我走",
    "老闆收咗我部電話，唔俾我出街",
    "佢哋收咗我部電話，唔俾我走",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
  });
});

/**
 * Asking how someone held can be brought back ("外交部能幫忙救回來嗎", "怎么救回来") is no rescue told as done: the one
 * held is still there. A rescue told as done (救回来了) still stands the alarm down.
 */
describe("asking how to bring back someone held is not a rescue already done", () => {
  it.each([
    "家人被困在緬甸，外交部能幫忙救回來嗎？",
    "家人被困在缅甸，怎么救回来",
    "我弟被关在柬埔寨园区，要怎样才能救回来？",
  ])("%s gets the emergency answer", (text) => {
    expect(detectDanger(text).danger).toBe(true);
  });

  it.each(["我哥被困在缅甸，上个月被救回来了，现在在家", "哥哥已经救回来了，谢谢大家"])("%s stays quiet", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});
