/**
 * Words glued to a one-letter word before them. Normalisation joins letters spelled out one by one ("t y p i n g"),
 * and a one-letter English word right before them ("a", "I") joins too: "as a t y p i n g clerk" reads "atyping".
 * Whether the letter is a word of its own ("a typing") or the word's first letter ("a s i a") cannot be told from
 * the letters, so the term matcher may start a word at either place.
 */
import type { NormalizedText } from "../../text/normalize.ts";

const A = 0x61;
const I = 0x69;
const isLatinLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isLatinOrDigit = (code: number): boolean => isLatinLetter(code) || (code >= 0x30 && code <= 0x39);

/** Normalised offsets where a word may also start: right after a glued one-letter word. Undefined when none. */
export function gluedWordStarts(input: string, normalized: NormalizedText): Set<number> | undefined {
  const { text, origin } = normalized;
  let starts: Set<number> | undefined;
  for (let k = 1; k < text.length; k++) {
    const letter = text.charCodeAt(k - 1);
    if ((letter !== A && letter !== I) || origin[k]! - origin[k - 1]! < 2) continue;
    if (!isLatinLetter(text.charCodeAt(k)) || (k >= 2 && isLatinOrDigit(text.charCodeAt(k - 2)))) continue;
    // Glued across a space as written: a separate one-letter word before the spelled-out one.
    if (input.slice(origin[k - 1]! + 1, origin[k]!).trim() === "") (starts ??= new Set()).add(k);
  }
  return starts;
}
