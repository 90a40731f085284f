/**
 * The file-store `TripStore`: an append-only JSON-lines journal (`trips.journal` in DATA_DIR), replayed into memory
 * at start and compacted there (temp file, fsync, rename) to one line per live trip and delivery.
 *
 * Each change is one line, written (write(2)) before its promise resolves, so it survives `kill -9`; a claim also
 * waits for its fsync, because it must be durable before the alert leaves. A torn last line was never acknowledged
 * and is cut off; any other line that does not parse stops start-up with the file and line, and the file is left as
 * it is. Due check-ins are found through an in-memory index sorted by `dueAt`, not by scanning the trips.
 */
import { constants as fsConstants } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
import * as z from "zod";
import { deliverySchema, tripIdSchema, tripSchema, type AlertDelivery, type Trip } from "../trip/model.ts";
import type { DeliveryOutcome, TripStore } from "../trip/trip-store.ts";
import { inBatches } from "./batches.ts";
import { JournalFile, readJournal } from "./journal-file.ts";
import { StoreCorruptError } from "./store.ts";

const FILE = "trips.journal";

const lineSchema = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("trip"), trip: tripSchema }),
    z.object({ type: z.literal("erase"), id: tripIdSchema }),
    z.object({ type: z.literal("delivery"), delivery: deliverySchema }),
  ]),
);
type Line = z.infer<typeof lineSchema>;

const deliveryKey = (alertId: string, contactId: number): string => `${alertId}|${contactId}`;

/** A sorted array of `<dueAt>|<id>` keys: ISO timestamps of one format sort as text. */
class DueIndex {
  private readonly keys: string[] = [];

  private position(key: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  add(dueAt: string, id: string): void {
    const key = `${dueAt}|${id}`;
    const at = this.position(key);
    if (this.keys[at] !== key) this.keys.splice(at, 0, key);
  }

  remove(dueAt: string, id: string): void {
    const key = `${dueAt}|${id}`;
    const at = this.position(key);
    if (this.keys[at] === key) this.keys.splice(at, 1);
  }

  *upTo(now: string): Generator<string> {
    for (const key of this.keys) {
      const bar = key.indexOf("|");
      if (key.slice(0, bar) > now) return;
      yield key.slice(bar + 1);
    }
  }
}

/**
 * Trips kept as their JSON text rather than as objects: a third of the memory at 100,000 trips, and a read parses one
 * small string (the text was validated when it was written or replayed).
 */
class SerializedTrips {
  private readonly texts = new Map<string, string>();

  get(id: string): Trip | undefined {
    const text = this.texts.get(id);
    return text === undefined ? undefined : (JSON.parse(text) as Trip);
  }

  set(trip: Trip): void {
    this.texts.set(trip.id, JSON.stringify(trip));
  }

  has(id: string): boolean {
    return this.texts.has(id);
  }

  delete(id: string): void {
    this.texts.delete(id);
  }

  /** Journal lines of every trip, built from the stored text without parsing it. */
  *lines(): Generator<string> {
    for (const text of this.texts.values()) yield `{"type":"trip","trip":${text}}`;
  }
}

/** The state a journal describes, and the one place that applies a line to it (replay and live writes alike). */
class TripState {
  readonly trips = new SerializedTrips();
  readonly deliveries = new Map<string, AlertDelivery>();
  /** Pending deliveries in the order they were raised. */
  readonly pending = new Map<string, AlertDelivery>();
  readonly due = new DueIndex();
  /**
   * Trip ids by traveller and by contact (invited or accepted), so a message never scans every trip. Nearly everyone
   * is in one trip: a bare id until there is a second (a Set per person would cost more than the trips themselves).
   */
  readonly byPerson = new Map<number, string | string[]>();

  private unindex(trip: Trip | undefined): void {
    if (!trip) return;
    if (trip.dueAt) this.due.remove(trip.dueAt, trip.id);
    for (const userId of [trip.travellerId, ...trip.contacts.map((contact) => contact.userId)]) {
      const ids = this.byPerson.get(userId);
      const rest = (typeof ids === "string" ? [ids] : (ids ?? [])).filter((id) => id !== trip.id);
      if (rest.length === 0) this.byPerson.delete(userId);
      else this.byPerson.set(userId, rest.length === 1 ? rest[0]! : rest);
    }
  }

  private index(trip: Trip): void {
    if (trip.dueAt) this.due.add(trip.dueAt, trip.id);
    for (const userId of [trip.travellerId, ...trip.contacts.map((contact) => contact.userId)]) {
      const ids = this.byPerson.get(userId);
      const all = typeof ids === "string" ? [ids] : (ids ?? []);
      if (!all.includes(trip.id)) all.push(trip.id);
      this.byPerson.set(userId, all.length === 1 ? all[0]! : all);
    }
  }

  tripsOf(userId: number): Trip[] {
    const ids = this.byPerson.get(userId);
    return (typeof ids === "string" ? [ids] : (ids ?? [])).flatMap((id) => this.trips.get(id) ?? []);
  }

