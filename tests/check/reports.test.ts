/**
 * Issue 11, second pass: how reports and lawful ads word a lure. Every sentence here is written for the test (none is
 * copied from the evaluation data); each case failed before the change it covers.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const level = (text: string): string => checkOffer(text).level;
const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a warning about a red flag is not the red flag", () => {
  it.each([
    ["在當地透過仲介找工作很正常，但跟你收仲介費的，請務必小心", "recruiter_fee"],
    ["Our partners place nurses in Germany. Beware of agents who charge placement fees.", "recruiter_fee"],
    ["谨防骗子冒充本公司招聘，面试全部在办公室进行", "scam_work"],
    ["员工宿舍严禁赌博，违者辞退", "gambling_work"],
  ])("%j raises no %s flag", (text, id) => {
    expect(flagIds(text)).not.toContain(id);
    expect(level(text)).toBe("low");
  });

  it.each([
    "仲介費五萬，先交給我，下個月安排你去日本",
    "Pay the placement fee first, then we book your flight",
    "跟你收的仲介費是八萬，簽約前要交清",
  ])("the red flag itself still counts: %j → high", (text) => {
    expect(level(text)).toBe("high");
  });
});

describe("'not only' negates nothing", () => {
  it.each(["受害人不只是被誘騙去泰國，還被轉賣", "他们不单是被骗到缅甸，还被打"])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });
});

describe("a report that calls the offer a lie describes a lure", () => {
  // Half a sign, never high alone: the same words stand in a reader's own story and a charity's post
  // (everyday-words.test.ts); the reader still sees the report's words as a red flag.
  it.each([
    "An agent scammed five workers with promises of factory jobs abroad",
    "She was tricked with a waitress job in a hotel",
    "He ended up in the hands of traffickers after answering a job ad",
    "Despite being told they would do data entry, they were forced to chat with strangers",
    "骗子专门招模特和餐厅服务员",
    "不法集团在招聘广告上把工作地点写在迪拜",
    "三名受害者称对方承诺给他们网络客服的工作",
  ])("%j → the crime words shown as a red flag", (text) => {
    expect(flagIds(text)).toContain("crime_report");
  });

  it.each([
    "网上招客服，实际上是做网络赌博",
    "Recruiters deceived them with customer service jobs and took them to Myawaddy",
    "骗子以高薪打字员为诱饵，把人骗到柬埔寨",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it.each([
    "Victim support officer: help victims of crime through the court process, full-time job",
    "We never make false claims about our products; sales experience preferred",
    "Customer service officer, forced air heating in the office, Monday to Friday",
  ])("an ordinary ad stays quiet: %j", (text) => {
    expect(level(text)).toBe("low");
  });
});

describe("labour and immigration schemes: money taken from the worker, debt for the job, papers and residence", () => {
  it.each([
    ["中介说一个名额五万，我老公过去跟你拿钱", "recruiter_fee"],
    ["仲介開的服務費要三萬元，簽約就保證拿到工作", "recruiter_fee"],
    ["为了去日本打工，他向亲戚借钱交了中介费", "debt_offer"],
    ["帮你优化申请资料，过签率高", "falsified_application"],
  ])("%j → %s, high", (text, id) => {
    expect(flagIds(text)).toContain(id);
    expect(level(text)).toBe("high");
  });

  it("residence promised as certain is the guarantee sign", () => {
    expect(flagIds("移民顾问保证三年内拿到澳洲永久居留")).toContain("guaranteed_outcome");
    expect(level("移民顾问保证三年内拿到澳洲永久居留")).not.toBe("low");
  });

  it.each([
    ["我们不会向你收钱，也不收押金", "recruiter_fee"],
    ["员工可申请公司购房贷款，年底多发两个月工资", "debt_offer"],
    ["Our lawyers help with your green card application; we cannot guarantee citizenship", "guaranteed_outcome"],
    ["客服主管：负责处理客户投诉，月薪六千", "recruiter_fee"],
  ])("%j raises no %s flag", (text, id) => {
    expect(flagIds(text)).not.toContain(id);
    expect(level(text)).toBe("low");
  });
});

describe("a job promised to a person, typing as all the job asks", () => {
  it.each([
    "My cousin's friend promised me a good job in Cambodia",
    "老乡答应给他安排柬埔寨的工作",
    "高薪敲键盘，日结",
    "会打字就能做，月入过万",
  ])("%j → high", (text) => {
    expect(level(text)).toBe("high");
  });

  it.each([
    "Our school in Phnom Penh promises work-life balance; teachers need a degree",
    "公司承诺为员工提供良好的工作环境，金边分公司招会计",
    "招聘文员：会打字，熟悉办公软件，月薪四千",
  ])("%j is no high risk", (text) => {
    expect(level(text)).not.toBe("high");
  });
});

describe("taken on to a country: the workplace changed", () => {
  it.each([
    ["They were promised hotel work in Dubai, then taken to Russia", "taken to Russia"],
    ["应聘去迪拜的酒店，后来被带到俄罗斯", "被带到俄罗斯"],
  ])("%j → high, quoting %j", (text, phrase) => {
    const verdict = checkOffer(text);
    expect(verdict.level).toBe("high");
    expect(verdict.flags.find((flag) => flag.id === "destination_later")?.evidence).toBe(phrase);
  });

  it.each([
    "Nurses in Dubai will be taken to the hospital for orientation on arrival",
    "迪拜酒店招服务员，下飞机被送到宿舍，包吃住，工作签证",
  ])("a ride to a building is no move: %j", (text) => {
    expect(flagIds(text)).not.toContain("destination_later");
  });
});

describe("a qualified post's pay praised without a figure is no lure", () => {
  it.each([
    "Senior software engineer for our Bangkok office, 5 years of experience, attractive salary and benefits",
    "金边银行招聘资深软件工程师，本科以上，待遇优厚",
  ])("%j is no high risk", (text) => {
    expect(level(text)).not.toBe("high");
    expect(flagIds(text)).not.toContain("high_pay");
  });

  it.each([
    "Data entry staff for Bangkok, attractive salary",
    "IT engineer in Cambodia, high salary, no experience needed",
  ])("the lure's job or easy hiring still counts: %j → high", (text) => {
    expect(level(text)).toBe("high");
  });
});

describe("a messaging app is no software job, a place of entertainment no casino", () => {
  it("'通信软件' leaves an easy, well-paid job unskilled", () => {
    expect(level("有人在通信软件上介绍工作，不需要学历，轻松赚取高收入")).toBe("high");
  });

  it("娛樂場所 is no gambling work", () => {
    expect(flagIds("在娛樂場所認識的朋友介紹餐廳工作")).not.toContain("gambling_work");
  });
});

describe("a fee put as a case to report, or ruled out for the clause, is advice", () => {
  it.each([
    "本公司不会要求你缴纳任何押金，如有人以本公司名义收取费用，请立即举报",
    "If anyone asks you to pay a placement fee, report it to the DMW",
    "Licensed by DMW. Beware of illegal recruiters who ask for processing fees.",
    "若有人要求你先付中介費，請向勞動部檢舉",
    "Please note: we never ask candidates for a security deposit.",
  ])("%j raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
    expect(level(text)).toBe("low");
  });

  it.each([
    // A warning in the sentence before reaches no further (scammers write "beware of fake agents" too).
    "Beware of fake agents. Pay the registration fee of 5000 today to book your slot",
    "Beware of fake agents, pay the registration fee of 5000 today",
    "如有疑问请联系我，押金三千先交给我",
    "I would never have gone. I ended up doing scamming work for them",
  ])("the fee asked in its own words still counts: %j → high", (text) => {
    expect(level(text)).toBe("high");
  });
});

describe("a lawful ad's warning about people impersonating it", () => {
  it.each([
    "注意：近期有不法分子冒充本公司招聘，本公司从不收取任何费用",
    "Please be aware of scammers posing as our recruiters and asking for payment",
    "防范虚假招聘：正规企业不会收取押金",
  ])("%j → low", (text) => {
    expect(level(text)).toBe("low");
  });

  it("the lure's own place and job still count", () => {
    expect(level("骗子冒充客服，工作地点在缅甸")).toBe("high");
  });
});
