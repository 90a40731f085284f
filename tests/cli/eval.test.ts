import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("npm run eval", () => {
  it(
    "prints the offer check's dev and held-out test figures (real lures per scheme too), the pictures section, then the Q&A section, and exits 0",
    { timeout: 120_000 },
    () => {
      const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/eval.ts"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", EVAL_IMAGE_SET: "fixtures" },
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("Real lures, quoted from public reports");
      expect(result.stdout).toContain("test (held out)");
      expect(result.stdout).toMatch(/Real lures[\s\S]*scheme=compound[\s\S]*scheme=labour[\s\S]*Corpus lures/);
      expect(result.stdout).toContain("Obfuscated variants of every caught lure");
      expect(result.stdout).toMatch(/Pictures of offers[\s\S]*CER[\s\S]*pictures beside their texts/);
      expect(result.stdout).toMatch(/Q&A matching[^\n]*\n[\s\S]*by style[\s\S]*cantonese/);
    },
  );
});
