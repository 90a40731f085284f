import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LowdbStore } from "../../src/store/lowdb-store.ts";
import { StoreOpenError } from "../../src/store/store.ts";

const freshDir = () => mkdtemp(path.join(tmpdir(), "jobsafe-datadir-"));

describe("a data folder that is not what it should be", () => {
  it("DATA_DIR that is a file is named, with what to do", async () => {
    const file = path.join(await freshDir(), "data");
    await writeFile(file, "not a folder");
    const error = await LowdbStore.open(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toContain(`DATA_DIR ${file} is a file`);
    expect((error as Error).message).toMatch(/set DATA_DIR to a folder/);
  });

  it.each(["jobsafe.json", "subscriptions.journal", "rounds.journal"])(
    "%s that is a folder is named, with what to do",
    async (name) => {
      const dir = await freshDir();
      await mkdir(path.join(dir, name));
      const error = await LowdbStore.open(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreOpenError);
      expect((error as Error).message).toContain(`${path.join(dir, name)} is a folder`);
      expect((error as Error).message).toMatch(/move it away/);
      expect((error as Error).message).not.toMatch(/backup/);
    },
  );
});
