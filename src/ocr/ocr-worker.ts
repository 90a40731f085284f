/**
 * A worker thread of the OCR pool (src/ocr/pool.ts): loads the engine once, then reads one picture per message.
 * Answers `{ id, lines }`, or `{ id, error }` where `error` is "unreadable" for a picture that cannot be decoded.
 */
import { parentPort } from "node:worker_threads";
import type { ReadLine } from "./image-text.ts";
import { createPaddleReader, UnreadableImageError } from "./paddle-reader.ts";

export interface OcrRequest {
  id: number;
  image: Uint8Array;
}

export type OcrResponse =
  { id: number; lines: ReadLine[] } | { id: number; error: "unreadable" | "failed"; message: string };

const port = parentPort;
if (!port) throw new Error("ocr-worker.ts runs as a worker thread of OcrPool, not on its own");
const read = await createPaddleReader();
port.on("message", (request: OcrRequest) => {
  read(request.image).then(
    (lines) => port.postMessage({ id: request.id, lines } satisfies OcrResponse),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        error: error instanceof UnreadableImageError ? "unreadable" : "failed",
        message: (error as Error)?.message ?? String(error),
      } satisfies OcrResponse),
  );
});
port.postMessage({ ready: true });
