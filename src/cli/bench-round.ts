/**
 * Benchmark of a warning round (PRODUCT.md §6, issue 18) on each store, side by side: `BENCH_SUBSCRIBERS` (default
 * 100,000) subscribers, a loopback Bot API stub that enforces `BENCH_RATE` and answers after `BENCH_RTT_MS` (a real
 * network's round trip), the round run by `npm run round`'s process (built first, its heap as shipped), killed with
 * SIGKILL part-way and started again. Prints the rate over the whole round (first message to last, the restart
 * included) against the limit, 429s provoked, duplicates, misses, unconfirmed deliveries and the peak RSS (VmHWM),
 * and for the file store the p99 latency of /subscribe's store write at full size. `BENCH_STORES=postgres` runs one.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import pc from "picocolors";
import { LOCALES } from "../i18n/locales.ts";
import { LowdbStore } from "../store/lowdb-store.ts";
import { PgStore } from "../store/pg-store.ts";
import { startBotApiStub, type BotApiStub } from "../local/bot-api/server.ts";
import { nodeScriptOf } from "../local/npm-script.ts";
import { LOCAL_DATABASE_URL } from "../local/database-url.ts";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const RATE = Number(process.env.BENCH_RATE ?? 2000);
const RTT_MS = Number(process.env.BENCH_RTT_MS ?? 0);
const STORES = (process.env.BENCH_STORES ?? "file,postgres").split(",");
const KILL_AT = 0.4;
/** Extra node flags for the round process, e.g. `BENCH_NODE_ARGS=--cpu-prof` to profile it. */
const NODE_ARGS = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const root = new URL("../../", import.meta.url).pathname;
const mark = (ok: boolean, goal: string) => (ok ? pc.green("✓") : pc.red(`✗ (goal ${goal})`));

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const subscription = (chatId: number) => ({
  chatId,
  locale: LOCALES[chatId % 3]!,
  frequency: "weekly" as const,
  topics: [],
  kind: "private" as const,
  since: new Date().toISOString(),
  sentWarningIds: [],
});

/** Where a benchmarked round keeps its data: seeded with the subscribers, then handed to the round process. */
interface BenchStore {
  name: string;
  /** Seeds the subscribers; returns what the store adds to the round process's environment. */
  seed(): Promise<Record<string, string>>;
  /** A figure only this store has, printed under the table. */
  note?: string;
  dispose(): Promise<void>;
}

function fileStore(): BenchStore {
  let dataDir = "";
  const store: BenchStore = {
    name: "file",
    async seed() {
      dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-bench-round-"));
      const lowdb = await LowdbStore.open(dataDir);
      for (let i = 1; i <= SUBSCRIBERS; i++) await lowdb.subscriptions.subscribe(subscription(i));
      // /subscribe at full size: the store write a subscriber waits for.
      const times: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const t0 = performance.now();
        await lowdb.subscriptions.subscribe(subscription(1 + ((i * 7919) % SUBSCRIBERS)));
        times.push(performance.now() - t0);
      }
      await lowdb.close();
      times.sort((a, b) => a - b);
      const p99 = quantile(times, 0.99);
      store.note =
        `subscribe at ${SUBSCRIBERS.toLocaleString("en")} subscribers (file): p50 ${quantile(times, 0.5).toFixed(3)} ms, ` +
        `p99 ${p99.toFixed(3)} ms ${mark(p99 <= 20, "≤ 20 ms")}`;
      return { DATA_DIR: dataDir };
    },
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
  return store;
}

/** A database of its own on the test server, so the round uses the default schema as a deployment does. */
function postgresStore(): BenchStore {
  const database = `jobsafe_bench_round_${process.pid}`;
  const admin = () => new pg.Client({ connectionString: LOCAL_DATABASE_URL });
  const url = new URL(LOCAL_DATABASE_URL);
  url.pathname = `/${database}`;
  return {
    name: "postgres",
    async seed() {
      const client = admin();
      await client.connect();
      await client.query(`CREATE DATABASE ${database}`);
      await client.end();
      const store = await PgStore.open({ connectionString: url.href });
      await store.close();
      const seeder = new pg.Client({ connectionString: url.href });
      await seeder.connect();
      await seeder.query(
        `INSERT INTO jobsafe.subscriptions (chat_id, locale, frequency, topics, kind, since, sent_warning_ids)
         SELECT i, (ARRAY['en', 'zh-hans', 'zh-hant'])[i % 3 + 1], 'weekly', '{}', 'private', now(), '[]'
         FROM generate_series(1, $1::int) AS i`,
        [SUBSCRIBERS],
      );
      await seeder.end();
      return { DATABASE_URL: url.href };
    },
    async dispose() {
      const client = admin();
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
    },
  };
}

