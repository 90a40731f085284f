import { describe, expect, it } from "vitest";
import { isAboutOurDomain } from "../../src/qa/domain.ts";
import { QA_ENTRIES, QA_OUT_OF_SCOPE } from "../../src/content/qa.ts";
import { createQaMatcher, matchQuestion } from "../../src/qa/match.ts";
import { normalizeText } from "../../src/text/normalize.ts";

/** Our own wording: messages that share words with the entries but are about something JobSafe does not cover. */
const LOOK_ALIKES = [
  "下个月去曼谷玩，天气热不热？",
  "工地的师傅一天能挣多少钱？",
  "My landlord in Melbourne kept my bond, what can I do?",
  "在澳門做莊荷人工高唔高？",
  "劳动合同到期了公司不续签，要给补偿吗？",
  // Words of the domain's patterns in other senses: a founding year, concert tickets, a parcel number.
  "Founded in 1868, our company is a leader in textiles.",
  "They bought tickets for the concert, is it safe to go?",
  "我的快递单号是7712308456，怎么查到哪了？",
  // Coming back and help in other senses: an errand, a neighbour's favour.
  "我回来以后帮你带奶茶好吗？",
  "Can you help me water the plants after I come back from holiday?",
  "落地以后再办电话卡可以吗？",
  // A political exile's or asylum seeker's return: a neighbouring topic, whatever it shares with the returnee's.
  "流亡海外的人回国会被抓吗？",
  "Will I be arrested if I go back home after my asylum claim was refused?",
];

describe("only messages about JobSafe's domain get scam content", () => {
  it("抓紧 (hurry) after a return is no arrest: the domain's own words do not claim it", () => {
    // (Its entry may still vouch for it: 回国 is the return topic's keyword.)
    expect(isAboutOurDomain(normalizeText("我回国后会抓紧时间学习日语，有什么建议吗？").text)).toBe(false);
    expect(isAboutOurDomain(normalizeText("我回国后会抓我吗？").text)).toBe(true);
  });

  it.each(LOOK_ALIKES)("%s → the polite off-topic answer, no entry, no buttons", (text) => {
    expect(matchQuestion(text)).toMatchObject({ answer: null, alternatives: [], emergency: false, outOfScope: true });
  });

  it.each([
    ["朋友要去做跑分，怎么劝他", "friend_leaving"],
    ["他回来以后一直做噩梦，不愿意说话，我们能做什么", "after_return"],
    ["how much do they ask families to pay?", "ransom"],
    // asylum words in a message about a compound: still ours
    ["我从缅甸园区逃出来了，申请庇护的话回国会被抓吗？", "return_punished"],
    // help for someone back home, asked without a word of trauma
    ["我哥回来以后有没有地方可以帮他", "after_return"],
    ["Is there any organisation that helps people after they come back?", "after_return"],
    // the visa promised after arrival, a lure's sign, without a place or a scam word
    ["他们说到了以后再帮我办工作签证，这样行吗？", "visa_work"],
    ["They said the work permit will be done after I arrive, is that ok?", "visa_work"],
  ])("keeps questions of the domain that name no place: %s → %s", (text, entry) => {
    expect(matchQuestion(text).answer).toBe(entry);
  });

  it("answers or offers checking the company, not the off-topic answer, to a Cantonese question about a company", () => {
    const match = matchQuestion("點樣知道間公司係咪真㗎？");
    expect(match.outOfScope).toBeFalsy();
    expect([match.answer, ...match.alternatives]).toContain("verify_employer");
  });

  it("answers a fee asked by a Taiwanese agent (仲介費) with what lawful recruitment charges", () => {
    expect(matchQuestion("朋友介紹去日本打工，要先付仲介費五萬，合理嗎？").answer).toBe("recruitment_fee");
  });

  it("still answers a question about life in a compound that names no place", () => {
    expect(matchQuestion("她每次回我都好像在念稿子，是不是有人在旁边盯着？").answer).toBe("compound_life");
  });
});

