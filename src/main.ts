import { autoRetry } from "@grammyjs/auto-retry";
import { run } from "@grammyjs/runner";
import { createHttpBroadcastApi } from "./telegram/http-broadcast-api.ts";
import { maxSendsInFlight } from "./broadcast/round.ts";
import { scheduleWarningRounds } from "./broadcast/scheduler.ts";
import { subscribeWarningChannel } from "./broadcast/warning-channel.ts";
import { createBot } from "./bot/index.ts";
import { ALLOWED_UPDATES, RUNNER_OPTIONS, UPDATES_IN_FLIGHT } from "./bot/polling.ts";
import { defaultPoolSize, OcrPool } from "./ocr/pool.ts";
import { registerCommandsAndDescriptions } from "./bot/commands.ts";
import { configSecrets } from "./config.ts";
import { createDeps } from "./deps.ts";
import { loadTranslator } from "./i18n/load.ts";
import { createLogger, type Logger } from "./logger.ts";
import { loadConfigOrExit, openStoreOrExit } from "./load-config.ts";
import { createLeanApiTransport } from "./telegram/lean-api-transport.ts";
import { logApiRetries } from "./telegram/log-api-retries.ts";
import { explainStartupError } from "./telegram/startup-errors.ts";
import { scheduleTripJob } from "./trip/job.ts";
import { startWebhookServer } from "./webhook.ts";

/** A picture the engine has not read in this time is given up (a phone screenshot takes about a second). */
const OCR_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger: Logger = createLogger({ level: config.logLevel, secrets: configSecrets(config) });

  const store = await openStoreOrExit(config, logger);

  const translator = loadTranslator();
  // Rounds get a sender of their own without auto-retry: they pace themselves and must see every 429.
  const roundApi = createHttpBroadcastApi({
    token: config.botToken,
    apiRoot: config.apiRoot,
    // As many connections as the round may keep sends in flight at its rate.
    connections: maxSendsInFlight(config.warnings.rate),
  });
  const { deps, stop } = createDeps(config, { store, logger, translator, broadcastApi: roundApi });
  // Pictures are read by worker threads that load the models on the first picture and stay for the process's life.
  const ocrWorkers = config.ocrWorkers ?? defaultPoolSize();
  const ocr =
    ocrWorkers > 0
      ? new OcrPool({ size: ocrWorkers, timeoutMs: OCR_TIMEOUT_MS, maxQueue: 20 * ocrWorkers })
      : undefined;
  const { bot, idle } = createBot(deps, {
    token: config.botToken,
    client: { apiRoot: config.apiRoot },
    images: ocr ? { reader: ocr } : {},
  });
  // Innermost: answers go over connections of its own; each update handled at once may have one call in flight.
  const transport = createLeanApiTransport({
    token: config.botToken,
    apiRoot: config.apiRoot,
    connections: UPDATES_IN_FLIGHT,
  });
  bot.api.config.use(transport.transformer);
  // Installed before auto-retry, so that each failed attempt is logged with its reason, not only the last.
  bot.api.config.use(logApiRetries(logger));
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 300 }));

  try {
    logger.info({ apiRoot: config.apiRoot }, "connecting to the Bot API");
    // Side by side: neither needs the other, and each is a round trip to Telegram before the first update.
    await Promise.all([
      bot.init(),
      config.webhook
        ? bot.api.setWebhook(config.webhook.url, {
            secret_token: config.webhook.secret,
            allowed_updates: ALLOWED_UPDATES,
          })
        : bot.api.deleteWebhook(),
    ]);
  } catch (error) {
    logger.fatal({ err: error }, explainStartupError(error));
    process.stderr.write(`${explainStartupError(error)}\n`);
    await store.close();
    logger.flush();
    process.exit(1);
  }
  const receiver = config.webhook
    ? await startWebhookServer({ bot, ...config.webhook, logger, store })
    : run(bot, RUNNER_OPTIONS);
  logger.info(
    { username: bot.botInfo.username, apiRoot: config.apiRoot, mode: config.webhook ? "webhook" : "polling" },
    config.webhook ? `JobSafe is serving its webhook on port ${config.webhook.port}` : "JobSafe is polling for updates",
  );
  // Menus and descriptions go out once updates are being received: they need every language's messages (the first
  // lookup loads the translation library), and nothing about receiving updates waits for them.
  registerCommandsAndDescriptions(bot.api, translator).catch((error: unknown) =>
    logger.warn({ err: error }, "could not register command menus and descriptions"),
  );

  await subscribeWarningChannel(config.warnings.channel, store.subscriptions, deps.now);
  const warningRounds = scheduleWarningRounds({
    rounds: deps.rounds,
    api: roundApi,
    logger: deps.logger,
    signal: deps.shutdown,
  });

  // Safe-trip check-ins: due prompts, reminders and alerts, on a short tick (scaled by CHECKIN_CLOCK_SPEED).
  const tripJob = scheduleTripJob({
    trips: store.trips,
    api: bot.api,
    translator,
    logger: deps.logger,
    now: deps.now,
    speed: config.checkinClockSpeed,
    signal: deps.shutdown,
  });

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string, code = 0): Promise<void> =>
    (stopping ??= (async () => {
      logger.info({ reason }, "shutting down: finishing in-flight updates");
      stop();
      warningRounds.stop();
      tripJob.stop();
      if ("server" in receiver) await receiver.close();
      else if (receiver.isRunning()) await receiver.stop();
      await idle();
      await ocr?.close();
      await warningRounds.finished();
      await tripJob.finished();
      await Promise.allSettled(deps.background);
      await roundApi.close();
      transport.close();
      await store.close();
      logger.info("stopped cleanly");
      logger.flush();
      process.exit(code);
    })());

  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  if (!("server" in receiver)) {
    receiver.task()?.catch((error: unknown) => {
      logger.fatal({ err: error }, explainStartupError(error));
      void shutdown("polling failed", 1);
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`JobSafe failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
