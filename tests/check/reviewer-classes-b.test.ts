/**
 * Classes of wording an independent reviewer found misread (checkfix17b): A-not-A questions read as negation, chat
 * English for a paid ticket, hourly pay judged as a lure where hourly wages are ordinary, a low card's wording with
 * flags, and pay forms left unread. Every sentence is written for the test, in English, Simplified Chinese and
 * Traditional Chinese (Taiwan and Hong Kong usage).
 */
import { describe, expect, it } from "vitest";
import { checkOffer, formatVerdict } from "../../src/check/index.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES } from "../../src/i18n/locales.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("an A-not-A question asks; it negates nothing", () => {
  it.each([
    ["月入两万多，你要不要过来？机票老板出"],
    ["底薪三萬，有沒有興趣？機票公司出。"],
    ["月薪五萬 你會不會想來 路費我來出"],
    ["工资一万五 能不能下周到？来回机票报销"],
    ["月薪四萬，可不可以月底報到？機票公司負擔。"],
  ])("%j → paid_travel kept", (text) => {
    expect(flagIds(text)).toContain("paid_travel");
  });

  it.each([["机票不用公司出，自己买"], ["機票自理，不包。"]])("%j → a real negation still negates", (text) => {
    expect(flagIds(text)).not.toContain("paid_travel");
  });
});

describe("a paid ticket in chat English", () => {
  it.each([
    ["job in dubai, i pay your flight"],
    ["we pay ur tickets, start next week"],
    ["ill cover ur ticket bro"],
    ["your plane ticket on me, just come"],
    ["flights on us, visa also"],
  ])("%j → paid_travel", (text) => {
    expect(flagIds(text)).toContain("paid_travel");
  });

  it.each([["you pay your own flight"], ["we do not pay your flight"]])("%j → no paid_travel", (text) => {
    expect(flagIds(text)).not.toContain("paid_travel");
  });
});

describe("an ordinary hourly wage where hourly wages are the norm is no lure", () => {
  it.each([
    ["Line cook wanted in Chicago, $19/hr, weekends"],
    ["Forklift driver, Pennsylvania warehouse, $21 per hour"],
    ["旺角補習中心請兼職導師，時薪130"],
    ["台北餐廳誠徵外場，時薪210元，可排班。"],
  ])("%j → no high_pay", (text) => {
    expect(flagIds(text)).not.toContain("high_pay");
  });

  it.each([["easy typing from home $55/hr no experience"], ["柬埔寨打字员 时薪60美元 无需经验"]])(
    "%j → a lure's hourly pay is still far above normal",
    (text) => {
      expect(flagIds(text)).toContain("high_pay");
    },
  );
});

describe("pay forms read as written", () => {
  it.each([
    ["cleaner in kl, RM3k monthly", "MYR", 4650],
    ["driver job, php30k monthly", "PHP", 3750],
  ])("%j → a currency glued to thousands is read", (text, currency, monthlyCny) => {
    expect(checkOffer(text).facts.salaries[0]).toMatchObject({ currency, monthlyCny });
  });

  it.each([
    ["salary 20k-40k baht a month", 4000, 8000],
    ["sahod 18,000-25,000 php monthly", 2250, 3125],
  ])("%j → both ends of a range", (text, low, high) => {
    expect(checkOffer(text).facts.salaries[0]).toMatchObject({ monthlyCny: low, upperMonthlyCny: high });
  });

  it("a range is shown with both ends", () => {
    const tr = loadTranslator();
    const message = formatVerdict(checkOffer("salary 20k-40k baht a month, cook in Bangkok"), "en", tr);
    const usd = (amount: string): string => tr.t("en", "check.fact.amount.usd", { amount });
    expect(message).toContain(usd("556–1,111"));
    const zh = formatVerdict(checkOffer("salary 20k-40k baht a month, cook in Bangkok"), "zh-hans", tr);
    const cny = (amount: string): string => tr.t("zh-hans", "check.fact.amount.cny", { amount });
    expect(zh).toContain(cny("4,000–8,000"));
  });

  it.each([["Salary SAR 2500. Medical fee only 9k"], ["pay AED 4000, visa processing fee 12k"]])(
    "%j → the salary is pay, the fee is the amount after the fee word",
    (text) => {
      const verdict = checkOffer(text);
      expect(verdict.facts.salaries).toHaveLength(1);
      expect(verdict.facts.fees).toHaveLength(1);
      expect(verdict.facts.fees[0]!.phrase).toMatch(/k$/);
    },
  );

  it("a Chinese fee after the pay is the fee, not the pay", () => {
    const verdict = checkOffer("月薪七千，手续费八千");
    expect(verdict.facts.salaries[0]?.monthlyCny).toBe(7000);
    expect(verdict.facts.fees[0]?.monthlyCny).toBe(8000);
  });
});

describe("a low card with flags reads as points to check", () => {
  const tr = loadTranslator();
  const lowWithFlags = ["Sales assistant in Houston, no experience needed, $17/hr", "招店员，无需经验，月薪5500"];
  it.each(lowWithFlags)("%j → never 'no red flags' above 'red flags found'", (text) => {
    const verdict = checkOffer(text);
    expect(verdict.level).toBe("low");
    expect(verdict.flags.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const message = formatVerdict(verdict, locale, tr);
      expect(message).not.toContain(tr.t(locale, "check.flags_heading"));
      expect(message).toContain(tr.t(locale, "check.notes_heading"));
    }
  });

  it("a job at home gets no work-visa advice; a job abroad does", () => {
    const home = checkOffer("招店员，无需经验，月薪5500");
    expect(home.abroad).toBe(false);
    for (const locale of LOCALES)
      expect(formatVerdict(home, locale, tr)).toContain(tr.t(locale, "check.level.notes.summary_at_home"));
    const abroad = checkOffer("德国慕尼黑工厂招装配工，签工作许可，月薪2800欧元");
    expect(abroad.abroad).toBe(true);
  });
});
