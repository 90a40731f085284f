import { renderWarning, WARNINGS } from "../content/warnings.ts";
import type { Translator } from "../i18n/translator.ts";
import type { RoundKind } from "./plan.ts";
import {
  roundRequestOf,
  runDueRounds,
  runRound,
  type BroadcastApi,
  type RateLimits,
  type RoundLogger,
  type RoundProgress,
  type RoundSummary,
  type SubscriptionsPort,
} from "./round.ts";
import type { RoundStore } from "./round-store.ts";
import { manualRound } from "./schedule.ts";

export interface WarningSchedule {
  kind: RoundKind;
  cron: string;
}

/** What the cron job and the admin commands need to run warning rounds; built once by the composition root. */
export interface WarningRounds {
  readonly schedules: readonly WarningSchedule[];
  readonly timeZone: string;
  /**
   * Resumes an interrupted round, then runs every round that is due (on each cron tick, at start and on each check
   * for an orphaned round). `quietWhenBusy`: say nothing when another runner holds the round lock.
   */
  runDue(api: BroadcastApi, signal?: AbortSignal, options?: { quietWhenBusy?: boolean }): Promise<RoundSummary[]>;
  /**
   * An admin's round by hand: counts only when `dryRun`; otherwise it counts as this period's round. While a round
   * is active (one that an instance left unfinished), that round is resumed instead: it must finish first.
   */
  runNow(
    api: BroadcastApi,
    kind: RoundKind,
    options: { dryRun: boolean; onProgress?: (progress: RoundProgress) => void; signal?: AbortSignal },
  ): Promise<RoundSummary>;
}

/** The two stores a round reads and writes; the application's `Store` is one. */
export interface RoundStores {
  rounds: RoundStore;
  subscriptions: SubscriptionsPort;
}

export function createWarningRounds(options: {
  store: RoundStores;
  translator: Translator;
  logger: RoundLogger;
  rate: RateLimits;
  schedules: readonly WarningSchedule[];
  timeZone: string;
  now: () => Date;
}): WarningRounds {
  const deps = {
    store: options.store.rounds,
    subscriptions: options.store.subscriptions,
    warnings: WARNINGS,
    render: (warningId: string, locale: Parameters<typeof renderWarning>[2]) =>
      renderWarning(options.translator, warningId, locale),
    logger: options.logger,
    rate: options.rate,
  };
  return {
    schedules: options.schedules,
    timeZone: options.timeZone,
    runDue: (api, signal, { quietWhenBusy = false } = {}) =>
      runDueRounds({
        ...deps,
        api,
        quietWhenBusy,
        schedules: options.schedules,
        timeZone: options.timeZone,
        ...(signal ? { signal } : {}),
      }),
    runNow: async (api, kind, { dryRun, onProgress, signal }) => {
      const active = dryRun ? undefined : await deps.store.activeRound();
      return runRound({
        ...deps,
        api,
        round: active ? roundRequestOf(active) : manualRound(kind, options.now()),
        dryRun,
        ...(onProgress ? { onProgress } : {}),
        ...(signal ? { signal } : {}),
      });
    },
  };
}
