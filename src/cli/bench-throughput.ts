/**
 * PRODUCT.md §6: the bot's throughput on a loopback Bot API stub against a bare grammY echo bot measured in the same
 * run. Both run as their own processes (JobSafe exactly as `npm start` runs it) and get the same bursts of text
 * messages, one per user, from many users at once; a burst ends when every user has an answer. Two workloads from
 * the corpus: short questions (the framework's own cost dominates) and pasted job ads (the offer check and the
 * question matcher run on about 1,200 characters each). The reference uses the same transport as JobSafe (grammY +
 * @grammyjs/runner); both run interleaved and repeated, every message sent counts, and the bench prints the CPU each
 * spends per update, both peak RSS and the time each takes from start to polling.
 *
 * `BENCH_NODE_ARGS` adds node flags to JobSafe's process; with `--cpu-prof` the bench prints where its CPU went.
 */
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pc from "picocolors";
import { startBotApiStub, type BotApiStub } from "../local/bot-api/server.ts";
import { startBotProcess } from "../local/bot-process.ts";
import { formatProfileSummary, summariseCpuProfile } from "./cpu-profile.ts";
import { readJsonl } from "./eval-data.ts";

const USERS = Number(process.env.BENCH_USERS ?? 3000);
/** Rounds of the interleaved comparison: echo, JobSafe, echo, JobSafe… (the first of each is a warm-up). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/**
 * Fresh starts of each bot, one of each in turn, for the start-up time: on a shared machine a slow moment lengthens
 * both starts of a pair, so the ratio is the median of the pairs' ratios, not the ratio of the two medians.
 */
const STARTS = Number(process.env.BENCH_STARTS ?? 9);
const NODE_ARGS = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const root = new URL("../../", import.meta.url).pathname;

interface Workload {
  name: string;
  texts: readonly string[];
}

interface BurstResult {
  /** Updates answered per second, counting until the last message the bot sent for the burst. */
  rate: number;
  /** Messages the bot sent per update. */
  sendsPerUpdate: number;
  /** CPU time (user + system) the bot process spent per update, in ms. */
  cpuMsPerUpdate: number;
}

/** CPU time (ms) a process has used so far, from /proc (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

/** Peak resident memory (MB) of a process so far, from /proc (Linux). */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmHWM:\s+(\d+)/);
  return line ? Number(line[1]) / 1024 : 0;
}

/**
 * One message from each of `USERS` new users at once. The burst ends when every user has an answer and the bot
 * has sent nothing more for a moment: a bot that answers with two messages is measured to its second.
 */
async function burst(
  stub: BotApiStub,
  pid: number,
  firstUserId: number,
  texts: readonly string[],
): Promise<BurstResult> {
  const users = Array.from({ length: USERS }, (_, index) => firstUserId + index);
  const cpuBefore = cpuMs(pid);
  const started = performance.now();
  users.forEach((id, index) => stub.sendText({ id, language_code: "zh-hans" }, texts[index % texts.length]!));
  let waiting = users;
  let lastTotal = -1;
  let lastChange = performance.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    waiting = waiting.filter((id) => stub.sentCount(id) === 0);
    const total = users.reduce((sum, id) => sum + stub.sentCount(id), 0);
    if (total !== lastTotal) {
      lastTotal = total;
      lastChange = performance.now();
    }
    if (waiting.length === 0 && performance.now() - lastChange >= QUIET_MS) break;
    if (performance.now() - started > 120_000) throw new Error(`${waiting.length} users never got an answer`);
  }
  const seconds = (lastChange - started) / 1000;
  return {
    rate: USERS / seconds,
    sendsPerUpdate: lastTotal / USERS,
    cpuMsPerUpdate: (cpuMs(pid) - cpuBefore) / USERS,
  };
}

/** No new message for this long ends a burst (and is not counted in its time). */
const QUIET_MS = 100;

interface Contender {
  name: string;
  /** Each contender has its own stub: two bots polling one token would take each other's updates. */
  stub: BotApiStub;
  pid: number;
  /** From spawning the process to its "polling" line, ms. */
  startupMs: number;
  nextUser: number;
  results: Map<string, BurstResult[]>;
  stop(): Promise<void>;
}

