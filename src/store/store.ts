import * as z from "zod";
import type { RoundStore } from "../broadcast/round-store.ts";
import type { SubscriptionsPort } from "../broadcast/round.ts";
import type { Subscription } from "../broadcast/subscription.ts";
import { LOCALES } from "../i18n/locales.ts";
import type { Stats } from "./stats.ts";
import type { TripStore } from "../trip/trip-store.ts";
import type { Verdict } from "../check/index.ts";

const reportDraftSchema = z.lazy(() =>
  z.object({
    step: z.enum(["handle", "details", "confirm"]),
    handle: z.string().optional(),
    details: z.string().optional(),
  }),
);
export type ReportDraft = z.infer<typeof reportDraftSchema>;

/**
 * What JobSafe keeps about a person: only what the features need (see /privacy). Both stores validate what they
 * read back against this schema; the type is inferred from it, so the two cannot drift apart.
 */
export const userRecordSchema = z.lazy(() =>
  z.object({
    id: z.number().int(),
    /** The language the user chose with /language; absent until they choose. */
    locale: z.enum(LOCALES).optional(),
    /** Whose citizen the person in trouble is, remembered for /sos (a short code, e.g. "cn"). */
    sosNationality: z.string().optional(),
    /** The country they are in, remembered for /sos (e.g. "mm"). */
    sosCountry: z.string().optional(),
    /** A /report in progress: what the user typed so far, deleted when sent or cancelled. */
    reportDraft: reportDraftSchema.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type UserRecord = z.infer<typeof userRecordSchema>;

/** A recruiter report a user agreed to send: only what they wrote and when, not who sent it. */
export const recruiterReportSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    at: z.string(),
    handle: z.string(),
    details: z.string(),
  }),
);
export type RecruiterReport = z.infer<typeof recruiterReportSchema>;

/** A group or channel the bot is in, with what its admins chose. */
export const chatRecordSchema = z.lazy(() =>
  z.object({
    id: z.number().int(),
    /** Warn under high-risk job lures posted in the group (admins turn it on; off by default). */
    autoWarn: z.boolean(),
    /** The language of the bot's own posts in the group (the admin's when they change a setting). */
    locale: z.enum(LOCALES).optional(),
    updatedAt: z.string(),
  }),
);
export type ChatRecord = z.infer<typeof chatRecordSchema>;

export type ChatChoices = Partial<Pick<ChatRecord, "autoWarn" | "locale">>;

/** What a user can choose and we remember. */
export type UserChoices = Partial<Pick<UserRecord, "locale" | "sosNationality" | "sosCountry">> & {
  /** `null` deletes the draft. */
  reportDraft?: ReportDraft | null;
};

/** Who receives the periodic warnings; also the port a warning round reads and updates. */
export interface SubscriptionStore extends SubscriptionsPort {
  /** Creates or replaces a chat's subscription (opt-in: only ever called on a user's or admin's request). */
  subscribe(subscription: Subscription): Promise<void>;
  /** Subscriptions counted by `<frequency>:<locale>`, for /stats. */
  countSubscriptions(): Promise<Record<string, number>>;
}

/**
 * Verdicts of pictures already read, keyed by Telegram's `file_unique_id` (the same poster forwarded a thousand times
 * has one), so a repeat costs no OCR. Only the verdict is kept, never the picture or the text read from it; entries
 * expire, and the oldest go first when the cache is full.
 */
export interface ImageVerdictCache {
  /** The verdict kept for the picture, unless it expired. */
  get(fileUniqueId: string): Promise<Verdict | undefined>;
  /** Keeps the verdict until `expiresAt`. */
  put(fileUniqueId: string, verdict: Verdict, expiresAt: Date): Promise<void>;
}

/**
 * Persistence port. Async from the start so a PostgreSQL implementation can sit beside lowdb; callers
 * never see the backing object.
 */
export interface Store {
  readonly subscriptions: SubscriptionStore;
  /** The durable queue of warning rounds (plans and per-chat delivery marks). */
  readonly rounds: RoundStore;
  /** Safe trips with their check-ins and alert deliveries (issue 17). */
  readonly trips: TripStore;
  /** Verdicts of pictures already read (issue 16). */
  readonly imageVerdicts: ImageVerdictCache;
  getUser(id: number): Promise<UserRecord | undefined>;
  /** Creates the user if needed and sets the given choices. */
  updateUser(id: number, choices: UserChoices): Promise<UserRecord>;
  /**
   * Deletes everything stored about a user (/forget), their subscription included. Returns whether anything was there.
   */
  forgetUser(id: number): Promise<boolean>;
  getChat(id: number): Promise<ChatRecord | undefined>;
  updateChat(id: number, choices: ChatChoices): Promise<ChatRecord>;
  /** Deletes a group's settings (the bot left or was removed). */
  forgetChat(id: number): Promise<boolean>;
  /**
   * A group became a supergroup (Telegram gives it a new id): its subscription and settings move to the new id in
   * one call, replacing whatever the new id had, and the old id keeps nothing. Replaying it changes nothing.
   */
  migrateChat(fromId: number, toId: number): Promise<void>;
  saveReport(report: RecruiterReport): Promise<void>;
  /**
   * Counts one report against the user's allowance for `day` (a UTC date, YYYY-MM-DD) and says whether it was
   * still within `limit`; atomic, so instances sharing the store share the allowance. Only the day and a count
   * are kept, never when each report was sent: a time would tie the reporter to their report.
   */
  claimReportSlot(userId: number, day: string, limit: number): Promise<boolean>;
  countReports(): Promise<number>;
  /** How many users chose each language (for /stats). */
  countUsersByLocale(): Promise<Record<string, number>>;
  /** Anonymous figures for /stats (checks by level, flags, answers, feedback), written in batches: see stats.ts. */
  readonly stats: Stats;
  /** Resolves when the store can serve requests (for /healthz); rejects when it cannot. */
  ping(): Promise<void>;
  /** Resolves once every acknowledged change, and every count made so far, is on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Raised when the store cannot be opened; start-up stops, the message says what to do, and no data is changed. */
export class StoreOpenError extends Error {
  constructor(
    readonly location: string,
    message: string,
  ) {
    super(message);
    this.name = "StoreOpenError";
  }
}

/** Raised when stored data cannot be read; start-up stops and the data is left untouched. */
export class StoreCorruptError extends StoreOpenError {
  constructor(location: string, reason: string) {
    super(
      location,
      `The data file ${location} cannot be read (${reason}). JobSafe stopped without changing it: ` +
        `restore it from a backup or move it away to start with empty data.`,
    );
    this.name = "StoreCorruptError";
  }
}

/** Raised when the database cannot be reached or refuses us at start: a setting or a network problem, not data. */
export class StoreUnreachableError extends StoreOpenError {
  constructor(location: string, reason: string) {
    super(location, `cannot reach PostgreSQL at ${location} — check DATABASE_URL (${reason})`);
    this.name = "StoreUnreachableError";
  }
}

/**
 * Raised when a change cannot be saved right now (a full disk, a database that does not answer). Nothing of the
 * change was kept; the store stays usable and the next change tries again, so the user is asked to retry later.
 */
export class StoreUnavailableError extends Error {
  constructor(what: string, cause: unknown) {
    super(`cannot save ${what} now (${(cause as Error)?.message ?? String(cause)}); the next change tries again`, {
      cause,
    });
    this.name = "StoreUnavailableError";
  }
}
