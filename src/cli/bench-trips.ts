/**
 * `npx tsx src/cli/bench-trips.ts [--trips 100000] [--store lowdb|postgres|both]`: safe-trip figures (issue 17) —
 * 100,000 active trips with check-ins spread over a day, on each store: time to save them, time of the indexed
 * "due check-ins" query, the store's cost per alert delivery (claim + mark, no network: Telegram's ~30 messages a
 * second is the real bound), and the process's RSS. Run with `node --expose-gc --import tsx` to see the live heap.
 * `npm run bench -- trips` runs it as its own section (`tripsSection`), in a child process so the RSS is its own;
 * `BENCH_TRIPS` sets the number of trips there, `BENCH_TRIPS_STORE` the store (default both).
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { LowdbStore } from "../store/lowdb-store.ts";
import { PgStore } from "../store/pg-store.ts";
import { LOCAL_DATABASE_URL } from "../local/database-url.ts";
import type { Store } from "../store/store.ts";
import { newTrip, tripSchema, type AlertDelivery, type Trip } from "../trip/model.ts";
import { answerStep } from "../trip/schedule.ts";

const argument = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const TRIPS = Number(argument("trips", "100000"));
const WHICH = argument("store", "both");
const DATABASE_URL = LOCAL_DATABASE_URL;
const T0 = new Date("2026-12-01T00:00:00Z");
const DAY_MS = 86_400_000;

function trip(i: number): Trip {
  let t = newTrip({
    id: `Bench${String(i).padStart(7, "0")}`,
    travellerId: 1_000_000 + i,
    travellerName: "Ana",
    locale: "en",
    nationality: "cn",
    now: T0,
  });
  t = answerStep(t, { text: "Phnom Penh", country: "kh" }, T0, 1);
  for (let s = 0; s < 5; s++) t = answerStep(t, {}, T0, 1);
  const contacts = [1, 2].map((k) => ({
    userId: 5_000_000 + i * 3 + k,
    name: "C",
    locale: "en" as const,
    status: "accepted" as const,
    since: T0.toISOString(),
  }));
  // Check-ins spread evenly over the day after T0.
  const dueAt = new Date(T0.getTime() + DAY_MS + Math.floor((i / TRIPS) * DAY_MS)).toISOString();
  return tripSchema.parse({ ...t, contacts, dueAt });
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
/** RSS, and the live heap after a full collection when run with --expose-gc. */
const mb = (): string => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return `${Math.round(rss / 1048576)} MB (heap in use ${Math.round(heapUsed / 1048576)} MB)`;
};

async function bench(name: string, store: Store): Promise<void> {
  let start = process.hrtime.bigint();
  const batch = 500;
  for (let i = 0; i < TRIPS; i += batch) {
    await Promise.all(Array.from({ length: Math.min(batch, TRIPS - i) }, (_, k) => store.trips.save(trip(i + k))));
  }
  const saveMs = ms(start);
  // The job's query at five moments of the day: trips due in the last tick, up to 500.
  const queries: number[] = [];
  for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    const now = new Date(T0.getTime() + DAY_MS + fraction * DAY_MS);
    start = process.hrtime.bigint();
    const due = await store.trips.due(now, 500);
    queries.push(ms(start));
    const expected = Math.min(500, Math.floor(fraction * TRIPS));
    if (due.length < expected) throw new Error(`expected ${expected} due trips, got ${due.length}`);
  }
  // 1,000 alerts raised, then each delivery claimed and marked, as the job does (no network).
  const alerted: AlertDelivery[] = [];
  for (let i = 0; i < 1000; i++) {
    const current = (await store.trips.get(trip(i).id))!;
    const alert = { id: `${current.id}.1`, reason: "missed" as const, at: T0.toISOString() };
    const deliveries = current.contacts.map((c) => ({
      alertId: alert.id,
      tripId: current.id,
      contactId: c.userId,
      state: "pending" as const,
    }));
    await store.trips.save({ ...current, alert, alertCount: 1 }, deliveries);
    alerted.push(...deliveries);
  }
  start = process.hrtime.bigint();
  for (const d of await store.trips.pendingDeliveries(alerted.length)) {
    if (await store.trips.claimDelivery(d.alertId, d.contactId))
      await store.trips.markDelivery(d.alertId, d.contactId, "sent");
  }
  const perSecond = Math.round((alerted.length / ms(start)) * 1000);
  console.log(
    `${name}: ${TRIPS} trips saved in ${(saveMs / 1000).toFixed(1)} s; due query (500 of ${TRIPS}) ` +
      `${queries.map((q) => q.toFixed(1)).join(" / ")} ms; ${perSecond} alert deliveries/s claimed+marked by the store; RSS ${mb()}`,
  );
}

async function main(): Promise<void> {
  if (WHICH === "lowdb" || WHICH === "both") {
    const dir = await mkdtemp(path.join(tmpdir(), "jobsafe-bench-trips-"));
    const store = await LowdbStore.open(dir);
    await bench("lowdb/journal", store);
    await store.close();
    const start = process.hrtime.bigint();
    const again = await LowdbStore.open(dir);
    console.log(`lowdb/journal: reopened (replay + compaction) in ${(ms(start) / 1000).toFixed(1)} s; RSS ${mb()}`);
    await again.close();
    await rm(dir, { recursive: true, force: true });
  }
  if (WHICH === "postgres" || WHICH === "both") {
    const schema = `jobsafe_bench_trips_${process.pid}`;
    const store = await PgStore.open({ connectionString: DATABASE_URL, schema });
    try {
      await bench("postgres", store);
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  }
}

/** The `trips` section of `npm run bench`: this file in a process of its own (with --expose-gc for the live heap). */
export function tripsSection(): void {
  const script = fileURLToPath(import.meta.url);
  const args = ["--trips", process.env.BENCH_TRIPS ?? "100000", "--store", process.env.BENCH_TRIPS_STORE ?? "both"];
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", script, ...args], {
    stdio: "inherit",
  });
  if (child.status !== 0) throw new Error(`the safe-trip benchmark failed (exit ${child.status ?? child.signal})`);
}

// Run directly (`npx tsx src/cli/bench-trips.ts`), not when `npm run bench` imports the section.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
