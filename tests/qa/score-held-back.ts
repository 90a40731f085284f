/**
 * Scores the held-back composed questions (tests/qa/held-back.ts) as `npm run eval` scores the eval texts: answered,
 * right, right or among the buttons, and neighbouring topics given scam content. `npx tsx tests/qa/score-held-back.ts`
 * (add `--misses` to list what it gets wrong). Run once, at the end of a change to the matching, never to tune it.
 */
import { matchQuestion } from "../../src/qa/match.ts";
import { HELD_BACK } from "./held-back.ts";

const NOT_SCAM_CONTENT = new Set(["about_bot"]);
const pct = (part: number, whole: number): string => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(0)}%`);

const rows = HELD_BACK.map((question) => ({ question, match: matchQuestion(question.text) }));
const inScope = rows.filter(({ question }) => question.accepted.length > 0);
const offTopic = rows.filter(({ question }) => question.accepted.length === 0);
const right = inScope.filter(
  ({ question, match }) => match.answer !== null && question.accepted.includes(match.answer),
);
const relevant = inScope.filter(
  ({ question, match }) =>
    (match.answer !== null && question.accepted.includes(match.answer)) ||
    (match.answer === null && match.alternatives.some((id) => question.accepted.includes(id))),
);
const answered = inScope.filter(({ match }) => match.answer !== null);
const offAnswered = offTopic.filter(({ match }) => match.answer !== null && !NOT_SCAM_CONTENT.has(match.answer));
process.stdout.write(
  `held-back: ${inScope.length} in scope, answered ${pct(answered.length, inScope.length)}, right ` +
    `${pct(right.length, inScope.length)}, right|btn ${pct(relevant.length, inScope.length)}; ${offTopic.length} ` +
    `neighbouring, given scam content ${pct(offAnswered.length, offTopic.length)}\n`,
);
if (process.argv.includes("--misses"))
  for (const { question, match } of rows) {
    const wrong =
      question.accepted.length === 0
        ? match.answer !== null && !NOT_SCAM_CONTENT.has(match.answer)
        : match.answer === null || !question.accepted.includes(match.answer);
    if (wrong)
      process.stdout.write(
        `  ${question.text} → ${match.answer ?? "null"} [${match.alternatives.join(",")}] (want ${question.accepted[0] ?? "none"})\n`,
      );
  }
