/**
 * `npm run eval`: scores the offer check on the labelled corpus (../shared/corpus beside the project root):
 * recall on lures at warning-or-high and at high, false-high and false-warning rates on ordinary and lawful
 * overseas ads, per language, per kind and (for real lures) per scheme, with the ids it gets wrong. The pictures
 * section (src/cli/eval-images.ts) reads the same offers drawn as screenshots, posters and flyers; the Q&A section
 * (src/cli/eval-qa.ts) follows.
 */
import { pathToFileURL } from "node:url";
import pc from "picocolors";
import { checkOffer, type RiskLevel } from "../check/index.ts";
import { CORPUS_DIR, EVAL_DIR, readEval, readJsonl, splitOf, type LabelledText } from "./eval-data.ts";
import { evaluateImages } from "./eval-images.ts";
import { evaluateQuestions } from "./eval-qa.ts";

interface Scored extends LabelledText {
  level: RiskLevel;
}

const percent = (part: number, whole: number): string => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);

function score(items: LabelledText[]): Scored[] {
  return items.map((item) => ({ ...item, level: checkOffer(item.text).level }));
}

/** Corpus language tags ("zh-Hant", "zh-hant") in one spelling. */
const langOf = (item: LabelledText): string => item.lang.toLowerCase();

function goal(value: number, whole: number, target: number, atLeast: boolean): string {
  if (whole === 0) return "";
  const met = atLeast ? value / whole >= target : value / whole <= target;
  return met ? pc.green("✓") : pc.red(`✗${atLeast ? "≥" : "≤"}${target * 100}`);
}

interface Figure {
  name: string;
  value: (group: Scored[]) => number;
  goal: number;
  atLeast: boolean;
}

const LURE_FIGURES: Figure[] = [
  { name: "warning+", value: (g) => g.filter((i) => i.level !== "low").length, goal: 0.95, atLeast: true },
  { name: "high", value: (g) => g.filter((i) => i.level === "high").length, goal: 0.85, atLeast: true },
];
const adFigures = (falseHigh: number, falseWarning: number): Figure[] => [
  { name: "false-high", value: (g) => g.filter((i) => i.level === "high").length, goal: falseHigh, atLeast: false },
  { name: "warning+", value: (g) => g.filter((i) => i.level !== "low").length, goal: falseWarning, atLeast: false },
];

function cells(group: Scored[], figures: Figure[]): string {
  if (group.length === 0) return "".padEnd(14 + figures.length * 16);
  return [
    `n=${String(group.length).padStart(4)}`.padEnd(8),
    ...figures.map((f) => {
      const value = f.value(group);
      return `${f.name} ${percent(value, group.length).padStart(6)} ${goal(value, group.length, f.goal, f.atLeast)}`.padEnd(
        26,
      );
    }),
  ].join(" ");
}

/**
 * The rows of a table after "all", one grouping after another; a text with no value for a grouping (a corpus lure
 * has no scheme) is left out of that grouping's rows.
 */
const GROUPINGS: ((item: LabelledText) => string | null)[] = [
  (i) => `lang=${langOf(i)}`,
  (i) => `kind=${i.kind ?? "?"}`,
  (i) => (i.scheme ? `scheme=${i.scheme}` : null),
];
const ROW_KEY_WIDTH = "scheme=migration-service".length;

/**
 * One table per set: a row per language, per kind and per scheme, the dev split beside the held-out test split. The
 * gap between the two columns shows how well the rules generalise to texts no one tuned them on.
 */
function report(title: string, items: LabelledText[], figures: Figure[], showMisses: (item: Scored) => boolean): void {
  const scored = score(items);
  const dev = scored.filter((i) => splitOf(i.id) === "dev");
  const test = scored.filter((i) => splitOf(i.id) === "test");
  console.log(pc.bold(`\n${title}`));
  console.log(`  ${"".padEnd(ROW_KEY_WIDTH)} ${"dev".padEnd(60)} ${"test (held out)"}`);
  const keys = [
    "all",
    ...GROUPINGS.flatMap((rowKey) => [...new Set(scored.map(rowKey).filter((key) => key !== null))]),
  ];
  const pick = (group: Scored[], key: string): Scored[] =>
    key === "all" ? group : group.filter((i) => GROUPINGS.some((rowKey) => rowKey(i) === key));
  for (const key of keys)
    console.log(
      `  ${key.padEnd(ROW_KEY_WIDTH)} ${cells(pick(dev, key), figures).padEnd(60)} ${cells(pick(test, key), figures)}`,
    );
  // Only dev-split texts are named: the test split is scored, never read while writing rules.
  const misses = dev.filter(showMisses);
  if (misses.length > 0) console.log(`  dev misses: ${misses.map((i) => `${i.id}(${i.level})`).join(", ")}`);
}

