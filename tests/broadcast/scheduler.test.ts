import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RoundSummary } from "../../src/broadcast/round.ts";
import { scheduleWarningRounds } from "../../src/broadcast/scheduler.ts";
import type { WarningRounds } from "../../src/broadcast/service.ts";
import { MemoryLogger } from "./support.ts";

const EVERY_SECOND = [{ kind: "weekly", cron: "* * * * * *" }] as const;

/**
 * The scheduler over warning rounds whose every run waits until the test releases it; `runs` counts the runs
 * started. `end()` stops the scheduler and lets a run in progress finish.
 */
function scheduled(options: { schedules?: WarningRounds["schedules"]; checkEveryMs?: number; aborted?: boolean }) {
  const releases: Array<(summaries: RoundSummary[]) => void> = [];
  const rounds: WarningRounds = {
    schedules: options.schedules ?? [],
    timeZone: "UTC",
    runDue: () => new Promise<RoundSummary[]>((resolve) => releases.push(resolve)),
    runNow: () => Promise.reject(new Error("not used")),
  };
  const shutdown = new AbortController();
  if (options.aborted) shutdown.abort();
  const scheduler = scheduleWarningRounds({
    rounds,
    api: { sendMessage: () => Promise.reject(new Error("not used")) },
    logger: new MemoryLogger(),
    signal: shutdown.signal,
    ...(options.checkEveryMs !== undefined ? { checkEveryMs: options.checkEveryMs } : {}),
  });
  return {
    runs: () => releases.length,
    release: (run: number) => releases[run]!([]),
    async end() {
      scheduler.stop();
      shutdown.abort();
      releases.forEach((release) => release([]));
      await scheduler.finished();
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-12-07T09:59:58Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the warning-round scheduler", () => {
  it("runs due rounds at start, and skips the checks and cron ticks that come while a run is in progress", async () => {
    const rounds = scheduled({ schedules: EVERY_SECOND, checkEveryMs: 1000 });
    expect(rounds.runs()).toBe(1);
    // Five checks and five cron ticks pass while the first run holds on.
    await vi.advanceTimersByTimeAsync(5000);
    expect(rounds.runs()).toBe(1);
    rounds.release(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(rounds.runs()).toBe(2);
    await rounds.end();
  });

  it("starts a run on a cron tick, without waiting for the next check", async () => {
    const rounds = scheduled({ schedules: EVERY_SECOND, checkEveryMs: 3_600_000 });
    rounds.release(0);
    await vi.advanceTimersByTimeAsync(1500);
    expect(rounds.runs()).toBe(2);
    await rounds.end();
  });

  it("starts nothing once shutting down", async () => {
    const rounds = scheduled({ schedules: EVERY_SECOND, aborted: true });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(rounds.runs()).toBe(0);
    await rounds.end();
  });
});
