/**
 * Q&A section of `npm run eval` (PRODUCT.md §2.2; corpus README on questions): scores matching on
 * ../shared/corpus/questions-dev.jsonl, per language, per topic, and for composed and verbatim questions separately.
 * Which entries count as relevant for a corpus topic is test data: tests/fixtures/qa-topics.json.
 * Runnable on its own: `npx tsx src/cli/eval-qa.ts`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { qaEntryById } from "../content/qa.ts";
import { matchQuestion, type QaMatch } from "../qa/match.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const QUESTIONS_FILE = path.join(PROJECT_ROOT, "../shared/corpus/questions-dev.jsonl");
const TOPICS_FILE = path.join(PROJECT_ROOT, "tests/fixtures/qa-topics.json");

/** Topics where someone may be in danger now: the first answer must be an emergency entry. */
const DANGER_TOPICS = new Set(["missing_relative", "passport_held", "rescue_embassy"]);
const OFF_TOPIC = "other";

interface Question {
  id: string;
  lang: string;
  text: string;
  topic: string;
  origin: string;
}

interface Scored {
  question: Question;
  match: QaMatch;
  direct: boolean;
  relevant: boolean;
}

function readQuestions(file: string): Question[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Question);
}

function readTopicMap(file: string): Map<string, Set<string>> {
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const map = new Map<string, Set<string>>();
  for (const [topic, ids] of Object.entries(raw)) {
    if (topic.startsWith("$")) continue;
    if (!Array.isArray(ids)) throw new Error(`${file}: topic '${topic}' must list entry ids`);
    for (const id of ids)
      if (!qaEntryById(String(id))) throw new Error(`${file}: topic '${topic}' names unknown entry '${id}'`);
    map.set(topic, new Set(ids.map(String)));
  }
  return map;
}

function score(questions: readonly Question[], topics: Map<string, Set<string>>): Scored[] {
  return questions.map((question) => {
    const accepted = topics.get(question.topic);
    if (!accepted)
      throw new Error(`questions-dev: topic '${question.topic}' (${question.id}) is missing from qa-topics.json`);
    const match = matchQuestion(question.text);
    const direct = match.answer !== null && accepted.has(match.answer);
    const relevant = direct || (match.answer === null && match.alternatives.some((id) => accepted.has(id)));
    return { question, match, direct, relevant };
  });
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? "   –" : `${((100 * part) / whole).toFixed(0).padStart(3)}%`;

function row(label: string, rows: readonly Scored[]): string {
  const onTopic = rows.filter((r) => r.question.topic !== OFF_TOPIC);
  const danger = rows.filter((r) => DANGER_TOPICS.has(r.question.topic));
  const offTopic = rows.filter((r) => r.question.topic === OFF_TOPIC);
  return [
    label.padEnd(20),
    String(rows.length).padStart(4),
    percent(onTopic.filter((r) => r.direct).length, onTopic.length).padStart(8),
    percent(onTopic.filter((r) => r.relevant).length, onTopic.length).padStart(9),
    percent(danger.filter((r) => r.match.emergency).length, danger.length).padStart(10),
    String(danger.filter((r) => !r.match.emergency || !r.direct).length).padStart(11),
    String(offTopic.filter((r) => r.match.answer !== null).length).padStart(9),
  ].join(" ");
}

const HEADER = [
  "".padEnd(20),
  "n".padStart(4),
  "direct".padStart(8),
  "relevant".padStart(9),
  "emergency".padStart(10),
  "danger≠1st".padStart(11),
  "off→scam".padStart(9),
].join(" ");

function groupBy(rows: readonly Scored[], key: (r: Scored) => string): Map<string, Scored[]> {
  const groups = new Map<string, Scored[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

/**
 * Prints the Q&A evaluation: direct = answered with a relevant entry; relevant = direct, or a relevant entry among
 * the offered alternatives; emergency = danger-topic questions routed to an emergency entry; danger≠1st = danger
 * questions whose first answer was anything else (goal 0); off→scam = off-topic questions given an entry (goal 0).
 * Goals: relevant ≥ 90% of on-topic questions in every language; emergency 100%.
 */
export async function evaluateQuestions(): Promise<void> {
  const rows = score(readQuestions(QUESTIONS_FILE), readTopicMap(TOPICS_FILE));
  const out: string[] = ["", "Q&A matching — questions-dev.jsonl", HEADER, row("all", rows)];
  out.push("", "by language");
  for (const [lang, group] of groupBy(rows, (r) => r.question.lang)) out.push(row(lang, group));
  out.push("", "by origin");
  for (const [origin, group] of groupBy(rows, (r) => r.question.origin)) out.push(row(origin, group));
  out.push("", "by topic");
  for (const [topic, group] of [...groupBy(rows, (r) => r.question.topic)].sort(([a], [b]) => a.localeCompare(b)))
    out.push(row(topic, group));
  const misses = rows.filter((r) =>
    r.question.topic === OFF_TOPIC
      ? r.match.answer !== null
      : !r.relevant || (DANGER_TOPICS.has(r.question.topic) && !r.match.emergency),
  );
  if (misses.length > 0) {
    out.push("", "misses");
    for (const r of misses) {
      out.push(
        `  ${r.question.id} ${r.question.topic}: answer=${r.match.answer ?? "null"} alternatives=[${r.match.alternatives.join(",")}]`,
      );
    }
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evaluateQuestions().catch((error: unknown) => {
    process.stderr.write(`eval-qa: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
