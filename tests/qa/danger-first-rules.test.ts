import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

/** The shipped bot on messages written for this test (not copied from eval data). */
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

/**
 * Someone kept in, a phone taken and a plea to come home, where the keeping is everyday care, school or a story: no
 * emergency card (a reviewer's texts and variants; a learned danger opinion once gave these ransom, passport_taken and
 * trapped_help cards and was removed).
 */
describe("care, school, pets and stories with a door locked and a phone taken", () => {
  it.each([
    "My grandfather is in a care home and the nurses lock the doors at night and took his phone because he kept calling us at 3am, he cries and begs me to take him home, what should I do",
    "My grandmother is in a nursing home and the staff lock the doors at night and took her phone away, she cries when I visit, she wants to come home to live with us, what can I do",
    "my dad is in hospital after his stroke, the nurses took his phone at night and keep the ward locked, he begs me every day to bring him home",
    "我爷爷住在养老院，晚上护工把门锁了，还把他的手机收走了，他每次打电话都哭着求我接他回家，我该怎么办",
    "我奶奶住在安養院，晚上門都鎖起來，手機也被收走了，她每次都哭著求我帶她回家，我該怎麼辦？",
    "我儿子在戒网瘾学校，老师收了他的手机，不让出校门，他偷偷打电话哭着说想回家，说在里面很害怕，我们该不该接他回来",
    "in the game my character is locked in a dungeon, the guards took his sword and beat him, and he begs the king to let him go home",
    "in the novel I'm reading the girl is locked in the attic, they took her letters and she cries every night begging to go home",
    "我女兒在寄宿學校，老師收了她的手機，週末也不能出校門，她偷偷打電話哭著說想回家，我們該不該接她回來？",
  ])("gives no emergency card to %s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
});
