/**
 * `npm run --silent ask -- [--json | --jsonl]`: matches questions from stdin to Q&A entries (PRODUCT.md §2.14).
 *
 * --json   one question (all of stdin) → one JSON object {answer, confidence, alternatives, emergency}
 * --jsonl  one {"id","text"} object per line → one result line each, with the id
 * (none)   one question → a readable report with the answer text in English
 */
import { readFileSync } from "node:fs";
import pc from "picocolors";
import { qaEntryById } from "../content/qa.ts";
import { loadTranslator } from "../i18n/load.ts";
import { detectDanger } from "../qa/danger.ts";
import { matchQuestion, type QaMatch } from "../qa/match.ts";
import { answerText } from "../qa/reply.ts";

/** The wire form of a match: field order fixed so that output diffs stay readable. */
function asRecord(match: QaMatch): Record<string, unknown> {
  return {
    answer: match.answer,
    confidence: Number(match.confidence.toFixed(3)),
    alternatives: match.alternatives,
    emergency: match.emergency,
  };
}

function answerJsonLines(input: string): string[] {
  const out: string[] = [];
  input.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`line ${index + 1}: not JSON; expected {"id": "...", "text": "..."}`);
    }
    const { id, text } = (parsed ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== "string") throw new Error(`line ${index + 1}: "text" must be a string`);
    out.push(JSON.stringify({ id: id ?? null, ...asRecord(matchQuestion(text)) }));
  });
  return out;
}

function report(question: string): string {
  const match = matchQuestion(question);
  const danger = detectDanger(question);
  const tr = loadTranslator();
  const title = (id: string): string => {
    const entry = qaEntryById(id);
    return entry ? tr.t("en", entry.titleKey) : id;
  };
  const lines = [
    `${pc.bold("question")}    ${question.trim()}`,
    `${pc.bold("danger")}      ${danger.danger ? pc.red(`yes (${danger.reason})`) : "no"}`,
    `${pc.bold("answer")}      ${match.answer ? `${match.answer} — ${title(match.answer)}` : pc.yellow("none")}`,
    `${pc.bold("confidence")}  ${match.confidence.toFixed(2)}${match.emergency ? pc.red("  EMERGENCY") : ""}`,
    `${pc.bold("alternatives")} ${match.alternatives.map((id) => `${id} (${title(id)})`).join(", ") || "none"}`,
  ];
  const entry = match.answer ? qaEntryById(match.answer) : undefined;
  if (entry) lines.push("", answerText(entry, "en", tr));
  return lines.join("\n");
}

function main(argv: readonly string[]): void {
  const input = readFileSync(0, "utf8");
  if (argv.includes("--jsonl")) {
    const lines = answerJsonLines(input);
    if (lines.length > 0) process.stdout.write(`${lines.join("\n")}\n`);
  } else if (argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(asRecord(matchQuestion(input)))}\n`);
  } else {
    process.stdout.write(`${report(input)}\n`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`ask: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
