import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * In-scope questions worded as users word them, by the classes of wording that probe 12 (tests/qa/probe-12) showed the
 * matcher missing. Composed for these tests: neither the entries' samples, nor eval or probe texts. A question is
 * answered right when its entry is one that tests/fixtures/qa-topics.json accepts for its topic.
 */
const accepted = JSON.parse(readFileSync(new URL("../fixtures/qa-topics.json", import.meta.url), "utf8")) as Record<
  string,
  string[]
>;
const answersTopic = (text: string, topic: string): void => {
  const answer = matchQuestion(text).answer;
  expect(accepted[topic], `topic ${topic}`).toBeDefined();
  expect(accepted[topic]).toContain(answer);
};

describe("weighing an offer is not a relative's silence, departure or return ('check', 'new', 'nahi')", () => {
  it.each([
    "my new employer in qatar wants me to fly next week, how do i know its real",
    "bhai ek agent ne qatar ki job di hai, kaise check karu ki fake to nahi",
    "naukri ka offer malaysia se, ye scam to nahi na?",
  ])("%s", (text) => {
    expect(["offer_safety", "red_flags", "high_pay", "verify_employer"]).toContain(matchQuestion(text).answer);
  });
});

describe("whether to worry about a paid journey, in Taglish and Malay", () => {
  it.each([
    "libre daw flight papuntang bangkok, dapat ba akong kabahan?",
    "libre raw ang tiket papuntang Dubai at sagot ng kompanya ang hotel, dapat ba akong mag-alala",
    "majikan kata tiket kapal terbang percuma, syarikat bayar semua, perlu risau ke?",
  ])("%s", (text) => {
    answersTopic(text, "travel_paid");
  });
});

describe("an employer's background checked before going", () => {
  it.each(["想查查泰国那个老板的背景 去哪里查", "出國前要怎麼調查雇主的底細", "去迪拜之前怎么做雇主背景调查"])(
    "%s",
    (text) => {
      answersTopic(text, "verify_employer");
    },
  );
});

describe("the signs that a job is trafficking, asked in Chinese", () => {
  it.each(["哪些迹象说明这份工作其实是人口贩卖", "哪些徵兆代表可能遇到人口販運", "出国工作有什么征兆说明是人口贩卖"])(
    "%s",
    (text) => {
      answersTopic(text, "general_redflags");
    },
  );
});

describe("whom to call, asked in Malay and by the number", () => {
  it.each([
    "anak saya ada masalah kat luar negara, patut telefon siapa dulu",
    "kalau ada masalah kat kemboja, hubungi siapa dulu, polis atau kedutaan",
    "海外求助电话是几号",
    "在海外出事了 求助热线是多少",
    "海外的急難電話號碼是多少",
  ])("%s", (text) => {
    answersTopic(text, "whom_to_call");
  });
});

describe("help for someone just back, in Taglish", () => {
  it.each([
    "kakauwi lang ni kuya galing laos, saan kami pwede humingi ng tulong para sa kanya",
    "bumalik na si ate galing cambodia, paano namin siya matutulungan",
    "kakabalik lang ng pinsan ko galing myanmar, ayaw kumain at ayaw lumabas, may tutulong ba",
  ])("%s", (text) => {
    answersTopic(text, "after_return");
  });
});

describe("warning a colleague, a classmate or a neighbour about to leave", () => {
  it.each([
    "邻居家的孩子要去柬埔寨打工 要不要提醒他家人",
    "同事要去緬甸做高薪工作 我該怎麼提醒他",
    "my officemate is resigning to work in cambodia, how do i warn her",
    "katrabaho ko pupunta sa laos para sa typing job, paano ko siya babalaan",
  ])("%s", (text) => {
    answersTopic(text, "friend_leaving");
  });
});

describe("a relative out of reach, in Malay, is the lost-contact question, not whom to call", () => {
  it.each([
    "suami saya kerja di Laos, dah tiga hari tak dapat contact dia, apa nak buat",
    "kakak pergi kerja kat Thailand, dah seminggu tak dapat hubungi, patut buat apa",
  ])("%s", (text) => {
    answersTopic(text, "missing_relative");
  });
});

describe("what to watch out for before taking a job abroad is the signs of a scam", () => {
  it.each([
    "what should i watch out for when i apply for a job in thailand",
    "things to look out for before i sign with an agency for saudi?",
  ])("%s", (text) => {
    answersTopic(text, "general_redflags");
  });
});
