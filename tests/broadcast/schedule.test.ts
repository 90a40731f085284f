import fc from "fast-check";
import { createTask } from "node-cron";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dueRound, manualRound, previousScheduledTime, scheduleProblems } from "../../src/broadcast/schedule.ts";

afterEach(() => {
  vi.useRealTimers();
});

const at = (iso: string) => new Date(iso);

describe("previousScheduledTime", () => {
  it("finds the latest Monday 09:00 in Shanghai time", () => {
    expect(previousScheduledTime("0 9 * * 1", "Asia/Shanghai", at("2026-11-25T12:00:00Z"))).toEqual(
      at("2026-11-23T01:00:00Z"),
    );
  });

  it("counts the scheduled second itself as the latest, and one second earlier as the week before", () => {
    expect(previousScheduledTime("0 9 * * 1", "Asia/Shanghai", at("2026-11-23T01:00:00Z"))).toEqual(
      at("2026-11-23T01:00:00Z"),
    );
    expect(previousScheduledTime("0 9 * * 1", "Asia/Shanghai", at("2026-11-23T00:59:59Z"))).toEqual(
      at("2026-11-16T01:00:00Z"),
    );
  });

  it("handles seconds, steps and last-day-of-month fields as node-cron does", () => {
    expect(previousScheduledTime("30 */15 * * * *", "UTC", at("2026-11-25T12:07:10Z"))).toEqual(
      at("2026-11-25T12:00:30Z"),
    );
    expect(previousScheduledTime("0 0 18 L * *", "UTC", at("2026-03-15T00:00:00Z"))).toEqual(
      at("2026-02-28T18:00:00Z"),
    );
  });

  it("skips a time that a daylight-saving jump removes", () => {
    // 2026-03-29 02:30 does not exist in Berlin; the day before it was 02:30 CET = 01:30 UTC.
    expect(previousScheduledTime("30 2 * * *", "Europe/Berlin", at("2026-03-29T12:00:00Z"))).toEqual(
      at("2026-03-28T01:30:00Z"),
    );
  });

  it("agrees with node-cron's own schedule: a match, and no match between it and now", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const expressions = ["0 9 * * *", "0 9 * * 1", "15 8 1 * *", "0 30 18 L * *", "*/20 6-8 * * 2,4"];
    const zones = ["Asia/Shanghai", "America/New_York", "Europe/Berlin", "UTC"];
    fc.assert(
      fc.property(
        fc.constantFrom(...expressions),
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse("2025-01-01T00:00:00Z"), max: Date.parse("2027-12-31T00:00:00Z") }),
        (cron, zone, nowMs) => {
          const now = new Date(Math.floor(nowMs / 1000) * 1000);
          const previous = previousScheduledTime(cron, zone, now);
          expect(previous).toBeDefined();
          const task = createTask(cron, () => undefined, { timezone: zone });
          try {
            expect(task.match(previous as Date)).toBe(true);
            vi.setSystemTime(previous as Date);
            expect((task.getNextRuns(1)[0] as Date).getTime()).toBeGreaterThan(now.getTime());
          } finally {
            void task.destroy();
          }
        },
      ),
      { seed: 42, numRuns: 40 },
    );
  });
});

describe("dueRound", () => {
  const weekly = { kind: "weekly" as const, cron: "0 9 * * 1", timeZone: "Asia/Shanghai" };

  it("is due for the latest slot when nothing ran yet, named after the slot", () => {
    expect(dueRound({ ...weekly, lastCompleted: undefined, now: at("2026-11-25T12:00:00Z") })).toEqual({
      roundId: "weekly-2026-11-23T01:00:00.000Z",
      kind: "weekly",
      scheduledFor: at("2026-11-23T01:00:00Z"),
    });
  });

  it("runs several missed slots as one round, and nothing once the latest is served", () => {
    const lastCompleted = { scheduledFor: "2026-10-26T01:00:00.000Z" };
    const due = dueRound({ ...weekly, lastCompleted, now: at("2026-11-25T12:00:00Z") });
    expect(due?.roundId).toBe("weekly-2026-11-23T01:00:00.000Z");
    expect(
      dueRound({
        ...weekly,
        lastCompleted: { scheduledFor: "2026-11-23T01:00:00.000Z" },
        now: at("2026-11-29T23:00:00Z"),
      }),
    ).toBeUndefined();
  });

  it("counts a manual round as the round of its period", () => {
    const manual = manualRound("weekly", at("2026-11-24T08:00:00Z"));
    expect(manual.roundId).toBe("manual-weekly-2026-11-24T08:00:00.000Z");
    expect(
      dueRound({
        ...weekly,
        lastCompleted: { scheduledFor: manual.scheduledFor.toISOString() },
        now: at("2026-11-25T12:00:00Z"),
      }),
    ).toBeUndefined();
    expect(
      dueRound({
        ...weekly,
        lastCompleted: { scheduledFor: manual.scheduledFor.toISOString() },
        now: at("2026-11-30T01:00:00Z"),
      })?.roundId,
    ).toBe("weekly-2026-11-30T01:00:00.000Z");
  });
});

describe("scheduleProblems", () => {
  it("accepts a valid schedule and explains a bad expression or time zone", () => {
    expect(scheduleProblems("0 9 * * 1", "Asia/Shanghai")).toEqual([]);
    const problems = scheduleProblems("every monday", "Mars/Olympus");
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/not a valid cron expression.*0 9 \* \* 1/);
    expect(problems[1]).toMatch(/Mars\/Olympus.*IANA/);
    expect(() => previousScheduledTime("61 * * * *", "UTC", new Date())).toThrow(RangeError);
  });
});
