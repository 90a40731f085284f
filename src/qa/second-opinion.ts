/**
 * Where the learned model (learned.ts) adds to what the rules decided (issue 12). The rules keep priority: the model
 * is asked only about a question the rules answer with buttons or answer weakly, and never where they stand down on
 * purpose (a danger answer, a neighbouring topic turned away, a film, a joke or a cancelled flight, news about others).
 * When the model is sure enough of one of the entries the rules offered, that entry is the answer: the rules found it
 * near, the model says which. When the rules answer with little of the question explained (confidence below
 * `WEAK_ANSWER_CONFIDENCE`) and the model is surer still of another entry (`OVERRULE_THRESHOLD`), the model's entry is
 * the answer and the rules' is offered beside it. It never says that someone is in danger now, so it never picks an
 * emergency entry (someone held, silent, a passport kept, a ransom): their text tells of danger, and only the danger
 * reading, which puts the contacts card first, may give them. A weak answer the model is surest is an emergency stays
 * the rules' (parents taking a phone over bad grades, someone stuck in a lift). Among the rules' buttons it never picks
 * the entry for someone held now (a phone taken by a parent); it may pick one for a matter the question names (may an
 * employer collect passports, a relative not heard from), as those questions are theirs (without it, 7 dev questions
 * lost their answer: eval dev right 94 → 93%).
 *
 * Tried and left out, by cross-validation on dev data (src/cli/train-learned.ts `--cv`): the card beside an emergency
 * entry this model picked routed none of the dev danger messages the rules miss; answering a menu with no buttons cost
 * off-topic questions scam answers; offering the model's likeliest entries where the rules offer none never changed a
 * figure.
 */
import { QA_ENTRIES } from "../content/qa.ts";
import type { ReadText } from "../text/read-text.ts";
import { isEverydayFrame } from "./danger.ts";
import { isAboutMedia, isAboutOurDomain, isReportAboutOthers } from "./domain.ts";
import { NOT_OURS, shippedLearnedModel, type LearnedModel } from "./learned.ts";
import type { QaMatch } from "./match.ts";

/**
 * P(entry) at or above which an entry the rules offered as a button becomes the answer. Chosen by 5-fold
 * cross-validation on dev data only (`npx tsx src/cli/train-learned.ts --cv`): the most the model adds on the entries'
 * held-out samples with the dev questions' off-topic and everyday figures no worse (at 0.4, off-topic questions
 * answered rose from 9.0 to 10.2%).
 */
export const SECOND_OPINION_THRESHOLD = 0.5;

/**
 * A rules' answer below this confidence (how much of the question its entry explains, discounted by the runner-up's
 * closeness; match.ts) is weak enough for the model to overrule, at `OVERRULE_THRESHOLD` or above, unless the rules chose
 * it by what the question asks (`QaMatch.byAsk`). Both chosen by 5-fold cross-validation on dev data (`npx tsx
 * src/cli/train-learned.ts --cv`): on the dev questions, probes 3–9 and the entries' held-out samples, right answers rose
 * (85.9 → 86.1%, 97.6 → 98.4%, 85.0 → 85.3%) with off-topic answers unchanged; a weaker bar for the rules (0.6) or the
 * model (0.5) cost right answers on the dev questions.
 */
export const WEAK_ANSWER_CONFIDENCE = 0.5;
export const OVERRULE_THRESHOLD = 0.6;

/** How the model is heard: buttons made an answer at `buttons`, a weak answer overruled (or `null`: never). */
export interface SecondOpinionOptions {
  buttons: number;
  overrule: { probability: number; confidence: number } | null;
}

export const SECOND_OPINION: SecondOpinionOptions = {
  buttons: SECOND_OPINION_THRESHOLD,
  overrule: { probability: OVERRULE_THRESHOLD, confidence: WEAK_ANSWER_CONFIDENCE },
};

/** Where the rules give no answer on purpose, whatever entries they offer: the model is not asked there either. */
const standsDown = (canonical: string): boolean =>
  isEverydayFrame(canonical) || isAboutMedia(canonical) || isReportAboutOthers(canonical);

/** Entries whose text tells of danger now: the danger reading's alone to give (with the contacts card). */
const EMERGENCY: ReadonlySet<string> = new Set(QA_ENTRIES.filter((entry) => entry.emergency).map(({ id }) => id));

/** The emergency entry for someone held now: never the model's pick, even among the rules' buttons. */
const HELD: ReadonlySet<string> = new Set(
  QA_ENTRIES.filter((entry) => entry.emergencyFor?.includes("held")).map(({ id }) => id),
);

/** Entries about JobSafe itself: a question to the bot is the rules' to answer. */
const ABOUT_THE_BOT: ReadonlySet<string> = new Set(QA_ENTRIES.filter((entry) => entry.aboutTheBot).map(({ id }) => id));

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

/** The rules' match with the model's second opinion added where the rules gave no answer or a weak one. */
export function withSecondOpinion(
  match: QaMatch,
  read: ReadText,
  model?: LearnedModel,
  options: SecondOpinionOptions = SECOND_OPINION,
): QaMatch {
  if (match.emergency || match.topicWordsOnly) return match;
  const weakAnswer =
    match.answer !== null &&
    !match.byAsk &&
    !ABOUT_THE_BOT.has(match.answer) &&
    options.overrule !== null &&
    match.confidence < options.overrule.confidence;
  const buttonsOnly = match.answer === null && match.alternatives.length > 0;
  if (!weakAnswer && !buttonsOnly) return match;
  const canonical = read.canonical;
  if (!isAboutOurDomain(canonical) || standsDown(canonical)) return match;
  // The shipped model is read only now, for the few questions that reach here; without it (a bundle deployed without
  // its model file) the rules' own answer stands.
  const opinion = model ?? shippedModelOrNone();
  if (!opinion) return match;
  const [best] = opinion.opinion(read).topics;
  if (!best || best.entry === NOT_OURS) return match;
  if (buttonsOnly) {
    if (!(best.probability >= options.buttons) || !match.alternatives.includes(best.entry)) return match;
    // Never the entry for someone held now; the entries for a named matter (a passport kept, a relative not heard
    // from, a ransom asked) answer a question about it ('may the company collect our passports?').
    if (HELD.has(best.entry)) return match;
    return {
      answer: best.entry,
      confidence: best.probability,
      alternatives: match.alternatives.filter((id) => id !== best.entry),
      emergency: false,
    };
  }
  // A weak answer: the model's surer entry answers, the rules' is offered beside it; never an emergency entry.
  if (best.entry === match.answer || EMERGENCY.has(best.entry)) return match;
  if (!(best.probability >= options.overrule!.probability)) return match;
  const alternatives = [match.answer!, ...match.alternatives.filter((id) => id !== best.entry)];
  return { answer: best.entry, confidence: best.probability, alternatives: alternatives.slice(0, 3), emergency: false };
}
