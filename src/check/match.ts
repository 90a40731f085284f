/**
 * Finds many literal terms in normalised text in one pass (Aho–Corasick). Hundreds of rule terms in three languages
 * cost one walk over the text instead of one regular-expression scan each, and the time cannot blow up: it is linear
 * in the text plus the number of hits, whatever the input.
 */
import { canonicalForms } from "../text/cantonese.ts";

export interface TermHit<T> {
  value: T;
  /** Span in the normalised text. */
  start: number;
  end: number;
}

export interface TermEntry<T> {
  /** Written as a person would type it; normalised the same way as the text it is matched against. */
  term: string;
  value: T;
  /** Latin abbreviations (MD, KK) count only next to a Chinese character, where they cannot be an English word. */
  needsHanNeighbour?: boolean;
}

interface Output<T> {
  value: T;
  length: number;
  latinStart: boolean;
  latinEnd: boolean;
  needsHanNeighbour: boolean;
}

const isLatinOrDigit = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code <= 0x24f);
const isHan = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

const NO_CHILD = -1;
/** Codes below this (ASCII and Latin with accents) step through `latinNext`. */
const LATIN_LIMIT = 0x250;
const SEVERAL_CHILDREN = -2;

export class TermMatcher<T> {
  /** Each node's failure link. */
  private fail = new Int32Array(0);
  /**
   * What each node ends, flat: node n's outputs are `outputList[outputStart[n]]` up to `outputStart[n + 1]`. One
   * list for the trie instead of an array per node, four in five of them empty (about 1.5 MB for the rules' terms).
   */
  private outputStart = new Int32Array(1);
  private outputList: Output<T>[] = [];
  /** Code units that occur in some term: any other character sends the walk straight back to the root. */
  private readonly alphabet = new Uint8Array(0x10000);
  /** The root's transitions as a flat table (0 = none): most steps of a walk start again from the root. */
  private readonly rootNext = new Int32Array(0x10000);
  /**
   * The transitions of nodes with several children in one open-addressing hash table of typed arrays (node + 1, code
   * → child): a walk takes a step per character, and a Map per node costs several times more per step. A node with
   * one child has it in `onlyCode` / `onlyChild` and is never looked up here.
   */
  private slotNode = new Int32Array(0);
  private slotCode = new Uint16Array(0);
  private slotChild = new Int32Array(0);
  private slotMask = 0;
  /**
   * Most trie nodes have one child: its code (or NO_CHILD / SEVERAL_CHILDREN) and the child, checked before hashing.
   */
  private onlyCode = new Int32Array(0);
  private onlyChild = new Int32Array(0);
  /** 1 where a node ends some term: most steps end nowhere, and this skips loading their empty output list. */
  private hasOutput = new Uint8Array(0);
  /**
   * Latin letters, digits and marks (codes below LATIN_LIMIT) as small classes (0 = in no term), and every node's
   * next node on each class with failure links already followed: a step on English text is one table read instead
   * of a walk down the failure links, which English words, sharing letters with many terms, take at most steps.
   */
  private readonly latinClass = new Uint8Array(LATIN_LIMIT);
  private latinNext: Uint16Array | Uint32Array = new Uint16Array(0);
  private latinWidth = 1;

  constructor(entries: readonly TermEntry<T>[]) {
    // A Cantonese term is also looked for as a folded message reads it (see `foldCantonese`).
    const trie = new TrieBuilder();
    /** What each node ends, filled only for nodes that end some term (four in five end none). */
    const outputs: (Output<T>[] | undefined)[] = [undefined];
    for (const entry of entries) {
      for (const term of canonicalForms(entry.term)) {
        if (term === "") continue;
        let node = 0;
        for (let i = 0; i < term.length; i++) {
          const code = term.charCodeAt(i);
          this.alphabet[code] = 1;
          let child = node === 0 ? this.rootNext[code]! : trie.childOf(node, code);
          if (child === 0) {
            child = trie.add(node, code);
            outputs.push(undefined);
            if (node === 0) this.rootNext[code] = child;
          }
          node = child;
        }
        (outputs[node] ??= []).push({
          value: entry.value,
          length: term.length,
          // A Latin term must start and end on a word boundary: "pay" must not match inside "paypal".
          latinStart: isLatinOrDigit(term.charCodeAt(0)),
          latinEnd: isLatinOrDigit(term.charCodeAt(term.length - 1)),
          needsHanNeighbour: entry.needsHanNeighbour ?? false,
        });
      }
    }
    const order = this.linkFailures(trie, outputs);
    this.flattenOutputs(outputs);
    this.buildTransitionTable(trie);
    this.buildLatinTable(trie, order);
  }

