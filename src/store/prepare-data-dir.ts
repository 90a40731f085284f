import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { StoreOpenError } from "./store.ts";

/** The files JobSafe keeps in DATA_DIR (lowdb data, subscription and round journals, the round lock). */
const DATA_FILES = ["jobsafe.json", "subscriptions.journal", "rounds.journal", "rounds.lock"] as const;

/**
 * Creates DATA_DIR if needed and checks that it is a folder and that none of JobSafe's files in it is a folder,
 * so that a mistake in the setting or on the disk stops start-up with the path and what to do, rather than with an
 * EEXIST or EISDIR from deep inside a library (or a "restore it from a backup" meant for damaged data).
 */
export async function prepareDataDir(dataDir: string): Promise<void> {
  const existing = await stat(dataDir).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new StoreOpenError(
      dataDir,
      `DATA_DIR ${dataDir} is a file, not a folder: set DATA_DIR to a folder (JobSafe creates it if missing), ` +
        `or move the file away.`,
    );
  }
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new StoreOpenError(
      dataDir,
      `cannot create DATA_DIR ${dataDir} (${(error as Error).message}): set DATA_DIR to a folder the bot's user ` +
        `may write, or create it with those rights.`,
    );
  }
  for (const name of DATA_FILES) {
    const file = path.join(dataDir, name);
    if ((await stat(file).catch(() => undefined))?.isDirectory()) {
      throw new StoreOpenError(
        file,
        `${file} is a folder, but JobSafe keeps its ${name} file there: move it away (JobSafe then starts with ` +
          `empty data there) or set DATA_DIR to the folder that holds your data.`,
      );
    }
  }
}
