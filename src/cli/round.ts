/**
 * `npm run round -- [--now weekly|daily] [--dry-run]`: runs warning rounds from the command line with the bot's
 * configuration — by default whatever is due (resuming an interrupted round), like the cron job; `--now` runs one by
 * hand; `--dry-run` only counts. Prints one JSON summary per round. The bot may keep running: the round lock makes
 * sure only one runner works at a time.
 */
import { createHttpBroadcastApi } from "../telegram/http-broadcast-api.ts";
import { maxSendsInFlight } from "../broadcast/round.ts";
import { configSecrets } from "../config.ts";
import { createDeps } from "../deps.ts";
import { createLogger } from "../logger.ts";
import { loadConfigOrExit, openStoreOrExit } from "../load-config.ts";
import type { RoundKind } from "../broadcast/plan.ts";

const args = process.argv.slice(2);
const nowIndex = args.indexOf("--now");
const kind = nowIndex >= 0 ? (args[nowIndex + 1] as RoundKind | undefined) : undefined;
const dryRun = args.includes("--dry-run");
if ((nowIndex >= 0 && kind !== "weekly" && kind !== "daily") || (dryRun && nowIndex < 0)) {
  process.stderr.write("usage: npm run round -- [--now weekly|daily] [--dry-run]\n");
  process.exit(2);
}

const config = loadConfigOrExit();
const logger = createLogger({ level: config.logLevel, secrets: configSecrets(config), destination: process.stderr });
const store = await openStoreOrExit(config, logger);
const { deps, stop } = createDeps(config, { store, logger });
const api = createHttpBroadcastApi({
  token: config.botToken,
  apiRoot: config.apiRoot,
  // As many connections as the round may keep sends in flight at its rate.
  connections: maxSendsInFlight(config.warnings.rate),
});
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

try {
  const summaries = kind
    ? [await deps.rounds.runNow(api, kind, { dryRun, signal: deps.shutdown })]
    : await deps.rounds.runDue(api, deps.shutdown);
  for (const summary of summaries) process.stdout.write(`${JSON.stringify(summary)}\n`);
} finally {
  try {
    await api.close();
  } finally {
    await store.close();
    logger.flush();
  }
}
