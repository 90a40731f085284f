/**
 * PRODUCT.md §6: the bot's throughput on a loopback Bot API stub against a bare grammY echo bot measured in the same
 * run. Both run as their own processes (JobSafe exactly as `npm start` runs it) and get the same bursts of text
 * messages, one per user, from many users at once; a burst ends when every user has an answer. Two workloads from
 * the corpus: short questions (the framework's own cost dominates) and pasted job ads (the offer check and the
 * question matcher run on about 1,200 characters each).
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pc from "picocolors";
import { startBotApiStub, type BotApiStub } from "../../tests/support/bot-api-stub.ts";
import { startBotProcess } from "../../tests/support/bot-process.ts";
import { readJsonl } from "./eval.ts";

const USERS = Number(process.env.BENCH_USERS ?? 3000);
const root = new URL("../../", import.meta.url).pathname;

interface Workload {
  name: string;
  texts: readonly string[];
}

type Rates = Map<string, number>;

/** One message from each of `USERS` new users at once; resolves with messages/s once each has an answer. */
async function burst(stub: BotApiStub, firstUserId: number, texts: readonly string[]): Promise<number> {
  const users = Array.from({ length: USERS }, (_, index) => firstUserId + index);
  const started = performance.now();
  users.forEach((id, index) => stub.sendText({ id, language_code: "zh-hans" }, texts[index % texts.length]!));
  let waiting = users;
  while (waiting.length > 0) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    waiting = waiting.filter((id) => stub.sentCount(id) === 0);
    if (performance.now() - started > 120_000) throw new Error(`${waiting.length} users never got an answer`);
  }
  return USERS / ((performance.now() - started) / 1000);
}

/** Each workload twice, from new users each time: the first warms the code up (a long-running bot); the second counts. */
async function measure(stub: BotApiStub, firstUserId: number, workloads: readonly Workload[]): Promise<Rates> {
  const rates: Rates = new Map();
  let nextUser = firstUserId;
  for (const { name, texts } of workloads) {
    await burst(stub, nextUser, texts);
    rates.set(name, await burst(stub, nextUser + USERS, texts));
    nextUser += 2 * USERS;
  }
  return rates;
}

async function echoBotRates(stub: BotApiStub, workloads: readonly Workload[]): Promise<Rates> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/echo-bot.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", BOT_TOKEN: stub.token, TELEGRAM_API_ROOT: stub.apiRoot },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("polling") && resolve());
      child.once("exit", (code) => reject(new Error(`the echo bot exited (${code})`)));
    });
    return await measure(stub, 1_000_000, workloads);
  } finally {
    child.kill("SIGTERM");
  }
}

async function jobSafeRates(stub: BotApiStub, workloads: readonly Workload[]): Promise<Rates> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-bench-throughput-"));
  const bot = await startBotProcess({ stub, dataDir });
  try {
    return await measure(stub, 2_000_000, workloads);
  } finally {
    await bot.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function throughputSection(): Promise<void> {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  const textsOf = (files: string[]) =>
    files
      .flatMap((file) => readJsonl(file))
      .map((item) => item.text)
      .filter((text) => text.length > 0 && text.length <= 4096);
  const workloads: Workload[] = [
    { name: "short questions", texts: textsOf(["questions-dev.jsonl"]) },
    { name: "pasted job ads", texts: textsOf(["lures-dev.jsonl", "ads.jsonl", "ads-overseas-dev.jsonl"]) },
  ];
  const stub = await startBotApiStub({ recordCalls: false, keepMessages: false });
  try {
    const echo = await echoBotRates(stub, workloads);
    const jobSafe = await jobSafeRates(stub, workloads);
    console.log(`  ${USERS.toLocaleString("en")} users at once, one message each (the second of two bursts counts)`);
    for (const { name } of workloads) {
      const ratio = (jobSafe.get(name) ?? 0) / (echo.get(name) ?? 1);
      console.log(
        `  ${name.padEnd(16)} echo bot ${echo.get(name)?.toFixed(0).padStart(5)}/s   JobSafe ${jobSafe.get(name)?.toFixed(0).padStart(5)}/s` +
          ` = ${ratio.toFixed(2)} × ${ratio >= 0.8 ? pc.green("✓") : pc.red("✗ (goal ≥ 0.8 ×)")}`,
      );
    }
  } finally {
    await stub.close();
  }
}
