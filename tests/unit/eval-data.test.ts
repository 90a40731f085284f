import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LURE_SCHEMES, splitOf } from "../../src/cli/eval-data.ts";

const EVAL_DIR = fileURLToPath(new URL("../../eval/", import.meta.url));
const files = readdirSync(EVAL_DIR).filter((file) => file.endsWith(".jsonl"));
const rows = (file: string): Record<string, unknown>[] =>
  readFileSync(path.join(EVAL_DIR, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("collected evaluation data", () => {
  it.each(files)("%s: every text has an id, a language, a text and, when quoted, the URL it came from", (file) => {
    const ids = new Set<string>();
    for (const row of rows(file)) {
      expect(typeof row.id).toBe("string");
      expect(ids.has(String(row.id)), String(row.id)).toBe(false);
      ids.add(String(row.id));
      expect(["zh-hans", "zh-hant", "en"]).toContain(row.lang);
      expect(String(row.text).trim().length).toBeGreaterThan(0);
      if (row.origin !== "composed") expect(String(row.source), String(row.id)).toMatch(/^https?:\/\//);
    }
  });

  it.each(files.filter((file) => file.startsWith("lures-")))(
    "%s: every lure names the scheme it leads to, so recall can be reported per scheme",
    (file) => {
      for (const row of rows(file)) expect(LURE_SCHEMES, String(row.id)).toContain(row.scheme);
    },
  );

  it("no text is collected twice (a copy in both splits would score a tuned text as held out)", () => {
    const seen = new Map<string, string>();
    for (const file of files)
      for (const row of rows(file)) {
        const key = String(row.text)
          .toLowerCase()
          .replace(/[\p{P}\p{S}\s]+/gu, "");
        expect(seen.get(key), `${String(row.id)} repeats ${seen.get(key)}`).toBeUndefined();
        seen.set(key, String(row.id));
      }
  });

  it("about a third of each set is held out for testing, fixed by the id", () => {
    for (const file of files) {
      const all = rows(file);
      const test = all.filter((row) => splitOf(String(row.id)) === "test").length;
      expect(test / all.length, file).toBeGreaterThan(0.2);
      expect(test / all.length, file).toBeLessThan(0.45);
    }
  });
});
