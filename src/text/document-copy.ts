/**
 * A passport or an ID, and a copy of one ("a photocopy of my passport", "scanned my passport", 护照复印件, 護照影本,
 * 扫描档): paperwork for a visa or a work pass, no passport handed over or taken. Read on the canonical text
 * (Simplified, lower case). The danger reader reads a copy's document as a plain file; the offer check does not take
 * "send your passport copy" for a passport handed over.
 */
import { literalGate } from "./literal-gate.ts";

/** A passport or an ID, in Chinese. */
export const DOCUMENT = "护照|证件|身份证";
/** A passport or an ID, in English, Tagalog and Malay. */
export const DOCUMENT_EN = "passports?|travel documents?|id cards?|pasaporte|paspor|pasport";

/** A copy, a scan or a photo of a document (global: every copy in a text). */
export const DOCUMENT_COPY = new RegExp(
  [
    `\\b(?:(?:photo|scanned |colou?r )?cop(?:y|ies)|photocop(?:y|ies)|scans?|photos?|pictures?) of (?:(?:my|his|her|our|their|the|your|all) )?(?:${DOCUMENT_EN})`,
    `\\b(?:photocop(?:ied|ying)|xerox(?:ed)?|scann(?:ed|ing)|scans?|cop(?:ied|ying)) (?:(?:my|his|her|our|their|the|your|all) )?(?:${DOCUMENT_EN})`,
    `\\b(?:${DOCUMENT_EN}) (?:photo)?(?:cop(?:y|ies)|scans?)\\b`,
    `(?:${DOCUMENT})(?:的)?(?:复印件|影印本|影印件|影本|副本|复本|扫描件|扫描档|扫描|照片|拷贝)`,
    `(?:复印|影印|扫描)(?:了|咗|下)?(?:一份|一张)?(?:我|他|她|我们)?(?:的)?(?:${DOCUMENT})`,
  ].join("|"),
  "g",
);

/** Most texts name no copy: the expression runs only where its words are. */
const MAY_NAME_A_COPY = literalGate(new RegExp(DOCUMENT_COPY.source));

/**
 * A hold told after the copy in its sentence ("复印了我的护照然后就扣着不还", "护照影本给我，正本一直不还", "made a copy of my
 * passport and kept the original"): the document itself is kept, whatever was copied first.
 */
const KEPT_AFTER_COPY = new RegExp(
  [
    "^[^。!?.;\\n]{0,16}?(?:扣着|扣住|扣押|扣了|收走|没收|不(?:肯|愿意?|想)?(?:还|交还|归还)|拒绝(?:归还|交还|还))",
    "^[^.!?;\\n]{0,40}?\\b(?:kept|keeps|keeping|held|holding|withh\\w*|confiscat\\w*)\\b(?: \\w+){0,2}? (?:the )?(?:original|it|them|passports?)\\b",
    "^[^.!?;\\n]{0,40}?\\b(?:won'?t|refus\\w* to|(?:didn'?t|did not|never)) (?:give|return)\\b",
  ].join("|"),
);

/**
 * Where `text` names a copy of a document: each copy's start and end. A copy followed by a hold is no copy: the
 * document is kept.
 */
export function documentCopies(text: string): { start: number; end: number }[] {
  const copies: { start: number; end: number }[] = [];
  if (!MAY_NAME_A_COPY.test(text)) return copies;
  DOCUMENT_COPY.lastIndex = 0;
  for (let found = DOCUMENT_COPY.exec(text); found !== null; found = DOCUMENT_COPY.exec(text)) {
    const end = found.index + found[0].length;
    if (!KEPT_AFTER_COPY.test(text.slice(end))) copies.push({ start: found.index, end });
  }
  return copies;
}

/** `text` with each copy of a document (documentCopies) replaced by `replace(copy)`. */
export function replaceDocumentCopies(text: string, replace: (copy: string) => string): string {
  let replaced = "";
  let from = 0;
  for (const { start, end } of documentCopies(text)) {
    replaced += text.slice(from, start) + replace(text.slice(start, end));
    from = end;
  }
  return from === 0 ? text : replaced + text.slice(from);
}