interface Run {
  exitCode: number | null;
  /** VmHWM: the most resident memory the process ever had. */
  peakRssMb: number;
  output: string;
  /** Each distinct log message of the run (warnings and errors, as LOG_LEVEL=warn lets through), with its count. */
  logged: Map<string, number>;
}

/** Runs `npm run round`'s process (`--now weekly` for the first run, what is due after); `killWhen` may SIGKILL it. */
function runRound(stub: BotApiStub, env: Record<string, string>, killWhen?: () => boolean): Promise<Run> {
  return new Promise((resolve) => {
    const args = [...nodeScriptOf("round").args, ...(killWhen ? ["--now", "weekly"] : [])];
    // Flags given for the bench go before the script's own (node takes the last of a repeated flag, so a larger heap
    // must come after: `BENCH_NODE_ARGS` are inserted after the script's flags, before its file).
    args.splice(args.length - (killWhen ? 3 : 1), 0, ...NODE_ARGS);
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        BOT_TOKEN: stub.token,
        TELEGRAM_API_ROOT: stub.apiRoot,
        BROADCAST_RATE: String(RATE),
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    let peakRssMb = 0;
    const sampler = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (hwm) peakRssMb = Math.max(peakRssMb, Number(hwm[1]) / 1024);
      } catch {
        // The process has just exited; its last sample stands.
      }
      if (killWhen?.()) child.kill("SIGKILL");
    }, 20);
    child.on("exit", (exitCode) => {
      clearInterval(sampler);
      if (exitCode !== 0 && !killWhen) process.stderr.write(errors);
      resolve({ exitCode, peakRssMb, output, logged: countMessages(errors) });
    });
  });
}

/** Log lines (pino JSON) counted by message; other lines (a crash's stack) count as they are. */
function countMessages(log: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of log.split("\n").filter(Boolean)) {
    let msg = line;
    try {
      msg = String((JSON.parse(line) as { msg?: unknown }).msg ?? line);
    } catch {
      // Not JSON: counted as it is.
    }
    counts.set(msg, (counts.get(msg) ?? 0) + 1);
  }
  return counts;
}

interface Figures {
  rate: number;
  rejected429: number;
  busiestSecond: number;
  duplicates: number;
  missed: number;
  unconfirmed: number | undefined;
  /** Deliveries the round closed as failed, blocked or skipped: none is expected against the stub. */
  closedUnsent: string;
  /** Missed chats the round summary does not list as unconfirmed (failed, skipped or lost). */
  missedNotUnconfirmed: number;
  status: string;
  peakRssMb: number;
  killedAfter: number;
  planMs: number;
  /** From the last message of the killed run to the first of the resumed one. */
  restartMs: number;
  /** What both runs logged, by message: where a failed, skipped or missed delivery is explained. */
  logged: Map<string, number>;
}

async function benchStore(store: BenchStore): Promise<Figures> {
  const stub = await startBotApiStub({
    rateLimit: { globalPerSecond: RATE },
    recordCalls: false,
    keepMessages: false,
    roundTripMs: RTT_MS,
  });
  try {
    const env = await store.seed();
    // Arrival times of the first and last message at the stub: the round's span, the restart included.
    let firstAt = 0;
    let lastAt = 0;
    let lastSent = 0;
    let resumedAt = 0;
    const started = performance.now();
    const watch = setInterval(() => {
      const { sent } = stub.stats();
      if (sent > 0 && firstAt === 0) firstAt = performance.now();
      if (sent > lastSent) {
        lastAt = performance.now();
        if (sent > killedAfter && killedAfter > 0 && resumedAt === 0) resumedAt = lastAt;
      }
      lastSent = sent;
    }, 5);
    let killedAfter = 0;
    let killedAt = 0;
    const first = await runRound(stub, env, () => stub.stats().sent >= SUBSCRIBERS * KILL_AT);
    // Requests the killed process had in flight still arrive for up to a round trip; a new process needs far longer
    // to start, so what arrives by then is still the first round's.
    const settled = setTimeout(() => {
      killedAfter = stub.stats().sent;
      killedAt = lastAt;
    }, RTT_MS + 50);
    const second = await runRound(stub, env);
    clearTimeout(settled);
    clearInterval(watch);
    const stats = stub.stats();
    const summary = JSON.parse(
      second.output.split("\n").find((line) => line.startsWith("{") && line.includes('"roundId"')) ?? "{}",
    ) as {
      status?: string;
      unconfirmed?: number;
      unconfirmedChats?: number[];
      failed?: number;
      blocked?: number;
      skipped?: number;
    };
    const { duplicates, missed } = countDeliveries(stub, SUBSCRIBERS);
    const listed = new Set(summary.unconfirmedChats);
    let missedNotUnconfirmed = 0;
    for (let chatId = 1; chatId <= SUBSCRIBERS; chatId++) {
      if (stub.sentCount(chatId) === 0 && !listed.has(chatId)) missedNotUnconfirmed++;
    }
    return {
      rate: (stats.sent - 1) / Math.max((lastAt - firstAt) / 1000, 0.001),
      rejected429: stats.rejected429,
      busiestSecond: stats.maxPerSecondObserved,
      duplicates,
      missed,
      unconfirmed: summary.unconfirmed,
      closedUnsent: `${summary.failed ?? "?"} / ${summary.blocked ?? "?"} / ${summary.skipped ?? "?"}`,
      missedNotUnconfirmed,
      status: summary.status ?? `exit ${second.exitCode}`,
      peakRssMb: Math.max(first.peakRssMb, second.peakRssMb),
      killedAfter,
      planMs: firstAt - started,
      restartMs: resumedAt - killedAt,
      logged: new Map(
        [...first.logged, ...second.logged].map(([msg]) => [
          msg,
          (first.logged.get(msg) ?? 0) + (second.logged.get(msg) ?? 0),
        ]),
      ),
    };
  } finally {
    await stub.close();
    await store.dispose();
  }
}

