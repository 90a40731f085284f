/**
 * Search terms for Q&A matching in Chinese and English.
 *
 * Chinese is cut into words with jieba (@node-rs/jieba, its dictionary plus JobSafe's domain words: places, compound
 * slang, Cantonese), so that a question and a sample meet on the same words in any order, and a word no entry knows
 * ("天气") counts as something the question asks that no answer covers. Latin words get a light English stemmer so
 * "passports", "answering" and "replied" meet "passport", "answer" and "reply". Input must already be canonical
 * (`normalizeText`): lower-case, Simplified, with separators inside Chinese words removed.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as JiebaModule from "@node-rs/jieba";
import type { Jieba } from "@node-rs/jieba";

/** The apps an account number is given for ("加我微信号", "飞机号", "抖音号"), as they are written in questions. */
const ACCOUNT_APPS = ["微信", "抖音", "小红书", "脸书", "飞机", "纸飞机", "快手", "钉钉"];
/** Each app's account number ("微信号") and the app it is searched as. */
const ACCOUNT_OF: ReadonlyMap<string, string> = new Map(ACCOUNT_APPS.map((app) => [`${app}号`, app]));

/**
 * Words jieba's general dictionary splits or lacks: places and slang of the scam-compound trade, and the Cantonese
 * words that folding to standard Chinese (src/text/cantonese.ts, applied first) leaves as they are: 人工 and 返工
 * outside a Cantonese message, and words the fold table does not hold. A word here stays whole, so "失联" is not
 * "失" + "联".
 */
const DOMAIN_WORDS = [
  "园区",
  "诈骗园区",
  "电诈",
  "杀猪盘",
  "菠菜",
  "妙瓦底",
  "缅北",
  "西港",
  "果敢",
  "大其力",
  "金三角",
  "失联",
  "赎金",
  "卖猪仔",
  "包机票",
  "包吃住",
  "报平安",
  "领事保护",
  "急难救助",
  "反诈",
  "扣护照",
  "业绩",
  "转卖",
  "遣返",
  "偷渡",
  "蛇头",
  "阿哥",
  "呃人",
  "高人工",
  "包食住",
  "倾偈",
  "出粮",
  "差人",
  "返工",
  "人工",
  // Refusing to listen whole: cut, "都不听" left only "听", a lone character that names no topic.
  "不听",
  "不听劝",
  "劝不住",
  "劝不动",
  "劝不听",
  "拦不住",
  // The jobs and pay of the lure, which the frequent-word dictionary cuts into other words ("做客服" was "做客" + "服",
  // "做主播" "做主" + "播", "月入" "月" + "入").
  "客服",
  "打字员",
  "荷官",
  "主播",
  "电销",
  "网销",
  "月入",
  "月薪",
  "日结",
  "底薪",
  "提成",
  "中介费",
  // Agencies in the words of official notices ("职介" was "职" + "介", "外派" "外" + "派").
  "职介",
  "外派",
  // Life inside and coming back, in the words families use ("话术" was "话" + "术", "旅行证" "旅行" + "证").
  "话术",
  "完不成",
  "罚站",
  "电棍",
  "小黑屋",
  "旅行证",
  "旅行证件",
  "不肯说",
  "不肯讲",
  "不愿说",
  // Visa words whole, so that a visa keyword does not also claim every question with 工作 in it.
  "工作签证",
  "工作签",
  "工作许可",
  "工作准证",
  "工作证",
  "免签",
  "落地签",
  "旅游签",
  "商务签",
  // Leaving the country off the official way, whole ("偷越" was "偷" + "越", a lone verb and nothing).
  "偷越",
  // Where recruiters post: the dictionary's neighbours took them apart ("快手上" was 快 + 手上, "贴吧上" 贴 + 吧上).
  "快手",
  "贴吧",
  // An app's account number: "微信号" was "微" + "信号" (a phone signal), so a recruiter's WeChat ID named a weak signal
  // and no app. Read whole here, each is then searched as its app (`ACCOUNT_OF`).
  ...ACCOUNT_OF.keys(),
];

