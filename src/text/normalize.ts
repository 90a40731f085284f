/**
 * Shared text normalisation for the offer check and Q&A matching.
 *
 * Lures are written to slip past filters: Traditional characters, full-width letters and digits, spaces, dots and
 * emoji inside words (缅 甸, 柬.埔.寨, 缅🇲🇲甸), zero-width characters. Matching runs on one canonical form, and every
 * canonical character remembers where it came from so that a verdict can quote the offer exactly as written.
 *
 * The work is one pass over the input with per-character tables (no regular expressions over the whole text), so
 * the time is linear in the input length whatever the input looks like.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type * as OpenCCModule from "opencc-js/t2cn";
import { CURRENCIES } from "../content/currencies.ts";

export interface NormalizedText {
  /** normalised text: NFKC (full-width→ASCII), lower-case, Traditional→Simplified (opencc-js 'hk'/'tw'→'cn'),
   *  zero-width/filler chars removed, separators/emoji/dots between CJK chars removed (缅 甸, 柬.埔.寨, 缅🇲🇲甸 → 缅甸),
   *  runs of whitespace collapsed to one space, Latin words kept apart by one space. */
  text: string;
  /** origin[i] = index in the input string of normalised char i (same length as text), to quote evidence as written. */
  origin: number[];
}

/**
 * Chinese names read for country flag emoji, so that "高薪🇰🇭" says where the job is. Only flags that matter to
 * overseas-job lures (destinations, transit countries, home countries) are read; other flags are decoration.
 */
const FLAG_NAMES: Readonly<Record<string, string>> = {
  MM: "缅甸",
  KH: "柬埔寨",
  LA: "老挝",
  TH: "泰国",
  VN: "越南",
  PH: "菲律宾",
  MY: "马来西亚",
  ID: "印尼",
  SG: "新加坡",
  AE: "阿联酋",
  CN: "中国",
  HK: "香港",
  MO: "澳门",
  TW: "台湾",
  JP: "日本",
  KR: "韩国",
};

/** What one input code point becomes in the canonical text. */
const enum Kind {
  /** Letters, digits, kept punctuation: emitted as folded. */
  Keep,
  /** Han character: emitted as folded; weak separators between two of these vanish. */
  Han,
  /** Whitespace: collapses to one space, or to nothing next to a Han character. */
  Space,
  /** Dots, dashes, slashes, emoji, symbols: vanish between Han characters, otherwise read as a word break. */
  WeakSeparator,
  /** Zero-width, variation selectors, combining marks, lone surrogates: always dropped. */
  Drop,
}

const HAN = /^\p{Script=Han}$/u;
const WHITESPACE = /^[\s\u2028\u2029\u3000]$/u;
/** Invisible or filler characters used to break keywords without changing how the text looks, as code-point ranges. */
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];
const isInvisible = (code: number): boolean => INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
const COMBINING = /^\p{M}$/u;
/** Punctuation obfuscators put inside words; sentence punctuation (, ; : ! ? 。) is not among them. */
const WEAK_PUNCTUATION = new Set([
  ".",
  "<",
  ">",
  "·",
  "-",
  "_",
  "~",
  "|",
  "/",
  "\\",
  "*",
  "+",
  "=",
  "'",
  '"',
  "`",
  "^",
  "#",
  "•",
  "・",
  "‧",
  "…",
  "—",
  "–",
  "－",
  "〜",
]);
/**
 * Full-width range marks, and the typographer's en dash, read as the ASCII mark they stand for, so that a range stays
 * a range ("20～80万", "1－2万", "£28,407–£34,581": not "20 80万", "12万" or two amounts); other full-width weak
 * punctuation is dropped.
 */
const RANGE_MARKS: Readonly<Record<string, string>> = { "~": "~", "-": "-", "〜": "~", "–": "-" };
const SYMBOL = /^[\p{So}\p{Sk}\p{Extended_Pictographic}]$/u;
/** ‘ ’ ʼ: what phones and word processors type for an apostrophe. */
const TYPOGRAPHIC_APOSTROPHES = new Set([0x2018, 0x2019, 0x02bc]);

