/**
 * Chinese that reads native (issue 13): full-width punctuation between Chinese characters, no space between two
 * Chinese characters, 「」 quotes in zh-hant and “” in zh-hans, and no mainland-only vocabulary in zh-hant — in every
 * locale string and in what the bot renders from them (verdicts, answers, checklists, warnings, /sos).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { checkOffer, formatVerdict, formatVerdictCard, type Verdict } from "../../src/check/index.ts";
import { checklistIds, renderChecklist } from "../../src/content/checklists.ts";
import { FAMILY_GUIDE_SECTION_IDS, renderFamilyGuide } from "../../src/content/family-guide.ts";
import { QA_ENTRIES } from "../../src/content/qa.ts";
import { renderWarning, WARNINGS } from "../../src/content/warnings.ts";
import { escapeHtml } from "../../src/i18n/html.ts";
import { LOCALES_DIR, loadTranslator } from "../../src/i18n/load.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { composeQaReply } from "../../src/qa/reply.ts";
import { COUNTRIES, NATIONALITIES, renderContacts } from "../../src/sos/directory.ts";

const tr = loadTranslator();
const CHINESE: readonly Locale[] = ["zh-hans", "zh-hant"];

/**
 * Mainland-only words (and a few Hong Kong forms) and what a Taiwan reader expects instead (教育部 and government
 * usage, also understood in Hong Kong). A zh-hant string containing a key fails. Add to it whenever a review finds
 * another.
 */
const NOT_TAIWAN_USAGE: Readonly<Record<string, string>> = {
  合同: "合約",
  賬: "帳（帳戶、帳號、轉帳）",
  社交媒體: "社群媒體",
  社交網絡: "社群網站",
  前臺: "櫃檯",
  視頻: "影片、視訊",
  信息: "訊息、資訊",
  印度尼西亞: "印尼",
  迪拜: "杜拜",
  阿聯酋: "阿聯、阿拉伯聯合大公國",
  孟加拉國: "孟加拉",
  肯尼亞: "肯亞",
  老撾: "寮國",
  達沃: "納卯",
  新西蘭: "紐西蘭",
  意大利: "義大利",
  網絡: "網路",
  軟件: "軟體",
  硬件: "硬體",
  籤: "簽（簽證、簽約）",
  稽核: "審核",
  質量: "品質",
  出租車: "計程車",
  打車: "搭計程車",
  崗位: "職缺、職位",
  用戶: "使用者",
  數據: "資料",
  短信: "簡訊",
  檔案: "文件",
  渠道: "管道、途徑",
  團伙: "集團",
  窩點: "據點",
  營銷: "行銷",
  服務器: "伺服器",
  鏈接: "連結",
  菜單: "選單",
  默認: "預設",
  激活: "啟用",
  反饋: "回饋",
  屏蔽: "封鎖",
  粘貼: "貼上",
  回復: "回覆",
  登錄: "登入",
  搜索: "搜尋",
  屏幕: "螢幕",
  視頻通話: "視訊通話",
  身份: "身分",
  計劃: "計畫",
  中介: "仲介",
  人口販賣: "人口販運",
  嫌疑人: "嫌犯",
  報道: "報導",
  電詐: "詐騙、電信詐騙",
  併發送: "並傳送",
  聯系: "聯絡",
  高階專員: "高級專員",
  "物件:": "項目：",
  在國內: "在臺灣／在香港／在中國大陸（說清楚是哪裡）",
  中國內地: "中國大陸",
  僱主: "雇主（勞動部、就業服務法的用字）",
};

const HAN = String.raw`\p{Script=Han}`;
const GAP = String.raw`(?:\s|<[^>]+>)*`;
/** The ways Chinese typography goes wrong, each with a pattern that finds it. */
const TYPOGRAPHY: ReadonlyArray<[string, RegExp]> = [
  ["half-width , : ! ? ; ( ) between Chinese characters", new RegExp(`${HAN}${GAP}[,:!?;()]${GAP}${HAN}`, "u")],
  [
    "half-width , : ! ? ; after a Chinese character at the end of a line",
    new RegExp(`${HAN}${GAP}[,:!?;]${GAP}$`, "mu"),
  ],
  ["half-width parentheses around Chinese", new RegExp(`\\([^()]*${HAN}[^()]*\\)`, "u")],
  ["a space between two Chinese characters", new RegExp(`${HAN}(?:<[^>]+>)* +(?:<[^>]+>)*${HAN}`, "u")],
];

