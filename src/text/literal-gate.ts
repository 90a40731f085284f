/**
 * A cheap first pass before a long regular expression. The danger signals are alternations of a hundred phrases or
 * more, and a backtracking engine tries every phrase at every position of a pasted ad (about 0.2 ms per ad for all of
 * them). Most phrases need some literal words to match ("被关", "behind bars"): a text that lacks a phrase's words
 * cannot match that phrase, so only the phrases whose words the text has are run, each on its own.
 *
 * Behaviour-neutral by construction: `test` answers exactly as the expression's own `test`. A phrase (top-level
 * alternative) matches somewhere in a text exactly when the whole expression does; a phrase is skipped only when the
 * text lacks every literal that each of its matches contains, and the check errs one way only (hash collisions let a
 * phrase through, never skip one). Expressions it cannot reason about (flags g, y or i, back-references) are run whole.
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
  const readings = alternatives.map(readSequence);
  const exact = readings.every((reading) => reading.exact)
    ? [...new Set(readings.flatMap((reading) => reading.exact!))]
    : null;
  const needs = readings.map(needsOf);
  return {
    exact: exact && exact.length <= MAX_STRINGS ? exact : null,
    needs: needs.every(Boolean) ? [...new Set(needs.flatMap((literals) => literals!))] : null,
  };
}

/** A concatenation: runs of finite sets join into longer literals; the strongest requirement of the parts is kept. */
function readSequence(alternative: AST.Alternative): Reading {
  let best: string[] | null = null;
  let run: string[] | null = [""];
  /** Every element so far joined into `run`: it is then all the sequence can match. */
  let whole = true;
  for (const element of alternative.elements) {
    const reading = readElement(element);
    best = stronger(best, reading.needs);
    const joined: string[] | null = run && reading.exact ? product(run, reading.exact) : null;
    if (joined) {
      run = joined;
      continue;
    }
    whole = false;
    if (run && !run.includes("")) best = stronger(best, run);
    best = stronger(best, needsOf(reading));
    run = reading.exact;
  }
  if (run && !run.includes("")) best = stronger(best, run);
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
 * Which characters, pairs and runs of four the current text has, as bits of a table small enough to stay in the
 * processor's cache (16 KB), cleared for each new text. English texts have nearly every pair of letters: runs of four
 * tell "scam" from "same".
 */
const SEEN_BITS = 17;
const seen = new Uint32Array((1 << SEEN_BITS) / 32);
let seenText: string | undefined;

const SHIFT = 32 - SEEN_BITS;
const charKey = (a: number): number => Math.imul(a + 0x5bd1e995, 0x85ebca6b) >>> SHIFT;
const pairKey = (a: number, b: number): number => Math.imul(a * 0x10001 + b, 0x9e3779b1) >>> SHIFT;
const quadKey = (a: number, b: number, c: number, d: number): number =>
  Math.imul(Math.imul(a, 0x9e3779b1) + Math.imul(b, 0x85ebca6b) + Math.imul(c, 0xc2b2ae35) + d, 0x27d4eb2f) >>> SHIFT;

const mark = (key: number): void => {
  seen[key >>> 5]! |= 1 << (key & 31);
};
const has = (key: number): boolean => (seen[key >>> 5]! & (1 << (key & 31))) !== 0;

function readText(text: string): void {
  if (text === seenText) return;
  seenText = text;
  seen.fill(0);
  let a = -1;
  let b = -1;
  let c = -1;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i);
    mark(charKey(d));
    if (c !== -1) mark(pairKey(c, d));
    if (a !== -1) mark(quadKey(a, b, c, d));
    a = b;
    b = c;
    c = d;
  }
}

/**
 * Keys that a text containing `literal` has: its first, middle and last run of four, else of two, else its one
 * character.
 */
function keysOf(literal: string): number[] {
  const code = (i: number): number => literal.charCodeAt(i);
  if (literal.length === 1) return [charKey(code(0))];
  const width = literal.length >= 4 ? 4 : 2;
  const last = literal.length - width;
  const starts = [0, Math.floor(last / 2), last];
  const keys = starts.map((i) =>
    width === 4 ? quadKey(code(i), code(i + 1), code(i + 2), code(i + 3)) : pairKey(code(i), code(i + 1)),
  );
  return [...new Set(keys)];
}