/**
 * The entries' keywords that jieba's dictionary cut into lone characters, which name no topic (微信 was 微 + 信, 仲介
 * 仲 + 介, 案底 案 + 底): apps newer than the dictionary, Taiwan's and Hong Kong's words, the domain's own. A new
 * keyword that falls apart fails tests/qa/tokenize.test.ts until it is added here. Unlike the domain's words, each
 * only outweighs the pieces it falls into (`keepKeywordsWhole`): at the domain words' weight they also beat the
 * dictionary's own longer words (先打工 was 先打 + 工, 黑工厂 黑工 + 厂, 按金额 按金 + 额).
 */
const KEYWORDS_KEPT_WHOLE = [
  "职缺",
  "仲介",
  // Taiwan's agent's fee whole: cut, its "仲介" named the fee's topic in every question about an agent.
  "仲介费",
  "按金",
  "黑仲介",
  "转签",
  "黑工",
  "饿饭",
  "卖来卖去",
  "照住稿",
  "看住",
  "找不到人",
  // Losing contact, whole: cut, "联系不上" left "联系", which a recruiter's "联系我" (contacted me) also holds.
  "联系不上",
  "联系不到",
  "联系不了",
  "联络不上",
  "联络不到",
  "断了联系",
  "断了联络",
  "越境",
  "投案",
  "未读",
  "赎人",
  "放人",
  "打钱",
  "开价",
  "凑钱",
  "转账",
  "赔付",
  "汇钱",
  "跑不掉",
  "打给谁",
  "先找谁",
  "先打哪个",
  "先打",
  "先找哪",
  "先找",
  "坐监",
  "报备",
  "案底",
  "脱罪",
  "拉人",
  "补发",
  "社工",
  "不出声",
  "车旅费",
  "旅费",
  "接机",
  "全包",
  "微信",
  "抖音",
  "微博",
  "私聊",
  "小红书",
  "脸书",
  "私讯",
  "群组",
  "铁了心",
  "防骗",
  "警讯",
  "湄索",
  "说明情况",
];

/**
 * Dictionary words that are almost never meant in JobSafe's questions and tear apart the words around them: "群里拉人"
 * (recruiting in a group chat) was 群 + 里拉 (the lira) + 人. Each is loaded at the least frequency, so any other cut wins.
 */
const DEMOTED_WORDS = ["里拉"];

/** Characters that mark the passive or the object before a verb (被扣 = 扣). */
const PASSIVE_MARKERS = new Set(["被", "把", "给", "让", "俾"]);

let jieba: Jieba | undefined;

/**
 * jieba's dictionary holds 350,000 words and costs about 50 MB of memory; the 50,000 most frequent (those seen at
 * least this often in its corpus) segment questions the same way for 8 MB.
 */
const MIN_WORD_FREQUENCY = 54;

/** The dictionary's lines JobSafe keeps, and the sum of their frequencies (jieba's corpus size, as it counts it). */
interface FrequentWords {
  lines: Buffer;
  total: number;
}

/**
 * The lines of jieba's dictionary ("word frequency tag") whose frequency is at least `minimum`, as bytes. Read from
 * the file on first use and filtered without decoding it: splitting its 350,000 lines into strings left ~50 MB of
 * garbage that raised the process's peak memory for good (and took 0.5 s); the package's own `dict.js` also reads
 * its 6 MB IDF table, which JobSafe never uses.
 */
function frequentWords(minimum: number): FrequentWords {
  const dict = readFileSync(require.resolve("@node-rs/jieba/dict.txt"));
  const kept = Buffer.allocUnsafe(dict.length);
  let length = 0;
  let total = 0;
  for (let start = 0; start <= dict.length;) {
    const newline = dict.indexOf(0x0a, start);
    const end = newline === -1 ? dict.length : newline;
    const frequency = frequencyOf(dict, start, end);
    if (frequency >= minimum) {
      if (length > 0) kept[length++] = 0x0a;
      length += dict.copy(kept, length, start, end);
      total += frequency;
    }
    start = end + 1;
  }
  return { lines: kept.subarray(0, length), total };
}

