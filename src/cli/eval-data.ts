/**
 * The evaluation data `npm run eval` and `npm run bench` read: the shared corpus (../shared/corpus beside the project
 * root) and the project's own collected texts (eval/, see eval/README.md), with the fixed dev/test split.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pc from "picocolors";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CORPUS_DIR = path.resolve(PROJECT_ROOT, "../shared/corpus");
/** The project's own evaluation data (eval/README.md): real texts with their URLs, split dev/test by id. */
export const EVAL_DIR = path.resolve(PROJECT_ROOT, "eval");

/**
 * The split of a collected text, fixed by its id before any rule was written against it: a third goes to the test
 * split, scored only to report how well the rules generalise.
 */
export function splitOf(id: string): "dev" | "test" {
  if (id.startsWith("dev:")) return "dev";
  return createHash("sha1").update(id).digest().readUInt32BE(0) % 3 === 0 ? "test" : "dev";
}

/** Every JSONL file of eval/ whose name starts with `prefix`. */
export function readEval(prefix: string): LabelledText[] {
  if (!existsSync(EVAL_DIR)) return [];
  return readdirSync(EVAL_DIR)
    .filter((file) => file.startsWith(prefix) && file.endsWith(".jsonl"))
    .sort()
    .flatMap((file) => parseJsonl(path.join(EVAL_DIR, file)));
}

/**
 * What a real lure leads to (eval/README.md): a scam compound, illegal recruitment for ordinary work, an army, or a
 * visa or immigration service sold with lies. Recall is reported per scheme so one kind cannot hide behind another.
 */
export const LURE_SCHEMES = ["compound", "labour", "military", "migration-service"] as const;

export interface LabelledText {
  id: string;
  lang: string;
  text: string;
  kind?: string;
  scheme?: (typeof LURE_SCHEMES)[number];
}

/** Reads a JSONL corpus file; a missing file is reported and skipped, not fatal (CI may lack one set). */
export function readJsonl(file: string): LabelledText[] {
  const full = path.join(CORPUS_DIR, file);
  if (!existsSync(full)) {
    console.log(pc.yellow(`(missing ${full}: skipped)`));
    return [];
  }
  return parseJsonl(full);
}

function parseJsonl(file: string): LabelledText[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledText);
}
