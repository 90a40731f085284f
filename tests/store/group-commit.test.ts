import { afterEach, describe, expect, it, vi } from "vitest";
import { GroupCommit } from "../../src/store/group-commit.ts";

/** A GroupCommit whose writes are recorded and answer when the test says so. */
function recorded(options: { maxBatch?: number; writers?: number; gatherMs?: number } = {}) {
  const writes: number[][] = [];
  const answers: Array<() => void> = [];
  const commit = new GroupCommit<number, number>(
    (items) => {
      writes.push(items);
      return new Promise((resolve) => answers.push(() => resolve(items.map((item) => item * 10))));
    },
    options.maxBatch,
    options.writers,
    options.gatherMs,
  );
  return { commit, writes, answerAll: () => answers.splice(0).forEach((answer) => answer()) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("GroupCommit", () => {
  it("writes an item that finds nothing under way within `add` (an attempt's message follows its write at once)", () => {
    const { commit, writes } = recorded();
    void commit.add(1);
    expect(writes).toEqual([[1]]);
  });

  it("with gatherMs, items added meanwhile share one statement, and each gets its own answer", async () => {
    vi.useFakeTimers();
    const { commit, writes, answerAll } = recorded({ gatherMs: 2 });
    const answered = [commit.add(1), commit.add(2), commit.add(3)];
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(2);
    expect(writes).toEqual([[1, 2, 3]]);
    // Added while that statement runs: they go together as soon as it answers, without waiting again.
    const later = [commit.add(4), commit.add(5)];
    answerAll();
    await expect(Promise.all(answered)).resolves.toEqual([10, 20, 30]);
    expect(writes).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    answerAll();
    await expect(Promise.all(later)).resolves.toEqual([40, 50]);
  });

  it("with gatherMs, a full batch leaves at once", () => {
    vi.useFakeTimers();
    const { commit, writes } = recorded({ gatherMs: 1000, maxBatch: 2 });
    void commit.add(1);
    void commit.add(2);
    expect(writes).toEqual([[1, 2]]);
  });
});