export async function roundSection(): Promise<void> {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  const stores = [fileStore(), postgresStore()].filter((store) => STORES.includes(store.name));
  console.log(
    `  ${SUBSCRIBERS.toLocaleString("en")} subscribers, rate limit ${RATE}/s at the stub, round trip ${RTT_MS} ms; ` +
      `each round killed with SIGKILL after ${KILL_AT * 100}% and resumed`,
  );
  const results: Array<[BenchStore, Figures]> = [];
  for (const store of stores) results.push([store, await benchStore(store)]);
  const row = (label: string, cell: (figures: Figures) => string) =>
    console.log(`  ${label.padEnd(34)}${results.map(([, figures]) => cell(figures).padEnd(34)).join("")}`);
  row("", () => "");
  console.log(`  ${"".padEnd(34)}${results.map(([store]) => pc.bold(store.name.padEnd(34))).join("")}`);
  row("status of the resumed run", (f) => f.status);
  row("seeding to first message (s)", (f) => (f.planMs / 1000).toFixed(1));
  row("killed after (messages)", (f) => f.killedAfter.toLocaleString("en"));
  row("restart: last message to next (s)", (f) => (f.restartMs / 1000).toFixed(1));
  row(
    "rate, whole round incl. restart",
    (f) => `${f.rate.toFixed(0)}/s = ${((f.rate / RATE) * 100).toFixed(1)}% ${mark(f.rate >= 0.95 * RATE, "≥ 95%")}`,
  );
  row("busiest second at the stub", (f) => `${f.busiestSecond} ${mark(f.busiestSecond <= RATE, `≤ ${RATE}`)}`);
  row("429 responses", (f) => `${f.rejected429} ${mark(f.rejected429 === 0, "0")}`);
  row("duplicates", (f) => `${f.duplicates} ${mark(f.duplicates === 0, "0")}`);
  row(
    "missed (of them not unconfirmed)",
    (f) => `${f.missed} (${f.missedNotUnconfirmed}) ${mark(f.missed === 0, "0")}`,
  );
  row("unconfirmed (reached the stub)", (f) => `${f.unconfirmed ?? "?"}`);
  row("failed / blocked / skipped", (f) => f.closedUnsent);
  row("peak RSS (VmHWM)", (f) => `${f.peakRssMb.toFixed(0)} MB ${mark(f.peakRssMb <= 200, "≤ 200 MB")}`);
  for (const [store] of results) if (store.note) console.log(`  ${store.note}`);
  for (const [store, figures] of results) {
    for (const [msg, count] of figures.logged) console.log(`  logged by the ${store.name} round: ${count} × ${msg}`);
  }
}

/** Subscribers 1…n who got a warning more than once, and who got none, as the stub counted them. */
export function countDeliveries(stub: BotApiStub, subscribers: number): { duplicates: number; missed: number } {
  let duplicates = 0;
  let missed = 0;
  for (let chatId = 1; chatId <= subscribers; chatId++) {
    const received = stub.sentCount(chatId);
    if (received > 1) duplicates++;
    if (received === 0) missed++;
  }
  return { duplicates, missed };
}