/** The echo bot is bundled like JobSafe (`npm run build`), so that neither pays for compiling TypeScript at start. */
const ECHO_BOT = "dist/bench/echo-bot.js";

async function startEchoBot(): Promise<Contender> {
  const stub = await startBotApiStub({ recordCalls: false, keepMessages: false });
  const started = performance.now();
  const child = spawn(process.execPath, [ECHO_BOT], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", BOT_TOKEN: stub.token, TELEGRAM_API_ROOT: stub.apiRoot },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("polling") && resolve());
    child.once("exit", (code) => reject(new Error(`the echo bot exited (${code})`)));
  });
  const startupMs = performance.now() - started;
  return {
    name: "grammY + runner echo",
    stub,
    pid: child.pid!,
    startupMs,
    nextUser: 1_000_000,
    results: new Map(),
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await stub.close();
    },
  };
}

async function startJobSafe(nodeArgs: readonly string[] = []): Promise<Contender> {
  const stub = await startBotApiStub({ recordCalls: false, keepMessages: false });
  const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-bench-throughput-"));
  const started = performance.now();
  const bot = await startBotProcess({ stub, dataDir, nodeArgs });
  const startupMs = performance.now() - started;
  return {
    name: "JobSafe",
    stub,
    pid: bot.child.pid!,
    startupMs,
    nextUser: 50_000_000,
    results: new Map(),
    async stop() {
      await bot.stop();
      await rm(dataDir, { recursive: true, force: true });
      await stub.close();
    },
  };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Median time to polling of `STARTS` fresh processes of each bot (ms), and the median ratio of the pairs. */
async function startupTimes(): Promise<{ echo: number; jobSafe: number; ratio: number }> {
  const echo: number[] = [];
  const jobSafe: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    // Alternating which starts first, so that neither always follows the other's exit.
    const pair = [
      [startEchoBot, echo],
      [startJobSafe, jobSafe],
    ] as const;
    for (const [start, times] of i % 2 === 0 ? pair : [...pair].reverse()) {
      const contender = await start();
      times.push(contender.startupMs);
      await contender.stop();
    }
  }
  return { echo: median(echo), jobSafe: median(jobSafe), ratio: median(jobSafe.map((ms, i) => ms / echo[i]!)) };
}

/**
 * With `--cpu-prof` among the flags, JobSafe writes its profile into a directory of the bench's own, removed after the
 * summary; with `--cpu-prof-dir=<dir>` as well, into that directory, kept for a closer look (callers, bottom-up).
 */
async function profilingArgs(): Promise<{ args: string[]; dir?: string; keep?: boolean }> {
  if (!NODE_ARGS.includes("--cpu-prof")) return { args: NODE_ARGS };
  const given = NODE_ARGS.find((arg) => arg.startsWith("--cpu-prof-dir="))?.slice("--cpu-prof-dir=".length);
  if (given) return { args: NODE_ARGS, dir: path.resolve(root, given), keep: true };
  const dir = await mkdtemp(path.join(tmpdir(), "jobsafe-bench-profile-"));
  return { args: [...NODE_ARGS, `--cpu-prof-dir=${dir}`], dir };
}

