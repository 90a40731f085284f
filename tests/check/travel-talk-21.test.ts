import { describe, expect, it } from "vitest";
import { classifyText } from "../../src/check/index.ts";

/**
 * A place and its visa said with no pay, no work and no recruiter is a traveller's talk or question, not an offer to
 * rate (chat review, session 21: "泰国落地签很容易办" got a high-risk verdict). The same visa words beside a job stay an
 * offer: a tourist visa for work is a lure's sign.
 */
describe("travel talk is no offer", () => {
  it.each([
    "泰国落地签很容易办",
    "柬埔寨落地签多少钱",
    "泰國落地簽很好辦，免簽30天",
    "Thailand visa on arrival is easy to get",
    "Cambodia e-visa takes 3 days",
  ])("%s", (text) => {
    expect(classifyText(text)).toBe("question");
  });
});

describe("the same visa words beside a job are an offer", () => {
  it.each([
    "泰国客服，月薪两万，包机票，落地签过去",
    "去泰国工作，落地签就行，老板安排",
    "柬埔寨招人，旅游签过去",
    "落地簽過去，到了再辦工簽，柬埔寨打字員",
    "Job in Dubai, tourist visa first, we change it later",
    "Thailand customer service job, 1500 USD, visa on arrival, flights paid",
  ])("%s", (text) => {
    expect(classifyText(text)).not.toBe("question");
  });
});
