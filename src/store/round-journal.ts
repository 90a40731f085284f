/**
 * A durable `RoundStore` in one append-only JSON-lines file (`rounds.journal` in DATA_DIR).
 *
 * Why a journal and not the main data file: a round to 100,000 subscribers records several events per message;
 * rewriting a big file per event would be far too slow, while appending a short line is cheap. Each line is written
 * synchronously (write(2)) before `record` returns, so it survives a crash of the process, and an `attempt` line
 * reaches the file in the same tick as its message departs. fdatasync runs in the background in batches (every line
 * written while the previous fsync ran goes in the next), so power loss costs at most the last batch; plans and
 * completions wait for their fsync.
 *
 * Crash safety: a crash can leave the last line torn (no final newline): it was never acknowledged, so it is cut
 * off on reload. Any complete line that does not parse, or an event that breaks the round's rules, means the file
 * is damaged: loading stops with a StoreCorruptError naming file and line, and the file is left untouched. When a
 * round completes the journal is compacted to the history of completed rounds, written to a temporary file and
 * renamed over the journal, so a crash leaves either the old or the new file.
 *
 * /forget (`erase`) rewrites the journal the same way at once, without any line that names the user's chat (its plan
 * header counting one delivery less, and plans never committed left out): the running round goes on without that
 * delivery, and no file keeps the id until the round ends.
 */
