/**
 * What every reader answers for every text the project holds (the shared corpus, eval/ and the probes), to show that a
 * change meant to be faster or leaner changes no answer. `npx tsx src/cli/reader-outputs.ts write FILE` on the code
 * before and after the change, then `npx tsx src/cli/reader-outputs.ts compare BEFORE AFTER`: the texts whose answers
 * differ, by reader. Held-out texts (eval's test split, probes 10 and 11) are only counted, never shown.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkOffer, classifyText } from "../check/index.ts";
import { detectDanger, namesTheirOwn } from "../qa/danger.ts";
import { matchQuestion } from "../qa/match.ts";
import { inferNationality } from "../sos/nationality.ts";
import { ReadText } from "../text/read-text.ts";
import { CORPUS_DIR, EVAL_DIR, splitOf } from "./eval-data.ts";

interface Source {
  /** Where the text comes from: file and split. */
  source: string;
  id: string;
  text: string;
}

interface Outputs {
  source: string;
  id: string;
  answers: Record<string, unknown>;
}

const PROBES_DIR = new URL("../../tests/qa/", import.meta.url).pathname;
/** Probes whose misses are never read (tests/qa/score-probe.ts): 10, 11 and 13–18; 12 is a regression set. */
const BLIND_PROBES = /^probe-1[013-8]\//;

const isHeldOut = (source: string): boolean => source.endsWith(":test") || BLIND_PROBES.test(source);

function texts(): Source[] {
  const all: Source[] = [];
  for (const dir of [CORPUS_DIR, EVAL_DIR]) {
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith(".jsonl"))
      .sort()) {
      for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
        if (line.trim() === "") continue;
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        all.push({ source: `${path.basename(dir)}/${file}:${splitOf(id)}`, id, text });
      }
    }
  }
  for (const probe of readdirSync(PROBES_DIR)
    .filter((name) => /^probe-\d+$/.test(name))
    .sort()) {
    for (const file of readdirSync(path.join(PROBES_DIR, probe))
      .filter((name) => name.endsWith(".json"))
      .sort()) {
      const items = JSON.parse(readFileSync(path.join(PROBES_DIR, probe, file), "utf8")) as {
        id: string;
        text: string;
      }[];
      for (const { id, text } of items) all.push({ source: `${probe}/${file}`, id, text });
    }
  }
  return all;
}

/** Every reader's answer, read as the bot reads a message (one shared read) and each reader on its own text too. */
function answersFor(text: string): Record<string, unknown> {
  const read = new ReadText(text);
  return {
    kind: classifyText(read),
    theirOwn: namesTheirOwn(read.canonical),
    danger: detectDanger(read),
    match: matchQuestion(read),
    verdict: checkOffer(read),
    nationality: inferNationality(read),
    nationalityWithCode: inferNationality(new ReadText(text), "zh-hans"),
    alone: [matchQuestion(text), detectDanger(text), checkOffer(text).level],
  };
}

function write(file: string): void {
  const lines = texts().map(({ source, id, text }) => JSON.stringify({ source, id, answers: answersFor(text) }));
  writeFileSync(file, `${lines.join("\n")}\n`);
  console.log(`${lines.length} texts → ${file}`);
}

function compare(beforeFile: string, afterFile: string): void {
  const read = (file: string): Outputs[] =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as Outputs);
  const before = read(beforeFile);
  const after = new Map(read(afterFile).map((outputs) => [`${outputs.source}|${outputs.id}`, outputs]));
  let differ = 0;
  let heldOut = 0;
  for (const old of before) {
    const now = after.get(`${old.source}|${old.id}`);
    const changed = Object.keys(old.answers).filter(
      (reader) => JSON.stringify(old.answers[reader]) !== JSON.stringify(now?.answers[reader]),
    );
    if (changed.length === 0) continue;
    differ++;
    if (isHeldOut(old.source)) {
      heldOut++;
      continue;
    }
    console.log(`${old.source} ${old.id}: ${changed.join(", ")}`);
    for (const reader of changed)
      console.log(`  ${reader}: ${JSON.stringify(old.answers[reader])} → ${JSON.stringify(now?.answers[reader])}`);
  }
  console.log(
    `${before.length} texts (${after.size} after): ${differ} differ, ${heldOut} of them held out (not shown)`,
  );
  if (differ > 0 || before.length !== after.size) process.exitCode = 1;
}

const [command, first, second] = process.argv.slice(2);
if (command === "write" && first) write(first);
else if (command === "compare" && first && second) compare(first, second);
else {
  console.error("usage: reader-outputs.ts write FILE | compare BEFORE AFTER");
  process.exitCode = 2;
}
