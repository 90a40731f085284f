/**
 * A cheap first pass before a long regular expression. The danger signals are alternations of a hundred phrases or
 * more, and a backtracking engine tries every phrase at every position of a pasted ad (about 0.2 ms per ad for all of
 * them). Most phrases need some literal words to match ("被关", "behind bars"): a text that lacks a phrase's words
 * cannot match that phrase, so only the phrases whose words the text has are run, each on its own.
 *
 * Behaviour-neutral by construction: `test` answers exactly as the expression's own `test`. A phrase (top-level
 * alternative) matches somewhere in a text exactly when the whole expression does. Each part of a phrase that every
 * match passes through is a requirement ("被" and then "关" or "押"; "they" and then "beat" or "hit"): a match contains
 * one literal of each. A phrase is skipped only when the text has no literal of one of its requirements, and a literal
 * is ruled out only when it is not in the text (a table of hashed runs of characters rules most out at once; a literal
 * it lets through is looked for). Expressions it cannot reason about (flags g, y or i, back-references) are run whole.
 *
 * A text is read once for all gates: one pass over it finds which of the literals that phrases need first it has, and
 * marks the phrases those lead to. A gate then weighs only its marked phrases (a question meets a few dozen of the
 * thousands), instead of asking after every phrase's literals in turn (~7,000 look-ups per question).
 */
import type { AST } from "@eslint-community/regexpp";
import type * as RegExpParserModule from "@eslint-community/regexpp";
import { createRequire } from "node:module";

/** Finite sets of strings are tracked up to this size; beyond it a node is "some string". */
const MAX_STRINGS = 64;

interface Reading {
  /** Every string the node can match, when that is a small finite set. */
  exact: string[] | null;
  /** Strings of which every match contains at least one, when known. */
  needs: string[] | null;
}

const UNKNOWN: Reading = { exact: null, needs: null };
const EMPTY: Reading = { exact: [""], needs: null };

/** The literals every match of `reading` contains one of, or null. */
function needsOf(reading: Reading): string[] | null {
  if (reading.needs) return reading.needs;
  return reading.exact && !reading.exact.includes("") ? reading.exact : null;
}

/** How well a set of literals rules texts out: longer literals, then fewer of them. */
function strength(needs: readonly string[]): number {
  const shortest = Math.min(4, ...needs.map((literal) => literal.length));
  return shortest * 1000 - needs.length;
}

function stronger(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  return strength(b) > strength(a) ? b : a;
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_STRINGS) return null;
  return [...new Set(a.flatMap((left) => b.map((right) => left + right)))];
}

function readAlternatives(alternatives: readonly AST.Alternative[]): Reading {
  // Not `.map(readSequence)`: its optional second parameter would receive the index.
  const readings = alternatives.map((alternative) => readSequence(alternative));
  const exact = readings.every((reading) => reading.exact)
    ? [...new Set(readings.flatMap((reading) => reading.exact!))]
    : null;
  const needs = readings.map(needsOf);
  return {
    exact: exact && exact.length <= MAX_STRINGS ? exact : null,
    needs: needs.every(Boolean) ? [...new Set(needs.flatMap((literals) => literals!))] : null,
  };
}

/**
 * A concatenation: runs of finite sets join into longer literals; the strongest requirement of the parts is kept.
 * Every requirement met on the way is also added to `all` when given: a match contains one literal of each.
 */
function readSequence(alternative: AST.Alternative, all?: string[][]): Reading {
  let best: string[] | null = null;
  const require = (needs: string[] | null): void => {
    best = stronger(best, needs);
    if (all && needs) all.push(needs);
  };
  let run: string[] | null = [""];
  /** Every element so far joined into `run`: it is then all the sequence can match. */
  let whole = true;
  for (const element of alternative.elements) {
    const reading = readElement(element);
    require(reading.needs);
    const joined: string[] | null = run && reading.exact ? product(run, reading.exact) : null;
    if (joined) {
      run = joined;
      continue;
    }
    whole = false;
    if (run && !run.includes("")) require(run);
    require(needsOf(reading));
    run = reading.exact;
  }
  if (run && !run.includes("")) require(run);
  return { exact: whole ? run : null, needs: best };
}

