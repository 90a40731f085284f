/**
 * Classes of questions the answers missed, each in the three languages (Simplified; Traditional with Taiwan and Hong
 * Kong usage; English, Malay and Taglish mixes). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

describe("the job turned out different from the one promised: the signs of a scam", () => {
  it.each([
    "到了泰国才发现工作跟中介说好的不一样，这是不是被骗了",
    "去到先知份工同當初講好嘅唔同，係咪俾人呃咗？",
    "is it a bad sign if the job is different from the one i was promised?",
  ])("%s", (text) => {
    expect(matchQuestion(text).answer).toBe("red_flags");
  });
});

describe("the compound's work told without its name: life inside", () => {
  it.each([
    "我弟说老板让他每天加三百个陌生人微信，装成富婆跟人聊天，这到底是什么工作",
    "他說公司叫他扮成單身女生每天跟陌生人聊天，這是什麼工作？",
    "my brother says his job is to chat up strangers online pretending to be a rich woman, what work is that",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect([match.answer, ...match.alternatives]).toContain("compound_life");
    expect(match.outOfScope).not.toBe(true);
  });

  it.each([
    "公司说她欠了路费和生活费，要干满半年才放她走",
    "公司話佢欠機票同食宿錢，要做夠一年先可以走，正常嗎？",
    "they say he owes the company for his ticket and food and cannot leave until it is paid off, is that how it works there",
  ])("a debt to the company before one may leave: %s", (text) => {
    const match = matchQuestion(text);
    expect([match.answer, ...match.alternatives]).toContain("compound_life");
  });

  it.each([
    "诈骗集团是靠什么手段控制园区里的人的",
    "詐騙集團是怎麼控制園區裡面的人？",
    "how do syndicates keep control of the trafficked workers in scam farms",
  ])("how the syndicates control people: %s", (text) => {
    expect(matchQuestion(text).answer).toBe("compound_life");
  });
});

describe("calls home watched by a team leader, and a job that turned into scamming: life inside", () => {
  it.each([
    "组长天天盯着我表弟聊天，他给家里打电话也得开免提",
    "到咗先知唔係做客服，係叫佢哋去呃人，入面係點㗎？",
    "到了那邊才知道不是客服，是叫他們騙人，裡面是怎麼逼人做的？",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.outOfScope).not.toBe(true);
    expect([match.answer, ...match.alternatives]).toContain("compound_life");
  });
});

describe("whether the agent is registered and approved: checking the agency", () => {
  it.each([
    "怎么查这个中介有没有政府批准，能不能招人出国",
    "點知個仲介有冇政府批准招人出國做嘢？",
    "how can i check that my agent is registered and has the approvals to recruit",
    "macam mana nak tahu syarikat tu betul wujud ke tak? dia kata kerja kat Phnom Penh",
  ])("%s", (text) => {
    expect(matchQuestion(text).answer).toBe("verify_employer");
  });
});

describe("how much an agent may charge: the fee answer", () => {
  it.each([
    "去沙特打工，中介最多可以收多少钱才合法？",
    "出國工作，仲介最多可以收多少錢？",
    "what is the most a recruiter can legally charge me for a Gulf job?",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect([match.answer, ...match.alternatives]).toContain("recruitment_fee");
  });
});

describe("a housing agent's fee at home is a neighbour's errand", () => {
  it.each([
    "租房的中介费到底该谁出？",
    "租屋仲介費應該房東付還是房客付？",
    "the letting agent wants a fee of two months rent, is that allowed?",
  ])("%s", (text) => {
    expect(matchQuestion(text).outOfScope).toBe(true);
  });

  it.each([
    "中介说去迪拜做房产销售月薪三万包机票，靠谱吗",
    "real estate agent job in Phnom Penh, $3000 a month, free flight, legit?",
  ])("a job abroad selling houses is still weighed: %s", (text) => {
    expect(matchQuestion(text).outOfScope).not.toBe(true);
  });
});

describe("the employer's errand: choosing an agency to hire a caregiver", () => {
  it.each([
    "我们家想为雇主与外籍看护双方着想，怎么挑一家好仲介？",
    "有仲介公司詢問，加入就業服務同業公會是不是一定要？",
    "What is the FDW's employment agency responsible for after she arrives?",
  ])("%s", (text) => {
    expect(matchQuestion(text).answer).toBeNull();
  });
});

describe("a purchase gone wrong and a study agent's fee are neighbours' errands", () => {
  it.each([
    "淘宝卖家收了钱不发货，骗人，去哪里举报",
    "網購被賣家騙了錢，要去哪裡檢舉？",
    "the seller on Carousell took my money and never shipped, how do I report him",
    "留学中介收费两万合理吗",
    "留學仲介說要先付訂金，正常嗎？",
    "my study agent wants a deposit before applying to the university, is that a scam?",
  ])("%s", (text) => {
    expect(matchQuestion(text).outOfScope).toBe(true);
  });

  it.each([
    "中介说去柬埔寨做网店客服月薪两万，能去吗",
    "online shop customer service job in Phnom Penh, $2,000, free flight, legit?",
  ])("a job abroad in an online shop is still weighed: %s", (text) => {
    expect(matchQuestion(text).outOfScope).not.toBe(true);
  });
});

describe("an ordinary working day with a phone: not the compound's", () => {
  it.each([
    "领导让我们开免提打电话给客户",
    "老闆盯著我們上班，開免提打電話，這合法嗎？",
    "我嘅工作係做網店客服，要同陌生人傾偈",
    "我的工作是做网店客服，每天要跟陌生人聊天",
    "I work in sales and chat with strangers on LinkedIn all day, is that normal?",
    "my manager watches us on speakerphone calls with clients at the office, is that allowed?",
  ])("%s", (text) => {
    expect(matchQuestion(text).answer).not.toBe("compound_life");
  });

  it.each([
    "老板逼他每天跟陌生人聊天，完不成指标就挨打",
    "佢話公司叫佢扮有錢人同陌生人傾偈，仲要開免提打俾屋企",
    "he has to chat with strangers all day under a fake profile, with a quota of 20 new contacts",
  ])("with a persona, a quota or calls home watched it is: %s", (text) => {
    const match = matchQuestion(text);
    expect([match.answer, ...match.alternatives]).toContain("compound_life");
  });
});

describe("a job offered, or a fee for a job, keeps the answer whoever asks", () => {
  it.each([
    ["仲介詢問我要不要去杜拜工作，要先付五萬，可以嗎？", "recruitment_fee"],
    ["中介问我要不要去迪拜打工，先交五万块，可以吗", "recruitment_fee"],
    ["Is the FDW's agency allowed to charge her 3 months' salary as placement fee?", "recruitment_fee"],
    ["留学中介说交三万可以顺便帮我在日本找工作，靠谱吗", "offer_safety"],
    ["留學仲介說付三萬就幫我在日本安排工作，可信嗎？", "offer_safety"],
    ["my study agent says for $3,000 he can also find me a job in Japan, is it legit?", "offer_safety"],
  ])("%s", (text, entry) => {
    const match = matchQuestion(text);
    expect(match.outOfScope).not.toBe(true);
    expect([match.answer, ...match.alternatives]).toContain(entry);
  });
});

describe("the job was not the one promised, as English says it", () => {
  it.each([
    "The job is not what I was promised",
    "They promised me a waitress job but it's a different job",
    "The job turned out different from the one we were promised",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.outOfScope).not.toBe(true);
    expect([match.answer, ...match.alternatives]).toContain("red_flags");
  });
});

describe("fees for the Gulf: the fee answer", () => {
  it.each([
    "Which fees are legal for an Indian worker going to the Gulf?",
    "去海湾国家打工，哪些费用是合法的？",
    "去海灣國家工作，仲介可以收哪些費用？",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect([match.answer, ...match.alternatives]).toContain("recruitment_fee");
  });
});
