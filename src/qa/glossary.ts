/**
 * "What does this word mean?": a question that asks the meaning of a term from lures and warnings ("菠菜是什么意思",
 * "what is a scam compound", "KK园区是什么地方") or where a named compound zone is ("where is KK Park"). Such a question
 * gets the term's meaning before the entry that tells more, instead of the entry alone, which never says what the
 * word means. Only a question framed as asking a meaning counts: "菠菜汤怎么做" and "my son is in KK Park" do not.
 * Pure: no grammY, no translations.
 */
import {
  GLOSSARY,
  GLOSSARY_PLACE_ENTRY,
  GLOSSARY_PLACES,
  NOT_A_PLACE_NAME,
  type GlossaryTerm,
} from "../content/glossary.ts";
import { PLACES, type Place } from "../content/places.ts";
import { originalSpan } from "../text/normalize.ts";
import type { ReadText } from "../text/read-text.ts";
import { escapeRegExp } from "../text/escape-regexp.ts";

/** The term asked about, and `related`: the entry whose answer follows its meaning. */
export type AskedTerm = { related: string } & (
  | { kind: "term"; term: GlossaryTerm }
  /** `asWritten`: the place's name as the question writes it (user text: escape it before it is sent back). */
  | { kind: "place"; place: Place; asWritten: string }
);

type Meaning = { kind: "term"; term: GlossaryTerm } | { kind: "place"; place: Place };

interface Frames {
  meanings: ReadonlyMap<string, Meaning>;
  /** Each frame captures the term as group `term`; a `where` frame asks where a place is. */
  frames: readonly { pattern: RegExp; where: boolean }[];
}

let built: Frames | undefined;

/** Built on the first question that could ask a meaning: most messages never need it. */
function frames(): Frames {
  if (built) return built;
  const meanings = new Map<string, Meaning>();
  for (const term of GLOSSARY) for (const form of term.forms) meanings.set(form, { kind: "term", term });
  for (const place of PLACES) {
    if (!GLOSSARY_PLACES.includes(place.id)) continue;
    for (const name of place.names) if (!NOT_A_PLACE_NAME.has(name)) meanings.set(name, { kind: "place", place });
  }
  // Longest first, so that 种菠菜 is read before 菠菜; a Latin form ("kk park", "scam compound") stands as whole words.
  const forms = [...meanings.keys()].sort((a, b) => b.length - a.length);
  const wordLike = (form: string): string =>
    /^[a-z0-9]/.test(form) ? `(?<![a-z0-9])${escapeRegExp(form)}` : escapeRegExp(form);
  const anyTerm = `(?<term>${forms.map((form) => (/[a-z0-9]$/.test(form) ? `${wordLike(form)}(?![a-z0-9])` : wordLike(form))).join("|")})`;
  const quote = `["'“”‘’「」『』《》]?`;
  // The ask ends its clause: "菠菜是什么颜色的", "what do snakeheads charge", "西港在哪里坐船" ask something else.
  const end = `(?=\\s*(?:$|[?？。!！,，.~…"'“”‘’」』》]|啊|呀|呢|吗|嘛|啦|㗎|嘅|架|哦|喔|\\b(?:ah|lah|la|exactly|actually|really|pls|please|then)\\b))`;
  built = {
    meanings,
    frames: [
      // 什么是菠菜 / 啥叫卖猪仔 / 咩係小黑屋
      { pattern: new RegExp(`(?:什么|甚么|啥|咩|乜嘢?)(?:是|叫|系|係)\\s*${quote}${anyTerm}${end}`), where: false },
      // 菠菜是什么意思 / KK园区是什么地方 / 小黑屋指什么 / 猪仔啥意思
      {
        pattern: new RegExp(
          `${anyTerm}${quote}\\s*(?:(?:到底|究竟)?(?:是|系|係|就是|是指|指的是|指|代表)?\\s*(?:什么|甚么|啥|咩|乜嘢?)(?:意思|东西|地方|工作|来的|来|嘅|嚟)?|的意思)${end}`,
        ),
        where: false,
      },
      // what is a scam compound / what's KK Park / what does 'bocai' mean
      {
        pattern: new RegExp(
          `\\bwhat(?:'s|s| is| are| does| do)\\s+(?:a |an |the )?${quote}${anyTerm}${quote}(?:\\s+(?:mean|means|stand for))?${end}`,
        ),
        where: false,
      },
      {
        pattern: new RegExp(
          `\\b(?:meaning of|define|mean by)\\s+(?:the word |the term )?(?:a |an |the )?${quote}${anyTerm}${end}`,
        ),
        where: false,
      },
      { pattern: new RegExp(`${anyTerm}${quote}\\s+(?:means?|meaning)\\b${end}`), where: false },
      // Where a place is: 西港在哪里 / 妙瓦底系边度 / where is Myawaddy (a word's "where" asks something else).
      {
        pattern: new RegExp(`${anyTerm}${quote}\\s*(?:(?:是|在)哪(?:里|儿|个国家)?|系边度|喺边度)${end}`),
        where: true,
      },
      { pattern: new RegExp(`\\bwhere(?:'s|s| is| are)\\s+(?:the )?${quote}${anyTerm}${end}`), where: true },
    ],
  };
  return built;
}

/** The words every frame asks with: a question without them asks no meaning, and the frames are not run. */
const ASKING_WORDS = /什么|甚么|啥|咩|乜|哪|边度|意思|\b(?:what|whats|where|wheres|mean|means|meaning|define)\b/;

/** The term whose meaning `read` asks, or undefined when it asks none of the glossary's. */
export function askedTerm(read: ReadText): AskedTerm | undefined {
  const canonical = read.canonical;
  if (!ASKING_WORDS.test(canonical)) return undefined;
  const { meanings, frames: patterns } = frames();
  for (const { pattern, where } of patterns) {
    const found = pattern.exec(canonical);
    const form = found?.groups?.term;
    const meaning = form === undefined ? undefined : meanings.get(form);
    if (!found || form === undefined || !meaning || (where && meaning.kind !== "place")) continue;
    if (meaning.kind === "term") return { ...meaning, related: meaning.term.related };
    const start = found.index + found[0].indexOf(form);
    const asWritten = originalSpan(read.text, read.normalized, start, start + form.length);
    return { ...meaning, asWritten, related: GLOSSARY_PLACE_ENTRY };
  }
  return undefined;
}
