/**
 * The second OCR engine: tesseract.js with its English and Traditional Chinese models, read from the
 * @tesseract.js-data packages in node_modules (never fetched from a CDN). Used only where PaddleOCR falls short
 * (src/ocr/image-text.ts, secondReadLanguage): it keeps the spaces of long English lines and knows the Traditional
 * characters PaddleOCR's dictionary lacks. Loaded once per OCR worker process.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { createWorker, OEM, type Line } from "tesseract.js";
import type { ReadLine, SecondReadLanguage } from "./image-text.ts";

export interface SecondRead {
  lines: ReadLine[];
  /** Tesseract's confidence for the whole picture, 0…1. */
  confidence: number;
}

const require = createRequire(import.meta.url);
/** The integer-quantised "best" models: smaller and faster than the standard ones, and as accurate here. */
const MODEL_VERSION = "4.0.0_best_int";
const CJK_GAP = /(?<=[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef])/gu;

async function createLanguageWorker(language: SecondReadLanguage) {
  const data = path.dirname(require.resolve(`@tesseract.js-data/${language}/package.json`));
  return createWorker(language, OEM.LSTM_ONLY, {
    langPath: path.join(data, MODEL_VERSION),
    gzip: true,
    cacheMethod: "none",
  });
}

/** Tesseract spaces every Chinese character; the check and the join want them together. */
function toReadLine(line: Line): ReadLine {
  return {
    text: line.text.trim().replace(CJK_GAP, ""),
    confidence: line.confidence / 100,
    left: line.bbox.x0,
    right: line.bbox.x1,
  };
}

/** Loads both models and returns a function that reads one (prepared) picture in the language asked. */
export async function createTesseractReader(): Promise<
  (image: Buffer, language: SecondReadLanguage) => Promise<SecondRead>
> {
  const workers = { eng: await createLanguageWorker("eng"), chi_tra: await createLanguageWorker("chi_tra") };
  return async (image, language) => {
    const { data } = await workers[language].recognize(image, {}, { blocks: true });
    const lines = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
    return { lines: lines.map(toReadLine), confidence: data.confidence / 100 };
  };
}
