/**
 * Whose emergency numbers help: the nationality of the person in trouble, read from what the person who writes says
 * (PRODUCT.md §2.4, issue 12). A Taiwanese parent, a Filipino worker and a Sri Lankan family each need their own
 * government's line first, and the bot should not make them pick from a list when their message already says it.
 *
 * Pure: no grammY, no translations. Cues are read on the normalised text (Simplified, lower-case, full-width folded,
 * see `normalizeText`), so Traditional and Simplified writing match the same lists; scripts are read on the text as
 * written. The word lists here are common knowledge (country names, demonyms, currencies, each government's own
 * institutions and hotlines as facts.md names them, everyday words of Cantonese, Taiwan Mandarin, Taglish, Hinglish,
 * Malay, Indonesian and Swahili), kept short on purpose; home places are a sourced gazetteer of whole countries in
 * content/home-places.ts, looked up word by word. A cue that is also an ordinary word or a place people are taken to
 * or pass through needs a marker ("I'm from", 人, 老家…) before it counts.
 */
import { literalGate } from "../text/literal-gate.ts";
import { ReadText } from "../text/read-text.ts";
import { HOME_PLACES } from "../content/home-places.ts";
import { FILIPINO_SELF_NAMES, isCountry, type Nationality } from "../content/places.ts";
import type { Locale } from "../i18n/locales.ts";
import { escapeRegExp } from "../text/escape-regexp.ts";

/** The bot's interface languages. */
export type SosLocale = Locale;

/** Nationalities with numbers of their own in the directory. */
export type ListedNationality = Exclude<Nationality, "other">;
/**
 * Nationalities facts.md names (advisories, victims) without a sourced number: recognised so that the bot need not ask
 * a Nepali to find Nepal in a list that lacks it; their card is the `other` one (local lines, how to reach the embassy).
 */
export type UnlistedNationality = "np" | "ug" | "et";
type Who = ListedNationality | UnlistedNationality;

/** How the nationality was told, strongest first. */
export type Evidence = "words" | "language-code" | "style";

export interface InferredNationality {
  /** Whose contacts help; `other` only for a named nationality with no numbers of its own (see `unlisted`). */
  nationality: Nationality;
  /** The words, characters or language code that gave it away, as written. */
  cue: string;
  /**
   * `words`: named in the message (a nationality, a home town, a currency, the government's own offices or hotlines);
   * strong enough to override a choice remembered from before. `language-code`: Telegram's regional setting.
   * `style`: only the way of writing (Cantonese particles, Taiwan usage, Taglish, Hinglish, a script).
   */
  evidence: Evidence;
  /** For `other`: which nationality was named (ISO 3166 code). */
  unlisted?: UnlistedNationality;
}

/** The order in which cues decide: a named nationality beats a home town beats a currency beats the rest. */
const enum Level {
  Named,
  HomeTown,
  Currency,
  Institution,
  LanguageCode,
  Style,
  /** Weaker than the way of writing: words everyone near the cue's country uses too (中国领事馆 serves Hong Kong). */
  Hint,
}

/** Within a level, a person speaking of themselves or their own ("我是", "I'm", "my son is", "from") beats a mention. */
const enum Strength {
  Self,
  Mention,
}

interface Cue {
  who: Who;
  level: Level;
  strength: Strength;
  /** Index and length in the normalised text, to drop cues inside longer ones and to quote them as written. */
  start: number;
  end: number;
}

// ── Word lists ─────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Country names as they appear in "X人", "X籍", "来自X", "from X". Chinese in Simplified (the normalised form);
 * 中国 is not the name when 台湾, 香港 or 澳门 follows it.
 */
const COUNTRY_NAMES: Readonly<Record<Who, { zh: readonly string[]; en: readonly string[] }>> = {
  cn: {
    zh: ["中国(?!台湾|香港|澳门)", "大陆", "内地", "中华人民共和国"],
    en: ["china", "mainland china", "the mainland"],
  },
  hk: { zh: ["香港"], en: ["hong kong", "hongkong", "hk"] },
  mo: { zh: ["澳门"], en: ["macau", "macao"] },
  tw: { zh: ["台湾", "中华民国"], en: ["taiwan"] },
  in: { zh: ["印度(?!尼西亚)"], en: ["india", "bharat"] },
  ph: {
    zh: ["菲律宾", "菲国"],
    // "Pinas": how Filipinos name home in chat ("uuwi na ako sa Pinas").
    en: ["the philippines", "philippines", "phillipines", "philipines", "phillippines", "pilipinas", "pinas"],
  },
  id: { zh: ["印尼", "印度尼西亚"], en: ["indonesia"] },
  my: { zh: ["马来西亚", "大马", "马国"], en: ["malaysia", "m'sia", "m’sia", "msia"] },
  vn: { zh: ["越南"], en: ["vietnam", "viet nam"] },
  th: { zh: ["泰国"], en: ["thailand"] },
  lk: { zh: ["斯里兰卡"], en: ["sri lanka"] },
  pk: { zh: ["巴基斯坦"], en: ["pakistan"] },
  bd: { zh: ["孟加拉国", "孟加拉"], en: ["bangladesh"] },
  ke: { zh: ["肯尼亚", "肯亚"], en: ["kenya"] },
  // "SG" is how Singaporeans write home in every language they mix ("we're from SG", 我哋係SG人).
  sg: { zh: ["新加坡", "星洲", "狮城", "(?<![a-z])sg(?![a-z])"], en: ["singapore", "s'pore", "sg"] },
  np: { zh: ["尼泊尔"], en: ["nepal"] },
  ug: { zh: ["乌干达"], en: ["uganda"] },
  et: { zh: ["埃塞俄比亚", "衣索比亚"], en: ["ethiopia"] },
};

/**
 * Demonyms, which count only about a person ("I'm Filipino", "Kenyan citizens"): "the Chinese boss" or "an Indian
 * agent" says nothing about the person in trouble.
 */
const DEMONYMS: Readonly<Record<Who, readonly string[]>> = {
  cn: ["chinese national", "chinese citizen", "mainland chinese", "mainlander", "prc citizen", "prc national"],
  hk: ["hongkonger", "hong konger", "hongkongese", "hong kong resident", "hong kong chinese"],
  mo: ["macanese", "macau resident", "macao resident"],
  tw: ["taiwanese"],
  // Peoples and regions too; those shared with a neighbour (Punjabi, Tamil, Bengali, Kashmiri, Sindhi) are in both
  // lists, so that they tie and the bot asks.
  in: [
    "indian",
    "malayali",
    "keralite",
    "tamilian",
    "gujarati",
    "bihari",
    "marathi",
    "telugu",
    "kannadiga",
    "odia",
    "oriya",
    "assamese",
    "haryanvi",
    "rajasthani",
    "punjabi",
    "tamil",
    "bengali",
    "kashmiri",
    "sindhi",
  ],
  ph: [
    "filipino",
    "filipina",
    "pilipino",
    "pilipina",
    "philippine",
    "philipino",
    "phillipino",
    "visayan",
    "bisaya",
    "ilocano",
    "ilonggo",
    "kapampangan",
    "cebuano",
    "bicolano",
    "waray",
  ],
  id: [
    "indonesian",
    "orang indonesia",
    "warga indonesia",
    "javanese",
    "sundanese",
    "balinese",
    "madurese",
    "acehnese",
    "batak",
    "minang",
  ],
  my: [
    "malaysian",
    "orang malaysia",
    "rakyat malaysia",
    "warganegara malaysia",
    "sabahan",
    "sarawakian",
    "kelantanese",
    "penangite",
    "johorean",
  ],
  vn: ["vietnamese", "người việt", "nguoi viet"],
  th: ["thai"],
  lk: ["sri lankan", "lankan", "sinhalese", "sinhala", "tamil"],
  pk: ["pakistani", "punjabi", "kashmiri", "sindhi"],
  bd: ["bangladeshi", "sylheti", "bengali"],
  ke: ["kenyan", "kikuyu", "luhya", "kalenjin"],
  sg: ["singaporean", "singaporian"],
  np: ["nepali", "nepalese"],
  ug: ["ugandan"],
  et: ["ethiopian"],
};

