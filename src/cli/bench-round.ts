/**
 * Benchmark of a warning round (PRODUCT.md §6): 100,000 subscribers, a loopback Bot API stub that enforces a rate
 * limit, the round run by `npm run round`'s process (built first), killed with SIGKILL part-way and started again.
 * Prints the sustained rate against the limit, 429s provoked, duplicates, misses, the process's peak RSS, and the
 * p99 latency of /subscribe's store write at 100,000 subscribers.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pc from "picocolors";
import { LOCALES } from "../i18n/locales.ts";
import { LowdbStore } from "../store/lowdb-store.ts";
import { startBotApiStub, type BotApiStub } from "../local/bot-api/server.ts";
import { nodeArgsOf } from "../local/npm-script.ts";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const RATE = Number(process.env.BENCH_RATE ?? 2000);
const KILL_AT = 0.4;
/** Extra node flags for the round process, e.g. `BENCH_NODE_ARGS=--cpu-prof` to profile it. */
const NODE_ARGS = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const root = new URL("../../", import.meta.url).pathname;
const mark = (ok: boolean, goal: string) => (ok ? pc.green("✓") : pc.red(`✗ (goal ${goal})`));

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function seed(dataDir: string): Promise<{ p50: number; p99: number }> {
  const store = await LowdbStore.open(dataDir);
  const subscription = (chatId: number) => ({
    chatId,
    locale: LOCALES[chatId % 3]!,
    frequency: "weekly" as const,
    topics: [],
    kind: "private" as const,
    since: new Date().toISOString(),
    sentWarningIds: [],
  });
  for (let i = 1; i <= SUBSCRIBERS; i++) await store.subscriptions.subscribe(subscription(i));
  // /subscribe at full size: the store write a subscriber waits for.
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    await store.subscriptions.subscribe(subscription(1 + ((i * 7919) % SUBSCRIBERS)));
    times.push(performance.now() - t0);
  }
  await store.close();
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

interface Run {
  exitCode: number | null;
  peakRssMb: number;
  /** RSS in MB sampled every second, to show where the peak falls (start-up, sending, finishing). */
  rssTimeline: number[];
  output: string;
}

/** Runs `npm run round -- --now weekly`'s process; `killWhen` may SIGKILL it part-way. */
function runRound(stub: BotApiStub, dataDir: string, killWhen?: () => boolean): Promise<Run> {
  return new Promise((resolve) => {
    const args = [...NODE_ARGS, ...nodeArgsOf("round"), ...(killWhen ? ["--now", "weekly"] : [])];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        DATA_DIR: dataDir,
        BOT_TOKEN: stub.token,
        TELEGRAM_API_ROOT: stub.apiRoot,
        BROADCAST_RATE: String(RATE),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    let peakRssMb = 0;
    const rssTimeline: number[] = [];
    let lastSample = 0;
    const sampler = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (rss) {
          peakRssMb = Math.max(peakRssMb, Number(rss[1]) / 1024);
          if (performance.now() - lastSample >= 1000) {
            lastSample = performance.now();
            rssTimeline.push(Math.round(Number(rss[1]) / 1024));
          }
        }
      } catch {
        // The process has just exited; its last sample stands.
      }
      if (killWhen?.()) child.kill("SIGKILL");
    }, 50);
    child.on("exit", (exitCode) => {
      clearInterval(sampler);
      if (exitCode !== 0 && !killWhen) process.stderr.write(errors);
      resolve({ exitCode, peakRssMb, rssTimeline, output });
    });
  });
}

export async function roundSection(): Promise<void> {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-bench-round-"));
  const stub = await startBotApiStub({ rateLimit: { globalPerSecond: RATE }, recordCalls: false, keepMessages: false });
  try {
    const subscribe = await seed(dataDir);
    console.log(`  seeded ${SUBSCRIBERS.toLocaleString("en")} subscribers; rate limit ${RATE}/s at the stub`);
    const first = await runRound(stub, dataDir, () => stub.stats().sent >= SUBSCRIBERS * KILL_AT);
    const sentBeforeKill = stub.stats().sent;
    // The sustained rate: messages per second between the 10th and the 90th percentile of the resumed run's
    // messages, so process start-up and the last stragglers do not count.
    const timeline: Array<[number, number]> = [];
    const sampler = setInterval(() => timeline.push([performance.now(), stub.stats().sent]), 10);
    const second = await runRound(stub, dataDir);
    clearInterval(sampler);
    const stats = stub.stats();
    const summary = JSON.parse(
      second.output.split("\n").find((line) => line.startsWith("{") && line.includes('"roundId"')) ?? "{}",
    );

    const { duplicates, missed } = countDeliveries(stub, SUBSCRIBERS);
    const sentAfter = stats.sent - sentBeforeKill;
    const at = (share: number): [number, number] =>
      timeline.find(([, sent]) => sent >= sentBeforeKill + share * sentAfter) ?? [0, 0];
    const [t10, n10] = at(0.1);
    const [t90, n90] = at(0.9);
    const rate = (n90 - n10) / Math.max((t90 - t10) / 1000, 0.001);
    console.log(
      `  first run killed with SIGKILL after ${sentBeforeKill.toLocaleString("en")} messages (exit ${first.exitCode ?? "SIGKILL"})`,
    );
    console.log(`  resumed run: ${sentAfter.toLocaleString("en")} messages, status ${summary.status}`);
    console.log(
      `  sustained rate ${rate.toFixed(0)}/s = ${((rate / RATE) * 100).toFixed(1)}% of the limit ${mark(rate >= 0.95 * RATE, "≥ 95%")}` +
        " (10th to 90th percentile of the resumed run)",
    );
    console.log(
      `  busiest second at the stub ${stats.maxPerSecondObserved}/s ${mark(stats.maxPerSecondObserved <= RATE, `≤ ${RATE}`)}`,
    );
    console.log(`  429 responses ${stats.rejected429} ${mark(stats.rejected429 === 0, "0")}`);
    console.log(
      `  duplicates ${duplicates} ${mark(duplicates === 0, "0")}   missed ${missed} ${mark(missed === 0, "0")}   unconfirmed ${summary.unconfirmed ?? "?"}`,
    );
    const peak = Math.max(first.peakRssMb, second.peakRssMb);
    console.log(
      `  peak RSS of the round process ${peak.toFixed(0)} MB ${mark(peak <= 150, "≤ 150 MB")} ` +
        `(first run ${first.peakRssMb.toFixed(0)} MB, resumed run ${second.peakRssMb.toFixed(0)} MB)`,
    );
    console.log(`  resumed run's RSS each second (MB): ${second.rssTimeline.join(" ")}`);
    console.log(
      `  subscribe at ${SUBSCRIBERS.toLocaleString("en")} subscribers: p50 ${subscribe.p50.toFixed(3)} ms, p99 ${subscribe.p99.toFixed(3)} ms ${mark(subscribe.p99 <= 20, "≤ 20 ms")}`,
    );
  } finally {
    await stub.close();
    await rm(dataDir, { recursive: true, force: true });
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
