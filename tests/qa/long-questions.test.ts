import { describe, expect, it } from "vitest";
import { isAboutOurDomain } from "../../src/qa/domain.ts";
import { DEFAULT_MATCHER_OPTIONS, matchQuestion } from "../../src/qa/match.ts";
import { normalizeText } from "../../src/text/normalize.ts";

/**
 * Long messages written for this test in the way people write to the bot (issue 12): a story first, the question at
 * the end, in English, Simplified Chinese, Taiwan usage and Cantonese. Not taken from the eval sets.
 */
describe("a long message that tells a story before it asks", () => {
  it.each([
    [
      "my cousin is back home since may and only now told us how it was in there. every day they had a target, like getting five people to add them and chat, and if they missed it they had to stand all night or got hit with a stick. the bosses read all their messages on the work phones. why do these places do targets like that?",
      "compound_life",
    ],
    ["What to do if my sponsor does not give my passport back after my contract ended?", "passport_taken"],
    [
      "我哥在工地干了十几年,去年认识一个老乡,说阿联酋那边有建筑公司招领班,一个月三万,签两年,公司包住包吃还报销机票,老乡自己说他在那边干了三年寄回家好多钱,我嫂子一开始不同意,后来看了视频也心动了。合同上有公司名称和地址,还有一个营业执照的照片,但是中介让先交两万块手续费,说是办签证和体检的钱,交了才能排队。想在他出发前查一下这家公司和这个中介是不是真的,有什么办法可以查?",
      "verify_employer",
    ],
    [
      "我老公前年经人介绍去了缅甸,家里为了让他回来借了不少钱,现在人回来快半年了,可是天天睡不着,不愿意见人,工作也找不到,亲戚还在背后说闲话,他自己也很自责。想问问有没有机构能帮回来的人做心理辅导或者介绍工作?",
      "after_return",
    ],
    [
      "我弟兩年前去了柬埔寨，家裡花了很多錢才把他弄回來，現在他回台灣快一年了，還是常常做惡夢，不太出門，也找不到工作。想請問台灣有沒有單位可以幫助這些回來的人，像是心理諮商或是就業輔導？",
      "after_return",
    ],
    [
      "我表妹在IG上看到「出國工作月入二十萬、機票住宿全包」的廣告，對方還私訊了好幾個高中生，我想檢舉這個帳號，可是不想讓對方知道是我，可以匿名嗎？要打哪支電話？",
      "report_recruiter",
    ],
    [
      "我個仔返咗嚟香港三個月，之前喺泰國畀人帶咗去嗰啲園區，而家成日發惡夢，唔肯出街，我哋唔知點幫佢，香港有冇機構可以幫返嚟嘅人，例如輔導或者搵工？",
      "after_return",
    ],
  ])("is answered with the entry it asks about: %s", (text, entry) => {
    const match = matchQuestion(text);
    expect(match.answer).toBe(entry);
    expect(match.confidence).toBeGreaterThanOrEqual(DEFAULT_MATCHER_OPTIONS.answerThreshold);
  });

  it("gets the answer its question alone gets: the story does not lead the bot elsewhere", () => {
    const question = "想在他出发前查一下这家公司和这个中介是不是真的,有什么办法可以查?";
    const story =
      "我哥在工地干了十几年,去年认识一个老乡,说阿联酋那边有建筑公司招领班,一个月三万,签两年,公司包住包吃还报销机票,老乡自己说他在那边干了三年寄回家好多钱,我嫂子一开始不同意,后来看了视频也心动了。合同上有公司名称和地址,还有一个营业执照的照片,但是中介让先交两万块手续费,说是办签证和体检的钱,交了才能排队。";
    const short = matchQuestion(question);
    const long = matchQuestion(story + question);
    expect(short.answer).toBe("verify_employer");
    expect(long.answer).toBe("verify_employer");
  });
});

describe("a long message about something else", () => {
  it.each([
    "We are planning a family trip to Thailand and Vietnam in April with the kids, about twelve days, Bangkok then Chiang Mai then Da Nang. Do we need visas with our passports, is travel insurance worth it, and which hotels are good for small children?",
    "I've been at a logistics company in Singapore for two years and my manager keeps adding weekend shifts without overtime pay. HR says it's in my contract as flexible hours. Can I complain to MOM without losing my pass?",
    "Our team lead said whoever doesn't hit the sales target this quarter gets hit with extra weekend shifts, and he reads all our messages in the team chat. Is that normal at a company?",
    "The hotel reception didn't give my passport back after check-in, is that normal in Vietnam?",
    "在厂里干了快一年,老板说效益不好这三个月工资先欠着,年底一起发,好几个工友都走了,我没签合同只有微信聊天记录和考勤,这种情况可以去劳动局投诉吗?",
    "想問一下大家，我在公司做了三年，主管突然說要調我去別的部門，薪水不變但工作內容完全不一樣，這樣合法嗎？可以拒絕嗎？",
    "想問下各位，我老公喺公司做咗五年，上個月突然話要裁員，只係畀一個月人工就叫佢走，遣散費同長期服務金都冇講，我哋應該點樣計返應得嘅錢？",
  ])("gets no scam answer: %s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBeNull();
    expect(match.emergency).toBe(false);
  });
});

describe("the domain's words for what a story tells", () => {
  it.each([
    "What to do if Sponsor does not give Passport back?",
    "my kafeel has my passport since I arrived",
    "they had a quota and if they missed it they got hit with a stick",
    "no targets met means you stand all night",
  ])("name the domain: %s", (text) => {
    expect(isAboutOurDomain(normalizeText(text).text)).toBe(true);
  });

  it.each([
    "whoever misses the sales target gets hit with extra weekend shifts",
    "the event sponsor paid for our team shirts",
    "I hit my sales target and my boss still yelled at me",
  ])("not in everyday words: %s", (text) => {
    expect(isAboutOurDomain(normalizeText(text).text)).toBe(false);
  });
});
