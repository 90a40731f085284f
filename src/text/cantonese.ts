/**
 * Written Cantonese (PRODUCT.md §2.16, issue 13: "Cantonese in, Traditional out"). Hong Kong and Macau readers write
 * Cantonese with words standard written Chinese does not use (佢, 喺, 唔, 冇, 嘅, 咗, 嚟, 點解, 邊度…). A message that
 * has them is read once as standard written Chinese, so that every matcher (questions, danger, the offer check)
 * understands it through the words it already knows; the message itself is kept for quoting back to its writer.
 *
 * The folding is a word table applied longest match first (no library converts Cantonese to standard Chinese; OpenCC
 * only changes the script). Words that only Cantonese writes (SURE) both mark a message as Cantonese and fold; words
 * that standard Chinese also uses with another sense (係 as in 關係, 人工 as in 人工智能, 返工 as rework) fold only in
 * a message so marked, and the table keeps the standard compounds they appear in as they are.
 */
import { isHanCode, normalizeText, type NormalizedText } from "./normalize.ts";

/**
 * Words only written Cantonese uses, written as Hong Kong writes them (the table is read through `normalizeText`, so
 * Simplified spellings match too), with their standard written Chinese in Simplified, as the canonical form reads
 * it. The vocabulary is the everyday Cantonese that Hong Kong news quotes from held people, their families and
 * recruiters (香港01, 明報, on-cc, 星島).
 */
const SURE: Readonly<Record<string, string>> = {
  // people
  佢: "他",
  佢哋: "他们",
  我哋: "我们",
  你哋: "你们",
  人哋: "别人",
  屋企: "家",
  屋企人: "家人",
  返屋企: "回家",
  細佬: "弟弟",
  家姐: "姐姐",
  老細: "老板",
  差佬: "警察",
  我個仔: "我儿子",
  我個女: "我女儿",
  佢個仔: "他儿子",
  佢個女: "他女儿",
  你個仔: "你儿子",
  你個女: "你女儿",
  阿仔: "儿子",
  // place, time, amount
  喺: "在",
  喺度: "在这里",
  邊度: "哪里",
  // "where (to)" after 去咗/喺; 邊境 after them is the border
  去咗邊: "去了哪里",
  去咗邊度: "去了哪里",
  去咗邊境: "去了边境",
  喺邊: "在哪里",
  喺邊度: "在哪里",
  喺邊境: "在边境",
  喺邊緣: "在边缘",
  邊個: "谁",
  邊間: "哪间",
  邊處: "哪里",
  呢度: "这里",
  呢個: "这个",
  呢間: "这间",
  呢啲: "这些",
  嗰度: "那里",
  嗰邊: "那边",
  嗰個: "那个",
  嗰間: "那间",
  嗰: "那",
  而家: "现在",
  頭先: "刚才",
  啱啱: "刚刚",
  啱: "合适",
  聽日: "明天",
  琴日: "昨天",
  尋日: "昨天",
  幾耐: "多久",
  // asking
  定係: "还是",
  有冇人知: "有没有人知道",
  啲咩: "什么",
  得唔得: "可不可以",
  點樣: "怎样",
  點解: "为什么",
  點算: "怎么办",
  點算好: "怎么办才好",
  乜嘢: "什么",
  咩嘢: "什么",
  咩: "什么",
  做咩: "做什么",
  係咪: "是不是",
  係唔係: "是不是",
  // grammar words
  唔: "不",
  唔係: "不是",
  唔通: "难道",
  唔使: "不用",
  唔洗: "不用",
  唔好: "不要",
  唔知: "不知道",
  唔該: "谢谢",
  唔該晒: "谢谢",
  多謝晒: "谢谢",
  唔見咗: "不见了",
  冇: "没有",
  冇得: "不能",
  冇咗: "没有",
  冇晒: "全没有",
  冇出糧: "没发工资",
  唔出糧: "不发工资",
  嘅: "的",
  咗: "了",
  嚟: "来",
  返嚟: "回来",
  返咗嚟: "回来了",
  出咗嚟: "出来了",
  啲: "些",
  // 工 alone is a job in Cantonese; 啲工人 are the workers
  啲工: "那些工作",
  啲工人: "那些工人",
  啲工具: "那些工具",
  // Hong Kong writes 機械人 for a robot or a bot
  機械人: "机器人",
  快啲: "快点",
  嘢: "东西",
  做嘢: "工作",
  搵嘢做: "找工作",
  咁: "那么",
  咁樣: "这样",
  噉: "这样",
  噉樣: "这样",
  // verbs
  睇: "看",
  畀: "给",
  畀人: "被人",
  攞: "拿",
  搵: "找",
  揾: "找",
  搵工: "找工作",
  揾工: "找工作",
  搵錢: "赚钱",
  搵快錢: "赚快钱",
  搵大錢: "赚大钱",
  搵唔到: "找不到",
  搵唔返: "找不回",
  諗: "想",
  瞓: "睡",
  攰: "累",
  罰企: "罚站",
  嬲: "生气",
  // cannot
  走唔甩: "逃不掉",
  走唔到: "走不了",
  走唔出: "逃不出",
  出唔到: "出不来",
  出唔到嚟: "出不来",
  // cannot get out (of overtime, a locked toilet, a compound): held only where the message names such a place
  // (danger.ts)
  出唔返: "没法出来",
  出唔返嚟: "没法出来",
  返唔到: "回不来",
  返唔到嚟: "回不来",
  聯絡唔到: "联系不上",
  聯絡唔上: "联系不上",
  聯繫唔到: "联系不上",
  打唔通: "打不通",
  // 困 alone is "sleepy" in standard Chinese; 困咗 is "trapped"
  困咗: "困住了",
  冇聯絡: "失去联系",
  冇咗聯絡: "失去联系",
  失咗聯絡: "失去联系",
  失咗蹤: "失踪",
  冇覆: "没回复",
  唔覆: "没回复",
  唔回覆: "没回复",
  收晒: "全收走",
  // 扣起 is keeping something back (扣起咗 as it was done): a hold only of a passport or a person (danger.ts reads which)
  扣起咗: "扣了",
  // a person held somewhere (俾人扣起咗喺柬埔寨); a deposit, a phone or a car kept back is no hold
  扣起咗喺: "扣在",
  // 緊 after a verb: happening now
  打緊: "在打",
  // after arriving (Cantonese 先 after a time: "only then")
  到埗: "到达",
  到咗先: "到了再",
  嚟到先: "来到再",
  過咗去先: "过去再",
  唔俾: "不给",
  唔畀: "不给",
  // said as a question or with feeling, dropped
  㗎: "",
  喎: "",
  囉: "",
  嘞: "",
  啩: "",
};

