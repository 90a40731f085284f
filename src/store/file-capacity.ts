import { getHeapStatistics } from "node:v8";
import { StoreOpenError } from "./store.ts";

/**
 * Heap one subscriber costs the file store, measured: its subscription held in memory (about 200 bytes at 300,000
 * subscribers) and, during a round, its planned delivery and bookkeeping (about 150 more).
 */
const BYTES_PER_SUBSCRIBER = 400;
/** Heap the rest of the process needs: code, translations, the check's tables, requests under way. */
const RESERVED_BYTES = 48 * 2 ** 20;

/**
 * The most subscribers the file store can hold, and run a warning round to, within this process's heap (set with
 * node's --max-old-space-size: 96 MB for `npm run round`, 192 MB for `npm start`). Past it the process would run out
 * of memory, at start or mid-round (issue 18); PostgreSQL keeps no subscriber in memory and has no such limit.
 */
export function fileStoreCapacity(heapLimit = getHeapStatistics().heap_size_limit): number {
  return Math.max(0, Math.floor((heapLimit - RESERVED_BYTES) / BYTES_PER_SUBSCRIBER));
}

/** The file store refuses to hold more subscribers than its heap carries, with what to do about it. */
export class FileStoreFullError extends StoreOpenError {
  constructor(location: string, what: string, capacity = fileStoreCapacity()) {
    const heapMb = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
    super(
      location,
      `${what} more than ${capacity.toLocaleString("en")} subscribers, the most the file store can carry through a ` +
        `warning round within this process's ${heapMb} MB heap. Use PostgreSQL for this many (set DATABASE_URL), ` +
        `or give node more heap (--max-old-space-size; about ${BYTES_PER_SUBSCRIBER} bytes per subscriber).`,
    );
    this.name = "FileStoreFullError";
  }
}