/** Text outside HTML tags (attribute values hold ASCII quotes legitimately). */
const withoutTags = (text: string): string => text.replace(/<[^>]+>/g, "");

function typographyProblems(text: string, locale: Locale): string[] {
  const problems = TYPOGRAPHY.filter(([, pattern]) => pattern.test(text)).map(
    ([name, pattern]) => `${name}: …${pattern.exec(text)?.[0]}…`,
  );
  const visible = withoutTags(text);
  const asciiQuoted = new RegExp(`"[^"]*${HAN}[^"]*"`, "u").exec(visible);
  if (asciiQuoted) problems.push(`ASCII quotes around Chinese: ${asciiQuoted[0]}`);
  const wrongQuote = (locale === "zh-hant" ? /[“”]/ : /[「」]/).exec(visible);
  if (wrongQuote) problems.push(`${wrongQuote[0]} is not the ${locale} quotation mark`);
  return problems;
}

function nonTaiwanWords(text: string): string[] {
  return Object.keys(NOT_TAIWAN_USAGE)
    .filter((word) => text.includes(word))
    .map((word) => `${word} → ${NOT_TAIWAN_USAGE[word]}`);
}

/** Typography problems (and, in zh-hant, mainland-only words) in each text, prefixed with where it comes from. */
function allProblems(texts: ReadonlyArray<[string, string]>, locale: Locale, vocabulary = true): string[] {
  return texts.flatMap(([where, text]) => {
    const found = typographyProblems(text, locale);
    if (vocabulary && locale === "zh-hant") found.push(...nonTaiwanWords(text));
    return found.map((problem) => `${where}: ${problem}`);
  });
}

type Tree = { [key: string]: Tree | string };
const leaves = (tree: Tree, prefix = ""): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => {
    const dotted = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[dotted, value] as [string, string]] : leaves(value, dotted);
  });
/** Every string of a locale file as written (placeholders unfilled). */
const localeStrings = (locale: Locale): Array<[string, string]> =>
  leaves((yaml.load(readFileSync(path.join(LOCALES_DIR, `${locale}.yaml`), "utf8")) as Tree | null) ?? {});

describe("Chinese typography in locale strings", () => {
  it.each(CHINESE)(
    "%s: full-width punctuation between Chinese characters, no stray spaces, the right quotes",
    (locale) => {
      expect(allProblems(localeStrings(locale), locale, false)).toEqual([]);
    },
  );

  it("zh-hant uses no mainland-only words (see NOT_TAIWAN_USAGE for the Taiwan word to use)", () => {
    const found = localeStrings("zh-hant").flatMap(([key, text]) => nonTaiwanWords(text).map((w) => `${key}: ${w}`));
    expect(found).toEqual([]);
  });

  it("the checks catch what they are meant to catch", () => {
    expect(typographyProblems("请选择:", "zh-hans")).toHaveLength(1);
    expect(typographyProblems("<b>下一步:</b>打开 /checklist", "zh-hans")).not.toEqual([]);
    expect(typographyProblems("工作签,或", "zh-hans")).not.toEqual([]);
    expect(typographyProblems("妙瓦底(KK园区)", "zh-hans")).not.toEqual([]);
    expect(typographyProblems("护照 被扣", "zh-hans")).not.toEqual([]);
    expect(typographyProblems('说"不用工作签"', "zh-hans")).not.toEqual([]);
    expect(typographyProblems("說“不用工作簽”", "zh-hant")).not.toEqual([]);
    expect(typographyProblems("说「不用工作签」", "zh-hans")).not.toEqual([]);
    // Half-width stays right inside Latin runs, numbers, phone numbers and links.
    expect(
      typographyProblems(
        '香港居民 (852) 1868；1,200 人；<a href="https://example.org/a?b=c">JobSafe</a> 的 FBI: x, y 说“好”。',
        "zh-hans",
      ),
    ).toEqual([]);
    expect(nonTaiwanWords("簽訂勞動合同")).toEqual(["合同 → 合約"]);
    expect(nonTaiwanWords("簽訂合約")).toEqual([]);
  });
});