function readElement(element: AST.Element): Reading {
  switch (element.type) {
    case "Character":
      return { exact: [String.fromCodePoint(element.value)], needs: null };
    case "CharacterClass": {
      if (element.negate || element.unicodeSets) return UNKNOWN;
      const chars: string[] = [];
      for (const item of element.elements) {
        if (item.type === "Character") chars.push(String.fromCodePoint(item.value));
        else if (item.type === "CharacterClassRange" && item.max.value - item.min.value < 8) {
          for (let code = item.min.value; code <= item.max.value; code++) chars.push(String.fromCodePoint(code));
        } else return UNKNOWN;
      }
      return { exact: [...new Set(chars)], needs: null };
    }
    case "Assertion":
      // Zero-width: it adds nothing to what is matched, yet what a positive lookaround looks for is in the text too.
      if ((element.kind === "lookahead" || element.kind === "lookbehind") && !element.negate)
        return { exact: [""], needs: needsOf(readAlternatives(element.alternatives)) };
      return EMPTY;
    case "Group":
    case "CapturingGroup":
      return readAlternatives(element.alternatives);
    case "Quantifier": {
      const inner = readElement(element.element);
      // An optional part may match nothing: it requires nothing.
      if (element.min === 0)
        return element.max === 1 && inner.exact ? { exact: ["", ...inner.exact], needs: null } : UNKNOWN;
      if (element.min === 1 && element.max === 1) return inner;
      return { exact: null, needs: needsOf(inner) };
    }
    default:
      return UNKNOWN;
  }
}

function containsBackreference(node: AST.Node): boolean {
  if (node.type === "Backreference") return true;
  const children: AST.Node[] =
    "alternatives" in node
      ? node.alternatives
      : "elements" in node
        ? (node.elements as AST.Node[])
        : "element" in node
          ? [node.element]
          : [];
  return children.some(containsBackreference);
}

/**
 * Which characters, pairs and runs of four the current text has, as hashed keys in a bit set: a literal whose keys
 * the text lacks is ruled out without a search. English texts have nearly every pair of letters: runs of four tell
 * "scam" from "same". The set (256K bits, 32 KB) is cleared per text and stays in a near cache, so a literal costs a
 * bit test per key; a collision only lets a literal through to its search, never a wrong answer. At 64K keys, half
 * the filed keys a pasted ad met were collisions.
 */
const SEEN_BITS = 18;
const KEYS = 1 << SEEN_BITS;
const seen = new Int32Array(KEYS >>> 5);
/** The keys some literal is filed under (`filed`), as a bit set of the same size: most keys of a text have none. */
const filedKeys = new Int32Array(KEYS >>> 5);
let seenText = "";
/** Counts the texts read: a literal's answer is kept for the text of its reading only. */
let reading = 0;

const SHIFT = 32 - SEEN_BITS;
const charKey = (a: number): number => Math.imul(a + 0x5bd1e995, 0x85ebca6b) >>> SHIFT;
const pairKey = (a: number, b: number): number => Math.imul(a * 0x10001 + b, 0x9e3779b1) >>> SHIFT;
const quadKey = (a: number, b: number, c: number, d: number): number =>
  Math.imul(Math.imul(a, 0x9e3779b1) + Math.imul(b, 0x85ebca6b) + Math.imul(c, 0xc2b2ae35) + d, 0x27d4eb2f) >>> SHIFT;

const isSet = (set: Int32Array, key: number): boolean => (set[key >>> 5]! & (1 << (key & 31))) !== 0;
const setKey = (set: Int32Array, key: number): void => {
  set[key >>> 5] = set[key >>> 5]! | (1 << (key & 31));
};
const has = (key: number): boolean => isSet(seen, key);

