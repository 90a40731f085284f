import { createReadStream, existsSync, fstatSync, ftruncateSync, writeSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { StoreUnavailableError } from "./store.ts";

/** The system calls a journal writes with; tests replace them to fill the disk. */
export interface JournalIo {
  writeSync(fd: number, buffer: Uint8Array, offset: number): number;
}

const SYSTEM_IO: JournalIo = { writeSync: (fd, buffer, offset) => writeSync(fd, buffer, offset) };

/**
 * An append-only file whose writes are synchronous and whose fsyncs are batched. A line is handed to the kernel
 * (write(2)) before `write` returns, so it survives a crash of this process; fdatasync runs in the background and
 * covers every line written while the previous one ran, so power loss can cost at most the last batch.
 *
 * A write that fails (a full disk) may leave part of its text at the end of the file: the file is cut back to where
 * the last complete write ended, and the caller gets a `StoreUnavailableError`. If even the cut fails, every later
 * write tries it again first, so the journal works again by itself once there is space.
 */
export class JournalFile {
  private syncing: Promise<void> | undefined;
  private unsynced = false;
  private failure: Error | undefined;
  /** Bytes of complete writes: where the file must end. */
  private size: number;
  /** Set while a failed write's torn tail is still in the file. */
  private tornTail: Error | undefined;

  constructor(
    readonly handle: FileHandle,
    private readonly io: JournalIo = SYSTEM_IO,
  ) {
    this.size = fstatSync(handle.fd).size;
  }

  /**
   * Writes `text` (write(2)), then calls `written`, then starts the background sync. In that order because starting
   * the sync wakes a thread of libuv's pool, and on a busy machine the scheduler may hand it this process's CPU right
   * there: a round's request for an `attempt` (`written`) then waited for the CPU with its line already written, and
   * a kill meanwhile left a delivery attempted whose message never left — closed unconfirmed on resume, a chat missed
   * (issue 18: a round killed nine times at 2,000/s on a loaded machine missed one chat, its attempt the last line).
   */
  write(text: string, written?: () => void): void {
    if (this.failure) throw this.failure;
    if (this.tornTail) this.cutTornTail();
    const bytes = Buffer.from(text, "utf8");
    try {
      for (let offset = 0; offset < bytes.length;) offset += this.io.writeSync(this.handle.fd, bytes, offset);
    } catch (error) {
      this.tornTail = error as Error;
      try {
        this.cutTornTail();
      } catch {
        // Still torn: the next write cuts it first.
      }
      throw new StoreUnavailableError("a journal line", error);
    }
    this.size += bytes.length;
    this.unsynced = true;
    try {
      written?.();
    } finally {
      this.startSync();
    }
  }

  private cutTornTail(): void {
    try {
      ftruncateSync(this.handle.fd, this.size);
    } catch (error) {
      throw new StoreUnavailableError("a journal line", this.tornTail ?? error);
    }
    this.tornTail = undefined;
  }

  /** Resolves once everything written so far is on disk. */
  async sync(): Promise<void> {
    while (this.unsynced || this.syncing) {
      this.startSync();
      await this.syncing;
    }
    if (this.failure) throw this.failure;
  }

  private startSync(): void {
    if (this.syncing || !this.unsynced || this.failure) return;
    this.unsynced = false;
    this.syncing = this.handle.datasync().then(
      () => {
        this.syncing = undefined;
        this.startSync();
      },
      (error: unknown) => {
        this.syncing = undefined;
        this.fail(error);
      },
    );
  }

  private fail(error: unknown): Error {
    this.failure ??= new Error(`cannot write the journal: ${(error as Error).message}`, { cause: error });
    this.unsynced = false;
    return this.failure;
  }
}

/**
 * Reads a journal file in chunks and hands each complete line to `onLine`, so a file of tens of megabytes is never
 * held as one string. Returns where the last complete line ends: anything after it is a torn write to cut off.
 * A missing file reads as empty.
 */
export async function readJournal(
  file: string,
  onLine: (text: string, lineNumber: number) => void,
): Promise<{ durableBytes: number; totalBytes: number }> {
  if (!existsSync(file)) return { durableBytes: 0, totalBytes: 0 };
  let pending = Buffer.alloc(0);
  let durableBytes = 0;
  let lineNumber = 0;
  for await (const chunk of createReadStream(file)) {
    const data = pending.length > 0 ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let end = data.indexOf(0x0a, start); end !== -1; end = data.indexOf(0x0a, start)) {
      onLine(data.toString("utf8", start, end), ++lineNumber);
      durableBytes += end + 1 - start;
      start = end + 1;
    }
    pending = Buffer.from(data.subarray(start));
  }
  return { durableBytes, totalBytes: durableBytes + pending.length };
}
