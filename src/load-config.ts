import { existsSync } from "node:fs";
import { ConfigError, parseConfig, type Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { openStore } from "./store/open-store.ts";
import { StoreOpenError, type Store } from "./store/store.ts";

type Env = Record<string, string | undefined>;

/**
 * What every entry point (`npm start`, `npm run round`, `npm run chat`) does first: loads `.env` from the working
 * directory if there is one (variables already set in the environment win), validates the result with
 * `parseConfig`, and on a bad configuration prints every problem at once and exits 1. `adjust` lets an entry point
 * set what it decides itself (the terminal chat needs no token).
 */
export function loadConfigOrExit(adjust: (env: Env) => Env = (env) => env): Config {
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    return parseConfig(adjust({ ...process.env }));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
    process.exit(1);
  }
}

/** Opens the configured store; one that cannot be opened stops the process with the reason and what to do. */
export async function openStoreOrExit(config: Config, logger: Logger): Promise<Store> {
  try {
    return await openStore(config, logger);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    logger.fatal({ location: error.location }, error.message);
    logger.flush();
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
