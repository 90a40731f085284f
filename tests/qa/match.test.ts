import { describe, expect, it } from "vitest";
import { QA_ENTRIES } from "../../src/content/qa.ts";
import { createQaMatcher, matchQuestion, phraseFinder, termsOf } from "../../src/qa/match.ts";
import { DANGER_PHRASINGS, NOT_DANGER, OFF_TOPIC, TOPIC_PHRASINGS } from "./phrasings.ts";

const entryFor = (reason: string): string | undefined =>
  QA_ENTRIES.find((entry) => entry.emergencyFor?.includes(reason as never))?.id;

describe("matchQuestion: questions in the users' own words", () => {
  it.each(TOPIC_PHRASINGS)("$text → $expected (answer, or one tap away)", ({ text, expected }) => {
    const match = matchQuestion(text);
    expect([match.answer, ...match.alternatives]).toContain(expected);
  });

  it("what the embassy can do for a relative arrested abroad is whom to call, not the returnee's question", () => {
    expect(matchQuestion("What can the embassy do if my son is arrested abroad?").answer).toBe("whom_to_call");
  });

  it("answers most of them directly rather than asking which topic was meant", () => {
    const direct = TOPIC_PHRASINGS.filter(({ text, expected }) => matchQuestion(text).answer === expected);
    expect(direct.length / TOPIC_PHRASINGS.length).toBeGreaterThanOrEqual(0.85);
  });

  it("gives confidence in 0..1 and at most three alternatives, never the answer itself", () => {
    for (const { text } of TOPIC_PHRASINGS) {
      const match = matchQuestion(text);
      expect(match.confidence).toBeGreaterThanOrEqual(0);
      expect(match.confidence).toBeLessThanOrEqual(1);
      expect(match.alternatives.length).toBeLessThanOrEqual(3);
      if (match.answer) expect(match.alternatives).not.toContain(match.answer);
    }
  });
});

describe("a relative who will not be talked out of leaving, in each language's own words", () => {
  // Word families of refusing to listen and of trying to persuade, not the entry's sample wording.
  it.each([
    "My brother refuses to listen, he flies to Cambodia for a job on Monday",
    "Nobody can persuade my sister, she is going to Laos for a call centre job",
    "pinsan ko ayaw makinig, pupunta daw siya sa Myanmar para mag-trabaho",
    "我老公死活不听，下个月要去老挝上班",
    "妹妹要去泰國做客服，我怎樣勸她都沒用",
    "阿妹話要去柬埔寨打工，我勸唔到佢",
  ])("%s → friend_leaving", (text) => {
    expect(matchQuestion(text).answer).toBe("friend_leaving");
  });
});

describe("the names people give job scams", () => {
  // Employment fraud, job fraud and recruitment fraud are the job scam itself: the signs of one answer them.
  it.each(["What is employment fraud?", "How common is job fraud for work overseas?", "what is recruitment fraud"])(
    "%s → red_flags",
    (text) => {
      expect(matchQuestion(text).answer).toBe("red_flags");
    },
  );
});

describe("topics worded outside the domain's own word list", () => {
  // None names a scam, a place abroad or a recruiter; each shares a topic keyword with the entry that answers it.
  it.each([
    { text: "Do I need a work permit for that, or is visa-free entry enough?", expected: "visa_work" },
    { text: "Can I start working there if I enter visa-free?", expected: "visa_work" },
    { text: "After he comes home, will the police charge him?", expected: "return_punished" },
  ])("$text → $expected", ({ text, expected }) => {
    expect(matchQuestion(text).answer).toBe(expected);
  });

  it("offers the entry whose topic keyword the question names, though entries with many samples share more words", () => {
    const match = matchQuestion("菲律宾人申请柬埔寨工作签证去哪个部门");
    expect([match.answer, ...match.alternatives]).toContain("visa_work");
  });

  it("a workplace dispute at home stays out of scope whatever topic words it shares", () => {
    expect(matchQuestion("用人单位扣押劳动者的身份证合法吗")).toMatchObject({ answer: null, outOfScope: true });
  });
});

