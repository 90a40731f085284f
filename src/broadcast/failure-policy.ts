/**
 * What a warning round does after a send failed: a pure decision from the failure and the delivery's earlier tries,
 * so the whole policy reads as one table (tested as one) and the runner only carries it out.
 */
import type { SendFailure } from "./send-errors.ts";

/** Failures of one delivery so far. */
export interface Tries {
  rateLimited: number;
  transient: number;
  migrations: number;
}

export const NO_TRIES: Tries = { rateLimited: 0, transient: 0, migrations: 0 };

export interface RetryPolicy {
  /** Attempts in all for 5xx and network errors. */
  attempts: number;
  /** Backoff before the second attempt; doubles each time. */
  baseDelayMs: number;
}

/** Rate-limit answers for one delivery before it is given up as failed (a stub or proxy stuck on 429). */
export const MAX_RATE_LIMITED = 20;
/** Migrations followed for one delivery; more means the chat ids loop. */
export const MAX_MIGRATIONS = 3;

/** How a step is logged: the level and the message; the runner adds the round, chat and reason. */
export interface StepLog {
  level: "info" | "warn";
  msg: string;
}

export type Step =
  /**
   * Send the same message again. `record`: the event that puts the delivery back (`not-sent` for a 429 or a 5xx,
   * `migrated` with `moveTo` for a supergroup); `pauseRoundMs` holds every send; `backoffMs` waits for this one.
   */
  | {
      next: "resend";
      tries: Tries;
      record?: "not-sent" | "migrated";
      moveTo?: number;
      pauseRoundMs?: number;
      backoffMs?: number;
      /** Telegram refused a paid broadcast (not enough Stars): the round goes on at the free rate. */
      freeRate?: boolean;
      log?: StepLog;
    }
  /** The delivery ends here with this outcome; `unsubscribe` when the chat is gone for good. */
  | { next: "close"; record: "failed" | "blocked" | "unconfirmed"; reason: string; unsubscribe?: boolean; log: StepLog }
  /** No message of the round can succeed: the round stops (it resumes on the next run). */
  | { next: "stop"; reason: string };

/** The delivery ends as failed, with a warning in the log. */
const failed = (reason: string, msg: string): Step => ({
  next: "close",
  record: "failed",
  reason,
  log: { level: "warn", msg },
});

/** The step after `failure`, given the delivery's tries so far (see `Step`). */
export function nextStep(failure: SendFailure, tries: Tries, retry: RetryPolicy): Step {
  switch (failure.kind) {
    case "rate-limited": {
      const rateLimited = tries.rateLimited + 1;
      if (rateLimited > MAX_RATE_LIMITED)
        return failed(`still rate-limited after ${MAX_RATE_LIMITED} waits`, "Telegram kept answering 429");
      const log: StepLog = { level: "warn", msg: "Telegram asked to slow down (429); pausing the round" };
      return {
        next: "resend",
        tries: { ...tries, rateLimited },
        record: "not-sent",
        pauseRoundMs: failure.retryAfterMs,
        log,
      };
    }
    case "paid-refused": {
      const log: StepLog = {
        level: "warn",
        msg: "Telegram refused a paid broadcast; the round goes on at the free rate",
      };
      return { next: "resend", tries, record: "not-sent", freeRate: true, log };
    }
    case "migrated": {
      const migrations = tries.migrations + 1;
      if (migrations > MAX_MIGRATIONS) return failed("chat migrations loop", "the chat's migrations loop");
      const log: StepLog = { level: "info", msg: "group became a supergroup; subscription moved" };
      return { next: "resend", tries: { ...tries, migrations }, record: "migrated", moveTo: failure.toChatId, log };
    }
    case "gone": {
      const log: StepLog = { level: "info", msg: "chat blocked the bot or is gone; unsubscribed" };
      return { next: "close", record: "blocked", reason: failure.reason, unsubscribe: true, log };
    }
    case "transient": {
      const transient = tries.transient + 1;
      if (transient >= retry.attempts) return failed(failure.reason, "warning not delivered after retries");
      // Back to pending for the backoff: the warning did not arrive, so a crash meanwhile must leave it to be sent,
      // not attempted (closed unconfirmed on resume: a chat missed; issue 18).
      const backoffMs = retry.baseDelayMs * 2 ** (transient - 1);
      return { next: "resend", tries: { ...tries, transient }, record: "not-sent", backoffMs };
    }
    case "in-doubt": {
      const msg = "no answer to a warning that left: it may have arrived, so it is not sent again";
      return { next: "close", record: "unconfirmed", reason: failure.reason, log: { level: "warn", msg } };
    }
    case "rejected":
      return failed(failure.reason, "Telegram refused a warning");
    case "fatal":
      return { next: "stop", reason: failure.reason };
  }
}