export async function throughputSection(): Promise<void> {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  execFileSync(
    "npx",
    [
      "esbuild",
      "src/local/echo-bot.ts",
      "--bundle",
      "--platform=node",
      "--format=esm",
      "--packages=external",
      "--target=node20",
      `--outfile=${ECHO_BOT}`,
      "--log-level=warning",
    ],
    { cwd: root, stdio: "inherit" },
  );
  const textsOf = (files: string[]) =>
    files
      .flatMap((file) => readJsonl(file))
      .map((item) => item.text)
      .filter((text) => text.length > 0 && text.length <= 4096);
  // `BENCH_WORKLOAD=ads` (or `questions`) runs one workload alone, so that a profile shows its costs only.
  const workloads: Workload[] = [
    { name: "short questions", texts: textsOf(["questions-dev.jsonl"]) },
    { name: "pasted job ads", texts: textsOf(["lures-dev.jsonl", "ads.jsonl", "ads-overseas-dev.jsonl"]) },
  ].filter(({ name }) => name.includes(process.env.BENCH_WORKLOAD ?? ""));
  const startup = await startupTimes();
  const profiling = await profilingArgs();
  const contenders: Contender[] = [];
  try {
    contenders.push(await startEchoBot(), await startJobSafe(profiling.args));
    // Interleaved and repeated, so that a slow moment of the machine falls on both alike.
    for (let round = 0; round <= ROUNDS; round++) {
      for (const { name, texts } of workloads) {
        for (const contender of round % 2 === 0 ? contenders : [...contenders].reverse()) {
          const result = await burst(contender.stub, contender.pid, contender.nextUser, texts);
          contender.nextUser += USERS;
          if (round > 0) contender.results.set(name, [...(contender.results.get(name) ?? []), result]);
        }
      }
    }
    const [echo, jobSafe] = contenders as [Contender, Contender];
    console.log(
      `  ${USERS.toLocaleString("en")} users at once, one message each; ${ROUNDS} interleaved rounds after a warm-up (medians)`,
    );
    for (const { name } of workloads) {
      const e = echo.results.get(name) ?? [];
      const j = jobSafe.results.get(name) ?? [];
      const ratio = median(j.map((r) => r.rate)) / median(e.map((r) => r.rate));
      console.log(
        `  ${name.padEnd(16)} echo ${median(e.map((r) => r.rate))
          .toFixed(0)
          .padStart(5)}/s   JobSafe ${median(j.map((r) => r.rate))
          .toFixed(0)
          .padStart(5)}/s` + ` = ${ratio.toFixed(2)} × ${ratio >= 0.8 ? pc.green("✓") : pc.red("✗ (goal ≥ 0.8 ×)")}`,
      );
      const cpu = median(j.map((r) => r.cpuMsPerUpdate));
      console.log(
        `  ${"".padEnd(16)} CPU per update: echo ${median(e.map((r) => r.cpuMsPerUpdate)).toFixed(2)} ms, JobSafe ${cpu.toFixed(2)} ms ${cpu <= 0.3 ? pc.green("✓") : pc.red("✗ (goal ≤ 0.3 ms)")}` +
          `; messages per update: echo ${median(e.map((r) => r.sendsPerUpdate)).toFixed(2)}, JobSafe ${median(j.map((r) => r.sendsPerUpdate)).toFixed(2)}`,
      );
    }
    const rss = peakRssMb(jobSafe.pid);
    console.log(
      `  peak RSS: echo ${peakRssMb(echo.pid).toFixed(0)} MB, JobSafe ${rss.toFixed(0)} MB ${rss <= 150 ? pc.green("✓") : pc.red("✗ (goal ≤ 150 MB)")}`,
    );
    console.log(
      `  start-up to polling (medians of ${STARTS} paired starts): echo ${startup.echo.toFixed(0)} ms, JobSafe ${startup.jobSafe.toFixed(0)} ms` +
        `, ratio ${startup.ratio.toFixed(1)} × ${startup.ratio <= 2 ? pc.green("✓") : pc.red("✗ (goal ≤ 2 ×)")}`,
    );
  } finally {
    for (const contender of contenders) await contender.stop();
  }
  if (profiling.dir) {
    // Written by the process at exit, which stop() waited for.
    const profiles = readdirSync(profiling.dir).filter((name) => name.endsWith(".cpuprofile"));
    // The newest: a kept directory may hold earlier runs' profiles.
    const profile = profiles.sort().at(-1);
    if (profile) {
      const file = path.join(profiling.dir, profile);
      console.log(formatProfileSummary(summariseCpuProfile(file)));
      if (profiling.keep) console.log(`  profile kept: ${file}`);
    }
    if (!profiling.keep) await rm(profiling.dir, { recursive: true, force: true });
  }
}
