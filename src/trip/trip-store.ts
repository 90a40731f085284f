import type { AlertDelivery, Trip } from "./model.ts";

export type DeliveryOutcome = "sent" | "failed" | "released";

/**
 * Persistence of safe trips (issue 17), beside the Store's other parts and in the same place (the journal in
 * DATA_DIR, or PostgreSQL). Two disciplines make alerts go out once per contact across restarts, `kill -9` and
 * several instances:
 * - every trip change is a compare-and-set on `version`, so of two instances acting on the same due trip one wins,
 *   and only the winner sends the prompt or raises the alert;
 * - an alert's deliveries are written with the trip change that raised it, then each is claimed (durably) before it
 *   is sent and marked after: a claim is granted once, so a delivery is sent at most once, and a pending one is
 *   found again after a crash, so none is lost. A delivery claimed by a process that died mid-request stays claimed
 *   (it may have arrived) and is not sent again — the same rule as warning rounds (src/broadcast/round-store.ts).
 */
export interface TripStore {
  get(id: string): Promise<Trip | undefined>;
  /** The traveller's trip that has not ended, if any (one at a time). */
  ofTraveller(userId: number): Promise<Trip | undefined>;
  /** Trips, not ended, in which the person is an invited or accepted contact. */
  ofContact(userId: number): Promise<Trip[]>;
  /**
   * Saves `trip` if the stored one still has `trip.version` (0 = a new trip), together with the deliveries of an
   * alert it raised, atomically. Returns the saved trip (version + 1), or undefined when someone else changed it first.
   */
  save(trip: Trip, deliveries?: readonly AlertDelivery[]): Promise<Trip | undefined>;
  /** Deletes the trip and its deliveries; returns whether it was there. */
  erase(id: string): Promise<boolean>;
  /** Trips whose `dueAt` is at or before `now`, earliest first: an indexed query, never a scan of every trip. */
  due(now: Date, limit: number): Promise<Trip[]>;
  /** Deliveries still to send, oldest alerts first. */
  pendingDeliveries(limit: number): Promise<AlertDelivery[]>;
  /** Takes a pending delivery for sending; true for exactly one caller, durable before it resolves. */
  claimDelivery(alertId: string, contactId: number): Promise<boolean>;
  /** Records what became of a claimed delivery; `released` (Telegram asked to wait) puts it back to pending. */
  markDelivery(alertId: string, contactId: number, outcome: DeliveryOutcome): Promise<void>;
  /** Every delivery of an alert, for tests and status. */
  deliveriesOf(alertId: string): Promise<AlertDelivery[]>;
}
