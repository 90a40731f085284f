/**
 * Where the learned model (learned.ts) adds to what the rules decided (issue 12). The rules keep priority: the model
 * is asked only about a question the rules answer with buttons, and never where they stand down on purpose (a danger
 * answer, a neighbouring topic turned away, a film, a joke or a cancelled flight, news about others).
 * When the model is sure enough of one of the entries the rules offered, that entry is the answer: the rules found it
 * near, the model says which. It never says that someone is in danger now: an emergency entry it picks comes without
 * the contacts card, which only the danger reading puts first (the rules, or the danger opinion of danger-opinion.ts,
 * a model of its own: two classes, danger now or not, guarded by the rules' stand-downs).
 *
 * Tried and left out, by cross-validation on dev data (src/cli/train-learned.ts `--cv`): the card beside an emergency
 * entry this model picked routed none of the dev danger messages the rules miss; answering a menu with no buttons cost
 * off-topic questions scam answers; offering the model's likeliest entries where the rules offer none never changed a
 * figure.
 */
import type { ReadText } from "../text/read-text.ts";
import { isEverydayFrame } from "./danger.ts";
import { isAboutMedia, isAboutOurDomain, isReportAboutOthers } from "./domain.ts";
import { shippedLearnedModel, type LearnedModel } from "./learned.ts";
import type { QaMatch } from "./match.ts";

/**
 * P(entry) at or above which an entry the rules offered as a button becomes the answer. Chosen by 5-fold
 * cross-validation on dev data only (`npx tsx src/cli/train-learned.ts --cv`): the most the model adds on the entries'
 * held-out samples with the dev questions' off-topic and everyday figures no worse (at 0.4, off-topic questions
 * answered rose from 9.0 to 10.2%).
 */
export const SECOND_OPINION_THRESHOLD = 0.5;

/** Where the rules give no answer on purpose, whatever entries they offer: the model is not asked there either. */
const standsDown = (canonical: string): boolean =>
  isEverydayFrame(canonical) || isAboutMedia(canonical) || isReportAboutOthers(canonical);

let unreadable = false;

/** The shipped model, or undefined when its file cannot be read (tried once: a missing file stays missing). */
function shippedModelOrNone(): LearnedModel | undefined {
  if (unreadable) return undefined;
  try {
    return shippedLearnedModel();
  } catch {
    unreadable = true;
    return undefined;
  }
}

/** The rules' match with the model's second opinion added where the rules gave no answer. */
export function withSecondOpinion(
  match: QaMatch,
  read: ReadText,
  model?: LearnedModel,
  threshold: number = SECOND_OPINION_THRESHOLD,
): QaMatch {
  if (match.answer !== null || match.emergency || match.alternatives.length === 0 || match.topicWordsOnly) return match;
  const canonical = read.canonical;
  if (!isAboutOurDomain(canonical) || standsDown(canonical)) return match;
  // The shipped model is read only now, for the few questions that reach here; without it (a bundle deployed without
  // its model file) the rules' own answer stands.
  const opinion = model ?? shippedModelOrNone();
  if (!opinion) return match;
  const [best] = opinion.opinion(read).topics;
  if (!best || !(best.probability >= threshold) || !match.alternatives.includes(best.entry)) return match;
  return {
    answer: best.entry,
    confidence: best.probability,
    alternatives: match.alternatives.filter((id) => id !== best.entry),
    emergency: false,
  };
}
