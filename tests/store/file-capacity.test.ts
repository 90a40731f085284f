import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LowdbStore } from "../../src/store/lowdb-store.ts";
import { makeSub } from "../broadcast/support.ts";

const root = new URL("../../", import.meta.url).pathname;

describe("the file store at a size its heap cannot carry", () => {
  it("npm run round refuses at start, naming the limit and PostgreSQL, instead of running out of memory", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-capacity-"));
    const store = await LowdbStore.open(dataDir);
    for (let chatId = 1; chatId <= 60_000; chatId++) await store.subscriptions.subscribe(makeSub(chatId));
    await store.close();
    // A 56 MB heap carries about 52,000 subscribers (a round process has 96 MB: about 157,000).
    const result = spawnSync(
      process.execPath,
      ["--max-old-space-size=56", "--max-semi-space-size=4", path.join(root, "dist/round.js"), "--now", "weekly"],
      {
        cwd: dataDir,
        env: { PATH: process.env.PATH ?? "", BOT_TOKEN: "123:abc", DATA_DIR: dataDir, LOG_LEVEL: "fatal" },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/more than 52,\d{3} subscribers/);
    expect(result.stderr).toContain("68 MB heap");
    expect(result.stderr).toContain("DATABASE_URL");
  }, 90_000);
});
