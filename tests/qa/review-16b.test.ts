import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Classes an independent review of issue 12 found wrong (7 December, second round), each in our own wordings: a copy
 * of a passport taken for paperwork, silence or rescue asked about in general, punishment on return asked by someone
 * whose passport was kept, the warning signs asked before going, and "stuck" or "打死我" said of daily life.
 */
const OFFER_ENTRIES = ["offer_safety", "red_flags", "high_pay", "paid_travel"];
/** What the user sees first: the emergency answer (the danger check's or the matcher's), or not. */
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe("a copy or scan of a passport kept for paperwork is no passport taken", () => {
  it.each([
    "The agency kept a scanned copy of my passport for the visa, is that normal?",
    "My employer photocopied my passport for the work permit and handed it straight back",
    "HR asked for a copy of my passport to process my employment pass",
    "中介留了一份我的护照复印件，说办签证要用",
    "公司把我护照扫描件存档了，办工作准证用的",
    "仲介留了我的護照影本去辦工作簽證",
    "公司收了我護照的掃描檔，申請居留證要用",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "they took my passport and only gave me a photocopy",
    "公司把我的护照收走了，只给我一张复印件",
    "老闆扣了我的護照，只留一份影本給我",
  ])("the passport itself taken, a copy given back, is still danger: %s", (text) => {
    expect(matchQuestion(text).emergency).toBe(true);
  });
});

describe("how long a silence should worry a family, asked in general, is the lost-contact answer without the card", () => {
  it.each([
    "how many days without contact before we should be worried about a relative working abroad?",
    "when should a family start to worry if someone overseas stops replying?",
    "家人在国外工作，多久联系不上才需要担心？",
    "在海外打工的人多久没消息算不正常",
    "出國工作的家人多久沒回訊息才要擔心",
    "在海外工作的人要失聯多久才算不對勁",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBe("lost_contact");
    expect(match.emergency).toBe(false);
  });

  it.each(["my brother in Cambodia has not replied for 5 days, I'm scared", "我弟弟在柬埔寨，已经一个星期联系不上了"])(
    "someone silent now is still danger: %s",
    (text) => {
      expect(matchQuestion(text).emergency).toBe(true);
    },
  );
});

describe("how people are rescued, asked in general, is the help answer without the card", () => {
  it.each([
    "how are victims usually rescued from scam compounds?",
    "who actually rescues people held in scam centres?",
    "被困在诈骗园区的人一般是怎么被救出来的",
    "园区里的人通常是谁去解救的",
    "被騙到詐騙園區的人通常怎麼被救出來",
    "一般是誰去解救園區裡的人",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(["trapped_help", "whom_to_call"]).toContain(match.answer);
    expect(match.emergency).toBe(false);
  });

  it.each(["how do I get my son rescued from the compound in Myawaddy?", "我儿子被困在园区，怎么才能救他出来"])(
    "someone of the writer's to rescue is still danger: %s",
    (text) => {
      expect(matchQuestion(text).emergency).toBe(true);
    },
  );
});

describe("punishment on return, asked by someone whose passport was kept, is the return answer", () => {
  it.each([
    "my visa ran out because my boss held my passport, will I be arrested when I get home?",
    "I overstayed since the agency kept my passport, could I be banned or jailed once I return?",
    "因为老板扣了我的护照才逾期居留，回国会不会被抓？",
    "因為仲介扣了我的護照才逾期，回台灣會不會被判刑",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBe("return_punished");
    expect(match.emergency).toBe(false);
  });

  it.each([
    "they still keep my passport and won't let me leave, will I be jailed when I go home?",
    "老板现在还扣着我的护照不让我走，回国会坐牢吗",
  ])("a passport kept now is still danger: %s", (text) => {
    expect(matchQuestion(text).emergency).toBe(true);
  });
});

describe("the warning signs asked before going abroad get an answer that weighs offers", () => {
  it.each([
    "what warning signs should I watch for before going to work abroad?",
    "去国外工作之前，要留意哪些不对劲的迹象？",
    "出国打工前有哪些危险信号要注意",
    "出國打工之前該留意哪些可疑的跡象",
    "去海外工作前，哪些情況算是警訊",
  ])("%s", (text) => {
    expect(OFFER_ENTRIES).toContain(matchQuestion(text).answer);
  });
});

describe("stuck in daily life, or a parent's threat over grades, gets no emergency answer", () => {
  it.each([
    "got stuck at passport control for an hour because the system crashed, all fine now",
    "we were stuck at customs for 3 hours last night, finally out",
    "my dad is so strict, won't let me go to Phuket with my classmates for the long weekend",
    "mum won't let me go Malaysia with my friends for the school holidays, so annoying",
    "we're locked in tonight, the dorm shuts its gate at midnight",
    "I've been stuck on this bug for three days",
    "stuck in the lift for 20 minutes this morning, so scary",
    "被这道数学题困住了一晚上",
    "被这篇论文困住了，两个月没进展",
    "早上在电梯里困了十五分钟，吓死我了",
    "我爸要是看到我的成绩会打死我的",
    "被這個案子困住了，一個月都沒進展",
    "今天在電梯裡困了半小時",
    "我媽知道我被當會打死我",
    "琴日喺𨋢入面困咗成半個鐘",
    "頭先喺𨋢度困住咗五分鐘，好驚",
  ])("%s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "we are stuck in the compound for 2 months, they won't let us leave",
    "我们被困在园区三个月了",
    "老板不让我离开泰国，护照也扣了",
    "they will beat me to death if I don't hit my target",
    "被困在妙瓦底的园区里，出不去",
  ])("someone held is still danger: %s", (text) => {
    expect(routed(text)).toBe(true);
  });
});
