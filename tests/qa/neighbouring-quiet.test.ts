import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Everyday and neighbouring-topic messages written for this test, not taken from the eval sets: working holidays,
 * student visas, delivery-rider deposits, weather, shopping, travel, tax, rent, pay at home, lost things, money
 * transfers, in English, Simplified Chinese, Taiwan usage and Cantonese. None is about a job scam, trafficking or
 * someone held abroad: none gets scam content or the emergency answer (issue 12 allows a tenth; here none).
 */
const ENGLISH = [
  "How do I apply for a working holiday visa to Australia?",
  "Can I extend my working holiday visa in New Zealand for a second year?",
  "What jobs can I do in Japan on a working holiday?",
  "Do I need a student visa to study English in Canada for three months?",
  "My student visa for the UK was refused, can I appeal?",
  "Can international students work part time in Australia?",
  "The delivery app wants a 500 dollar deposit for the rider bag, is that normal?",
  "How do I get my foodpanda rider deposit back after I quit?",
  "Is it going to rain in Hong Kong tomorrow?",
  "What's the weather like in Bangkok in December?",
  "Where can I buy a cheap phone case online?",
  "My online order never arrived, how do I get a refund?",
  "What do I need to pack for a trip to Bali?",
  "Is Phuket safe for a family holiday?",
  "How do I file my tax return if I worked in two countries this year?",
  "Do I pay tax in Singapore on income from my home country?",
  "My landlord kept my deposit, what can I do?",
  "My boss at home has not paid overtime for three months, where do I complain?",
  "How long does it take to renew a passport?",
  "I lost my wallet on the train, who do I call?",
  "Recommend a good restaurant in Taipei",
  "How do I transfer money to my family in the Philippines cheaply?",
  "Can I bring my dog on a flight to Singapore?",
  "What is the minimum wage in Malaysia?",
  "How do I write a CV for a hotel job?",
  "Is my visa on arrival valid for 30 or 60 days in Cambodia?",
  "My grandmother is in hospital in Manila, how can I visit quickly?",
  "How to make my son study harder for his exams?",
  "My phone was stolen in Dubai mall, what should I do?",
  "My company pays my flight ticket for the conference in Tokyo, do I keep the receipt?",
  "Can I claim the business trip hotel from my employer?",
  "Is it safe to drink tap water in Vietnam?",
];
const SIMPLIFIED = [
  "公司报销机票去开会，发票要怎么开",
  "下周出差去上海参展，酒店公司包吗",
  "去澳洲打工度假要准备什么材料？",
  "打工度假签证可以延期吗？",
  "留学生在英国可以打工吗？",
  "学生签证被拒了还能再申请吗？",
  "外卖骑手押金可以退吗？",
  "美团骑手要交装备押金正常吗？",
  "明天深圳会下雨吗？",
  "双十一买什么手机划算？",
  "网购的衣服不合适怎么退货？",
  "去泰国旅游要带什么？",
  "个人所得税怎么申报退税？",
  "房东不退押金怎么办？",
  "公司拖欠加班费去哪里投诉？",
  "护照过期了怎么换新的？",
  "钱包在地铁上丢了怎么办？",
  "推荐一个好吃的火锅店",
  "怎么给在菲律宾的家人汇款比较便宜？",
  "带宠物坐飞机去新加坡要办什么手续？",
  "孩子不爱学习怎么办？",
  "在越南喝自来水安全吗？",
];
const TAIWAN = [
  "去澳洲打工度假要準備什麼文件？",
  "打工度假簽證可以延長嗎？",
  "留學生在日本可以打工嗎？",
  "學生簽證被拒絕了怎麼辦？",
  "外送員押金可以退嗎？",
  "Foodpanda外送要先付保證金，這樣正常嗎？",
  "明天台北會下雨嗎？",
  "網購的東西一直沒寄到，要怎麼退款？",
  "去日本自由行要注意什麼？",
  "報稅要準備哪些資料？",
  "房東不退押金怎麼辦？",
  "老闆不給加班費可以去哪裡申訴？",
  "護照過期要怎麼換新？",
  "錢包在捷運上掉了怎麼辦？",
  "推薦台中好吃的餐廳",
];
const CANTONESE = [
  "聽日香港會唔會落雨？",
  "去澳洲working holiday要準備啲咩？",
  "讀書簽證俾人拒咗點算？",
  "做外賣車手要俾按金，正唔正常？",
  "網購啲嘢一直未到，點樣退錢？",
  "去泰國旅行要帶啲咩？",
  "報稅要準備咩文件？",
  "業主唔還按金點算？",
  "老細唔俾OT錢，可以去邊度投訴？",
  "護照過咗期點樣續？",
  "銀包喺港鐵跌咗點算？",
  "邊間茶餐廳好食？",
  "點樣匯錢返菲律賓最平？",
  "個仔唔肯讀書點算？",
  "喺越南飲水喉水安唔安全？",
];

