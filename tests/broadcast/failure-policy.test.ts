import { describe, expect, it } from "vitest";
import {
  MAX_MIGRATIONS,
  MAX_RATE_LIMITED,
  nextStep,
  NO_TRIES,
  type Tries,
} from "../../src/broadcast/failure-policy.ts";
import type { SendFailure } from "../../src/broadcast/send-errors.ts";

const RETRY = { attempts: 4, baseDelayMs: 1000 };
const tries = (overrides: Partial<Tries>): Tries => ({ ...NO_TRIES, ...overrides });

describe("nextStep: what a round does after a failed send", () => {
  it.each<[string, SendFailure, Tries, object]>([
    [
      "429: the whole round pauses for retry_after, the delivery goes back to pending",
      { kind: "rate-limited", retryAfterMs: 7000 },
      NO_TRIES,
      { next: "resend", record: "not-sent", pauseRoundMs: 7000, tries: tries({ rateLimited: 1 }) },
    ],
    [
      "429 once too often: failed",
      { kind: "rate-limited", retryAfterMs: 7000 },
      tries({ rateLimited: MAX_RATE_LIMITED }),
      { next: "close", record: "failed", reason: `still rate-limited after ${MAX_RATE_LIMITED} waits` },
    ],
    [
      "paid broadcast refused: sent again at the free rate",
      { kind: "paid-refused", reason: "400 BALANCE_TOO_LOW" },
      NO_TRIES,
      { next: "resend", record: "not-sent", freeRate: true, tries: NO_TRIES },
    ],
    [
      "a group became a supergroup: sent to the new id",
      { kind: "migrated", toChatId: -1009 },
      NO_TRIES,
      { next: "resend", record: "migrated", moveTo: -1009, tries: tries({ migrations: 1 }) },
    ],
    [
      "migrations that loop: failed",
      { kind: "migrated", toChatId: -1009 },
      tries({ migrations: MAX_MIGRATIONS }),
      { next: "close", record: "failed", reason: "chat migrations loop" },
    ],
    [
      "blocked or gone: unsubscribed, not retried",
      { kind: "gone", reason: "403 Forbidden: bot was blocked by the user" },
      NO_TRIES,
      { next: "close", record: "blocked", unsubscribe: true },
    ],
    [
      "5xx: back to pending, retried after a backoff that doubles",
      { kind: "transient", reason: "502 Bad Gateway" },
      tries({ transient: 2 }),
      { next: "resend", record: "not-sent", backoffMs: 4000, tries: tries({ transient: 3 }) },
    ],
    [
      "5xx on the last attempt: failed",
      { kind: "transient", reason: "502 Bad Gateway" },
      tries({ transient: RETRY.attempts - 1 }),
      { next: "close", record: "failed", reason: "502 Bad Gateway" },
    ],
    [
      "no answer to a request that left: unconfirmed, never sent again",
      { kind: "in-doubt", reason: "no answer: socket hang up" },
      NO_TRIES,
      { next: "close", record: "unconfirmed" },
    ],
    [
      "any other refusal of this message: failed",
      { kind: "rejected", reason: "400 can't parse entities" },
      NO_TRIES,
      { next: "close", record: "failed", reason: "400 can't parse entities" },
    ],
    [
      "a wrong token: the round stops",
      { kind: "fatal", reason: "401 Unauthorized" },
      NO_TRIES,
      { next: "stop", reason: "401 Unauthorized" },
    ],
  ])("%s", (_name, failure, before, expected) => {
    expect(nextStep(failure, before, RETRY)).toMatchObject(expected);
  });
});
