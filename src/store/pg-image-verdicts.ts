import type pg from "pg";
import type { Verdict } from "../check/index.ts";
import type { ImageVerdictCache } from "./store.ts";

/** Cached picture verdicts in PostgreSQL, shared by every instance; the bound keeps the table small. */
export const PG_IMAGE_VERDICTS = 20_000;

/** Picture verdicts by `file_unique_id`, one row each with its expiry (see `ImageVerdictCache`). */
export class PgImageVerdicts implements ImageVerdictCache {
  private readonly table: string;

  /** `schema` must be a checked SQL identifier, already migrated (see `PgStore.open`). */
  constructor(
    private readonly pool: pg.Pool,
    schema: string,
    private readonly now: () => Date,
  ) {
    this.table = `${schema}.image_verdicts`;
  }

  async get(fileUniqueId: string): Promise<Verdict | undefined> {
    const { rows } = await this.pool.query<{ verdict: Verdict }>(
      `SELECT verdict FROM ${this.table} WHERE file_unique_id = $1 AND expires_at > $2`,
      [fileUniqueId, this.now()],
    );
    return rows[0]?.verdict;
  }

  async put(fileUniqueId: string, verdict: Verdict, expiresAt: Date): Promise<void> {
    await this.pool.query(
      `WITH stored AS (
         INSERT INTO ${this.table} (file_unique_id, verdict, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (file_unique_id) DO UPDATE SET verdict = EXCLUDED.verdict, expires_at = EXCLUDED.expires_at
       )
       DELETE FROM ${this.table} WHERE expires_at <= $4 OR file_unique_id IN (
         SELECT file_unique_id FROM ${this.table} ORDER BY expires_at DESC OFFSET $5
       )`,
      [fileUniqueId, JSON.stringify(verdict), expiresAt, this.now(), PG_IMAGE_VERDICTS - 1],
    );
  }
}