/**
 * The second field of a dictionary line as a number (0 when there is none), read from the bytes: its digits are added
 * up without making a string of them (350,000 short strings on the first Chinese question, garbage that grew the heap);
 * a field of anything but digits is read as `Number` reads it.
 */
function frequencyOf(dict: Buffer, start: number, end: number): number {
  const space = dict.indexOf(0x20, start);
  if (space === -1 || space >= end) return 0;
  const found = dict.indexOf(0x20, space + 1);
  const fieldEnd = found === -1 || found > end ? end : found;
  let value = 0;
  for (let i = space + 1; i < fieldEnd; i++) {
    const digit = dict[i]! - 0x30;
    if (digit < 0 || digit > 9) return Number(dict.toString("latin1", space + 1, fieldEnd));
    value = value * 10 + digit;
  }
  return value;
}

/** The frequency of `word` in the kept lines, or undefined when they do not hold it. */
function frequencyIn(lines: Buffer, word: string): number | undefined {
  const prefix = `${word} `;
  const atStart = lines.toString("utf8", 0, Buffer.byteLength(prefix)) === prefix;
  const start = atStart ? 0 : lines.indexOf(`\n${prefix}`) + 1;
  if (start === 0 && !atStart) return undefined;
  const newline = lines.indexOf(0x0a, start);
  return frequencyOf(lines, start, newline === -1 ? lines.length : newline);
}

const require = createRequire(import.meta.url);

/** The domain's words weigh more than any ordinary word of the dictionary, so that they win over it ("做客服"). */
const DOMAIN_WORD_FREQUENCY = 100_000;

/**
 * Loaded on first use (about 0.1 s), the native module too (required here, not imported: loading it took ~10 ms of
 * the start-up to polling): a bot that is never asked a question in Chinese never pays for it.
 */
function segmenter(): Jieba {
  if (!jieba) {
    const dictionary = frequentWords(MIN_WORD_FREQUENCY);
    const domain = Buffer.from(DOMAIN_WORDS.map((word) => `\n${word} ${DOMAIN_WORD_FREQUENCY}`).join(""));
    const { Jieba } = require("@node-rs/jieba") as typeof JiebaModule;
    jieba = Jieba.withDict(Buffer.concat([dictionary.lines, domain]));
    keepKeywordsWhole(jieba, dictionary);
    jieba.loadDict(Buffer.from(DEMOTED_WORDS.map((word) => `${word} 1`).join("\n")));
  }
  return jieba;
}

/**
 * Adds each of KEYWORDS_KEPT_WHOLE with the least frequency that keeps it whole, as jieba's own `suggest_freq` does:
 * one more than its pieces' probabilities multiplied, in jieba's counts. Whole, it wins over those pieces; inside a
 * longer word of the dictionary (打工 in 先打工, 工厂 in 黑工厂) the dictionary's cut still wins. Shorter keywords first,
 * so that a longer one (黑仲介) is weighed against the pieces it falls into once the shorter (仲介) is whole.
 */
function keepKeywordsWhole(segmenter: Jieba, dictionary: FrequentWords): void {
  const known = new Map(DOMAIN_WORDS.map((word) => [word, DOMAIN_WORD_FREQUENCY]));
  let total = dictionary.total + DOMAIN_WORDS.length * DOMAIN_WORD_FREQUENCY;
  const frequency = (word: string): number => {
    let found = known.get(word);
    // jieba counts a character its dictionary lacks once.
    if (found === undefined) known.set(word, (found = frequencyIn(dictionary.lines, word) ?? 1));
    return found;
  };
  for (const keyword of [...KEYWORDS_KEPT_WHOLE].sort((a, b) => a.length - b.length)) {
    const pieces = segmenter.cut(keyword, false);
    const probability = pieces.reduce((product, piece) => (product * frequency(piece)) / total, 1);
    const kept = Math.floor(probability * total) + 1;
    segmenter.loadDict(Buffer.from(`${keyword} ${kept}`));
    known.set(keyword, kept);
    total += kept;
  }
}

