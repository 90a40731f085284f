/**
 * Leave-one-out cross-validation of the Q&A matcher on the entries' own sample questions: each sample is taken out
 * of its entry (or of the out-of-scope class), the index is built without it, and the sample is matched as a user's
 * question. It measures how well the entries generalise to wordings they were not given, without reading any eval
 * text: a change that helps dev but not here fits dev. Runnable on its own: `npx tsx src/cli/eval-qa-cv.ts`
 * (about three minutes: one index per sample, some 700 of them).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { QA_ENTRIES, QA_OUT_OF_SCOPE, type QaEntry, type QaTexts } from "../content/qa.ts";
import { createQaMatcher } from "../qa/match.ts";

const LANGS = ["zh-hans", "zh-hant", "en"] as const;
type Lang = (typeof LANGS)[number];

export interface HeldOut {
  /** The entry the sample belongs to; null for an out-of-scope sample. */
  entry: string | null;
  lang: Lang;
  text: string;
  answer: string | null;
  alternatives: readonly string[];
}

/** `texts` without its `index`-th text of `lang`. */
function without(texts: QaTexts, lang: Lang, index: number): QaTexts {
  const copy: { -readonly [L in Lang]?: readonly string[] } = { ...texts };
  copy[lang] = (texts[lang] ?? []).filter((_, i) => i !== index);
  return copy as QaTexts;
}

/** Matches every sample question with an index built without it. */
export function crossValidate(
  entries: readonly QaEntry[] = QA_ENTRIES,
  outOfScope: QaTexts = QA_OUT_OF_SCOPE,
): HeldOut[] {
  const results: HeldOut[] = [];
  const heldOut = (entry: string | null, lang: Lang, text: string, built: ReturnType<typeof createQaMatcher>): void => {
    const { answer, alternatives } = built.match(text);
    results.push({ entry, lang, text, answer, alternatives });
  };
  entries.forEach((entry, position) => {
    for (const lang of LANGS) {
      (entry.samples[lang] ?? []).forEach((text, index) => {
        const reduced = entries.map((other, i) =>
          i === position ? { ...other, samples: without(other.samples, lang, index) } : other,
        );
        heldOut(entry.id, lang, text, createQaMatcher(reduced, outOfScope));
      });
    }
  });
  for (const lang of LANGS) {
    (outOfScope[lang] ?? []).forEach((text, index) => {
      heldOut(null, lang, text, createQaMatcher(entries, without(outOfScope, lang, index)));
    });
  }
  return results;
}

const pct = (part: number, whole: number): string =>
  whole === 0 ? "    –" : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

/** One line of figures: right, right or among the buttons, answered; off-topic samples given a scam answer. */
function line(label: string, rows: readonly HeldOut[], aboutTheBot: ReadonlySet<string>): string {
  const inScope = rows.filter((r) => r.entry !== null);
  const off = rows.filter((r) => r.entry === null);
  const right = inScope.filter((r) => r.answer === r.entry).length;
  const relevant = inScope.filter(
    (r) => r.answer === r.entry || (r.answer === null && r.alternatives.includes(r.entry!)),
  ).length;
  const answered = inScope.filter((r) => r.answer !== null).length;
  const offAnswered = off.filter((r) => r.answer !== null && !aboutTheBot.has(r.answer)).length;
  return [
    label.padEnd(22),
    String(inScope.length).padStart(4),
    pct(answered, inScope.length),
    pct(right, inScope.length),
    pct(relevant, inScope.length),
    String(off.length).padStart(6),
    pct(offAnswered, off.length),
  ].join("  ");
}

export function printCrossValidation(results: readonly HeldOut[], verbose = false): string {
  const aboutTheBot = new Set(QA_ENTRIES.filter((entry) => entry.aboutTheBot).map((entry) => entry.id));
  const out = [
    "Q&A sample cross-validation (leave one out)",
    `${"".padEnd(22)}     n  answered    right  right|btn   n off   off→qa`,
    line("all", results, aboutTheBot),
    ...LANGS.map((lang) =>
      line(
        lang,
        results.filter((r) => r.lang === lang),
        aboutTheBot,
      ),
    ),
    ...[...new Set(results.map((r) => r.entry ?? "(out of scope)"))].map((entry) =>
      line(
        `  ${entry}`,
        results.filter((r) => (r.entry ?? "(out of scope)") === entry),
        aboutTheBot,
      ),
    ),
  ];
  if (verbose) {
    out.push("", "misses");
    for (const r of results) {
      const wrong = r.entry === null ? r.answer !== null && !aboutTheBot.has(r.answer) : r.answer !== r.entry;
      if (wrong)
        out.push(`  ${r.entry ?? "(oos)"} ${r.lang}: ${r.text} → ${r.answer ?? "null"} [${r.alternatives.join(",")}]`);
    }
  }
  return `${out.join("\n")}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(printCrossValidation(crossValidate(), process.argv.includes("--misses")));
}
