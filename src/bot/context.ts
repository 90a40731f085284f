import type { Context } from "grammy";
import type { BroadcastApi } from "../broadcast/round.ts";
import type { WarningRounds } from "../broadcast/service.ts";
import type { Logger } from "../logger.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Params, Translator } from "../i18n/translator.ts";
import type { Store, UserRecord } from "../store/store.ts";

/** Everything the bot needs from outside, built once by the composition root (src/main.ts) or a test. */
export interface Deps {
  store: Store;
  translator: Translator;
  logger: Logger;
  /** Telegram user ids allowed to use admin commands. */
  adminIds: ReadonlySet<number>;
  /** Where recruiter reports go; reports are only stored when unset. */
  adminChatId?: number;
  now: () => Date;
  /** CHECKIN_CLOCK_SPEED: safe-trip time runs this many times faster than real time (1 in production). */
  checkinClockSpeed: number;
  /** Runs warning rounds (cron and admin commands). */
  rounds: WarningRounds;
  /**
   * The API rounds send through: without auto-retry, because a round paces itself and must see each 429 to pause
   * all its senders. When absent (tests, the terminal chat), the update's own API is used.
   */
  broadcastApi?: BroadcastApi;
  /** Aborted at shutdown: long work (a round) stops cleanly and resumes on the next start. */
  shutdown: AbortSignal;
  /** Work started by a handler that outlives it (an admin's round); shutdown waits for it. */
  background: Set<Promise<unknown>>;
}

/** The one Context type of JobSafe: grammY's, plus deps, the user's locale and a logger for this update. */
export type BotContext = Context & {
  deps: Deps;
  /** The stored record of the sender, read once per update. */
  user: UserRecord | undefined;
  /** The store could not be read (database down): `user` is unknown, not absent, and so is any step in progress. */
  userUnread?: boolean;
  locale: Locale;
  log: Logger;
  /** Translates into the user's locale. */
  t(key: string, params?: Params): string;
};