/**
 * Words standard Chinese writes too, folded only in a message with a SURE word; the standard compounds that hold
 * them map to themselves so that longest-match-first leaves them alone.
 */
const IN_CANTONESE: Readonly<Record<string, string>> = {
  係: "是",
  入面: "里面",
  幾多: "多少",
  幾多錢: "多少钱",
  關係: "关系",
  聯係: "联系",
  體係: "体系",
  係統: "系统",
  係列: "系列",
  派係: "派系",
  科係: "科系",
  直係: "直系",
  維繫: "维系",
  俾: "给",
  俾人: "被人",
  呃: "骗",
  呃人: "骗人",
  人工: "薪水",
  人工智能: "人工智能",
  人工智慧: "人工智慧",
  人工客服: "人工客服",
  人工服務: "人工服务",
  返工: "上班",
  返: "回",
  返回: "返回",
  往返: "往返",
  返程: "返程",
  返還: "返还",
  返利: "返利",
  返現: "返现",
  出糧: "发工资",
  手提電話: "手机",
  仲: "还",
  仲介: "仲介",
  仲裁: "仲裁",
  幾時: "什么时候",
  成日: "经常",
  日日: "天天",
  今日: "今天",
  坐監: "坐牢",
  // "elsewhere"; standard Chinese writes 第二度 only as "a second time"
  第二度: "别的地方",
  同埋: "和",
  先幫你辦: "再帮你办",
  // 先 after a demand is "only then" (才): 要錢先肯放人
  先肯: "才肯",
  先至肯: "才肯",
  先放: "才放",
  // 住 after a verb is the ongoing 着: 逼住做, 押住
  逼住: "逼着",
  押住: "押着",
  扣起: "扣",
  // 幫手 is "help" as a verb in Cantonese, "a helper" in Mandarin
  幫手: "帮忙",
  // 鬧 is "scold" in Cantonese; the Mandarin words that hold it stay
  鬧: "骂",
  熱鬧: "热闹",
  吵鬧: "吵闹",
  胡鬧: "胡闹",
  鬧鐘: "闹钟",
  鬧事: "闹事",
  鬧市: "闹市",
  // 喊 is "cry" in Cantonese ("shout" in Mandarin)
  喊住: "哭着",
  喊緊: "在哭",
  喊咗: "哭了",
  // "where (to)": 去邊 in Mandarin only before 境 (the border) or 緣 (the edge)
  去邊: "去哪里",
  去邊度: "去哪里",
  去邊境: "去边境",
  去邊緣: "去边缘",
  // "how" before a verb; 點 alone is also a dot or an hour
  點做: "怎么做",
  點去: "怎么去",
  點辦: "怎么办",
  點勸: "怎么劝",
  點幫: "怎么帮",
  點分: "怎么分",
  點知: "怎么知道",
  點補: "怎么补",
  點報: "怎么报",
  點可以: "怎么可以",
  // 話 is "say" in Cantonese; the standard words that hold it stay
  話: "说",
  電話: "电话",
  聽話: "听话",
  說話: "说话",
  講話: "讲话",
  對話: "对话",
  笑話: "笑话",
  話題: "话题",
  通話: "通话",
  話費: "话费",
  廢話: "废话",
  神話: "神话",
  // let (唔俾/唔畀 before a person is "not let", before anything else "not give")
  唔俾佢: "不让他",
  唔俾佢哋: "不让他们",
  唔俾我: "不让我",
  唔俾我哋: "不让我们",
  唔俾人: "不让人",
  唔俾走: "不让走",
  唔俾返: "不让回",
  唔畀佢: "不让他",
  唔畀佢哋: "不让他们",
  唔畀我: "不让我",
  唔畀我哋: "不让我们",
  唔畀人: "不让人",
  唔畀走: "不让走",
  唔畀返: "不让回",
  唔俾離開: "不让离开",
  唔畀離開: "不让离开",
};

