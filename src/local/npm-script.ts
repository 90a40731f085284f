import { readFileSync } from "node:fs";

const root = new URL("../../", import.meta.url).pathname;

/**
 * The node arguments of an npm script such as `"start": "node --flag dist/main.js"`, so tests and benchmarks start
 * the very process `npm start` (or `npm run round`) starts — one process, reachable by signals — with the same flags.
 */
export function nodeArgsOf(script: string): string[] {
  const scripts = JSON.parse(readFileSync(`${root}package.json`, "utf8")).scripts as Record<string, string>;
  const [command, ...args] = (scripts[script] ?? "").split(/\s+/);
  if (command !== "node") throw new Error(`npm script '${script}' must run node directly, got: ${scripts[script]}`);
  return args;
}
