import { writeSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";

/**
 * An append-only file whose writes are synchronous and whose fsyncs are batched. A line is handed to the kernel
 * (write(2)) before `write` returns, so it survives a crash of this process; fdatasync runs in the background and
 * covers every line written while the previous one ran, so power loss can cost at most the last batch.
 */
export class JournalFile {
  private syncing: Promise<void> | undefined;
  private unsynced = false;
  private failure: Error | undefined;

  constructor(readonly handle: FileHandle) {}

  write(text: string): void {
    if (this.failure) throw this.failure;
    const bytes = Buffer.from(text, "utf8");
    try {
      for (let offset = 0; offset < bytes.length;) offset += writeSync(this.handle.fd, bytes, offset);
    } catch (error) {
      // A failed write leaves the file's tail unknown: refuse every later write instead of guessing.
      throw this.fail(error);
    }
    this.unsynced = true;
    this.startSync();
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
