import { constants as fsConstants } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import * as z from "zod";
import type { SentWarning } from "../broadcast/round-store.ts";
import { recordWarningSent, subscriptionSchema, type Frequency, type Subscription } from "../broadcast/subscription.ts";
import { collect, inBatches } from "./batches.ts";
import { JournalFile, readJournal, type JournalIo } from "./journal-file.ts";
import { FileStoreFullError, fileStoreCapacity } from "./file-capacity.ts";
import { StoreCorruptError, type SubscriptionStore } from "./store.ts";

const lineSchema = z.lazy(() =>
  z.discriminatedUnion("op", [
    z.object({ op: z.literal("put"), sub: subscriptionSchema }),
    z.object({ op: z.literal("del"), chatId: z.number().int() }),
  ]),
);
type Line = z.infer<typeof lineSchema>;

const FILE = "subscriptions.journal";
/** Lines per write when many change at once, so no single string holds them all. */
const LINES_PER_WRITE = 2000;

function apply(
  subscriptions: Map<number, Subscription>,
  removed: Set<number>,
  row: string,
  file: string,
  lineNumber: number,
): void {
  let parsed: Line;
  try {
    parsed = lineSchema.parse(JSON.parse(row));
  } catch (error) {
    throw new StoreCorruptError(`${file} line ${lineNumber}`, (error as Error).message.slice(0, 200));
  }
  if (parsed.op === "put") subscriptions.set(parsed.sub.chatId, inMemoryForm(parsed.sub));
  else {
    subscriptions.delete(parsed.chatId);
    removed.add(parsed.chatId);
  }
}

/** Frozen arrays, one per distinct content: few distinct topic choices and rotation states exist. */
const sharedArrays = new Map<string, readonly string[]>();

function shared<T extends string>(items: readonly T[]): T[] {
  const key = JSON.stringify(items);
  let array = sharedArrays.get(key);
  if (array === undefined) {
    array = Object.freeze([...items]);
    sharedArrays.set(key, array);
  }
  // Typed mutable to fit `Subscription`; frozen, and `get` hands out copies, so nobody can change it.
  return array as T[];
}

/**
 * A subscription as this store keeps it in memory: an object of one fixed shape whose arrays are shared (most chats
 * chose the same topics and stand at the same point of the rotation). 100,000 subscriptions take about 16 MB this
 * way against 24 MB as parsed, which keeps the round process within its memory budget (PRODUCT.md §6).
 */
function inMemoryForm(sub: Subscription): Subscription {
  const { chatId, locale, frequency, topics, kind, since, sentWarningIds } = sub;
  return {
    chatId,
    locale,
    frequency,
    topics: shared(topics),
    kind,
    since,
    sentWarningIds: shared(sentWarningIds),
  };
}
/** Compact when the journal holds this many more lines than there are subscriptions. */
const COMPACT_SLACK = 10_000;

/**
 * Subscriptions for the lowdb deployment, in an append-only journal beside the lowdb file. Rewriting a JSON file
 * of 100,000 subscribers on every /subscribe would take ~100 ms; appending one line takes microseconds, so
 * /subscribe stays fast at any size. Each change is written (write(2)) before it resolves, so a crash of the process
 * loses nothing; fsyncs are batched. A torn last line is cut off on load; a damaged line elsewhere stops start-up
 * (StoreCorruptError) and the file is left as it is. The journal is compacted (temp file + rename) when it has grown
 * far beyond the live subscriptions, and when a user asks to be forgotten (`erase`), so that no line names them.
 */
export class SubscriptionJournal implements SubscriptionStore {
  private lines: number;
  /** Set while a compaction writes its file: text appended meanwhile, to copy into the new file. */
  private appendedDuringCompaction: string[] | undefined;
  /** Set while the compacted file replaces the journal; changes wait for it. */
  private swapping: Promise<void> | undefined;
  /** Compactions run one after another; this settles when the last one asked for has. */
  private compactions: Promise<void> = Promise.resolve();
  /** Chats no longer subscribed whose old lines the journal still holds (until the next compaction). */
  private removed: Set<number>;

  private constructor(
    private readonly file: string,
    private readonly subscriptions: Map<number, Subscription>,
    private journal: JournalFile,
    lines: number,
    removed: Set<number>,
    private readonly io: JournalIo | undefined,
  ) {
    this.lines = lines;
    this.removed = removed;
  }

