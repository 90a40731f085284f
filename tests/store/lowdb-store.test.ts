import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LowdbStore } from "../../src/store/lowdb-store.ts";
import { StoreCorruptError } from "../../src/store/store.ts";

const dirs: string[] = [];
const stores: LowdbStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A temporary data folder, removed after the test, whether it passed or not. */
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "jobsafe-store-"));
  dirs.push(dir);
  return dir;
}

/** Opens a store that is closed after the test, whether it passed or not. */
async function open(dir: string): Promise<LowdbStore> {
  const store = await LowdbStore.open(dir);
  stores.push(store);
  return store;
}

describe("LowdbStore", () => {
  it("refuses a corrupt data file with an error naming it, and never overwrites it", async () => {
    const dir = await freshDir();
    const file = path.join(dir, "jobsafe.json");
    const garbage = '{"version":1,"users":{"1":{"id":1,';
    await writeFile(file, garbage);
    const error = await LowdbStore.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect((error as Error).message).toContain(file);
    expect(await readFile(file, "utf8")).toBe(garbage);
  });

  it("refuses valid JSON of the wrong shape", async () => {
    const dir = await freshDir();
    await writeFile(path.join(dir, "jobsafe.json"), JSON.stringify({ version: 1, users: { 1: { id: "one" } } }));
    await expect(LowdbStore.open(dir)).rejects.toBeInstanceOf(StoreCorruptError);
  });

  it("keeps every acknowledged change on disk, even when many arrive at once", async () => {
    const dir = await freshDir();
    const store = await open(dir);
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => store.updateUser(i + 1, { locale: i % 2 ? "en" : "zh-hant" })),
    );
    const onDisk = JSON.parse(await readFile(path.join(dir, "jobsafe.json"), "utf8"));
    expect(Object.keys(onDisk.users)).toHaveLength(200);
    expect(onDisk.users["2"].locale).toBe("en");
  });

  it("under a stream of changes writes the file at most once per interval, each change on disk when acknowledged", async () => {
    const dir = await freshDir();
    const store = await LowdbStore.open(dir, undefined, { minWriteIntervalMs: 300 });
    stores.push(store);
    const file = path.join(dir, "jobsafe.json");
    // A change after a quiet moment is written at once.
    let started = performance.now();
    await store.updateUser(1, { locale: "en" });
    expect(performance.now() - started).toBeLessThan(250);
    // The next ones, right after that write, wait for the interval and share one write.
    started = performance.now();
    await Promise.all([store.updateUser(2, { locale: "en" }), store.updateUser(3, { locale: "zh-hant" })]);
    expect(performance.now() - started).toBeGreaterThan(200);
    const onDisk = JSON.parse(await readFile(file, "utf8"));
    expect(Object.keys(onDisk.users)).toEqual(["1", "2", "3"]);
  });

  it("forgetUser removes the user from disk and reports whether anything was there", async () => {
    const dir = await freshDir();
    const store = await open(dir);
    await store.updateUser(5, { locale: "en" });
    expect(await store.forgetUser(5)).toBe(true);
    expect(await store.forgetUser(5)).toBe(false);
    const reopened = await open(dir);
    expect(await reopened.getUser(5)).toBeUndefined();
  });

  it("returns copies, so callers cannot change stored data by accident", async () => {
    const store = await open(await freshDir());
    const user = await store.updateUser(9, { locale: "en" });
    user.locale = "zh-hans";
    expect((await store.getUser(9))?.locale).toBe("en");
  });
});