  apply(line: Line): void {
    if (line.type === "trip") {
      this.unindex(this.trips.get(line.trip.id));
      this.trips.set(line.trip);
      this.index(line.trip);
    } else if (line.type === "erase") {
      this.unindex(this.trips.get(line.id));
      this.trips.delete(line.id);
      for (const [key, delivery] of this.deliveries) {
        if (delivery.tripId === line.id) {
          this.deliveries.delete(key);
          this.pending.delete(key);
        }
      }
    } else {
      const key = deliveryKey(line.delivery.alertId, line.delivery.contactId);
      this.deliveries.set(key, line.delivery);
      if (line.delivery.state === "pending") {
        this.pending.delete(key);
        this.pending.set(key, line.delivery);
      } else this.pending.delete(key);
    }
  }
}

export class TripJournal implements TripStore {
  private constructor(
    private readonly state: TripState,
    private readonly journal: JournalFile,
  ) {}

  static async open(dir: string): Promise<TripJournal> {
    const file = path.join(dir, FILE);
    const state = new TripState();
    const { totalBytes } = await readJournal(file, (text, lineNumber) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new StoreCorruptError(file, `line ${lineNumber} is not JSON`);
      }
      const result = lineSchema.safeParse(parsed);
      if (!result.success)
        throw new StoreCorruptError(file, `line ${lineNumber}: ${result.error.issues[0]?.message ?? "unexpected"}`);
      state.apply(result.data);
    });
    if (totalBytes > 0) await compact(file, state);
    const handle = await open(file, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_APPEND, 0o600);
    return new TripJournal(state, new JournalFile(handle));
  }

  private write(line: Line): void {
    this.journal.write(`${JSON.stringify(line)}\n`);
    this.state.apply(line);
  }

  async get(id: string): Promise<Trip | undefined> {
    return this.state.trips.get(id);
  }

  async ofTraveller(userId: number): Promise<Trip | undefined> {
    return this.state.tripsOf(userId).find((trip) => trip.travellerId === userId && trip.status !== "ended");
  }

  async ofContact(userId: number): Promise<Trip[]> {
    return this.state
      .tripsOf(userId)
      .filter((trip) => trip.status !== "ended" && trip.contacts.some((contact) => contact.userId === userId));
  }

  async save(trip: Trip, deliveries: readonly AlertDelivery[] = []): Promise<Trip | undefined> {
    const stored = this.state.trips.get(trip.id);
    if ((stored?.version ?? 0) !== trip.version) return undefined;
    if (trip.version === 0 && stored) return undefined;
    const saved = tripSchema.parse({ ...trip, version: trip.version + 1 });
    // The trip line comes first: a crash between the lines leaves an alert whose deliveries are lost only if the
    // trip line was torn too, in which case the alert was never raised and is raised again.
    this.write({ type: "trip", trip: saved });
    for (const delivery of deliveries) this.write({ type: "delivery", delivery: { ...delivery, state: "pending" } });
    return saved;
  }

  async erase(id: string): Promise<boolean> {
    if (!this.state.trips.has(id)) return false;
    this.write({ type: "erase", id });
    return true;
  }

  async due(now: Date, limit: number): Promise<Trip[]> {
    const found: Trip[] = [];
    for (const id of this.state.due.upTo(now.toISOString())) {
      if (found.length >= limit) break;
      const trip = this.state.trips.get(id);
      if (trip) found.push(trip);
    }
    return found;
  }

  async pendingDeliveries(limit: number): Promise<AlertDelivery[]> {
    return [...this.state.pending.values()].slice(0, limit);
  }

  async claimDelivery(alertId: string, contactId: number): Promise<boolean> {
    const delivery = this.state.pending.get(deliveryKey(alertId, contactId));
    if (!delivery) return false;
    this.write({ type: "delivery", delivery: { ...delivery, state: "claimed" } });
    await this.journal.sync();
    return true;
  }

  async markDelivery(alertId: string, contactId: number, outcome: DeliveryOutcome): Promise<void> {
    const delivery = this.state.deliveries.get(deliveryKey(alertId, contactId));
    if (!delivery || delivery.state !== "claimed") return;
    const state = outcome === "released" ? "pending" : outcome;
    this.write({ type: "delivery", delivery: { ...delivery, state } });
  }

  async deliveriesOf(alertId: string): Promise<AlertDelivery[]> {
    return [...this.state.deliveries.values()].filter((delivery) => delivery.alertId === alertId);
  }

  async flush(): Promise<void> {
    await this.journal.sync();
  }

  async close(): Promise<void> {
    await this.journal.sync();
    await this.journal.handle.close();
  }
}

/** Rewrites the journal as its live state (a torn tail dropped): temp file, fsync, rename, fsync the folder. */
async function compact(file: string, state: TripState): Promise<void> {
  const temp = `${file}.tmp`;
  await rm(temp, { force: true });
  const handle = await open(temp, "w", 0o600);
  try {
    const deliveries = [...state.deliveries.values()].map((delivery) => JSON.stringify({ type: "delivery", delivery }));
    for (const batch of inBatches([...state.trips.lines(), ...deliveries], 1000)) {
      await handle.write(batch.map((line) => `${line}\n`).join(""));
    }
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const folder = await open(path.dirname(file), "r");
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
