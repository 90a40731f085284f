/**
 * When a warning round is due. node-cron fires the task, but a bot that was down during a scheduled time, or that
 * restarts, must decide for itself: the round of the latest scheduled time is due unless a round of that kind
 * already completed at or after it. Several missed times collapse into one round (PRODUCT.md §2.6), and the round
 * id is derived from the scheduled time, so every instance and every restart names the same round.
 *
 * node-cron validates and parses expressions and matches a date against them (its own semantics, including `L`
 * and `#`); it has no "previous run", which is computed here by walking back over the expression's candidate
 * times of each local day in the configured time zone.
 */
import { createTask, parse, validate, type ScheduledTask } from "node-cron";
import type { RoundKind } from "./plan.ts";
import type { CompletedRound } from "./round-store.ts";

export interface RoundRequest {
  roundId: string;
  kind: RoundKind;
  scheduledFor: Date;
}

/** What is wrong with a schedule, in words an operator can act on; empty when it is usable. */
export function scheduleProblems(cron: string, timeZone: string): string[] {
  const problems: string[] = [];
  if (!validate(cron)) {
    problems.push(
      `'${cron}' is not a valid cron expression: use "minute hour day-of-month month day-of-week", ` +
        `e.g. "0 9 * * 1" for Mondays at 09:00`,
    );
  }
  if (!isTimeZone(timeZone)) problems.push(`'${timeZone}' is not a time zone: use an IANA name such as Asia/Shanghai`);
  return problems;
}

/** The round due now for `kind`, or undefined when the latest scheduled time is already served. */
export function dueRound(input: {
  kind: RoundKind;
  cron: string;
  timeZone: string;
  lastCompleted: Pick<CompletedRound, "scheduledFor"> | undefined;
  now: Date;
}): RoundRequest | undefined {
  const slot = previousScheduledTime(input.cron, input.timeZone, input.now);
  if (!slot) return undefined;
  if (input.lastCompleted && Date.parse(input.lastCompleted.scheduledFor) >= slot.getTime()) return undefined;
  return { roundId: `${input.kind}-${slot.toISOString()}`, kind: input.kind, scheduledFor: slot };
}

/** A round an admin starts by hand; it counts as the round of its kind for the current period. */
export function manualRound(kind: RoundKind, now: Date): RoundRequest {
  return { roundId: `manual-${kind}-${now.toISOString()}`, kind, scheduledFor: now };
}

/** How far back to look for a scheduled time (covers yearly and leap-day schedules). */
const LOOKBACK_DAYS = 366 * 8;

/** The latest time at or before `now` that the cron expression matches in `timeZone`; undefined if none is near. */
export function previousScheduledTime(cron: string, timeZone: string, now: Date): Date | undefined {
  const problems = scheduleProblems(cron, timeZone);
  if (problems.length > 0) throw new RangeError(problems.join("; "));
  const fields = parse(cron);
  const descending = (values: number[]) => [...values].sort((a, b) => b - a);
  const hours = descending(fields.hour);
  const minutes = descending(fields.minute);
  const seconds = descending(fields.second);
  const matcher = matcherFor(cron, timeZone);
  const today = wallClock(now.getTime(), timeZone);
  let day = today;
  for (let back = 0; back <= LOOKBACK_DAYS; back++, day = previousDay(day)) {
    const isToday = back === 0;
    dayLoop: for (const hour of hours) {
      if (isToday && hour > today.hour) continue;
      for (const minute of minutes) {
        if (isToday && hour === today.hour && minute > today.minute) continue;
        for (const second of seconds) {
          if (isToday && hour === today.hour && minute === today.minute && second > today.second) continue;
          const instant = wallClockToInstant({ ...day, hour, minute, second }, timeZone);
          // Skipped by a daylight-saving jump, or the later reading of a repeated hour.
          if (instant === undefined || instant > now.getTime()) continue;
          if (matcher.match(new Date(instant))) return new Date(instant);
          // Time fields match by construction, so the day itself does not: try the day before.
          break dayLoop;
        }
      }
    }
  }
  return undefined;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const matchers = new Map<string, ScheduledTask>();
/** One never-started node-cron task per schedule, used only for its `match` (it registers globally, so reuse it). */
function matcherFor(cron: string, timeZone: string): ScheduledTask {
  const key = `${cron}\n${timeZone}`;
  let task = matchers.get(key);
  if (!task) {
    task = createTask(cron, () => undefined, { timezone: timeZone, name: `jobsafe-schedule-matcher ${cron}` });
    matchers.set(key, task);
  }
  return task;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The zones ICU lists are answered from that list: the first date formatter costs 25–40 ms of loading (locale data),
 * which the check of the configuration at start-up need not pay; an alias it does not list ("Asia/Calcutta") is tried.
 */
function isTimeZone(timeZone: string): boolean {
  if (Intl.supportedValuesOf("timeZone").includes(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const asUtc = (t: WallClock) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

/** The instant at which `timeZone` shows this wall-clock time; undefined if it never does (a DST gap). */
function wallClockToInstant(target: WallClock, timeZone: string): number | undefined {
  const guess = asUtc(target);
  const offsetAt = (epochMs: number) => asUtc(wallClock(epochMs, timeZone)) - Math.floor(epochMs / 1000) * 1000;
  const first = guess - offsetAt(guess);
  const second = guess - offsetAt(first);
  return [first, second].find((candidate) => asUtc(wallClock(candidate, timeZone)) === guess);
}

function previousDay(day: WallClock): WallClock {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day - 1));
  return { ...day, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
