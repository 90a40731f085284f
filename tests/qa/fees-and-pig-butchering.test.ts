import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

/** Questions written for this test (not taken from the eval sets), in the three languages the bot answers in. */
describe("a fee asked by a recruiter gets what lawful recruitment charges (ILO, DMW, BP2MI, Nepal)", () => {
  it.each([
    "The agent says I must pay a placement fee of two months' salary before he sends my papers. Is that allowed?",
    "who pays the recruitment fee for a job in Malaysia, the worker or the employer?",
    "劳务公司说出国要先交两万块服务费，这正常吗？",
    "去日本打工，中介收的报名费和手续费合法吗？",
    "仲介說出國工作要先付十萬仲介費，這樣合理嗎？",
    "去外國做嘢，中介要收幾萬蚊手續費，正常咩？",
  ])("%s", (text) => {
    expect(matchQuestion(text).answer).toBe("recruitment_fee");
  });
});

describe("pig-butchering (杀猪盘) gets its own answer, named in any script", () => {
  it.each([
    "what exactly is a pig butchering scam?",
    "my cousin says the scam compounds run pig-butchering, what does that mean",
    "杀猪盘到底是什么？",
    "听说园区里都在搞杀猪盘，是怎么骗的",
    "殺豬盤是怎麼運作的？",
    "乜嘢係殺豬盤？",
  ])("%s", (text) => {
    expect(matchQuestion(text).answer).toBe("pig_butchering");
  });

  it.each(["杀猪饭怎么做才好吃", "过年杀猪要请几个人帮忙", "How do butchers cut a pig into pork chops?"])(
    "butchering a pig for food is not the scam: %s",
    (text) => {
      expect(matchQuestion(text).answer).not.toBe("pig_butchering");
    },
  );
});

describe("money paid to an agent and wanted back, or an agent gone with it, is reported", () => {
  it.each([
    "My agent in Manila collected 60k for a job in Canada and vanished, how do I get it back?",
    "I paid a recruitment agency for a job in Poland that never came. Can I recover my money?",
    "中介收了我三万块就跑路了，钱还能要回来吗",
    "劳务公司收了报名费一直不办手续，钱怎么追回",
    "仲介拿了錢就消失了，錢拿得回來嗎？",
    "個中介收咗我五萬蚊就走咗佬，啲錢攞唔攞得返？",
  ])("%s", (text) => {
    expect(matchQuestion(text).answer).toBe("report_recruiter");
  });

  it.each([
    "How do I get my rider deposit back from the delivery app?",
    "房东不退押金，钱怎么要回来？",
    "網購被騙的錢拿得回來嗎？",
  ])("a deposit or a purchase with no recruiter is not the recruiter's report: %s", (text) => {
    expect(matchQuestion(text).answer).not.toBe("report_recruiter");
  });
});