/**
 * Standard Chinese words that hold a Cantonese word across their characters (重點解決 holds 點解, 老細胞 holds 老細):
 * read as they are, and never taken for a sign of Cantonese.
 */
const STANDARD: readonly string[] = [
  "點解決",
  "點解析",
  "點解讀",
  "點解答",
  "點解釋",
  "點樣本",
  "點算法",
  "老細胞",
  "進入面",
  "收入面",
];

/** Sentence-final 咩 asks a yes-no question (正常咩？), like 嗎; before another word it is "what". */
const FINAL_QUESTION = { word: "咩", folded: "吗" };
/** 唔 negates the word after it; alone before a pause it is a murmur (唔，好的) in any Chinese. */
const NEGATION = "唔";

/** A node of the word trie: the words that continue with each character, and the word that ends here, if any. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** What a SURE word ending here folds to. */
  sure?: string;
  /** What an IN_CANTONESE word ending here folds to. */
  inCantonese?: string;
  /** A STANDARD word ends here. */
  standard?: string;
}

interface Table {
  root: TrieNode;
  /** 1 at the code of a character some word starts with: most characters start none. */
  starts: Uint8Array;
  finalQuestion: { word: string; folded: string };
  negation: string;
}

let table: Table | undefined;

/** The table as a trie of canonical words, built on first use (normalising each word once). */
function foldTable(): Table {
  if (table) return table;
  const root: TrieNode = { next: new Map() };
  const starts = new Uint8Array(0x10000);
  const add = (words: Readonly<Record<string, string>>, kind: "sure" | "inCantonese" | "standard"): void => {
    for (const [word, standard] of Object.entries(words)) {
      const key = normalizeText(word).text;
      let node = root;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map() }));
        node = child;
      }
      node[kind] = normalizeText(standard).text;
      starts[key.charCodeAt(0)] = 1;
    }
  };
  add(SURE, "sure");
  add(IN_CANTONESE, "inCantonese");
  add(Object.fromEntries(STANDARD.map((word) => [word, word])), "standard");
  const finalQuestion = {
    word: normalizeText(FINAL_QUESTION.word).text,
    folded: normalizeText(FINAL_QUESTION.folded).text,
  };
  table = { root, starts, finalQuestion, negation: normalizeText(NEGATION).text };
  return table;
}

/** A table word found in a text: its length, what it folds to, and whether only Cantonese writes it. */
type Found = [length: number, folded: string, sure: boolean];

/** The longest table word at `at` in `text`, or undefined. */
function wordAt(text: string, at: number, words: Table, cantonese: boolean): Found | undefined {
  let node: TrieNode | undefined = words.root;
  let found: Found | undefined;
  for (let i = at; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (!node) break;
    if (node.standard !== undefined) found = [i + 1 - at, node.standard, false];
    else if (node.sure !== undefined) found = [i + 1 - at, node.sure, true];
    else if (cantonese && node.inCantonese !== undefined) found = [i + 1 - at, node.inCantonese, false];
  }
  if (found && found[0] === 1 && text.charAt(at) === words.negation && !isHanCode(text.charCodeAt(at + 1))) return;
  return found;
}

