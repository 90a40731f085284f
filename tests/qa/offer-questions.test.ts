import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

describe("asking whether to go for an offer with no red-flag word is weighing an offer", () => {
  it.each([
    "有人找我去泰国做网络营销，可以去吗",
    "有人找我去泰國做網路行銷，可以去嗎",
    "老乡叫我去越南做电销，能去吗",
    "someone offered me online marketing in Thailand, should i go?",
  ])("%s", (text) => {
    expect(["offer_safety", "red_flags", "high_pay", "paid_travel"]).toContain(matchQuestion(text).answer);
  });
});
