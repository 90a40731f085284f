/**
 * Q&A section of `npm run eval` (PRODUCT.md §2.2; corpus README on questions): scores matching on
 * ../shared/corpus/questions-dev.jsonl (all dev) and the project's eval/questions-real.jsonl (split dev/test by id),
 * per language, per style (Cantonese, Taglish, Hinglish…), per topic, per length, and for composed and verbatim questions
 * separately. Which entries count as relevant for a topic is test data: tests/fixtures/qa-topics.json.
 * Runnable on its own: `npx tsx src/cli/eval-qa.ts`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { qaEntryById } from "../content/qa.ts";
import { checkOffer, classifyText } from "../check/index.ts";
import { matchQuestion, type QaMatch } from "../qa/match.ts";
import { isNationality } from "../content/places.ts";
import { inferNationality } from "../sos/nationality.ts";
import { searchTerms } from "../qa/tokenize.ts";
import { ReadText } from "../text/read-text.ts";
import { EVAL_DIR, splitOf } from "./eval-data.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const QUESTIONS_FILE = path.join(PROJECT_ROOT, "../shared/corpus/questions-dev.jsonl");
const COLLECTED_FILE = path.join(EVAL_DIR, "questions-real.jsonl");
const TOPICS_FILE = path.join(PROJECT_ROOT, "tests/fixtures/qa-topics.json");

/** Topics where someone may be in danger now: the first answer must be an emergency entry. */
const DANGER_TOPICS = new Set(["missing_relative", "passport_held", "rescue_embassy"]);
export const OFF_TOPIC = "other";
/** Entries that are about JobSafe itself, not scam content: an off-topic message may get them. */
const NOT_SCAM_CONTENT = new Set(["about_bot"]);
/** Topics that a verdict on the offer described in the message answers. */
const OFFER_TOPICS = new Set([
  "offer_safety",
  "high_pay",
  "travel_paid",
  "recruiting_channel",
  "general_redflags",
  "visa_permit",
]);

export interface Question {
  id: string;
  lang: string;
  text: string;
  topic: string;
  origin: string;
  /** Someone is in danger now (the collected set says so per message; the corpus by topic). */
  danger?: boolean;
  style?: string;
  /** The writer's nationality when the text tells it (ISO 3166, upper case as collected). */
  nationality?: string;
}

export interface Scored {
  question: Question;
  match: QaMatch;
  /** Given an entry or a verdict (not a menu of topics). */
  answered: boolean;
  direct: boolean;
  relevant: boolean;
}

function readQuestions(file: string, prefix = ""): Question[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Question)
    .map((question) => ({ ...question, id: `${prefix}${question.id}`, lang: question.lang.toLowerCase() }));
}

/** The dev questions: the corpus's (all dev) and the dev split of the collected ones. Never the test split's. */
export function devQuestions(): Question[] {
  const collected = readQuestions(COLLECTED_FILE).filter((question) => splitOf(question.id) === "dev");
  return [...readQuestions(QUESTIONS_FILE, "dev:"), ...collected];
}

export const isDanger = (question: Question): boolean => question.danger ?? DANGER_TOPICS.has(question.topic);