/** Neither an emergency card nor a scam answer: the polite "not what JobSafe covers" or the menu. */
function getsNoScamContent(text: string): void {
  const match = matchQuestion(text);
  expect(match.emergency).toBe(false);
  expect(match.answer).toBeNull();
}

describe("everyday and neighbouring questions get no scam content", () => {
  it.each([...ENGLISH, ...SIMPLIFIED, ...TAIWAN, ...CANTONESE])("%s", getsNoScamContent);
});

describe("a deposit, a fee or a passport errand is not a ransom or a held passport", () => {
  it.each([
    "The delivery app wants a 500 dollar deposit for the rider bag, is that normal?",
    "my landlord wants 2000 dollars deposit before we move in",
    "How long does it take to renew a passport?",
    "how long did it take to get your passport back from the embassy after the visa stamp?",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });

  it.each([
    ["They want 5000 dollars deposit before they let my brother go", "ransom"],
    ["the boss takes our passports when we arrive in Dubai", "passport"],
  ])("still danger: %s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
  });
});

describe("a traveller's visa is not the work visa of a lure", () => {
  it.each(["Is my visa on arrival valid for 30 or 60 days in Cambodia?", "去柬埔寨旅游落地签可以停留多久？"])(
    "%s → not what JobSafe covers",
    (text) => {
      expect(matchQuestion(text)).toMatchObject({ answer: null, outOfScope: true });
    },
  );

  it.each([
    ["Can I work in Cambodia on a visa on arrival?", "visa_work"],
    ["旅游签证去柬埔寨上班可以吗？", "visa_work"],
    ["The agent says a tourist visa is enough for Thailand", "visa_work"],
  ])("a visa to work on stays ours: %s → %s", (text, expected) => {
    const match = matchQuestion(text);
    expect([match.answer, ...match.alternatives]).toContain(expected);
  });
});