/** Chinese function characters: a bigram made only of these ("怎么", "可以", "我们") carries no topic. */
const FUNCTION_HAN = new Set(
  "的了吗呢吧啊呀是我你他她它们这那个在有和就都也要会能去说到怎么什样可以不没很还被把给让对该应嘛哪里儿些之与及或而且但如果为因所以得着过来上一多少几此其每各某已经再又才只将从向于等啦哦喔嗯吗么啥咋呗" +
    // Cantonese function characters that folding to standard Chinese (src/text/cantonese.ts) leaves as they are.
    "系唔哋点乜",
);

/** English words that appear in questions of every topic. */
const ENGLISH_STOPWORDS = new Set(
  (
    "a an the and or but if then so to of in on at for from by with about into over as is are was were be been being am " +
    "do does did done have has had having i me my mine we us our you your he him his she her they them their it its " +
    "this that these those there here what which who whom whose when where why how can could should would will shall " +
    "may might must not no yes just also very too really still now any some all one get got go going went gone " +
    "there's it's i'm i've i'd he's she's they're we're don't doesn't didn't can't won't isn't aren't wasn't " +
    "ok okay please thanks thank hi hello know think want need tell told say said says like " +
    // Function words of code-mixed messages: Taglish, Hinglish, Malay and Indonesian, Singlish particles.
    "ang ng mga sa si ni ko mo ka ba po na pa yung kung ako ikaw siya kami tayo sila namin nila ito iyan lang din rin daw " +
    "hai hain tha thi ka ki ke ko se mein me kya kaise aur bhi toh yeh woh mera meri mujhe " +
    "saya aku kamu dia kita kami di ke dan yang ini itu ada apa macam mana boleh nak sudah dah juga tak tu atau tahu " +
    "lah leh lor meh ah sia"
  ).split(" "),
);

/** A "help desk" or "help-centre" is a job, a "helpline" a number to call: one word each, not a plea's "help". */
const HELP_SERVICE = /\bhelp[ -]?(desk|cent(?:er|re)|line)s?\b/g;
const helpService = (_: string, kind: string): string => (kind === "line" ? "helpline" : "helpdesk");

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

/**
 * Splits canonical text into search terms: Chinese words (function words dropped; single characters kept when they
 * carry meaning, as a Cantonese particle or a name does not) and stemmed English words.
 */
export function searchTerms(canonical: string): string[] {
  // The runs as strings: matchAll would build a match object (index, input, groups) for each of a pasted ad's hundreds.
  const runs =
    (canonical.includes("help") ? canonical.replace(HELP_SERVICE, helpService) : canonical).match(TERM_PATTERN) ?? [];
  // The Chinese runs are cut in one call, one a line (jieba cuts lines apart, as it cut them one call each): a pasted
  // ad has a score of them, and each call into the native module cost more than its cutting.
  const chinese = runs.filter((run) => HAN_START.test(run));
  const words = chinese.length > 0 ? segmenter().cut(chinese.join("\n"), false) : [];
  let next = 0;
  const terms: string[] = [];
  for (const run of runs) {
    if (HAN_START.test(run)) {
      for (; next < words.length; next++) {
        const word = words[next]!;
        if (word === "\n") {
          next++;
          break;
        }
        if (isFunctionWord(word)) continue;
        // "被扣", "被骗", "给扣": the passive or object marker is grammar; the verb is the topic.
        if (word.length === 2 && PASSIVE_MARKERS.has(word.charAt(0))) terms.push(word.slice(1));
        else terms.push(ACCOUNT_OF.get(word) ?? word);
      }
    } else if (!ENGLISH_STOPWORDS.has(run)) {
      terms.push(stemOf(run));
    }
  }
  return terms;
}

const HAN_START = /^\p{Script=Han}/u;

function isFunctionWord(word: string): boolean {
  for (const char of word) if (!FUNCTION_HAN.has(char)) return false;
  return true;
}

/** Stems by word: the same few thousand words come back in every message, and a stem is the same each time. */
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 20_000;

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
    stems.set(word, (stem = stemEnglish(word.replace(/’/g, "'"))));
  }
  return stem;
}
