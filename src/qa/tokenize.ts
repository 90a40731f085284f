/**
 * Search terms for Q&A matching in Chinese and English.
 *
 * Chinese is written without spaces and a word segmenter is a large dependency, so Han runs are cut into overlapping
 * character bigrams: most Chinese words are one or two bigrams long, and a question shares bigrams with a sample
 * that uses the same words in another order. Latin words get a light English stemmer so "passports", "answering" and
 * "replied" meet "passport", "answer" and "reply". Input must already be canonical (`normalizeText`): lower-case,
 * Simplified, with separators inside Chinese words removed.
 */

/** Chinese function characters: a bigram made only of these ("怎么", "可以", "我们") carries no topic. */
const FUNCTION_HAN = new Set(
  "的了吗呢吧啊呀是我你他她它们这那个在有和就都也要会能去说到怎么什样可以不没很还被把给让对该应嘛哪里儿些之与及或而且但如果为因所以得着过来上一多少几此其每各某已经再又才只将从向于等啦哦喔嗯吗么啥咋呗" +
    // Cantonese function characters as they read after Traditional→Simplified folding.
    "系咩嘅咗唔冇佢哋喺嚟啲点乜嘢㗎咁嗰",
);

/** English words that appear in questions of every topic. */
const ENGLISH_STOPWORDS = new Set(
  (
    "a an the and or but if then so to of in on at for from by with about into over as is are was were be been being am " +
    "do does did done have has had having i me my mine we us our you your he him his she her they them their it its " +
    "this that these those there here what which who whom whose when where why how can could should would will shall " +
    "may might must not no yes just also very too really still now any some all one get got go going went gone " +
    "there's it's i'm i've i'd he's she's they're we're don't doesn't didn't can't won't isn't aren't wasn't " +
    "ok okay please thanks thank hi hello know think want need tell told say said says like"
  ).split(" "),
);

const TERM_PATTERN = /\p{Script=Han}+|[a-z0-9][a-z0-9'’]*/gu;

/** Reduces an English word to a rough stem; only suffix rules that rarely merge unrelated words. */
export function stemEnglish(word: string): string {
  let stem = word.replace(/['’]s$/, "");
  if (stem.length <= 3 || /\d/.test(stem)) return stem;
  if (stem.endsWith("ies") || stem.endsWith("ied")) return `${stem.slice(0, -3)}y`;
  if (stem.endsWith("sses")) return stem.slice(0, -2);
  if (stem.endsWith("ing") && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith("ed") && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")) stem = stem.slice(0, -1);
  // "stopped" → "stopp" → "stop"; keep "ll"/"ss" (sell, pass).
  if (/([^aeiouls])\1$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** Splits canonical text into search terms: Han bigrams (a lone Han character stays one term) and stemmed words. */
export function searchTerms(canonical: string): string[] {
  const terms: string[] = [];
  for (const [run] of canonical.matchAll(TERM_PATTERN)) {
    if (/^\p{Script=Han}/u.test(run)) {
      const chars = [...run];
      if (chars.length === 1) {
        if (!FUNCTION_HAN.has(run)) terms.push(run);
        continue;
      }
      for (let i = 0; i + 1 < chars.length; i++) {
        const first = chars[i]!;
        const second = chars[i + 1]!;
        if (!(FUNCTION_HAN.has(first) && FUNCTION_HAN.has(second))) terms.push(first + second);
      }
    } else if (!ENGLISH_STOPWORDS.has(run)) {
      terms.push(stemEnglish(run.replace(/’/g, "'")));
    }
  }
  return terms;
}
