/**
 * Whose emergency numbers help: the nationality of the person in trouble, read from what the person who writes says
 * (PRODUCT.md §2.4, issue 12). A Taiwanese parent, a Filipino worker and a Sri Lankan family each need their own
 * government's line first, and the bot should not make them pick from a list when their message already says it.
 *
 * Pure: no grammY, no translations. Cues are read on the normalised text (Simplified, lower-case, full-width folded,
 * see `normalizeText`), so Traditional and Simplified writing match the same lists; scripts are read on the text as
 * written. The lists are common knowledge (country names, demonyms, major cities and provinces, currencies, each
 * government's own institutions and hotlines as facts.md names them, everyday words of Cantonese, Taiwan Mandarin,
 * Taglish, Hinglish, Malay, Indonesian and Swahili), kept short on purpose: a cue that is also an ordinary word or a
 * place people pass through needs a marker ("from", 人, 老家…) before it counts.
 */
import { literalGate } from "../text/literal-gate.ts";
import { ReadText } from "../text/read-text.ts";
import { FILIPINO_SELF_NAMES, isCountry, type Nationality } from "../content/places.ts";
import type { Locale } from "../i18n/locales.ts";

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
  hk: { zh: ["香港"], en: ["hong kong", "hongkong"] },
  mo: { zh: ["澳门"], en: ["macau", "macao"] },
  tw: { zh: ["台湾", "中华民国"], en: ["taiwan"] },
  in: { zh: ["印度(?!尼西亚)"], en: ["india"] },
  ph: { zh: ["菲律宾", "菲国"], en: ["the philippines", "philippines", "pilipinas"] },
  id: { zh: ["印尼", "印度尼西亚"], en: ["indonesia"] },
  my: { zh: ["马来西亚", "大马"], en: ["malaysia"] },
  vn: { zh: ["越南"], en: ["vietnam", "viet nam"] },
  th: { zh: ["泰国"], en: ["thailand"] },
  lk: { zh: ["斯里兰卡"], en: ["sri lanka"] },
  pk: { zh: ["巴基斯坦"], en: ["pakistan"] },
  bd: { zh: ["孟加拉国", "孟加拉"], en: ["bangladesh"] },
  ke: { zh: ["肯尼亚", "肯亚"], en: ["kenya"] },
  sg: { zh: ["新加坡"], en: ["singapore"] },
  np: { zh: ["尼泊尔"], en: ["nepal"] },
  ug: { zh: ["乌干达"], en: ["uganda"] },
  et: { zh: ["埃塞俄比亚", "衣索比亚"], en: ["ethiopia"] },
};

/**
 * Demonyms, which count only about a person ("I'm Filipino", "Kenyan citizens"): "the Chinese boss" or "an Indian
 * agent" says nothing about the person in trouble.
 */
