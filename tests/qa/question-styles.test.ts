import { describe, expect, it } from "vitest";
import { isAboutOurDomain } from "../../src/qa/domain.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { ReadText } from "../../src/text/read-text.ts";

/**
 * Questions the bot has never seen, in the ways its users write (issue 12): each gets the entry that answers it, and a
 * neighbouring topic gets "not what JobSafe covers". Composed for these tests: neither the entries' samples nor eval
 * texts nor the held-back set (tests/qa/held-back.ts).
 */
describe("a question in each language style gets the right entry", () => {
  it.each([
    // zh-hans: plain, no punctuation, a relative asking
    ["园区里面完不成指标的人会受到什么惩罚", "compound_life"],
    ["被骗去缅甸做过诈骗的人回来会不会坐牢", "return_punished"],
    ["我舅舅从缅甸被遣返回来 公安会不会抓他", "return_punished"],
    ["中介说过了边境再坐船过河就到公司", "routes"],
    // zh-hant: Taiwan usage and Cantonese
    ["從園區回來以後要去哪裡申請補發護照", "after_return"],
    ["我朋友話一定要去泰國做嘢，點勸都唔聽", "friend_leaving"],
    ["想匿名檢舉招人去柬埔寨的仲介，可以嗎", "report_recruiter"],
    // en: plain, Singlish, Taglish, Hinglish, Malay, keywords only, asking for someone else
    ["What documents does a survivor need to travel home without a passport?", "after_return"],
    ["my cousin going cambodia next week for job, how to make him don't go ah", "friend_leaving"],
    ["paano mag-report ng illegal recruiter na nagpapadala ng tao sa Cambodia?", "report_recruiter"],
    ["agent bol raha hai tourist visa pe jao, wahan work permit mil jayega, sahi hai?", "visa_work"],
    ["macam mana nak lapor ejen yang hantar orang buat kerja scam", "report_recruiter"],
    ["quota scam compound", "compound_life"],
    ["My mum wants to know if my uncle will be arrested when he is sent home from Myanmar", "return_punished"],
    ["they want money to let my brother go from the company in Laos, do we pay", "ransom"],
    ["what can you do", "about_bot"],
    ["你能做什么", "about_bot"],
  ])("%s → %s", (text, expected) => {
    expect(matchQuestion(text).answer).toBe(expected);
  });
});

describe("a neighbouring topic gets the short not-covered answer, with no scam content or topics", () => {
  it.each([
    "第一次去泰国自由行，曼谷哪里好玩",
    "Is Bangkok safe for a solo holiday?",
    "去柬埔寨玩安全吗 想去吴哥窟看日出",
    "my daughter is on a student visa in Australia, how many hours a week can she work",
    "留学回来以后有没有机构帮忙找工作",
  ])("%s", (text) => {
    expect(matchQuestion(text)).toMatchObject({ answer: null, alternatives: [], outOfScope: true });
  });
});

describe("the domain's own topics in other words, and their everyday look-alikes", () => {
  const read = (text: string): string => new ReadText(text).canonical;
  it.each([
    "公司在河对岸，要坐船过河去上班",
    "the recruiter will drive us to the border at night, then we walk",
    "交了钱才让他回来，我们该怎么办",
    "they asked for 5000 dollars to free my cousin",
    "弟弟铁了心要去柬埔寨，谁劝都没用",
    "my sister won't listen, she flies to Laos on Monday",
    "公司说有人接机，直接送到宿舍上班",
    "女儿回家后一直失眠，不肯提那边的事",
  ])("%s is JobSafe's", (text) => {
    expect(isAboutOurDomain(read(text))).toBe(true);
  });

  it.each([
    "坐船过河去小岛玩",
    "明天我去机场接你",
    "pay the parking fine and they release the car",
    "我妈不听我的劝，非要买那件衣服",
    "she went home early and can't sleep because of the noise",
  ])("%s is not", (text) => {
    expect(isAboutOurDomain(read(text))).toBe(false);
  });
});
