/**
 * The OCR pool: a few worker processes, each with the engine loaded once, fed from one queue. The bot's process never
 * runs a model, and the workers run at a lower priority, so text messages stay quick while pictures are read (worker
 * threads would share the bot's garbage collector threads and priority). A picture that takes too long is given up
 * and its worker replaced (a running model cannot be interrupted), so one bad picture never holds the queue.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { joinLines, type ImageText } from "./image-text.ts";
import type { OcrRequest, OcrResponse } from "./ocr-worker.ts";

export type { ImageText, ReadLine } from "./image-text.ts";

/** Why a picture was not read: each gets its own answer to the user. */
export type OcrFailure = "timeout" | "busy" | "unreadable" | "failed" | "closed";

export class OcrError extends Error {
  constructor(
    readonly reason: OcrFailure,
    message: string,
  ) {
    super(message);
    this.name = "OcrError";
  }
}

/** What the bot needs of an OCR engine; tests put a scripted one in its place. */
export interface ImageReader {
  /** Reads the text of one picture (PNG, JPEG or WebP bytes). Rejects with an OcrError. */
  read(image: Uint8Array): Promise<ImageText>;
  /** Stops the workers; pictures still queued are rejected with reason "closed". */
  close(): Promise<void>;
}

export interface OcrPoolOptions {
  /** Worker processes; each holds both engines (0.5–1.3 GB once it has read large pictures) and uses one core. */
  size: number;
  /** How long one picture may take once a worker has it, the engine's loading included. */
  timeoutMs: number;
  /** Pictures waiting beyond this are refused at once ("busy") rather than answered minutes later. */
  maxQueue: number;
}

/** One worker per core the bot does not need, at least one, at most four. */
export const defaultPoolSize = (): number => Math.min(4, Math.max(1, availableParallelism() - 1));

interface Job {
  id: number;
  image: Uint8Array;
  resolve(text: ImageText): void;
  reject(error: OcrError): void;
}

interface Slot {
  worker: ChildProcess;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/**
 * How to start a worker: the build ships it as JavaScript beside main.js; under tsx and vitest it is TypeScript
 * source, run through tsx's loader.
 */
const WORKER_COMMAND = import.meta.url.endsWith(".ts")
  ? ["--import", "tsx", fileURLToPath(new URL("./ocr-worker.ts", import.meta.url))]
  : [fileURLToPath(new URL("./ocr-worker.js", import.meta.url))];

export class OcrPool implements ImageReader {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: OcrPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new Error("OcrPool needs at least one worker");
  }

  /** Starts the workers now instead of on the first picture (start-up, benchmarks). */
  warm(): void {
    while (!this.closed && this.slots.length < this.options.size) this.slots.push(this.spawn());
  }

  read(image: Uint8Array): Promise<ImageText> {
    if (this.closed) return Promise.reject(new OcrError("closed", "the OCR pool is closed"));
    if (this.queue.length >= this.options.maxQueue)
      return Promise.reject(new OcrError("busy", `${this.queue.length} pictures are already waiting`));
    this.warm();
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, image, resolve, reject });
      this.dispatch();
    });
  }

  /** The worker processes' ids (for the benchmark's memory figures). */
  get workerPids(): number[] {
    return this.slots.flatMap((slot) => (slot.worker.pid === undefined ? [] : [slot.worker.pid]));
  }

  /** Pictures waiting for a worker (for the benchmark and logs). */
  get waiting(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new OcrError("closed", "the OCR pool closed"));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        clearTimeout(slot.timer);
        slot.job?.reject(new OcrError("closed", "the OCR pool closed"));
        return stop(slot.worker);
      }),
    );
  }

  private spawn(): Slot {
    const worker = spawn(process.execPath, WORKER_COMMAND, {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      serialization: "advanced",
    });
    const slot: Slot = { worker };
    worker.on("message", (message: OcrResponse) => {
      if (slot.job?.id !== message.id) return;
      const job = this.release(slot)!;
      if ("lines" in message) job.resolve(joinLines(message.lines));
      else job.reject(new OcrError(message.error, message.message));
      this.dispatch();
    });
    // A worker that dies (out of memory, the engine's own error handler) takes only its picture with it.
    worker.on("error", (error) =>
      this.replace(slot, new OcrError("failed", `the OCR worker failed: ${error.message}`)),
    );
    worker.on("exit", () => this.replace(slot, new OcrError("failed", "the OCR worker stopped")));
    // Idle workers must not keep a CLI or a test process alive.
    this.idle(slot, true);
    return slot;
  }

  /** An idle worker lets its parent exit; a busy one keeps it running until the picture is read. */
  private idle(slot: Slot, idle: boolean): void {
    if (idle) {
      slot.worker.unref();
      slot.worker.channel?.unref();
    } else {
      slot.worker.ref();
      slot.worker.channel?.ref();
    }
  }

  private release(slot: Slot): Job | undefined {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    return job;
  }

  private replace(slot: Slot, error: OcrError): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.release(slot)?.reject(error);
    this.slots.splice(index, 1);
    slot.worker.kill("SIGKILL");
    // Replaced at once only for waiting pictures (else on the next one): an engine that cannot load is not
    // restarted in a loop.
    if (!this.closed && this.queue.length > 0) {
      this.slots.push(this.spawn());
      this.dispatch();
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      this.idle(slot, false);
      slot.timer = setTimeout(
        () => this.replace(slot, new OcrError("timeout", `no text after ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
      slot.worker.send({ id: job.id, image: job.image } satisfies OcrRequest);
    }
    for (const slot of this.slots) if (!slot.job) this.idle(slot, true);
  }
}

/** Ends a worker process and resolves once it is gone. */
function stop(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    worker.once("exit", () => resolve());
    worker.kill("SIGKILL");
  });
}
