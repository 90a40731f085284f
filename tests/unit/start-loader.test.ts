import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

/** The loader `npm start` runs, as the build wrote it (the global setup builds before the tests). */
const LOADER = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

/** A bundle that says what it was given and stays up past the moment the loader writes its cache. */
const bundleSaying = (word: string): string => `
  console.log(JSON.stringify({ word: ${JSON.stringify(word)}, url: __jobsafeUrl, file: __filename,
    required: typeof require("node:path").join }));
  setTimeout(() => {}, 3_500);
`;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function install(bundle: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "jobsafe-start-"));
  dirs.push(dir);
  copyFileSync(LOADER, path.join(dir, "main.js"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  writeFileSync(path.join(dir, "main.cjs"), bundle);
  return dir;
}

const start = (dir: string): unknown => {
  const result = spawnSync(process.execPath, [path.join(dir, "main.js")], { encoding: "utf8", timeout: 20_000 });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
};
const caches = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith(".cache"));

describe("the start loader", () => {
  it("runs the bundle as a CommonJS module with its own URL, and keeps a code cache for the next start", () => {
    const dir = install(bundleSaying("first"));
    const bundle = path.join(dir, "main.cjs");
    const given = { word: "first", url: pathToFileURL(bundle).href, file: bundle, required: "function" };
    expect(start(dir)).toEqual(given);
    expect(caches(dir)).toHaveLength(1);
    // The next start is given the cache and answers the same.
    expect(start(dir)).toEqual(given);
    expect(caches(dir)).toHaveLength(1);
  }, 30_000);

  it("never gives a rebuilt bundle the cache of the one before, even of the same length", () => {
    const dir = install(bundleSaying("first"));
    start(dir);
    const [before] = caches(dir);
    writeFileSync(path.join(dir, "main.cjs"), bundleSaying("other"));
    expect(start(dir)).toMatchObject({ word: "other" });
    // The new bundle's cache replaces the old one: rebuilds do not pile caches up in dist/.
    expect(caches(dir)).toHaveLength(1);
    expect(caches(dir)).not.toContain(before);
  }, 30_000);
});
