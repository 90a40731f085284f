import { createInterface } from "node:readline/promises";
import pc from "picocolors";
import { createBot } from "./bot/index.ts";
import { loadConfigOrExit, openStoreOrExit } from "./load-config.ts";
import { createDeps } from "./deps.ts";
import { LocalBotApi } from "./local/bot-api/in-process.ts";
import { TerminalChat, terminalLanguage, terminalUser } from "./local/terminal-chat.ts";
import { createLogger } from "./logger.ts";
import { runTripTick, tripTickMs } from "./trip/job.ts";

/**
 * `npm run chat [-- --lang zh-hans|zh-hant|en]`: talk to the real bot — same handlers, same store in DATA_DIR —
 * in the terminal, with no Telegram and no token. Without `--lang` the language follows the system's (LANG).
 * Buttons are numbered; type a number to press one.
 */
const LOCAL_TOKEN = "0:local-terminal-chat";

async function main(): Promise<void> {
  // The same .env and checks as `npm start`; the terminal needs no token, and logs only warnings unless asked.
  const config = loadConfigOrExit((env) => ({ ...env, BOT_TOKEN: LOCAL_TOKEN, LOG_LEVEL: env.LOG_LEVEL ?? "warn" }));
  const logger = createLogger({ level: config.logLevel, destination: process.stderr });
  // The terminal chat always uses the files in DATA_DIR, never a shared database.
  const store = await openStoreOrExit({ ...config, databaseUrl: undefined }, logger);
  const api = new LocalBotApi();
  const { deps } = createDeps(config, { store, logger });
  const { bot } = createBot(deps, { token: LOCAL_TOKEN, botInfo: api.botInfo });
  bot.api.config.use(api.transformer);

  const chat = new TerminalChat(bot, api, terminalUser(terminalLanguage(process.argv, process.env)), (line) =>
    console.log(line),
  );
  console.log(pc.dim("JobSafe terminal chat. Type a message or /start; a number presses a button; Ctrl-D quits."));
  const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  // Safe-trip prompts and reminders arrive between messages (CHECKIN_CLOCK_SPEED=3600 makes a trip hour a second).
  // Typing and the job take turns, so their output does not interleave.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = (work: () => Promise<unknown>): Promise<unknown> => (turn = turn.then(work, work));
  const tripJob = setInterval(
    () =>
      void inTurn(() =>
        chat.background(() =>
          runTripTick({
            trips: store.trips,
            api: bot.api,
            translator: deps.translator,
            logger,
            now: deps.now,
            speed: config.checkinClockSpeed,
            spacingMs: 0,
          }),
        ),
      ),
    tripTickMs(config.checkinClockSpeed),
  );
  for await (const line of input) await inTurn(() => chat.input(line));
  clearInterval(tripJob);
  await turn;
  await store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