/** `array` with room for `size` items, its items kept. */
function withRoom<T extends Int32Array | Uint16Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

/**
 * Keys that a text containing `literal` has, each at the first place in the literal where it is met: each of its runs
 * of four, else of two, else its one character.
 */
function keysOf(literal: string): Map<number, number> {
  const code = (i: number): number => literal.charCodeAt(i);
  if (literal.length === 1) return new Map([[charKey(code(0)), 0]]);
  const width = literal.length >= 4 ? 4 : 2;
  const keys = new Map<number, number>();
  for (let i = 0; i + width <= literal.length; i++) {
    const key = width === 4 ? quadKey(code(i), code(i + 1), code(i + 2), code(i + 3)) : pairKey(code(i), code(i + 1));
    if (!keys.has(key)) keys.set(key, i);
  }
  return keys;
}

/**
 * Every literal any gate's phrases need, each once, numbered: the gates of one text share the answer for a literal
 * ("they", "被关" are needed by many phrases), found once per text.
 */
const literalIds = new Map<string, number>();
const literals: string[] = [];
/**
 * Every literal's keys in one flat array, literal `id`'s from `keyStart[id]` to `keyStart[id + 1]`: a text rules out
 * thousands of literals, and one array read in order costs far less than an array object per literal.
 */
let keyList = new Int32Array(1024);
/** Where in its literal each key of `keyList` is first met. */
let keyOffset = new Int32Array(1024);
let keyStart = new Int32Array(256 + 1);
/** Every literal's characters in one flat array, literal `id`'s from `charStart[id]` to `charStart[id + 1]`. */
let charList = new Uint16Array(4096);
let charStart = new Int32Array(256 + 1);
/**
 * The literals that come first in a phrase's needs (`fileNeeds`) are filed, each under one of its keys (the one fewest
 * literals were filed under before it): a text looks up its own keys and meets only the literals it may contain,
 * instead of every gate asking after each of its thousands. `filed[key]` is the last literal filed under `key`,
 * `nextFiled[id]` the one filed before `id` (-1 ends a list).
 */
const filed = new Int32Array(KEYS).fill(-1);
const filedCount = new Int32Array(KEYS);
let nextFiled = new Int32Array(256);
/** Where in literal `id` its filing key is met: the literal starts that far before the key in a text. */
let filedAt = new Int32Array(256);
/**
 * The reading during which literal `id` was filed: texts read after it were searched for it. Whether it was filed at
 * all is `isFiled[id]`, not `filedIn[id] !== 0`: a gate may be made before any text was read (reading 0), and a
 * literal filed twice would make its list a loop that a text's reading never leaves.
 */
let filedIn = new Int32Array(256);
let isFiled = new Uint8Array(256);
/** The reading for which a literal was found in the text, or its answer looked for (1: in the text). */
let answeredIn = new Int32Array(256);
let inText = new Uint8Array(256);

function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id !== undefined) return id;
  id = literals.length;
  literalIds.set(literal, id);
  literals.push(literal);
  const keys = keysOf(literal);
  const start = keyStart[id]!;
  keyList = withRoom(keyList, start + keys.size);
  keyOffset = withRoom(keyOffset, start + keys.size);
  let k = start;
  for (const [key, offset] of keys) {
    keyList[k] = key;
    keyOffset[k++] = offset;
  }
  keyStart = withRoom(keyStart, id + 2);
  keyStart[id + 1] = k;
  const charsFrom = charStart[id]!;
  charList = withRoom(charList, charsFrom + literal.length);
  for (let i = 0; i < literal.length; i++) charList[charsFrom + i] = literal.charCodeAt(i);
  charStart = withRoom(charStart, id + 2);
  charStart[id + 1] = charsFrom + literal.length;
  answeredIn = withRoom(answeredIn, id + 1);
  inText = withRoom(inText, id + 1);
  nextFiled = withRoom(nextFiled, id + 1);
  filedAt = withRoom(filedAt, id + 1);
  filedIn = withRoom(filedIn, id + 1);
  isFiled = withRoom(isFiled, id + 1);
  phrasesNeeding = withRoom(phrasesNeeding, id + 1);
  phrasesNeeding[id] = -1;
  return id;
}