describe("a keyword of several words names its topic only whole", () => {
  it("reads a multi-word keyword as one phrase, whatever the order of its words", () => {
    expect(termsOf("leaving soon", "keywords")).toEqual(["leav+soon"]);
    expect(phraseFinder(["leav+soon", "police"])(["soon", "friend", "leav"])).toEqual(["leav+soon"]);
  });

  // "soon" of "leaving soon" made a job seeker's own question the worried family's; "long" of "how long missing" and
  // "police" of "local police" made a police clearance a relative's emergency.
  it("one word of a phrase does not pull its topic in", () => {
    expect(matchQuestion("My sister starts her job in Singapore soon, is the employer real?").answer).not.toBe(
      "friend_leaving",
    );
    expect(matchQuestion("How long does the police take to process a work abroad clearance?").answer).toBeNull();
  });

  it("the phrase whole still does", () => {
    expect(matchQuestion("My cousin is leaving soon for a job in Laos and will not listen to us").answer).toBe(
      "friend_leaving",
    );
  });

  it("a phrase found adds no weight to how much of a question is explained", () => {
    // A dispute at home that holds "police case" and "home" is not a returnee's question.
    expect(matchQuestion("the police case against my boss at home")).toMatchObject({ answer: null, outOfScope: true });
  });
});

describe("danger first", () => {
  it.each(DANGER_PHRASINGS)("$text → emergency ($reason)", ({ text, reason }) => {
    const match = matchQuestion(text);
    expect(match.emergency).toBe(true);
    expect(match.answer).toBe(entryFor(reason));
  });

  it("a question that also asks something else still gets the emergency answer first", () => {
    const match = matchQuestion("我弟弟在园区被打了,当初是包机票过去的,回国后会被判刑吗?");
    expect(match.emergency).toBe(true);
    expect(match.answer).toBe(entryFor("beaten"));
  });

  it("a passport stolen on holiday is not routed as trafficking", () => {
    for (const text of NOT_DANGER.slice(0, 3)) expect(matchQuestion(text).emergency).toBe(false);
  });

  it("a plea for a relative that no topic answers directly still gets the emergency answer", () => {
    const match = matchQuestion("孩子在那边受苦,求政府救救他");
    expect(match.emergency).toBe(true);
    expect(match.answer).toBe(entryFor("held"));
  });

  it("a plea inside an out-of-scope question does not get the emergency answer", () => {
    const match = matchQuestion("please help, how do I apply for a working holiday visa in Australia?");
    expect(match.emergency).toBe(false);
    expect(match.answer).toBeNull();
  });

  it("a bare plea for help gets the emergency answer when nothing else matches", () => {
    const match = matchQuestion("Please, I don't know what to do");
    expect(match.emergency).toBe(true);
    expect(match.answer).toBe(entryFor("held"));
  });
});

describe("off-topic and unmatched questions", () => {
  it.each(OFF_TOPIC)("%s → no scam answer", (text) => {
    expect(matchQuestion(text).answer).toBeNull();
  });

  it("gives nothing for text with no known words instead of guessing", () => {
    expect(matchQuestion("zxqv plorb")).toEqual({ answer: null, confidence: 0, alternatives: [], emergency: false });
    expect(matchQuestion("")).toMatchObject({ answer: null, emergency: false });
  });

  it("offers the nearest entries instead of answering when confidence is middling", () => {
    const cautious = createQaMatcher(undefined, undefined, { answerThreshold: 0.99, suggestThreshold: 0.05 });
    const match = cautious.match("Someone on Telegram offered me a job in Cambodia with free flights");
    expect(match.answer).toBeNull();
    expect(match.alternatives.length).toBeGreaterThanOrEqual(2);
  });
});

