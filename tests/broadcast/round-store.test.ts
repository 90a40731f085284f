import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { StoreCorruptError } from "../../src/store/store.ts";
import { JournalRoundStore } from "../../src/store/round-journal.ts";
import { InMemoryRoundStore } from "../../src/store/memory-rounds.ts";
import type { RoundPlan } from "../../src/broadcast/plan.ts";
import { RoundStateError, type RoundStore } from "../../src/broadcast/round-store.ts";
import { STORE_FACTORIES } from "../support/stores.ts";
import { MemoryLogger } from "./support.ts";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "jobsafe-journal-"));

/** Journal stores opened by a test, closed after it (a store a test already closed is skipped). */
const opened: JournalRoundStore[] = [];
async function openJournal(options: Parameters<typeof JournalRoundStore.open>[0]): Promise<JournalRoundStore> {
  const store = await JournalRoundStore.open(options);
  opened.push(store);
  return store;
}
/** The round queue of a PostgreSQL store in a schema of its own, closed and dropped after the test. */
const pgDisposers: Array<() => Promise<void>> = [];
async function openPgRounds(): Promise<RoundStore> {
  const factory = STORE_FACTORIES.find((candidate) => candidate.name === "postgres");
  if (!factory) throw new Error("tests/support/stores.ts lists no postgres store");
  const { store, dispose } = await factory.create();
  pgDisposers.push(async () => {
    await store.close();
    await dispose();
  });
  return store.rounds;
}
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  for (const dispose of pgDisposers.splice(0)) await dispose();
});

function plan(roundId: string, chatIds: number[], kind: RoundPlan["kind"] = "weekly"): RoundPlan {
  return {
    roundId,
    kind,
    scheduledFor: "2026-11-23T01:00:00.000Z",
    createdAt: "2026-11-23T01:00:05.000Z",
    deliveries: chatIds.map((chatId) => ({
      chatId,
      warningId: `w-${chatId % 3}`,
      locale: "zh-hans",
      chatKind: "private",
    })),
  };
}

const STORES: ReadonlyArray<{ name: string; make: () => Promise<RoundStore> }> = [
  { name: "InMemoryRoundStore", make: async () => new InMemoryRoundStore() },
  { name: "JournalRoundStore", make: () => openJournal({ dir: tempDir() }) },
  { name: "PgRoundStore", make: openPgRounds },
];

describe.each(STORES)("$name: the RoundStore contract", ({ make }) => {
  it("keeps one active round, tracks each delivery to its outcome, and completes it", async () => {
    const store = await make();
    await store.saveRoundPlan(plan("r1", [1, 2, 3, 4, 5]));
    await expect(store.saveRoundPlan(plan("r2", [9]))).rejects.toThrow(RoundStateError);

    await store.record("r1", { type: "attempt", chatId: 1 });
    await store.record("r1", { type: "delivered", chatId: 1 });
    await store.record("r1", { type: "attempt", chatId: 2 });
    await store.record("r1", { type: "migrated", chatId: 2, toChatId: -1002 });
    await store.record("r1", { type: "attempt", chatId: 3 });
    await store.record("r1", { type: "blocked", chatId: 3 });
    await store.record("r1", { type: "skipped", chatId: 4 });
    await store.record("r1", { type: "attempt", chatId: 5 });

    expect([...(await store.pendingDeliveries("r1"))].map((d) => [d.chatId, d.target, d.attempted])).toEqual([
      [2, -1002, false],
      [5, 5, true],
    ]);
    await expect(store.completeRound("r1", new Date())).rejects.toThrow(/pending/);

    await store.record("r1", { type: "attempt", chatId: 2 });
    await store.record("r1", { type: "delivered", chatId: 2 });
    await store.record("r1", { type: "unconfirmed", chatId: 5 });
    expect([...(await store.receivedWarnings("r1"))]).toEqual([
      { chatId: 1, warningId: "w-1" },
      { chatId: -1002, warningId: "w-2" },
      { chatId: 5, warningId: "w-2" },
    ]);
    const completed = await store.completeRound("r1", new Date("2026-11-23T02:00:00.000Z"));
    expect(completed.totals).toEqual({
      planned: 5,
      pending: 0,
      attempted: 0,
      delivered: 2,
      blocked: 1,
      failed: 0,
      skipped: 1,
      unconfirmed: 1,
      migrated: 1,
    });
    expect(await store.activeRound()).toBeUndefined();
    expect(await store.lastCompletedRound("weekly")).toEqual(completed);
    expect(await store.lastCompletedRound("daily")).toBeUndefined();
  });

  it("refuses events that break a delivery's order", async () => {
    const store = await make();
    await store.saveRoundPlan(plan("r1", [1, 2]));
    await expect(store.record("r1", { type: "delivered", chatId: 1 })).rejects.toThrow(/cannot follow 'pending'/);
    await expect(store.record("r1", { type: "attempt", chatId: 99 })).rejects.toThrow(/no delivery for chat 99/);
    await expect(store.record("other", { type: "attempt", chatId: 1 })).rejects.toThrow(/not the active round/);
  });

  it("lets one owner hold the round lock at a time", async () => {
    const store = await make();
    expect(await store.tryLock("a")).toBe(true);
    expect(await store.tryLock("b")).toBe(false);
    await store.unlock("b");
    expect(await store.tryLock("b")).toBe(false);
    await store.unlock("a");
    expect(await store.tryLock("b")).toBe(true);
    await store.unlock("b");
  });
});

