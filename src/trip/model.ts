/**
 * Safe-trip check-ins (issue 17): what JobSafe keeps about one trip. Only what the traveller typed or chose, and the
 * people who accepted to be told when they go silent. Pure: no grammY, no I/O.
 */
import * as z from "zod";
import { LOCALES } from "../i18n/locales.ts";
import { COUNTRIES, NATIONALITIES } from "../content/places.ts";

/** At most this many trusted contacts (invited or accepted) per trip. */
export const MAX_CONTACTS = 3;
/** A person can watch over at most this many trips at once, so nobody can be flooded with alerts. */
export const MAX_TRIPS_PER_CONTACT = 5;
/** An invitation link works once and only this long (real time: it is about the contact, not trip time). */
export const INVITE_TTL_MS = 72 * 3600_000;
/** An ended trip (and what was typed into it) is kept this long, then erased (real time). */
export const ENDED_TRIP_RETENTION_MS = 30 * 24 * 3600_000;

/** The wizard's questions, in order; each can be skipped. */
export const WIZARD_STEPS = ["destination", "departure", "length", "employer", "interval", "duress"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** How often the traveller checks in, in trip hours. */
export const INTERVALS = { "1d": 24, "2d": 48, "3d": 72 } as const;
export type Interval = keyof typeof INTERVALS;
export const INTERVAL_IDS = Object.keys(INTERVALS) as Interval[];

/**
 * How long the trip lasts, in trip days: when it is over the traveller is asked one last time whether they are
 * safe, and the answer ends the trip (a missed last check-in alerts the contacts like any other). `none` clears it.
 */
export const LENGTHS = { "1w": 7, "2w": 14, "1m": 30, "3m": 90, "6m": 180 } as const;
export type LengthChoice = keyof typeof LENGTHS;
export const LENGTH_IDS = Object.keys(LENGTHS) as LengthChoice[];
/** The longest trip length one can type, in days. */
export const MAX_LENGTH_DAYS = 730;

export const TRIP_STATUSES = ["setup", "active", "paused", "ended"] as const;
/**
 * Where the current check-in stands: `waiting` until it is due, `prompted` once asked, `reminded` after the
 * reminder, `alerted` once the contacts were told it was missed.
 */
export const PHASES = ["waiting", "prompted", "reminded", "alerted"] as const;
export type Phase = (typeof PHASES)[number];

export const ALERT_REASONS = ["missed", "duress", "help"] as const;
export type AlertReason = (typeof ALERT_REASONS)[number];

const iso = z.iso.datetime();
/** A trip's id, and the key its journal lines and deliveries carry. */
export const tripIdSchema = z.string().regex(/^[A-Za-z0-9]{6,16}$/);
/** `<trip id>.<n>`: one id per alert, the key of its deliveries (one per contact). */
const alertId = z.string().regex(/^[A-Za-z0-9]{6,16}\.\d{1,6}$/);

// The schemas are built on their first parse (z.lazy): a bot with no trips stored (or on PostgreSQL) never builds
// them at start-up; a file store with trips builds them when it reads its journal.

export const contactSchema = z.lazy(() =>
  z.object({
    userId: z.number().int(),
    name: z.string().max(64),
    locale: z.enum(LOCALES),
    /** `invited` after opening the link, `accepted` once they agreed: only accepted contacts are ever written to. */
    status: z.enum(["invited", "accepted"]),
    since: iso,
  }),
);
export type TripContact = z.infer<typeof contactSchema>;

export const inviteSchema = z.lazy(() =>
  z.object({
    /** The secret half of the deep link; the trip id is the other half. */
    secret: z.string().regex(/^[A-Za-z0-9]{8,24}$/),
    expiresAt: iso,
  }),
);
export type TripInvite = z.infer<typeof inviteSchema>;

export const alertSchema = z.lazy(() =>
  z.object({
    id: alertId,
    reason: z.enum(ALERT_REASONS),
    at: iso,
    /** Set when a contact pressed "I reached them", or when the traveller checked in again. */
    closedAt: iso.optional(),
    closedBy: z.string().max(64).optional(),
  }),
);
export type TripAlert = z.infer<typeof alertSchema>;

export const tripSchema = z.lazy(() =>
  z.object({
    id: tripIdSchema,
    /** Bumped by the store on every save: a save from a stale read is refused (compare-and-set). */
    version: z.number().int().nonnegative(),
    travellerId: z.number().int(),
    travellerName: z.string().max(64),
    locale: z.enum(LOCALES),
    nationality: z.enum(NATIONALITIES).optional(),
    status: z.enum(TRIP_STATUSES),
    /** The wizard question awaiting an answer, if any. */
    step: z.enum(WIZARD_STEPS).optional(),
    destination: z.string().max(200).optional(),
    country: z.enum(COUNTRIES).optional(),
    departure: z.string().max(100).optional(),
    employer: z.string().max(500).optional(),
    interval: z.enum(["1d", "2d", "3d"]),
    graceHours: z.number().int().min(1).max(72),
    /** The trip's length in trip days, if the traveller gave one; `endsAt` is computed from it once the trip starts. */
    lengthDays: z.number().int().min(1).max(MAX_LENGTH_DAYS).optional(),
    /** When the wizard finished and the clock started. */
    startedAt: iso.optional(),
    /** When the trip's length is over: the last check-in is asked then, and answering it ends the trip. */
    endsAt: iso.optional(),
    duressWord: z.string().min(1).max(50).optional(),
    contacts: z.array(contactSchema).max(MAX_CONTACTS),
    invites: z.array(inviteSchema).max(MAX_CONTACTS),
    phase: z.enum(PHASES),
    lastCheckInAt: iso.optional(),
    promptedAt: iso.optional(),
    /** The next moment the job must act on this trip; the indexed "due check-ins" query reads only this. */
    dueAt: iso.optional(),
    alertCount: z.number().int().nonnegative(),
    alert: alertSchema.optional(),
    createdAt: iso,
    updatedAt: iso,
    endedAt: iso.optional(),
  }),
);
export type Trip = z.infer<typeof tripSchema>;

/** One alert to one accepted contact: claimed before it is sent, marked after, so it goes out at most once. */
export const deliverySchema = z.lazy(() =>
  z.object({
    alertId,
    tripId: tripIdSchema,
    contactId: z.number().int(),
    /** `claimed` without an outcome after a crash stays so: it may have been delivered, and is never sent twice. */
    state: z.enum(["pending", "claimed", "sent", "failed"]),
  }),
);
export type AlertDelivery = z.infer<typeof deliverySchema>;

export const DEFAULT_GRACE_HOURS = 12;

/** A new trip in the wizard's first step. */
export function newTrip(input: {
  id: string;
  travellerId: number;
  travellerName: string;
  locale: Trip["locale"];
  nationality?: Trip["nationality"];
  now: Date;
}): Trip {
  const stamp = input.now.toISOString();
  return tripSchema.parse({
    id: input.id,
    version: 0,
    travellerId: input.travellerId,
    travellerName: input.travellerName.slice(0, 64),
    locale: input.locale,
    ...(input.nationality ? { nationality: input.nationality } : {}),
    status: "setup",
    step: WIZARD_STEPS[0],
    interval: "1d",
    graceHours: DEFAULT_GRACE_HOURS,
    contacts: [],
    invites: [],
    phase: "waiting",
    alertCount: 0,
    createdAt: stamp,
    updatedAt: stamp,
  });
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A random id or secret of `length` letters and digits (crypto-strong: invitation secrets must not be guessable). */
export function randomToken(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join("");
}