describe("a word read whole names its own topic, not a neighbour's", () => {
  /** Each question with the entry it gets, so that a failure names the question. */
  const answered = (texts: readonly string[]): string[] =>
    texts.map((text) => `${text} → ${matchQuestion(text).answer}`);
  const all = (texts: readonly string[], entry: string): string[] => texts.map((text) => `${text} → ${entry}`);
  const none = (texts: readonly string[], entry: string): string[] =>
    answered(texts).filter((line) => line.endsWith(` → ${entry}`));

  it("a keyword read whole does not cut the dictionary's longer word it touches (先打工 is 先 + 打工)", () => {
    expect(matchQuestion("可以先打工再办工作签证吗").answer).toBe("visa_work");
    expect(matchQuestion("在马来西亚黑工厂被抓了会怎样").answer).not.toBe("visa_work");
  });

  it("a recruiter's secrecy is a sign of the offer; a report kept confidential is reporting", () => {
    const secrecy = [
      "The recruiter said the job is confidential and I must not tell my family, is that normal?",
      "招聘的人说工作内容要保密，不能告诉家人，正常吗",
      "仲介說工作要保密，不可以跟家人講，正常嗎",
    ];
    const reports = [
      "Can I make a confidential report about a recruiter?",
      "can I report the agent confidentially",
      "I want to report a recruiter anonymously",
      "举报中介会替我保密吗",
    ];
    expect(none(secrecy, "report_recruiter")).toEqual([]);
    expect(answered(reports)).toEqual(all(reports, "report_recruiter"));
  });

  it("where a job ad comes from is not a question about the bot; where the bot's information comes from is", () => {
    const ads = ["这个招聘信息的来源是抖音，靠谱吗", "这个工作的来源可靠吗", "你的工作是哪来的"];
    const toTheBot = [
      "你的资料来源是什么",
      "你的信息从哪来",
      "你們的資料從哪裡來的",
      "你说的这些有出处吗",
      "where does your information come from",
      "what are your sources",
    ];
    expect(none(ads, "about_bot")).toEqual([]);
    expect(answered(toTheBot)).toEqual(all(toTheBot, "about_bot"));
  });

  it("WeChat as the channel a recruiter wrote on is not a relative gone silent, who still is", () => {
    expect(["recruiting_channels", "offer_safety"]).toContain(matchQuestion("微信上有人找我去泰国工作").answer);
    const silent = ["女儿去泰国以后不回微信了", "老公去柬埔寨后微信一直显示未读", "哥哥在缅甸，微信发消息都不回"];
    expect(answered(silent)).toEqual(all(silent, "lost_contact"));
  });
});

/**
 * Questions of one class that `entry` answers, and look-alikes of another that it must not: each a case of its own, so
 * that a failure names the question.
 */
function answersTheClass(entry: string, questions: readonly string[], others: readonly string[], why: string): void {
  it.each(questions)(`%s → ${entry}`, (text) => {
    expect(matchQuestion(text).answer).toBe(entry);
  });
  it.each(others)(`%s → not ${entry} (${why})`, (text) => {
    expect(matchQuestion(text).answer).not.toBe(entry);
  });
}

describe("someone already cheated by a recruiter asks what to do now: reporting it, not the signs of a scam", () => {
  // The signs of a job scam help before an offer is taken; after it, the next step is to report the recruiter. Both
  // questions share their topic words ("victim", "recruitment fraud"): "what now" is what tells them apart.
  answersTheClass(
    "report_recruiter",
    [
      "I think I'm a victim of job fraud, what steps should I take?",
      "Conned by an overseas recruitment agent, what now?",
      "我遇到了招聘诈骗,现在该怎么办?",
      "去泰國工作的仲介騙了我的錢,現在該怎麼辦?",
      "我是求職詐騙的受害者,接下來要怎麼做?",
      "懷疑身邊有人被人口販運,該怎麼辦?",
      "怀疑有人被人口贩卖,我该怎么做?",
    ],
    [
      "How can I tell whether I am a victim of recruitment fraud?",
      "What is employment fraud?",
      "怎么判断自己是不是遇到了招聘诈骗",
    ],
    "recognising one is the signs",
  );

  it.each(["网购被骗了怎么办", "I got scammed on a dating app, what now?"])("%s → no scam entry", (text) => {
    expect(matchQuestion(text).answer).toBeNull();
  });
});

describe("asking where or how to report a recruiter is reporting, whatever the recruiting words around it", () => {
  // The recruiter's channel (a group, a page, an app) is what is reported, not what is asked about.
  answersTheClass(
    "report_recruiter",
    [
      "抖音上有人专门招人去柬埔寨，怎么举报他？",
      "臉書社團有人一直徵人去泰國，要向哪裡檢舉？",
      "A Facebook page keeps recruiting people for Cambodia call centres, where can I report it?",
      "Telegram group is hiring for Myawaddy, who do I report this to?",
      "There's an agent in my village sending boys to Laos, how do I report him?",
    ],
    ["Where do recruiters usually post these fake jobs abroad?", "招人去柬埔寨的一般在哪些群里发广告？"],
    "where recruiters post is the channel",
  );
});

