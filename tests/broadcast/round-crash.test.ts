import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { open } from "node:fs/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JournalRoundStore } from "../../src/store/round-journal.ts";
import { InMemoryRoundStore } from "../../src/store/memory-rounds.ts";
import { systemClock } from "../../src/broadcast/pacer.ts";
import { runRound } from "../../src/broadcast/round.ts";
import type { RoundStore } from "../../src/broadcast/round-store.ts";
import { STORE_FACTORIES } from "../support/stores.ts";
import { baseDeps, FakeApi, FakeSubscriptions, makeSubs, makeWarnings, weeklyPlan } from "./support.ts";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const STORES: ReadonlyArray<{ name: string; make: () => Promise<RoundStore> }> = [
  { name: "in memory", make: async () => new InMemoryRoundStore() },
  {
    name: "journal",
    async make() {
      const store = await JournalRoundStore.open({ dir: mkdtempSync(path.join(tmpdir(), "jobsafe-crash-")) });
      cleanups.push(() => store.close());
      return store;
    },
  },
  {
    name: "PostgreSQL",
    async make() {
      const { store, dispose } = await STORE_FACTORIES.find((factory) => factory.name === "postgres")!.create();
      cleanups.push(dispose, () => store.close());
      return store.rounds;
    },
  },
];

const WARNINGS = makeWarnings([["w-general", ["general"]]]);
const ROUND = { roundId: "weekly-crash", kind: "weekly" as const, scheduledFor: new Date("2026-11-23T01:00:00Z") };

/** Thrown by everything a killed process would still do. */
const dead = () => new Error("the process was killed");

describe.each(STORES)("a round killed at the worst moment ($name store)", ({ make }) => {
  it("dies the instant a delivery's attempt is durable: that message has left, so the resumed round misses nobody", async () => {
    const subs = makeSubs(40);
    const subscriptions = new FakeSubscriptions(subs);
    const store = await make();
    let killed = false;
    // The store as the dying process sees it: once an attempt is durable, nothing more is written or sent.
    const overrides: Partial<RoundStore> = {
      attempt: async (roundId, chatId, send) => {
        if (killed) throw dead();
        await store.attempt(roundId, chatId, send);
        if (chatId === 17) killed = true;
      },
      record: async (roundId, event) => {
        if (killed) throw dead();
        await store.record(roundId, event);
      },
    };
    const dying = new Proxy(store, {
      get: (target, name: keyof RoundStore) => {
        const value = overrides[name] ?? target[name];
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const first = new FakeApi(systemClock, { latencyMs: 2, behaviour: () => (killed ? dead() : "ok") });
    await runRound({
      // One delivery at a time: nothing else is under way at the instant of death (a store that groups writes
      // would otherwise carry on writing what was queued before it, which a dead process cannot).
      ...baseDeps({ api: first, store: dying, subscriptions, warnings: WARNINGS, concurrency: 1 }),
      round: ROUND,
    }).catch(() => undefined);
    expect(killed).toBe(true);

    const second = new FakeApi(systemClock);
    const resumed = await runRound({
      ...baseDeps({ api: second, store, subscriptions, warnings: WARNINGS }),
      round: ROUND,
    });
    expect(resumed).toMatchObject({ status: "completed", resumed: true, planned: 40 });
    const received = [...first.received, ...second.received].map((message) => message.chatId);
    expect(received.filter((chatId, index) => received.indexOf(chatId) !== index)).toEqual([]);
    expect(subs.map((sub) => sub.chatId).filter((chatId) => !received.includes(chatId))).toEqual([]);
  });
});

describe("the journal store's attempt", () => {
  // Between an attempt's line and its request, the process must do nothing that can hand the CPU to another thread:
  // starting the journal's sync wakes one of libuv's pool, and on a busy machine a kill then found the line written
  // and the request not yet sent (a round killed nine times at 2,000/s missed a chat that way).
  it("sends the request right after writing the line, before it starts syncing the journal", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "jobsafe-attempt-"));
    const probe = await open(path.join(dir, "probe"), "w");
    const datasync = vi.spyOn(Object.getPrototypeOf(probe) as { datasync(): Promise<void> }, "datasync");
    await probe.close();
    const store = await JournalRoundStore.open({ dir });
    cleanups.push(async () => {
      datasync.mockRestore();
      await store.close();
    });
    await store.saveRoundPlan(weeklyPlan("weekly-sync", [1, 2]));
    datasync.mockClear();
    let syncsBeforeSend: number | undefined;
    await store.attempt("weekly-sync", 1, () => {
      syncsBeforeSend = datasync.mock.calls.length;
    });
    expect(syncsBeforeSend).toBe(0);
    expect(datasync).toHaveBeenCalled();
  });
});