/**
 * Cyrillic and Greek letters that look like Latin ones, used to write "Саmbоdia" so that a filter misses it. Read as
 * the Latin letter they imitate (JobSafe reads no Russian or Greek).
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ɡ: "g",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  μ: "u",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
};
/** Digits and signs written for letters inside a word (C4mb0dia, Th@iland): read as the letter. */
const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};
/** Letters spelled one by one (S.i.h.a.n.o.u.k, c a m b o d i a) or leetspeak inside a word: worth a second pass. */
const SPELLED_OUT =
  /(?:^|[^a-z0-9])[a-z][^a-z0-9\u3400-\u9fff]{1,3}[a-z0-9][^a-z0-9\u3400-\u9fff]{1,3}[a-z0-9][^a-z0-9\u3400-\u9fff]{1,3}[a-z0-9](?![a-z0-9])|(?:^|[^a-z])[a-z]\.[a-z](?![a-z])|[a-z][013457@$]+[a-z]|\d\.\d\.(?:\d|[\u3400-\u9fff])|[\u3400-\u9fff]\.\d\.\d|\d \d(?: \d)*[万千百元块美港台币泰马日]/;

const REGIONAL_A = 0x1f1e6;
const REGIONAL_Z = 0x1f1ff;

interface Folded {
  kind: Kind;
  /** Canonical text for Keep/Han code points. */
  text: string;
}

let traditionalToSimplified: Map<string, string> | undefined;

/** Characters read to tell the script: a Traditional text shows two within a sentence or two. */
export const SCRIPT_SAMPLE = 300;

/**
 * Whether `input` is written in Traditional characters (two or more that Simplified writes differently): Taiwan,
 * Hong Kong and Macau readers, whose amounts without a currency are in their own dollars, not yuan.
 */
export function isTraditionalChinese(input: string): boolean {
  return traditionalCharacters(input, 2) >= 2;
}

/** How many characters Simplified writes differently the opening of `input` holds, counted up to `enough`. */
export function traditionalCharacters(input: string, enough: number): number {
  const traditional = traditionalUnits();
  let found = 0;
  const end = Math.min(input.length, SCRIPT_SAMPLE);
  for (let i = 0; i < end && found < enough; i++) if (traditional[input.charCodeAt(i)] === 1) found++;
  return found;
}

/** 1 at each code unit the table converts: a typed-array read instead of a one-character string and a Map lookup. */
let traditionalFlags: Uint8Array | undefined;

function traditionalUnits(): Uint8Array {
  if (traditionalFlags) return traditionalFlags;
  const flags = new Uint8Array(0x10000);
  for (const char of simplifiedTable().keys()) if (char.length === 1) flags[char.charCodeAt(0)] = 1;
  return (traditionalFlags = flags);
}

/**
 * The one-character table as `npm run build` writes it beside the bundle (dist/traditional-to-simplified.json): the
 * bot reads 3,400 pairs instead of loading OpenCC's dictionaries at start (~50 ms) and converting 28,000 characters
 * on the first message (~0.1 s, and ~15 MB of garbage that stayed in the process's resident memory).
 */
const BUILT_TABLE = fileURLToPath(new URL("./traditional-to-simplified.json", import.meta.url));

/** Writes the table to BUILT_TABLE (`npm run build`) or `file`. */
export function writeBuiltSimplifiedTable(file = BUILT_TABLE): void {
  // Written whole or not at all: a build killed mid-write leaves the old table (or none), never half of one.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(Object.fromEntries(convertWithOpenCC())));
  renameSync(partial, file);
}

/** The table as written by `writeBuiltSimplifiedTable`; undefined when there is no such file or it cannot be read. */
export function readBuiltTable(file = BUILT_TABLE): Map<string, string> | undefined {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>));
  } catch {
    // Run from source (tests, the CLI) there is no build beside it; an unreadable one is no reason to stop answering:
    // either way the table is made from OpenCC.
    return undefined;
  }
}

