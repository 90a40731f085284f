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

/** Where `text` names a copy of a document: each copy's start and end. */
export function documentCopies(text: string): { start: number; end: number }[] {
  const copies: { start: number; end: number }[] = [];
  if (!MAY_NAME_A_COPY.test(text)) return copies;
  DOCUMENT_COPY.lastIndex = 0;
  for (let found = DOCUMENT_COPY.exec(text); found !== null; found = DOCUMENT_COPY.exec(text))
    copies.push({ start: found.index, end: found.index + found[0].length });
  return copies;
}
