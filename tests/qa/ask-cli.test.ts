import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function ask(args: string[], input: string): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ask.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

describe("npm run ask", () => {
  it("--json prints one result for the question on stdin", () => {
    const result = JSON.parse(ask(["--json"], "老板把我的护照收走了")) as Record<string, unknown>;
    expect(result).toMatchObject({ answer: "passport_taken", emergency: true });
    expect(Object.keys(result)).toEqual(["answer", "confidence", "alternatives", "emergency"]);
  });

  it("--jsonl prints one line per question, with its id", () => {
    const input = [
      '{"id":"q1","text":"Is a tourist visa enough to work in Thailand?"}',
      '{"id":"q2","text":"How do I apply for a scholarship?"}',
    ].join("\n");
    const lines = ask(["--jsonl"], input)
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: "q1", answer: "visa_work", emergency: false });
    expect(lines[1]).toMatchObject({ id: "q2", answer: null });
  });
});
