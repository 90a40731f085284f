import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { trainedDangerModelJson } from "../../src/cli/train-danger.ts";
import { DANGER_MODEL_FILE, withDangerOpinion } from "../../src/qa/danger-opinion.ts";
import { modelOf } from "../../src/qa/learned.ts";
import { matchQuestion, type QaMatch } from "../../src/qa/match.ts";
import { ReadText } from "../../src/text/read-text.ts";

/** A model sure that every message tells of danger now: what it may say is then the guards' alone. */
const alwaysSure = modelOf({ topics: ["danger", "safe"], bias: [20, 0], weights: {} });
const neverSure = modelOf({ topics: ["danger", "safe"], bias: [0, 20], weights: {} });
const nothing: QaMatch = { answer: null, confidence: 0, alternatives: [], emergency: false };
const opinion = (text: string, match: QaMatch = nothing, model = alwaysSure): QaMatch =>
  withDangerOpinion(match, new ReadText(text), { model });

describe("the learned danger opinion", () => {
  it("is the model `npm run train` makes of the current data (run it after changing samples or dev data)", () => {
    expect(readFileSync(DANGER_MODEL_FILE, "utf8")).toBe(trainedDangerModelJson());
  }, 60_000);

  // Stories of fear and a plea told in words no danger signal lists: a model sure of danger puts the contacts first.
  it.each([
    "my sister went to work as a maid in Kuwait in March, now she only whispers on the phone, says she is scared and begs us to help her come home",
    "我妹三月去科威特当保姆，现在打电话都是小小声的，说她很害怕，求我们帮她回家",
    "我妹三月去科威特當幫傭，現在打電話都小小聲的，說她很害怕，求我們幫她回家",
    "ate ko nasa Kuwait bilang kasambahay simula March, pabulong na lang siya kung tumawag, takot na takot daw siya at nagmamakaawa na tulungan namin siyang makauwi",
  ])("gives the emergency answer to %s", (text) => {
    expect(opinion(text)).toMatchObject({ emergency: true, answer: "trapped_help" });
  });

  it("leads with the emergency entry the rules ranked nearest, and offers nothing for after coming home", () => {
    const ranked: QaMatch = {
      answer: "compound_life",
      confidence: 0.4,
      alternatives: ["after_return", "passport_taken", "whom_to_call"],
      emergency: false,
    };
    const text =
      "my sister went to work as a maid in Kuwait in March, now she only whispers on the phone, says she is scared and begs us to help her come home";
    expect(opinion(text, ranked)).toEqual({
      answer: "passport_taken",
      confidence: 1,
      alternatives: ["compound_life", "whom_to_call"],
      emergency: true,
    });
  });

  it("says nothing where the model is not sure, and leaves the rules' own emergency answer as it is", () => {
    const text =
      "my sister went to work as a maid in Kuwait in March, now she only whispers on the phone, says she is scared and begs us to help her come home";
    expect(opinion(text, nothing, neverSure)).toBe(nothing);
    const rules: QaMatch = { answer: "ransom", confidence: 1, alternatives: [], emergency: true };
    expect(opinion(text, rules)).toBe(rules);
  });

  // Even a model sure of danger is not asked where the rules stand down or judged the words themselves: someone home,
  // a question in general, news or a film, a hotel's passport, a score, a curfew, a short chat message.
  it.each([
    "My cousin was held in a compound in Cambodia for months and beaten, but he got back home safely last month and is doing fine now",
    "我表哥之前被关在柬埔寨园区好几个月还被打，不过上个月已经回国了，现在挺好的",
    "我表哥之前被關在柬埔寨園區好幾個月還被打，不過上個月已經回台灣了，現在很好",
    "Are the workers in those compounds in Myanmar really beaten and kept from leaving when they miss their daily targets?",
    "昨天看了一部讲缅北诈骗园区的电影，里面的人被关起来天天挨打，护照也被收走，看得我好难受",
    "the hotel front desk is keeping our passports until we check out on Sunday, they said it is the rule for all guests here",
    "我们正在打他们，比分3比1",
    "bro hostel warden ne gate lock kar diya 10 baje ke baad, ab bahar nahi ja sakte",
    "the boss will kill me if I'm late again",
    "my son is in Dubai, please help",
  ])("keeps quiet about %s", (text) => {
    expect(opinion(text).emergency).toBe(false);
  });
});

/** The shipped bot, rules and opinion together, on messages written for this test (not copied from eval data). */
describe("danger first: a crew kept aboard and a silence after a job abroad", () => {
  it.each([
    "the crew on my brother's ship have not been paid since spring and are not allowed to leave the vessel",
    "my husband is a fisherman, their boat has been stuck in port for months, no pay and the owner won't let the crew go ashore",
    "我老公在渔船上干活，好几个月没工资，船东也不让他们上岸",
    "我老公在漁船上工作，好幾個月沒薪水，船東也不讓他們上岸",
    "we are stranded on the vessel, no wages for 6 months, please help us get home",
  ])("routes %s to the emergency answer", (text) => {
    expect(matchQuestion(text).emergency).toBe(true);
  });

  // Gone silent after leaving for work abroad, as people say it: no contact with the family for months.
  it.each([
    "我哥去迪拜打工三个月了，一直没跟家里联系",
    "我哥去杜拜工作三個月了，一直沒跟家裡聯絡",
    "我個仔去咗柬埔寨做嘢兩個月，一直冇同屋企聯絡",
    "anak ko nag-abroad sa Dubai tatlong buwan na, hindi na nagpaparamdam sa amin",
    "bhai Dubai gaya kaam ke liye, 3 mahine se ghar pe koi baat nahi ki",
    "abang saya pergi kerja kat Kemboja, dah tiga bulan tak contact family langsung",
    "my brother went to work in Dubai three months ago and hasn't been in touch with us since",
  ])("routes %s to the emergency answer", (text) => {
    expect(matchQuestion(text)).toMatchObject({ emergency: true });
  });

  // The same words of a crew or a silence in everyday life: a storm, a holiday, daily calls, exams, a busy brother.
  it.each([
    "our cruise ship is stuck in port because of the storm, captain won't let passengers off yet",
    "the ferry crew went on strike so we couldn't get off the boat for an hour",
    "我朋友去泰国玩了，三天没跟我们联系",
    "我朋友去泰國玩幾天，三天都沒跟我們聯絡",
    "我哥去迪拜旅游了，这几天没跟家里联系，应该玩得很开心",
    "我哥在迪拜工作，每天都跟家里联系",
    "我儿子在英国读书，一个月没跟家里联系，说是在准备考试",
    "我哥去迪拜打工三个月了，跟家里联系不多，说是太忙",
    "我哥出國工作三個月了，常常跟家裡聯絡，過得很好",
    "我爸妈好久没跟我联系了",
    "my son has not called home since he started uni in London, probably busy with exams",
  ])("keeps quiet about %s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
});