function evaluateOffers(): void {
  console.log(pc.bold(pc.cyan(`Offer check — corpus ${CORPUS_DIR} and ${EVAL_DIR}`)));
  const notHigh = (i: Scored): boolean => i.level !== "high";
  const isHigh = (i: Scored): boolean => i.level === "high";
  report(
    "Real lures, quoted from public reports (eval/lures-real-*.jsonl)",
    readEval("lures-real-"),
    LURE_FIGURES,
    notHigh,
  );
  report(
    "Corpus lures (lures-dev + lures-composed-dev: all dev)",
    [...readJsonl("lures-dev.jsonl"), ...readJsonl("lures-composed-dev.jsonl")].map(asDev),
    LURE_FIGURES,
    notHigh,
  );
  report(
    "Obfuscated variants of every caught lure (dots, spaces, emoji, homoglyphs, leetspeak, pinyin)",
    obfuscatedLures([
      ...readEval("lures-real-"),
      ...[...readJsonl("lures-dev.jsonl"), ...readJsonl("lures-composed-dev.jsonl")].map(asDev),
    ]),
    [LURE_FIGURES[0]!],
    (i) => i.level === "low",
  );
  report(
    "Real lawful overseas ads (eval/ads-lawful-real.jsonl)",
    readEval("ads-lawful-real"),
    adFigures(0.05, 0.2),
    isHigh,
  );
  report(
    "Composed lawful overseas ads (ads-overseas-dev.jsonl: all dev)",
    readJsonl("ads-overseas-dev.jsonl").map(asDev),
    adFigures(0.05, 0.2),
    isHigh,
  );
  report("Ordinary ads (ads.jsonl: EMSCAD and 51job)", readJsonl("ads.jsonl"), adFigures(0.02, 0.05), isHigh);
  const fraud = score(readJsonl("emscad-fraud-sample.jsonl"));
  console.log(pc.bold("\nEMSCAD fraud sample (informational: another kind of scam)"));
  console.log(
    `  n=${fraud.length}  warning+ ${percent(fraud.filter((i) => i.level !== "low").length, fraud.length)}  high ${percent(fraud.filter((i) => i.level === "high").length, fraud.length)}`,
  );
}

/** Corpus files the project did not split: tuned on from the start, so they count as dev. */
const asDev = (item: LabelledText): LabelledText => ({ ...item, id: `dev:${item.id}` });

/**
 * Each lure that the check catches in plain form, rewritten the ways recruiters hide words from filters: the words
 * that raised its flags spelled with dots, spaces or emoji between the characters, Latin letters swapped for
 * look-alike Cyrillic ones or digits, Chinese place names in pinyin. A variant is caught when it is still warning+.
 */
function obfuscatedLures(lures: LabelledText[]): LabelledText[] {
  const variants: LabelledText[] = [];
  for (const lure of lures) {
    const verdict = checkOffer(lure.text);
    if (verdict.level === "low") continue;
    const words = [...verdict.flags.map((f) => f.evidence), ...verdict.facts.places.map((p) => p.phrase)].filter(
      (word) => word.trim().length >= 2,
    );
    for (const [kind, disguise] of Object.entries(DISGUISES)) {
      let text = lure.text;
      for (const word of new Set(words)) text = text.split(word).join(disguise(word));
      if (text !== lure.text) variants.push({ ...lure, id: `${lure.id}~${kind}`, text, kind });
    }
  }
  return variants;
}

const spread = (separator: string) => (word: string) => [...word].join(separator);
const HOMOGLYPHS: Record<string, string> = { a: "а", e: "е", o: "о", c: "с", p: "р", x: "х", y: "у", i: "і" };
const LEETSPEAK: Record<string, string> = { a: "4", o: "0", e: "3", i: "1", s: "5" };
const PINYIN: Record<string, string> = {
  缅甸: "mian dian",
  緬甸: "mian dian",
  柬埔寨: "jian pu zhai",
  老挝: "lao wo",
  泰国: "tai guo",
  泰國: "tai guo",
  妙瓦底: "miao wa di",
  西港: "xi gang",
  缅北: "mian bei",
  緬北: "mian bei",
  果敢: "guo gan",
  大其力: "da qi li",
  金三角: "jin san jiao",
  菲律宾: "fei lv bin",
  迪拜: "di bai",
  马来西亚: "ma lai xi ya",
};
const DISGUISES: Record<string, (word: string) => string> = {
  dots: spread("."),
  spaces: spread(" "),
  emoji: spread("🔥"),
  homoglyphs: (word) => [...word].map((char) => HOMOGLYPHS[char] ?? char).join(""),
  leetspeak: (word) => word.replace(/(?<=[a-z])[aoeis](?=[a-z])/gi, (char) => LEETSPEAK[char.toLowerCase()] ?? char),
  pinyin: (word) => PINYIN[word] ?? word,
};

// Run only as `npm run eval` (or `tsx src/cli/eval.ts`): importing the module runs nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  evaluateOffers();
  await evaluateImages();
  await evaluateQuestions();
}
