/**
 * A worker process of the OCR pool (src/ocr/pool.ts): loads the engine once, then reads one picture per message.
 * Answers `{ id, lines }`, or `{ id, error }` where `error` is "unreadable" for a picture that cannot be decoded.
 */
import { readdirSync } from "node:fs";
import { setPriority } from "node:os";
import type { ReadLine } from "./image-text.ts";
import { createPaddleReader, UnreadableImageError } from "./paddle-reader.ts";

export interface OcrRequest {
  id: number;
  image: Uint8Array;
}

export type OcrResponse =
  { id: number; lines: ReadLine[] } | { id: number; error: "unreadable" | "failed"; message: string };

/**
 * Lowers the priority of every thread of this process (Linux gives each thread its own), so that the bot's process
 * comes first for the CPU and text messages stay quick while pictures are read. Run again after each picture:
 * libraries start threads lazily. Elsewhere than Linux the process keeps the default priority.
 */
function lowerPriority(): void {
  try {
    for (const thread of readdirSync("/proc/self/task")) setPriority(Number(thread), 10);
  } catch {
    // Not Linux, or not allowed: reading pictures still works, at the bot's priority.
  }
}

const send = process.send?.bind(process);
if (!send) throw new Error("ocr-worker.ts runs as a worker process of OcrPool, not on its own");
// The pool going away (the bot stopped or crashed) ends the worker too.
process.on("disconnect", () => process.exit(0));
lowerPriority();
// Listening first: a picture sent while the models load waits for them instead of being lost.
const reader = createPaddleReader();
process.on("message", (request: OcrRequest) => {
  reader
    .then((read) => read(request.image))
    .then(
      (lines) => {
        send({ id: request.id, lines } satisfies OcrResponse);
        lowerPriority();
      },
      (error: unknown) =>
        send({
          id: request.id,
          error: error instanceof UnreadableImageError ? "unreadable" : "failed",
          message: (error as Error)?.message ?? String(error),
        } satisfies OcrResponse),
    );
});
await reader;
lowerPriority();