describe("scams JobSafe does not cover: fraud words with no work, no place abroad and no one held", () => {
  // Romance and investment scams, callers posing as the police, fake tickets and shops, pay disputes at home.
  it.each([
    "I met a man on a dating app who now asks me to invest in crypto, is he a scammer?",
    "My mum sent money to someone pretending to be a bank officer, how do we report it?",
    "Is it legal for my employer in Singapore to deduct my salary for a broken phone?",
    "How many days of annual leave do I get in Hong Kong?",
    "Can my boss fire me for being pregnant?",
    "How do I claim unpaid wages from my company that went bankrupt?",
    "My flight to Bangkok was cancelled, how do I get a refund?",
    "Our tour guide in Vietnam took us to an overpriced shop, can we complain?",
    "Is there a typhoon warning for Manila this weekend?",
    "What are the best universities in Malaysia for engineering?",
    "How do I open a bank account in Dubai as a tourist?",
    "My friend was arrested for drink driving in Singapore, what happens now?",
    "Is it safe to invest in a forex trading app my colleague recommends?",
    "網友叫我投資虛擬貨幣，說穩賺不賠，是詐騙嗎？",
    "有人冒充警察打電話說我涉嫌洗錢，怎麼辦？",
    "網購被騙了五千元，可以報警嗎？",
    "老闆扣我薪水說是因為遲到，合法嗎？",
    "颱風天公司要我們上班，可以拒絕嗎？",
    "我男朋友叫我借钱给他投资，感觉不对劲",
    "网上买的演唱会门票是假的，怎么维权？",
    "公司倒闭了工资没发，去哪里申请？",
    "在泰国旅游被出租车司机宰了怎么办？",
    "網上識咗個男仔，佢叫我投資，係咪呃人？",
    "有人扮警察打嚟話我戶口有問題，點算？",
    "公司執笠冇出糧，可以去邊度追？",
    "去日本旅行俾的士司機呃錢點算？",
    "阿媽俾人電話呃咗錢，去邊度報案？",
  ])("%s", getsNoScamContent);

  it.each([
    ["What is daily life like in a fraud factory?", "compound_life"],
    ["园区里面每天要做多少业绩", "compound_life"],
    ["Is a person forced to scam others punished when they come back?", "return_punished"],
  ])("the compound trade's own words stay ours: %s → %s", (text, expected) => {
    expect(matchQuestion(text).answer).toBe(expected);
  });
});

describe("fraud with no job named may still be a job scam: the nearest topics, never 'not what JobSafe covers'", () => {
  it.each(["我被骗了怎么办", "How do I report a scammer who took my money?", "是不是骗子？对方让我先交钱"])(
    "%s",
    (text) => {
      const match = matchQuestion(text);
      expect(match).toMatchObject({ answer: null, emergency: false });
      expect(match.outOfScope).toBeUndefined();
      expect(match.alternatives.length).toBeGreaterThan(0);
    },
  );
});

/**
 * Stranded by a pandemic (issue 12): flights home stopped, a job lost in a lockdown, no recruiter, scam or captor named.
 * A labour migrant's errand with the airline, the embassy's repatriation list or the government, not a scam topic.
 * ("Stuck", "cannot go home" are the danger reader's to weigh, danger.ts, and are left out here.)
 */
const STRANDED_BY_A_PANDEMIC = [
  "when will repatriation flights from Dubai start? all flights stopped because of covid",
  "Lockdown here in Riyadh, the restaurant closed and I lost my job. How can I get a flight home?",
  "Please ask the government to send planes for us, many lost work in Qatar during the pandemic",
  "疫情期间在新加坡打工，航班停了回不了国怎么办",
  "疫情關係航班停飛，喺澳洲打工返唔到香港點算",
  "封城以後工廠停工，我們在馬來西亞沒有工作也回不了家，政府會安排包機嗎",
  "Kindly tell the minister to open the airport so we workers in Oman can fly back home in this covid time, we have no jobs",
  "During the lockdown our company in Malaysia closed, how do we return home",
  "疫情关系我们在迪拜的工作没了，什么时候能回国",
];

/** The same times with a scam or someone held in it: still JobSafe's. */
const PANDEMIC_AND_A_SCAM = [
  "During covid a recruiter on facebook offered me a job in Cambodia with free flights, is it legit?",
  "疫情期间网上有人招聘去柬埔寨做客服，包机票，靠谱吗",
];

describe("stranded abroad by a pandemic gets no scam content", () => {
  it.each(STRANDED_BY_A_PANDEMIC)("not what JobSafe covers, no scam topic offered: %s", (text) => {
    expect(matchQuestion(text)).toMatchObject({ answer: null, emergency: false, alternatives: [] });
  });

  it.each(PANDEMIC_AND_A_SCAM)("a job offer in the same times is still answered: %s", (text) => {
    expect(matchQuestion(text).answer).not.toBeNull();
  });
});

