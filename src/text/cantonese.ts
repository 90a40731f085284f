/**
 * Written Cantonese (PRODUCT.md §2.16, issue 13: "Cantonese in, Traditional out"). Hong Kong and Macau readers write
 * Cantonese with characters standard written Chinese does not use (佢, 喺, 唔, 冇, 嘅, 咗, 嚟, 哋…); two or more of
 * them in one message mark it as Cantonese, in Traditional or Simplified script alike.
 */
const CANTONESE_MARKERS =
  /佢|喺|唔|冇|嘅|咗|嚟|哋|啲|乜嘢|咩|係咪|系咪|點樣|点样|而家|睇|畀|攞|揾|搵|咁|嗰|噉|㗎|喎|啱|嘢/g;

/** Whether `text` reads as written Cantonese: at least two distinct Cantonese-only words or particles. */
export function isCantonese(text: string): boolean {
  const found = new Set(text.match(CANTONESE_MARKERS) ?? []);
  return found.size >= 2;
}