/** The one-character Traditional→Simplified table: built by `npm run build`, or made from OpenCC. */
function simplifiedTable(): Map<string, string> {
  return (traditionalToSimplified ??= readBuiltTable() ?? convertWithOpenCC());
}

/**
 * One-character Traditional→Simplified table made from OpenCC's 'hk' and 'tw' variants. Character-level conversion
 * keeps a one-to-one origin map; converting each character separately (joined by newlines, which no OpenCC phrase
 * spans) takes ~0.1 s once instead of running the converter on every message.
 */
export function convertWithOpenCC(): Map<string, string> {
  const OpenCC = createRequire(import.meta.url)("opencc-js/t2cn") as typeof OpenCCModule;
  const fromHongKong = OpenCC.Converter({ from: "hk", to: "cn" });
  const fromTaiwan = OpenCC.Converter({ from: "tw", to: "cn" });
  const chars: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) chars.push(String.fromCharCode(code));
  for (let code = 0xf900; code <= 0xfaff; code++) chars.push(String.fromCharCode(code));
  const converted = fromTaiwan(fromHongKong(chars.join("\n"))).split("\n");
  const table = new Map<string, string>();
  if (converted.length === chars.length) {
    chars.forEach((char, i) => {
      const simplified = converted[i];
      if (simplified !== undefined && simplified !== char && simplified.length === 1) table.set(char, simplified);
    });
  }
  // OpenCC's Taiwan table reads 么 as a variant of 幺, which turned 什么 and 怎么 (and 什麼) into 什幺 and 怎幺, a form
  // no pattern or dictionary is written in: 么, 麼 and 麽 all read as the 么 of Simplified writing.
  table.delete("么");
  table.set("麼", "么");
  table.set("麽", "么");
  return table;
}

/** Folds of BMP code points, filled on first sight (an array indexed by code is much faster than a Map). */
const bmpFolds: (Folded | undefined)[] = new Array<Folded | undefined>(0x10000);
/**
 * The common cases in flat tables: a BMP letter that folds to one code unit, whitespace, and a dropped character.
 * `fastKind` holds its kind + 1 (0 = take the general path), `fastUnit` a letter's unit. Reading two typed arrays
 * beats loading a fold object per character.
 */
const fastKind = new Uint8Array(0x10000);
const fastUnit = new Uint16Array(0x10000);

function rememberBmpFold(code: number, folded: Folded): void {
  bmpFolds[code] = folded;
  if ((folded.kind === Kind.Keep || folded.kind === Kind.Han) && folded.text.length === 1) {
    fastKind[code] = folded.kind + 1;
    fastUnit[code] = folded.text.charCodeAt(0);
  } else if (folded.kind === Kind.Space || (folded.kind === Kind.Drop && (code < 0xd800 || code > 0xdfff))) {
    // A surrogate is dropped only when it stands alone: its pair is read as one astral code point.
    fastKind[code] = folded.kind + 1;
  }
}
const astralFolds = new Map<number, Folded>();

/** Classifies and folds one code point, once: texts reuse a small alphabet. */
function foldCodePoint(code: number): Folded {
  const cached = code < 0x10000 ? bmpFolds[code] : astralFolds.get(code);
  if (cached) return cached;
  const char = String.fromCodePoint(code);
  let folded: Folded;
  if (code >= 0xd800 && code <= 0xdfff) folded = { kind: Kind.Drop, text: "" };
  // A phone's curly apostrophe (can’t, won’t, ‘yung) reads as the typed one, so "can't" patterns see both.
  else if (TYPOGRAPHIC_APOSTROPHES.has(code)) folded = { kind: Kind.WeakSeparator, text: "'" };
  else if (isInvisible(code) || COMBINING.test(char)) folded = { kind: Kind.Drop, text: "" };
  else if (WHITESPACE.test(char)) folded = { kind: Kind.Space, text: " " };
  else {
    const lower = char.normalize("NFKC").toLowerCase();
    const compatible = CONFUSABLES[lower] ?? lower;
    const table = simplifiedTable();
    let text = "";
    for (const part of compatible) {
      if (!isInvisible(part.codePointAt(0) ?? 0) && !COMBINING.test(part)) text += table.get(part) ?? part;
    }
    if (text === "") folded = { kind: Kind.Drop, text: "" };
    else if (HAN.test(text)) folded = { kind: Kind.Han, text };
    else if (text.trim() === "") folded = { kind: Kind.Space, text: " " };
    else if (WEAK_PUNCTUATION.has(text) || SYMBOL.test(char))
      folded = { kind: Kind.WeakSeparator, text: RANGE_MARKS[text] ?? "" };
    else folded = { kind: Kind.Keep, text };
  }
  if (code < 0x10000) rememberBmpFold(code, folded);
  else astralFolds.set(code, folded);
  return folded;
}

