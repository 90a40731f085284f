import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { asksAboutAnOffer } from "../../src/qa/domain.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { ReadText } from "../../src/text/read-text.ts";

/** Classes an independent review found wrong (our own wordings of each class, three languages and code-mixed). */
describe("a passport kept, pay unpaid and not let out, said in telegraphic notes, is danger", () => {
  it.each([
    // "passport, no …" is a list of what is wrong, not a passport number ("passport no. E123…").
    "boss keep passport, no salary since january, cannot go out of hostel",
    "agent took passport. no pay 5 month. not allowed out",
    "passport with employer, no wages 3 months, cant leave quarters",
    "boss keep my passport lah, 3 month never pay, cannot go out one",
    "护照被老板收了 四个月没发工资 宿舍不让出",
    "護照在老闆手上 三個月沒領薪水 宿舍不准出去",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it("a passport number given is still an errand", () => {
    expect(detectDanger("agency will take passport no. and birthday for the visa form").danger).toBe(false);
  });
});

describe("beatings and a secret plea from a compound, in Hinglish and Chinese, are danger", () => {
  it.each([
    ["idhar roz maar-peet hoti hai, quota kam hua to", "beaten"],
    ["yahan peette hain agar target nahi hota, bhai help karo", "beaten"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    "手机一天只准用半小时 这是偷偷发的 人在妙瓦底 救救我",
    "每天只給用手機一個鐘 我係偷偷發嘅 喺緬北 求助",
    "phone only allowed 1 hour a day, sending this secretly from myawaddy, pls help",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    "kya wahan sach mein maar peet karte hai?",
    "妈妈每天只给我用一小时手机，好烦",
    "my mom only lets me use the phone 1 hour a day",
  ])("not danger: %s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
});

describe("everyday look-alikes get no emergency card", () => {
  it.each([
    // Silence of hours or one day, with nothing said of work or being abroad.
    "my friend isn't answering today, kinda worried",
    "my roommate hasn't replied since last night",
    "bhai aaj subah se call nahi utha raha",
    "kawan saya tak balas mesej hari ni",
    "我老友今日成日唔覆我訊息",
    "我同学今天一直没回我消息",
    // Parents or grandparents keeping a passport at home are no captors.
    "my dad keeps my passport in his drawer and won't let me have it",
    "奶奶把我的护照锁在柜子里不给我",
    "爸媽把我的護照收在保險箱不給我",
    // An app or a broker gone with money is a fraud to report, not a person gone silent abroad.
    "that online lending app took my deposit and just disappeared",
    "the broker took our money then vanished, what now",
    // A prison in a video game.
    "游戏里我被关进大牢了 怎么出来",
    "my character got locked up in jail in the game, how to escape",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text).emergency).toBe(false);
  });

  it.each([
    "my sister went to dubai for work and hasn't answered for 5 days",
    "我哥去柬埔寨打工 一个礼拜没回消息",
    "my son is in cambodia and has not replied today, the agent took his passport",
  ])("a relative abroad for work gone silent, or held, is still danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
    expect(matchQuestion(text).emergency).toBe(true);
  });
});

describe("whether an employer may keep a passport, asked in Malay, Indonesian or Taglish, gets the passport answer", () => {
  it.each([
    "majikan boleh ke pegang pasport pekerja asing? ada undang-undang?",
    "adakah sah syarikat simpan pasport kita",
    "apakah boleh majikan menahan paspor pekerja?",
    "legal ba na hawakan ng amo ang passport ng worker?",
    "pwede bang itago ng agency yung passport ko?",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text)).toMatchObject({ answer: "passport_taken", emergency: false });
  });

  it.each(["majikan dah ambil pasport saya, tak nak pulangkan", "kinuha ng amo yung passport ko, ayaw ibalik"])(
    "told as done it is danger: %s",
    (text) => {
      expect(detectDanger(text)).toMatchObject({ danger: true, reason: "passport" });
    },
  );
});