/** Files literal `id` under the one of its keys that the fewest literals are filed under, once. */
function fileLiteral(id: number): void {
  if (isFiled[id] === 1) return;
  let best = keyStart[id]!;
  for (let k = best + 1; k < keyStart[id + 1]!; k++)
    if (filedCount[keyList[k]!]! < filedCount[keyList[best]!]!) best = k;
  const key = keyList[best]!;
  filedAt[id] = keyOffset[best]!;
  isFiled[id] = 1;
  nextFiled[id] = filed[key]!;
  filed[key] = id;
  filedCount[key]!++;
  setKey(filedKeys, key);
  filedIn[id] = reading;
}

/** Whether the text read has every key of literal `id`: when it lacks one, it lacks the literal. */
function hasKeysOf(id: number): boolean {
  const end = keyStart[id + 1]!;
  for (let k = keyStart[id]!; k < end; k++) if (!has(keyList[k]!)) return false;
  return true;
}

/** Whether the text read last contains literal `id`. */
function contains(id: number): boolean {
  if (answeredIn[id] === reading) return inText[id] === 1;
  // Filed before the text was read, and not found when it was.
  if (isFiled[id] === 1 && filedIn[id]! < reading) return false;
  const found = hasKeysOf(id) && seenText.includes(literals[id]!);
  answeredIn[id] = reading;
  inText[id] = found ? 1 : 0;
  return found;
}

/**
 * Whether `text` has literal `id` at `start`: its characters read from one flat array (the literals' own strings lie
 * scattered over the heap, and a pasted ad checks hundreds of them).
 */
function isAt(id: number, text: string, start: number): boolean {
  const end = charStart[id + 1]!;
  let j = charStart[id]!;
  if (start < 0 || start + end - j > text.length) return false;
  for (let at = start; j < end; j++, at++) if (text.charCodeAt(at) !== charList[j]) return false;
  return true;
}

/**
 * The literals filed under `key`, met in the text at `at`, that the text has there: each is answered found, and the
 * phrases that need it first (`phrasesNeeding`) are marked as ones its gates may run.
 */
function meet(key: number, at: number, text: string): void {
  for (let id = filed[key]!; id !== -1; id = nextFiled[id]!) {
    if (answeredIn[id] === reading) continue;
    if (!isAt(id, text, at - filedAt[id]!)) continue;
    answeredIn[id] = reading;
    inText[id] = 1;
    for (let need = phrasesNeeding[id]!; need !== -1; need = nextNeed[need]!) markPhrase(needPhrase[need]!);
  }
}

/**
 * Reads `text` once for every gate: its keys into the set and, where a key has literals filed under it, which of them
 * the text has there.
 */
function readText(text: string): void {
  if (text === seenText && reading > 0) return;
  seen.fill(0);
  seenText = text;
  reading++;
  let a = -1;
  let b = -1;
  let c = -1;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i);
    let key = charKey(d);
    setKey(seen, key);
    if (isSet(filedKeys, key)) meet(key, i, text);
    if (c !== -1) {
      key = pairKey(c, d);
      setKey(seen, key);
      if (isSet(filedKeys, key)) meet(key, i - 1, text);
    }
    if (a !== -1) {
      key = quadKey(a, b, c, d);
      setKey(seen, key);
      if (isSet(filedKeys, key)) meet(key, i - 3, text);
    }
    a = b;
    b = c;
    c = d;
  }
}

/** Requirements checked per phrase, strongest first: beyond a few, one more rules out little. */
const MAX_REQUIREMENTS = 4;

/**
 * What a phrase needs, as flat numbers walked without allocating: for each requirement its count of literals, then
 * their ids. A phrase may match a text only when the text contains a literal of every requirement; a phrase with
 * none is always run.
 */
