/**
 * A warning round killed again and again while users keep chatting (issue 14, item 1): the bot runs as `npm start`
 * runs it against the loopback stub, sends a round to 3,000 subscribers while users keep asking questions and
 * pasting job ads, and is killed with SIGKILL a dozen times part-way; each time it is started again and
 * resumes the round. Users send a steady stream of messages throughout. Prints the deliveries left unconfirmed per kill (requests in doubt when the process died),
 * duplicates and missed subscribers.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pc from "picocolors";
import { LOCALES } from "../i18n/locales.ts";
import { SubscriptionJournal } from "../store/subscription-journal.ts";
import { startBotApiStub, type BotApiStub } from "../local/bot-api/server.ts";
import { startBotProcess, type BotProcess } from "../local/bot-process.ts";
import { countDeliveries } from "./bench-round.ts";
import { readJsonl } from "./eval-data.ts";

const SUBSCRIBERS = Number(process.env.BENCH_TRAFFIC_SUBSCRIBERS ?? 3000);
const KILLS = Number(process.env.BENCH_KILLS ?? 12);
const RATE = Number(process.env.BENCH_TRAFFIC_RATE ?? 100);
/** Messages users send per second, each from a new user (so no flood limit applies), questions and pasted ads. */
const CHAT_RATE = Number(process.env.BENCH_CHAT_RATE ?? 40);
const FIRST_USER = 10_000_000;
const root = new URL("../../", import.meta.url).pathname;
const mark = (ok: boolean, goal: string) => (ok ? pc.green("✓") : pc.red(`✗ (goal ${goal})`));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Users send `CHAT_RATE` messages a second until stopped; returns how many they sent. */
function chatter(stub: BotApiStub, texts: readonly string[]): { stop(): Promise<number> } {
  let stopped = false;
  let nextUser = FIRST_USER;
  const started = performance.now();
  const loop = (async () => {
    while (!stopped) {
      const due = Math.floor(((performance.now() - started) / 1000) * CHAT_RATE);
      for (; nextUser - FIRST_USER < due; nextUser++) {
        const language_code = ["en", "zh", "zh"][nextUser % 3]!;
        stub.sendText({ id: nextUser, language_code, first_name: "Mei" }, texts[nextUser % texts.length]!);
      }
      await sleep(20);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return nextUser - FIRST_USER;
    },
  };
}

function warningsReceived(stub: BotApiStub): number {
  let total = 0;
  for (let chatId = 1; chatId <= SUBSCRIBERS; chatId++) total += Math.min(1, stub.sentCount(chatId));
  return total;
}

export async function killUnderTrafficSection(): Promise<void> {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-bench-traffic-"));
  const journal = await SubscriptionJournal.open(dataDir);
  for (let chatId = 1; chatId <= SUBSCRIBERS; chatId++) {
    await journal.subscribe({
      chatId,
      locale: LOCALES[chatId % 3]!,
      frequency: "weekly",
      topics: [],
      kind: "private",
      since: "2026-11-01T00:00:00.000Z",
      sentWarningIds: [],
    });
  }
  await journal.close();
  const texts = ["questions-dev.jsonl", "lures-dev.jsonl", "ads.jsonl"]
    .flatMap((file) => readJsonl(file))
    .map((item) => item.text)
    .filter((text) => text.length > 0 && text.length <= 4096);

  const stub = await startBotApiStub({ recordCalls: false, keepMessages: false });
  const traffic = chatter(stub, texts);
  const env = { BROADCAST_RATE: String(RATE), WARNING_TZ: "UTC", LOG_LEVEL: "info" };
  let bot: BotProcess | undefined;
  try {
    const step = Math.floor(SUBSCRIBERS / (KILLS + 2));
    const roundStarted = performance.now();
    let kills = 0;
    for (; kills < KILLS; kills++) {
      bot = await startBotProcess({ stub, dataDir, env });
      const target = (kills + 1) * step;
      const started = performance.now();
      while (warningsReceived(stub) < target) {
        if (performance.now() - started > 120_000) throw new Error(`the round stalled before ${target} warnings`);
        if (process.env.BENCH_VERBOSE)
          console.log(`    ${warningsReceived(stub)} warnings after ${(performance.now() - started).toFixed(0)} ms`);
        await sleep(process.env.BENCH_VERBOSE ? 2000 : 20);
      }
      await bot.stop("SIGKILL");
    }
    bot = await startBotProcess({ stub, dataDir, env });
    await bot.waitForOutput(/"kind":"weekly","status":"completed"/, 300_000);
    const roundMs = performance.now() - roundStarted;
    const messages = await traffic.stop();
    const line = bot
      .output()
      .split("\n")
      .find((text) => text.includes('"status":"completed"') && text.includes('"kind":"weekly"'));
    const summary = JSON.parse(line ?? "{}") as { unconfirmed?: number; unconfirmedChats?: number[] };
    const { duplicates, missed } = countDeliveries(stub, SUBSCRIBERS);
    const unconfirmed = summary.unconfirmed ?? NaN;
    const perKill = unconfirmed / kills;
    console.log(
      `  ${SUBSCRIBERS.toLocaleString("en")} subscribers at ${RATE}/s, ${kills} kills with SIGKILL while users sent ` +
        `${CHAT_RATE} messages a second (${messages.toLocaleString("en")} in all); the round took ` +
        `${(roundMs / 1000).toFixed(0)} s`,
    );
    console.log(
      `  unconfirmed per kill ${perKill.toFixed(2)} ${mark(perKill <= 1, "≤ 1")} (${unconfirmed} in all)   ` +
        `duplicates ${duplicates} ${mark(duplicates === 0, "0")}   missed ${missed} ` +
        `(never reached the stub; each is one of the unconfirmed)`,
    );
    const listed = summary.unconfirmedChats?.length;
    console.log(
      `  unconfirmed chats listed in the round summary: ${listed ?? "none"} ${mark(listed === unconfirmed, `${unconfirmed}`)}`,
    );
  } finally {
    await traffic.stop();
    await bot?.stop("SIGKILL");
    await stub.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
