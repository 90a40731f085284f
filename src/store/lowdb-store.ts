import path from "node:path";
import { Low } from "lowdb";
import { DataFile } from "lowdb/node";
import * as z from "zod";
import { JournalRoundStore } from "./round-journal.ts";
import type { Logger } from "../logger.ts";
import type { Verdict } from "../check/index.ts";
import type { JournalIo } from "./journal-file.ts";
import { prepareDataDir } from "./prepare-data-dir.ts";
import { BatchedStats } from "./stats.ts";
import { SubscriptionJournal } from "./subscription-journal.ts";
import { TripJournal } from "./trip-journal.ts";
import {
  chatRecordSchema,
  recruiterReportSchema,
  StoreCorruptError,
  StoreUnavailableError,
  userRecordSchema,
  type ChatChoices,
  type ChatRecord,
  type ImageVerdictCache,
  type RecruiterReport,
  type Store,
  type UserChoices,
  type UserRecord,
} from "./store.ts";

/** A user as the file keeps them: the record, and how many reports they sent today (never when). */
const storedUserSchema = z.lazy(() =>
  userRecordSchema.unwrap().extend({
    reportQuota: z.object({ day: z.string(), count: z.number().int() }).optional(),
  }),
);

const dataSchema = z.lazy(() =>
  z.object({
    version: z.literal(1),
    users: z.record(z.string(), storedUserSchema),
    chats: z.record(z.string(), chatRecordSchema).default({}),
    reports: z.array(recruiterReportSchema).default([]),
    counters: z.record(z.string(), z.number()).default({}),
    imageVerdicts: z
      .record(
        z.string(),
        z.object({ verdict: z.custom<Verdict>((value) => typeof value === "object"), expiresAt: z.string() }),
      )
      .default({}),
  }),
);
type Data = z.infer<typeof dataSchema>;

const emptyData = (): Data => ({ version: 1, users: {}, chats: {}, reports: [], counters: {}, imageVerdicts: {} });

/** See `LowdbStore`: under a stream of changes, at most 20 whole-file writes a second. */
const MIN_WRITE_INTERVAL_MS = 50;

/** Cached picture verdicts kept in the data file: it is rewritten whole on each change, so the bound is small. */
export const LOWDB_IMAGE_VERDICTS = 500;

/**
 * The default Store: one JSON file in DATA_DIR, written atomically by lowdb's steno (temp file + rename), so a
 * crash or a full disk mid-write leaves the last good file. Writes requested in the same tick are coalesced into
 * one, and each caller resolves only when its change is on disk. The file is rewritten whole, so under a stream of
 * changes (a burst of danger messages, each remembering a nationality) it is written at most once per
 * `minWriteIntervalMs`: a change after a quiet moment is written at once, the ones that follow wait for the interval
 * and share a write (back to back, the writes cost a few per cent of the bot's CPU under the throughput bench).
 */
export class LowdbStore implements Store {
  private pendingWrite: Promise<void> | undefined;
  /** When the last write began (performance.now()). */
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  /** Counted in memory and written with the file every few seconds, not once per answer. */
  readonly stats: BatchedStats;

  readonly imageVerdicts: ImageVerdictCache = {
    get: async (fileUniqueId) => {
      const entry = this.db.data.imageVerdicts[fileUniqueId];
      return entry && Date.parse(entry.expiresAt) > this.now().getTime() ? entry.verdict : undefined;
    },
    put: async (fileUniqueId, verdict, expiresAt) => {
      const cache = this.db.data.imageVerdicts;
      const now = this.now().getTime();
      for (const [key, entry] of Object.entries(cache)) if (Date.parse(entry.expiresAt) <= now) delete cache[key];
      cache[fileUniqueId] = { verdict, expiresAt: expiresAt.toISOString() };
      // Soonest to expire first: those were put longest ago.
      const excess = Object.keys(cache).length - LOWDB_IMAGE_VERDICTS;
      if (excess > 0)
        for (const [key] of Object.entries(cache)
          .sort(([, a], [, b]) => a.expiresAt.localeCompare(b.expiresAt))
          .slice(0, excess))
          delete cache[key];
      await this.persist();
    },
  };

  private constructor(
    private readonly db: Low<Data>,
    private readonly now: () => Date,
    readonly subscriptions: SubscriptionJournal,
    readonly rounds: JournalRoundStore,
    readonly trips: TripJournal,
    logger: Pick<Logger, "warn"> | undefined,
    private readonly minWriteIntervalMs: number,
  ) {
    this.stats = new BatchedStats(
      {
        add: async (deltas) => {
          const counters = this.db.data.counters;
          for (const [name, delta] of deltas) counters[name] = (counters[name] ?? 0) + delta;
          await this.persist();
        },
        read: async () => ({ ...this.db.data.counters }),
      },
      // The counts are in the file's data already and go with its next write.
      { onError: (error) => logger?.warn({ err: error }, "could not write the /stats counts; will retry") },
    );
  }