function requirementsOf(requirements: string[][]): Int32Array {
  const unique = new Map<string, string[]>();
  for (const needs of requirements) {
    if (needs.length === 0 || needs.includes("")) continue;
    const sorted = [...new Set(needs)].sort();
    unique.set(sorted.join("\u0000"), sorted);
  }
  const kept = [...unique.values()].sort((a, b) => strength(b) - strength(a)).slice(0, MAX_REQUIREMENTS);
  return Int32Array.from(kept.flatMap((needs) => [needs.length, ...needs.map(literalId)]));
}

/** Whether the text read last has a literal of every requirement of a phrase. */
function mayMatch(requirements: Int32Array): boolean {
  let i = 0;
  while (i < requirements.length) {
    const end = i + 1 + requirements[i]!;
    let met = false;
    for (let l = i + 1; l < end && !met; l++) met = contains(requirements[l]!);
    if (!met) return false;
    i = end;
  }
  return true;
}

/** The phrases of an expression: each its own expression (compiled on first use), and the literals each needs. */
interface Phrases {
  sources: string[];
  compiled: (RegExp | undefined)[];
  requirements: Int32Array[];
  /** The phrases that need nothing: every text may match them. */
  always: Int32Array;
  /** The reading in which the phrases were read: its text was read before their literals were filed. */
  readIn: number;
  /** The phrases whose first requirement the current text meets (`marked[0…markedCount)`), for reading `markedIn`. */
  marked: Int32Array;
  markedCount: number;
  markedIn: number;
  /** Per phrase, the reading in which it was marked: each phrase is marked once per text. */
  markedInOf: Int32Array;
  /** Scratch: the phrases the current text may match. */
  candidates: Int32Array;
}

/**
 * Phrases by number across all gates: `phraseSet[n]` holds phrase `n - phraseSet[n].first`. `phrasesNeeding[id]` is
 * the last entry for literal `id` in a list of (`needPhrase`, `nextNeed`): the phrases whose first (strongest)
 * requirement has that literal, so that a text meets only the phrases it may match.
 */
const phraseSets: (Phrases & { first: number })[] = [];
let phrasesNeeding = new Int32Array(256);
let needPhrase = new Int32Array(1024);
let nextNeed = new Int32Array(1024);
let needCount = 0;

function markPhrase(phrase: number): void {
  const set = phraseSets[phrase]!;
  const p = phrase - set.first;
  if (set.markedIn !== reading) {
    set.markedIn = reading;
    set.markedCount = 0;
  }
  if (set.markedInOf[p] === reading) return;
  set.markedInOf[p] = reading;
  set.marked[set.markedCount++] = p;
}

/** Files each phrase under the literals of its first requirement. */
function fileNeeds(set: Phrases & { first: number }): void {
  set.requirements.forEach((requirements, p) => {
    const phrase = set.first + p;
    phraseSets[phrase] = set;
    for (let l = 1; l <= (requirements[0] ?? 0); l++) {
      const id = requirements[l]!;
      fileLiteral(id);
      needPhrase = withRoom(needPhrase, needCount + 1);
      nextNeed = withRoom(nextNeed, needCount + 1);
      needPhrase[needCount] = phrase;
      nextNeed[needCount] = phrasesNeeding[id]!;
      phrasesNeeding[id] = needCount++;
    }
  });
}

let parser: typeof RegExpParserModule | undefined;

