import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Danger messages and everyday look-alikes composed before reading the danger reader (issue 12, 7 December): 120
 * messages of someone held, beaten, sold or resold, threatened, ransomed, kept from a passport or pay, or gone silent
 * abroad — first person, family, friends, third-person and news-like sentences about someone still there — in English
 * with Singlish, Taglish, Hinglish, Malay and Indonesian mixes, Simplified Chinese, and Traditional Chinese with Taiwan
 * usage and Cantonese; and 60 look-alikes (a house rule, exam weeks, a visa office or a contract keeping a passport,
 * sports slang, a lift, traffic, news of people rescued long ago). The start code routed 115/120 and kept 53/60 quiet.
 */
interface Composed {
  id: string;
  kind: string;
  text: string;
}
const load = (name: string): Composed[] =>
  JSON.parse(readFileSync(new URL(`./look-alikes-17/${name}.json`, import.meta.url), "utf8")) as Composed[];
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
