/**
 * `npm run eval`: scores the offer check on the labelled corpus (../shared/corpus beside the project root):
 * recall on lures at warning-or-high and at high, false-high and false-warning rates on ordinary and lawful
 * overseas ads, per language and per kind, with the ids it gets wrong. A Q&A section (src/cli/eval-qa.ts) follows
 * when that module exists.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pc from "picocolors";
import { checkOffer, type RiskLevel } from "../check/index.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CORPUS_DIR = path.resolve(PROJECT_ROOT, "../shared/corpus");

interface LabelledText {
  id: string;
  lang: string;
  text: string;
  kind?: string;
}

interface Scored extends LabelledText {
  level: RiskLevel;
}

/** Reads a JSONL corpus file; a missing file is reported and skipped, not fatal (CI may lack one set). */
export function readJsonl(file: string): LabelledText[] {
  const full = path.join(CORPUS_DIR, file);
  if (!existsSync(full)) {
    console.log(pc.yellow(`(missing ${full}: skipped)`));
    return [];
  }
  return readFileSync(full, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledText);
}

const percent = (part: number, whole: number): string => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);

function groupBy(items: Scored[], key: (item: Scored) => string): Map<string, Scored[]> {
  const groups = new Map<string, Scored[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function score(items: LabelledText[]): Scored[] {
  return items.map((item) => ({ ...item, level: checkOffer(item.text).level }));
}

function goal(value: number, whole: number, target: number, atLeast: boolean): string {
  if (whole === 0) return "";
  const met = atLeast ? value / whole >= target : value / whole <= target;
  return met ? pc.green(" ✓") : pc.red(` ✗ (goal ${atLeast ? "≥" : "≤"} ${target * 100}%)`);
}

function reportLures(title: string, items: Scored[]): void {
  console.log(pc.bold(`\n${title}`));
  const rows = [
    ["all", items] as const,
    ...[...groupBy(items, (i) => `lang=${i.lang}`)],
    ...[...groupBy(items, (i) => `kind=${i.kind ?? "?"}`)],
  ];
  for (const [name, group] of rows) {
    const warningPlus = group.filter((i) => i.level !== "low").length;
    const high = group.filter((i) => i.level === "high").length;
    const goals =
      name === "all" ? [goal(warningPlus, group.length, 0.95, true), goal(high, group.length, 0.85, true)] : ["", ""];
    console.log(
      `  ${name.padEnd(16)} n=${String(group.length).padStart(4)}  warning+ ${percent(warningPlus, group.length).padStart(6)}${goals[0]}  high ${percent(high, group.length).padStart(6)}${goals[1]}`,
    );
  }
  const missed = items.filter((i) => i.level !== "high");
  if (missed.length > 0) console.log(`  not high: ${missed.map((i) => `${i.id}(${i.level})`).join(", ")}`);
}

function reportAds(title: string, items: Scored[], falseHighGoal: number): void {
  console.log(pc.bold(`\n${title}`));
  const rows = [["all", items] as const, ...[...groupBy(items, (i) => `lang=${i.lang}`)]];
  for (const [name, group] of rows) {
    const high = group.filter((i) => i.level === "high").length;
    const warningPlus = group.filter((i) => i.level !== "low").length;
    console.log(
      `  ${name.padEnd(16)} n=${String(group.length).padStart(4)}  false-high ${percent(high, group.length).padStart(6)}${name === "all" ? goal(high, group.length, falseHighGoal, false) : ""}  false-warning+ ${percent(warningPlus, group.length).padStart(6)}`,
    );
  }
  const wrong = items.filter((i) => i.level === "high");
  if (wrong.length > 0) console.log(`  high: ${wrong.map((i) => i.id).join(", ")}`);
}

function evaluateOffers(): void {
  console.log(pc.bold(pc.cyan(`Offer check — corpus ${CORPUS_DIR}`)));
  const lures = score([...readJsonl("lures-dev.jsonl"), ...readJsonl("lures-composed-dev.jsonl")]);
  reportLures("Lures (lures-dev + lures-composed-dev)", lures);
  reportLures(
    "  lures-dev.jsonl",
    lures.filter((i) => !i.id.startsWith("lc-")),
  );
  reportLures(
    "  lures-composed-dev.jsonl",
    lures.filter((i) => i.id.startsWith("lc-")),
  );
  reportAds("Ordinary ads (ads.jsonl)", score(readJsonl("ads.jsonl")), 0.02);
  reportAds("Lawful overseas ads (ads-overseas-dev.jsonl)", score(readJsonl("ads-overseas-dev.jsonl")), 0.05);
  const fraud = score(readJsonl("emscad-fraud-sample.jsonl"));
  console.log(pc.bold("\nEMSCAD fraud sample (informational: another kind of scam)"));
  console.log(
    `  n=${fraud.length}  warning+ ${percent(fraud.filter((i) => i.level !== "low").length, fraud.length)}  high ${percent(fraud.filter((i) => i.level === "high").length, fraud.length)}`,
  );
}

/** Runs the Q&A section written in src/cli/eval-qa.ts, if that module exists in this checkout. */
async function evaluateQuestionsIfPresent(): Promise<void> {
  const qaModule = fileURLToPath(new URL("./eval-qa.ts", import.meta.url));
  if (!existsSync(qaModule)) return;
  const { evaluateQuestions } = (await import(pathToFileURL(qaModule).href)) as {
    evaluateQuestions: () => Promise<void>;
  };
  await evaluateQuestions();
}

// Run only as `npm run eval`; bench.ts imports the corpus reader without running the evaluation.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  evaluateOffers();
  await evaluateQuestionsIfPresent();
}
