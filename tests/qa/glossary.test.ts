/**
 * "What does this word mean?" (glossary.ts): a question asking what a term from lures and warnings means, or where a
 * named compound zone is, is read as asking that term; a mention of the word in anything else is not. Sentences
 * written for this test in English, Simplified Chinese and Taiwan/Hong Kong Traditional Chinese.
 */
import { describe, expect, it } from "vitest";
import { GLOSSARY, GLOSSARY_PLACES } from "../../src/content/glossary.ts";
import { PLACES } from "../../src/content/places.ts";
import { qaEntryById } from "../../src/content/qa.ts";
import { askedTerm } from "../../src/qa/glossary.ts";
import { ReadText } from "../../src/text/read-text.ts";

const asked = (text: string): string | undefined => {
  const found = askedTerm(new ReadText(text));
  return found && (found.kind === "term" ? found.term.id : found.place.id);
};

describe("a question asking what a term means", () => {
  it.each([
    ["hey what does bocai mean", "gambling_work"],
    ["what's a snakehead?", "snakehead"],
    ["Whats the meaning of 'scam centre'", "compound"],
    ["pls define salary advance", "salary_advance"],
    ["种菠菜到底是什么意思啊", "gambling_work"],
    ["什么是猪仔", "piglets"],
    ["蛇头是指什么", "snakehead"],
    ["预支工资是啥意思", "salary_advance"],
    ["請問「小黑屋」是什麼意思？", "dark_room"],
    ["偷渡是什麼", "illegal_crossing"],
    ["落地簽是什麼意思", "visa_on_arrival"],
    ["咩叫賣豬仔", "piglets"],
  ])("%s → %s", (text, id) => {
    expect(asked(text)).toBe(id);
  });

  it.each([
    ["where is Shwe Kokko exactly", "shwe-kokko"],
    ["what is KK park", "kk-park"],
    ["妙瓦底在哪里", "myawaddy"],
    ["西哈努克是哪裡", "sihanoukville"],
    ["金三角是什么地方", "golden-triangle-sez"],
    ["大其力喺邊度", "tachileik"],
  ])("a compound zone: %s → %s", (text, id) => {
    expect(asked(text)).toBe(id);
  });

  it("quotes a place's name as the question writes it", () => {
    const found = askedTerm(new ReadText("Where is SHWE KOKKO?"));
    expect(found?.kind === "place" && found.asWritten).toBe("SHWE KOKKO");
    const traditional = askedTerm(new ReadText("KK園區是什麼地方"));
    expect(traditional?.kind === "place" && traditional.asWritten).toBe("KK園區");
  });
});

describe("a term mentioned without asking its meaning", () => {
  it.each([
    "菠菜汤怎么做",
    "菠菜多少钱一斤",
    "my brother is in Myawaddy and the company will not let him leave",
    "我朋友在西港上班，工资很高",
    "公司园区在哪里？",
    "蛇头在哪里能找到",
    "老街是什么地方",
    "what is the weather in Bangkok",
    "the recruiter said visa on arrival is fine for the job",
    "菠菜什么季节种最好",
    "what do snakeheads usually charge",
    "where is the best noodle shop in Sihanoukville",
    "西港在哪里买船票",
  ])("%s", (text) => {
    expect(asked(text)).toBeUndefined();
  });
});

describe("glossary content", () => {
  it("every term leads to an entry, with sources and a review date", () => {
    for (const term of GLOSSARY) {
      expect(qaEntryById(term.related), term.id).toBeDefined();
      expect(term.source.length, term.id).toBeGreaterThan(0);
      expect(term.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("every compound zone it names is a place with sources", () => {
    for (const id of GLOSSARY_PLACES) {
      const place = PLACES.find((candidate) => candidate.id === id);
      expect(place?.tier, id).toBe("hotspot");
      expect(place?.source.length, id).toBeGreaterThan(0);
    }
  });
});