const DEMONYMS: Readonly<Record<Who, readonly string[]>> = {
  cn: ["chinese national", "chinese citizen", "mainland chinese", "mainlander"],
  hk: ["hongkonger", "hong konger", "hongkongese", "hong kong resident", "hong kong chinese"],
  mo: ["macanese", "macau resident", "macao resident"],
  tw: ["taiwanese"],
  in: ["indian", "malayali", "keralite"],
  ph: ["filipino", "filipina", "pilipino", "pilipina", "philippine"],
  id: ["indonesian", "orang indonesia", "warga indonesia"],
  my: ["malaysian", "orang malaysia", "rakyat malaysia", "warganegara malaysia"],
  vn: ["vietnamese", "người việt", "nguoi viet"],
  th: ["thai"],
  lk: ["sri lankan", "lankan"],
  pk: ["pakistani"],
  bd: ["bangladeshi"],
  ke: ["kenyan"],
  sg: ["singaporean"],
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

/**
 * Home towns, provinces and regions. `bare`: a city or region of a country people do not pass through on the way to
 * the compounds, which says where someone is from even without "from" (Kerala, Nairobi, Kandy, 高雄 with 人/的…).
 * `marked`: places in countries that are also destinations or routes (Manila, Penang, Bali, 昆明), which count only
 * after "from", "taga", 来自, 老家, 家在… or before 人, 籍, 老乡.
 */
const HOME_TOWNS: Readonly<Record<Who, { bare?: readonly string[]; marked?: readonly string[] }>> = {
  cn: {
    marked: [
      "北京",
      "上海",
      "天津",
      "重庆",
      "河北",
      "河南",
      "山东",
      "山西",
      "四川",
      "湖南",
      "湖北",
      "广东",
      "广西",
      "福建",
      "江西",
      "江苏",
      "浙江",
      "安徽",
      "云南",
      "贵州",
      "陕西",
      "甘肃",
      "青海",
      "辽宁",
      "吉林",
      "黑龙江",
      "内蒙古",
      "新疆",
      "宁夏",
      "海南",
      "东北",
      "广州",
      "深圳",
      "成都",
      "武汉",
      "长沙",
      "郑州",
      "西安",
      "杭州",
      "南京",
      "昆明",
      "南宁",
      "福州",
      "厦门",
      "泉州",
      "温州",
      "潮汕",
      "beijing",
      "shanghai",
      "tianjin",
      "chongqing",
      "henan",
      "hebei",
      "shandong",
      "sichuan",
      "hunan",
      "hubei",
      "guangdong",
      "guangxi",
      "fujian",
      "jiangxi",
      "jiangsu",
      "zhejiang",
      "anhui",
      "yunnan",
      "guizhou",
      "shaanxi",
      "gansu",
      "liaoning",
      "heilongjiang",
      "guangzhou",
      "shenzhen",
      "chengdu",
      "wuhan",
      "changsha",
      "zhengzhou",
      "hangzhou",
      "nanjing",
      "kunming",
      "xiamen",
    ],
  },
  hk: {
    bare: [
      "九龙",
      "新界",
      "沙田",
      "屯门",
      "元朗",
      "荃湾",
      "观塘",
      "旺角",
      "铜锣湾",
      "深水埗",
      "天水围",
      "将军澳",
      "大埔",
      "上水",
      "黄大仙",
      "葵涌",
      "油麻地",
      "尖沙咀",
      "湾仔",
      "北角",
      "柴湾",
      "东涌",
      "马鞍山",
      "kowloon",
      "new territories",
      "sha tin",
      "shatin",
      "tuen mun",
      "yuen long",
      "tsuen wan",
      "kwun tong",
      "mong kok",
      "causeway bay",
      "sham shui po",
      "tin shui wai",
      "tseung kwan o",
      "tai po",
      "sheung shui",
      "wong tai sin",
      "kwai chung",
      "tsim sha tsui",
      "wan chai",
      "tung chung",
      "ma on shan",
    ],
  },
  mo: { bare: ["氹仔", "路环", "路氹", "黑沙环", "筷子基", "望厦", "taipa", "coloane", "cotai"] },
  tw: {
    bare: [
      "台北",
      "新北",
      "桃园",
      "台中",
      "台南",
      "高雄",
      "基隆",
      "新竹",
      "苗栗",
      "彰化",
      "南投",
      "云林",
      "嘉义",
      "屏东",
      "宜兰",
      "花莲",
      "台东",
      "澎湖",
      "金门",
      "马祖",
      "taipei",
      "new taipei",
      "taoyuan",
      "taichung",
      "tainan",
      "kaohsiung",
      "keelung",
      "hsinchu",
      "miaoli",
      "changhua",
      "nantou",
      "yunlin",
      "chiayi",
      "pingtung",
      "yilan",
      "hualien",
      "taitung",
      "penghu",
      "kinmen",
    ],
  },
  in: {
    bare: [
      "kerala",
      "tamil nadu",
      "delhi",
      "new delhi",
      "mumbai",
      "bombay",
      "chennai",
      "bangalore",
      "bengaluru",
      "kolkata",
      "calcutta",
      "uttar pradesh",
      "bihar",
      "gujarat",
      "maharashtra",
      "karnataka",
      "andhra pradesh",
      "telangana",
      "rajasthan",
      "haryana",
      "odisha",
      "west bengal",
      "assam",
      "jharkhand",
      "madhya pradesh",
      "pune",
      "ahmedabad",
      "lucknow",
      "patna",
      "kochi",
      "trivandrum",
      "jaipur",
      "chandigarh",
      "喀拉拉",
      "孟买",
      "新德里",
      "金奈",
      "班加罗尔",
      "加尔各答",
    ],
    marked: ["punjab", "hyderabad", "goa", "德里"],
  },
  ph: {
    marked: [
      "manila",
      "metro manila",
      "quezon city",
      "cebu",
      "davao",
      "pampanga",
      "cavite",
      "laguna",
      "batangas",
      "bulacan",
      "pangasinan",
      "iloilo",
      "bacolod",
      "cagayan de oro",
      "zamboanga",
      "baguio",
      "tarlac",
      "nueva ecija",
      "ilocos",
      "leyte",
      "samar",
      "mindanao",
      "visayas",
      "luzon",
      "bicol",
      "albay",
      "palawan",
      "negros",
      "caloocan",
      "taguig",
      "pasig",
      "makati",
      "马尼拉",
      "宿务",
      "达沃",
    ],
  },
  id: {
    marked: [
      "jakarta",
      "jawa",
      "java",
      "jawa barat",
      "jawa tengah",
      "jawa timur",
      "sumatera",
      "sumatra",
      "medan",
      "surabaya",
      "bandung",
      "semarang",
      "yogyakarta",
      "jogja",
      "makassar",
      "sulawesi",
      "kalimantan",
      "bali",
      "lombok",
      "nusa tenggara",
      "aceh",
      "riau",
      "lampung",
      "banten",
      "papua",
      "maluku",
      "batam",
      "雅加达",
      "泗水",
      "棉兰",
      "万隆",
      "日惹",
      "巴厘岛",
    ],
  },
  my: {
    marked: [
      "penang",
      "pulau pinang",
      "kuala lumpur",
      "johor",
      "johor bahru",
      "melaka",
      "malacca",
      "ipoh",
      "perak",
      "kedah",
      "pahang",
      "terengganu",
      "kelantan",
      "negeri sembilan",
      "seremban",
      "selangor",
      "klang",
      "petaling jaya",
      "sabah",
      "kota kinabalu",
      "sarawak",
      "kuching",
      "sibu",
      "miri",
      "perlis",
      "kuantan",
      "muar",
      "batu pahat",
      "shah alam",
      "槟城",
      "吉隆坡",
      "新山",
      "柔佛",
      "马六甲",
      "怡保",
      "霹雳",
      "吉打",
      "彭亨",
      "登嘉楼",
      "吉兰丹",
      "森美兰",
      "芙蓉",
      "雪兰莪",
      "巴生",
      "八打灵",
      "沙巴",
      "亚庇",
      "砂拉越",
      "古晋",
      "诗巫",
      "美里",
      "关丹",
      "麻坡",
    ],
  },
  vn: {
    marked: [
      "hà nội",
      "ha noi",
      "hanoi",
      "hồ chí minh",
      "ho chi minh",
      "saigon",
      "sài gòn",
      "hải phòng",
      "hai phong",
      "đà nẵng",
      "da nang",
      "cần thơ",
      "can tho",
      "nghệ an",
      "nghe an",
      "hà tĩnh",
      "ha tinh",
      "thanh hóa",
      "thanh hoa",
      "quảng bình",
      "quang binh",
      "huế",
      "河内",
      "胡志明",
      "海防",
      "岘港",
    ],
  },
  th: {
    marked: [
      "bangkok",
      "isan",
      "isaan",
      "udon thani",
      "khon kaen",
      "chiang mai",
      "chiang rai",
      "nakhon ratchasima",
      "korat",
      "ubon ratchathani",
      "buriram",
      "surin",
      "sisaket",
      "曼谷",
      "清迈",
      "清莱",
    ],
  },
  lk: {
    bare: [
      "colombo",
      "kandy",
      "galle",
      "jaffna",
      "negombo",
      "kurunegala",
      "matara",
      "anuradhapura",
      "batticaloa",
      "trincomalee",
      "科伦坡",
      "康提",
    ],
  },
  pk: {
    bare: [
      "karachi",
      "lahore",
      "islamabad",
      "rawalpindi",
      "peshawar",
      "faisalabad",
      "multan",
      "quetta",
      "sialkot",
      "gujranwala",
      "sindh",
      "khyber pakhtunkhwa",
      "balochistan",
      "卡拉奇",
      "拉合尔",
      "伊斯兰堡",
    ],
    marked: ["punjab", "hyderabad"],
  },
  bd: { bare: ["dhaka", "chittagong", "chattogram", "sylhet", "khulna", "rajshahi", "comilla", "达卡"] },
  ke: {
    bare: [
      "nairobi",
      "mombasa",
      "kisumu",
      "nakuru",
      "eldoret",
      "thika",
      "machakos",
      "nyeri",
      "kakamega",
      "kiambu",
      "kisii",
      "malindi",
      "内罗毕",
      "蒙巴萨",
    ],
  },
  sg: {
    bare: [
      "jurong",
      "woodlands",
      "tampines",
      "ang mo kio",
      "bedok",
      "yishun",
      "toa payoh",
      "punggol",
      "sengkang",
      "hougang",
      "clementi",
      "bishan",
      "serangoon",
      "pasir ris",
      "choa chu kang",
      "bukit batok",
      "bukit panjang",
    ],
  },
  np: { bare: ["kathmandu", "pokhara", "lalitpur", "bhaktapur", "biratnagar", "birgunj", "chitwan", "加德满都"] },
  ug: { bare: ["kampala", "entebbe", "jinja", "gulu", "mbarara", "坎帕拉"] },
  et: { bare: ["addis ababa", "亚的斯亚贝巴"] },
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
  ],
  hk: [
    /(?<!出)入境处|入境事务处|保安局|警务处|差馆|港府|区议员/,
    /强积金|劳工处|\bmpf\b|\bimmd\b|\badcc\b|(?<!\d)18222(?!\d)|(打|拨|call|dial)\s?1868(?!\d)|1868\s?(热线|hotline)/,
  ],
  mo: [/治安警|司法警察局|司警|旅游危机处理|身份证明局|澳门政府/],
  ph: [
    /\b(dmw|owwa|poea|iacat|cicc|barangay|philhealth|nbi)\b|\b(1343|1348)\b|\bpresident marcos\b|马科斯总统|总统马科斯/,
  ],
  in: [/\b(mea|madad|e-?migrate|aadhaar|protector of emigrants)\b|\b(?:pm|prime minister) modi\b|\bmodi ji\b/],
  id: [/\b(kbri|kjri|kemlu|bp2mi|peduli wni|disnaker|polri)\b|\bpresiden (?:jokowi|prabowo)\b/],
  my: [/\b(wisma putra|pdrm|mykad|laporan polis)\b|\b(?:pm|prime minister|datuk seri) anwar\b/],
  lk: [/\b(slbfe|foreign employment bureau)\b/],
  bd: [/\b(probash|bmet|expatriates'? welfare)\b/],
  ke: [/\b(diaspora affairs|m-?pesa)\b|\bpresident (?:uhuru )?kenyatta\b|\bpresident (?:william )?ruto\b/],
  pk: [/\b(nadra|cnic|overseas pakistanis)\b/],
  vn: [/bảo hộ công dân|cục lãnh sự/],
  sg: [/\b(singpass|nric|cpf|hdb|acra|scamshield|ministry of manpower)\b|\bspf\b(?! ?\d| sunscreen| sunblock)/],
};

/** A government's own offices abroad and at home, as people write them after the country ("the Kenyan embassy"). */
const GOVERNMENT_EN = String.raw`(?:embassy|high commission|consulate|government|govt|authorities|police|president|parliament|foreign (?:office|ministry|affairs)|mission)\b`;
const EMBASSY_EN = String.raw`(?:embassy|high commission|consulate)\b`;
const GOVERNMENT_ZH = "(?:驻\\S{0,6})?(?:大使馆|使馆|领事馆|总领馆|政府|外交部)";
/** Going home, said about oneself or one's own: "want to go home to Kenya", 回台湾, pulang ke Indonesia, umuwi sa. */
const HOME_TO_EN = String.raw`\b(?:go|going|gone|come|coming|get|getting|fly|flying|send \w+|sent \w+|return(?:ed|ing)?)\s+(?:back\s+)?home\s+to\s+(?:the\s+)?`;
const BACK_TO_EN = String.raw`\b(?:(?:go|going|come|coming|get|getting|fly|flying|send \w+|sent \w+)\s+back\s+to|here in)\s+(?:the\s+)?`;
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
const STYLES: ReadonlyArray<{ who: Who; min: number; words: RegExp }> = [
  {
    who: "hk",
    min: 1,
    words: /佢|喺|唔|冇|嘅|系咪|点样|而家|咗|啲|嘢|嗰|哋|揾|嚟|畀|乜嘢|咩|咁|睇|攞|瞓|散水饼|八达通|港铁|公屋|居屋/g,
  },
  {
    who: "tw",
    min: 1,
    words: /网路|简讯|软体|计程车|捷运|健保|身分证|阿嬷|视讯|加\s?line|line\s?(?:群|帐号)|[\u3105-\u312f]/g,
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
  {
    who: "in",
    min: 2,
    words:
      /\b(yaar|nahi|nahin|hai|hain|bhai|bhaiya|mera|meri|mere|kya|kuch|paise|paisa|ghar|beta|beti|raha|rahe|rahi|gaya|abhi|kaise|kaun|bachao|bahut|pata|de rahe|kar rahe)\b/g,
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
const STYLE_GATES = STYLES.map(({ words }) => literalGate(new RegExp(words.source, words.flags.replace("g", "")), 0));

// ── Patterns built once ────────────────────────────────────────────────────────────────────────────────────────────

/** Anything without Han characters is matched as words (Vietnamese and Malay included). */
const LATIN = /^[^\u3400-\u9fff]+$/;
const isLatin = (word: string): boolean => LATIN.test(word);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A Latin word or phrase on word boundaries with any spacing; a Chinese one (possibly a regex fragment) as it is. */
const term = (word: string): string =>
  isLatin(word) ? `\\b${word.split(/\s+/).map(escape).join("[\\s-]*")}\\b` : word.replace(/\./g, "\\.");
const anyOf = (words: readonly string[]): string => words.map(term).join("|");

/** Words after which a Latin demonym or "from X" is about the writer or their own. */
const SELF_EN = String.raw`\b(?:i['’]?m|i am|we['’]?re|we are|we r|my \w+(?: \w+)? (?:is|are)|our \w+ (?:is|are)|as an?|am|fellow|tôi là|chúng tôi là|toi la)\s+(?:an?\s+|also\s+|from\s+)?`;
/** Words after which a demonym or "from X" is about some person. */
const PERSON_EN = String.raw`\b(?:he['’]?s|he is|she['’]?s|she is|they['’]?re|they are|is|are|was|were|come|comes|came|originally|boy|girl|guy|man|woman|men|women|people|family|worker|workers|friend|son|daughter|brother|sister|cousin|husband|wife|mother|father|kids?|children)\s+(?:an?\s+|also\s+|from\s+(?:the\s+)?)?`;
/** Nouns after a demonym that make it about people ("Kenyan citizens", "Filipino workers"). */
const PERSON_AFTER = String.raw`\s+(?:citizens?|nationals?|workers?|girls?|boys?|guys?|m[ae]n|wom[ae]n|family|families|mothers?|fathers?|parents?|nurses?|students?|passports?|people|here|living|youths?|teachers?|engineers?|lady|ladies|sons?|daughters?|brothers?|sisters?|ofws?|maids?|helpers?|victims?|abroad)\b`;
/** 我是…, 我儿子是…; not 我被中国人骗了 (someone else). */
const SELF_ZH = "(?:我|我们|我哋|本人|阮|俺)[^，。,.!?！？被给跟和让把]{0,6}";
/** The writer and their family at home, before where home is (我们河南的, 我們在高雄, 家里在四川). */
const HOME_ZH = "(?:我|我们|我哋|俺|俺们|阮|咱|咱们|家里|家人)";
/** Chinese markers of where someone is from, before and after a place. */
const FROM_ZH_BEFORE = "(?:来自|老家|家住|家在|家乡|家乡是|籍贯)";
const FROM_ZH_AFTER = "(?:人(?![力事才民口权大工文寿])|籍|老乡|同乡|华人)";
const FROM_EN = String.raw`\b(?:(?:from|hometown(?: is)?|native of|born in|grew up in|back home in|home is)\s+(?:the\s+)?|taga[\s-]?)`;

interface Matcher {
  who: Who;
  level: Level;
  strength: Strength;
  pattern: RegExp;
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
  const add = (who: Who, level: Level, strength: Strength, source: string, group = 0): void => {
    list.push({ who, level, strength, pattern: new RegExp(source, "gu"), group, gate: gates.length - 1 });
  };
  for (const [key, names] of Object.entries(COUNTRY_NAMES)) {
    const who = key as Who;
    const zh = names.zh.join("|");
    const en = anyOf(names.en);
    const towns = HOME_TOWNS[who];
    const all = [...(towns.bare ?? []), ...(towns.marked ?? [])];
    const zhTowns = all.filter((town) => !isLatin(town)).join("|");
    const enTowns = anyOf(all.filter(isLatin));
    const bare = towns.bare ?? [];
    const zhBare = bare.filter((town) => !isLatin(town)).join("|");
    const enBare = anyOf(bare.filter(isLatin));
    const demonyms = anyOf(DEMONYMS[who]);
    const plurals = anyOf(DEMONYMS[who].filter(isLatin).map((demonym) => `${demonym}s`));
    const selfNames = SELF_NAMES[who];
    // Each part of the gate is a part some pattern below must match (an empty part matches anywhere: no skipping).
    const needed = [zh, en, demonyms, plurals, anyOf(selfNames ?? []), zhTowns, enTowns, zhBare, enBare].filter(
      Boolean,
    );
    gates.push(literalGate(new RegExp(needed.map((part) => `(?:${part})`).join("|"), "u"), 0));
    // 我是台湾人 / 我們是台中人 (Self) before 台湾人 (Mention).
    add(who, Level.Named, Strength.Self, `${SELF_ZH}((?:${zh})(?:${FROM_ZH_AFTER}|公民|居民|护照|的人))`, 1);
    add(who, Level.Named, Strength.Self, `${SELF_ZH}(?:是|系)((?:${zh})的)`, 1);
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
      // China's embassies serve Hong Kong and Macau residents too: 中国领事馆 says no more than the way of writing.
      const level = who === "cn" ? Level.Hint : Level.Institution;
      add(who, level, Strength.Mention, `(?:${demonyms}|(?:${en})(?:['’]s)?)\\s+${GOVERNMENT_EN}`);
      add(who, level, Strength.Mention, `(?:${zh})${GOVERNMENT_ZH}`);
    } else {
      // An embassy serves its own people abroad ("sought help at the Malaysian Embassy"), even a destination's.
      add(who, Level.Institution, Strength.Mention, `(?:${demonyms}|${en})\\s+${EMBASSY_EN}`);
    }

    if (all.length > 0) {
      if (zhTowns) {
        add(who, Level.HomeTown, Strength.Self, `${FROM_ZH_BEFORE}(?:${zhTowns})|(?:${zhTowns})(?:${FROM_ZH_AFTER})`);
        // 我们河南农村的, 我是河南周口的, 我們在高雄, 四川峨眉山市男子: only where nobody is taken to work (我在吉隆坡 is where someone
        // is, not home).
        if (!isCountry(who)) {
          add(
            who,
            Level.HomeTown,
            Strength.Mention,
            `(?:${zhTowns})[^，。,.!?！？]{0,6}(?:男子|女子|青年|小伙|姑娘|女孩|男孩|村民|籍)`,
          );
          add(
            who,
            Level.HomeTown,
            Strength.Self,
            `${HOME_ZH}(?:是|系|都是)?(?:${zhTowns})(?:[\u4e00-\u9fff]{1,3}?(?:市|县|区)?)?(?:的|农村|乡下|那边|这边)|${HOME_ZH}(?:在|住在?)(?:${zhTowns})`,
          );
        }
      }
      if (enTowns) add(who, Level.HomeTown, Strength.Self, `${FROM_EN}(${enTowns})`, 1);
      // A bare Chinese town name only before a place word or 的 (平台中 is not 台中).
      if (zhBare) add(who, Level.HomeTown, Strength.Mention, `(?:${zhBare})(?:市|县|区|的|机场)`);
      if (enBare) add(who, Level.HomeTown, Strength.Mention, enBare);
    }
    // Currencies and institutions are words of their own, not names: their own patterns, in one alternation, are the
    // gate (none of them has a numbered group to shift).
    const words = [...(CURRENCIES[who] ?? []), ...(INSTITUTIONS[who] ?? [])];
    gates.push(literalGate(new RegExp(words.map((pattern) => `(?:${pattern.source})`).join("|") || "(?:)", "u"), 0));
    for (const pattern of CURRENCIES[who] ?? []) add(who, Level.Currency, Strength.Mention, pattern.source);
    for (const pattern of INSTITUTIONS[who] ?? []) add(who, Level.Institution, Strength.Mention, pattern.source);
  }
  return list;
}

let matchers: Matcher[] | undefined;

// ── Inference ──────────────────────────────────────────────────────────────────────────────────────────────────────

function wordCues(normalised: string): Cue[] {
  matchers ??= buildMatchers();
  const cues: Cue[] = [];
  let gate = -1;
  let open = false;
  for (const matcher of matchers) {
    // A country's matchers stand together behind their gate: tested once, where its first matcher is.
    if (matcher.gate !== gate) open = gates[(gate = matcher.gate)]!.test(normalised);
    if (!open) continue;
    const { who, level, strength, pattern, group } = matcher;
    // exec on the shared global pattern: matchAll would copy the pattern on every call, for every pattern.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(normalised); match; match = pattern.exec(normalised)) {
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
  for (const [index, { who, min, words }] of STYLES.entries()) {
    if (!STYLE_GATES[index]!.test(normalised)) continue;
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
  const cues = [...wordCues(normalised.text), ...styleCues(normalised.text, written)];
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
