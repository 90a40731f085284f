import { describe, expect, it } from "vitest";
import { characterErrors } from "../../src/ocr/cer.ts";
import { joinLines, secondReadLanguage, type ReadLine } from "../../src/ocr/image-text.ts";

const line = (text: string, right = 600, confidence = 0.95): ReadLine => ({ text, confidence, left: 0, right });

describe("joining the lines read from a picture", () => {
  it("a line wrapped at the column's edge continues the next: no space in Chinese, one in English", () => {
    expect(joinLines([line("包吃包住，机票报"), line("销。", 60)]).text).toBe("包吃包住，机票报销。");
    expect(joinLines([line("Free flight and"), line("housing.", 200)]).text).toBe("Free flight and housing.");
  });

  it("a line that ended because the next word did not fit continues, however short it is", () => {
    const lines = [line("Many Thais are lured by online", 380), line("advertisements on social media", 600)];
    expect(joinLines(lines).text).toBe("Many Thais are lured by online advertisements on social media");
  });

  it("a short line, or one that ends a sentence, ends its paragraph", () => {
    expect(joinLines([line("王经理", 120), line("月薪三万，包吃包住。"), line("地点：西港", 300)]).text).toBe(
      "王经理\n月薪三万，包吃包住。\n地点：西港",
    );
  });

  it("leaves out lines read with little confidence (a texture, a logo), and says how sure it is", () => {
    const read = joinLines([line("Salary $3,000", 600, 0.9), line("~~##~~", 600, 0.2)]);
    expect(read.text).toBe("Salary $3,000");
    expect(read.confidence).toBeCloseTo(0.9);
    expect(joinLines([]).confidence).toBe(0);
  });
});

describe("whether a picture is read a second time", () => {
  it("English whose spaces were lost is read again in English; well-spaced English is not", () => {
    expect(secondReadLanguage([line("misled by online job postings offeringunusuallyhighsalaries,")])).toBe("eng");
    expect(secondReadLanguage([line("Free flight, cryptocurrency and responsibility allowances")])).toBeUndefined();
  });

  it("Traditional Chinese is read again as Traditional; Simplified is not", () => {
    expect(secondReadLanguage([line("高新工作，包吃包住，"), line("遠赴東南亞從事詐騙")])).toBe("chi_tra");
    expect(secondReadLanguage([line("高薪工作，包吃包住，远赴东南亚从事诈骗")])).toBeUndefined();
  });
});

describe("character error rate", () => {
  it("counts edits per character of the drawn text, ignoring spaces, case, full-width forms and emoji", () => {
    expect(characterErrors("月薪3万, 包吃住💰", "月薪３万，包吃住")).toEqual({ errors: 0, length: 8 });
    expect(characterErrors("Hand your passport", "hand yourpassport")).toEqual({ errors: 0, length: 16 });
    expect(characterErrors("護照交公司", "护照公司")).toEqual({ errors: 2, length: 5 });
  });
});
