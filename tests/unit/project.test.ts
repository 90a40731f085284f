import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

describe("project setup", () => {
  it("runs on the Node major version package.json declares", () => {
    expect(pkg.engines.node).toMatch(/>=20/);
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(20);
  });

  it("never installs Telegraf (telegraf-i18n's peer) and no source imports it", () => {
    expect(existsSync(path.join(root, "node_modules/telegraf"))).toBe(false);
    const lock = readFileSync(path.join(root, "package-lock.json"), "utf8");
    expect(lock).not.toMatch(/"node_modules\/telegraf"/);
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (full.endsWith(".ts")) sources.push(readFileSync(full, "utf8"));
      }
    };
    walk(path.join(root, "src"));
    expect(sources.some((source) => /from\s+["']telegraf["']/.test(source))).toBe(false);
  });
});
