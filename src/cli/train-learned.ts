/**
 * Trains the learned second opinion (src/qa/learned.ts) on dev data only and writes src/content/learned-model.json
 * (`npm run train`); tests/qa/learned.test.ts checks that the committed model is what this script makes of the
 * current data. With `--cv`, it prints 5-fold cross-validation figures on the same data instead, the rules alone beside
 * the rules with the model's second opinion, for a grid of thresholds: how the thresholds of second-opinion.ts were
 * chosen.
 *
 * The training texts: every entry's sample questions (its entry) and the out-of-scope samples (`other`); the dev
 * questions of `npm run eval` (../shared/corpus/questions-dev.jsonl and the dev split of eval/questions-real.jsonl,
 * never a test row), each under its topic's first entry; and the off-topic and in-scope questions of the regression
 * probes 3–9 (tests/qa/probe-N), whose danger messages and everyday look-alikes are scored, not learned. Probes 10 and
 * 11 stay blind: never read here.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { QA_ENTRIES, QA_OUT_OF_SCOPE, type QaTexts } from "../content/qa.ts";
import { detectDanger } from "../qa/danger.ts";
import { LEARNED_MODEL_FILE, learnedFeatures, modelOf, NOT_OURS, softmax, type LearnedModel } from "../qa/learned.ts";
import { createQaMatcher, type QaMatch } from "../qa/match.ts";
import {
  OVERRULE_THRESHOLD,
  SECOND_OPINION_THRESHOLD,
  WEAK_ANSWER_CONFIDENCE,
  withSecondOpinion,
  type SecondOpinionOptions,
} from "../qa/second-opinion.ts";
import { ReadText } from "../text/read-text.ts";
import { devQuestions, isDanger, OFF_TOPIC, readTopicMap } from "./eval-qa.ts";

/** One training text and the entry that answers it, or `NOT_OURS`. */
export interface LearnedExample {
  text: string;
  topic: string;
}

/** How the regression is fitted (chosen by cross-validation, `--cv` below). */
export const TRAINING = {
  /** Passes over the examples. */
  epochs: 30,
  /** The first pass's step; the step shrinks as 1 / (1 + pass / 5). */
  step: 0.5,
  /** L2 penalty per update of a feature's weights. */
  l2: 1e-3,
  /** A feature seen in fewer training texts is left out (noise, and the model's size). */
  minTexts: 2,
} as const;

/** Weights are stored to this many decimals: the file stays small and the same on every machine. */
const DECIMALS = 3;

/** A deterministic shuffle (the same examples give the same model, byte for byte). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const round = (value: number): number => Number(value.toFixed(DECIMALS));

/** Fits the regression on `examples` by stochastic gradient descent. */
export function trainLearnedModel(examples: readonly LearnedExample[]): LearnedModel {
  const read = examples.map((example) => ({
    topic: example.topic,
    features: learnedFeatures(new ReadText(example.text).canonical),
  }));
  const textsWith = new Map<string, number>();
  for (const { features } of read)
    for (const feature of features) textsWith.set(feature, (textsWith.get(feature) ?? 0) + 1);
  const vocabulary = [...textsWith.keys()].filter((feature) => textsWith.get(feature)! >= TRAINING.minTexts).sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const topics = [...new Set(read.map((example) => example.topic))].sort();
  const K = topics.length;
  const weights = new Float64Array(vocabulary.length * K);
  const bias = new Float64Array(K);
  const rows = read
    .map((example) => ({
      target: topics.indexOf(example.topic),
      at: example.features.flatMap((feature) => index.get(feature) ?? []),
    }))
    .filter((row) => row.at.length > 0);
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    const step = TRAINING.step / (1 + epoch / 5);
    for (const { target, at } of shuffled(rows, epoch + 1)) {
      const scale = 1 / Math.sqrt(at.length);
      const scores = Array.from(bias);
      for (const f of at) for (let k = 0; k < K; k++) scores[k]! += weights[f * K + k]! * scale;
      const probabilities = softmax(scores);
      for (let k = 0; k < K; k++) {
        const gradient = probabilities[k]! - (k === target ? 1 : 0);
        bias[k]! -= step * gradient;
        for (const f of at) weights[f * K + k]! -= step * (gradient * scale + TRAINING.l2 * weights[f * K + k]!);
      }
    }
  }
  const byFeature: Record<string, number[]> = {};
  vocabulary.forEach((feature, f) => {
    byFeature[feature] = Array.from(weights.subarray(f * K, f * K + K), round);
  });
  return modelOf({ topics, bias: Array.from(bias, round), weights: byFeature });
}

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The probes tuned on already (regression sets); 10 and 11 are blind estimates and never read for training. */
const REGRESSION_PROBES = [3, 4, 5, 6, 7, 8, 9];