function foldAscii(code: number): Folded {
  const char = String.fromCharCode(code);
  if (code <= 0x20 || code === 0x7f) {
    return { kind: code === 0x20 || (code >= 0x09 && code <= 0x0d) ? Kind.Space : Kind.Drop, text: " " };
  }
  if (WEAK_PUNCTUATION.has(char)) return { kind: Kind.WeakSeparator, text: char };
  return { kind: Kind.Keep, text: char.toLowerCase() };
}
for (let code = 0; code < 128; code++) rememberBmpFold(code, foldAscii(code));

/** Output is built as UTF-16 code units and decoded once: far cheaper than joining one-character strings. */
const UTF16 = new TextDecoder("utf-16le");

/** The canonical text's units while it is built, reused by the next call; sized for a whole checked message. */
let scratchUnits = new Uint16Array(4096 + 16);

/** A flag emoji read as a country name, and where it stood in the input. */
interface SpokenFlag {
  name: string;
  start: number;
}

/**
 * The canonical text as it is built: UTF-16 units with their input positions, and the pending separator run. A class
 * rather than closures inside `normalizeText`, so a call allocates one object and no functions.
 */
class CanonicalBuilder {
  units: Uint16Array;
  /** Preallocated and trimmed at the end: push() costs more than the rest of the pass. */
  readonly origin: number[];
  length = 0;
  lastKind: Kind | undefined = undefined;
  runStart = -1;
  runHasSpace = false;
  runPunctuation = "";
  runFlags: SpokenFlag[] | undefined = undefined;

  constructor(size: number) {
    // The units are decoded into a string at the end, so one buffer serves every call (a call never nests another).
    if (scratchUnits.length < size) scratchUnits = new Uint16Array(size);
    this.units = scratchUnits;
    this.origin = new Array<number>(size);
  }

  lastEmitted(): string {
    return this.length > 0 ? String.fromCharCode(this.units[this.length - 1]!) : "";
  }

  emit(chunk: string, start: number): void {
    if (this.length + chunk.length > this.units.length) {
      const grown = new Uint16Array(this.units.length * 2 + chunk.length);
      grown.set(this.units);
      this.units = grown;
    }
    for (let k = 0; k < chunk.length; k++) {
      this.origin[this.length] = start;
      this.units[this.length++] = chunk.charCodeAt(k);
    }
  }

