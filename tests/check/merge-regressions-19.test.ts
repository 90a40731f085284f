/**
 * Issue 11: lawful offers the merged rules of round 19 read as lures, found by an independent review, and the lures
 * those rules were written for. Every sentence is written for the test, in English, Simplified and Taiwan/Hong
 * Kong-style Traditional Chinese.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);
const lawfulIds = (text: string): string[] => checkOffer(text).lawfulSigns.map((sign) => sign.id);

describe("a guard's, driver's or cook's job in Russia is the army recruiters' cover job only when sold to a foreigner", () => {
  it.each([
    ["Shopping centre in Moscow seeks security guards, Russian language required, shifts 2/2."],
    ["Cook for our Moscow restaurant, official employment, 90,000 roubles a month."],
    ["Family in Moscow looking for a driver, Russian citizens only."],
    ["莫斯科华人超市招送货司机，需持俄罗斯驾照，月薪9万卢布"],
    ["莫斯科物业公司招聘本地保安，需俄罗斯公民身份"],
    ["莫斯科華人餐廳徵廚師，需俄羅斯居留證，正式僱傭。"],
    ["莫斯科建筑设计院招聘建筑师，需建筑学硕士，公司办理工作签证"],
    ["My brother works as a driver in Moscow. Is this cleaning job in Dubai safe?"],
  ])("%j raises no cover-job flag and is not high", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.flags.map((flag) => flag.id)).not.toContain("russia_cover_job");
    expect(verdict.level).not.toBe("high");
  });

  it.each([
    ["A manpower agency in Kathmandu is sending security guards to Russia."],
    ["He was offered a kitchen helper job in Moscow, salary 2,000 US dollars, visa and ticket arranged."],
    ["中介说可以去俄罗斯仓库做搬运，包吃住"],
    ["他本来打算去俄罗斯做工地杂工"],
    ["仲介說去俄羅斯當司機，月薪台幣八萬。"],
  ])("%j (the job sold to a foreigner) → high with the cover-job flag", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.flags.map((flag) => flag.id)).toContain("russia_cover_job");
    expect(verdict.level).toBe("high");
  });
});

describe("a chat app as an ad's contact in a transit hub is a warning; a stranger's approach there is high", () => {
  it.each([
    ["Hiring a driver in Dubai, UAE driving licence holders only, AED 3,200, WhatsApp your CV"],
    ["Kami hiring driver di Kuala Lumpur, gaji RM2600, DM me on WhatsApp"],
    ["Hiring a housemaid in Dubai, direct employer, message me on Facebook"],
    ["迪拜仓库招工加微信详谈，月薪3000迪拉姆"],
    ["杜拜倉庫招工加微信詳談，月薪3000迪拉姆。"],
  ])("%j stays a warning", (text) => {
    expect(checkOffer(text).level).toBe("warning");
  });

  it.each([
    ["A stranger on Telegram messaged me about packing work in Dubai."],
    ["I got a WhatsApp message offering me a cleaning job in Malaysia."],
    ["微信上有陌生人问我要不要去迪拜做仓库工作"],
    ["臉書上有人私訊我要不要去杜拜做倉庫的工作。"],
  ])("%j → high", (text) => {
    expect(checkOffer(text).level).toBe("high");
  });
});

describe("a shop, hotel or estate named after a foreign city is no job abroad", () => {
  it.each([
    ["米兰美发店招学徒，包吃住，月薪4000，无需经验"],
    ["米蘭美髮店徵學徒，包吃住，月薪4000，無需經驗。"],
    ["罗马假日酒店招前台，包吃住，无需经验"],
    ["悉尼花园小区物业招保安，包吃住，无需经验"],
    ["温哥华花园小区招保洁，包吃住，无需经验"],
    ["汉堡店招店员，包吃住，月薪4000，无需经验"],
  ])("%j names no place abroad and is not high", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.abroad).toBe(false);
    expect(verdict.level).not.toBe("high");
  });

  it.each([
    ["意大利米兰餐馆招服务员，包吃住", "it"],
    ["去米兰工厂做包装工，包吃住", "it"],
    ["工作地點：羅馬，餐廳服務生", "it"],
    ["到悉尼农场摘水果，时薪25澳元", "au"],
    ["Restaurant staff wanted in Milan, Italy", "it"],
  ])("%j (a country, a move there or a workplace label) names %s", (text, country) => {
    expect(checkOffer(text).facts.places.map((place) => place.country)).toContain(country);
  });
});

describe("an embassy or a visa centre keeping the passport for the visa is no passport handover", () => {
  it.each([
    ["Welder job in Poland, contract signed, the embassy took my passport for the work visa stamping."],
    ["VFS took my passport last week for the work visa."],
    ["波兰焊工工作，合同签好了，签证中心收了我的护照办工作签证"],
    ["波蘭焊工工作，合約簽好了，大使館收了我的護照辦工作簽證。"],
  ])("%j raises no passport flag and is not high", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.flags.map((flag) => flag.id)).not.toContain("passport_handover");
    expect(verdict.level).not.toBe("high");
  });

  it.each([
    ["When we arrived the agent took my passport."],
    ["到了工厂老板收了我的护照"],
    ["一到工廠老闆就收了我的護照。"],
  ])("%j (the recruiter or the boss took it) keeps the passport flag", (text) => {
    expect(flagIds(text)).toContain("passport_handover");
  });
});

describe("the agent paying one thing does not wipe a fee asked in another sentence", () => {
  it.each([
    ["The agent covers your ticket. Pay the agent 50,000 for visa processing before departure. Farm work in Romania."],
    ["The agency will pay for your flight and you pay the agent 60,000 for the visa. Farm work in Romania."],
  ])("%j keeps the fee flag and is high", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.flags.map((flag) => flag.id)).toContain("recruiter_fee");
    expect(verdict.level).toBe("high");
  });

  it.each([
    ["The agent covers your ticket to Romania, farm work."],
    ["We pay the agent fee for you. Farm work in Romania."],
  ])("%j (the recruiter or the employer paying) raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("a work permit promised before travel is the employer's sign; promised for after arrival it is the lure's", () => {
  it.each([
    ["The employer has promised to apply for your work permit before you travel."],
    ["雇主承诺在出发前为你办理工作签证"],
    ["僱主承諾在出發前為你辦理工作簽證。"],
  ])("%j keeps the work-permit sign", (text) => {
    expect(lawfulIds(text)).toContain("lawful_work_permit");
  });

  it.each([
    ["The agency promised to get her a work permit once she arrives."],
    ["中介承诺到了马来西亚再办理工作签证"],
    ["仲介答應到了馬來西亞再辦工作證。"],
  ])("%j counts no work-permit sign", (text) => {
    expect(lawfulIds(text)).not.toContain("lawful_work_permit");
  });
});
