import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkOffer, formatVerdict, looksLikeOffer, type Verdict } from "../../src/check/index.ts";
import { RULES, flagTitleKey, flagWhyKey, togetherSets } from "../../src/content/rules.ts";
import { PLACES } from "../../src/content/places.ts";
import { provenanceProblems } from "../../src/content/sourced.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);
const placeIds = (text: string): string[] => checkOffer(text).facts.places.map((place) => place.id);

describe("places are found however they are written", () => {
  it.each([
    ["去缅甸工作", "myanmar"],
    ["去緬甸工作", "myanmar"],
    ["去 缅 . 甸", "myanmar"],
    ["去MD发展", "myanmar"],
    ["JPZ高薪", "cambodia"],
    ["柬.埔.寨", "cambodia"],
    ["KK园区", "kk-park"],
    ["ＫＫ園區", "kk-park"],
    ["妙瓦底", "myawaddy"],
    ["near Myawaddy", "myawaddy"],
    ["西港", "sihanoukville"],
    ["Sihanoukville", "sihanoukville"],
    ["果敢老街", "laukkaing"],
    ["大其力", "tachileik"],
    ["Poipet", "poipet"],
    ["金三角经济特区", "golden-triangle-sez"],
    ["Mae Sot", "mae-sot"],
    ["Shwe Kokko", "shwe-kokko"],
    ["🇰🇭 高薪", "cambodia"],
  ])("%j → %s", (text, id) => {
    expect(placeIds(text)).toContain(id);
  });

  it("does not read an English 'MD' (a doctor) as Myanmar", () => {
    expect(placeIds("Hiring an MD for our clinic in Ohio")).not.toContain("myanmar");
  });
});

