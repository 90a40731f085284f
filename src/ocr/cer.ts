/**
 * Character error rate: how far a text read from a picture is from the text drawn on it. Edits (insertions,
 * deletions, substitutions) per character of the reference. Spaces, case, full-width forms (NFKC) and emoji are
 * left out: none changes what the offer check reads, and emoji are pictures, not text an OCR engine reads.
 */
export function characterErrors(reference: string, read: string): { errors: number; length: number } {
  const chars = (text: string) => [
    ...text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s\p{Extended_Pictographic}\u{fe0f}]+/gu, ""),
  ];
  const a = chars(reference);
  const b = chars(read);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return { errors: previous[b.length]!, length: a.length };
}