/** Offer texts to render verdicts from: real lures (eval) and real lawful ads, so flags and lawful signs both show. */
function sampleOffers(): string[] {
  const read = (file: string): Array<{ text: string; lang: string }> =>
    readFileSync(new URL(`../../eval/${file}`, import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { text: string; lang: string });
  const chinese = (rows: Array<{ text: string; lang: string }>) => rows.filter((row) => row.lang.startsWith("zh"));
  return [...chinese(read("lures-real-zh.jsonl")), ...chinese(read("ads-lawful-real.jsonl")).slice(0, 30)].map(
    (row) => row.text,
  );
}

/** The offer's words as a verdict quotes them (src/check/present.ts: one line, at most 80 characters, escaped). */
function quoted(evidence: string): string {
  const oneLine = evidence.replace(/\s+/g, " ").trim();
  return escapeHtml(oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine);
}

/**
 * A rendered verdict with the offer's own words replaced by "X": a verdict quotes the user's text verbatim, and its
 * punctuation is theirs to keep. Everything left is JobSafe's.
 */
function withoutUserWords(rendered: string, verdict: Verdict): string {
  const phrases = [
    ...verdict.flags.map((flag) => flag.evidence),
    ...verdict.lawfulSigns.map((sign) => sign.evidence),
    ...verdict.facts.salaries.map((fact) => fact.phrase),
    ...verdict.facts.fees.map((fact) => fact.phrase),
    ...verdict.facts.places.map((fact) => fact.phrase),
  ]
    .map(quoted)
    .filter((phrase) => phrase.length > 0)
    .sort((a, b) => b.length - a.length);
  return phrases.reduce((text, phrase) => text.split(phrase).join("X"), rendered);
}

describe("Chinese typography in rendered output", () => {
  const offers = sampleOffers();

  it.each(CHINESE)("%s: verdicts (full and card) for real lures and lawful ads", (locale) => {
    const texts = offers.flatMap((offer, i): Array<[string, string]> => {
      const verdict = checkOffer(offer);
      return [
        [`verdict ${i}`, withoutUserWords(formatVerdict(verdict, locale, tr), verdict)],
        [`card ${i}`, formatVerdictCard(verdict, locale, tr)],
      ];
    });
    expect(texts.some(([, text]) => text.includes("<b>"))).toBe(true);
    expect(allProblems(texts, locale)).toEqual([]);
  });

  it.each(CHINESE)("%s: every Q&A answer, with its see-also buttons", (locale) => {
    const texts = QA_ENTRIES.flatMap((entry): Array<[string, string]> => {
      const reply = composeQaReply(
        { answer: entry.id, confidence: 1, alternatives: [...entry.related], emergency: false },
        locale,
        tr,
      );
      return [[entry.id, [reply.html, ...reply.buttons.map((button) => button.label)].join("\n")]];
    });
    expect(texts.length).toBeGreaterThan(10);
    expect(allProblems(texts, locale)).toEqual([]);
  });

  it.each(CHINESE)("%s: checklists, the family guide and warnings", (locale) => {
    const texts: Array<[string, string]> = [
      ...checklistIds.map((id): [string, string] => [`checklist ${id}`, renderChecklist(id, locale, tr)]),
      ...FAMILY_GUIDE_SECTION_IDS.map((id): [string, string] => [`family ${id}`, renderFamilyGuide(id, locale, tr)]),
      ...WARNINGS.map((warning): [string, string] => [`warning ${warning.id}`, renderWarning(tr, warning.id, locale)]),
    ];
    expect(allProblems(texts, locale)).toEqual([]);
  });

  it.each(CHINESE)("%s: a long quote from the offer is cut with '……', and lists join with '、'", (locale) => {
    const base = checkOffer("缅甸妙瓦底高薪招聘客服");
    const evidence = "月薪三万包机票包吃住，".repeat(12);
    const flag = { id: "high_pay", category: "pay", evidence, start: 0, end: evidence.length };
    const verdict = formatVerdict({ ...base, flags: [flag, ...base.flags] }, locale, tr);
    expect(verdict).toContain("……");
    expect(verdict).not.toMatch(/[^…]…[^…]/);
    expect(tr.t(locale, "lists.separator")).toBe("、");
  });

  it.each(CHINESE)("%s: /sos for every nationality and country", (locale) => {
    const texts = NATIONALITIES.flatMap((nationality) =>
      COUNTRIES.map((country): [string, string] => [
        `sos ${nationality}/${country}`,
        renderContacts(nationality, country, locale, tr),
      ]),
    );
    expect(allProblems(texts, locale)).toEqual([]);
  });
});