describe("JournalRoundStore on disk", () => {
  async function journalWithEvents(dir: string): Promise<JournalRoundStore> {
    const store = await openJournal({ dir });
    await store.saveRoundPlan(plan("r1", [1, 2, 3]));
    await store.record("r1", { type: "attempt", chatId: 1 });
    await store.record("r1", { type: "delivered", chatId: 1 });
    await store.record("r1", { type: "attempt", chatId: 2 });
    return store;
  }

  it("reopens where it left off", async () => {
    const dir = tempDir();
    await (await journalWithEvents(dir)).close();
    const reopened = await openJournal({ dir });
    expect((await reopened.activeRound())?.totals).toMatchObject({
      planned: 3,
      delivered: 1,
      attempted: 1,
      pending: 1,
    });
    expect([...(await reopened.pendingDeliveries("r1"))].map((d) => [d.chatId, d.attempted])).toEqual([
      [2, true],
      [3, false],
    ]);
  });

  it("ignores and cuts off a torn last line, then keeps appending cleanly", async () => {
    const dir = tempDir();
    const store = await journalWithEvents(dir);
    await store.close();
    appendFileSync(store.file, '{"type":"delivered","chat');
    const warnings: object[] = [];
    const reopened = await openJournal({ dir, logger: { warn: (obj) => warnings.push(obj) } });
    expect((await reopened.activeRound())?.totals).toMatchObject({ delivered: 1, attempted: 1 });
    expect(warnings).toHaveLength(1);
    await reopened.record("r1", { type: "delivered", chatId: 2 });
    await reopened.close();
    const again = await openJournal({ dir });
    expect((await again.activeRound())?.totals).toMatchObject({ delivered: 2, attempted: 0, pending: 1 });
  });

  it("refuses a corrupt line in the middle, naming file and line, and leaves the file untouched", async () => {
    const dir = tempDir();
    const store = await journalWithEvents(dir);
    await store.close();
    const lines = readFileSync(store.file, "utf8").split("\n");
    lines[3] = '{"type":"planned","chatId":"two"}';
    writeFileSync(store.file, lines.join("\n"));
    const before = readFileSync(store.file);
    const opening = JournalRoundStore.open({ dir });
    await expect(opening).rejects.toThrow(StoreCorruptError);
    await expect(opening).rejects.toThrow(`${store.file} line 4`);
    expect(readFileSync(store.file).equals(before)).toBe(true);
  });

  it("refuses a journal whose events break the round's rules", async () => {
    const dir = tempDir();
    const store = await journalWithEvents(dir);
    await store.close();
    appendFileSync(store.file, '{"type":"delivered","chatId":3}\n');
    await expect(JournalRoundStore.open({ dir })).rejects.toThrow(/line 9.*'delivered' cannot follow 'pending'/);
  });

  it("drops a plan whose writing was interrupted, so a new round can start", async () => {
    const dir = tempDir();
    const store = await openJournal({ dir });
    await store.close();
    writeFileSync(
      store.file,
      '{"type":"plan","roundId":"cut","kind":"weekly","scheduledFor":"2026-11-23T01:00:00.000Z","createdAt":"2026-11-23T01:00:00.000Z","size":3}\n' +
        '{"type":"planned","chatId":1,"warningId":"w","locale":"en","chatKind":"private"}\n{"type":"planned","chatId":2,"warn',
    );
    const reopened = await openJournal({ dir });
    expect(await reopened.activeRound()).toBeUndefined();
    await reopened.saveRoundPlan(plan("r2", [5]));
    await reopened.close();
    expect((await (await openJournal({ dir })).activeRound())?.roundId).toBe("r2");
  });

  it("compacts the journal when a round completes and remembers completed rounds", async () => {
    const dir = tempDir();
    const store = await openJournal({ dir });
    const chats = Array.from({ length: 500 }, (_, i) => i + 1);
    await store.saveRoundPlan(plan("big", chats));
    for (const chatId of chats) {
      await store.record("big", { type: "attempt", chatId });
      await store.record("big", { type: "delivered", chatId });
    }
    const sizeDuringRound = statSync(store.file).size;
    await store.completeRound("big", new Date("2026-11-23T03:00:00.000Z"));
    expect(statSync(store.file).size).toBeLessThan(sizeDuringRound / 50);
    await store.saveRoundPlan(plan("daily-1", [1], "daily"));
    await store.close();
    const reopened = await openJournal({ dir });
    expect(await reopened.lastCompletedRound("weekly")).toMatchObject({ roundId: "big", totals: { delivered: 500 } });
    expect((await reopened.activeRound())?.roundId).toBe("daily-1");
  });

  it("takes over a lock left by a process that no longer runs, but not one held by a live process", async () => {
    const dir = tempDir();
    const lockFile = path.join(dir, "rounds.lock");
    const store = await openJournal({ dir });
    writeFileSync(lockFile, JSON.stringify({ pid: 2 ** 22 + 12345, owner: "dead" }));
    expect(await store.tryLock("me")).toBe(true);
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({ pid: process.pid, owner: "me" });
    await store.unlock("me");

    writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, owner: "another instance" }));
    expect(await store.tryLock("me")).toBe(false);
  });

  it("takes over a stale lock whose pid now belongs to an unrelated live process, and says so in the log", async () => {
    const dir = tempDir();
    const lockFile = path.join(dir, "rounds.lock");
    const store = await openJournal({ dir });
    const unrelated = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      const logger = new MemoryLogger();
      // The lock of a runner that died; its pid was reused by a process started later (another start time).
      writeFileSync(lockFile, JSON.stringify({ pid: unrelated.pid, startTime: "1", owner: "dead runner" }));
      expect(await store.tryLock("me", logger)).toBe(true);
      expect(logger.lines).toEqual([
        {
          level: "warn",
          msg: expect.stringMatching(/took over the round lock/),
          obj: expect.objectContaining({ pid: unrelated.pid }),
        },
      ]);
      await store.unlock("me");

      // A lock written before lock files named their holder's start time: the process with that pid started after
      // the lock was written, so it cannot be its holder.
      writeFileSync(lockFile, JSON.stringify({ pid: unrelated.pid, owner: "old runner" }));
      const written = new Date(Date.now() - 3_600_000);
      utimesSync(lockFile, written, written);
      expect(await store.tryLock("me", logger)).toBe(true);
      expect(logger.lines).toHaveLength(2);
      await store.unlock("me");

      // The same pid and start time: the holder is alive, the lock stands.
      const holder = await readFile(`/proc/${unrelated.pid}/stat`, "utf8");
      const startTime = holder.slice(holder.lastIndexOf(")") + 2).split(" ")[19];
      writeFileSync(lockFile, JSON.stringify({ pid: unrelated.pid, startTime, owner: "live runner" }));
      expect(await store.tryLock("me", logger)).toBe(false);
    } finally {
      unrelated.kill("SIGKILL");
    }
  });

  it("writes its own pid and process start time into the lock", async () => {
    const dir = tempDir();
    const store = await openJournal({ dir });
    expect(await store.tryLock("me")).toBe(true);
    const stat = await readFile(`/proc/${process.pid}/stat`, "utf8");
    expect(JSON.parse(readFileSync(path.join(dir, "rounds.lock"), "utf8"))).toMatchObject({
      pid: process.pid,
      startTime: stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19],
    });
  });
});