/** The phrases of `pattern` with the literals each needs, or null when the expression must be run whole. */
function phrasesOf(pattern: RegExp): Phrases | null {
  if (/[gyi]/.test(pattern.flags)) return null;
  // Loaded on the first message, not at start: the parser is only needed to read the patterns once.
  parser ??= createRequire(import.meta.url)("@eslint-community/regexpp") as typeof RegExpParserModule;
  let ast: AST.RegExpLiteral;
  try {
    ast = parser.parseRegExpLiteral(pattern);
  } catch {
    // Syntax newer than the parser knows: the expression still runs, whole, as it always did.
    return null;
  }
  if (containsBackreference(ast.pattern)) return null;
  const alternatives = ast.pattern.alternatives;
  const requirements = alternatives.map((alternative) => {
    const all: string[][] = [];
    readSequence(alternative, all);
    return requirementsOf(all);
  });
  const count = alternatives.length;
  const set = {
    sources: alternatives.map((alternative) => alternative.raw),
    compiled: alternatives.map(() => undefined),
    requirements,
    always: Int32Array.from(requirements.flatMap((needs, p) => (needs.length === 0 ? [p] : []))),
    readIn: reading,
    marked: new Int32Array(count),
    markedCount: 0,
    markedIn: 0,
    markedInOf: new Int32Array(count),
    candidates: new Int32Array(count),
    first: phraseSets.length,
  };
  fileNeeds(set);
  return set;
}

/** Phrases read so far, per expression: a gate made again for the same expression reads nothing again. */
const read = new WeakMap<RegExp, Phrases | null>();

/** The phrases of `phrases` the text read last may match, into `phrases.candidates`; how many. */
function candidatesOf(phrases: Phrases): number {
  const { requirements, candidates } = phrases;
  let count = 0;
  if (phrases.readIn === reading) {
    // Read during this text: its phrases were not marked when the text was read.
    for (let p = 0; p < requirements.length; p++) if (mayMatch(requirements[p]!)) candidates[count++] = p;
    return count;
  }
  const { always, marked } = phrases;
  for (let i = 0; i < always.length; i++) candidates[count++] = always[i]!;
  if (phrases.markedIn !== reading) return count;
  for (let i = 0; i < phrases.markedCount; i++) {
    const p = marked[i]!;
    if (mayMatch(requirements[p]!)) candidates[count++] = p;
  }
  return count;
}

/**
 * `pattern` with the same `test`, which first rules out the phrases whose literals the text lacks. The phrases are
 * read on the first test. Short texts are gated too: a question of forty characters still made a backtracking scan
 * try every phrase at every position (about a fifth of a short question's CPU over the danger signals and the domain
 * gates), while the text's literals are found once for all the gates of one text.
 */
export function literalGate(pattern: RegExp): Pick<RegExp, "test"> {
  return {
    test(text: string): boolean {
      let phrases = read.get(pattern);
      if (phrases === undefined) read.set(pattern, (phrases = phrasesOf(pattern)));
      if (phrases === null) return pattern.test(text);
      // After the phrases are read, so that an expression run whole costs no reading of the text. Phrases read before
      // this text are marked while it is read; phrases read during it (`readIn`) are weighed each in full.
      readText(text);
      const count = candidatesOf(phrases);
      if (count === 0) return false;
      const { sources, compiled, candidates } = phrases;
      // Many phrases still possible: one run of the whole expression costs less than many of its parts.
      if (count > sources.length / 4) return pattern.test(text);
      for (let i = 0; i < count; i++) {
        const p = candidates[i]!;
        let phrase = compiled[p];
        if (!phrase) compiled[p] = phrase = new RegExp(sources[p]!, pattern.flags);
        if (phrase.test(text)) return true;
      }
      return false;
    },
  };
}

/**
 * `text.replace(pattern, replacement)` for a global `pattern`, run only when the gate lets one of its phrases through:
 * a text whose literals rule every phrase out is returned as it is, as `replace` returns it when nothing matches. The
 * replacements of the danger reading run on every message, and almost no message holds anything they replace. The
 * gate's expression is made on the first call, not when the module loads: making them all cost ~10 ms of start-up.
 */
export function gatedReplacer(
  pattern: RegExp,
): (text: string, replacement: string | ((match: string, ...groups: string[]) => string)) => string {
  let gate: Pick<RegExp, "test"> | undefined;
  return (text, replacement) =>
    (gate ??= literalGate(new RegExp(pattern.source, pattern.flags.replace("g", "")))).test(text)
      ? text.replace(pattern, replacement as (match: string, ...groups: string[]) => string)
      : text;
}
