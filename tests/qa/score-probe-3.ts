/**
 * Scores blind probe 3 (tests/qa/probe-3/*.json): 170 messages a reviewer composed on 2026-12-06 before reading any
 * code — 50 danger messages and 40 everyday look-alikes, 30 lures and 30 lawful or everyday texts, 20 nationality cues.
 * Its misses were fixed by cause the same day, so it is no longer blind: read it as a regression set, and write a new
 * probe to estimate how the danger reader generalises. `npx tsx tests/qa/score-probe-3.ts` (add `--misses`).
 */
import { readFileSync } from "node:fs";
import { checkOffer } from "../../src/check/index.ts";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { inferNationality } from "../../src/sos/nationality.ts";

interface ProbeText {
  id: string;
  text: string;
  expected?: string;
}
const load = (name: string): ProbeText[] =>
  JSON.parse(readFileSync(new URL(`./probe-3/${name}.json`, import.meta.url), "utf8")) as ProbeText[];
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

const misses: string[] = [];
const count = (items: ProbeText[], wrong: (item: ProbeText) => string | undefined): number => {
  let hits = 0;
  for (const item of items) {
    const why = wrong(item);
    if (why === undefined) hits++;
    else misses.push(`  ${item.id} ${why}: ${item.text}`);
  }
  return hits;
};

const danger = load("danger");
const everyday = load("everyday");
const lures = load("lures");
const lawful = load("lawful");
const nationality = load("nationality");
const dangerRouted = count(danger, (item) => (routed(item.text) ? undefined : "not routed"));
const everydayQuiet = count(everyday, (item) => (routed(item.text) ? "routed" : undefined));
const luresHigh = count(lures, (item) => {
  const level = checkOffer(item.text).level;
  return level === "high" ? undefined : level;
});
const lawfulNotHigh = count(lawful, (item) => (checkOffer(item.text).level === "high" ? "high" : undefined));
const nationalityRight = count(nationality, (item) => {
  const read = inferNationality(item.text)?.nationality;
  return read === item.expected ? undefined : `${read ?? "asked"} (want ${item.expected})`;
});
process.stdout.write(
  `probe 3: danger routed ${dangerRouted}/${danger.length}, everyday quiet ${everydayQuiet}/${everyday.length}, ` +
    `lures high ${luresHigh}/${lures.length}, lawful not high ${lawfulNotHigh}/${lawful.length}, ` +
    `nationality right ${nationalityRight}/${nationality.length}\n`,
);
if (process.argv.includes("--misses")) process.stdout.write(`${misses.join("\n")}\n`);
