import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe("an agent asking a fee is an offer's question, not a ransom", () => {
  it.each([
    "the agent is asking 2 lakh for the Dubai visa, is it normal",
    "recruiter wants 150k pesos for the Taiwan factory job, legit?",
    "agent paisa maang raha hai visa ke liye",
    "agent bahut paisa maang raha hai naukri ke liye, kya karu",
    "中介要我们交三万块才给办新加坡的工作准证，正常吗",
    "仲介跟我要十萬元才幫我辦日本的簽證，這樣合理嗎？",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "the agent is asking 2 lakh to release my brother from the company in Myanmar",
    "agent paisa maang raha hai bhai ko chhodne ke liye",
    "中介说要交五万块才放我弟弟回来",
    "仲介說要付十萬才肯放我哥回台灣",
  ])("money for someone's release stays a ransom: %s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("getting out of bed, debt or a rut is no hold", () => {
  it.each([
    "I can't get out of bed on Mondays",
    "we can't get out of debt since my husband lost his job",
    "my son can't get out of this rut, he just plays games all day",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it("held abroad still reads as held", () => {
    expect(routed("my son can't get out of the compound in Myawaddy, they took his passport")).toBe(true);
  });
});

describe("money or someone is not let go is a ransom", () => {
  it.each([
    "the agent says pay 2 lakh or they won't return my son",
    "pay 5000 dollars or they will not let my son go",
    "send the money by Friday or the boss will never release my husband",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it("a fee for a visa with no threat stays an offer's question", () => {
    expect(routed("pay the visa fee or they will not process your application, is that normal?")).toBe(false);
  });
});

describe("an employer not returning a passport abroad is a passport held", () => {
  it.each([
    "company not returning my passport, I am in Laos",
    "I am from India, in the Golden Triangle SEZ, the company is not giving back my passport",
    "the agency in Dubai doesn't return my passport and I want to go home",
  ])("%s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it("a passport office not returning it yet is an errand", () => {
    expect(routed("the embassy is not returning my passport until the visa is stamped next week")).toBe(false);
  });
});
