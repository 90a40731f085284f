import { spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.ts";

const root = new URL("../../", import.meta.url).pathname;
const tsx = import.meta.resolve("tsx");

describe("configuration errors", () => {
  it("a bad cron, a webhook without a secret and a rate of 99 are reported together", () => {
    let error: unknown;
    try {
      parseConfig({
        BOT_TOKEN: "123:abc",
        WARNING_CRON: "every monday",
        WEBHOOK_URL: "https://bot.example.org/hook",
        BROADCAST_RATE: "99",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringContaining("WARNING_CRON"),
      expect.stringContaining("BROADCAST_RATE"),
      expect.stringContaining("WEBHOOK_SECRET"),
    ]);
  });

  it("bad values and a missing token are reported together with the cross-checks", () => {
    let error: unknown;
    try {
      parseConfig({ LOG_LEVEL: "loud", WARNING_DAILY_CRON: "x", BROADCAST_RATE: "99" });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems;
    expect(problems.some((p) => p.startsWith("BOT_TOKEN"))).toBe(true);
    expect(problems.some((p) => p.startsWith("LOG_LEVEL"))).toBe(true);
    expect(problems.some((p) => p.includes("WARNING_DAILY_CRON"))).toBe(true);
    expect(problems.some((p) => p.includes("BROADCAST_RATE"))).toBe(true);
  });
});

describe("every entry point reads .env and validates it the same way", () => {
  const entryPoints: Array<[string, string[]]> = [
    ["npm run round", [path.join(root, "dist/round.js"), "--now", "weekly", "--dry-run"]],
    ["npm run chat", ["--import", tsx, path.join(root, "src/chat.ts")]],
  ];
  it.each(entryPoints)("%s", async (_name, args) => {
    const cwd = await mkdtemp(path.join(tmpdir(), "jobsafe-env-"));
    await writeFile(
      path.join(cwd, ".env"),
      "BOT_TOKEN=123:abc\nWARNING_CRON=every monday\nWEBHOOK_URL=https://bot.example.org/hook\nBROADCAST_RATE=99\n" +
        `DATA_DIR=${path.join(cwd, "data")}\n`,
    );
    const result = spawnSync(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
      input: "",
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("JobSafe cannot start: the configuration has 3 problem(s)");
    expect(result.stderr).toContain("WARNING_CRON");
    expect(result.stderr).toContain("WEBHOOK_SECRET");
    expect(result.stderr).toContain("BROADCAST_RATE");
    expect(result.stderr).toContain("See .env.example");
  });
});
