import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Everyday look-alikes and danger messages in the same registers (issue 12, "Danger first, always"), 7 December.
 * Ids without `r` (ev16-…, dg16-…) were composed before reading the danger rules: grounded teenagers, exam weeks,
 * overtime at home, lockdowns, lifts, stories retold, hospital stays, customs, a visa office keeping a passport for
 * processing, sports scores, figures of speech, pets, weather, traffic; and someone held, beaten, sold, threatened,
 * ransomed, kept from a passport or pay, or gone silent abroad, in English, Taglish, Hinglish, Singlish, Malay and
 * Indonesian, Simplified and Traditional Chinese and Cantonese, terse, relayed or described from a voice note. Ids
 * with `b`, `c` and `d` are three more batches composed the same way, each before running it (after the previous batch's
 * fixes: a check of how the fixes generalise); ids with `r` were added per class of error while fixing it (tests
 * first, several wordings per class).
 *
 * look-alikes-17 (7 December, composed before reading the danger reader): 120 danger messages — first person, family,
 * friends, third-person and news-like sentences about someone still there — in English with Singlish, Taglish,
 * Hinglish, Malay and Indonesian mixes, Simplified Chinese, and Traditional Chinese with Taiwan usage and Cantonese; and
 * 60 look-alikes (a house rule, exam weeks, a visa office or a contract keeping a passport, sports slang, a lift,
 * traffic, news of people rescued long ago). The start code routed 115/120 and kept 53/60 quiet.
 */
interface Composed {
  id: string;
  kind: string;
  text: string;
}
const SETS = ["look-alikes-16", "look-alikes-17"];
const load = (name: string): Composed[] =>
  SETS.flatMap(
    (set) => JSON.parse(readFileSync(new URL(`./${set}/${name}.json`, import.meta.url), "utf8")) as Composed[],
  );
const kinds = (items: Composed[]): [string, Composed[]][] => [
  ...items.reduce((byKind, item) => byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]), new Map()),
];
/** What the user sees first: the emergency answer (the danger check's or the matcher's), or not. */
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe.each(kinds(load("everyday")))("everyday look-alikes stay quiet: %s", (_kind, items) => {
  it.each(items.map((item) => [item.id, item.text]))("%s %s", (_id, text) => {
    expect(routed(text)).toBe(false);
  });
});

describe.each(kinds(load("danger")))("danger messages get the emergency answer first: %s", (_kind, items) => {
  it.each(items.map((item) => [item.id, item.text]))("%s %s", (_id, text) => {
    expect(routed(text)).toBe(true);
  });
});
