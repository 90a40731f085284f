import type { BroadcastApi } from "./broadcast/round.ts";
import { createWarningRounds } from "./broadcast/service.ts";
import type { Deps } from "./bot/context.ts";
import type { Config } from "./config.ts";
import { loadTranslator } from "./i18n/load.ts";
import type { Translator } from "./i18n/translator.ts";
import type { Logger } from "./logger.ts";
import type { Store } from "./store/store.ts";

/**
 * Builds the bot's dependencies from the configuration, the same way for `npm start`, `npm run chat` and the tests.
 * `stop()` aborts long work (a warning round) for a graceful shutdown.
 */
export function createDeps(
  config: Config,
  options: { store: Store; logger: Logger; translator?: Translator; now?: () => Date; broadcastApi?: BroadcastApi },
): { deps: Deps; stop(): void } {
  const now = options.now ?? (() => new Date());
  const translator = options.translator ?? loadTranslator();
  const shutdown = new AbortController();
  const { warnings } = config;
  const deps: Deps = {
    store: options.store,
    translator,
    logger: options.logger,
    adminIds: config.adminIds,
    ...(config.adminChatId !== undefined ? { adminChatId: config.adminChatId } : {}),
    now,
    checkinClockSpeed: config.checkinClockSpeed,
    rounds: createWarningRounds({
      store: options.store,
      translator,
      logger: options.logger,
      rate: { perSecond: warnings.rate },
      schedules: [
        { kind: "weekly", cron: warnings.weeklyCron },
        { kind: "daily", cron: warnings.dailyCron },
      ],
      timeZone: warnings.timeZone,
      now,
    }),
    ...(options.broadcastApi ? { broadcastApi: options.broadcastApi } : {}),
    shutdown: shutdown.signal,
    background: new Set(),
  };
  return { deps, stop: () => shutdown.abort() };
}