  static async open(
    dataDir: string,
    now: () => Date = () => new Date(),
    options: { journalIo?: JournalIo; logger?: Pick<Logger, "warn">; minWriteIntervalMs?: number } = {},
  ): Promise<LowdbStore> {
    await prepareDataDir(dataDir);
    const file = path.join(dataDir, "jobsafe.json");
    const adapter = new DataFile<Data>(file, {
      parse: (text) => {
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (error) {
          throw new StoreCorruptError(file, `not valid JSON: ${(error as Error).message}`);
        }
        const result = dataSchema.safeParse(raw);
        if (!result.success)
          throw new StoreCorruptError(file, `unexpected content: ${result.error.issues[0]?.message}`);
        return result.data;
      },
      stringify: (data) => JSON.stringify(data),
    });
    const db = new Low(adapter, emptyData());
    try {
      await db.read();
    } catch (error) {
      if (error instanceof StoreCorruptError) throw error;
      throw new StoreCorruptError(file, (error as Error).message);
    }
    // Subscriptions and the round queue change too often, and are too large, for a whole-file rewrite per change:
    // they live in append-only journals beside the lowdb file.
    const subscriptions = await SubscriptionJournal.open(dataDir, options.journalIo);
    const rounds = await JournalRoundStore.open({ dir: dataDir });
    const trips = await TripJournal.open(dataDir);
    return new LowdbStore(
      db,
      now,
      subscriptions,
      rounds,
      trips,
      options.logger,
      options.minWriteIntervalMs ?? MIN_WRITE_INTERVAL_MS,
    );
  }

  private persist(): Promise<void> {
    // A failed write (full disk) leaves the last good file; the change stays in memory and the next write saves it.
    this.pendingWrite ??= new Promise<void>((resolve) => {
      const wait = this.lastWriteAt + this.minWriteIntervalMs - performance.now();
      if (wait > 0) setTimeout(resolve, wait);
      else setImmediate(resolve);
    }).then(() => {
      this.pendingWrite = undefined;
      this.lastWriteAt = performance.now();
      return this.db.write().catch((error: unknown) => {
        throw new StoreUnavailableError("the data file", error);
      });
    });
    return this.pendingWrite;
  }

  async getUser(id: number): Promise<UserRecord | undefined> {
    const user = this.db.data.users[id];
    if (!user) return undefined;
    // The report allowance is the store's own bookkeeping, not part of the user's record.
    const record: UserRecord & { reportQuota?: unknown } = { ...user };
    delete record.reportQuota;
    return record;
  }

  async updateUser(id: number, choices: UserChoices): Promise<UserRecord> {
    const stamp = this.now().toISOString();
    const existing = this.db.data.users[id];
    const { reportDraft, ...rest } = choices;
    const user: UserRecord = { id, createdAt: existing?.createdAt ?? stamp, ...existing, ...rest, updatedAt: stamp };
    if (reportDraft === null) delete user.reportDraft;
    else if (reportDraft) user.reportDraft = reportDraft;
    this.db.data.users[id] = user;
    await this.persist();
    return { ...user };
  }

  /**
   * Also rewrites the subscription journal if any line of it names the user (see `SubscriptionJournal.erase`), and the
   * round journal if a running round plans a warning for them (see `JournalRoundStore.erase`): that round goes on
   * without them.
   */
  async forgetUser(id: number): Promise<boolean> {
    const subscribed = await this.subscriptions.erase(id);
    await this.rounds.erase(id);
    if (!(id in this.db.data.users)) return subscribed;
    delete this.db.data.users[id];
    await this.persist();
    return true;
  }

  async getChat(id: number): Promise<ChatRecord | undefined> {
    const chat = this.db.data.chats[id];
    return chat && { ...chat };
  }

  async updateChat(id: number, choices: ChatChoices): Promise<ChatRecord> {
    const chat: ChatRecord = {
      autoWarn: false,
      ...this.db.data.chats[id],
      ...choices,
      id,
      updatedAt: this.now().toISOString(),
    };
    this.db.data.chats[id] = chat;
    await this.persist();
    return { ...chat };
  }

  async forgetChat(id: number): Promise<boolean> {
    if (!(id in this.db.data.chats)) return false;
    delete this.db.data.chats[id];
    await this.persist();
    return true;
  }

  /**
   * Both changes are made before either file is written, so no reader sees half a migration; the subscription
   * journal and the data file are then written one after the other (a crash in between leaves the settings under
   * the old id, where the next migration message or /groupsettings finds them).
   */
  async migrateChat(fromId: number, toId: number): Promise<void> {
    if (fromId === toId) return;
    const settings = this.db.data.chats[fromId];
    const subscription = this.subscriptions.migrate(fromId, toId);
    if (settings) {
      this.db.data.chats[toId] = {
        ...this.db.data.chats[toId],
        autoWarn: settings.autoWarn,
        ...(settings.locale ? { locale: settings.locale } : {}),
        id: toId,
        updatedAt: this.now().toISOString(),
      };
      delete this.db.data.chats[fromId];
    }
    await subscription;
    if (settings) await this.persist();
  }

  async saveReport(report: RecruiterReport): Promise<void> {
    this.db.data.reports.push({ ...report });
    await this.persist();
  }

  async claimReportSlot(userId: number, day: string, limit: number): Promise<boolean> {
    const user = this.db.data.users[userId];
    const used = user?.reportQuota?.day === day ? user.reportQuota.count : 0;
    if (used >= limit) return false;
    const stamp = this.now().toISOString();
    this.db.data.users[userId] = {
      id: userId,
      createdAt: stamp,
      ...user,
      reportQuota: { day, count: used + 1 },
      updatedAt: stamp,
    };
    await this.persist();
    return true;
  }

  async countReports(): Promise<number> {
    return this.db.data.reports.length;
  }

  async countUsersByLocale(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const user of Object.values(this.db.data.users)) {
      const locale = user.locale ?? "unset";
      counts[locale] = (counts[locale] ?? 0) + 1;
    }
    return counts;
  }

  /** Everything is in memory; the files are checked when written. */
  async ping(): Promise<void> {}

  async flush(): Promise<void> {
    await this.stats.flush();
    await this.pendingWrite;
    await this.db.write();
    await this.subscriptions.flush();
    await this.trips.flush();
  }

  async close(): Promise<void> {
    await this.stats.close();
    await this.flush();
    await this.subscriptions.close();
    await this.rounds.close();
    await this.trips.close();
  }
}
