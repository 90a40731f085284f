import type * as z from "zod";
import { StoreCorruptError } from "./store.ts";

/**
 * Validates a row read back from PostgreSQL against the domain schema, as the journals validate their lines: a row
 * that no longer fits (edited by hand, or written by a newer version) stops the caller with a StoreCorruptError
 * naming the table and row instead of flowing on as a wrong type.
 */
export function parseRow<T>(schema: z.ZodType<T>, value: unknown, location: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoreCorruptError(location, parsed.error.issues[0]?.message ?? "unexpected content");
  return parsed.data;
}
