/**
 * Issue 11, leftovers: classes of wording the check still read wrongly. Every sentence here is written for the test
 * (none is copied from the evaluation data), in English, Simplified and Taiwan-style Traditional Chinese.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("task, top-up and click-farming 'jobs': the worker pays to work", () => {
  it.each([
    ["兼职日结，在家做任务返佣金，新人先充值100元激活账号就能接单"],
    ["招手机兼职，帮商家刷单，每单先垫付本金，完成后返本金加佣金"],
    ["居家兼職，幫網紅按讚追蹤就有錢拿，先儲值300元開通任務，做完就返還。"],
    [
      "Part-time from home: complete simple tasks and earn commission. Top up 100 USDT first to unlock your task account.",
    ],
    ["Earn daily by rating hotels online. You need to recharge your account before each combo task."],
  ])("%j → task_scam and recruiter_fee, high", (text) => {
    expect(flagIds(text)).toContain("task_scam");
    expect(flagIds(text)).toContain("recruiter_fee");
    expect(level(text)).toBe("high");
  });

  it.each([
    ["在家点赞关注就能赚钱，一单5元，日结"],
    ["接單刷單兼職，一單10元，當天結算。"],
    ["Like and follow videos on TikTok, earn $3 per task, paid daily"],
  ])("%j (task work, no money asked yet) → task_scam, at least a warning", (text) => {
    expect(flagIds(text)).toContain("task_scam");
    expect(level(text)).not.toBe("low");
  });

  it.each([
    ["游戏公司招客服，负责处理玩家充值问题，月薪5000，五险一金"],
    ["電商公司徵行銷專員，負責社群按讚數分析與內容企劃，月薪4萬。"],
    ["Project coordinator: complete tasks assigned by the manager on time, salary $3,000, health insurance"],
  ])("%j (an ordinary job's words) raises no task flag", (text) => {
    expect(flagIds(text)).not.toContain("task_scam");
    expect(flagIds(text)).not.toContain("recruiter_fee");
    expect(level(text)).toBe("low");
  });
});

describe("a bare service or processing fee with an amount is a fee charged to the worker, not pay", () => {
  it.each([
    ["去泰国工作，月薪8000，服务费3000元", "3000元"],
    ["招聘普工去日本，月薪一万二，服務費 5000元。", "5000元"],
    ["Factory job in Malaysia, RM 2,500 a month, processing 30,000 PHP before departure", "30,000 PHP"],
  ])("%j reads the fee %j and flags it", (text, phrase) => {
    const verdict = checkOffer(text);
    expect(verdict.facts.fees.map((fee) => fee.phrase)).toContain(phrase);
    expect(verdict.facts.salaries.map((pay) => pay.phrase)).not.toContain(phrase);
    expect(verdict.flags.map((flag) => flag.id)).toContain("recruiter_fee");
    expect(verdict.level).toBe("high");
  });

  it.each([
    ["酒店服务员，底薪3000+服务费分成"],
    ["餐廳服務生，月薪32000，另有服務費分紅。"],
    ["Waiter, $2,000 a month plus service charge"],
  ])("%j: a share of the service charge is pay, no fee", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("a country's adjective names the place: a Cambodian company, 缅甸那边的公司", () => {
  it.each([
    ["Work for a Cambodian company, customer service, $1500 a month", "Cambodia"],
    ["A Laotian casino is hiring Chinese speakers, free accommodation", "Laos"],
    ["Typing job with a Burmese firm, good pay, flight covered", "Myanmar"],
    ["Thai company hiring customer service staff, high salary, visa arranged", "Thailand"],
  ])("%j names a place", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.facts.places.length).toBeGreaterThan(0);
    expect(verdict.level).toBe("high");
  });

  it.each([
    ["缅甸那边的公司招打字员，月薪两万", "high"],
    ["寮國那邊的老闆找會中文的客服，包吃包住。", "high"],
  ])("%j → %s", (text, expected) => {
    expect(level(text)).toBe(expected);
  });

  it.each([
    ["A Cambodian colleague and I run the front desk of a hotel in Melbourne"],
    ["Thai cooking class every Saturday, all ingredients included"],
    ["We are hiring a Thai-speaking nurse for our Sydney clinic, registered nurse licence required"],
  ])("%j: a person's nationality or a cuisine is no workplace", (text) => {
    // The city named as the workplace (Melbourne, Sydney) is a place; the adjective's country is not.
    const countries = checkOffer(text).facts.places.map((place) => place.country);
    expect(countries).not.toContain("kh");
    expect(countries).not.toContain("th");
  });
});

describe("ship officers paid in US dollars by a shipping line are paid what the trade pays", () => {
  it.each([
    ["招聘船员：某远洋航运公司集装箱船大副，月薪9000美元，需持有效适任证书和海员证，合同9个月。"],
    ["招募海員：航運公司油輪二副，月薪USD 6000，須持有效適任證書，合約8個月。"],
    ["Crewing: container vessel, 2nd Officer USD 6,500/month, valid COC and seaman's book required, 6-month contract"],
  ])("%j raises no high-pay flag and is not high", (text) => {
    expect(flagIds(text)).not.toContain("high_pay");
    expect(level(text)).not.toBe("high");
  });

  it.each([
    ["招船员，不需要经验，不用证书，月薪3万美元，机票公司出，先交押金"],
    ["Deck hand, no experience needed, USD 20,000 a month, free flight to Thailand"],
  ])("%j: unskilled crew promised a fortune is still high", (text) => {
    expect(level(text)).toBe("high");
  });
});

describe("papers forged or bought for a visa", () => {
  it.each([
    ["中介说可以帮你伪造签证文件，花钱就能拿到第二年打工度假签"],
    ["仲介說可以偽造學歷，幫你辦工作簽證。"],
    ["The agent sells fake LMIA letters so you can get a Canadian work permit"],
  ])("%j → falsified_application, high", (text) => {
    expect(flagIds(text)).toContain("falsified_application");
    expect(level(text)).toBe("high");
  });

  it.each([["小心有人说能帮你伪造签证文件，那是违法的"], ["Never buy fake documents: apply only through the embassy"]])(
    "%j: a warning against forgery is not high",
    (text) => {
      expect(level(text)).not.toBe("high");
    },
  );
});

describe("a stranger in a chat app who offers to pay the trip: the lure's combination, even with no place named", () => {
  it.each([
    ["A man in our WhatsApp group offered to cover our travel costs if we took the job"],
    ["微信上认识的人说有份工作，路费他全包，让我这周就过去"],
    ["臉書上有人說有工作可以介紹，交通費他們出，叫我直接過去。"],
  ])("%j is at least a warning", (text) => {
    expect(level(text)).not.toBe("low");
  });

  it.each([
    ["Our company covers travel costs for business trips; questions to HR by email"],
    ["公司报销出差路费，有问题请邮件联系人事部"],
  ])("%j (an employer's expenses, no chat recruiter) stays low", (text) => {
    expect(level(text)).toBe("low");
  });
});

describe("money paid to the agent for a job abroad, told after the fact", () => {
  it.each([
    ["为了去日本打工，他向中介支付了3万元"],
    ["她透過仲介花了新台幣十萬元，才去了澳洲農場工作。"],
    ["He paid the agency 150,000 shillings to get a job in Qatar"],
  ])("%j → recruiter_fee, high", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
    expect(level(text)).toBe("high");
  });

  it.each([["雇主向中介支付了服务费，工人无需付费"], ["法律规定：劳工不需向仲介支付任何费用。"]])(
    "%j (the employer pays, or the law forbids it) raises no fee flag",
    (text) => {
      expect(flagIds(text)).not.toContain("recruiter_fee");
    },
  );
});

describe("pay in Israeli shekels is read as shekels", () => {
  it.each([
    ["以色列建筑工地招瓦工，月薪1.2万谢克尔，包吃住"],
    ["以色列工地徵鋼筋工，月薪一萬二千新謝克爾，公司提供宿舍。"],
    ["Construction work in Israel, ₪10,000 a month plus housing"],
  ])("%j: pay in ILS, not far above a tradesman's there", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.facts.salaries.map((pay) => pay.currency)).toContain("ILS");
    expect(verdict.flags.map((flag) => flag.id)).not.toContain("extreme_pay");
    expect(verdict.level).not.toBe("high");
  });
});

describe("a term defined, not offered: 这就是所谓的黑工, what is called black work", () => {
  it.each([
    ["工资低于当地最低工资、也没有合同的工作，就是所谓的黑工。"],
    ["若雇主沒有幫你申請工作簽證，這就是所謂的「黑工」。"],
    ["Work paid below the minimum wage with no contract is what people call undocumented work."],
  ])("%j raises no undocumented-work flag", (text) => {
    expect(flagIds(text)).not.toContain("undocumented_work");
    expect(level(text)).not.toBe("high");
  });

  it("an offer of such work is still flagged", () => {
    expect(flagIds("中介说过去先打黑工，等有机会再办身份")).toContain("undocumented_work");
  });
});

describe("a pay floor set by a rule is no pay promised", () => {
  it.each([
    ["就业准证：月薪不低于5600新币，至少6000新币月薪才能为家属申请家属准证。", "6000新币"],
    ["申請就業准證的條件：月薪至少5,600新幣才能申請，金融業為6,200新幣。", "6,200新幣"],
    ["To qualify for the pass you must earn at least S$6,000 a month to bring your family.", "S$6,000"],
  ])("%j: no high-pay flag", (text) => {
    expect(flagIds(text)).not.toContain("high_pay");
  });

  it.each([
    ["月薪不低于2万，包机票，去柬埔寨做客服"],
    ["Guaranteed salary of at least $3,000 a month, free flight to Bangkok, typing job"],
  ])("%j: a floor promised by a recruiter is still pay", (text) => {
    expect(checkOffer(text).facts.salaries.length).toBeGreaterThan(0);
    expect(level(text)).toBe("high");
  });
});

describe("answers coached for the officer, and job approvals sold", () => {
  it.each([
    ["签证官面签的时候，照我们给的答题技巧回答就行。", "falsified_application"],
    ["移民官面試不用怕，跟著我們的答題技巧就好。", "falsified_application"],
    ["At the visa interview, just follow the answers we give you and you will pass.", "falsified_application"],
    ["有人在网上兜售伪造的劳动力市场影响评估，说买了就能办加拿大工签。", "falsified_application"],
    ["仲介在臉書上出售工簽名額，一個名額三十萬。", "recruiter_fee"],
    ["An agent is selling LMIA approvals to workers for $40,000 each.", "recruiter_fee"],
  ])("%j → %s, high", (text, id) => {
    expect(flagIds(text)).toContain(id);
    expect(level(text)).toBe("high");
  });

  it.each([
    ["面签前可以看看官网上的常见问题和答题技巧。"],
    ["移民官面試時請如實回答，不要背誦別人給的答案。"],
    ["Prepare for the visa interview: read the official guide and answer truthfully."],
  ])("%j: advice on interviews is no coaching", (text) => {
    expect(level(text)).not.toBe("high");
  });
});
