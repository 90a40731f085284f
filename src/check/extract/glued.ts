/**
 * Words glued to a one-letter word before them. Normalisation joins letters spelled out one by one ("t y p i n g"),
 * and a one-letter English word right before them ("a", "I") joins too: "as a t y p i n g clerk" reads "atyping".
 * Whether the letter is a word of its own ("a typing") or the word's first letter ("a s i a") cannot be told from
 * the letters, so the term matcher may start a word at either place.
 */
import type { NormalizedText } from "../../text/normalize.ts";

/** As written: "a" or "I" alone, then letters spelled out with spaces ("a t y p"); the only way one gets glued. */
const SPACED_AFTER_ONE_LETTER = /\b[ai]\s+[a-z]\s[a-z]\s/i;
/** "a" or "i" at the start of a word, followed by a letter: a glued one-letter word, or just a word starting so. */
const ONE_LETTER_THEN_LETTER = /(?<![a-z0-9])[ai](?=[a-z])/g;

/** Normalised offsets where a word may also start: right after a glued one-letter word. Undefined when none. */
export function gluedWordStarts(input: string, normalized: NormalizedText): Set<number> | undefined {
  if (!SPACED_AFTER_ONE_LETTER.test(input)) return undefined;
  const { text, origin } = normalized;
  let starts: Set<number> | undefined;
  for (const match of text.matchAll(ONE_LETTER_THEN_LETTER)) {
    const k = match.index + 1;
    // Glued across a space as written: a separate one-letter word before the spelled-out one.
    if (origin[k]! - origin[k - 1]! >= 2 && input.slice(origin[k - 1]! + 1, origin[k]!).trim() === "")
      (starts ??= new Set()).add(k);
  }
  return starts;
}
