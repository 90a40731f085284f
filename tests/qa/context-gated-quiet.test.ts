import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/** Whether a message gets the emergency answer (police numbers first). */
function routed(text: string): boolean {
  return detectDanger(text).danger || matchQuestion(text).emergency;
}

/**
 * Issue #12: words that are a hold only with context. A phone taken or a debt owed to the company is danger where the
 * message says where (abroad, a compound), by whom (guards, the compound) or a second hold; silence needs someone
 * abroad for longer than today; a question whether something will happen, with nothing told, is asked.
 */
const EVERYDAY: Record<string, string[]> = {
  "a phone taken at home, at school or in service": [
    "my parents took my phone away because of my grades",
    "mum confiscated my phone until the exams are over",
    "我妈没收了我的手机，因为我考试不及格",
    "我阿媽沒收咗我部電話",
    "during national service they take our phones on weekdays",
    "手机被老师没收了，明天才还",
    "in the army they take our phones during basic training",
    "hp disita cikgu sebab main game dalam kelas",
  ],
  "a debt owed to an employer at home": [
    "I owe the company 5000 for the staff loan",
    "I still owe the company for the laptop I bought through payroll",
    "我欠公司5000块员工贷款，每月从工资扣",
    "I'm in debt to the bank for my car, can I change jobs?",
    "may utang sa kumpanya ako para sa salary loan",
  ],
  quarantine: [
    "the quarantine hotel has guards at the door and we cannot go out for 14 days",
    "隔离酒店门口有保安，我们14天不能出门",
    "we are in a quarantine hotel, not allowed out for 14 days, guards at the door",
  ],
  "silence of a day, or an old friend lost touch with": [
    "lost contact with my old school friend in Japan, how can I find him",
    "I lost touch with an old classmate who moved to Canada, how do I find her?",
    "跟以前的老同学失去联系很多年了，怎么找他",
    "my husband is in Vietnam on business and hasn't messaged today",
    "老公今天还没回我消息，他在越南出差",
  ],
  "asking whether it will happen": [
    "Will they take my passport if I work in Dubai?",
    "去迪拜工作是不是会被扣护照?",
    "If I go to work in Saudi, will the employer keep my passport?",
    "去马来西亚打工会不会被收护照？",
  ],
  "a notice period or a training bond owed (review)": [
    "owe the company a week's notice if I quit?",
    "training bond: I owe the company 2 months salary if I leave early, legal?",
  ],
};

const DANGER = [
  "they took our phones, we are in Myawaddy",
  "they took all of our phones and lock the door at night",
  "they confiscated my phone, I'm borrowing one secretly to write this",
  "guards took my phone and I cannot leave",
  "手机被园区收走了",
  "手机被收了，在缅甸出不去",
  "the boss in Cambodia confiscated all our phones",
  "my brother is in Myanmar, they took his phone and he can't call us",
  "hp saya disita majikan di Malaysia, tak boleh keluar",
  "公司说我欠他们三万，不还清不能走",
  "they say I owe them 3000 before I can leave",
  "a man called and says my daughter owes them money for her flight",
  "they deleted the evidence on my phone and then took my phone, told me to keep quiet",
  "we are in a compound in Cambodia and they say I owe the company 5000 dollars",
  "我在柬埔寨，老板说我欠公司5万",
  "my son went to Cambodia for a job and we lost contact 2 weeks ago",
  "They took my passport when I arrived in Dubai, will they give it back?",
  // Review of the merge: a debt worked off, a Tagalog taker, a friend's phone, a held person's fear, guards at a
  // "quarantine".
  "boss says I owe him, I must work until paid",
  "I owe the boss and must work until it's paid off",
  "kinuha nila ang phone ko",
  "help they took my phone im on a friends phone",
  "will they kill me if I escape",
  "I'm in quarantine in a room, guards outside, they took our phones",
];

describe("issue #12: danger words that need context", () => {
  for (const [group, texts] of Object.entries(EVERYDAY)) {
    it.each(texts)(`${group} is not routed: %s`, (text) => {
      expect(routed(text)).toBe(false);
    });
  }
  it.each(DANGER)("still danger: %s", (text) => {
    expect(routed(text)).toBe(true);
  });

  it("a phone taken with no one named still reads as the domain's, but not when parents took it", () => {
    expect(matchQuestion("手机被收了").answer).not.toBeNull();
    expect(matchQuestion("my parents took my phone away because of my grades").answer).toBeNull();
  });
});