/** A dev text, with how it is scored in cross-validation; learned when it has a topic. */
interface Row {
  id: string;
  text: string;
  /** An entry id, or `NOT_OURS`; none for the probes' danger messages and everyday look-alikes. */
  topic?: string;
  /** `question`: an eval dev question (accepted entries); the probes' kinds otherwise. */
  kind: "question" | "danger" | "everyday" | "offtopic" | "probe-question";
  accepted: ReadonlySet<string>;
  /** Someone is in danger now (a question's mark; every probe danger message). */
  inDanger: boolean;
}

interface ProbeText {
  id: string;
  text: string;
  expected?: string;
}

const topics = readTopicMap();
/** The entry a topic's questions are learned as: the first the topic accepts. */
const entryOfTopic = (topic: string): string =>
  topic === OFF_TOPIC ? NOT_OURS : ([...(topics.get(topic) ?? [])][0] ?? NOT_OURS);

function readProbe(probe: number, name: string): ProbeText[] {
  const file = path.join(PROJECT_ROOT, `tests/qa/probe-${probe}/${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ProbeText[]) : [];
}

/** The dev questions and the regression probes' texts: cross-validated by fold. */
export function poolRows(): Row[] {
  const rows: Row[] = devQuestions().map((question) => ({
    id: question.id,
    text: question.text,
    topic: entryOfTopic(question.topic),
    kind: "question",
    accepted: topics.get(question.topic) ?? new Set(),
    inDanger: isDanger(question),
  }));
  for (const probe of REGRESSION_PROBES) {
    const add = (name: string, kind: Row["kind"], label: (item: ProbeText) => Partial<Row>): void => {
      for (const item of readProbe(probe, name))
        rows.push({ id: item.id, text: item.text, kind, accepted: new Set(), inDanger: false, ...label(item) });
    };
    add("danger", "danger", () => ({ inDanger: true }));
    add("everyday", "everyday", () => ({}));
    add("offtopic", "offtopic", () => ({ topic: NOT_OURS }));
    add("questions", "probe-question", (item) => ({
      topic: entryOfTopic(item.expected ?? OFF_TOPIC),
      accepted: topics.get(item.expected ?? "") ?? new Set(),
    }));
  }
  return rows;
}

const textsOf = (texts: QaTexts): string[] => [...texts.en, ...texts["zh-hans"], ...(texts["zh-hant"] ?? [])];

/** The entries' own samples and the out-of-scope samples: always learned, never scored. */
export function sampleExamples(): LearnedExample[] {
  const examples: LearnedExample[] = [];
  for (const entry of QA_ENTRIES) for (const text of textsOf(entry.samples)) examples.push({ text, topic: entry.id });
  for (const text of textsOf(QA_OUT_OF_SCOPE)) examples.push({ text, topic: NOT_OURS });
  return examples;
}

const learnable = (rows: readonly Row[]): LearnedExample[] =>
  rows.flatMap(({ text, topic }) => (topic === undefined ? [] : [{ text, topic }]));

/** The model as `npm run train` writes it. */
export function trainedModelJson(): string {
  return trainLearnedModel([...sampleExamples(), ...learnable(poolRows())]).toJSON();
}

/** Cross-validation folds, by a hash of each text's id. */
export const FOLDS = 5;
export const foldOf = (id: string): number => createHash("sha1").update(`fold:${id}`).digest().readUInt32BE(0) % FOLDS;

interface Judged {
  row: Row;
  rules: QaMatch;
  routedByRules: boolean;
  read: ReadText;
  /** A model trained without the text's fold. */
  model: LearnedModel;
}

/** Each pool row's rules match, and a model trained without its fold. */
function crossValidate(rows: readonly Row[]): Judged[] {
  const matcher = createQaMatcher();
  const samples = sampleExamples();
  const judged: Judged[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainLearnedModel([...samples, ...learnable(rows.filter((row) => foldOf(row.id) !== fold))]);
    for (const row of rows.filter((candidate) => foldOf(candidate.id) === fold)) {
      const read = new ReadText(row.text);
      judged.push({ row, rules: matcher.match(read), routedByRules: detectDanger(read).danger, read, model });
    }
  }
  return judged;
}

interface Figures {
  answered: number;
  right: number;
  rightOrButton: number;
  danger: number;
  offTopic: number;
  probeDanger: number;
  everydayQuiet: number;
  probeOffTopic: number;
  probeRight: number;
}

const share = (hits: number, all: number): number => (all === 0 ? 0 : hits / all);

function figuresOf(judged: readonly Judged[], matchOf: (j: Judged) => QaMatch): Figures {
  let [onTopic, answered, right, rightOrButton, danger, routed, offTopic, offAnswered] = [0, 0, 0, 0, 0, 0, 0, 0];
  let [probeDanger, probeRouted, everyday, quiet, probeOff, probeOffQuiet, probeQuestions, probeRight] = [
    0, 0, 0, 0, 0, 0, 0, 0,
  ];
  for (const j of judged) {
    const match = matchOf(j);
    const isRouted = j.routedByRules || match.emergency;
    const { row } = j;
    if (row.kind === "question") {
      if (row.inDanger) {
        danger++;
        if (match.emergency) routed++;
      }
      if (row.topic === NOT_OURS) {
        offTopic++;
        if (match.answer !== null && match.answer !== "about_bot") offAnswered++;
      } else {
        onTopic++;
        if (match.answer !== null) answered++;
        if (match.answer !== null && row.accepted.has(match.answer)) right++;
        if (
          (match.answer !== null && row.accepted.has(match.answer)) ||
          (match.answer === null && match.alternatives.some((id) => row.accepted.has(id)))
        )
          rightOrButton++;
      }
    } else if (row.kind === "danger") {
      probeDanger++;
      if (isRouted) probeRouted++;
    } else if (row.kind === "everyday") {
      everyday++;
      if (!isRouted) quiet++;
    } else if (row.kind === "offtopic") {
      probeOff++;
      if (match.answer === null || match.answer === "about_bot") probeOffQuiet++;
    } else {
      probeQuestions++;
      if (match.answer !== null && row.accepted.has(match.answer)) probeRight++;
    }
  }
  return {
    answered: share(answered, onTopic),
    right: share(right, onTopic),
    rightOrButton: share(rightOrButton, onTopic),
    danger: share(routed, danger),
    offTopic: share(offAnswered, offTopic),
    probeDanger: share(probeRouted, probeDanger),
    everydayQuiet: share(quiet, everyday),
    probeOffTopic: share(probeOffQuiet, probeOff),
    probeRight: share(probeRight, probeQuestions),
  };
}

const pct = (value: number): string => `${(100 * value).toFixed(1).padStart(5)}%`;
const line = (label: string, f: Figures): string =>
  `${label.padEnd(42)} ${[f.answered, f.right, f.rightOrButton, f.danger, f.offTopic, f.probeDanger, f.everydayQuiet, f.probeOffTopic, f.probeRight].map(pct).join(" ")}`;
const HEADER = `${"".padEnd(42)} ${["answer", "right", "r|btn", "danger", "off→qa", "p-dang", "p-quiet", "p-off", "p-right"].map((h) => h.padStart(6)).join(" ")}`;

/** A sample question held out of both the matcher's index and the model: its entry, or `NOT_OURS`. */
interface HeldSample {
  entry: string;
  rules: QaMatch;
  read: ReadText;
  model: LearnedModel;
}

type Lang = keyof QaTexts;
const LANGS: readonly Lang[] = ["en", "zh-hans", "zh-hant"];

/** `texts` without the ones `drop` names (by language and index). */
function without(texts: QaTexts, drop: (lang: Lang, index: number) => boolean): QaTexts {
  const kept: { -readonly [L in Lang]?: readonly string[] } = {};
  for (const lang of LANGS) kept[lang] = (texts[lang] ?? []).filter((_, index) => !drop(lang, index));
  return kept as QaTexts;
}

/**
 * Cross-validation on the entries' own samples: each fold of samples is taken out of the matcher's index and out of
 * the model's training, then matched as users' questions. Retrieval is refitted without them, so the rules meet
 * wording they were not built on, as on held-out text (the dev questions' folds favour the rules, tuned on all of
 * them).
 */
function crossValidateSamples(rows: readonly Row[]): HeldSample[] {
  const held: HeldSample[] = [];
  const inFold = (owner: string, lang: Lang, index: number, fold: number): boolean =>
    foldOf(`${owner}|${lang}|${index}`) === fold;
  for (let fold = 0; fold < FOLDS; fold++) {
    const entries = QA_ENTRIES.map((entry) => ({
      ...entry,
      samples: without(entry.samples, (lang, index) => inFold(entry.id, lang, index, fold)),
    }));
    const outOfScope = without(QA_OUT_OF_SCOPE, (lang, index) => inFold(NOT_OURS, lang, index, fold));
    const matcher = createQaMatcher(entries, outOfScope);
    const training: LearnedExample[] = [];
    for (const entry of entries) for (const text of textsOf(entry.samples)) training.push({ text, topic: entry.id });
    for (const text of textsOf(outOfScope)) training.push({ text, topic: NOT_OURS });
    const model = trainLearnedModel([...training, ...learnable(rows)]);
    const owners: [string, QaTexts][] = [
      ...QA_ENTRIES.map((entry): [string, QaTexts] => [entry.id, entry.samples]),
      [NOT_OURS, QA_OUT_OF_SCOPE],
    ];
    for (const [owner, texts] of owners)
      for (const lang of LANGS)
        (texts[lang] ?? []).forEach((text, index) => {
          if (!inFold(owner, lang, index, fold)) return;
          const read = new ReadText(text);
          held.push({ entry: owner, rules: matcher.match(read), read, model });
        });
  }
  return held;
}

function sampleFigures(held: readonly HeldSample[], matchOf: (h: HeldSample) => QaMatch): string {
  const ours = held.filter((h) => h.entry !== NOT_OURS);
  const notOurs = held.filter((h) => h.entry === NOT_OURS);
  const matches = ours.map((h) => [h, matchOf(h)] as const);
  const answered = matches.filter(([, m]) => m.answer !== null).length;
  const right = matches.filter(([h, m]) => m.answer === h.entry).length;
  const offered = matches.filter(
    ([h, m]) => m.answer === h.entry || (m.answer === null && m.alternatives.includes(h.entry)),
  ).length;
  const offAnswered = notOurs.filter((h) => {
    const answer = matchOf(h).answer;
    return answer !== null && answer !== "about_bot";
  }).length;
  return [answered / ours.length, right / ours.length, offered / ours.length, offAnswered / notOurs.length]
    .map(pct)
    .join(" ");
}

function printCrossValidation(): void {
  const rows = poolRows();
  const judged = crossValidate(rows);
  const rules = figuresOf(judged, (j) => j.rules);
  const out = [
    `${FOLDS}-fold cross-validation on dev data (${rows.length} texts: dev questions and probes 3–9; samples always learned)`,
    "questions: answered, right, right or among the buttons, danger routed, off-topic given scam content;",
    "probes 3–9: danger routed, everyday quiet, off-topic without scam content, questions answered right",
    HEADER,
    line("rules alone", rules),
  ];
  // The model making a button the answer at P ≥ t (never overruling), then also overruling a weak answer
  // (confidence < c) at P ≥ p with buttons at the shipped threshold.
  const variants: [string, SecondOpinionOptions][] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((t) => [
    `buttons at P ≥ ${t}${t === SECOND_OPINION_THRESHOLD ? " (shipped)" : ""}`,
    { buttons: t, overrule: null },
  ]);
  for (const c of [0.4, 0.5, 0.6])
    for (const p of [0.5, 0.6, 0.7, 0.8])
      variants.push([
        `+ overrule conf<${c} at P ≥ ${p}${c === WEAK_ANSWER_CONFIDENCE && p === OVERRULE_THRESHOLD ? " (shipped)" : ""}`,
        { buttons: SECOND_OPINION_THRESHOLD, overrule: { probability: p, confidence: c } },
      ]);
  for (const [label, options] of variants)
    out.push(
      line(
        label,
        figuresOf(judged, (j) => withSecondOpinion(j.rules, j.read, j.model, options)),
      ),
    );
  const held = crossValidateSamples(rows);
  out.push(
    "",
    `${FOLDS}-fold cross-validation on the entries' own samples (${held.length}: index and model refitted without the fold)`,
    `${"".padEnd(42)} ${["answer", "right", "r|btn", "off→qa"].map((h) => h.padStart(6)).join(" ")}`,
    `${"rules alone".padEnd(42)} ${sampleFigures(held, (h) => h.rules)}`,
  );
  for (const [label, options] of variants)
    out.push(`${label.padEnd(42)} ${sampleFigures(held, (h) => withSecondOpinion(h.rules, h.read, h.model, options))}`);
  process.stdout.write(`${out.join("\n")}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--cv")) printCrossValidation();
  else {
    writeFileSync(LEARNED_MODEL_FILE, trainedModelJson());
    process.stdout.write(`wrote ${path.relative(PROJECT_ROOT, LEARNED_MODEL_FILE)}\n`);
  }
}
