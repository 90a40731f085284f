import { describe, expect, it } from "vitest";
import { canonicalForms, foldCantonese, isCantonese } from "../../src/text/cantonese.ts";
import { normalizeText, originalSpan } from "../../src/text/normalize.ts";
import { ReadText } from "../../src/text/read-text.ts";

const canonical = (text: string): string => new ReadText(text).canonical;

describe("written Cantonese read as standard written Chinese", () => {
  it("reads Cantonese words and phrases as their standard Chinese, in either script", () => {
    expect(canonical("佢哋收咗我本護照，唔俾我走")).toBe(canonical("他们收了我本护照，不让我走"));
    expect(canonical("我細佬而家喺邊度？")).toBe(canonical("我弟弟现在在哪里？"));
    expect(canonical("阿媽冇咗佢消息，點算好")).toContain("没有他消息");
    expect(canonical("点解要交钱先可以返屋企")).toContain("为什么要交钱");
    // The same words written in Simplified characters read the same way.
    expect(canonical("佢哋喺边度")).toBe(canonical("佢哋喺邊度"));
  });

  it("reads 去咗邊 and 喺邊 as 'where', and leaves 邊境 (the border) a border", () => {
    expect(canonical("唔知佢去咗邊")).toBe(canonical("不知道他去了哪里"));
    expect(canonical("佢而家喺邊？")).toBe(canonical("他现在在哪里？"));
    expect(canonical("你哋去邊度食飯")).toBe(canonical("你们去哪里食饭"));
    expect(canonical("佢哋話要坐車去邊境")).toContain("去边境");
    expect(canonical("佢去咗邊境做生意")).toContain("去了边境");
  });

  it("reads 喊住 as crying only in a Cantonese message, and 扣起 as keeping back", () => {
    expect(canonical("我個女成日喊住打俾我")).toContain("哭着");
    expect(canonical("佢哋成日鬧佢，好熱鬧")).toContain("骂他");
    expect(canonical("佢哋成日鬧佢，好熱鬧")).toContain("热闹");
    expect(canonical("老师喊住他别跑")).toContain("喊住");
    expect(canonical("老細扣起佢本護照")).toBe(canonical("老板扣他本护照"));
  });

  it("reads 幫手 as helping in a Cantonese message", () => {
    expect(canonical("屋企人喺外地俾人呃咗，搵邊個幫手？")).toBe(canonical("家人在外地被人骗了，找谁帮忙？"));
  });

  it("reads 啲工 as the jobs but 啲工人 as the workers", () => {
    expect(canonical("柬埔寨啲工係咪真㗎")).toContain("工作");
    expect(canonical("啲工人幾點收工？")).toContain("工人");
    expect(canonical("啲工人幾點收工？")).not.toContain("工作人");
  });

  it("reads a sentence-final 咩 as a yes-no question and 咩 before a word as 'what'", () => {
    expect(canonical("要交按金，正常咩？")).toContain("正常吗");
    expect(canonical("佢哋要我做咩嘢")).toContain("做什么");
  });

  it("leaves standard Chinese compounds alone, and words standard Chinese shares unless the message is Cantonese", () => {
    expect(canonical("佢哋公司用人工智能同系統，同我哋冇關係")).toContain("人工智能");
    expect(canonical("佢哋公司用人工智能同系統，同我哋冇關係")).toContain("系统");
    expect(canonical("佢哋公司用人工智能同系統，同我哋冇關係")).toContain("没有关系");
    // 返工 is rework and 人工 manual in Mandarin: without a Cantonese word they stay.
    expect(canonical("这批货要返工，人工费另算")).toBe(normalizeText("这批货要返工，人工费另算").text);
    expect(canonical("佢聽日返工，人工幾多？")).toContain("明天上班");
  });

  it("reads 聽話 as 'obey', not 'hearsay', and 第二度 as 'elsewhere'", () => {
    expect(canonical("佢哋話我唔聽話就賣我去第二度")).toBe(canonical("他们说我不听话就卖我去别的地方"));
  });

  it("reads standard Chinese that holds a Cantonese word across its words as it is", () => {
    for (const text of ["我們要重點解決薪資問題", "一個女人來面試", "研究老細胞的公司"]) {
      expect(canonical(text)).toBe(normalizeText(text).text);
    }
    expect(canonical("佢哋話會重點解決")).toContain("重点解决");
  });

  it("reads a murmured 唔 before a pause as written, and 唔 before a word as 'not'", () => {
    expect(canonical("唔，我再想想")).toBe(normalizeText("唔，我再想想").text);
    expect(canonical("唔好去")).toBe("不要去");
  });

  it("costs nothing for a message without Cantonese: the same normalised text comes back", () => {
    const plain = normalizeText("高薪招聘，缅甸客服，月薪三万，包吃住");
    expect(foldCantonese(plain)).toBe(plain);
  });

  it("still quotes the words as the person wrote them", () => {
    const input = "老細話：人工唔使擔心，嚟到先簽合約";
    const read = new ReadText(input);
    const at = read.canonical.indexOf("来到再签");
    expect(at).toBeGreaterThan(0);
    expect(originalSpan(input, read.normalized, at, at + "来到再签".length)).toBe("嚟到先簽");
    const pay = read.canonical.indexOf("薪水");
    expect(originalSpan(input, read.normalized, pay, pay + 2)).toBe("人工");
  });

  it("keeps the words as written for readers of the writing itself", () => {
    const read = new ReadText("佢喺度等緊我");
    expect(read.literal.text).toContain("佢喺度");
    expect(read.canonical).not.toContain("佢");
  });

  it("gives a rule term both ways when a short Cantonese term cannot show it is Cantonese", () => {
    expect(canonicalForms("高人工")).toEqual(["高人工", "高薪水"]);
    expect(canonicalForms("包机票")).toEqual(["包机票"]);
  });

  it("tells a Cantonese message from standard Chinese by two Cantonese-only words", () => {
    expect(isCantonese("我阿哥喺泰國冇返嚟")).toBe(true);
    expect(isCantonese("我阿哥喺泰国冇返嚟")).toBe(true);
    expect(isCantonese("我哥哥在泰国没回来")).toBe(false);
    // One word could be a quote or a name.
    expect(isCantonese("他说「搵快钱」是骗局")).toBe(false);
  });

  it("reads each marker whole, the longest at its place, wherever it stands in a long text", () => {
    // 佢哋 is one word, not 佢 and then another; the same word twice is still one.
    expect(isCantonese("佢哋")).toBe(false);
    expect(isCantonese("佢佢佢")).toBe(false);
    expect(isCantonese("佢哋喺度")).toBe(true);
    const filler = "招聘客服，月薪两万，包吃包住，Apply now. ".repeat(60);
    expect(isCantonese(`${filler}佢${filler}`)).toBe(false);
    expect(isCantonese(`${filler}佢${filler}喺度${filler}`)).toBe(true);
  });
});

describe("什么 and 怎么 in any script", () => {
  it("reads 麼 and the Simplified 么 as 么, the form every pattern is written with", () => {
    expect(normalizeText("怎麼辦，什麼").text).toBe("怎么办,什么");
    expect(normalizeText("怎么办，什么").text).toBe("怎么办,什么");
  });
});