describe("rules fire on their red flags in every language and form", () => {
  it.each([
    ["passport_handover", "到了护照先交给公司保管"],
    ["passport_handover", "護照交給公司統一保管"],
    ["passport_handover", "You must hand over your passport on arrival"],
    ["passport_handover", "到了那邊護照公司統一收"],
    ["passport_handover", "your passport will stay with the agency"],
    ["passport_handover", "leave your passport with us when you arrive"],
    ["no_passport", "you won't need a passport for this job"],
    ["falsified_application", "可幫申請者「優化」申請資料,成功率99%"],
    ["guaranteed_outcome", "到澳洲打工,保證有工作"],
    ["guaranteed_outcome", "簽證一定過,下個月出發"],
    ["guaranteed_outcome", "100% guaranteed job in Canada"],
    ["wage_withholding", "前三個月沒有薪水,試用期過了再發"],
    ["wage_withholding", "工资押一个月,合同到期再发"],
    ["wage_withholding", "Your salary will be paid after 3 months"],
    ["debt_offer", "機票錢到了從工資扣"],
    ["debt_offer", "机票钱公司给你垫,到了慢慢还"],
    ["debt_offer", "We advance your ticket, you pay it back from your first salary"],
    ["secrecy", "keep this between us until you land"],
    ["tourist_visa_work", "tell your family you are going on holiday"],
    ["chat_interview", "面試全程用LINE,不用見面"],
    ["secrecy", "别跟家里说,到了再报平安"],
    ["secrecy", "不要告訴家人"],
    ["secrecy", "Don't tell your family until you arrive"],
    ["irregular_crossing", "到了边境走小路过去"],
    ["irregular_crossing", "晚上坐船过去"],
    ["irregular_crossing", "our guide helps you cross the border"],
    ["no_passport", "不用办护照,有人带"],
    ["no_passport", "no passport needed"],
    ["tourist_visa_work", "办个旅游签就行"],
    ["tourist_visa_work", "we arrange a student visa and you start work on arrival"],
    ["tourist_visa_work", "come on a tourist visa, we convert to work visa later"],
    ["recruiter_fee", "先交押金3000"],
    ["recruiter_fee", "Processing fee: KSh 200,000"],
    ["paid_travel", "包機票"],
    ["paid_travel", "free air ticket"],
    ["free_board", "包吃包住"],
    ["free_board", "月薪八千，还管吃住"],
    ["vague_job", "招打字员"],
    ["vague_job", "data entry operator"],
    ["gambling_work", "菠菜项目"],
    ["gambling_work", "online gaming customer service"],
    ["crypto_pay", "工资U结算"],
    ["crypto_pay", "paid in USDT"],
    ["debt_offer", "可預支薪水,幫你代償債務"],
    ["chat_recruiter", "飞机联系"],
    ["chat_recruiter", "details via Telegram"],
    ["chat_recruiter", "I found the job through an ad on Facebook"],
    ["chat_recruiter", "she was recruited via social media"],
    ["chat_recruiter", "在facebook社团看到招聘"],
    ["recruiter_fee", "he paid the broker who found the job 2,000 dollars"],
    ["recruiter_fee", "they sent back the 900 dollars she paid the agency"],
    ["recruiter_fee", "中介服务收费6万加元"],
    ["vague_job", "Chinese interpreter wanted for a company in Laos"],
    ["casting_abroad", "Fly to Bangkok next week for a magazine cover photo shoot"],
    ["war_work", "Security helper jobs in Moscow with the Russian Army, 2 lakh a month"],
    ["war_work", "招俄军后勤，月薪两万"],
    ["casting_abroad", "泰国拍戏，副导演微信联系"],
    ["vague_job", "招聘中文翻译，工作地点老挝"],
    ["vague_job", "徵客戶服務專員"],
    ["overseas_job", "the job is in a neighbouring country, you only need a passport"],
    ["urgency", "明天就出发"],
    ["high_pay", "月薪3W+"],
    ["high_pay", "lucrative salary"],
    ["high_pay", "recruiters promised high salaries to anyone who applied"],
    ["destination_later", "after landing they would be driven to the new office by road"],
  ])("%s ← %j", (id, text) => {
    expect(flagIds(text)).toContain(id);
  });

  it.each([
    ["recruiter_fee", "本公司不收押金"],
    ["recruiter_fee", "No placement fee is charged"],
    ["passport_handover", "我们绝不扣护照"],
  ])("a negated %s does not fire: %j", (id, text) => {
    expect(flagIds(text)).not.toContain(id);
  });

  it.each([
    ["chat_recruiter", "You will run our Facebook and Instagram campaigns"],
    ["chat_recruiter", "Experience with social media marketing is a plus"],
    ["high_pay", "要求985/211院校毕业"],
    ["high_pay", "He borrowed 300,000 shillings to pay for the trip"],
    ["high_pay", "Top agents earn higher commissions on every policy"],
    ["high_pay", "High school diploma required; pay depends on experience"],
    ["destination_later", "Our team is driven to change how people buy tickets"],
  ])("%s does not fire where the words mean something else: %j", (id, text) => {
    expect(flagIds(text)).not.toContain(id);
  });

  it("quotes the evidence exactly as written", () => {
    const verdict = checkOffer("工作轻松 柬.埔.寨 月薪２Ｗ 護照先交公司");
    const evidence = Object.fromEntries(verdict.flags.map((flag) => [flag.id, flag.evidence]));
    expect(evidence.risk_country).toBe("柬.埔.寨");
    expect(evidence.passport_handover).toBe("護照先交公司");
    expect(evidence.high_pay).toContain("２Ｗ");
  });

  it("quotes words that must meet from their closest meeting, each phrase once", () => {
    const verdict = checkOffer("泰國客服，包機票包住宿，免經驗");
    const evidence = Object.fromEntries(verdict.flags.map((flag) => [flag.id, flag.evidence]));
    expect(evidence.paid_travel).toBe("包機票");
    expect(evidence.free_board).toBe("包住宿");
  });
});

