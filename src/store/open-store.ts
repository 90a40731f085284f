import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { LowdbStore } from "./lowdb-store.ts";
import { PgStore } from "./pg-store.ts";
import type { Store } from "./store.ts";

/** PostgreSQL when DATABASE_URL is set (several instances), else the lowdb file in DATA_DIR. */
export function openStore(config: Pick<Config, "databaseUrl" | "dataDir">, logger?: Logger): Promise<Store> {
  return config.databaseUrl
    ? PgStore.open({ connectionString: config.databaseUrl, ...(logger ? { logger } : {}) })
    : LowdbStore.open(config.dataDir, undefined, logger ? { logger } : {});
}
