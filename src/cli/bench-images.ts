/**
 * `npx tsx src/cli/bench-images.ts`: figures for pictures of offers (issue 16) on this machine — images per second
 * through the OCR pool, p50/p99 time per picture, the process's RSS with the pool loaded, and the bot's latency
 * for text messages while pictures are being read (goal: within 2× of idle). Reads the rendered set (eval/images/,
 * `npm run images`) or else the committed fixtures. `npm run bench -- images` runs it as its own section in a child
 * process, so the RSS is its own; BENCH_IMAGES sets how many pictures (default 36).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pc from "picocolors";
import { startBotApiStub } from "../local/bot-api/server.ts";
import { startBotProcess } from "../local/bot-process.ts";
import { defaultPoolSize, OcrPool } from "../ocr/pool.ts";
import { FIXTURE_DIR, IMAGE_SET_DIR, MANIFEST, type ImageCase } from "./render-images.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const COUNT = Number(process.env.BENCH_IMAGES ?? 36);
const LURE = "高薪招聘客服，月薪3万，包机票包吃住。到曼谷后公司派车接到妙瓦底，护照交给公司统一保管。";

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
/** A process's resident memory, from /proc (Linux). */
const residentBytes = (pid: number): number =>
  1024 * Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);

interface Picture {
  lang: string;
  image: Uint8Array;
}

/**
 * COUNT pictures spread evenly over the rendered set (it is grouped by language, and the languages cost differently:
 * English with glued words and Traditional Chinese are read twice), or the fixtures over and over.
 */
function pictures(): Picture[] {
  const manifest = path.join(IMAGE_SET_DIR, MANIFEST);
  const [dir, cases] = existsSync(manifest)
    ? [
        IMAGE_SET_DIR,
        readFileSync(manifest, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as ImageCase),
      ]
    : [FIXTURE_DIR, JSON.parse(readFileSync(path.join(FIXTURE_DIR, "fixtures.json"), "utf8")) as ImageCase[]];
  const step = Math.max(1, Math.floor(cases.length / COUNT));
  return Array.from({ length: COUNT }, (_, i) => {
    const item = cases[(i * step) % cases.length]!;
    return { lang: item.lang, image: readFileSync(path.join(dir, item.file)) };
  });
}

const latencyRow = (name: string, times: number[]): string => {
  const sorted = [...times].sort((a, b) => a - b);
  return `  one at a time, ${name}: p50 ${quantile(sorted, 0.5).toFixed(0)} ms  p99 ${quantile(sorted, 0.99).toFixed(0)} ms per picture (${sorted.length} pictures)`;
};

async function poolFigures(set: Picture[]): Promise<void> {
  const images = set.map((picture) => picture.image);
  const size = defaultPoolSize();
  const pool = new OcrPool({ size, timeoutMs: 120_000, maxQueue: images.length });
  const before = process.memoryUsage().rss;
  const warm = performance.now();
  await pool.read(images[0]!);
  console.log(
    `  pool of ${size} worker(s): loaded and first picture read in ${(performance.now() - warm).toFixed(0)} ms`,
  );
  const each: number[] = [];
  for (const image of images) {
    const started = performance.now();
    await pool.read(image);
    each.push(performance.now() - started);
  }
  console.log(latencyRow("all", each));
  for (const lang of new Set(set.map((picture) => picture.lang)))
    console.log(
      latencyRow(
        lang,
        each.filter((_, i) => set[i]!.lang === lang),
      ),
    );
  const started = performance.now();
  await Promise.all(images.map((image) => pool.read(image)));
  const seconds = (performance.now() - started) / 1000;
  console.log(`  all queued at once: ${(images.length / seconds).toFixed(2)} images/s`);
  const workers = pool.workerPids.map(residentBytes);
  console.log(
    `  RSS: bot process ${mb(process.memoryUsage().rss)} (${mb(before)} before the pool), ` +
      `OCR workers ${workers.map(mb).join(" + ")} after ${images.length * 2 + 1} pictures`,
  );
  await pool.close();
}

/**
 * The real bot process against the loopback stub: text-message round trips while idle, then while other users'
 * pictures keep the pool busy. Both medians come from the same run, so their ratio holds on a shared machine.
 */
async function textLatencyFigures(images: Uint8Array[]): Promise<void> {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  const stub = await startBotApiStub({ botInfo: { username: "jobsafe_bench_bot" } });
  const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-bench-images-"));
  const bot = await startBotProcess({ stub, dataDir });
  let texter = 5000;
  const roundTrip = async (): Promise<number> => {
    const user = { id: ++texter, first_name: "T", language_code: "zh-hans" };
    const started = performance.now();
    stub.sendText(user, LURE);
    await stub.waitForMessage(user.id, 60_000);
    return performance.now() - started;
  };
  const sample = async (n: number): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) times.push(await roundTrip());
    return times.sort((a, b) => a - b);
  };
  try {
    await sample(5); // warm-up: JIT, first store writes
    // 50 each: at a p50 of a few milliseconds, 20 samples left the ratio to the noise of single scheduling delays.
    const idle = await sample(50);
    // Pictures from other users, enough to keep every worker busy while the texts are timed.
    const readers = images.map((image, i) => {
      const user = { id: 9000 + i, first_name: "P", language_code: "en" };
      stub.sendPicture(user, image);
      return user.id;
    });
    // Every picture received and queued ("reading the picture…" sent): what follows is timed while the pool reads.
    await Promise.all(readers.map((id) => stub.waitForMessage(id, 60_000, 0)));
    const busy = await sample(50);
    const stillReading = readers.filter((id) => (stub.transcript(id)[0]?.edit_date ?? 0) === 0).length;
    const ratio = quantile(busy, 0.5) / quantile(idle, 0.5);
    const verdict = ratio <= 2 ? pc.green("✓") : pc.red("✗ (goal ≤ 2× idle)");
    console.log(
      `  text round trip idle p50 ${quantile(idle, 0.5).toFixed(1)} ms p99 ${quantile(idle, 0.99).toFixed(1)} ms; ` +
        `while pictures are read p50 ${quantile(busy, 0.5).toFixed(1)} ms p99 ${quantile(busy, 0.99).toFixed(1)} ms ` +
        `(${ratio.toFixed(2)}× idle) ${verdict}`,
    );
    console.log(
      `  ${stillReading} of ${readers.length} pictures were still being read when the last text was answered`,
    );
  } finally {
    await bot.stop();
    await stub.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function imagesSection(): void {
  const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
    stdio: "inherit",
  });
  if (child.status !== 0) throw new Error(`the pictures benchmark failed (exit ${child.status ?? child.signal})`);
}

// Run directly (`npx tsx src/cli/bench-images.ts`), not when `npm run bench` imports the section.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const set = pictures();
  await poolFigures(set);
  await textLatencyFigures(set.map((picture) => picture.image));
}