/** Words that are themselves a statement of who someone is (港人, 台胞, OFW, WNI), wherever they stand. */
const SELF_NAMES: Readonly<Partial<Record<Who, readonly string[]>>> = {
  cn: ["大陆同胞", "内地居民"],
  hk: ["港人", "香港居民", "香港永久居民", "香港身份证", "特区护照", "bno"],
  mo: ["澳门居民", "澳门身份证"],
  tw: ["台胞", "台湾同胞", "台胞证", "中华民国护照"],
  ph: FILIPINO_SELF_NAMES,
  id: ["wni", "warga negara indonesia", "tki", "pekerja migran indonesia"],
  ke: ["mkenya", "wakenya"],
  vn: ["người việt", "nguoi viet"],
};

/** Currencies as people write them; RMB and US dollars are left out: ransoms and offers are quoted in them by anyone. */
const CURRENCIES: Readonly<Partial<Record<Who, readonly RegExp[]>>> = {
  tw: [/新台币|台币|台湾币/, /\bnt\$|\bntd\b|\btwd\b|\bnt(?=\s?\d)/],
  hk: [/港元|港币|港纸/, /\bhk\$|\bhkd\b/],
  mo: [/澳门币|澳门元|葡币/, /\bmop(?=\s?\$?\d)|\bmop\b|\bpataca/],
  my: [/令吉|马币/, /\brm(?=\s?\d)|(?<=\d\s?k?\s?)rm\b|\bringgit|\bmyr\b/],
  in: [/₹|印度卢比/, /\binr\b|\bindian rupees?\b/],
  ke: [/肯尼亚先令/, /\bkshs?\b|\bksh(?=\s?\d)|\bkes(?=\s?\d)|\bsh(?=\s?\d)|\bkenyan shillings?\b/],
  ph: [/₱|菲律宾比索/, /\bpesos?\b|\bphp(?=\s?\d)|\bpiso\b/],
  lk: [/\blkr\b|\bsri lankan rupees?\b/],
  np: [/\bnpr\b|\bnepali rupees?\b/],
  pk: [/\bpkr\b|\bpakistani rupees?\b/],
  bd: [/৳|\btaka\b|\bbdt\b|\btk\.?\s?(?=\d)/],
  id: [/印尼盾/, /\brupiah\b|\brp(?=\s?\.?\s?\d)|\bidr\b/],
  vn: [/越南盾/, /\bvnd\b|\bvnđ\b|\b(?:trieu|triệu) (?:dong|đồng)\b/],
  ug: [/\bugx\b|\bugandan shillings?\b/],
  sg: [/新加坡元|新币|新元/, /\bs\$|\bsgd\b/],
};