  /** `io` replaces the journal's system calls (tests fill the disk with it). */
  static async open(dir: string, io?: JournalIo): Promise<SubscriptionJournal> {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, FILE);
    await rm(`${file}.tmp`, { force: true });
    // Read line by line: at 100,000 subscribers the file is tens of megabytes, too much to hold as one string.
    const subscriptions = new Map<number, Subscription>();
    const removed = new Set<number>();
    let lines = 0;
    // Stops before the heap runs out, with what to do, rather than dying while loading (or later, mid-round).
    const capacity = fileStoreCapacity();
    const { durableBytes, totalBytes } = await readJournal(file, (row, lineNumber) => {
      lines = lineNumber;
      apply(subscriptions, removed, row, file, lineNumber);
      if (subscriptions.size > capacity) throw new FileStoreFullError(file, "The file holds", capacity);
    });
    const handle = await open(file, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_APPEND, 0o600);
    // A torn last line was never acknowledged: cut it off.
    if (durableBytes < totalBytes) await handle.truncate(durableBytes);
    return new SubscriptionJournal(file, subscriptions, new JournalFile(handle, io), lines, removed, io);
  }

  private append(lines: readonly Line[]): void {
    for (const batch of inBatches(lines, LINES_PER_WRITE)) {
      const text = batch.map((entry) => `${JSON.stringify(entry)}\n`).join("");
      this.journal.write(text);
      this.appendedDuringCompaction?.push(text);
    }
    this.lines += lines.length;
  }

  /** Waits while a compacted file replaces the journal; every change calls it before it touches map and file. */
  private async writable(): Promise<void> {
    while (this.swapping) await this.swapping;
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const valid = subscriptionSchema.parse(subscription);
    await this.writable();
    this.append([{ op: "put", sub: valid }]);
    this.subscriptions.set(valid.chatId, inMemoryForm(valid));
  }

  async get(chatId: number): Promise<Subscription | undefined> {
    const found = this.subscriptions.get(chatId);
    // A copy (cheaper than structuredClone, called once per message in a round): callers cannot change stored state.
    return found && { ...found, topics: [...found.topics], sentWarningIds: [...found.sentWarningIds] };
  }

  async list(frequency: Frequency): Promise<Iterable<Subscription>> {
    return [...this.subscriptions.values()].filter((sub) => sub.frequency === frequency);
  }

  async unsubscribe(chatId: number): Promise<void> {
    await this.writable();
    if (!this.subscriptions.has(chatId)) return;
    this.append([{ op: "del", chatId }]);
    this.subscriptions.delete(chatId);
    this.removed.add(chatId);
  }

  /**
   * Unsubscribes a chat and, if the journal holds any line naming it (now or from an earlier subscription), rewrites
   * the journal without them before resolving: /forget must leave no trace of the user on disk.
   */
  async erase(chatId: number): Promise<boolean> {
    const subscribed = this.subscriptions.has(chatId);
    await this.unsubscribe(chatId);
    // A compaction already under way may have copied this chat's lines: wait for it, then compact again if needed.
    await this.compactions;
    if (this.removed.has(chatId)) await this.compact();
    return subscribed;
  }

  async migrate(fromChatId: number, toChatId: number): Promise<void> {
    await this.writable();
    const from = this.subscriptions.get(fromChatId);
    if (!from) return;
    const moved = inMemoryForm({ ...from, chatId: toChatId, kind: "supergroup" });
    this.append([
      { op: "put", sub: moved },
      { op: "del", chatId: fromChatId },
    ]);
    this.subscriptions.set(toChatId, moved);
    this.subscriptions.delete(fromChatId);
    this.removed.add(fromChatId);
  }

  async recordSent(sent: Iterable<SentWarning> | AsyncIterable<SentWarning>): Promise<void> {
    // Gathered first, so the map and the file change in one turn, with no compaction in between.
    const warnings = Symbol.asyncIterator in sent ? await collect(sent) : sent;
    await this.writable();
    const changed: number[] = [];
    for (const { chatId, warningId } of warnings) {
      const current = this.subscriptions.get(chatId);
      if (!current) continue;
      const next = recordWarningSent(current, warningId);
      if (next === current) continue;
      this.subscriptions.set(chatId, inMemoryForm(next));
      changed.push(chatId);
    }
    // After a round most subscriptions change: writing the compacted file once beats appending every change and
    // then compacting. Until the rename, the old journal stands, and the round replays this call on resume.
    if (this.lines + changed.length > this.subscriptions.size + COMPACT_SLACK) return this.compact();
    this.append(changed.map((chatId): Line => ({ op: "put", sub: this.subscriptions.get(chatId)! })));
    await this.journal.sync();
  }

  async countSubscriptions(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const sub of this.subscriptions.values()) {
      const key = `${sub.frequency}:${sub.locale}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  /** Runs a compaction after any already asked for (two must never write the temp file at once). */
  private compact(): Promise<void> {
    const run = this.compactions.then(() => this.rewrite());
    this.compactions = run.catch(() => undefined);
    return run;
  }

  /**
   * Rewrites the journal as one line per live subscription, atomically (temp file, fsync, rename). Changes keep
   * coming while the file is written: they go to the old journal as usual and are copied into the new file; only
   * the final copy and rename make them wait, so none is lost to the rename.
   */
  private async rewrite(): Promise<void> {
    const tempFile = `${this.file}.tmp`;
    const temp = await open(tempFile, "w", 0o600);
    // Chats removed from now on may still have lines in the new file (copied from the old one): track them afresh.
    const removedBefore = this.removed;
    this.removed = new Set();
    let done = false;
    const appended: string[] = [];
    this.appendedDuringCompaction = appended;
    let swapped = (): void => {};
    try {
      for (const batch of inBatches(this.subscriptions.values(), LINES_PER_WRITE)) {
        await temp.write(batch.map((sub) => `${JSON.stringify({ op: "put", sub })}\n`).join(""));
      }
      this.swapping = new Promise((resolve) => (swapped = resolve));
      this.appendedDuringCompaction = undefined;
      if (appended.length > 0) await temp.write(appended.join(""));
      await temp.datasync();
      await temp.close();
      await rename(tempFile, this.file);
      const previous = this.journal;
      this.journal = new JournalFile(
        await open(this.file, fsConstants.O_WRONLY | fsConstants.O_APPEND, 0o600),
        this.io,
      );
      this.lines = this.subscriptions.size;
      // The old file is no longer the journal: its pending fsync no longer matters.
      await previous.sync().catch(() => undefined);
      await previous.handle.close();
      done = true;
    } finally {
      if (!done) for (const chatId of removedBefore) this.removed.add(chatId);
      this.appendedDuringCompaction = undefined;
      this.swapping = undefined;
      swapped();
      await temp.close().catch(() => undefined); // already closed unless writing it failed
    }
  }

  async flush(): Promise<void> {
    await this.journal.sync();
  }

  async close(): Promise<void> {
    await this.journal.sync();
    await this.journal.handle.close();
  }
}