  /** Decides what the pending separator run becomes, now that `nextKind` (a letter, or the end) follows it. */
  closeRun(nextKind: Kind | undefined): void {
    const lastKind = this.lastKind;
    if (this.runFlags === undefined && this.runPunctuation === "" && nextKind !== undefined) {
      // The common run, whitespace or symbols alone: one space between Latin words, nothing beside Chinese.
      if (lastKind === Kind.Keep && nextKind === Kind.Keep) this.emit(" ", this.runStart);
      this.runStart = -1;
      this.runHasSpace = false;
      return;
    }
    const betweenHan = lastKind === Kind.Han && nextKind === Kind.Han;
    const touchesHan = lastKind === Kind.Han || nextKind === Kind.Han;
    // A flag splitting the word it spells (缅🇲🇲甸) is just an obfuscating separator; elsewhere it names a country.
    const spoken = this.runFlags ? this.spokenFlags(betweenHan) : undefined;
    if (spoken !== undefined && spoken.length > 0) {
      if (lastKind === Kind.Keep && this.lastEmitted() !== " ") this.emit(" ", this.runStart);
      for (const flag of spoken) this.emit(flag.name, flag.start);
      this.lastKind = Kind.Han;
    } else if (!betweenHan && lastKind !== undefined && nextKind !== undefined) {
      const written = separatorAsWritten(this.runHasSpace, this.runPunctuation, touchesHan);
      if (written) this.emit(written, this.runStart);
    }
    this.runStart = -1;
    this.runHasSpace = false;
    this.runPunctuation = "";
    this.runFlags = undefined;
  }

  /** Reads the code point at `i` that the flat tables leave to the general path; returns where the next starts. */
  readSlow(source: string, i: number, unit: number): number {
    const code = unit >= 0xd800 && unit <= 0xdbff ? (source.codePointAt(i) ?? unit) : unit;
    if (code >= REGIONAL_A && code <= REGIONAL_Z) {
      const next = source.codePointAt(i + 2) ?? 0;
      if (next >= REGIONAL_A && next <= REGIONAL_Z) {
        const name = FLAG_NAMES[String.fromCharCode(65 + code - REGIONAL_A, 65 + next - REGIONAL_A)];
        if (this.runStart < 0) this.runStart = i;
        if (name) (this.runFlags ??= []).push({ name, start: i });
        return i + 4;
      }
    }
    const folded = (code < 0x10000 ? bmpFolds[code] : undefined) ?? foldCodePoint(code);
    switch (folded.kind) {
      case Kind.Keep:
      case Kind.Han:
        if (this.runStart >= 0) this.closeRun(folded.kind);
        if (folded.text.length === 1 && this.length < this.units.length) {
          this.origin[this.length] = i;
          this.units[this.length++] = folded.text.charCodeAt(0);
        } else this.emit(folded.text, i);
        this.lastKind = folded.kind;
        break;
      case Kind.Space:
        if (this.runStart < 0) this.runStart = i;
        this.runHasSpace = true;
        break;
      case Kind.WeakSeparator:
        if (this.runStart < 0) this.runStart = i;
        // Keep a few marks of a punctuation run (3-5, 20k/月); a flood of dots means nothing more than three do.
        if (folded.text !== "" && this.runPunctuation.length < 3) this.runPunctuation += folded.text;
        break;
      case Kind.Drop:
        break;
    }
    return i + (code > 0xffff ? 2 : 1);
  }

  private spokenFlags(betweenHan: boolean): SpokenFlag[] {
    const last = this.lastEmitted();
    return this.runFlags!.filter((flag) => !(betweenHan && flag.name.includes(last)));
  }
}

/**
 * Canonical form of `input` for matching, with a map back to the input. Never throws: lone surrogates and
 * control characters are dropped, anything unknown is kept as folded by NFKC.
 *
 * One pass: letters are emitted at once; separators are held as a pending run until the next letter shows what
 * stands on both sides of them.
 */