describe("a question weighing a job abroad gets an answer about offers", () => {
  it.each([
    "表哥叫我去迪拜做客服，月薪两万，这个靠谱不？",
    "is this legit? recruiter on telegram says data entry job in bangkok pays 2500 usd",
    "bhai ye Thailand wali job sach mein hai kya? agent 50 hazar maang raha hai",
    // "work" alone is not a visa question: the visa entry's keywords are its visa words
    "Should I go to Cambodia for work?",
    // What the writer read is how they came to ask, not a question about the article.
    "I read a news article about jobs in Cambodia paying $2000 a month, should I go?",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBe("offer_safety");
    expect(match.emergency).toBe(false);
  });

  it.each([
    // 免簽 and 工作證 are read whole, as the visa entry writes them
    "泰國那份工作說先用免簽入境，到了再辦工作證，這樣合法嗎",
    "Do I need a work permit to work in Thailand?",
  ])("a visa question still gets the visa answer: %s", (text) => {
    expect(matchQuestion(text).answer).toBe("visa_work");
  });

  it("working abroad in general is not a visa question", () => {
    expect(matchQuestion("在国外工作期间有什么要注意的？").answer).not.toBe("visa_work");
  });
});

describe("in-domain questions are not turned away (issue 12, second round)", () => {
  it.each([
    // Cantonese 份工 / 外國工 is a job; Taglish "totoo" weighs an offer
    ["點知道呢份外國工係咪真嘅", ["offer_safety"]],
    ["paano malalaman kung totoo ang trabaho sa Thailand", ["offer_safety"]],
    // whether a company exists at all is the employer check
    ["can I find out whether the company even exists", ["verify_employer"]],
    // Malay "signs" of a false offer; Taglish "nag-message sa FB"
    ["apa tanda-tanda tawaran kerja luar negara yang palsu", ["red_flags", "offer_safety"]],
    ["may nag-message sa akin sa FB na may trabaho daw sa Cambodia", ["recruiting_channels"]],
    // a passport lost on the way out of a scam compound is the errand home, not a holiday theft
    ["I lost my passport after escaping the scam compound, how do I get home", ["after_return"]],
    // Taiwan writes 仲介 for an agent; 被關 is jail, and Cantonese 拉 is an arrest
    ["人力仲介說有牌照，要去哪裡查證？", ["verify_employer"]],
    ["怎麼檢舉非法仲介？", ["report_recruiter"]],
    ["從柬埔寨回台灣以後會被關嗎", ["return_punished"]],
    ["返咗嚟差佬會唔會拉人？", ["return_punished"]],
    ["回来以后警察会抓吗", ["return_punished"]],
    // Hong Kong and Taiwan write 惡夢 for 噩梦; Malay "wujud" asks whether a company exists
    ["阿妹返嚟之後晚晚發惡夢，成日唔出聲，點幫佢？", ["after_return"]],
    ["macam mana nak tahu syarikat luar negara tu wujud atau tak", ["verify_employer"]],
    // the employer already booked the journey: the lure's paid travel
    ["they already booked my flight and a hotel for me, is that normal?", ["paid_travel", "offer_safety", "red_flags"]],
    ["对方已经帮我买好机票了，说到了再扣工资，正常吗", ["paid_travel", "offer_safety", "red_flags"]],
    // whether those rescued are jailed on coming home, in Taglish (na-rescue, pag-uwi) and Malay (balik, kena tangkap)
    ["makukulong ba yung mga na-rescue sa scam hub pag-uwi nila?", ["return_punished"]],
    ["kalau balik dari syarikat scam kat Kemboja, kena tangkap ke?", ["return_punished"]],
    // app names written in Latin letters inside a Chinese message
    ["IG私訊有人說有海外高薪工作，這種可以信嗎", ["recruiting_channels", "offer_safety"]],
  ])("%s → %s", (text, expected) => {
    expect(expected).toContain(matchQuestion(text).answer);
  });

  it.each(["中国人去柬埔寨工作签证需要准备什么材料", "中介说办缅甸签证要准备哪些材料"])(
    "a neighbouring topic's words in a question naming a compound country or an agent are not turned away: %s",
    (text) => {
      const match = matchQuestion(text);
      expect(match.outOfScope).toBeFalsy();
      expect([match.answer, ...match.alternatives]).toContain("visa_work");
    },
  );

  it.each([
    "how to report a fake online shop on facebook",
    "How do I apply for a working holiday visa in Japan",
    "berita palsu tentang banjir",
    "这家公司存在什么问题",
    "我昨晚做了个恶梦",
    "I booked my flight and hotel for Bali, what should I pack",
  ])("neighbouring scams, working holidays and other words stay out: %s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBeNull();
    expect(match.alternatives).toEqual([]);
  });
});

