import { describe, expect, it } from "vitest";
import { COUNTRIES, guessCountry, isCountry, isNationality, type Country } from "../../src/sos/directory.ts";

const cases = (table: Record<string, Country | undefined>): Array<[string, Country | undefined]> =>
  Object.entries(table);

describe("guessCountry", () => {
  it.each(
    cases({
      "我哥去了缅甸妙瓦底，现在联系不上": "mm",
      说是去KK园区做客服: "mm",
      "去西港做打字员，包吃包住": "kh",
      在金边机场被接走: "kh",
      金三角经济特区招聘: "la",
      老挝那边的工作: "la",
      我现在在曼谷: "th",
      到美索了: "th",
      在马尼拉: "ph",
      迪拜中转: "ae",
      他被带到磨丁了: "la",
      在槟城转机: "my",
      说是去普吉岛做客服: "th",
      我在大马路上被人扣了护照: undefined,
    }),
  )("reads Simplified Chinese: %s → %s", (text, country) => {
    expect(guessCountry(text)).toBe(country);
  });

  it.each(
    cases({
      我個仔喺緬甸妙瓦底: "mm",
      說是去KK園區做客服: "mm",
      柬埔寨西港的高薪工作: "kh",
      弟弟在寮國金三角特區: "la",
      人在泰國曼谷: "th",
      他去了杜拜: "ae",
      越南胡志明市: "vn",
    }),
  )("reads Traditional Chinese: %s → %s", (text, country) => {
    expect(guessCountry(text)).toBe(country);
  });

  it.each(
    cases({
      "My brother is in Myawaddy and stopped answering": "mm",
      "job at KK Park, free flights": "mm",
      "customer service job in Sihanoukville": "kh",
      "they picked her up at Phnom-Penh airport": "kh",
      "Golden Triangle SEZ, Bokeo": "la",
      "I landed in Bangkok": "th",
      "driven to Mae Sot": "th",
      "agent in Dubai": "ae",
      "working in Kuala Lumpur": "my",
    }),
  )("reads English: %s → %s", (text, country) => {
    expect(guessCountry(text)).toBe(country);
  });

  it("sees through spacing, dots and full-width letters", () => {
    expect(guessCountry("緬 甸")).toBe("mm");
    expect(guessCountry("柬.埔.寨")).toBe("kh");
    expect(guessCountry("ＢＡＮＧＫＯＫ")).toBe("th");
  });

  it("prefers the compound country over the transit route", () => {
    expect(guessCountry("flew to Bangkok, then driven to Myawaddy")).toBe("mm");
    expect(guessCountry("在妙瓦底，老板说是泰国公司")).toBe("mm");
    expect(guessCountry("先到迪拜，再转机去柬埔寨")).toBe("kh");
  });

  it("otherwise takes the place named last", () => {
    expect(guessCountry("I am from Manila and now I am in Bangkok")).toBe("th");
    expect(guessCountry("从泰国去了马来西亚")).toBe("my");
  });

  it("returns undefined without a place, and ignores look-alike words", () => {
    for (const text of ["hello", "我想找一份工作", "老板说明天发工资", "the laoban paid me", "我是湖北当阳人", ""]) {
      expect(guessCountry(text), text).toBeUndefined();
    }
  });

  it("only answers with known countries", () => {
    for (const text of ["缅甸", "Cambodia", "寮國", "Dubai"]) expect(COUNTRIES).toContain(guessCountry(text));
  });
});

describe("id guards", () => {
  it("accept the ids used in callback data and reject anything else", () => {
    expect(isNationality("hk")).toBe(true);
    expect(isNationality("xx")).toBe(false);
    expect(isCountry("mm")).toBe(true);
    expect(isCountry("cn")).toBe(false);
  });
});
