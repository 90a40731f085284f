import { readFileSync } from "node:fs";

const root = new URL("../../", import.meta.url).pathname;

export interface NodeScript {
  /** Variables the script sets before node (`MALLOC_ARENA_MAX=2 node …`). */
  env: Record<string, string>;
  /** node's arguments: its flags, then the file. */
  args: string[];
}

/**
 * The command of an npm script such as `"start": "VAR=value node --flag dist/main.js"`, so tests and benchmarks start
 * the very process `npm start` (or `npm run round`) starts — one process, reachable by signals — with the same
 * variables and flags.
 */
export function nodeScriptOf(script: string): NodeScript {
  const scripts = JSON.parse(readFileSync(`${root}package.json`, "utf8")).scripts as Record<string, string>;
  const words = (scripts[script] ?? "").split(/\s+/);
  const env: Record<string, string> = {};
  let assignment: RegExpExecArray | null;
  while ((assignment = /^([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(words[0] ?? ""))) {
    env[assignment[1]!] = assignment[2]!;
    words.shift();
  }
  const [command, ...args] = words;
  if (command !== "node") throw new Error(`npm script '${script}' must run node directly, got: ${scripts[script]}`);
  return { env, args };
}