export function normalizeText(input: string): NormalizedText {
  const source = typeof input === "string" ? input : "";
  const out = new CanonicalBuilder(source.length + 16);
  // The hot fields as locals (the builder holds them only while one of its methods runs): letters, whitespace and
  // dropped characters, nearly all of a text, take the inline paths below.
  let { units, length } = out;
  const origin = out.origin;
  let runStart = -1;

  let i = 0;
  while (i < source.length) {
    const unit = source.charCodeAt(i);
    const fast = fastKind[unit]!;
    if (fast !== 0) {
      const kind: Kind = fast - 1;
      if (kind === Kind.Space) {
        if (runStart < 0) runStart = i;
        out.runHasSpace = true;
        i++;
        continue;
      }
      if (kind === Kind.Drop) {
        i++;
        continue;
      }
      if (runStart >= 0) {
        if (out.runFlags === undefined && out.runPunctuation === "") {
          // Whitespace or symbols alone: one space between Latin words, nothing beside Chinese (see `closeRun`).
          if (kind === Kind.Keep && out.lastKind === Kind.Keep) {
            if (length < units.length) {
              origin[length] = runStart;
              units[length++] = 0x20;
            } else {
              out.length = length;
              out.emit(" ", runStart);
              ({ units, length } = out);
            }
          }
          out.runHasSpace = false;
        } else {
          out.length = length;
          out.runStart = runStart;
          out.closeRun(kind);
          ({ units, length } = out);
        }
        runStart = -1;
      }
      if (length < units.length) {
        origin[length] = i;
        units[length++] = fastUnit[unit]!;
        out.lastKind = kind;
        i++;
        continue;
      }
    }
    out.length = length;
    out.runStart = runStart;
    i = out.readSlow(source, i, unit);
    ({ units, length, runStart } = out);
  }
  out.length = length;
  out.runStart = runStart;
  if (out.runStart >= 0) out.closeRun(undefined);
  origin.length = out.length;
  const text = UTF16.decode(out.units.subarray(0, out.length));
  return SPELLED_OUT.test(text) ? joinSpelledOut(text, origin) : { text, origin };
}

const A = 0x61;
const Z = 0x7a;
const isLetterCode = (code: number): boolean => code >= A && code <= Z;
const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isLetterOrDigitCode = (code: number): boolean => isLetterCode(code) || isDigitCode(code);
export const isHanCode = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isWordCode = (code: number): boolean =>
  isLetterCode(code) || (code >= 0x30 && code <= 0x39) || code === 0x40 || code === 0x24;
/** Marks put between spelled-out letters; clause punctuation (, ; : ! ?) ends a word instead. */
const isSpellingSeparator = (code: number): boolean =>
  code === 0x20 ||
  code === 0x2e ||
  code === 0x2d ||
  code === 0x5f ||
  code === 0x2a ||
  code === 0xb7 ||
  code === 0x2022 ||
  code === 0x7c ||
  code === 0x2f ||
  code === 0x7e ||
  code === 0x2b ||
  code === 0x3d;
/** Chinese units and currencies after an amount: spaced digits before one of them are one number. */
const MONEY_AFTER_DIGITS = new Set([..."万千百元块美港台币泰马日"].map((char) => char.charCodeAt(0)));
/**
 * A currency's Latin name glued to a sum in thousands ("rm10k", "php25k"), as one word. Only a currency's own name
 * counts: "sc4m" or "te4m" is still leetspeak.
 */
const GLUED_AMOUNT = new RegExp(
  `^(?:${CURRENCIES.flatMap((currency) => currency.names.filter((name) => /^[a-z]{2,4}$/.test(name))).join("|")})\\d+k$`,
);
/** LEET by ASCII code: the letter's code, or 0 for a sign that stands for none (a table read per character of a word). */
const LEET_UNITS = new Uint16Array(0x80);
for (const [from, to] of Object.entries(LEET)) LEET_UNITS[from.charCodeAt(0)] = to.charCodeAt(0);

/**
 * Second pass for Latin words written to slip past filters: letters spelled out one by one with the same dot or
 * space between them (S.i.h.a.n.o.u.k.v.i.l.l.e → sihanoukville; dotted short words like n.o too, spaced ones from
 * four letters, so "a b" stays) and leetspeak inside a word (c4mb0dia → cambodia). Keeps the map to the input.
 */