describe("the matcher answers what is asked", () => {
  it.each([
    "my cousin just returned from cambodia, what can we do to help her heal",
    "my dad just got home from laos, how do we help him recover",
    "bhai abhi myanmar se wapas aaya, usko recover karne mein kaise help kare",
    "阿哥啱啱由緬甸返嚟 我哋點幫佢恢復",
    "我弟刚从缅甸回来 我们怎么帮他恢复",
  ])("recovering after the return: %s", (text) => {
    expect(matchQuestion(text)).toMatchObject({ answer: "after_return", emergency: false });
  });

  it("getting someone back from a compound is still a rescue, not a recovery", () => {
    expect(matchQuestion("how do I recover my son from the compound").answer).not.toBe("after_return");
  });

  it.each([
    "who should we phone to get help",
    "what number do I dial for help",
    "which hotline should i ring",
    "应该拨哪个号码求助",
    "出事了要打哪個電話",
    "nak call nombor mana kalau kena tipu kerja",
    "anong number ang tatawagan namin",
  ])("whom to call: %s", (text) => {
    expect(matchQuestion(text).answer).toBe("whom_to_call");
  });

  it.each(["朋友圈有人招人去柬埔寨，想检举要打哪个电话", "which number do I call to report a fake recruiter"])(
    "a number to report to is where to report: %s",
    (text) => {
      expect(matchQuestion(text).answer).toBe("report_recruiter");
    },
  );

  it.each(["who should I call to fix my sink", "what number do I dial for the pizza place"])(
    "an errand's number is not ours: %s",
    (text) => {
      expect(matchQuestion(text).answer).not.toBe("whom_to_call");
    },
  );

  it.each([
    "how do embassies save people from scam centres",
    "embassy logon ko kaise bachati hai jo phas jaate hai",
    "領事館會幫忙救人嗎",
  ])("how the embassy rescues: %s", (text) => {
    expect(matchQuestion(text).answer).toBe("trapped_help");
  });
});

describe("punishment after the return, asked of someone who was forced or trafficked, is the legal answer", () => {
  it.each([
    "my daughter was trafficked to cambodia, will she go to prison when she gets home?",
    "my nephew was forced to do scams in myanmar, will police arrest him after he returns",
    "我儿子被逼着在缅甸搞诈骗，回国以后会不会坐牢",
    "我老公被騙去柬埔寨做詐騙，回來會被判刑嗎",
    "bhai ko zabardasti scam karwaya, wapas aayega to case hoga kya",
    "我哥在缅甸被逼着做客服骗人，上个月园区被端才逃出，现在在曼谷等机票，他怕一回国就被抓去判刑",
  ])("%s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text)).toMatchObject({ answer: "return_punished", emergency: false });
  });

  it("a passport kept before the return is history: no emergency card, the legal answer offered", () => {
    const text =
      "my brother came back from laos last month, the company had kept his passport and made him scam people. will he be charged now?";
    expect(detectDanger(text).danger).toBe(false);
    const match = matchQuestion(text);
    expect(match.emergency).toBe(false);
    expect([match.answer, ...match.alternatives]).toContain("return_punished");
  });

  it.each([
    "my son was forced to scam and is still locked in the compound, will he be jailed when he comes back?",
    "我弟弟还被关在妙瓦底，逼他骗人，回国会被抓吗",
  ])("still held, it is danger first: %s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
    expect(matchQuestion(text).emergency).toBe(true);
  });
});

describe("an employer asking which agency to hire through weighs no job offer", () => {
  it.each([
    "家里想请个菲佣，哪家中介比较靠谱",
    "我們工廠要引進外籍移工，哪間仲介比較可靠",
    "we want to hire a domestic helper from indonesia, which agency is legit",
  ])("%s", (text) => {
    expect(asksAboutAnOffer(new ReadText(text).canonical)).toBe(false);
    expect(matchQuestion(text).answer).not.toBe("offer_safety");
  });

  it.each(["我想去迪拜工作，哪家中介靠谱", "they are recruiting workers for dubai, is this agency legit"])(
    "a job seeker's question still does: %s",
    (text) => {
      expect(asksAboutAnOffer(new ReadText(text).canonical)).toBe(true);
    },
  );
});

describe("beside an emergency answer for someone held now, no entry for after coming home is offered", () => {
  it.each([
    "我喺緬甸俾人關住 佢哋要屋企俾十萬先放我返屋企 點算好",
    "我弟去越南做销售，到了河内被人接走送过边境，现在手机被收了，只能偷偷发一句",
    "my cousin went to laos for a hotel job and now they lock her in, she messages me at night in secret, how do we get her home",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.emergency).toBe(true);
    expect(match.alternatives).not.toContain("after_return");
  });
});