/** Each government's own offices, hotlines and ID documents, which only its people mention as their own. */
const INSTITUTIONS: Readonly<Partial<Record<Who, readonly RegExp[]>>> = {
  cn: [/公安局|12308|96110|国家反诈|反诈中心|领事直通车|人民币存款/],
  tw: [
    /领务局|领事事务局|警政署|刑事警察局|刑事局|经济文化办事处|驻外馆处|急难救助|健保卡/,
    /(打|拨|报|call|dial)\s?165(?!\d)|(?<!\d)165\s?(反诈|专线|报案|可以|能不能|检举|举报|通报)/,
    /(?<!\d)(104|1111|518)\s?(人力|银行|上面|上的|找的)/,
    // Taiwan's job banks are 人力銀行; the mainland says 招聘网站.
    /人力银行/,
  ],
  hk: [
    /(?<!出)入境处|入境事务处|保安局|警务处|差馆|港府|区议员/,
    /强积金|劳工处|\bmpf\b|\bimmd\b|\badcc\b|(?<!\d)18222(?!\d)|(打|拨|call|dial)\s?1868(?!\d)|1868\s?(热线|hotline)/,
  ],
  mo: [/治安警|司法警察局|司警|旅游危机处理|身份证明局|澳门政府/],
  ph: [
    // DFA: the Department of Foreign Affairs, as Filipinos and its own statements (dfa.gov.ph, facts.md §2.1) name it.
    /\b(dmw|dfa|owwa|oumwa|poea|iacat|cicc|barangay|philhealth|nbi|sss|gcash|pag-?ibig)\b|\b(1343|1348)\b|\bpresident marcos\b|马科斯总统|总统马科斯/,
  ],
  in: [/\b(mea|madad|e-?migrate|aadhaar|protector of emigrants)\b|\b(?:pm|prime minister) modi\b|\bmodi ji\b/],
  id: [/\b(kbri|kjri|kemlu|bp2mi|splp|peduli wni|disnaker|polri)\b|\bpresiden (?:jokowi|prabowo)\b/],
  my: [/\b(wisma putra|pdrm|mykad|laporan polis)\b|\b(?:pm|prime minister|datuk seri) anwar\b/],
  lk: [/\b(slbfe|foreign employment bureau)\b/],
  bd: [/\b(probash|bmet|expatriates'? welfare)\b/],
  ke: [/\b(diaspora affairs|m-?pesa)\b|\bpresident (?:uhuru )?kenyatta\b|\bpresident (?:william )?ruto\b/],
  pk: [/\b(nadra|cnic|overseas pakistanis)\b/],
  vn: [/bảo hộ công dân|cục lãnh sự/],
  sg: [
    /\b(singpass|nric|cpf|hdb|acra|scamshield|ministry of manpower)\b|\bspf\b(?! ?\d| sunscreen| sunblock)/,
    // National service as Singapore says it (ORD, NSF, NSman, 国民服役) and its public housing (组屋).
    /\bord(?:ed|'d)? (?:from|liao|already)\b|\bns(?:f|man|men)\b|\b(?:from|finished|done with|after) ns\b|国民服役|组屋/,
  ],
};

/**
 * Institutions whose abbreviation is an everyday word in lower case, read on the text as written: Singapore's Ministry
 * of Manpower is "MOM" ("complained to MOM"), a mother is "mom". Not in a message written all in capitals ("MOM HELP").
 */
const WRITTEN_INSTITUTIONS: ReadonlyArray<{ who: Who; pattern: RegExp }> = [{ who: "sg", pattern: /\bMOM\b/ }];
/** Mostly capitals: a shouted message, whose "MOM" is anyone's mother. */
const isShouted = (written: string): boolean =>
  (written.match(/\p{Lu}/gu)?.length ?? 0) > (written.match(/\p{Ll}/gu)?.length ?? 0);

/** A government's own offices abroad and at home, as people write them after the country ("the Kenyan embassy"). */
const GOVERNMENT_EN = String.raw`(?:embassy|high commission|consulate|government|govt|authorities|police|president|parliament|foreign (?:office|ministry|affairs)|mission)\b`;
const EMBASSY_EN = String.raw`(?:embassy|high commission|consulate)\b`;
const GOVERNMENT_ZH = "(?:驻\\S{0,6})?(?:大使馆|使馆|领事馆|总领馆|政府|外交部)";
/** Going home, said about oneself or one's own: "want to go home to Kenya", 回台湾, pulang ke Indonesia, umuwi sa. */
const HOME_TO_EN = String.raw`\b(?:go|going|gone|come|coming|get|getting|fly|flying|send \w+|sent \w+|return(?:ed|ing)?)\s+(?:back\s+)?home\s+to\s+(?:the\s+)?`;
const BACK_TO_EN = String.raw`\b(?:(?:go|going|come|coming|get|getting|fly|flying|send \w+|sent \w+)\s+back\s+to|here in)\s+(?:the\s+)?`;
/**
 * The writer or their own family, as the one who moves: I, we, me, us, my or our kin ("I just want to", "my husband and
 * I had"); anyone else named on the way (the boss, the agent, he, they, "told", "said") makes it their move, not the
 * writer's ("my boss returned to India", "I heard the agent returned to China").
 */
const OWN_KIN_EN = String.raw`son|daughter|brother|sister|cousin|husband|wife|kids?|children|mother|father|mom|mum|dad|parents|family|uncle|aunt|nephew|niece|fianc[eé]e?`;
const NOT_OWN_EN = String.raw`he|she|they|him|her|them|his|their|it|who|that|which|says?|said|tells?|told|heard|hears|boss\w*|agents?|agency|employers?|company|recruiters?|madam|managers?|owners?|sponsors?|brokers?|friends?|people|man|men|guys?`;
const OWN_MOVER_EN = String.raw`\b(?:i|we|me|us|(?:my|our)\s+(?:${OWN_KIN_EN}))\b(?:\s+(?!(?:${NOT_OWN_EN})\b)[\w'’]+){0,6}?`;
/** Home returned to by the writer or their own ("I just want to return to Sri Lanka", "we returned to Nepal"). */
const OWN_RETURN_EN = String.raw`${OWN_MOVER_EN}\s+return(?:ed|ing|s)?\s+to\s+(?:the\s+)?`;
/** Home left to earn abroad by the writer or their own: "I left Nepal to work in Qatar", "we left Kenya for jobs". */
const LEFT_HOME_EN = String.raw`${OWN_MOVER_EN}\s+left\s+(?:the\s+)?`;
const LEFT_FOR_EN = String.raw`\s+(?:to\s+(?:work|earn|find|look|support|feed|make)|for\s+(?:work|a job|jobs|money))\b`;
/** The same in Chinese: 我离开台湾去柬埔寨工作, 我们当年离开…; 我们老板离开中国 is the boss's move. */
const LEFT_HOME_ZH = "(?:我|俺|咱)(?:(?!老板|老细|中介|公司|经理|他|她|佢|朋友|别人|人家)[^,。!?\\s]){0,6}?离开(?:了)?";
const LEFT_FOR_ZH = "(?=是为了|为了|去|到|出国|来这|打工|工作|赚钱|谋生|养家)";
const HOME_TO_MIXED = String.raw`\b(?:pulang|balik) (?:ke|kampung ke) |\b(?:umuwi|makauwi|pauwi|makabalik) (?:na )?sa `;
const BACK_TO_ZH = "(?:回|返)(?:到|去)?";

/** Telegram's `language_code` regions (IETF BCP 47: zh-TW, en-PH, zh-Hant-HK). A bare language names no country. */
const REGIONS: Readonly<Record<string, Who>> = {
  cn: "cn",
  hk: "hk",
  mo: "mo",
  tw: "tw",
  in: "in",
  ph: "ph",
  id: "id",
  my: "my",
  vn: "vn",
  th: "th",
  lk: "lk",
  pk: "pk",
  bd: "bd",
  ke: "ke",
  sg: "sg",
  np: "np",
  ug: "ug",
  et: "et",
};

/**
 * Ways of writing. `words` need `min` distinct hits (one Tagalog "sa" proves nothing; "hindi po pinapauwi" does).
 * Cantonese particles say Hong Kong (Macau speaks Cantonese too, but a Macau cue, its language code included, wins).
 */
const STYLES: ReadonlyArray<{ who: Who; min: number; words: RegExp; unless?: RegExp }> = [
  {
    who: "hk",
    min: 1,
    words: /佢|喺|唔|冇|嘅|系咪|点样|而家|咗|啲|嘢|嗰|哋|揾|嚟|畀|乜嘢|咩|咁|睇|攞|瞓|散水饼|八达通|港铁|公屋|居屋/g,
  },
  {
    who: "tw",
    min: 1,
    words:
      /网路|简讯|软体|计程车|捷运|健保|身分证|阿嬷|视讯|齁|母汤|超商|悠游卡|里长|加\s?line|line\s?(?:群|帐号)|[\u3105-\u312f]/g,
  },
  // Lakh and crore are how South Asia writes numbers, India's most of all: a taka or rupee named beside them decides.
  { who: "in", min: 1, words: /\b(?:lakhs?|crores?)\b/g },
  // "po" in a greeting or thanks is Filipino courtesy, in any language mix.
  {
    who: "ph",
    min: 1,
    words: /\b(?:hi|hello|good (?:morning|afternoon|evening)|thank you|thanks|salamat|sorry) po\b/g,
  },
  {
    who: "ph",
    min: 2,
    words:
      /\b(po|opo|ang|ng|mga|kasi|naman|talaga|yung|ako|siya|kami|namin|natin|hindi|wala|walang|kuya|ate|nasa|pinapauwi|kinumpiska|tulungan|tulong|sana|nila|sila|daw|lang|dito|doon|ngayon|trabaho|sahod|amo|pasaporte|anak ko|gusto|paano|pano|saan|bakit|kailan|magkano|(?:mag|nag|makapag)-?\w+)\b/g,
  },
  // Roman Urdu writes the same words: the greetings and family words of Pakistan's Urdu make it a question to ask.
  {
    who: "in",
    min: 2,
    words:
      /\b(yaar|nahi|nahin|nhi|hai|hain|hoon|bhai|bhaiya|mera|meri|mere|apna|apni|apne|kya|kuch|paise|paisa|ghar|beta|beti|raha|rahe|rahi|gaya|gaye|gayi|abhi|kaise|kaun|bachao|bahut|pata|de rahe|kar rahe|jaldi|wapis|wapas|yahan|yahi|yhi|sahab|mein|baat|karta|karti|mujhe|aa gaye|aa jao|aa jaya)\b/g,
    unless: /\b(?:insh?a?\s?allah|masha ?allah|alhamdulillah|allah|khuda|shukriya|janab|bhai ?jaan|ammi|abbu)\b/,
  },
  {
    who: "my",
    min: 2,
    words:
      /\b(tak|nak|boleh|kat|duit|macam mana|camne|cakap|sikit|awak|polis|wang|kena|lepas|tolonglah|majikan saya)\b/g,
  },
  // Malay's own words where Indonesian says perusahaan, kantor, Jepang, Kamboja.
  { who: "my", min: 1, words: /\b(syarikat|pejabat|jepun|kemboja)\b/g },
  {
    who: "id",
    min: 2,
    words: /\b(gimana|kamu|uang|bisa|udah|aja|sih|dong|polisi|paspor|tolongin|majikan saya)\b/g,
  },
  // Indonesian's own words where Malay says tak, sangat, syarikat, pejabat, pekerja.
  { who: "id", min: 1, words: /\b(gak|nggak|enggak|banget|perusahaan|kantor|karyawan)\b/g },
  {
    who: "ke",
    min: 2,
    words:
      /\b(tafadhali|msaada|nisaidie|saidia|ndugu|mimi|wewe|sisi|pesa|kazi|mshahara|pasipoti|hatuna|hatujui|wametushika|wamechukua|bado|hapa)\b/g,
  },
];

/** A letter of a Latin-script word, its combining marks included: the Vietnamese word ends where Chinese begins. */
const LATIN_WORD_CHAR = String.raw`[\p{Script=Latin}\p{M}]`;
/** Letters only Vietnamese writes with Latin ones. */
const VIETNAMESE_LETTERS = "[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]";

/**
 * Scripts read on the text as written (normalisation drops their vowel signs). Tamil and Bengali are shared. A script
 * read as its whole word has its `letters` tested first, so the word is looked for only in a text that has one of its
 * letters, and every other text costs one linear scan.
 */
const SCRIPTS: ReadonlyArray<{ who: Who; chars: RegExp; letters?: RegExp }> = [
  { who: "th", chars: /[\u0e01-\u0e5b]+/u },
  { who: "lk", chars: /[\u0d80-\u0dff]+/u },
  { who: "in", chars: /[\u0900-\u097f]+/u },
  { who: "pk", chars: /[ٹڈڑںےھ]/u },
  {
    who: "vn",
    chars: new RegExp(`${LATIN_WORD_CHAR}*${VIETNAMESE_LETTERS}${LATIN_WORD_CHAR}*`, "iu"),
    letters: new RegExp(VIETNAMESE_LETTERS, "iu"),
  },
];

/** Each style's words in a literal gate: most texts hold none of them, and the gate rules them out without a scan. */
const STYLE_GATES = STYLES.map(({ words }) => literalGate(new RegExp(words.source, words.flags.replace("g", ""))));

// ── Patterns built once ────────────────────────────────────────────────────────────────────────────────────────────

/** Anything without Han characters is matched as words (Vietnamese and Malay included). */
const LATIN = /^[^\u3400-\u9fff]+$/;
const isLatin = (word: string): boolean => LATIN.test(word);
/** A Latin word or phrase on word boundaries with any spacing; a Chinese one (possibly a regex fragment) as it is. */
const term = (word: string): string =>
  isLatin(word) ? `\\b${word.split(/\s+/).map(escapeRegExp).join("[\\s-]*")}\\b` : word.replace(/\./g, "\\.");
const anyOf = (words: readonly string[]): string => words.map(term).join("|");

/** Words after which a Latin demonym or "from X" is about the writer or their own. */
const SELF_EN = String.raw`\b(?:i['’]?m|i am|we['’]?re|we are|we r|my \w+(?: \w+)? (?:is|are)|our \w+ (?:is|are)|as an?|am|fellow|tôi là|chúng tôi là|toi la)\s+(?:an?\s+|also\s+|from\s+)?`;
/** Words after which a demonym or "from X" is about some person. */
const PERSON_EN = String.raw`\b(?:he['’]?s|he is|she['’]?s|she is|they['’]?re|they are|is|are|was|were|come|comes|came|originally|boy|girl|guy|man|woman|men|women|people|family|worker|workers|friend|son|daughter|brother|sister|cousin|husband|wife|mother|father|kids?|children)\s+(?:an?\s+|also\s+|from\s+(?:the\s+)?)?`;
/** Nouns after a demonym that make it about people ("Kenyan citizens", "Filipino workers"). */
const PERSON_AFTER = String.raw`\s+(?:citizens?|nationals?|workers?|girls?|boys?|guys?|m[ae]n|wom[ae]n|family|families|mothers?|fathers?|parents?|nurses?|students?|passports?|people|here|living|youths?|teachers?|engineers?|lady|ladies|sons?|daughters?|brothers?|sisters?|ofws?|maids?|helpers?|victims?|abroad)\b`;
/** 我是…, 我儿子是…; not 我被中国人骗了 (someone else). */
const SELF_ZH = "(?:我|我们|我哋|本人|阮|俺)[^，。,.!?！？被给跟和让把]{0,6}";
/** The writer and their family at home, before where home is (我们河南的, 我們在高雄, 家里在四川, 屋企喺將軍澳). */
const HOME_ZH = "(?:我|我们|我哋|俺|俺们|阮|咱|咱们|家里|家人|屋企|屋企人)";
/** Where someone works says nothing of home (我在吉隆坡打工, 我在大理石厂上班). */
const NOT_AT_WORK_ZH = "(?![\\u4e00-\\u9fff]{0,3}(?:工作|上班|打工|做工|做事|务工|厂|公司))";
/** Chinese words that say home before a place or a country, whoever speaks (老家在, 祖籍, 户籍在, 屋企喺). */
const HOME_BEFORE_ZH = "(?:老家|家住|家在|家乡|籍贯|祖籍|户籍|户口|出生在|出生于|屋企|乡下)(?:是|系|在|喺|住在?)?";
/** Chinese markers of where someone is from, before and after a place. */
const FROM_ZH_BEFORE = `(?:来自|${HOME_BEFORE_ZH})`;
const FROM_ZH_AFTER = "(?:人(?![力事才民口权大工文寿数员])|籍|老乡|同乡|华人)";
/** The family at home, before the country where they are (家人都在台灣, 屋企人喺香港). */
const FAMILY_ZH = "(?:家人|家里人|家里|父母|爸妈|亲人|亲戚|屋企人|屋企)(?:都|还|也|仲|全部)?(?:在|喺|住在|住喺)";
/** Hard times in a country are the reason people leave it (在台灣找不到工作, 斯里兰卡经济不好). */
const HARD_TIMES_AFTER_ZH = "(?:找不到工作?|没有?工作|工作难找|找工作难|赚不到钱|经济(?:不好|很差|差)|失业)";
/**
 * Words that say home before a place or a country, whoever speaks: "hometown", "born in", "back home in", and the
 * Tagalog, Malay and Indonesian, Swahili and Vietnamese words for where one is from (taga, orang, asal, kutoka, quê).
 */
const HOME_MARK_EN = String.raw`(?:\b(?:home ?town(?: is)?(?: in)?|native of|born (?:and raised )?in|grew up in|raised in|back home in|home is(?: in)?|orang|asal(?: dari)?|kutoka|qu[êe](?: (?:tôi|toi|em|mình|minh|anh|chị|chi|nhà|nha|hương|huong))?(?: (?:ở|o|là|la))?|người|nguoi)\s+(?:the\s+)?|\btaga[\s-]?)`;
/**
 * "from" said of a person ("I'm from", "my son is from", "my nong from", saya dari), in any of the languages people mix
 * in for their kin, not of a journey ("flew from Bangkok").
 */
const FROM_SELF_EN = String.raw`\b(?:i['’]?m|i am|we['’]?re|we are|we r|am|is|are|he['’]?s|she['’]?s|they['’]?re|originally|people|guy|girl|boy|man|woman|men|women|son|daughter|brother|sister|cousin|husband|wife|kids?|children|friend|family|mother|father|mom|mum|dad|uncle|aunt|nephew|niece|boyfriend|girlfriend|partner|fianc[eé]e?|nong|phi|anak|adik|kakak|abang|kuya|ate|bunso|bhai|beta|beti|didi|saya|kami|aku|dia)\s+(?:(?:also|originally|all|both)\s+)?(?:from|dari)\s+(?:the\s+)?`;
/**
 * Living somewhere, said by the writer or their family: home where few are taken to work ("we live in Hougang"), but
 * not where people are taken to work (Malaysia, Thailand…), where it is where the job is.
 */
const LIVE_IN_EN = String.raw`\b(?:i|we|my family|my parents|our family)\s+(?:all\s+)?(?:live|lives|stay|stays)\s+in\s+(?:the\s+)?`;
/** Hindi and Urdu say it after the place ("Ludhiana se hoon"). */
const FROM_AFTER_EN = String.raw`\s+(?:se|sey)\s+(?:hoon|hun|hu|hain)\b`;
/** The writer's family at home, before the country ("relatives back in Sri Lanka", "my parents in Pakistan"). */
const FAMILY_IN_EN = String.raw`\b(?:family|families|parents|relatives|folks|loved ones)(?:,?\s+(?:and|or)\s+(?:friends|relatives|family|kids|children))?(?:\s+(?:either|both|all|still|who (?:are|live|stay)|living|staying|are|is))?(?:\s+back)?(?:\s+at)?(?:\s+home)?\s+in\s+(?:the\s+)?(?:[\p{L}']+(?:\s+[\p{L}']+)?\s+(?:and|or)\s+(?:in\s+)?(?:the\s+)?)?`;
/** Hard times in a country are the reason people leave it ("the economic crisis in Sri Lanka", "no jobs in Kenya"). */
const HARD_TIMES_EN = String.raw`\b(?:situation|crisis|economy|poverty|unemployment|inflation|no (?:jobs?|work)|lack of (?:jobs|work)|jobs are (?:scarce|hard to find)|hard times|cost of living|living conditions)\s+(?:back\s+)?(?:home\s+)?in\s+(?:the\s+)?`;

/** The home places of one nationality that a text names, each kind as an alternation ("" for none). */
interface PlaceNames {
  zh: string;
  en: string;
  zhBare: string;
  enBare: string;
}

interface Matcher {
  who: Who;
  level: Level;
  strength: Strength;
  /** Read on the text without tone and vowel marks: Vietnamese place names are listed, and typed, without them. */
  unmarked: boolean;
  /**
   * The pattern, or for home places the pattern made from the places a text names: a country's hundreds of names in
   * every pattern would cost memory and a try at every position, and a text names one or two.
   */
  pattern: RegExp | ((places: PlaceNames) => string | undefined);
  /** Which capture group is the cue (0 = whole match). */
  group?: number;
  /**
   * Which of `gates` matches wherever `pattern` could: every name the pattern needs, on its own. Most messages name no
   * country, and one test of the gate spares the country's dozen patterns.
   */
  gate: number;
}

/** The gates of `matchers`, each tested once per text, through a literal gate: a gate is a list of names. */
const gates: Pick<RegExp, "test">[] = [];

function buildMatchers(): Matcher[] {
  const list: Matcher[] = [];
  const add = (
    who: Who,
    level: Level,
    strength: Strength,
    source: string | ((places: PlaceNames) => string | undefined),
    group = 0,
  ): void => {
    const unmarked = who === "vn" && level === Level.HomeTown;
    const pattern = typeof source === "string" ? new RegExp(source, "gu") : source;
    list.push({ who, level, strength, unmarked, pattern, group, gate: gates.length - 1 });
  };
  for (const [key, names] of Object.entries(COUNTRY_NAMES)) {
    const who = key as Who;
    const zh = names.zh.join("|");
    const en = anyOf(names.en);
    const demonyms = anyOf(DEMONYMS[who]);
    const plurals = anyOf(DEMONYMS[who].filter(isLatin).map((demonym) => `${demonym}s`));
    const selfNames = SELF_NAMES[who];
    // Each part of the gate is a part some pattern below must match (an empty part matches anywhere: no skipping).
    const needed = [zh, en, demonyms, plurals, anyOf(selfNames ?? [])].filter(Boolean);
    gates.push(literalGate(new RegExp(needed.map((part) => `(?:${part})`).join("|"), "u")));
    // 我是台湾人 / 我們是台中人 (Self) before 台湾人 (Mention).
    add(who, Level.Named, Strength.Self, `${SELF_ZH}((?:${zh})(?:${FROM_ZH_AFTER}|公民|居民|护照|的人))`, 1);
    add(who, Level.Named, Strength.Self, `${SELF_ZH}(?:是|系)((?:${zh})的)`, 1);
    // 我们是从新加坡来的, 我哋系由大马嚟嘅: where the writer comes from, said of themselves (not 从泰国来到缅甸, a journey).
    add(who, Level.Named, Strength.Self, `${SELF_ZH}(?:从|由)((?:${zh}))(?:来的|来嘅|嚟嘅|嚟的|过来的|来)(?!到)`, 1);
    // Not 被中国人骗了: that is about the recruiter.
    add(who, Level.Named, Strength.Mention, `(?<![被给让])(?:${zh})(?:${FROM_ZH_AFTER}|公民|居民|护照)|来自(?:${zh})`);
    add(who, Level.Named, Strength.Self, `${SELF_EN}((?:from\\s+)(?:the\\s+)?(?:${en}))`, 1);
    add(who, Level.Named, Strength.Mention, `${PERSON_EN}((?:from\\s+)(?:the\\s+)?(?:${en}))`, 1);
    add(
      who,
      Level.Named,
      Strength.Mention,
      `\\b(?:citizens?|nationals?|passport holders?) of (?:the\\s+)?(?:${en})\\b`,
    );
    add(who, Level.Named, Strength.Self, `${SELF_EN}(${demonyms})`, 1);
    // Singlish and chat English drop the verb ("We Singaporean, what to do ah", "we from Kenya"); a demonym that goes on
    // to name a thing ("we Malaysian company", "I Indian food lover") is no nationality.
    add(who, Level.Named, Strength.Self, `\\b(?:we|i)\\s+((?:from\\s+)(?:the\\s+)?(?:${en}))`, 1);
    add(
      who,
      Level.Named,
      Strength.Self,
      `\\b(?:we|i)\\s+(${demonyms})(?=\\s*(?:[,.!?;:]|$)|\\s+(?:po|lah|ah|leh|lor|also|too|here|people|family)\\b)`,
      1,
    );
    // The same of the person in trouble ("he Singaporean, how ah"): theirs is the nationality that matters, said of
    // them rather than of the writer; "he Singaporean boss" names a boss.
    add(
      who,
      Level.Named,
      Strength.Mention,
      `\\b(?:he|she|they)\\s+(${demonyms})(?=\\s*(?:[,.!?;:]|$)|\\s+(?:po|lah|ah|leh|lor|also|too|one)\\b)`,
      1,
    );
    // Malay and Indonesian name a people with orang/rakyat/warga, which is no adjective: "saya rakyat Malaysia, kena
    // kurung", "dia orang Malaysia", "kami warga Indonesia" need no verb and no pause after.
    const peoples = DEMONYMS[who].filter((demonym) => /^(?:orang|rakyat|warga|warganegara) /.test(demonym));
    if (peoples.length > 0) {
      add(who, Level.Named, Strength.Self, `\\b(?:saya|aku|kami|kita|sy)\\s+(${anyOf(peoples)})\\b`, 1);
      add(who, Level.Named, Strength.Mention, `\\b(?:dia|mereka|beliau)\\s+(${anyOf(peoples)})\\b`, 1);
    }
    add(who, Level.Named, Strength.Mention, `${PERSON_EN}(${demonyms})`, 1);
    add(who, Level.Named, Strength.Mention, `(?:${demonyms})(?=${PERSON_AFTER})`);
    if (selfNames) add(who, Level.Named, Strength.Mention, anyOf(selfNames));
    // "Kenyans are being conned", "Filipinos here": a people named in the plural is the writer's own.
    add(who, Level.Named, Strength.Mention, plurals);
    add(who, Level.Named, Strength.Mention, `${HOME_TO_EN}(?:${en})\\b|(?:${HOME_TO_MIXED})(?:${en})\\b`);
    // A destination's own name after "back to" or 回 is where people are sent ("sent back to Thailand", 回到泰国), and
    // its government or police is the one where they are: only the others say whose home or government it is.
    if (!isCountry(who)) {
      add(who, Level.Named, Strength.Mention, `${BACK_TO_EN}(?:${en})\\b|${BACK_TO_ZH}(?:${zh})`);
      add(who, Level.Named, Strength.Mention, `${OWN_RETURN_EN}(?:${en})\\b`);
      // Home returned to or left behind to earn by the writer or their own ("I left Nepal to work in Qatar", 我离开台湾
      // 是为了养家糊口); leaving a destination (离开柬埔寨, "left Cambodia") is an escape, so only here.
      add(who, Level.Named, Strength.Mention, `${LEFT_HOME_EN}(?:${en})${LEFT_FOR_EN}`);
      add(who, Level.Named, Strength.Mention, `${LEFT_HOME_ZH}(?:${zh})${LEFT_FOR_ZH}`);
      // China's embassies serve Hong Kong and Macau residents too: 中国领事馆 says no more than the way of writing.
      const level = who === "cn" ? Level.Hint : Level.Institution;
      add(who, level, Strength.Mention, `(?:${demonyms}|(?:${en})(?:['’]s)?)\\s+${GOVERNMENT_EN}`);
      add(who, level, Strength.Mention, `(?:${zh})${GOVERNMENT_ZH}`);
    } else {
      // An embassy serves its own people abroad ("sought help at the Malaysian Embassy"), even a destination's.
      add(who, Level.Institution, Strength.Mention, `(?:${demonyms}|${en})\\s+${EMBASSY_EN}`);
    }

    // Home said in so many words, of a destination too: "born in the Philippines", "back home in Kenya", 老家在台灣.
    add(who, Level.Named, Strength.Self, `${HOME_MARK_EN}(${en})\\b`, 1);
    add(who, Level.Named, Strength.Self, `${HOME_BEFORE_ZH}(?:${zh})`);
    if (!isCountry(who)) {
      // The family at home, and hard times there, only where few are taken to work: "my son in Malaysia" is where he is.
      add(who, Level.HomeTown, Strength.Self, `${FAMILY_IN_EN}(${en})\\b`, 1);
      add(who, Level.HomeTown, Strength.Self, `${FAMILY_ZH}(?:${zh})`);
      add(who, Level.Hint, Strength.Mention, `${HARD_TIMES_EN}(${en})\\b`, 1);
      add(who, Level.Hint, Strength.Mention, `在(?:${zh})${HARD_TIMES_AFTER_ZH}|(?:${zh})${HARD_TIMES_AFTER_ZH}`);
    }

    // Hundreds of names: looked up word by word once per text for all countries, not tried at every position.
    gates.push({ test: (text) => homePlacesIn(text).has(who) });
    const marker = isCountry(who) ? `${HOME_MARK_EN}|${FROM_SELF_EN}` : `${HOME_MARK_EN}|${FROM_SELF_EN}|${LIVE_IN_EN}`;
    add(
      who,
      Level.HomeTown,
      Strength.Self,
      ({ zh }) => zh && `${FROM_ZH_BEFORE}(?:${zh})|(?:${zh})(?:${FROM_ZH_AFTER})`,
    );
    // 我们河南农村的, 我是河南周口的, 我們在高雄, 四川峨眉山市男子: only where nobody is taken to work (我在吉隆坡 is where someone
    // is, not home).
    if (!isCountry(who)) {
      add(
        who,
        Level.HomeTown,
        Strength.Mention,
        ({ zh }) => zh && `(?:${zh})[^，。,.!?！？]{0,6}(?:男子|女子|青年|小伙|姑娘|女孩|男孩|村民|籍)`,
      );
      add(
        who,
        Level.HomeTown,
        Strength.Self,
        ({ zh }) =>
          zh &&
          `${HOME_ZH}(?:是|系|都是)?(?:${zh})(?:[\u4e00-\u9fff]{1,3}?(?:市|县|区)?)?(?:的|嘅|农村|乡下|那边|这边)|${HOME_ZH}(?:在|喺|住在?|住喺)(?:${zh})${NOT_AT_WORK_ZH}`,
      );
    }
    // Working in Taiwan, said in Chinese (我在新竹上班): few who write Chinese there are not Taiwanese, unlike 我在香港打工 or
    // 我在新加坡上班, so it hints at home where the other places' work says nothing.
    if (who === "tw") {
      add(who, Level.Hint, Strength.Self, ({ zh }) => zh && `${HOME_ZH}在(?:${zh})[\u4e00-\u9fff]{0,2}?(?:上班|工作)`);
    }
    add(who, Level.HomeTown, Strength.Self, ({ en }) => en && `(?:${marker})(${en})`, 1);
    add(who, Level.HomeTown, Strength.Self, ({ en }) => en && `(${en})${FROM_AFTER_EN}`, 1);
    // A bare Chinese town name only before a place word or 的 (平台中 is not 台中).
    add(who, Level.HomeTown, Strength.Mention, ({ zhBare }) => zhBare && `(?:${zhBare})(?:市|县|区|的|机场)`);
    add(who, Level.HomeTown, Strength.Mention, ({ enBare }) => enBare || undefined);
    // Currencies and institutions are words of their own, not names: their own patterns, in one alternation, are the
    // gate (none of them has a numbered group to shift).
    const words = [...(CURRENCIES[who] ?? []), ...(INSTITUTIONS[who] ?? [])];
    gates.push(literalGate(new RegExp(words.map((pattern) => `(?:${pattern.source})`).join("|") || "(?:)", "u")));
    for (const pattern of CURRENCIES[who] ?? []) add(who, Level.Currency, Strength.Mention, pattern.source);
    for (const pattern of INSTITUTIONS[who] ?? []) add(who, Level.Institution, Strength.Mention, pattern.source);
  }
  return list;
}

let matchers: Matcher[] | undefined;

/** Letters only, without tone or vowel marks: how Latin place names and the words of a text are looked up. */
const fold = (word: string): string =>
  /^[a-z\d]*$/.test(word)
    ? word
    : word
        .normalize("NFD")
        .replace(/[^\p{L}\p{N}]/gu, "")
        .replace(/đ/g, "d")
        .normalize("NFC");
const LATIN_RUN = /[\p{Script=Latin}\p{M}\d]+/gu;

/** A home place as listed, with whose it is and whether it counts without a marker. */
interface HomePlace {
  who: Who;
  name: string;
  bare: boolean;
}

interface HomePlaceIndex {
  latin: Map<string, HomePlace[]>;
  /** The first words of the Latin names of more than one word, run together: only these are read on. */
  openings: Set<string>;
  han: Map<string, HomePlace[]>;
  /** The lengths of the Chinese names starting with each character, by its code (no string is made per character read). */
  hanLengths: Map<number, Set<number>>;
}

let homePlaces: HomePlaceIndex | undefined;

/**
 * Every home place of every nationality, for one look-up of each word (and each run of words that begins a longer
 * name) and each run of Chinese characters: which places a text may name. Only those go into the patterns, so the
 * lists can be complete without every message paying for them. Built on the first message that asks whose citizen
 * someone is (a few emergency answers), not at start: most updates never need it.
 */
function homePlaceIndex(): HomePlaceIndex {
  return (homePlaces ??= buildHomePlaceIndex());
}

function buildHomePlaceIndex(): HomePlaceIndex {
  const latin = new Map<string, HomePlace[]>();
  const openings = new Set<string>();
  const han = new Map<string, HomePlace[]>();
  const hanLengths = new Map<number, Set<number>>();
  const enter = (map: Map<string, HomePlace[]>, key: string, place: HomePlace): void => {
    map.set(key, [...(map.get(key) ?? []), place]);
  };
  for (const [code, places] of Object.entries(HOME_PLACES)) {
    const who = code as Who;
    const bare = new Set(places.bare);
    for (const name of [...places.bare, ...places.marked]) {
      const place = { who, name, bare: bare.has(name) };
      if (isLatin(name)) {
        const words = name.split(/[^\p{L}\p{M}\d]+/u).map(fold);
        enter(latin, words.join(""), place);
        for (let end = 1; end < words.length; end++) openings.add(words.slice(0, end).join(""));
      } else {
        enter(han, name, place);
        const first = name.charCodeAt(0);
        hanLengths.set(first, (hanLengths.get(first) ?? new Set()).add(name.length));
      }
    }
  }
  return { latin, openings, han, hanLengths };
}

/** The text with each accented Latin letter replaced by its base letter (Nghệ An → Nghe An), one for one. */
const withoutMarks = (text: string): string =>
  text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (letter) => (letter === "đ" ? "d" : letter.normalize("NFD")[0]!));

let lastText: string | undefined;
let lastPlaces = new Map<Who, PlaceNames>();

/** The home places `text` (normalised) may name, per nationality; the same text is looked up once. */
function homePlacesIn(text: string): Map<Who, PlaceNames> {
  if (text === lastText) return lastPlaces;
  const { latin, openings, han, hanLengths } = homePlaceIndex();
  const found: HomePlace[] = [];
  const words = text.match(LATIN_RUN)?.map(fold) ?? [];
  for (let i = 0; i < words.length; i++) {
    let key = words[i]!;
    for (let j = i + 1; ; j++) {
      const places = latin.get(key);
      if (places) found.push(...places);
      if (j === words.length || !openings.has(key)) break;
      key += words[j];
    }
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lengths = code >= 0x3400 && code <= 0x9fff ? hanLengths.get(code) : undefined;
    if (!lengths) continue;
    for (const length of lengths) {
      const places = han.get(text.slice(i, i + length));
      if (places) found.push(...places);
    }
  }
  const byWho = new Map<Who, PlaceNames>();
  for (const who of new Set(found.map((place) => place.who))) {
    const own = [...new Set(found.filter((place) => place.who === who))];
    const zh = own.filter((place) => !isLatin(place.name));
    const en = own.filter((place) => isLatin(place.name));
    const bare = (places: HomePlace[]) => places.filter((place) => place.bare).map((place) => place.name);
    byWho.set(who, {
      zh: zh.map((place) => place.name).join("|"),
      en: anyOf(en.map((place) => place.name)),
      zhBare: bare(zh).join("|"),
      enBare: anyOf(bare(en)),
    });
  }
  lastText = text;
  lastPlaces = byWho;
  return byWho;
}

/** Patterns made from the places a text names, kept for the next texts that name the same (a bounded cache). */
const placePatterns = new Map<string, RegExp>();

function placePattern(source: string): RegExp {
  let pattern = placePatterns.get(source);
  if (!pattern) {
    if (placePatterns.size >= 512) placePatterns.clear();
    placePatterns.set(source, (pattern = new RegExp(source, "gu")));
  }
  return pattern;
}

// ── Inference ──────────────────────────────────────────────────────────────────────────────────────────────────────

function wordCues(normalised: string): Cue[] {
  matchers ??= buildMatchers();
  const cues: Cue[] = [];
  let gate = -1;
  let open = false;
  let unmarked: string | undefined;
  for (const matcher of matchers) {
    // A country's matchers stand together behind their gate: tested once, where its first matcher is.
    if (matcher.gate !== gate) open = gates[(gate = matcher.gate)]!.test(normalised);
    if (!open) continue;
    const { who, level, strength, group } = matcher;
    let pattern: RegExp;
    if (typeof matcher.pattern === "function") {
      const source = matcher.pattern(homePlacesIn(normalised).get(who)!);
      if (!source) continue;
      pattern = placePattern(source);
    } else pattern = matcher.pattern;
    const subject = matcher.unmarked ? (unmarked ??= withoutMarks(normalised)) : normalised;
    // exec on the shared global pattern: matchAll would copy the pattern on every call, for every pattern.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(subject); match; match = pattern.exec(subject)) {
      if (match[0] === "") pattern.lastIndex++;
      const text = match[group ?? 0] ?? match[0];
      const offset = match[0].lastIndexOf(text);
      const start = match.index + Math.max(offset, 0);
      cues.push({ who, level, strength, start, end: start + text.length });
    }
  }
  // A cue inside a longer cue of another nationality is part of it (香港人 holds 港人, 印度尼西亚 holds 印度).
  return cues.filter(
    (cue) =>
      !cues.some(
        (other) =>
          other.who !== cue.who &&
          other.start <= cue.start &&
          other.end >= cue.end &&
          other.end - other.start > cue.end - cue.start,
      ),
  );
}

function styleCues(normalised: string, written: string): Cue[] {
  const cues: Cue[] = [];
  for (const [index, { who, min, words, unless }] of STYLES.entries()) {
    if (!STYLE_GATES[index]!.test(normalised) || unless?.test(normalised)) continue;
    const hits = [...normalised.matchAll(words)];
    if (new Set(hits.map((hit) => hit[0])).size >= min) {
      const first = hits[0]!;
      cues.push({
        who,
        level: Level.Style,
        strength: Strength.Mention,
        start: first.index,
        end: first.index + first[0].length,
      });
    }
  }
  for (const { who, chars, letters } of SCRIPTS) {
    const hit = !letters || letters.test(written) ? chars.exec(written) : null;
    // Script cues point into the text as written: marked by a negative start, decoded in `quote`.
    if (hit)
      cues.push({ who, level: Level.Style, strength: Strength.Mention, start: -1 - hit.index, end: hit[0].length });
  }
  return cues;
}

/** Institutions named in capitals (WRITTEN_INSTITUTIONS), read on the text as written. */
function writtenInstitutionCues(written: string): Cue[] {
  if (isShouted(written)) return [];
  return WRITTEN_INSTITUTIONS.flatMap(({ who, pattern }) => {
    const hit = pattern.exec(written);
    // A cue read on the text as written is marked by a negative start, decoded in `quote`.
    return hit
      ? [{ who, level: Level.Institution, strength: Strength.Mention, start: -1 - hit.index, end: hit[0].length }]
      : [];
  });
}

/** The region of a BCP 47 tag (zh-TW, zh-Hant-HK, en_PH), if it names one the directory knows. */
function regionOf(languageCode: string | undefined): Who | undefined {
  const parts = (languageCode ?? "").toLowerCase().split(/[-_]/).slice(1);
  const region = parts.find((part) => part.length === 2);
  return region ? REGIONS[region] : undefined;
}

function quote(cue: Cue, normalised: { text: string; origin: number[] }, written: string): string {
  if (cue.start < 0) return written.slice(-1 - cue.start, -1 - cue.start + cue.end);
  const from = normalised.origin[cue.start] ?? 0;
  const to = normalised.origin[cue.end - 1] ?? from;
  return written.slice(from, to + 1).trim();
}

/**
 * Whose contacts help, from the person's own words and Telegram's `language_code`, or `undefined` when nothing says
 * so or the cues disagree (the bot then asks with `likelyNationalities`).
 *
 * Named nationality ("我們是台中人" reads as a home town, "I'm Filipino", 香港人) beats a home town ("we're from
 * Penang") beats a currency (台幣, RM, Ksh) beats the government's own offices (領務局, DMW, KBRI) beats a regional
 * `language_code` (zh-TW, zh-HK, zh-MO, zh-CN; a bare "zh-hant" or "en" names nothing) beats the way of writing
 * (Cantonese particles, Taiwan usage, Taglish, Hinglish, Malay or Indonesian, Swahili, a script). Within one level the
 * writer speaking of themselves ("我是…", "I'm…") beats a mention ("老板是中国人"); two nationalities still tied there
 * are settled by a lower level that picks one of them, or give `undefined`.
 */
export function inferNationality(text: string | ReadText, languageCode?: string): InferredNationality | undefined {
  const read = ReadText.of(text);
  // Read as written: Cantonese particles are a cue here, and the folded form no longer has them.
  const normalised = read.literal;
  const written = read.text;
  const cues = [
    ...wordCues(normalised.text),
    ...writtenInstitutionCues(written),
    ...styleCues(normalised.text, written),
  ];
  const region = regionOf(languageCode);
  if (region) cues.push({ who: region, level: Level.LanguageCode, strength: Strength.Mention, start: 0, end: 0 });
  if (cues.length === 0) return undefined;

  const rank = (cue: Cue): number => cue.level * 2 + cue.strength;
  const byRank = new Map<number, Cue[]>();
  for (const cue of cues) byRank.set(rank(cue), [...(byRank.get(rank(cue)) ?? []), cue]);
  const ranks = [...byRank.keys()].sort((a, b) => a - b);

  // Tied nationalities are settled only by a lower level: the same words read again as a weaker mention are no help.
  let candidates: Set<Who> | undefined;
  let tiedLevel: number | undefined;
  for (const r of ranks) {
    if (tiedLevel !== undefined && Math.floor(r / 2) === tiedLevel) continue;
    const here = byRank.get(r) ?? [];
    const who = new Set(here.map((cue) => cue.who).filter((w) => !candidates || candidates.has(w)));
    if (who.size === 0) continue;
    if (who.size === 1) {
      const winner = [...who][0]!;
      const cue = here.find((c) => c.who === winner)!;
      return result(winner, cue, normalised, written, languageCode);
    }
    candidates ??= who;
    tiedLevel = Math.floor(r / 2);
  }
  return undefined;
}

function result(
  who: Who,
  cue: Cue,
  normalised: { text: string; origin: number[] },
  written: string,
  languageCode: string | undefined,
): InferredNationality {
  const evidence: Evidence =
    cue.level === Level.LanguageCode ? "language-code" : cue.level >= Level.Style ? "style" : "words";
  const quoted = cue.level === Level.LanguageCode ? (languageCode ?? "") : quote(cue, normalised, written);
  if (who === "np" || who === "ug" || who === "et")
    return { nationality: "other", cue: quoted, evidence, unlisted: who };
  return { nationality: who, cue: quoted, evidence };
}

/**
 * The nationality to use for a danger answer: one named in this message beats what the user chose before, which
 * beats the way they write or their language setting. `undefined`: ask, offering `likelyNationalities`.
 */
export function chooseNationality(
  text: string | ReadText,
  languageCode: string | undefined,
  remembered: Nationality | undefined,
):
  | { nationality: Nationality; from: Evidence | "remembered"; cue?: string; unlisted?: UnlistedNationality }
  | undefined {
  const inferred = inferNationality(text, languageCode);
  if (remembered && inferred?.evidence !== "words") return { nationality: remembered, from: "remembered" };
  if (!inferred) return undefined;
  const { nationality, cue, evidence, unlisted } = inferred;
  return { nationality, from: evidence, cue, ...(unlisted ? { unlisted } : {}) };
}

/**
 * The writer's own nationality, only as they say it of themselves ("I'm Filipino", "we're OFWs", "Pinoy po ako", 我是香港人,
 * 我哋係香港人, "saya orang Indonesia"): whose government's agency register a verdict names. Never guessed from the way
 * of writing, a currency, the language setting or someone else named (老板是香港人, "nanny for a Filipino family"),
 * and never taken from /sos, where the user chose where the person in trouble is from, often a relative.
 */
export function writersOwnNationality(text: string | ReadText): ListedNationality | undefined {
  const canonical = ReadText.of(text).canonical;
  writerPatterns ??= buildWriterPatterns();
  const told = new Set(writerPatterns.filter(({ pattern }) => pattern.test(canonical)).map(({ who }) => who));
  const [only] = told;
  return told.size === 1 && only !== "np" && only !== "ug" && only !== "et" ? only : undefined;
}

/** The writer, in the languages mixed into messages, saying what they are. */
const WRITER_IS_ZH = "(?:我|我们|本人|阮|俺|咱|咱们)(?:都|也|全家|一家|本身)?(?:是|系)?";
const WRITER_IS_EN = String.raw`\b(?:i['’]?m|im|i am|we['’]?re|we are|we r|as an?|as (?:a )?fellow|saya|aku|kami)\s+(?:an?\s+|also\s+|all\s+|both\s+|proud\s+|ini\s+)?`;
/** Tagalog and Hindi put the person after the name ("Pinoy po ako", "OFW kami", "main Indian hoon"). */
const WRITER_AFTER = String.raw`\s+(?:(?:po\s+)?(?:ako|kami)|hoon|hun|hu|hain)\b`;

/**
 * Each behind a literal gate: a pasted ad is read for every nationality, and most ads name none of them (run whole,
 * the twenty expressions cost about a tenth of an ad's CPU).
 */
let writerPatterns: { who: Who; pattern: Pick<RegExp, "test"> }[] | undefined;

function buildWriterPatterns(): { who: Who; pattern: Pick<RegExp, "test"> }[] {
  return Object.entries(COUNTRY_NAMES).map(([key, names]) => {
    const who = key as Who;
    const zh = names.zh.join("|");
    const selfNames = SELF_NAMES[who] ?? [];
    const latinNames = anyOf([...DEMONYMS[who], ...selfNames.filter(isLatin)]);
    const zhSelf = selfNames.filter((name) => !isLatin(name)).join("|");
    const parts = [
      `${WRITER_IS_ZH}(?:${zh})(?:${FROM_ZH_AFTER}|公民|居民)`,
      String.raw`${WRITER_IS_EN}(?:(?:from|dari|orang|warga)\s+(?:the\s+)?(?:${anyOf(names.en)})|(?:${latinNames})s?\b)`,
      `(?:${latinNames})${WRITER_AFTER}`,
      ...(zhSelf ? [`${WRITER_IS_ZH}(?:${zhSelf})`] : []),
    ];
    return { who, pattern: literalGate(new RegExp(parts.join("|"), "u")) };
  });
}

/** The likeliest nationalities per interface language, before anything is known (facts.md §1 and §2: who is lured). */
const LIKELY: Readonly<Record<SosLocale, readonly ListedNationality[]>> = {
  "zh-hant": ["tw", "hk", "mo", "cn", "my"],
  "zh-hans": ["cn", "my", "sg", "tw", "hk"],
  en: ["ph", "in", "id", "ke", "lk", "my"],
};

/**
 * The nationality buttons for a danger answer when none is known: the 4–6 likeliest for the user's language (the
 * `language_code` region first when it names one), then `other` last, which the bot answers with local lines and how
 * to reach one's own embassy, never with a card that says "another country".
 */
export function likelyNationalities(languageCode: string | undefined, locale: SosLocale): Nationality[] {
  const region = regionOf(languageCode);
  const first: Nationality[] = region && region !== "np" && region !== "ug" && region !== "et" ? [region] : [];
  const rest = LIKELY[locale].filter((nationality) => !first.includes(nationality));
  return [...first, ...rest].slice(0, 6).concat("other");
}

/** The words around a nationality typed as an answer: "我是…人", "I'm …", "he is …", "from …", "…籍", and punctuation. */
const ANSWER_BEFORE = String.raw`^(?:(?:i['’]?m|i am|we are|we['’]?re|he is|she is|he['’]?s|she['’]?s|they are|he|she|from|citizen of|我们?是|他们?是|她们?是|我哋?系|佢系|来自|从)\s*){0,2}(?:a |an |the )?`;
const ANSWER_AFTER = String.raw`(?:\s*(?:人|籍|的|公民|citizens?|nationals?|passport))*$`;

/**
 * The nationality a short message gives in answer to "where is the person who needs help from?" (chat review #25): a
 * country or people named alone ("中国", "Malaysia", "Filipino", "香港") or with a few words around it ("我是台湾人",
 * "I'm Kenyan"); a longer message says more than its nationality and is read as itself. Only for a message that answers the bot's question: alone, a country's name is no nationality (it is
 * where people are taken to work as often as home). `undefined`: the message says something else.
 */
export function answeredNationality(text: string): Nationality | undefined {
  const read = ReadText.of(text);
  const bare = read.literal.text.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
  if (bare.length === 0 || bare.length > 40) return undefined;
  for (const who of Object.keys(COUNTRY_NAMES) as Who[]) {
    const names = [
      ...(who === "cn" ? ["中国大陆", "中国内地"] : []),
      ...COUNTRY_NAMES[who].zh,
      ...COUNTRY_NAMES[who].en,
      ...DEMONYMS[who],
      ...(SELF_NAMES[who] ?? []),
    ];
    if (new RegExp(`${ANSWER_BEFORE}(?:${anyOf(names)})${ANSWER_AFTER}`, "u").test(bare)) {
      return who === "np" || who === "ug" || who === "et" ? "other" : who;
    }
  }
  return undefined;
}