function joinSpelledOut(text: string, origin: number[]): NormalizedText {
  const length = text.length;
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i++) codes[i] = text.charCodeAt(i);
  const code = (at: number): number => (at >= 0 && at < length ? codes[at]! : 0);
  // A word that starts and ends with a letter and has leetspeak inside (th41l4nd): every leet sign is a letter.
  for (let i = 0; i < length; i++) {
    if (!isLetterCode(codes[i]!) || isWordCode(code(i - 1))) continue;
    let end = i;
    while (isWordCode(code(end + 1))) end++;
    // A currency glued to a sum in thousands ("rm10k", "php25k", "usd3k") is an amount, not leetspeak.
    if (isLetterCode(codes[end]!) && end - i >= 3 && !GLUED_AMOUNT.test(text.slice(i, end + 1))) {
      for (let k = i + 1; k < end; k++) {
        const letter = codes[k]! < 0x80 ? LEET_UNITS[codes[k]!]! : 0;
        if (letter !== 0) codes[k] = letter;
      }
    }
    i = end;
  }
  const keep = new Uint8Array(length).fill(1);
  // Digits spelled out among letters (V.N.D.2.0, 1 2 0 0 u s d) belong to the word too.
  const single = (at: number): boolean =>
    isLetterOrDigitCode(code(at)) && !isLetterOrDigitCode(code(at - 1)) && !isLetterOrDigitCode(code(at + 1));
  // A spaced run next to another one across a wider gap ("o n e   l a k h") is a spelled-out word, however short.
  const spacedRunAt = (at: number): boolean => single(at) && code(at + 1) === 0x20 && single(at + 2);
  const spacedRunEndsAt = (at: number): boolean => single(at) && code(at - 1) === 0x20 && single(at - 2);
  const besideSpacedRun = (first: number, last: number): boolean => {
    for (let gap = 2; gap <= 3; gap++) {
      if (code(last + 1) === 0x20 && code(last + gap) === 0x20 && spacedRunAt(last + gap + 1)) return true;
      if (code(first - 1) === 0x20 && code(first - gap) === 0x20 && spacedRunEndsAt(first - gap - 1)) return true;
    }
    return false;
  };
  let i = 0;
  while (i < length) {
    // A run of single letters, each followed by the same short separator: l . l . l . l
    let first = -1;
    let last = -1;
    let count = 0;
    let separatorStart = -1;
    let separatorLength = 0;
    // How far apart the letters stood as written: a wider gap ("h i g h   p a y") is a word break, kept.
    let writtenStep = -1;
    let letters = 0;
    let restartAt = -1;
    let k = i;
    while (single(k)) {
      if (first < 0) first = k;
      last = k;
      count++;
      if (isLetterCode(codes[k]!)) letters++;
      let gap = k + 1;
      while (gap < length && gap - k <= 3 && isSpellingSeparator(codes[gap]!)) gap++;
      const width = gap - k - 1;
      if (width === 0 || !isLetterOrDigitCode(code(gap))) break;
      if (separatorStart >= 0 && !sameRun(codes, separatorStart, k + 1, width, separatorLength)) break;
      const step = origin[gap]! - origin[k]!;
      if (writtenStep >= 0 && step !== writtenStep) {
        // The first two letters stood further apart than the rest: the first is a word of its own ("a  s a l a r y"
        // is "a salary", not "as alary"), and the run starts at the second.
        if (count === 2 && step < writtenStep) restartAt = k;
        break;
      }
      writtenStep = step;
      separatorStart = k + 1;
      separatorLength = width;
      k = gap;
    }
    if (restartAt >= 0) {
      i = restartAt;
      continue;
    }
    // Dotted short words (n.o, t.h.e) are words too; spaced ones need four letters, so "a b" stays apart.
    // Spaced or dotted digits alone are a number, read by the digit rules below.
    const spaced = separatorLength === 1 && codes[separatorStart] === 0x20;
    if (letters > 0 && (count >= (spaced ? 4 : 2) || (spaced && count >= 2 && besideSpacedRun(first, last)))) {
      for (let at = first; at < last; at++) if (!isLetterOrDigitCode(codes[at]!)) keep[at] = 0;
      i = last + 1;
    } else i++;
  }
  // Digits dotted one by one (3.5.0.0.0 → 35000; a decimal point has digits on one side only once), digits spaced
  // one by one before a Chinese unit or currency (月收1 0 萬 → 10万, 1 0 0 美元 → 100美元), and a dot between a digit
  // and a Chinese character, on either side, which no decimal has (6.0.万 → 6.0万).
  for (let at = 0; at < length; at++) {
    if (!isDigitCode(codes[at]!)) continue;
    let end = at;
    while (code(end + 1) === 0x2e && isDigitCode(code(end + 2))) end += 2;
    if (end - at >= 4) for (let dot = at + 1; dot < end; dot += 2) keep[dot] = 0;
    if (end === at && !isDigitCode(code(at - 1))) {
      let spacedEnd = at;
      while (code(spacedEnd + 1) === 0x20 && isDigitCode(code(spacedEnd + 2)) && !isDigitCode(code(spacedEnd + 3)))
        spacedEnd += 2;
      if (spacedEnd > at && MONEY_AFTER_DIGITS.has(code(spacedEnd + 1))) {
        for (let space = at + 1; space < spacedEnd; space += 2) keep[space] = 0;
        end = spacedEnd;
      }
    }
    if (code(end + 1) === 0x2e && isHanCode(code(end + 2))) keep[end + 1] = 0;
    if (code(at - 1) === 0x2e && isHanCode(code(at - 2))) keep[at - 1] = 0;
    at = end;
  }
  // Nearly every text has nothing spelled out: it is returned as it came, without a copy of its origins.
  let changed = false;
  for (let at = 0; at < length && !changed; at++) changed = !keep[at] || codes[at] !== text.charCodeAt(at);
  if (!changed) return { text, origin };
  const joinedOrigin: number[] = [];
  const kept = new Uint16Array(length);
  let n = 0;
  for (let at = 0; at < length; at++) {
    if (!keep[at]) continue;
    joinedOrigin.push(origin[at]!);
    kept[n++] = codes[at]!;
  }
  return { text: UTF16.decode(kept.subarray(0, n)), origin: joinedOrigin };
}