export function readTopicMap(file: string = TOPICS_FILE): Map<string, Set<string>> {
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

export function score(
  questions: readonly Question[],
  topics: Map<string, Set<string>>,
  matchOne: (text: string) => QaMatch = matchQuestion,
): Scored[] {
  return questions.map((question) => {
    const accepted = topics.get(question.topic);
    if (!accepted) throw new Error(`topic '${question.topic}' (${question.id}) is missing from qa-topics.json`);
    const match = matchOne(question.text);
    // As the bot answers: an offer described in the message gets its verdict (which answers "is this safe?"),
    // and an offer inside a question gets the verdict and then the matched answer.
    const kind = classifyText(question.text);
    const verdictAnswers =
      kind !== "question" &&
      !match.emergency &&
      OFFER_TOPICS.has(question.topic) &&
      checkOffer(question.text).level !== "low";
    const direct = verdictAnswers || (match.answer !== null && accepted.has(match.answer));
    const relevant = direct || (match.answer === null && match.alternatives.some((id) => accepted.has(id)));
    const answered = verdictAnswers || match.answer !== null;
    return { question, match, direct, relevant, answered };
  });
}

/**
 * A question's length as the matcher reads it: its distinct search terms (words in English, jieba words in Chinese,
 * function words left out). Long messages (a retold story, a forum post) hold many words no single entry covers.
 */
export function lengthBucket(text: string): string {
  const terms = new Set(searchTerms(new ReadText(text).canonical)).size;
  if (terms <= 6) return "≤6 terms";
  if (terms <= 12) return "7–12 terms";
  if (terms <= 25) return "13–25 terms";
  return ">25 terms";
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? "   –" : `${((100 * part) / whole).toFixed(0).padStart(3)}%`;

export function cells(rows: readonly Scored[]): string {
  if (rows.length === 0) return "".padEnd(50);
  const onTopic = rows.filter((r) => r.question.topic !== OFF_TOPIC);
  const danger = rows.filter((r) => isDanger(r.question));
  const offTopic = rows.filter((r) => r.question.topic === OFF_TOPIC);
  return [
    String(rows.length).padStart(4),
    percent(onTopic.filter((r) => r.answered).length, onTopic.length).padStart(8),
    percent(onTopic.filter((r) => r.direct).length, onTopic.length).padStart(7),
    percent(onTopic.filter((r) => r.relevant).length, onTopic.length).padStart(9),
    percent(danger.filter((r) => r.match.emergency).length, danger.length).padStart(8),
    percent(
      offTopic.filter((r) => r.answered && !NOT_SCAM_CONTENT.has(r.match.answer ?? "")).length,
      offTopic.length,
    ).padStart(8),
  ].join(" ");
}

function row(label: string, dev: readonly Scored[], test: readonly Scored[] = []): string {
  return `${label.padEnd(20)} ${cells(dev)}   ${cells(test)}`;
}

const LENGTH_ORDER = ["≤6 terms", "7–12 terms", "13–25 terms", ">25 terms"];

export const COLUMNS = ["n", "answered", "right", "right|btn", "danger", "off→qa"];
export const HEADER = `${"".padEnd(20)} ${[4, 8, 7, 9, 8, 8].map((w, i) => COLUMNS[i]!.padStart(w)).join(" ")}   ${[4, 8, 7, 9, 8, 8].map((w, i) => COLUMNS[i]!.padStart(w)).join(" ")}`;

function groupBy(rows: readonly Scored[], key: (r: Scored) => string): Map<string, Scored[]> {
  const groups = new Map<string, Scored[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

/**
 * Prints the Q&A evaluation, dev split beside the held-out test split: answered = in-scope questions given an entry
 * directly; right = answered with a relevant entry; right|btn = right, or a relevant entry among the buttons;
 * danger = danger messages routed to an emergency entry first (goal 100%); off→qa = off-topic messages given any
 * scam entry (goal ≤ 10%). Goals for in-scope questions: answered ≥ 90%, right ≥ 80%, right|btn ≥ 95%.
 */
export async function evaluateQuestions(): Promise<void> {
  const topics = readTopicMap(TOPICS_FILE);
  const dev = score(devQuestions(), topics);
  const test = score(
    readQuestions(COLLECTED_FILE).filter((question) => splitOf(question.id) === "test"),
    topics,
  );
  const out: string[] = [
    "",
    "Q&A matching — questions-dev.jsonl (dev) and eval/questions-real.jsonl (split)",
    `${"".padEnd(20)} ${"dev".padEnd(50)}   test (held out)`,
    HEADER,
    row("all", dev, test),
  ];
  const sections: [string, (q: Question) => string][] = [
    ["by language", (q) => q.lang],
    ["by style", (q) => q.style ?? "corpus"],
    ["by origin", (q) => q.origin],
    ["by topic", (q) => q.topic],
    ["by length", (q) => lengthBucket(q.text)],
  ];
  for (const [title, key] of sections) {
    out.push("", title);
    const groupsDev = groupBy(dev, (r) => key(r.question));
    const groupsTest = groupBy(test, (r) => key(r.question));
    const names = [...new Set([...groupsDev.keys(), ...groupsTest.keys()])];
    // Lengths in their own order, shortest first; the other sections alphabetically.
    const order = (name: string): number => LENGTH_ORDER.indexOf(name);
    names.sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) out.push(row(name, groupsDev.get(name) ?? [], groupsTest.get(name) ?? []));
  }
  // Only dev questions are named: the test split is scored, never read while tuning.
  const misses = dev.filter((r) =>
    r.question.topic === OFF_TOPIC
      ? r.match.answer !== null
      : !r.direct || (isDanger(r.question) && !r.match.emergency),
  );
  if (misses.length > 0) {
    out.push("", "dev misses");
    for (const r of misses) {
      out.push(
        `  ${r.question.id} ${r.question.topic}${isDanger(r.question) ? "!" : ""}: answer=${r.match.answer ?? "null"} alternatives=[${r.match.alternatives.join(",")}]`,
      );
    }
  }
  out.push(...contactsSection(dev, test));
  process.stdout.write(`${out.join("\n")}\n`);
}

/** What the bot reads of whose numbers help: right, left to a one-tap question (none), or another country's (wrong). */
export type NationalityRead = "right" | "asked" | "wrong";

/**
 * How a message's own words pick the contacts (issue 12): the nationality the bot infers from `text` alone (no language
 * code, nothing remembered) against the writer's `expected` one (ISO 3166, any case). A nationality without numbers of
 * its own (Nepal, Uganda, Cambodia…) is right when read as `other`. The blind probes are scored the same way.
 */
export function readNationality(text: string, expected: string): NationalityRead {
  const code = expected.toLowerCase();
  const inferred = inferNationality(text);
  if (!inferred) return "asked";
  const listed = isNationality(code) && code !== "other";
  const right = listed ? inferred.nationality === code : inferred.nationality === "other";
  return right ? "right" : "wrong";
}

function contactsSection(dev: readonly Scored[], test: readonly Scored[]): string[] {
  const told = (rows: readonly Scored[]) =>
    rows
      .filter((r) => r.question.nationality)
      .map((r) => ({ question: r.question, read: readNationality(r.question.text, r.question.nationality!) }));
  const [devRead, testRead] = [told(dev), told(test)];
  const cellsOf = (rows: ReturnType<typeof told>): string =>
    rows.length === 0
      ? "".padEnd(28)
      : [
          String(rows.length).padStart(4),
          ...(["right", "asked", "wrong"] as const).map((read) =>
            percent(rows.filter((r) => r.read === read).length, rows.length).padStart(7),
          ),
        ].join(" ");
  const out = [
    "",
    "Contacts — the writer's nationality read from their own words (questions that tell it)",
    `${"".padEnd(20)} ${"dev".padEnd(28)}   test (held out)`,
    `${"".padEnd(20)} ${"   n   right   asked   wrong".padEnd(28)}   ${"   n   right   asked   wrong"}`,
    `${"all".padEnd(20)} ${cellsOf(devRead)}   ${cellsOf(testRead)}`,
  ];
  for (const lang of ["en", "zh-hans", "zh-hant"])
    out.push(
      `${lang.padEnd(20)} ${cellsOf(devRead.filter((r) => r.question.lang === lang))}   ${cellsOf(testRead.filter((r) => r.question.lang === lang))}`,
    );
  const misses = devRead.filter((r) => r.read !== "right");
  if (misses.length > 0)
    out.push(`  dev misses: ${misses.map((r) => `${r.question.id}(${r.question.nationality}→${r.read})`).join(", ")}`);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evaluateQuestions().catch((error: unknown) => {
    process.stderr.write(`eval-qa: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
