/**
 * A learned second opinion for the question matcher (issue 12: "a confidence model checked on a held-back part of your
 * question set"). The hand-written rules (danger.ts, match.ts, domain.ts) keep priority; this model speaks only where
 * they give no answer or a weak one (second-opinion.ts). It only chooses among reviewed entries; it never writes text.
 *
 * A multinomial logistic regression over sparse binary features, trained by `npm run train` on dev data only
 * (src/cli/train-learned.ts) and committed as src/content/learned-model.json: the probability of each entry, with an
 * `other` class for everyday and neighbouring questions. It reads the words the matcher reads (OpenCC folding, jieba,
 * English stems: `searchTerms`) and the pairs of characters of the Chinese text, which reach the words jieba cuts
 * another way (Chinese character trigrams and English word pairs were tried too and, by cross-validation, added
 * nothing). Written here rather than taken from a package: the naive Bayes classifier tried first
 * (wink-naive-bayes-text-classifier) was sure of everything (P ≈ 1 on look-alikes too) and added nothing in
 * cross-validation, and the logistic regression packages on npm train on dense matrices, which ten thousand features
 * and twenty classes do not fit.
 */
import * as z from "zod";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ReadText } from "../text/read-text.ts";
import { searchTerms } from "./tokenize.ts";

/** The topic class of everyday and neighbouring questions: no entry answers them. */
export const NOT_OURS = "other";

/** What the model makes of a message. */
export interface LearnedOpinion {
  /** Entries (and `NOT_OURS`) with their probability, most likely first. */
  topics: readonly { entry: string; probability: number }[];
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/**
 * The features of a canonical text, each once: the matcher's search terms, and the pairs of characters of its Chinese
 * runs.
 */
export function learnedFeatures(canonical: string): string[] {
  const features = searchTerms(canonical);
  for (const run of canonical.match(HAN_RUN) ?? [])
    for (let i = 0; i + 1 < run.length; i++) features.push(`~${run.slice(i, i + 2)}`);
  return [...new Set(features)];
}

/** The committed file's shape, checked when it is read: a weight row shorter than the topics would score NaN. */
const MODEL_FILE = z.lazy(() =>
  z
    .object({
      topics: z.array(z.string()).min(1),
      bias: z.array(z.number().finite()),
      weights: z.record(z.string(), z.array(z.number().finite())),
    })
    .refine(
      (file) =>
        file.bias.length === file.topics.length &&
        Object.values(file.weights).every((row) => row.length === file.topics.length),
      "every weight row and the bias hold one number per topic",
    ),
);
/** The model as its file holds it. */
export type ModelFile = z.infer<typeof MODEL_FILE>;

export interface LearnedModel {
  opinion(read: ReadText): LearnedOpinion;
  /** The model as the committed file holds it. */
  toJSON(): string;
}

/** Probabilities from scores (shared by the model and its training, src/cli/train-learned.ts). */
export function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

/**
 * Every feature's weights in one array, a feature's row from its offset, not an array per feature: a few thousand
 * small arrays (and the file's parsed object, which nothing then keeps) cost several times the numbers they hold.
 */
function packedWeights(byFeature: ModelFile["weights"], K: number): { features: string[]; weights: Float64Array } {
  const features = Object.keys(byFeature);
  const weights = new Float64Array(features.length * K);
  features.forEach((feature, f) => weights.set(byFeature[feature]!, f * K));
  return { features, weights };
}

/** The model a file holds (the classes, their biases, and per feature its weight for each class). */
export function modelOf(file: ModelFile): LearnedModel {
  const { topics, bias } = file;
  const K = topics.length;
  const { features, weights } = packedWeights(file.weights, K);
  const offsets = new Map(features.map((feature, f) => [feature, f * K]));
  return {
    opinion(read) {
      const known = learnedFeatures(read.canonical).flatMap((feature) => offsets.get(feature) ?? []);
      // Features weigh 1/√n each, as in training: a long message is no surer for its length.
      const scale = 1 / Math.sqrt(Math.max(1, known.length));
      const scores = [...bias];
      for (const offset of known) for (let k = 0; k < K; k++) scores[k]! += weights[offset + k]! * scale;
      const probabilities = softmax(scores);
      const ranked = topics
        .map((entry, k) => ({ entry, probability: probabilities[k]! }))
        .sort((a, b) => b.probability - a.probability);
      return { topics: ranked };
    },
    toJSON: () => {
      const rows = features.map((feature, f) => [feature, Array.from(weights.subarray(f * K, f * K + K))]);
      return `${JSON.stringify({ topics, bias, weights: Object.fromEntries(rows) })}\n`;
    },
  };
}

/** Reads a model written by `toJSON`. */
export function loadLearnedModel(json: string): LearnedModel {
  return modelOf(MODEL_FILE.parse(JSON.parse(json)));
}

/** The committed model, from source; `npm run build` copies it beside the bundle. */
export const LEARNED_MODEL_FILE = fileURLToPath(new URL("../content/learned-model.json", import.meta.url));
const BUILT_MODEL_FILE = fileURLToPath(new URL("./learned-model.json", import.meta.url));

let shipped: LearnedModel | undefined;

/** The committed model, read on first use: start-up does not pay for it. */
export function shippedLearnedModel(): LearnedModel {
  shipped ??= loadLearnedModel(
    readFileSync(existsSync(BUILT_MODEL_FILE) ? BUILT_MODEL_FILE : LEARNED_MODEL_FILE, "utf8"),
  );
  return shipped;
}
