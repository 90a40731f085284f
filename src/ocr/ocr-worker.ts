/**
 * A worker process of the OCR pool (src/ocr/pool.ts): loads the engines once, then reads one picture per message.
 * Answers `{ id, lines }`, or `{ id, error }` where `error` is "unreadable" for a picture that cannot be decoded.
 */
import { readdirSync } from "node:fs";
import { setPriority } from "node:os";
import { secondReadLanguage, type ReadLine } from "./image-text.ts";
import { createPaddleReader, prepare, UnreadableImageError } from "./paddle-reader.ts";
import { createTesseractReader } from "./tesseract-reader.ts";

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

/**
 * Tesseract's second read replaces PaddleOCR's first only when tesseract is this sure of it. Chosen on the dev
 * pictures alone (144 of the rendered set, 66 read twice): from 0.6 to 0.8 the verdicts on the pictures matched the
 * texts' most often (64 of 66) and 0.8 read with the fewest errors (CER 2.0%); above it, Traditional Chinese lost
 * characters PaddleOCR lacks, and photographed flyers below 0.6 read worse than PaddleOCR's.
 */
const TRUSTED_SECOND_READ = 0.8;

type Engines = Awaited<ReturnType<typeof loadEngines>>;

async function loadEngines() {
  const [paddle, tesseract] = await Promise.all([createPaddleReader(), createTesseractReader()]);
  return { paddle, tesseract };
}

/** PaddleOCR reads every picture; English with glued words and Traditional Chinese get a second read by tesseract. */
async function readPicture({ paddle, tesseract }: Engines, image: Uint8Array): Promise<ReadLine[]> {
  const prepared = await prepare(image);
  const first = await paddle(prepared);
  const language = secondReadLanguage(first);
  if (!language) return first;
  const second = await tesseract(prepared, language);
  return second.confidence >= TRUSTED_SECOND_READ ? second.lines : first;
}

const send = process.send?.bind(process);
if (!send) throw new Error("ocr-worker.ts runs as a worker process of OcrPool, not on its own");
// The pool going away (the bot stopped or crashed) ends the worker too.
process.on("disconnect", () => process.exit(0));
lowerPriority();
// Listening first: a picture sent while the models load waits for them instead of being lost.
const engines = loadEngines();
process.on("message", (request: OcrRequest) => {
  engines
    .then((loaded) => readPicture(loaded, request.image))
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
await engines;
lowerPriority();
