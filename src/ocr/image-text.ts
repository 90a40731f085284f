/**
 * What the OCR engine read from a picture, and how its lines become one text for the offer check. Pure: no engine,
 * no grammY, so the joining rules are tested on their own.
 */
import { isTraditionalChinese } from "../text/normalize.ts";

/** One line of text as the engine read it, with where it stands (left and right edges, in pixels). */
export interface ReadLine {
  text: string;
  /** The engine's mean confidence for the line, 0…1. */
  confidence: number;
  left: number;
  right: number;
}

export interface ImageText {
  /** The lines joined back into paragraphs, as the offer check reads them. */
  text: string;
  lines: ReadLine[];
  /** Mean confidence over the characters read; 0 when nothing was read. */
  confidence: number;
}

/** Lines read with less confidence than this are mostly noise (a texture, a logo), not words. */
const MIN_LINE_CONFIDENCE = 0.5;
/** Slack for the estimate of a word's width: glyphs differ, and a column's edge is ragged. */
const WRAP_SLACK = 1.1;
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const ENDS_SENTENCE = /[。！？!?：:；;]$/u;

/**
 * Whether `line` ended because the next line's first word would not fit beside it: its width plus that word's
 * (estimated from the next line's width per character) passes the widest line's.
 */
function wrapped(line: ReadLine, next: ReadLine, widest: number): boolean {
  const nextText = next.text.trim();
  const firstWord = CJK.test(nextText[0] ?? "") ? 1 : (nextText.split(/\s/, 1)[0]?.length ?? 0);
  const perChar = (next.right - next.left) / Math.max(1, nextText.length);
  return line.right - line.left + (firstWord + 1) * perChar * WRAP_SLACK >= widest;
}

/**
 * Joins the lines of a picture into the text it shows: a line that ended because the next word did not fit
 * continues on the next (with no space between Chinese characters, one between words); a line that ends a sentence,
 * or stops short, ends its paragraph. Keeping "机票报" + "销" together lets the check find "机票报销" as it finds it
 * in a pasted text.
 */
export function joinLines(read: readonly ReadLine[]): ImageText {
  const lines = read.filter((line) => line.text.trim() !== "" && line.confidence >= MIN_LINE_CONFIDENCE);
  const widest = Math.max(0, ...lines.map((line) => line.right - line.left));
  let text = "";
  lines.forEach((line, i) => {
    const current = line.text.trim();
    if (i > 0) {
      const previous = lines[i - 1]!;
      const before = previous.text.trim();
      const continues = wrapped(previous, line, widest) && !ENDS_SENTENCE.test(before);
      text += !continues ? "\n" : CJK.test(before.at(-1)!) && CJK.test(current[0]!) ? "" : " ";
    }
    text += current;
  });
  const chars = lines.reduce((sum, line) => sum + line.text.length, 0);
  const confidence = chars === 0 ? 0 : lines.reduce((sum, line) => sum + line.confidence * line.text.length, 0) / chars;
  return { text, lines, confidence };
}

/** A second engine's language: tesseract's English and Traditional Chinese models (src/ocr/tesseract-reader.ts). */
export type SecondReadLanguage = "eng" | "chi_tra";

/**
 * A run of Latin letters this long is words glued together (PaddleOCR's Chinese model drops the spaces of long
 * English lines: "offeringunusuallyhighsalaries"); English words this long are rare ("responsibilities" is 16).
 */
const GLUED_LATIN = /[A-Za-z]{16}/u;

/**
 * Whether the first read calls for a second, and in which language: Latin text with glued words (the check cannot
 * find "high salaries" in "unusuallyhighsalaries"), or Traditional Chinese, many of whose characters (緬, 詐, 騙,
 * 銖, 險) the first model's dictionary lacks. Simplified Chinese and well-spaced English are read once.
 */
export function secondReadLanguage(lines: readonly ReadLine[]): SecondReadLanguage | undefined {
  const text = lines.map((line) => line.text).join("\n");
  if (GLUED_LATIN.test(text)) return "eng";
  if (isTraditionalChinese(text)) return "chi_tra";
  return undefined;
}