  /** Copies the nodes' output lists into `outputList`, in node order, and marks the nodes that have any. */
  private flattenOutputs(outputs: readonly (Output<T>[] | undefined)[]): void {
    this.outputStart = new Int32Array(outputs.length + 1);
    this.hasOutput = new Uint8Array(outputs.length);
    let count = 0;
    for (const found of outputs) count += found?.length ?? 0;
    // Exactly as long as it is: a list grown by push keeps spare room.
    const list: Output<T>[] = new Array<Output<T>>(count);
    let at = 0;
    outputs.forEach((found, node) => {
      this.outputStart[node] = at;
      if (!found || found.length === 0) return;
      this.hasOutput[node] = 1;
      for (const output of found) list[at++] = output;
    });
    this.outputStart[outputs.length] = at;
    this.outputList = list;
  }

  /** Fills `latinNext`: a node's row is its failure node's row (shallower, so filled before it), then its children. */
  private buildLatinTable(trie: TrieBuilder, order: Int32Array): void {
    let classes = 1;
    for (let code = 0; code < LATIN_LIMIT; code++) if (this.alphabet[code] === 1) this.latinClass[code] = classes++;
    const width = (this.latinWidth = classes);
    const size = trie.size * width;
    const table = (this.latinNext = trie.size <= 0x10000 ? new Uint16Array(size) : new Uint32Array(size));
    const fill = (node: number): void => {
      for (let child = trie.firstChild[node]!; child !== 0; child = trie.nextSibling[child]!) {
        const code = trie.code[child]!;
        if (code < LATIN_LIMIT) table[node * width + this.latinClass[code]!] = child;
      }
    };
    fill(0);
    for (const node of order) {
      const fallback = this.fail[node]! * width;
      table.copyWithin(node * width, fallback, fallback + width);
      fill(node);
    }
  }

  private buildTransitionTable(trie: TrieBuilder): void {
    const { firstChild, nextSibling, childCount, code: codeOf } = trie;
    // Only nodes with several children are looked up in the table (see `step`).
    let count = 0;
    for (let node = 0; node < trie.size; node++) if (childCount[node]! > 1) count += childCount[node]!;
    let size = 16;
    while (size < count * 4) size *= 2;
    this.slotNode = new Int32Array(size);
    this.slotCode = new Uint16Array(size);
    this.slotChild = new Int32Array(size);
    this.slotMask = size - 1;
    this.onlyCode = new Int32Array(trie.size);
    this.onlyChild = new Int32Array(trie.size);
    for (let node = 0; node < trie.size; node++) {
      const children = childCount[node]!;
      const first = firstChild[node]!;
      this.onlyCode[node] = children === 0 ? NO_CHILD : children > 1 ? SEVERAL_CHILDREN : codeOf[first]!;
      this.onlyChild[node] = children === 1 ? first : 0;
      if (children < 2) continue;
      for (let child = first; child !== 0; child = nextSibling[child]!) {
        const code = codeOf[child]!;
        let slot = TermMatcher.hash(node, code) & this.slotMask;
        while (this.slotNode[slot] !== 0) slot = (slot + 1) & this.slotMask;
        this.slotNode[slot] = node + 1;
        this.slotCode[slot] = code;
        this.slotChild[slot] = child;
      }
    }
  }

  private static hash(node: number, code: number): number {
    return Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
  }

  /** The child of `node` on `code`, or 0 when there is none. */
  private step(node: number, code: number): number {
    const only = this.onlyCode[node]!;
    if (only !== SEVERAL_CHILDREN) return only === code ? this.onlyChild[node]! : 0;
    const wanted = node + 1;
    for (let slot = TermMatcher.hash(node, code) & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
      const stored = this.slotNode[slot]!;
      if (stored === 0) return 0;
      if (stored === wanted && this.slotCode[slot] === code) return this.slotChild[slot]!;
    }
  }

