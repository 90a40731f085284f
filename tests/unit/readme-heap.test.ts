import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const scripts = (JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { scripts: Record<string, string> })
  .scripts;

/** The heap bound a package.json script gives node, in MB. */
const heapOf = (script: string): string => {
  const found = /--max-old-space-size=(\d+)/.exec(scripts[script] ?? "");
  if (!found) throw new Error(`package.json script '${script}' sets no --max-old-space-size`);
  return found[1]!;
};

describe("README", () => {
  it.each([
    ["start", "`npm start`"],
    ["round", "`npm run round`"],
  ])("quotes the heap bound of %s as package.json sets it", (script, name) => {
    const sentence = readme.split(/\n(?=- )/).find((paragraph) => paragraph.includes("--max-old-space-size")) ?? "";
    expect(sentence).toContain(`${name} (${heapOf(script)} MB)`);
  });
});
