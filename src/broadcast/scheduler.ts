/**
 * When warning rounds run in a long-lived bot: on each cron tick of either schedule, once at start (a round missed
 * while the bot was down runs once, and an interrupted round resumes), and every `ORPHAN_CHECK_MS` in between, so
 * that a round left active by an instance that died is resumed by a live one within seconds rather than at the next
 * scheduled tick (which may be a day away). The check is cheap when there is nothing to do, and quiet while another
 * instance runs the round: the round lock says no, and nothing is logged.
 */
import cron from "node-cron";
import type { BroadcastApi, RoundLogger } from "./round.ts";
import type { WarningRounds } from "./service.ts";

/** How often a live instance looks for an orphaned or missed round; takeover happens within this much time. */
export const ORPHAN_CHECK_MS = 10_000;
/** After a run that failed, checks back off, doubling up to this, so a lasting fault is not retried every tick. */
const MAX_BACKOFF_MS = 10 * 60_000;

export interface RoundScheduler {
  /** Stops the cron tasks and the checks; a run in progress goes on until `signal` stops it. */
  stop(): void;
  /** Resolves when no run is in progress. */
  finished(): Promise<void>;
}

/**
 * Runs due rounds on the schedules, at start and on every check. One run at a time; a tick during a run is skipped,
 * and what it would have started is picked up by the next check.
 */
export function scheduleWarningRounds(options: {
  rounds: WarningRounds;
  api: BroadcastApi;
  logger: RoundLogger;
  signal: AbortSignal;
  checkEveryMs?: number;
}): RoundScheduler {
  const { rounds, api, logger, signal } = options;
  const checkEveryMs = options.checkEveryMs ?? ORPHAN_CHECK_MS;
  let running: Promise<void> | undefined;
  let failures = 0;
  let notBefore = 0;
  const runDue = (): void => {
    if (running || signal.aborted || Date.now() < notBefore) return;
    running = rounds
      .runDue(api, signal, { quietWhenBusy: true })
      .then((summaries) => {
        failures = 0;
        for (const summary of summaries) {
          if (summary.status !== "busy") logger.info({ ...summary, counts: undefined }, "warning round finished");
        }
      })
      .catch((error: unknown) => {
        failures += 1;
        const backoffMs = Math.min(MAX_BACKOFF_MS, checkEveryMs * 2 ** failures);
        notBefore = Date.now() + backoffMs;
        logger.error({ err: error, retryInMs: backoffMs }, "warning round failed; it resumes later");
      })
      .finally(() => {
        running = undefined;
      });
  };
  const tasks = rounds.schedules.map((schedule) =>
    cron.schedule(schedule.cron, runDue, { timezone: rounds.timeZone, name: `warnings-${schedule.kind}` }),
  );
  const check = setInterval(runDue, checkEveryMs);
  check.unref();
  runDue();
  return {
    stop: () => {
      clearInterval(check);
      tasks.forEach((task) => void task.stop());
    },
    finished: async () => {
      await running;
    },
  };
}