describe("a household hiring a helper or a caregiver through an agency is the employer's errand, not a job offer", () => {
  it.each([
    "Which agency is best for hiring a live-in caregiver for my grandmother?",
    "We want to employ a foreign domestic helper, how do we choose an agency?",
    "家里想请个外籍保姆，该找什么样的中介？",
    "想幫阿嬤請外籍看護，仲介要怎麼挑？",
    "請外傭應該揀邊間中介？",
  ])("%s", getsNoScamContent);

  it.each([
    "I want to work as a domestic helper in Hong Kong, is this agency legit?",
    "我想去香港做外傭，中介可靠嗎？",
    "想去新加坡當看護，這家仲介可以信嗎？",
  ])("the helper's own question is still answered: %s", (text) => {
    expect(matchQuestion(text).answer).not.toBeNull();
  });
});

describe("a number to complain about a bill or a fee at home is not whom to call about a job scam", () => {
  it.each([
    "which number do I call to complain that my phone company overcharged me?",
    "Who should I call about a wrong electricity bill?",
    "停车场乱收费打什么电话投诉？",
    "话费被多扣了要打哪个电话？",
    "管理費亂收費要打哪支電話檢舉？",
    "電費帳單算錯了，要打什麼電話？",
  ])("%s → no scam content", getsNoScamContent);

  it.each([
    "中介乱收费，要打什么电话举报？",
    "The agency overcharged my placement fee, which number should I call?",
    "仲介亂收費，要打哪支電話檢舉？",
  ])("a recruiter's fee is still ours (reporting it, or whom to call): %s", (text) => {
    const match = matchQuestion(text);
    expect(["report_recruiter", "whom_to_call"]).toContain(match.answer);
  });
});

describe("a student scammed abroad over rent, a fake call or a purchase is a neighbouring scam", () => {
  it.each([
    "I'm studying in Sydney and a fake landlord scammed my rent deposit, what now?",
    "international student here, got a call from a fake embassy officer and paid them, what do I do",
    "留学生在国外被骗了房租怎么办？",
    "在英国留学接到假冒大使馆的诈骗电话怎么办？",
    "留學生在國外被詐騙了怎麼辦？",
    "交換學生在日本網購被騙，要怎麼處理？",
  ])("%s → no scam content", getsNoScamContent);

  it.each([
    "I'm a student and an agent offered me a customer service job in Cambodia, is it a scam?",
    "留学生被中介骗去柬埔寨打工，怎么办？",
    "留學生被騙去緬甸園區工作，怎麼救他？",
  ])("a student lured into work abroad is still ours: %s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer !== null || match.alternatives.length > 0).toBe(true);
    expect(match.outOfScope ?? false).toBe(false);
  });
});

describe("an employer's errand and a job hunt at home are neighbouring topics (issue 12: ordinary job questions)", () => {
  it.each([
    "As an employer, how do I make sure the agency bringing our foreign workers is licensed?",
    "We are hiring a caregiver for my father, what should we ask the agency?",
    "工厂要请外劳，怎么挑一家正规的中介？",
    "雇主想聘外籍看護，應該怎麼查仲介有沒有合法？",
    "屋企想請菲傭，點揀中介公司好？",
    "How can fresh graduates spot a fake posting on a local job site?",
    "应届生在招聘网站上看到的岗位怎么判断是不是真的？",
    "畢業生在人力銀行找工作，要怎麼分辨徵才是真的？",
  ])("%s → no scam content", getsNoScamContent);

  it.each([
    "Who should pay the recruitment fee, me or my employer abroad?",
    "毕业生被中介介绍去柬埔寨做客服，可靠吗？",
    "我的雇主把我的护照收走了，不让我回家",
  ])("a worker's own question stays ours: %s", (text) => {
    expect(matchQuestion(text).answer).not.toBeNull();
  });
});
