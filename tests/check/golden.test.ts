/**
 * Golden texts (issue 15): what people read for a few offers and questions, written out in each language and
 * reviewed like code. A change to a rule, a level or a word shows here as a diff to read, not as a number.
 * Update deliberately with `npx vitest run tests/check/golden.test.ts -u` and review the diff.
 */
import { describe, expect, it } from "vitest";
import { checkOffer, formatVerdict } from "../../src/check/index.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { composeQaReply } from "../../src/qa/reply.ts";
import { matchQuestion } from "../../src/qa/match.ts";

const tr = loadTranslator();

/** Offers in the three languages people write them in (composed for this test, not taken from the eval data). */
const OFFERS = [
  "高薪招聘客服，月薪3万，无需经验，包机票包吃住。到曼谷后公司派车接到妙瓦底，护照交给公司统一保管，不要告诉家人。",
  "徵客服，月入3萬，來回機票我們出，免經驗，先交押金5000元",
  "Customer service job in Bangkok, $2,500/month, free flight, no experience needed. Visa sorted once you are there.",
  "Siam Teleservices Co., Ltd. (registered in Bangkok) is hiring call centre agents. We provide the work permit and Non-B visa, a written contract before travel, and charge no fees. Video interview from our office.",
  "招聘文员，月薪6000，五险一金，双休，地点上海。",
];

const QUESTIONS = [
  "护照被老板扣了怎么办",
  "我細佬喺柬埔寨冇咗音訊成個禮拜",
  "Is it safe to take a typing job in Laos?",
  "今天天气怎么样",
];

describe.each(LOCALES)("golden texts in %s", (locale) => {
  it("verdicts", async () => {
    const text = OFFERS.map((offer) => `### ${offer}\n\n${formatVerdict(checkOffer(offer), locale, tr)}\n`).join("\n");
    await expect(text).toMatchFileSnapshot(`./__golden__/verdicts.${locale}.txt`);
  });

  it("answers", async () => {
    const text = QUESTIONS.map(
      (question) => `### ${question}\n\n${composeQaReply(matchQuestion(question), locale, tr).html}\n`,
    ).join("\n");
    await expect(text).toMatchFileSnapshot(`./__golden__/answers.${locale}.txt`);
  });
});