  /** Sets the failure links; returns the nodes below the root in breadth-first order. */
  private linkFailures(trie: TrieBuilder, outputs: (Output<T>[] | undefined)[]): Int32Array {
    const fail = (this.fail = new Int32Array(trie.size));
    const { firstChild, nextSibling, code: codeOf } = trie;
    const queue = new Int32Array(trie.size - 1);
    let tail = 0;
    for (let child = firstChild[0]!; child !== 0; child = nextSibling[child]!) queue[tail++] = child;
    for (let head = 0; head < tail; head++) {
      const node = queue[head]!;
      for (let child = firstChild[node]!; child !== 0; child = nextSibling[child]!) {
        const code = codeOf[child]!;
        let fallback = fail[node]!;
        while (fallback !== 0 && trie.childOf(fallback, code) === 0) fallback = fail[fallback]!;
        const target = fallback === 0 ? this.rootNext[code]! : trie.childOf(fallback, code);
        fail[child] = target !== child ? target : 0;
        // Terms that end inside a longer term are reported too.
        const inherited = outputs[fail[child]!];
        if (inherited && inherited.length > 0) (outputs[child] ??= []).push(...inherited);
        queue[tail++] = child;
      }
    }
    return queue;
  }

  /**
   * Occurrences of the terms in `text` (normalised), in order of where they end: the first `maxPerValue` of each
   * value. Later repeats add nothing to a verdict, and capping them keeps floods of one word cheap. A Latin term may
   * also start at one of `wordStarts` inside a word (a word glued to a one-letter word before it).
   */
  find(text: string, maxPerValue = 3, wordStarts?: ReadonlySet<number>): TermHit<T>[] {
    const hits: TermHit<T>[] = [];
    const counts = new Map<T, number>();
    // The tables as locals: the walk reads them once per character.
    const { alphabet, rootNext, fail, hasOutput, onlyCode, onlyChild, latinClass, latinNext, latinWidth } = this;
    const { outputStart, outputList } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < LATIN_LIMIT) {
        node = latinNext[node * latinWidth + latinClass[code]!]!;
      } else {
        if (alphabet[code] === 0) {
          node = 0;
          continue;
        }
        let child = 0;
        while (node !== 0) {
          // Most nodes have one child: compare it before hashing (see `step`).
          const only = onlyCode[node]!;
          child = only === SEVERAL_CHILDREN ? this.step(node, code) : only === code ? onlyChild[node]! : 0;
          if (child !== 0) break;
          node = fail[node]!;
        }
        node = child || rootNext[code]!;
      }
      if (node === 0 || hasOutput[node] === 0) continue;
      for (let k = outputStart[node]!, last = outputStart[node + 1]!; k < last; k++) {
        const output = outputList[k]!;
        const start = i + 1 - output.length;
        const before = start > 0 ? text.charCodeAt(start - 1) : 0;
        const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (output.latinStart && isLatinOrDigit(before) && !wordStarts?.has(start)) continue;
        // English plurals count as the term: "tourist visas", "casinos".
        const plural = after === 0x73 && !isLatinOrDigit(i + 2 < text.length ? text.charCodeAt(i + 2) : 0);
        if (output.latinEnd && isLatinOrDigit(after) && !plural) continue;
        if (output.needsHanNeighbour && !isHan(before) && !isHan(after)) continue;
        const seen = counts.get(output.value) ?? 0;
        if (seen >= maxPerValue) continue;
        counts.set(output.value, seen + 1);
        hits.push({ value: output.value, start, end: i + 1 });
      }
    }
    return hits;
  }
}

/**
 * The trie while it is built, as flat lists of numbers: each node's children in the order they were added (first
 * child, next sibling) and the code on the edge into each node. A Map per node cost about 30 MB of short-lived memory
 * for the rules' 30,000 nodes, which stayed in the process's resident memory after the first offer was read.
 */
class TrieBuilder {
  /** The code unit on the edge into each node. */
  readonly code: number[] = [0];
  readonly firstChild: number[] = [0];
  readonly nextSibling: number[] = [0];
  readonly childCount: number[] = [0];
  private readonly lastChild: number[] = [0];

  get size(): number {
    return this.code.length;
  }

  /** The child of `node` (not the root) on `code`, or 0 when there is none. */
  childOf(node: number, code: number): number {
    for (let child = this.firstChild[node]!; child !== 0; child = this.nextSibling[child]!) {
      if (this.code[child] === code) return child;
    }
    return 0;
  }

  /** Adds a child of `node` on `code` after its other children; returns it. */
  add(node: number, code: number): number {
    const child = this.code.length;
    this.code.push(code);
    this.firstChild.push(0);
    this.nextSibling.push(0);
    this.childCount.push(0);
    this.lastChild.push(0);
    if (this.childCount[node] === 0) this.firstChild[node] = child;
    else this.nextSibling[this.lastChild[node]!] = child;
    this.lastChild[node] = child;
    this.childCount[node]! += 1;
    return child;
  }
}