describe("an urgent plea or the lure's own promise is never turned away", () => {
  it.each([
    "求求你们救救我老公，他出不了门",
    "求求大家帮帮我妹妹，她一直在哭",
    "Someone please rescue my brother, I beg you",
    "救命，我表哥回不来了",
  ])("%s → the emergency answer with contacts", (text) => {
    expect(matchQuestion(text)).toMatchObject({ answer: "trapped_help", emergency: true });
  });

  it.each(["一个月两万五，学历不限，只要会打字，靠谱吗", "日结八百就是陪人聊天，不要学历，是真的吗"])(
    "%s → answered about the lure, not told it is off-topic",
    (text) => {
      const match = matchQuestion(text);
      expect(match.outOfScope).toBeFalsy();
      expect(match.answer ?? match.alternatives[0]).toBeDefined();
    },
  );
});

describe("returning home and the police: our domain (issue 12, gate families)", () => {
  it.each(["回国以后公安会不会找我麻烦", "Will the police come for me after I return home?", "回来以后警察会不会找我"])(
    "%s is about our domain",
    (text) => {
      expect(isAboutOurDomain(normalizeText(text).text)).toBe(true);
    },
  );
  it.each(["回国以后护照丢了要去派出所吗？好像不用", "我想问问回国旅游要注意什么"])("%s stays out", (text) => {
    expect(isAboutOurDomain(normalizeText(text).text)).toBe(false);
  });
});

/**
 * Our own wording (not from the eval sets): the domain's topics in words the gate families did not know, in three
 * languages and the mixes, and the same words in everyday senses that stay out.
 */
describe("the domain in more of the families' words (issue 12, second edition)", () => {
  it.each([
    // Life inside: a quota or script and its punishment.
    "那边做不够数是不是会被罚？",
    "做唔夠數會唔會俾人打？",
    "do they really punish people who miss the quota?",
    // Papers home.
    "护照不在身上，怎么回国？",
    "He has no passport now, how can he fly home?",
    // Coming back, in Hinglish, Taglish and Malay.
    "bhai wapas aa gaya hai par baat nahi karta, kya karein",
    "kuya is back from Cambodia pero ayaw magkwento, ano gagawin namin",
    "adik dah balik tapi tak nak cakap langsung, macam mana",
    // A return and the police, in Hinglish and in Chinese.
    "Cambodia se wapas aane ke baad case hoga kya?",
    "从那边回来以后要去报备吗？",
    // Recruiting for a job.
    "群里有人招客服去迪拜，要不要去？",
    // A visa to work abroad, and the lure's visa: entering as a tourist, a visa paid with the ticket.
    "去日本打工要办哪种签证？",
    "they want me to fly in as a tourist and the job papers come later",
    "佢話簽證同機票全包，有冇問題？",
    // The lure's pay: no interview, an advance to clear a debt.
    "They hired me without an interview at double pay, is that normal?",
    "老板说可以预支工资帮我还债，能信吗？",
    // A pickup to an office, a free fare in Taglish, a family that has tried to talk someone out of going.
    "a driver will pick me up at the airport and take me to the office",
    "libre pasahe at tirahan daw, legit ba",
    "劝了好多次，他还是要去迪拜",
    // Checking who the company is.
    "对方公司成立不到一年，怎么核实资质？",
    // A travel document is no holiday; the lure's journey after landing; an office across a river.
    "没有护照了，大使馆能办旅行证吗",
    "下了飞机还要坐十几个小时的车才到公司，正常吗",
    "why is the office on the other side, across the river from Thailand",
  ])("%s is ours", (text) => {
    expect(isAboutOurDomain(normalizeText(text).text)).toBe(true);
  });

  it.each([
    "My sales targets went up again this quarter, any tips?",
    "公司这个季度的业务指标提高了，怎么完成？",
    "I forgot my ID at home, can I still board a domestic flight?",
    "招生简章什么时候出？",
    "去澳洲打工度假要办什么签证？",
    "Can I work part time on a student visa in Japan?",
    "签证要带几张照片？",
    "每天坐两个小时的车去公司上班，好累",
    "去日本旅行要注意什么？",
  ])("%s stays out", (text) => {
    expect(isAboutOurDomain(normalizeText(text).text)).toBe(false);
  });
});