/**
 * The phrases' literals as flat arrays, walked without allocating: phrase p's literals are `literalEnd[p - 1]` to
 * `literalEnd[p]` (from 0 for the first), literal l's keys are `keyEnd[l - 1]` to `keyEnd[l]`. A phrase with no
 * literal it needs is always run.
 */
class PhraseLiterals {
  private readonly literalEnd: Int32Array;
  private readonly keyEnd: Int32Array;
  private readonly keys: Int32Array;
  private readonly always: Uint8Array;

  constructor(needs: readonly (string[] | null)[]) {
    const keysByLiteral = needs.map((literals) => (literals ?? []).map(keysOf));
    this.always = Uint8Array.from(needs, (literals) => (literals ? 0 : 1));
    this.literalEnd = new Int32Array(needs.length);
    this.keyEnd = new Int32Array(keysByLiteral.reduce((sum, literals) => sum + literals.length, 0));
    this.keys = new Int32Array(keysByLiteral.flat(2).length);
    let literal = 0;
    let key = 0;
    keysByLiteral.forEach((literals, phrase) => {
      for (const keys of literals) {
        for (const k of keys) this.keys[key++] = k;
        this.keyEnd[literal++] = key;
      }
      this.literalEnd[phrase] = literal;
    });
  }

  /** Whether the text read last has every key of some literal of phrase `p`. */
  mayMatch(p: number): boolean {
    if (this.always[p] === 1) return true;
    for (let l = p === 0 ? 0 : this.literalEnd[p - 1]!; l < this.literalEnd[p]!; l++) {
      let k = l === 0 ? 0 : this.keyEnd[l - 1]!;
      const end = this.keyEnd[l]!;
      while (k < end && has(this.keys[k]!)) k++;
      if (k === end) return true;
    }
    return false;
  }
}

/** The phrases of an expression: each its own expression (compiled on first use), and the literals each needs. */
interface Phrases {
  sources: string[];
  compiled: (RegExp | undefined)[];
  literals: PhraseLiterals;
  /** Scratch: which phrases the current text may match. */
  candidates: Uint8Array;
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
  return {
    sources: alternatives.map((alternative) => alternative.raw),
    compiled: alternatives.map(() => undefined),
    literals: new PhraseLiterals(
      alternatives.map((alternative) => {
        const needs = needsOf(readSequence(alternative));
        return needs && !needs.includes("") ? needs : null;
      }),
    ),
    candidates: new Uint8Array(alternatives.length),
  };
}

/** Phrases read so far, per expression: a gate made again for the same expression reads nothing again. */
const read = new WeakMap<RegExp, Phrases | null>();
/** Texts shorter than this are tested whole (a question; a pasted ad is about 1,200 characters). */
const GATED_LENGTH = 200;
let gatesOpen = false;

/** `read` with every gate open (each expression run whole, as without gates): tests compare the two readings. */
export function withoutLiteralGates<T>(read: () => T): T {
  gatesOpen = true;
  try {
    return read();
  } finally {
    gatesOpen = false;
  }
}

/**
 * `pattern` with the same `test`, which first rules out the phrases whose literals the text lacks. The phrases are
 * read on the first test. Short texts are tested whole: the gate's own cost is its number of literals, a scan's the
 * length of the text.
 */
export function literalGate(pattern: RegExp): Pick<RegExp, "test"> {
  return {
    test(text: string): boolean {
      if (text.length < GATED_LENGTH || gatesOpen) return pattern.test(text);
      let phrases = read.get(pattern);
      if (phrases === undefined) read.set(pattern, (phrases = phrasesOf(pattern)));
      if (phrases === null) return pattern.test(text);
      readText(text);
      const { sources, compiled, literals, candidates } = phrases;
      let count = 0;
      for (let p = 0; p < sources.length; p++) {
        const may = literals.mayMatch(p);
        candidates[p] = may ? 1 : 0;
        if (may) count++;
      }
      if (count === 0) return false;
      // Many phrases still possible: one run of the whole expression costs less than many of its parts.
      if (count > sources.length / 4) return pattern.test(text);
      for (let p = 0; p < sources.length; p++) {
        if (candidates[p] === 0) continue;
        let phrase = compiled[p];
        if (!phrase) compiled[p] = phrase = new RegExp(sources[p]!, pattern.flags);
        if (phrase.test(text)) return true;
      }
      return false;
    },
  };
}
