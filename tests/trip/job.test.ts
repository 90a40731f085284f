import { afterEach, describe, expect, it } from "vitest";
import { loadTranslator } from "../../src/i18n/load.ts";
import { createLogger } from "../../src/logger.ts";
import type { Store } from "../../src/store/store.ts";
import { runTripTick, tripTickMs, type TripApi } from "../../src/trip/job.ts";
import { newTrip, tripSchema, type Trip } from "../../src/trip/model.ts";
import { answerStep } from "../../src/trip/schedule.ts";
import { STORE_FACTORIES } from "../support/stores.ts";

const T0 = new Date("2026-12-01T08:00:00Z");
const translator = loadTranslator();
const logger = createLogger({ level: "silent" });

interface Sent {
  chatId: number;
  text: string;
  data: string;
}

class RecordingApi implements TripApi {
  readonly sent: Sent[] = [];
  failFor = new Map<number, unknown>();
  async sendMessage(
    chatId: number,
    text: string,
    other?: { reply_markup?: { inline_keyboard: { callback_data: string }[][] } },
  ) {
    const failure = this.failFor.get(chatId);
    if (failure) {
      this.failFor.delete(chatId);
      throw failure;
    }
    const data =
      other?.reply_markup?.inline_keyboard
        .flat()
        .map((b) => b.callback_data)
        .join(" ") ?? "";
    this.sent.push({ chatId, text, data });
    return {};
  }
  count(chatId: number, action: string): number {
    return this.sent.filter((s) => s.chatId === chatId && s.data.includes(`trip:${action}:`)).length;
  }
}

function activeTrip(id: string, travellerId: number, speed = 1): Trip {
  let trip = newTrip({ id, travellerId, travellerName: "Ana", locale: "en", nationality: "cn", now: T0 });
  trip = answerStep(trip, { text: "Phnom Penh", country: "kh" }, T0, speed);
  for (let i = 0; i < 5; i++) trip = answerStep(trip, {}, T0, speed);
  const contacts = [2, 3].map((userId) => ({
    userId,
    name: `C${userId}`,
    locale: "zh-hant" as const,
    status: "accepted" as const,
    since: T0.toISOString(),
  }));
  return tripSchema.parse({ ...trip, contacts });
}

const tick = (store: Store, api: TripApi, at: Date, speed = 1) =>
  runTripTick({ trips: store.trips, api, translator, logger, now: () => at, speed, spacingMs: 0 });

describe.each(STORE_FACTORIES)("trip job: $name", (factory) => {
  const open: Store[] = [];
  const disposers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
    for (const dispose of disposers.splice(0)) await dispose();
  });

  it("prompts, reminds and alerts each accepted contact once, in the contact's language", async () => {
    const created = await factory.create();
    open.push(created.store);
    disposers.push(created.dispose);
    const store = created.store;
    await store.trips.save(activeTrip("TripJob1", 1));
    const api = new RecordingApi();
    const at = (hours: number) => new Date(T0.getTime() + hours * 3600_000);
    for (const hours of [1, 24, 24.5, 27, 30, 36, 36, 40, 100]) await tick(store, api, at(hours));
    expect(api.count(1, "ok")).toBe(2); // the prompt and the reminder
    expect(api.count(2, "reached")).toBe(1);
    expect(api.count(3, "reached")).toBe(1);
    const alert = api.sent.find((s) => s.chatId === 2 && s.data.includes("trip:reached:"))!;
    expect(alert.text).toContain(
      translator.t("zh-hant", "trip.alert.missed", { name: "Ana", asked: "2026-12-02 08:00 UTC" }),
    );
    expect(alert.text).toContain("Phnom Penh");
  });

  it("a 429 postpones a delivery to the next tick instead of losing it", async () => {
    const created = await factory.create();
    open.push(created.store);
    disposers.push(created.dispose);
    const store = created.store;
    await store.trips.save(activeTrip("TripJob2", 1));
    const api = new RecordingApi();
    const at = (hours: number) => new Date(T0.getTime() + hours * 3600_000);
    for (const hours of [24, 27]) await tick(store, api, at(hours));
    api.failFor.set(2, { error_code: 429, description: "Too Many Requests", parameters: { retry_after: 1 } });
    expect(await tick(store, api, at(36))).toMatchObject({ alerts: 1, delivered: 0 });
    expect(await tick(store, api, at(36.01))).toMatchObject({ delivered: 2 });
    expect([api.count(2, "reached"), api.count(3, "reached")]).toEqual([1, 1]);
  });

  if (factory.name === "postgres") {
    it("two instances ticking at once send each prompt and each alert once", async () => {
      const created = await factory.create();
      open.push(created.store);
      disposers.push(created.dispose);
      const second = await created.reopen();
      open.push(second);
      for (let i = 0; i < 20; i++)
        await created.store.trips.save(activeTrip(`TripTwo${String(i).padStart(2, "0")}`, 100 + i));
      const apiA = new RecordingApi();
      const apiB = new RecordingApi();
      const at = (hours: number) => new Date(T0.getTime() + hours * 3600_000);
      for (const hours of [24, 27, 36, 36, 37]) {
        await Promise.all([tick(created.store, apiA, at(hours)), tick(second, apiB, at(hours))]);
      }
      const all = [...apiA.sent, ...apiB.sent];
      for (let i = 0; i < 20; i++) {
        expect(all.filter((s) => s.chatId === 100 + i && s.data.includes("trip:ok:"))).toHaveLength(2);
      }
      expect(all.filter((s) => s.chatId === 2 && s.data.includes("trip:reached:"))).toHaveLength(20);
      expect(all.filter((s) => s.chatId === 3 && s.data.includes("trip:reached:"))).toHaveLength(20);
      // Both instances did part of the work.
      expect(apiA.sent.length).toBeGreaterThan(0);
      expect(apiB.sent.length).toBeGreaterThan(0);
    });
  }
});

describe("tripTickMs", () => {
  it("ticks every 30 s in real time and every 250 ms when a trip hour lasts a second", () => {
    expect(tripTickMs(1)).toBe(30_000);
    expect(tripTickMs(3600)).toBe(250);
  });
});