/** Our own wording: weighing an offer in more of the ways people ask it, answered with an entry that weighs offers. */
describe("an offer weighed in other words gets an answer about offers, never the emergency card", () => {
  it("as a question no sample holds (cross-validation): the offer's words alone do not reach an emergency entry", () => {
    // Taken out of its entry, this sample matched "lost contact" on "overseas job southeast asia" and got the contacts.
    const question = "Can I trust this overseas job in Southeast Asia?";
    const entries = QA_ENTRIES.map((entry) => ({
      ...entry,
      samples: { ...entry.samples, en: entry.samples.en.filter((sample) => sample !== question) },
    }));
    const match = createQaMatcher(entries, QA_OUT_OF_SCOPE).match(question);
    expect(entries.find((entry) => entry.id === match.answer)?.weighsOffers).toBe(true);
    expect(match.emergency).toBe(false);
  });

  const weighsOffers = new Set([
    "offer_safety",
    "verify_employer",
    "high_pay",
    "paid_travel",
    "recruiting_channels",
    "red_flags",
  ]);
  it.each([
    "Can I trust this overseas job in Vietnam?",
    "越南那份工作我该不该接受？",
    "job in Laos, can go or not ah",
    "朋友叫我去金边做运营，会不会有危险？",
    "這份杜拜的工作可以接嗎？",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(weighsOffers.has(match.answer ?? "")).toBe(true);
    expect(match.emergency).toBe(false);
  });
});

/** Our own wording: reporting without one's name, and the trade itself named beside a neighbouring topic's words. */
describe("anonymous reporting and the trade's own words are never turned away", () => {
  it.each([
    "匿名报案警察会受理吗",
    "匿名举报派出所怎么处理",
    "匿名檢舉警察會處理嗎",
    "how do the police handle an anonymous report",
  ])("%s → the answer on reporting, or it among the buttons", (text) => {
    const match = matchQuestion(text);
    expect([match.answer, ...match.alternatives]).toContain("report_recruiter");
  });

  it("a survivor's words about being bought, with the slave trade named, get the nearest topics, not 'not ours'", () => {
    const match = matchQuestion("They said they had paid for me and owned me, it felt like the slave trade");
    expect(match.outOfScope).not.toBe(true);
    expect(match.answer === null ? match.alternatives : [match.answer]).toContain("compound_life");
  });
});

describe("trouble on the way home, in several words (issue 12: coming back)", () => {
  it.each([
    "does what I did over there count as a crime back home",
    "Will I be in trouble with the police when I come back from Laos?",
  ])("%s → whether returnees are punished", (text) => {
    expect(matchQuestion(text).answer).toBe("return_punished");
  });
});

describe("a family that cannot talk someone out of going, whoever is named (issue 12: a friend who won't listen)", () => {
  it.each(["My aunt is set on going to Dubai, what should we note down before she leaves?"])(
    "%s → the answer for a friend who is leaving",
    (text) => {
      expect(matchQuestion(text).answer).toBe("friend_leaving");
    },
  );
});

describe("a crime committed abroad and the police at home (issue 12: whom to call first)", () => {
  it.each(["案件发生在国外，国内警察管不管？", "the crime was committed overseas, can police at home do anything?"])(
    "%s → whom to call",
    (text) => {
      expect(matchQuestion(text).answer).toBe("whom_to_call");
    },
  );
});

describe("kept in by an employer is someone held", () => {
  it("an employer who keeps workers in the dormitory or refuses their notice is the domain's", () => {
    for (const text of [
      "公司不让我们出宿舍，怎么办",
      "主管不准我們出宿舍",
      "the boss won't let us quit, what can we do",
    ])
      expect(isAboutOurDomain(normalizeText(text).text), text).toBe(true);
  });
});