/** Whether canonical `text` holds a word only Cantonese writes. */
function hasSureWord(text: string, words: Table): boolean {
  for (let at = 0; at < text.length; at++) {
    if (words.starts[text.charCodeAt(at)] !== 1) continue;
    const found = wordAt(text, at, words, false);
    if (found?.[2]) return true;
    // A standard word is read past whole: the Cantonese word inside it is not there.
    if (found) at += found[0] - 1;
  }
  return false;
}

/** `normalized` with every table word replaced, longest first; `cantonese` says whether IN_CANTONESE words count. */
function foldWords(normalized: NormalizedText, words: Table, cantonese: boolean): NormalizedText {
  const { text, origin } = normalized;
  const out: string[] = [];
  const outOrigin: number[] = [];
  let at = 0;
  let copiedFrom = 0;
  while (at < text.length) {
    const found = words.starts[text.charCodeAt(at)] === 1 ? wordAt(text, at, words, cantonese) : undefined;
    if (!found) {
      at++;
      continue;
    }
    // Characters between two words are copied as one run, with their positions.
    out.push(text.slice(copiedFrom, at));
    for (let k = copiedFrom; k < at; k++) outOrigin.push(origin[k]!);
    const [length, standard] = found;
    const folded =
      length === words.finalQuestion.word.length &&
      text.startsWith(words.finalQuestion.word, at) &&
      !isHanCode(text.charCodeAt(at + length))
        ? words.finalQuestion.folded
        : standard;
    // Each folded character points into the word it replaces, the last one at the word's last character, so that a
    // quote ending on the word covers all of it.
    out.push(folded);
    for (let k = 0; k < folded.length; k++) {
      outOrigin.push(origin[at + (k === folded.length - 1 ? length - 1 : Math.min(k, length - 1))]!);
    }
    at += length;
    copiedFrom = at;
  }
  out.push(text.slice(copiedFrom));
  for (let k = copiedFrom; k < text.length; k++) outOrigin.push(origin[k]!);
  return { text: out.join(""), origin: outOrigin };
}

/**
 * `normalized` read as standard written Chinese where it is written in Cantonese; the same object when it is not
 * (the common case, found in one pass over a flag table). Every folded character keeps the input position of the
 * word it came from, so evidence is still quoted as the person wrote it.
 */
export function foldCantonese(normalized: NormalizedText): NormalizedText {
  const words = foldTable();
  return hasSureWord(normalized.text, words) ? foldWords(normalized, words, true) : normalized;
}

/**
 * A rule term or keyword in canonical form as plain text reads it and, when it differs, as a folded Cantonese
 * message reads it: a term too short to show it is Cantonese (人工高) must still meet the message that does.
 */
export function canonicalForms(term: string): string[] {
  const plain = normalizeText(term);
  const folded = foldWords(plain, foldTable(), true).text;
  return folded === plain.text ? [plain.text] : [plain.text, folded];
}

/**
 * Markers the bot reads on the message as written (both scripts), before anything is normalised: the code units they
 * start with, and the markers as one sticky expression, longest first, tried only where a marker can start.
 */
let writtenMarkers: { starts: Uint8Array; words: RegExp } | undefined;

function markersAsWritten(): { starts: Uint8Array; words: RegExp } {
  const words = [...new Set(Object.keys(SURE).flatMap((word) => [word, normalizeText(word).text]))]
    .filter((word) => word.length > 0)
    .sort((a, b) => b.length - a.length);
  const starts = new Uint8Array(0x10000);
  for (const word of words) starts[word.charCodeAt(0)] = 1;
  return { starts, words: new RegExp(words.join("|"), "y") };
}

/**
 * Whether `text` reads as written Cantonese: at least two distinct words only Cantonese writes (one could be a
 * quoted word or a name; `markersNeeded` lowers that where one word is enough evidence), in Traditional or Simplified script alike. Read left to right, the longest marker at each
 * place and then past it, as a global match of the markers would (every message is read: a pasted ad is 1,200
 * characters, nearly none of them where a marker starts).
 */
export function isCantonese(text: string, markersNeeded = 2): boolean {
  const { starts, words } = (writtenMarkers ??= markersAsWritten());
  const found = new Set<string>();
  for (let at = 0; at < text.length; at++) {
    if (starts[text.charCodeAt(at)] !== 1) continue;
    words.lastIndex = at;
    const marker = words.exec(text)?.[0];
    if (marker === undefined) continue;
    found.add(marker);
    if (found.size >= markersNeeded) return true;
    at += marker.length - 1;
  }
  return false;
}