describe("levels follow combinations, not single words", () => {
  it.each([
    ["a hot-spot destination alone is a warning", "公司在西港,欢迎联系", "warning"],
    ["a compound country alone is a warning", "We have an office in Cambodia.", "warning"],
    ["hot spot + high pay is high", "西港 月薪2万", "high"],
    ["compound country + vague job is high", "Customer service job in Myanmar", "high"],
    ["hot spot + paid travel is high", "妙瓦底 包机票", "high"],
    ["transit country + vague job + paid travel is high", "Data entry job in Thailand, free air ticket", "high"],
    ["passport handover is high anywhere", "入职后护照交给公司保管", "high"],
    ["secrecy is high anywhere", "这份工作不要告诉家人", "high"],
    ["an irregular crossing is high anywhere", "到了边境走小路过去就行", "high"],
    ["a recruiter fee is high anywhere", "报名先交押金500元", "high"],
    ["low pay does not clear a lure", "缅甸 客服 月薪3000 包吃包住", "high"],
    ["travelling disguised as a tourist is high with a lure sign", "为了顺利通关要装成游客,工作轻松", "high"],
    ["a fee paid before going abroad is high", "出国打工,出国前要先交22000元", "high"],
    ["a recruiter who arranges the visa sends you abroad", "做客服很轻松,公司包办交通和签证费用", "high"],
    ["an easy job with travel paid but no word of abroad stays below high", "做客服很轻松,公司包办交通", "warning"],
    ["a customer-service job 'at the border' is high", "邊境那邊招客服", "high"],
    ["a region named instead of a country is abroad", "中东 打字员 高薪", "high"],
    ["'another country' is abroad", "Data entry job in another country, high salary", "high"],
    ["an ordinary domestic ad is low", "招聘会计,本科以上,五险一金,上海浦东", "low"],
    ["an ordinary English ad is low", "Senior accountant, CPA required, hybrid work in Chicago.", "low"],
  ])("%s", (_name, text, level) => {
    expect(checkOffer(text).level).toBe(level);
  });

  it("a lawful overseas ad with high pay, flights and housing is not high", () => {
    const ad =
      "金边某制衣(柬埔寨)有限公司 招聘 行政专员 月薪USD 1,500,包食宿,报销回国机票。公司办理工作签证和劳工证," +
      "视频面试后签书面劳动合同再订机票,不收任何报名费、押金,护照由本人保管。";
    const verdict = checkOffer(ad);
    expect(verdict.level).not.toBe("high");
    expect(verdict.lawfulSigns.length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["a Hong Kong office job in Hong Kong dollars", "香港公司請行政助理，月薪$16,000，五天工作，有勞保"],
    ["a Taiwanese sales post in Taiwan dollars", "徵海外業務，待遇4萬起，需英文流利，可出差東南亞"],
  ])("%s is not read as pay in yuan", (_name, ad) => {
    const verdict = checkOffer(ad);
    expect(verdict.level).not.toBe("high");
    expect(verdict.flags.map((flag) => flag.id)).not.toContain("high_pay");
  });

  it.each([
    ["徵客服，月入3萬，免經驗", "TWD"],
    ["請客服，月入3萬，唔使經驗", "HKD"],
    ["內地男子被介紹到緬甸做客服，月入3萬", "CNY"],
    ["招客服，月入3万，免经验", "CNY"],
  ])("%j quotes pay in %s", (offer, currency) => {
    expect(checkOffer(offer).facts.salaries[0]?.currency).toBe(currency);
  });

  it("an English lawful Bangkok ad is not high", () => {
    const ad =
      "Regional Marketing Analyst – Bangkok. Employer: Example Logistics Co., Ltd. (Thai-registered). Non-Immigrant B " +
      "visa and work permit arranged by the employer. Salary THB 80,000/month. Written employment contract before " +
      "travel, video interview, no fees charged.";
    expect(checkOffer(ad).level).not.toBe("high");
  });

  it.each([
    "Requiring only good English and typing skills",
    "All you need is basic computer skills",
    "工作内容简单容易上手",
  ])("%j is a bar anyone clears", (text) => {
    expect(checkOffer(text).flags.map((flag) => flag.id)).toContain("no_experience");
  });

  it("a negation reaches over a short English list before a fee ('no employment and placement fee')", () => {
    const ids = checkOffer("No employment and placement fee will be collected from caregivers").flags.map((f) => f.id);
    expect(ids).not.toContain("recruiter_fee");
    expect(checkOffer("Placement fee will be collected from caregivers").flags.map((f) => f.id)).toContain(
      "recruiter_fee",
    );
  });

  it.each([
    ["a recruiter charging fees for jobs", "Recruiters here are charging workers large fees for jobs on farms abroad."],
    ["loans to cover recruitment fees", "He took two loans to cover recruitment fees for a cleaning job overseas."],
    ["money given for a job abroad", "I gave money to a man who said he could get a job abroad for me."],
    ["借钱给中介", "为了出国干活,先跟亲戚借钱,才有钱给中介。"],
    ["仲介費 in Taiwan's words", "要先繳交仲介費,才能安排去日本工作"],
    ["買工費", "仲介說買工費要8萬,到了就有工作"],
    ["money sent first", "先匯款到指定帳戶才能安排出國"],
    ["pay me first", "去杜拜工作,先給我三萬塊,我幫你辦好一切"],
    ["pay first in English", "Pay me first and I will process your visa for the Dubai job"],
  ])("money paid for the job however it is worded is the fee flag: %s", (_name, offer) => {
    const verdict = checkOffer(offer);
    expect(verdict.flags.map((f) => f.id)).toContain("recruiter_fee");
    expect(verdict.level).toBe("high");
  });

  it.each([
    "You should not pay any recruitment fees: the employer covers them.",
    "Workers never pay recruitment fees or agent fees under this programme.",
    "不需要给中介任何钱,费用由雇主承担。",
    "本公司不收仲介費,也不用先付錢。",
  ])("a fee said to be none is no fee flag: %j", (ad) => {
    expect(checkOffer(ad).flags.map((f) => f.id)).not.toContain("recruiter_fee");
  });

  it.each(["不同岗位都要先交押金3000元", "不久就要先交押金,名额有限"])(
    "a word that only begins with 不 does not negate the fee after it: %j",
    (offer) => {
      expect(checkOffer(offer).flags.map((f) => f.id)).toContain("recruiter_fee");
    },
  );

  it.each(["年終獎年底一次發", "我們不會押工資,每月10號發薪", "13th month salary paid at the end of the year"])(
    "a bonus paid once a year or wages said not to be held are no withholding: %j",
    (text) => {
      expect(checkOffer(text).flags.map((f) => f.id)).not.toContain("wage_withholding");
    },
  );

  it.each(["Bring your passport and leave your bags at the hotel", "Do not leave your passport with anyone"])(
    "travel advice about a passport is no handover: %j",
    (text) => {
      expect(checkOffer(text).flags.map((f) => f.id)).not.toContain("passport_handover");
    },
  );

  it("a trip paid by the employer and never taken from the wages is no debt", () => {
    expect(checkOffer("机票费用不从工资扣,公司承担").flags.map((f) => f.id)).not.toContain("debt_offer");
  });

  it("manual work abroad is paid by the day with a premium: 11,000 yuan a month on a site is not far above normal", () => {
    const site = checkOffer("海外项目招工地小工,日薪380元,综合月薪11,000元,提供免费食宿,出国务工合同一年。");
    expect(site.flags.map((f) => f.id)).not.toContain("high_pay");
    expect(site.level).not.toBe("high");
    // The same pay for the lure's easy office work abroad is still far above normal.
    expect(checkOffer("海外招打字员,月薪11,000元,提供免费食宿。").flags.map((f) => f.id)).toContain("high_pay");
  });

  it("a job that asks for no degree is not skilled work: its pay is judged on the unskilled line", () => {
    const verdict = checkOffer("No experience or degree required. Salary of VND20-30 million per month.");
    expect(verdict.flags.map((f) => f.id)).toContain("high_pay");
  });

  it("names lawful signs separately from red flags", () => {
    const verdict = checkOffer("Work permit provided, employment contract, video interview, no placement fee");
    expect(verdict.lawfulSigns.map((sign) => sign.id)).toEqual(
      expect.arrayContaining(["lawful_work_permit", "lawful_contract", "lawful_video_interview", "lawful_no_fee"]),
    );
    expect(verdict.flags).toEqual([]);
  });
});

describe("checkOffer on any input", () => {
  // How fast it reads (floods included) is measured by `npm run bench`, not here: a time bound in a test fails on a
  // busy machine and passes a slow change on a fast one.
  it("never throws on random Unicode, and always gives a level", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (text) => {
        expect(["high", "warning", "low"]).toContain(checkOffer(text).level);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("reads 4,096-character floods of one unit repeated without throwing", () => {
    for (const unit of ["9", "1,", "万", "缅.", "🇲🇲", "\ud800", "妙瓦底KK园区", "月薪2W ", "不不不押金"]) {
      const text = unit.repeat(Math.ceil(4096 / unit.length)).slice(0, 4096);
      expect(["high", "warning", "low"]).toContain(checkOffer(text).level);
    }
  });

  it("is deterministic", () => {
    const text = "KK园区高薪客服 月薪3W 包吃包住 飞机联系";
    expect(checkOffer(text)).toEqual(checkOffer(text));
  });
});

describe("looksLikeOffer routes offers to the check and questions to Q&A", () => {
  it.each([
    "去柬埔寨做客服安全吗",
    "我弟弟去了缅甸,现在联系不上怎么办?",
    "护照被老板扣了怎么办",
    "Is a job in Thailand safe?",
    "你好",
    "hello",
    // A place alone, or a place and an ordinary job, is someone's life, not an offer.
    "I live in Bangkok and work in marketing",
    "我在迪拜做销售 挺好的",
    // An ordinary place and a chat app: someone's own work, not a recruiter's line.
    "我在新加坡工作，有事微信联系我",
    "I work in Singapore, WhatsApp me if you need anything",
  ])("question or greeting: %j", (text) => {
    expect(looksLikeOffer(text)).toBe(false);
  });

  it.each([
    "【海外直招】柬埔寨客服,月薪2万,包吃包住,飞机联系",
    "招聘打字员 月入过万 包机票",
    "URGENT HIRING – Customer Support in Thailand. Salary USD 1,500/month, free air ticket. DM for details.",
    // No pay named, no place, no call to apply: several promises of one kind (no skills, just typing) make the offer.
    "兄弟 有个活 出国跑几个月 稳赚 什么都不用会 会打字就行 机票公司出",
    // Short recruiter lines: where it sends people and one more sign.
    "在西港做推广，想赚钱的朋友私聊我",
    "Typing job in Laos, good money, contact me",
    // A Malay recruiter's words for a vacancy and pay (kerja kosong, gaji).
    "Ada kerja kosong luar negara, admin online, gaji RM8000, tiket flight tanggung. PM",
  ])("offer: %j", (text) => {
    expect(looksLikeOffer(text)).toBe(true);
  });

  // An English ad's prose is full of "is", "what" and "do": a long pasted ad is checked all the same (issue 11).
  it.each([
    [
      "Account Executive – Sydney. Our company is a fast-growing analytics firm and what we do is help retailers " +
        "understand their customers. You will join a small team that is responsible for new business. " +
        "The role: manage the full sales cycle, do product demos, and work with marketing on campaigns. " +
        "About you: two or more years of experience in B2B sales, strong communication skills, a degree is a plus. " +
        "We offer a competitive package, flexible hours and a friendly office in the city centre.",
    ],
    [
      "金边某贸易公司招聘行政助理。公司是一家从事进出口贸易的企业，业务覆盖东南亚。岗位职责：负责日常行政事务、" +
        "文件整理、会议安排，协助财务处理报销。任职要求：大专以上学历，一年以上相关工作经验，熟练使用办公软件，" +
        "会英语者优先。我们能提供什么？完善的培训和晋升通道、五天工作制、年度体检。有意者请将简历发送至公司邮箱，" +
        "注明应聘岗位。公司地址在金边市中心，交通便利，欢迎优秀的你加入我们的团队，共同成长。" +
        "面试时请携带身份证件和学历证明原件，试用期三个月，转正后签订正式劳动合同。",
    ],
  ])("a long pasted ad whose prose asks nothing: %#", (text) => {
    expect(looksLikeOffer(text)).toBe(true);
  });

  it("a long story from a relative, with no ad in it, stays a question", () => {
    const story =
      "My brother left home three months ago and said he would go to Bangkok with a friend. " +
      "He calls our mother every week, and he sounds happy. Yesterday he said he might move to another city " +
      "because a friend told him about a better place to live. Our mother is worried because she does not know " +
      "the friend. Is there anything we should ask him, or anything we should check, before he moves again? " +
      "We do not want to upset him, but we want to be sure he is fine.";
    expect(story.length).toBeGreaterThanOrEqual(400);
    expect(looksLikeOffer(story)).toBe(false);
  });
});

describe("formatVerdict", () => {
  const tr = loadTranslator();

  it.each(LOCALES)("escapes the quoted evidence (%s)", (locale) => {
    const verdict: Verdict = {
      ...checkOffer("缅甸 客服"),
      flags: [{ id: "secrecy", category: "secrecy", evidence: "<script>alert('x')</script> & co", start: 0, end: 10 }],
    };
    const message = formatVerdict(verdict, locale, tr);
    expect(message).not.toContain("<script>");
    expect(message).toContain("&lt;script&gt;");
    expect(message).toContain("&amp; co");
  });

  it.each(LOCALES)("escapes evidence taken from a real offer (%s)", (locale) => {
    const message = formatVerdict(checkOffer("去缅<>甸做客服"), locale, tr);
    expect(message).toContain("缅&lt;&gt;甸");
  });

  it.each(LOCALES)("caps the flags shown and stays short (%s)", (locale) => {
    const lure =
      "KK园区 高薪客服 月薪3W 包吃包住 包机票 落地有人接 旅游签 不用护照 走小路 护照先交 别跟家里说 押金 预支 急招 飞机联系 U结算 菠菜";
    const message = formatVerdict(checkOffer(lure), locale, tr);
    expect(message.length).toBeLessThan(3500);
    expect(message).toContain(tr.t(locale, "check.level.high.headline"));
  });

  it.each(LOCALES)("names every flag, those past the first few by their title (%s)", (locale) => {
    const lure =
      "KK园区 高薪客服 月薪3W 包吃包住 包机票 落地有人接 旅游签 不用护照 走小路 护照先交 别跟家里说 押金 预支 急招 飞机联系 U结算 菠菜";
    const verdict = checkOffer(lure);
    expect(verdict.flags.length).toBeGreaterThan(6);
    const message = formatVerdict(verdict, locale, tr);
    for (const flag of verdict.flags) expect(message).toContain(tr.t(locale, flagTitleKey(flag.id)));
  });

  it("converts pay into the reader's currency: US dollars in English, yuan or NT dollars in Chinese, never a bare ¥", () => {
    const bahtOffer = checkOffer("Customer service in Bangkok, 40,000 baht a month, free flight, no experience needed");
    const english = formatVerdict(bahtOffer, "en", tr);
    expect(english).toContain(tr.t("en", "check.fact.amount.usd", { amount: "1,111" }));
    expect(english).not.toContain("¥");
    // Simplified Chinese readers think in yuan, Traditional Chinese readers (written for Taiwan) in NT dollars.
    for (const [locale, code, amount] of [
      ["zh-hans", "cny", "12,000"],
      ["zh-hant", "twd", "54,545"],
    ] as const) {
      const chinese = formatVerdict(checkOffer("日本工厂，月薪25万日元，包吃住，免经验"), locale, tr);
      expect(chinese).toContain(tr.t(locale, `check.fact.amount.${code}`, { amount }));
      expect(chinese).not.toContain("¥");
    }
    // A month's pay already in the reader's currency is shown as read.
    expect(formatVerdict(checkOffer("Data entry in Laos, $1,500/month, free flight"), "en", tr)).not.toContain("US$");
  });

  it.each(LOCALES)("the lowest level says no check can prove safety (%s)", (locale) => {
    const abroad = formatVerdict(checkOffer("Senior accountant in Germany"), locale, tr);
    expect(abroad).toContain(tr.t(locale, "check.level.low.summary"));
    expect(abroad).toContain("/sos");
    // A job at home: the same caution, with no work visa to get.
    const home = formatVerdict(checkOffer("Senior accountant in Chicago"), locale, tr);
    expect(home).toContain(tr.t(locale, "check.level.low.summary_at_home"));
    expect(home).toContain("/sos");
  });
});

describe("content", () => {
  const tr = loadTranslator();

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    "rule %s has a source, a title and an explanation",
    (_id, rule) => {
      expect(provenanceProblems(rule)).toEqual([]);
      // A silent rule (a cue such as a flight or skilled work) is never shown, so it needs no words.
      if (!rule.silent) {
        for (const locale of LOCALES) {
          expect(tr.has(locale, flagTitleKey(rule.id))).toBe(true);
          expect(tr.has(locale, flagWhyKey(rule.id))).toBe(true);
        }
      }
      const terms = (rule.terms?.zh?.length ?? 0) + (rule.terms?.en?.length ?? 0);
      const groups = togetherSets(rule).reduce((sum, set) => sum + (set.zh?.length ?? 0) + (set.en?.length ?? 0), 0);
      expect(Boolean(rule.extractor) || terms + groups > 0).toBe(true);
    },
  );

  it("every place has a source", () => {
    for (const place of PLACES) expect(provenanceProblems(place), place.id).toEqual([]);
  });
});
