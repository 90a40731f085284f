import { describe, expect, it } from "vitest";
import { BatchedStats, type CounterTable } from "../../src/store/stats.ts";

/** A counter table in memory whose writes can be made to fail, like a full disk or a database that is down. */
function memoryTable(): CounterTable & { stored: Record<string, number>; writes: number; failing: boolean } {
  const table = {
    stored: {} as Record<string, number>,
    writes: 0,
    failing: false,
    async add(deltas: ReadonlyMap<string, number>) {
      if (table.failing) throw new Error("disk full");
      table.writes++;
      for (const [name, delta] of deltas) table.stored[name] = (table.stored[name] ?? 0) + delta;
    },
    async read() {
      return { ...table.stored };
    },
  };
  return table;
}

describe("BatchedStats", () => {
  it("writes a burst of counts as one batch, on its own after the flush interval", async () => {
    const table = memoryTable();
    const stats = new BatchedStats(table, { flushMs: 20 });
    for (let i = 0; i < 500; i++) stats.countCheck("warning", ["overseas_job"]);
    expect(table.writes).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(table.writes).toBe(1);
    expect(table.stored).toEqual({ "stats:checks:warning": 500, "stats:flags:overseas_job": 500 });
    await stats.close();
  });

  it("keeps the counts of a failed write for the next one, and reports the failure", async () => {
    const table = memoryTable();
    const errors: unknown[] = [];
    const stats = new BatchedStats(table, { flushMs: 60_000, onError: (error) => errors.push(error) });
    stats.countQuestion("none");
    table.failing = true;
    await expect(stats.flush()).rejects.toThrow("disk full");
    stats.countQuestion("none");
    expect((await stats.totals()).questions).toEqual({ none: 2 });
    table.failing = false;
    await stats.close();
    expect(table.stored).toEqual({ "stats:questions:none": 2 });
  });

  it("reads counters stored by earlier versions under their old names", async () => {
    const table = memoryTable();
    table.stored = { "stats:checks:high": 3, "stats:group_warnings": 2, "stats:feedback:qa-x:useful": 1 };
    const stats = new BatchedStats(table);
    expect(await stats.totals()).toEqual({
      checks: { high: 3 },
      flags: {},
      questions: {},
      feedback: { "qa-x:useful": 1 },
      groupWarnings: 2,
    });
    await stats.close();
  });
});
