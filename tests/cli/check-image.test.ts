import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";
import type { ImageCase } from "../../src/cli/render-images.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = "tests/fixtures/images";

function check(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/check.ts", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("npm run check -- --image", () => {
  it("--json prints the verdict of a picture with the text read from it", { timeout: 60_000 }, () => {
    const fixture = (JSON.parse(readFileSync(`${ROOT}${FIXTURES}/fixtures.json`, "utf8")) as ImageCase[]).find(
      (c) => c.file === "zh-hant-lure-chat.jpg",
    )!;
    const result = check(["--image", `${FIXTURES}/${fixture.file}`, "--json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { level: string; text: string; flags: unknown[] };
    expect(output.level).toBe(checkOffer(fixture.text).level);
    expect(output.text).toContain("\n");
    expect(output.flags.length).toBeGreaterThan(0);
  });

  it("a file that is not a picture ends with a message and exit code 1", { timeout: 60_000 }, () => {
    const result = check(["--image", "package.json", "--json"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("cannot read the picture package.json");
  });
});