function sameRun(codes: Uint16Array, a: number, b: number, width: number, widthA: number): boolean {
  if (width !== widthA) return false;
  for (let k = 0; k < width; k++) if (codes[a + k] !== codes[b + k]) return false;
  return true;
}

/**
 * What a separator run outside a Chinese word stays as. Spaces carry no meaning next to Chinese characters, but
 * between Latin words a break must stay a break ("data entry", not "dataentry"). ASCII punctuation is kept as
 * written, without its spaces, because numbers and rates need it (3,000 vs 3.000, 3-5万, 20k/月); emoji and symbols
 * between Latin words read as a space.
 */
function separatorAsWritten(hasSpace: boolean, punctuation: string, touchesHan: boolean): string {
  if (hasSpace && !touchesHan) return " ";
  if (punctuation) return punctuation;
  return touchesHan ? "" : " ";
}

/** Length in the input of the unit that starts at `index` (a flag is two code points, astral chars two units). */
function inputUnitLength(input: string, index: number): number {
  const code = input.codePointAt(index) ?? 0;
  if (code >= REGIONAL_A && code <= REGIONAL_Z) {
    const next = input.codePointAt(index + 2) ?? 0;
    return next >= REGIONAL_A && next <= REGIONAL_Z ? 4 : 2;
  }
  return code > 0xffff ? 2 : 1;
}

/** original substring covering normalised span [start,end) */
export function originalSpan(input: string, n: NormalizedText, start: number, end: number): string {
  const [from, to] = originalRange(input, n, start, end);
  return input.slice(from, to);
}

/** Input offsets [start, end) of the normalised span [start, end), for callers that need positions. */
export function originalRange(input: string, n: NormalizedText, start: number, end: number): [number, number] {
  const from = Math.max(0, Math.min(start, n.origin.length));
  const to = Math.max(from, Math.min(end, n.origin.length));
  if (to === from) {
    const at = n.origin[from] ?? input.length;
    return [at, at];
  }
  const last = n.origin[to - 1]!;
  return [n.origin[from]!, last + inputUnitLength(input, last)];
}
