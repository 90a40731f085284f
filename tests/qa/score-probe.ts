/**
 * Scores a blind probe (tests/qa/probe-N/*.json): messages a reviewer composed before reading any code. Probe 3 (170
 * messages, 2026-12-06): danger messages and everyday look-alikes, lures, lawful texts, nationality cues. Probe 4 (220,
 * 2026-12-07): the same kinds (lures short, in recruiters' chat words) and off-topic questions. Probe 5 (170,
 * 2026-12-07): the same five kinds, written after probe 4's fixes. Probe 7 (88, 2026-12-07, composed by a matcher
 * helper before running it): in-scope questions of every topic in the users' styles and neighbouring ones. Probe 6
 * (270, 2026-12-07, written blind and scored on the start code of that day): all six kinds, with in-scope questions
 * (`questions`, expected topic from tests/fixtures/qa-topics.json). Probe 8 (40, the danger helper's wordings written
 * before its model was trained) and probe 9 (20 first-person testimonies): danger and look-alikes. Each of probes 3–9
 * had its misses read and fixed by cause after it was scored, so none of them is blind any more: read them as
 * regression sets. Probe 10 (280, 2026-12-07, all six kinds, written by a reviewer who read no code, test or eval data)
 * was scored on that day's start and end code and its misses were never read: keep it that way (print only its
 * figures, without `--misses`) so that it stays a blind estimate of how the rules generalise, and write a new probe
 * once it has been tuned on. Probe 11 (260, 2026-12-07, the six kinds, lures to be rated high, written by a reviewer who
 * read no code, test or eval data) was scored on that day's start and end code, its misses never read: the same rule.
 * Probe 12 (160, 2026-12-07, composed by a matcher helper before reading the matcher): in-scope questions only, ten per
 * topic in the users' styles; scored 149/160 on that day's start code, its misses read and fixed by class: a regression set.
 * Probe 13 (300, 2026-12-07, all seven kinds, nationality included, written by a reviewer who read no code, test or
 * eval data, kept outside the repository that day) was scored on that day's start and end code, its misses never read:
 * print only its figures, never `--misses`, like probes 10 and 11. Probe 14 (300, 2026-12-07, the same seven kinds,
 * written by a reviewer who read no code, test or eval data, kept outside the repository until that day's end) was
 * scored on that day's start and end code, its misses never read: the same rule. Probe 15 (300, 2026-12-07, a new
 * day's session, the same seven kinds, written the same way and kept outside the repository until that session's end):
 * the same rule. Probe 16 (300, 2026-12-07, session 19, the same seven kinds, written the same way, scored on that
 * session's start and end code and kept outside the repository until its end): the same rule. Probe 17 (300,
 * 2026-12-07, session 20, the same seven kinds, written the same way, scored on that session's start and end code and
 * kept outside the repository until its end): the same rule. Probe 18 (300, 2026-12-07, session 21, the same seven
 * kinds, a third of them long forum-style posts and report sentences, written the same way, scored on that session's
 * start and end code and kept outside the repository until its end): the same rule.
 * `npx tsx tests/qa/score-probe.ts 5` (add `--misses`).
 */
import { readFileSync, existsSync } from "node:fs";
import { checkOffer } from "../../src/check/index.ts";
import type { RiskLevel } from "../../src/check/level.ts";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { inferNationality } from "../../src/sos/nationality.ts";
import { readNationality } from "../../src/cli/eval-qa.ts";

interface ProbeText {
  id: string;
  text: string;
  /** A nationality code, or for a lure the lowest level that passes ("warning+"; "high" when absent). */
  expected?: string;
}
const probe = process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? "4";
const load = (name: string): ProbeText[] | undefined => {
  const file = new URL(`./probe-${probe}/${name}.json`, import.meta.url);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ProbeText[]) : undefined;
};
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;
const RANK: Record<RiskLevel, number> = { low: 0, warning: 1, high: 2 };

const misses: string[] = [];
const figures: string[] = [];
/** Scores one set when the probe has it: `wrong` says why an item fails, or nothing when it passes. */
const score = (name: string, label: string, wrong: (item: ProbeText) => string | undefined): void => {
  const items = load(name);
  if (!items) return;
  let hits = 0;
  for (const item of items) {
    const why = wrong(item);
    if (why === undefined) hits++;
    else misses.push(`  ${item.id} ${why}: ${item.text}`);
  }
  figures.push(`${label} ${hits}/${items.length}`);
};

score("danger", "danger routed", (item) => (routed(item.text) ? undefined : "not routed"));
score("everyday", "everyday quiet", (item) => (routed(item.text) ? "routed" : undefined));
score("lures", "lures caught", (item) => {
  const level = checkOffer(item.text).level;
  const needed = item.expected === "warning+" ? RANK.warning : RANK.high;
  return RANK[level] >= needed ? undefined : level;
});
score("lawful", "lawful not high", (item) => (checkOffer(item.text).level === "high" ? "high" : undefined));
score("offtopic", "off-topic without scam content", (item) => {
  const answer = matchQuestion(item.text).answer;
  return answer === null || answer === "about_bot" ? undefined : `answered ${answer}`;
});
/** In-scope questions: `expected` is a topic of tests/fixtures/qa-topics.json; right when answered with one of its entries. */
const topics = JSON.parse(readFileSync(new URL("../fixtures/qa-topics.json", import.meta.url), "utf8")) as Record<
  string,
  string[]
>;
score("questions", "questions answered right", (item) => {
  const accepted = topics[item.expected ?? ""];
  if (!accepted) return `unknown topic ${item.expected}`;
  const answer = matchQuestion(item.text).answer;
  return answer !== null && accepted.includes(answer)
    ? undefined
    : `answered ${answer ?? "menu"} (want ${item.expected})`;
});
score("nationality", "nationality right", (item) => {
  if (readNationality(item.text, item.expected ?? "") === "right") return undefined;
  return `${inferNationality(item.text)?.nationality ?? "asked"} (want ${item.expected})`;
});
process.stdout.write(`probe ${probe}: ${figures.join(", ")}\n`);
if (process.argv.includes("--misses")) process.stdout.write(`${misses.join("\n")}\n`);