import { constants as fsConstants, writeSync } from "node:fs";
import { mkdir, open, rename, rm, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import * as z from "zod";
import { inBatches } from "./batches.ts";
import { FileStoreFullError, fileStoreCapacity } from "./file-capacity.ts";
import { JournalFile, readJournal } from "./journal-file.ts";
import { StoreCorruptError } from "./store.ts";
import { DeliveryTable } from "../broadcast/delivery-table.ts";
import { lockContent, lockHolderStatus } from "./lock-file.ts";
import { deliverySchema, ROUND_KINDS, type Delivery, type RoundKind, type RoundPlan } from "../broadcast/plan.ts";
import {
  completedRoundSchema,
  DeliveryErasedError,
  deliveryEventSchema,
  RoundLedger,
  RoundStateError,
  type CompletedRound,
  type DeliveryEvent,
  type LockLogger,
  type PendingDelivery,
  type PlanInMemory,
  type RoundInfo,
  type RoundStore,
  type SentWarning,
} from "../broadcast/round-store.ts";

const MAX_ROUND_SIZE = 50_000_000;

const planHeaderSchema = z.lazy(() =>
  z.object({
    type: z.literal("plan"),
    roundId: z.string().min(1),
    kind: z.enum(ROUND_KINDS),
    scheduledFor: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    // A bound far above any real round, so a damaged header is reported, not allocated.
    size: z.number().int().nonnegative().max(MAX_ROUND_SIZE),
  }),
);

/** Every line of the journal. A plan is `plan`, one `planned` per delivery, then `begin`, which commits it. */
const journalLineSchema = z.lazy(() =>
  z.discriminatedUnion("type", [
    planHeaderSchema,
    deliverySchema.unwrap().extend({ type: z.literal("planned") }),
    z.object({ type: z.literal("begin"), roundId: z.string().min(1) }),
    ...deliveryEventSchema.unwrap().options,
    completedRoundSchema.unwrap().extend({ type: z.literal("complete") }),
  ]),
);
type JournalLine = z.infer<typeof journalLineSchema>;

export interface JournalStoreOptions {
  /** Directory for `rounds.journal` and `rounds.lock` (DATA_DIR). Created if missing. */
  dir: string;
  /** Told about a torn last line that was cut off on load. */
  logger?: { warn(obj: object, msg?: string): void };
}

const JOURNAL_FILE = "rounds.journal";
const LOCK_FILE = "rounds.lock";
const PLAN_LINES_PER_WRITE = 2000;
/** Bytes gathered before each write when the journal is rewritten for /forget. */
const REWRITE_CHUNK_BYTES = 1 << 20;

const line = (record: JournalLine): string => `${JSON.stringify(record)}\n`;

/** A journal record without its line tag, i.e. the domain object it carries. */
function withoutType<T extends { type: string }>(record: T): Omit<T, "type"> {
  const copy: Partial<T> = { ...record };
  delete copy.type;
  return copy as Omit<T, "type">;
}

export class JournalRoundStore implements RoundStore {
  private lockOwner: string | undefined;
  /** Set while the journal is being compacted or rewritten; appends wait for it. */
  private compaction: Promise<void> | undefined;
  /** Set while a plan is being written; an erasure waits for it. */
  private planning: Promise<void> | undefined;
  /** Chats erased in memory whose lines are still in the file (a rewrite failed): the next erasure drops them too. */
  private readonly unwrittenErasures = new Set<number>();
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly lockFile: string,
    private readonly ledger: RoundLedger,
    private journal: JournalFile,
    /** The file may hold lines of a plan never committed (a crash or a failed write while planning). */
    private uncommittedPlan: boolean,
  ) {}

  /** Loads (or creates) the journal in `dir`. Throws StoreCorruptError if it is damaged. */
  static async open(options: JournalStoreOptions): Promise<JournalRoundStore> {
    await mkdir(options.dir, { recursive: true });
    const file = path.join(options.dir, JOURNAL_FILE);
    // A leftover from a compaction interrupted by a crash; the journal itself is intact.
    await rm(`${file}.tmp`, { force: true });
    const ledger = new RoundLedger();
    const replay = journalReplayer(file, ledger);
    // Read in chunks: a round to 100,000 chats makes a journal too large to hold as one buffer.
    const { durableBytes, totalBytes } = await readJournal(file, replay.onLine);
    const handle = await open(file, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_APPEND, 0o600);
    if (durableBytes < totalBytes) {
      options.logger?.warn({ file, bytes: totalBytes - durableBytes }, "cut off a torn last line of the round journal");
      await handle.truncate(durableBytes);
      await handle.datasync();
    }
    return new JournalRoundStore(
      file,
      path.join(options.dir, LOCK_FILE),
      ledger,
      new JournalFile(handle),
      replay.sawUncommittedPlan(),
    );
  }

  /**
   * Process-wide lock through `rounds.lock` (created exclusively), naming its holder by pid and process start time
   * (see `lock-file.ts`): a lock whose holder no longer runs, whose pid now belongs to another process, or that an
   * earlier life of this pid left (containers restart as pid 1), is taken over, and `logger` is told.
   */
  async tryLock(owner: string, logger?: LockLogger): Promise<boolean> {
    if (this.lockOwner !== undefined) return this.lockOwner === owner;
    const content = await lockContent(owner);
    try {
      await writeFile(this.lockFile, content, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const status = await lockHolderStatus(this.lockFile);
      if (status.alive) return false;
      await rm(this.lockFile, { force: true });
      try {
        await writeFile(this.lockFile, content, { flag: "wx" });
      } catch (retryError) {
        if ((retryError as NodeJS.ErrnoException).code === "EEXIST") return false;
        throw retryError;
      }
      logger?.warn(
        { lockFile: this.lockFile, pid: status.holder?.pid, heldBy: status.holder?.owner, since: status.holder?.at },
        `took over the round lock: ${status.reason}`,
      );
    }
    this.lockOwner = owner;
    return true;
  }

  async unlock(owner: string): Promise<void> {
    if (this.lockOwner !== owner) return;
    await rm(this.lockFile, { force: true });
    this.lockOwner = undefined;
  }

  async activeRound(): Promise<RoundInfo | undefined> {
    return this.ledger.activeRound();
  }

  async lastCompletedRound(kind: RoundKind): Promise<CompletedRound | undefined> {
    return this.ledger.lastCompletedRound(kind);
  }

  /**
   * The file store keeps a round's deliveries in memory (a compact table), so the plan is gathered first — up to what
   * the heap carries: a larger round is refused before anything is written or sent, never cut short mid-round.
   */
  async saveRoundPlan(streamed: RoundPlan): Promise<void> {
    const capacity = fileStoreCapacity();
    const deliveries: Delivery[] = [];
    for await (const delivery of streamed.deliveries) {
      if (deliveries.push(delivery) > capacity) throw new FileStoreFullError(this.file, "This round plans", capacity);
    }
    const plan: PlanInMemory = { ...streamed, deliveries };
    this.ledger.begin(plan);
    this.planning = this.writePlan(plan);
    try {
      await this.planning;
    } catch (error) {
      this.uncommittedPlan = true;
      throw error;
    } finally {
      this.planning = undefined;
    }
  }

  private async writePlan(plan: PlanInMemory): Promise<void> {
    const { roundId, kind, scheduledFor, createdAt, deliveries } = plan;
    await this.append(line({ type: "plan", roundId, kind, scheduledFor, createdAt, size: deliveries.length }));
    // In slices, so a plan for 100,000 chats never sits in memory as one big string.
    for (const batch of inBatches(deliveries, PLAN_LINES_PER_WRITE)) {
      await this.append(batch.map((delivery) => line({ type: "planned", ...delivery })).join(""));
    }
    await this.append(line({ type: "begin", roundId }));
    await this.journal.sync();
  }

  async pendingDeliveries(roundId: string): Promise<Iterable<PendingDelivery>> {
    return this.ledger.pending(roundId);
  }

  /** The `attempt` line is written with write(2), and `send` called right after it, in the same turn. */
  async attempt(roundId: string, chatId: number, send: () => void): Promise<void> {
    await this.write(roundId, { type: "attempt", chatId }, send);
  }

  async record(roundId: string, event: DeliveryEvent): Promise<void> {
    await this.write(roundId, event);
  }

  /** Throws `DeliveryErasedError` for a chat erased by /forget, also when the erasure came while the line waited. */
  private async write(roundId: string, event: DeliveryEvent, afterWrite?: () => void): Promise<void> {
    this.ledger.apply(roundId, event);
    await this.append(
      line(event),
      () => {
        if (this.ledger.isErased(event.chatId)) throw new DeliveryErasedError(roundId, event.chatId);
      },
      afterWrite,
    );
  }

  /**
   * /forget: drops the chat's delivery from the active round (see `RoundLedger.erase`) and, before resolving, rewrites
   * the journal without any line that names it. Returns whether the round had a delivery for the chat.
   */
  async erase(chatId: number): Promise<boolean> {
    while (this.compaction || this.planning) await (this.compaction ?? this.planning)?.catch(() => undefined);
    const planned = this.ledger.erase(chatId);
    if (planned === undefined && !this.uncommittedPlan && this.unwrittenErasures.size === 0) return false;
    this.unwrittenErasures.add(planned ?? chatId);
    const chatIds = new Set(this.unwrittenErasures);
    this.compaction = this.rewriteWithout(chatIds);
    try {
      await this.compaction;
      for (const erased of chatIds) this.unwrittenErasures.delete(erased);
    } finally {
      this.compaction = undefined;
    }
    return planned !== undefined;
  }

  async unconfirmedChats(roundId: string): Promise<number[]> {
    return this.ledger.unconfirmedChats(roundId);
  }

  async receivedWarnings(roundId: string): Promise<Iterable<SentWarning>> {
    return this.ledger.received(roundId);
  }

  async completeRound(roundId: string, completedAt: Date): Promise<CompletedRound> {
    const completed = this.ledger.complete(roundId, completedAt.toISOString());
    await this.append(line({ type: "complete", ...completed }));
    await this.journal.sync();
    this.compaction = this.compact();
    try {
      await this.compaction;
    } finally {
      this.compaction = undefined;
    }
    return completed;
  }

  /** Flushes the journal to disk, closes it and releases the lock if held. Safe to call twice (shutdown paths). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.compaction) await this.compaction;
    try {
      await this.journal.sync();
    } finally {
      await this.journal.handle.close();
      if (this.lockOwner !== undefined) await this.unlock(this.lockOwner);
    }
  }

  /**
   * `check` runs once the line may be written (after any rewrite), and may refuse it by throwing; `afterWrite` right
   * after the write, in the same turn, before anything else (`JournalFile.write`).
   */
  private async append(text: string, check?: () => void, afterWrite?: () => void): Promise<void> {
    while (this.compaction) await this.compaction;
    if (this.closed) throw new Error(`the round journal ${this.file} is closed`);
    check?.();
    this.journal.write(text, afterWrite);
  }

  /** Rewrites the journal as the history of completed rounds only: temp file, fsync, rename, fsync directory. */
  private async compact(): Promise<void> {
    const content = this.ledger
      .completedRounds()
      .map((round) => line({ type: "complete", ...round }))
      .join("");
    await this.replace(async (temp) => {
      await temp.writeFile(content, "utf8");
    });
    this.uncommittedPlan = false;
    // The new file names no chat; a later round may plan these chats again.
    this.unwrittenErasures.clear();
  }

  /**
   * Rewrites the journal without the lines of the deliveries planned for `chatIds`: its plan header counts them
   * less, so a replay gives the ledger as `RoundLedger.erase` left it. Plans never committed are left out (a replay
   * drops them anyway). Two passes over the file, in chunks: first which plans are committed and name the chat.
   */
  private async rewriteWithout(chatIds: ReadonlySet<number>): Promise<void> {
    await this.journal.sync();
    const plans = new Map<number, { committed: boolean; namesChats: number }>();
    let current: { committed: boolean; namesChats: number } | undefined;
    await readJournal(this.file, (text, lineNumber) => {
      if (text.trim() === "") return;
      const record = JSON.parse(text) as JournalLine;
      if (record.type === "plan") {
        current = { committed: false, namesChats: 0 };
        plans.set(lineNumber, current);
      } else if (record.type === "planned" && chatIds.has(record.chatId) && current) current.namesChats += 1;
      else if (record.type === "begin" && current) {
        current.committed = true;
        current = undefined;
      }
    });
    await this.replace(async (temp) => {
      let chunk: string[] = [];
      let bytes = 0;
      const emit = (text: string) => {
        chunk.push(text);
        bytes += text.length;
        if (bytes < REWRITE_CHUNK_BYTES) return;
        writeAll(temp.fd, chunk.join(""));
        chunk = [];
        bytes = 0;
      };
      let keepPlan = true;
      await readJournal(this.file, (text, lineNumber) => {
        if (text.trim() === "") return;
        const record = JSON.parse(text) as JournalLine;
        switch (record.type) {
          case "plan": {
            const plan = plans.get(lineNumber)!;
            keepPlan = plan.committed;
            if (keepPlan) emit(line({ ...record, size: record.size - plan.namesChats }));
            return;
          }
          case "planned":
            if (keepPlan && !chatIds.has(record.chatId)) emit(`${text}\n`);
            return;
          case "begin":
            if (keepPlan) emit(`${text}\n`);
            keepPlan = true;
            return;
          case "complete":
            emit(`${text}\n`);
            return;
          default:
            if (!chatIds.has(record.chatId)) emit(`${text}\n`);
        }
      });
      writeAll(temp.fd, chunk.join(""));
    });
    this.uncommittedPlan = false;
  }

  /** Writes a new journal to a temp file with `write`, then swaps it in: fsync, rename, fsync directory, reopen. */
  private async replace(write: (temp: FileHandle) => Promise<void>): Promise<void> {
    await this.journal.sync();
    const temp = `${this.file}.tmp`;
    const tempHandle = await open(temp, "w", 0o600);
    try {
      await write(tempHandle);
      await tempHandle.sync();
    } finally {
      await tempHandle.close();
    }
    await this.journal.handle.close();
    await rename(temp, this.file);
    const dirHandle = await open(path.dirname(this.file), "r");
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
    const handle = await open(this.file, fsConstants.O_WRONLY | fsConstants.O_APPEND, 0o600);
    this.journal = new JournalFile(handle);
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
}

/**
 * Applies journal lines, one at a time and in order, to the ledger; throws StoreCorruptError on a damaged line. A plan
 * without its `begin` line was never committed and is dropped (`sawUncommittedPlan` tells that the file holds one).
 */
function journalReplayer(
  file: string,
  ledger: RoundLedger,
): { onLine: (text: string, lineNumber: number) => void; sawUncommittedPlan: () => boolean } {
  let uncommitted: { header: z.infer<typeof planHeaderSchema>; deliveries: DeliveryTable } | undefined;
  let dropped = false;
  const onLine = (text: string, lineNumber: number): void => {
    if (text.trim() === "") return;
    const corrupt = (reason: string) => new StoreCorruptError(`${file} line ${lineNumber}`, reason);
    let record: JournalLine;
    try {
      record = journalLineSchema.parse(JSON.parse(text));
    } catch (error) {
      throw corrupt(`not a valid journal record: ${(error as Error).message.split("\n")[0]}`);
    }
    const active = ledger.activeRound()?.roundId;
    try {
      switch (record.type) {
        case "plan":
          if (active !== undefined) throw corrupt(`a new plan while round ${active} is active`);
          if (uncommitted) dropped = true;
          uncommitted = { header: record, deliveries: new DeliveryTable(record.size) };
          break;
        case "planned": {
          if (!uncommitted) throw corrupt("a planned delivery outside a plan");
          const { chatId, warningId, locale, chatKind } = record;
          if (!uncommitted.deliveries.add({ chatId, warningId, locale, chatKind })) {
            const { roundId, size } = uncommitted.header;
            throw corrupt(`round ${roundId} lists chat ${chatId} twice or more than its ${size} deliveries`);
          }
          break;
        }
        case "begin": {
          if (!uncommitted || uncommitted.header.roundId !== record.roundId) {
            throw corrupt(`'begin' of round ${record.roundId} without its plan`);
          }
          const { header, deliveries } = uncommitted;
          if (deliveries.size !== header.size) {
            throw corrupt(`round ${header.roundId} plans ${header.size} deliveries but lists ${deliveries.size}`);
          }
          ledger.beginWith(header, deliveries);
          uncommitted = undefined;
          break;
        }
        case "complete": {
          const round = withoutType(record);
          if (active === round.roundId) ledger.complete(round.roundId, round.completedAt);
          else if (active !== undefined)
            throw corrupt(`round ${round.roundId} completed while round ${active} is active`);
          else ledger.addCompleted(round);
          break;
        }
        default:
          if (active === undefined) throw corrupt(`a '${record.type}' event with no active round`);
          ledger.apply(active, record);
      }
    } catch (error) {
      throw error instanceof RoundStateError ? corrupt(error.message) : error;
    }
  };
  return { onLine, sawUncommittedPlan: () => dropped || uncommitted !== undefined };
}
