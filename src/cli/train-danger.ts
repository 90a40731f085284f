/**
 * Trains the learned danger opinion (src/qa/danger-opinion.ts) on dev data only and writes src/content/danger-model.json
 * (`npm run train` runs it after the topic model); tests/qa/danger-opinion.test.ts checks that the committed model is
 * what this script makes of the current data. With `--cv`, it prints 5-fold cross-validation figures instead: the rules
 * alone beside the rules with the model's opinion, for a grid of thresholds, with and without its guards — how
 * DANGER_OPINION_THRESHOLD was chosen.
 *
 * The training texts: every entry's sample questions (an emergency entry's as danger now, every other entry's and the
 * out-of-scope samples as not), the dev questions of `npm run eval` by their `danger` mark (never a test row), and the
 * regression probes 3–9: their danger messages as danger, their everyday look-alikes, off-topic and in-scope questions
 * as not. The blind probes (10, 11, 13–17) are never read.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { QA_ENTRIES, QA_OUT_OF_SCOPE, type QaTexts } from "../content/qa.ts";
import {
  type DangerOpinionOptions,
  DANGER_MODEL_FILE,
  DANGER_NOW,
  DANGER_OPINION_THRESHOLD,
  NOT_IN_DANGER,
  withDangerOpinion,
} from "../qa/danger-opinion.ts";
import { NOT_OURS, type LearnedModel } from "../qa/learned.ts";
import { createQaMatcher, type QaMatch } from "../qa/match.ts";
import { ReadText } from "../text/read-text.ts";
import { FOLDS, foldOf, poolRows, trainLearnedModel, type LearnedExample } from "./train-learned.ts";

const textsOf = (texts: QaTexts): string[] => [...texts.en, ...texts["zh-hans"], ...(texts["zh-hant"] ?? [])];

/** The entries' own samples: an emergency entry's as danger now, every other entry's and the out-of-scope ones not. */
function sampleExamples(): LearnedExample[] {
  const examples: LearnedExample[] = [];
  for (const entry of QA_ENTRIES)
    for (const text of textsOf(entry.samples))
      examples.push({ text, topic: entry.emergency ? DANGER_NOW : NOT_IN_DANGER });
  for (const text of textsOf(QA_OUT_OF_SCOPE)) examples.push({ text, topic: NOT_IN_DANGER });
  return examples;
}

interface PoolExample extends LearnedExample {
  id: string;
  kind: string;
  /** An off-topic question (eval or probe): any scam answer to it counts against. */
  offTopic: boolean;
}

/** The dev questions and the regression probes, each as danger now or not. */
function poolExamples(): PoolExample[] {
  return poolRows().map((row) => ({
    id: row.id,
    text: row.text,
    topic: row.inDanger ? DANGER_NOW : NOT_IN_DANGER,
    kind: row.kind,
    offTopic: row.topic === NOT_OURS && row.kind !== "probe-question",
  }));
}

/** The model as `npm run train` writes it. */
export function trainedDangerModelJson(): string {
  return trainLearnedModel([...sampleExamples(), ...poolExamples()]).toJSON();
}

interface Judged {
  row: PoolExample;
  rules: QaMatch;
  read: ReadText;
  model: LearnedModel;
}

const pct = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1).padStart(5)}%`;

/** One line of figures for a way of routing: dev questions, the quoted ones added after the rules, probes 3–9. */
function line(label: string, judged: readonly Judged[], matchOf: (j: Judged) => QaMatch): string {
  const routed = judged.map((j) => ({ j, match: matchOf(j) }));
  const questions = routed.filter(({ j }) => j.row.kind === "question");
  const share = (rows: typeof routed, pass: (r: (typeof routed)[number]) => boolean): string =>
    pct(rows.filter(pass).length, rows.length);
  const inDanger = (r: (typeof routed)[number]): boolean => r.j.row.topic === DANGER_NOW;
  const emergency = (r: (typeof routed)[number]): boolean => r.match.emergency;
  const scamAnswer = (r: (typeof routed)[number]): boolean => r.match.answer !== null && r.match.answer !== "about_bot";
  // Quoted after the rules were last written (ids qg-): the rules have not been tuned on them.
  const fresh = questions.filter(({ j }) => j.row.id.startsWith("qg-"));
  const count = (rows: typeof routed): string => `${rows.filter(emergency).length}/${rows.length}`;
  return [
    label.padEnd(40),
    share(questions.filter(inDanger), emergency),
    share(
      questions.filter((r) => !inDanger(r)),
      emergency,
    ),
    share(
      questions.filter(({ j }) => j.row.offTopic),
      scamAnswer,
    ),
    share(
      routed.filter(({ j }) => j.row.kind === "danger"),
      emergency,
    ),
    share(
      routed.filter(({ j }) => j.row.kind === "everyday"),
      (r) => !emergency(r),
    ),
    share(
      routed.filter(({ j }) => j.row.kind === "offtopic"),
      (r) => !scamAnswer(r),
    ),
    `   ${count(fresh.filter(inDanger)).padStart(6)} ${count(fresh.filter((r) => !inDanger(r))).padStart(6)}`,
  ].join(" ");
}

function printCrossValidation(): void {
  const rows = poolExamples();
  const samples = sampleExamples();
  const matcher = createQaMatcher();
  const judged: Judged[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainLearnedModel([...samples, ...rows.filter((row) => foldOf(row.id) !== fold)]);
    for (const row of rows.filter((candidate) => foldOf(candidate.id) === fold)) {
      const read = new ReadText(row.text);
      judged.push({ row, rules: matcher.match(read), read, model });
    }
  }
  const out = [
    `${FOLDS}-fold cross-validation on dev data (${rows.length} texts: dev questions and probes 3–9; samples always learned)`,
    "dev questions: danger routed, others alarmed, off-topic given scam content; probes 3–9: danger routed, everyday",
    "quiet, off-topic without scam content; quoted after the rules (qg-): danger routed, look-alikes alarmed",
    `${"".padEnd(40)} ${["danger", "alarm", "off→qa", "p-dang", "p-quiet", "p-off"].map((h) => h.padStart(6)).join(" ")}    fresh  alarm`,
    line("rules alone", judged, (j) => j.rules),
  ];
  for (const threshold of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    const shipped = threshold === DANGER_OPINION_THRESHOLD ? " (shipped)" : "";
    const ask = (options: DangerOpinionOptions) => (j: Judged) =>
      withDangerOpinion(j.rules, j.read, { model: j.model, threshold, ...options });
    out.push(
      line(`P ≥ ${threshold}, judged${shipped}`, judged, ask({})),
      line(`P ≥ ${threshold}, judged, any length`, judged, ask({ minTerms: 0 })),
      line(`P ≥ ${threshold}, words of danger`, judged, ask({ guard: "words", minTerms: 0 })),
      line(`P ≥ ${threshold}, unguarded`, judged, ask({ guard: false })),
    );
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--cv")) printCrossValidation();
  else {
    writeFileSync(DANGER_MODEL_FILE, trainedDangerModelJson());
    process.stdout.write(
      `wrote ${path.relative(fileURLToPath(new URL("../../", import.meta.url)), DANGER_MODEL_FILE)}\n`,
    );
  }
}