describe("a returnee asking whether to go to the police of their own accord asks whether they will be punished", () => {
  answersTheClass(
    "return_punished",
    [
      "我弟从妙瓦底回来了，需要自己去公安局交代吗？",
      "表哥從柬埔寨回來，要自己去警局交代清楚嗎？",
      "Should my cousin go to the police himself after he gets back from the scam compound?",
      "back from cambodia, do i need to report to the police myself?",
    ],
    ["I want to report the recruiter to the police, how?", "我想把招人去缅甸的中介交代给警察，去哪举报"],
    "reporting someone else",
  );
});

describe("asking whether the company behind an offer is real is checking the employer, however the offer came", () => {
  // A friend's referral or a group post names the channel; the question asks about the company.
  answersTheClass(
    "verify_employer",
    [
      "How can I tell if the company in the offer is real?",
      "A friend found me a job in Laos, how do I know the company is real?",
      "朋友介绍去泰国上班，怎么确定那家公司是真的",
      "同學介紹去柬埔寨工作，點知間公司係咪真㗎？",
      "表姐在臉書社團看到杜拜的工作，要怎麼確認那間公司真實存在？",
    ],
    ["Is this job in Cambodia real or a scam?", "朋友介绍的这份泰国工作是真的吗"],
    "the job itself is weighed",
  );
});

describe("an offer's condition asked about before going is weighing the offer, not life inside", () => {
  // "Phones kept by the company", "chats read": the words of life inside, asked by someone who has not gone yet.
  const weighsTheOffer = ["offer_safety", "red_flags", "high_pay", "paid_travel", "verify_employer"];
  const answeredBy = (text: string): string | null => matchQuestion(text).answer;
  it.each([
    "那边公司说上班手机要统一保管，这正常吗？我还在考虑要不要去柬埔寨",
    "仲介說去柬埔寨上班手機要交給公司保管，這樣正常嗎？我還沒決定要不要去",
    "is it normal that the company in Laos will read all our chats? thinking of taking the job",
  ])("%s → an entry that weighs offers", (text) => {
    expect(weighsTheOffer).toContain(answeredBy(text));
  });
  it.each(["我儿子在柬埔寨公司上班，手机被公司收走了，正常吗", "園區裡面手機都被收走，每天要做什麼？"])(
    "%s → not an offer (someone is there already)",
    (text) => {
      expect(weighsTheOffer).not.toContain(answeredBy(text));
    },
  );
});

describe("whether a recruiter's fee is normal, legal or how much it may be is the fee's question", () => {
  // The question shares more words with checking the agency ("中介", "agency"); the fee asked about is what it asks.
  answersTheClass(
    "recruitment_fee",
    [
      "do I have to pay the recruitment agency to get a job in Qatar?",
      "the agent wants a processing fee before the contract, is that normal?",
      "how much can a manpower agency charge me for a job in Saudi?",
      "劳务公司要我先交两万块手续费才能去日本，这合法吗",
      "正规的劳务中介会向工人收哪些钱",
      "仲介說要先付三萬元仲介費才能出國，這樣合法嗎？",
      "去外國打工，中介收手續費正唔正常？",
    ],
    [
      // Whether the agency is registered or real is the employer's check, whatever fee it asks for.
      "the agency wants a fee for a job in Dubai, is it licensed?",
      "仲介要先收六萬手續費，想問這家仲介有沒有登記？",
      // An agent gone with the money is reporting's.
      "the agency took my fee and disappeared, how do I get my money back",
      "我交了中介费，中介跑路了，怎么办",
    ],
    "the agency's registration or a fraud already done is asked",
  );

  it.each(["租房中介费一般收多少", "留学中介收费正常吗", "租屋仲介費通常收多少？"])(
    "a fee at home or for study abroad stays a neighbour's question (%s)",
    (text) => {
      expect(matchQuestion(text)).toMatchObject({ answer: null, outOfScope: true });
    },
  );
});
