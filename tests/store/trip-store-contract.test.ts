import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.ts";
import { newTrip, tripSchema, type AlertDelivery, type Trip } from "../../src/trip/model.ts";
import { advance, answerStep, checkIn, editStep } from "../../src/trip/schedule.ts";
import { freshStores, STORE_FACTORIES } from "../support/stores.ts";

const T0 = new Date("2026-12-01T08:00:00Z");
const hours = (n: number): Date => new Date(T0.getTime() + n * 3600_000);

function activeTrip(id: string, travellerId: number, contactIds: number[] = [2, 3]): Trip {
  let trip = newTrip({ id, travellerId, travellerName: "Ana", locale: "en", nationality: "cn", now: T0 });
  for (let i = 0; i < 6; i++) trip = answerStep(trip, {}, T0, 1);
  const contacts = contactIds.map((userId) => ({
    userId,
    name: `C${userId}`,
    locale: "en" as const,
    status: "accepted" as const,
    since: T0.toISOString(),
  }));
  return tripSchema.parse({ ...trip, contacts });
}

/** Saves the transitions up to the alert and returns the alerted trip and its deliveries. */
async function alertTrip(store: Store, trip: Trip): Promise<{ trip: Trip; deliveries: AlertDelivery[] }> {
  let current = (await store.trips.save(trip))!;
  let deliveries: AlertDelivery[] = [];
  for (const at of [hours(24), hours(27), hours(36)]) {
    const step = advance(current, at, 1)!;
    current = (await store.trips.save(step.trip, step.deliveries))!;
    deliveries = step.deliveries;
  }
  return { trip: current, deliveries };
}

describe.each(STORE_FACTORIES)("TripStore contract: $name", (factory) => {
  const fresh = freshStores(factory);

  it("saves with compare-and-set: a stale version is refused, so only one of two writers acts", async () => {
    const { store } = await fresh();
    const saved = (await store.trips.save(activeTrip("TripAAA1", 1)))!;
    expect(saved.version).toBe(1);
    expect(await store.trips.save(activeTrip("TripAAA1", 1))).toBeUndefined();
    const step = advance(saved, hours(24), 1)!;
    const results = await Promise.all([store.trips.save(step.trip), store.trips.save(step.trip)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await store.trips.get("TripAAA1"))?.phase).toBe("prompted");
  });

  it("finds trips by traveller and by contact, and keeps them across a restart", async () => {
    const { store, restart } = await fresh();
    await store.trips.save(activeTrip("TripAAA1", 1, [5]));
    await store.trips.save(activeTrip("TripAAA2", 7, [5, 6]));
    expect((await store.trips.ofTraveller(1))?.id).toBe("TripAAA1");
    expect(await store.trips.ofTraveller(5)).toBeUndefined();
    const again = await restart(store);
    expect((await again.trips.ofContact(5)).map((trip) => trip.id).sort()).toEqual(["TripAAA1", "TripAAA2"]);
    expect((await again.trips.ofContact(6)).map((trip) => trip.id)).toEqual(["TripAAA2"]);
    expect(await again.trips.erase("TripAAA2")).toBe(true);
    expect(await again.trips.ofContact(6)).toEqual([]);
    expect(await again.trips.erase("TripAAA2")).toBe(false);
  });

  it("a trip's length survives a restart, and the trip is due for its last check-in when the length is over", async () => {
    const { store, restart } = await fresh();
    const trip = answerStep(editStep(activeTrip("TripLen1", 1), "length", T0), { lengthDays: 1 }, T0, 1);
    await store.trips.save(checkIn(trip, hours(10), 1).trip);
    const again = await restart(store);
    expect(await again.trips.get("TripLen1")).toMatchObject({ lengthDays: 1, endsAt: hours(24).toISOString() });
    expect(await again.trips.due(hours(23.9), 10)).toEqual([]);
    const [due] = await again.trips.due(hours(24), 10);
    expect(advance(due!, hours(24), 1)?.action).toBe("final");
    const ended = checkIn((await again.trips.save(advance(due!, hours(24), 1)!.trip))!, hours(25), 1);
    await again.trips.save(ended.trip);
    expect(await again.trips.ofTraveller(1)).toBeUndefined();
    expect((await again.trips.get("TripLen1"))?.status).toBe("ended");
  });

  it("the due query returns only trips due by now, earliest first, up to the limit", async () => {
    const { store } = await fresh();
    for (let i = 0; i < 5; i++) {
      const trip = activeTrip(`TripDue${i}`, 100 + i);
      await store.trips.save({ ...trip, dueAt: hours(i).toISOString() });
    }
    expect((await store.trips.due(hours(2.5), 10)).map((trip) => trip.id)).toEqual([
      "TripDue0",
      "TripDue1",
      "TripDue2",
    ]);
    expect((await store.trips.due(hours(10), 2)).map((trip) => trip.id)).toEqual(["TripDue0", "TripDue1"]);
    const moved = (await store.trips.get("TripDue0"))!;
    await store.trips.save(checkIn(moved, hours(3), 1).trip);
    expect((await store.trips.due(hours(4), 10)).map((trip) => trip.id)).toEqual([
      "TripDue1",
      "TripDue2",
      "TripDue3",
      "TripDue4",
    ]);
  });

  it("an alert's delivery is claimed once per contact, across concurrent claimers and a restart", async () => {
    const { store, restart } = await fresh();
    const { trip, deliveries } = await alertTrip(store, activeTrip("TripAlr1", 1));
    expect(deliveries.map((d) => d.contactId)).toEqual([2, 3]);
    expect((await store.trips.pendingDeliveries(10)).map((d) => d.contactId).sort()).toEqual([2, 3]);
    const claims = await Promise.all([1, 2, 3].map(() => store.trips.claimDelivery(trip.alert!.id, 2)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store.trips.markDelivery(trip.alert!.id, 2, "sent");
    // Contact 3 was claimed and the process died before the outcome was known: never sent again.
    expect(await store.trips.claimDelivery(trip.alert!.id, 3)).toBe(true);
    const again = await restart(store);
    expect(await again.trips.pendingDeliveries(10)).toEqual([]);
    expect(await again.trips.claimDelivery(trip.alert!.id, 3)).toBe(false);
    expect((await again.trips.deliveriesOf(trip.alert!.id)).map((d) => [d.contactId, d.state])).toEqual([
      [2, "sent"],
      [3, "claimed"],
    ]);
  });

  it("a delivery released after a 429 is pending again, and one never claimed survives a restart", async () => {
    const { store, restart } = await fresh();
    const { trip } = await alertTrip(store, activeTrip("TripAlr2", 1));
    const alertId = trip.alert!.id;
    expect(await store.trips.claimDelivery(alertId, 2)).toBe(true);
    await store.trips.markDelivery(alertId, 2, "released");
    const again = await restart(store);
    expect((await again.trips.pendingDeliveries(10)).map((d) => d.contactId).sort()).toEqual([2, 3]);
    expect(await again.trips.claimDelivery(alertId, 2)).toBe(true);
  });

  it("erasing a trip erases its deliveries", async () => {
    const { store } = await fresh();
    const { trip } = await alertTrip(store, activeTrip("TripAlr3", 1));
    await store.trips.erase(trip.id);
    expect(await store.trips.pendingDeliveries(10)).toEqual([]);
    expect(await store.trips.deliveriesOf(trip.alert!.id)).toEqual([]);
  });
});
