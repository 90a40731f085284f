/**
 * Places that matter when judging an overseas job offer (PRODUCT.md §4) and when telling where a person in trouble is
 * (/sos, the danger answer, the safe-trip wizard: `guessCountry` reads the same names through the check's matcher),
 * from /work/shared/facts.md §1.6–1.9 and §3.2.
 *
 * A place's `tier` says how much its mere mention weighs:
 * - `hotspot`: a named scam-compound town, zone or border crossing point (Myawaddy, KK Park, Sihanoukville…);
 * - `risk-country`: a country where authorities report most compounds (Myanmar, Cambodia, Laos);
 * - `fake-job-hub`: the country that advisories of many governments name as the destination of fake job offers
 *   (Thailand: "beware of fake jobs in Thailand", Kenya 2022, India MEA 2022), and the first stop on the way;
 * - `transit`: a country or hub named in advisories as a fake-job destination or a first stop on the way
 *   (Thailand, the UAE/Dubai, the Philippines, Malaysia…); ordinary jobs there are common, so it weighs least;
 * - `elsewhere`: any other country. Named in a Chinese offer it still means the job is abroad; and a list of
 *   countries ("offices in Thailand, Vietnam and Singapore") is a company profile, not the workplace.
 *
 * Names are written as a person would type them (Chinese, Traditional is folded by normalisation, English, pinyin,
 * recruiters' abbreviations). `abbreviations` are short Latin codes (MD, JPZ, KK) that only count next to Chinese
 * text, so that "MD" in an English ad (a doctor) is not read as Myanmar.
 */
import type { Sourced } from "./sourced.ts";
import {
  CN_EMBASSY_MM_2023,
  CONTENT_REVIEWED,
  HK_SB,
  INTERPOL_STORM_MAKERS,
  IOM_TH,
  KENYA_MAE_SOT,
  KENYA_TH,
  MATICHON_SHWE_KOKKO,
  MEA_IN,
  MEA_IN_RUSSIAN_ARMY_2024,
  MFA_CN_2022,
  MPS_2024,
  OHCHR_2023,
  THAI_EMBASSY_GT,
  THAI_MFA,
  THAI_MFA_MAESAI,
} from "./sources.ts";

export type PlaceTier = "hotspot" | "risk-country" | "fake-job-hub" | "transit" | "elsewhere";

export interface Place extends Sourced {
  id: string;
  tier: PlaceTier;
  /** ISO 3166 code of the country the place is in, lower-case like the /sos ids ("mm"); "" for none. */
  country: Lowercase<string>;
  names: readonly string[];
  abbreviations?: readonly string[];
}

// Every URL below is quoted in /work/shared/facts.md. Where facts.md names a place from a report it gives no URL for
// (Philstar on KK Park, HK01 on Sihanoukville), the place carries the URL facts.md gives for its area or country.
const ANXI_8 = "https://boron.orientaldaily.com.my/news/international/2022/05/23/488231";

/**
 * A country's adjective before the kind of employer or place it qualifies ("a Cambodian company", "Burmese firm",
 * "the Thai border"): the workplace named the way people describe it. Never the adjective alone: "a Cambodian
 * colleague", "Thai cooking" name a person or a cuisine.
 */
const EMPLOYER_NOUNS = ["company", "companies", "firm", "employer", "boss", "casino", "factory", "agency", "border"];
const asEmployerOf = (adjective: string): string[] => EMPLOYER_NOUNS.map((noun) => `${adjective} ${noun}`);

function place(
  id: string,
  tier: PlaceTier,
  country: string,
  source: string[],
  names: string[],
  abbreviations?: string[],
): Place {
  return {
    id,
    tier,
    // Written below as ISO 3166 prints them (MM), kept in the case of the /sos ids (mm).
    country: country.toLowerCase() as Lowercase<string>,
    names,
    ...(abbreviations ? { abbreviations } : {}),
    source,
    reviewed: CONTENT_REVIEWED,
  };
}

export const PLACES: readonly Place[] = [
  // Myanmar hot spots (facts.md §1.6, §1.7, §1.9, §3.2)
  place(
    "myawaddy",
    "hotspot",
    "MM",
    [MFA_CN_2022, HK_SB],
    ["妙瓦底", "妙瓦迪", "苗瓦迪", "myawaddy", "myawadi", "miaowadi", "miao wa di", "妙瓦"],
    ["mwd"],
  ),
  place("kk-park", "hotspot", "MM", [HK_SB, MATICHON_SHWE_KOKKO], ["kk园区", "kk park", "kk公园"], ["kk"]),
  place("shwe-kokko", "hotspot", "MM", [MATICHON_SHWE_KOKKO], ["shwe kokko", "shwekokko", "shwe koko", "亚太新城"]),
  place("century-park", "hotspot", "MM", [HK_SB], ["century park"]),
  place("pha-lu", "hotspot", "MM", [HK_SB], ["pha lu", "phalu"]),
  place(
    "northern-myanmar",
    "hotspot",
    "MM",
    [MFA_CN_2022],
    ["缅北", "缅甸北部", "north myanmar", "northern myanmar", "mianbei", "mian bei", "上缅", "缅东"],
  ),
  place(
    "laukkaing",
    "hotspot",
    "MM",
    [CN_EMBASSY_MM_2023],
    ["果敢", "老街", "laukkaing", "laukkai", "kokang", "guogan", "guo gan"],
  ),
  place("wa-state", "hotspot", "MM", [MFA_CN_2022], ["佤邦", "wa state"]),
  place("muse", "hotspot", "MM", [MFA_CN_2022], ["木姐", "mujie"]),
  place(
    "tachileik",
    "hotspot",
    "MM",
    [MFA_CN_2022, THAI_MFA_MAESAI],
    ["大其力", "tachileik", "tachilek", "daqili", "da qi li"],
    ["dql"],
  ),
  place("tangyan", "hotspot", "MM", [MPS_2024], ["当阳", "tangyan"]),
  place("wanhai", "hotspot", "MM", [MPS_2024], ["万海", "wanhai"]),
  place("shan-state", "hotspot", "MM", [THAI_MFA_MAESAI], ["掸邦", "shan state", "mong pawk"]),
  place(
    "southeast-myanmar",
    "hotspot",
    "MM",
    [HK_SB],
    ["hpa-an", "hpa an", "hpapun", "kawkareik", "帕安", "克伦邦", "karen state", "kayin state"],
  ),
  // Thai border towns used as crossing points into Myanmar and Cambodia (§1.6, §3.2)
  place("mae-sot", "hotspot", "TH", [KENYA_MAE_SOT], ["美索", "湄索", "mae sot", "maesot", "美素"], ["m/s", "maq"]),
  place("mae-sai", "hotspot", "TH", [THAI_MFA_MAESAI], ["美赛", "湄赛", "mae sai", "maesai"]),
  place("moei-river", "hotspot", "TH", [IOM_TH], ["moei river", "moi river", "莫艾河", "湄艾河"]),
  place("sa-kaeo", "hotspot", "TH", [THAI_MFA], ["sa kaeo", "aranyaprathet", "沙缴", "亚兰"]),
  // Laos (§1.6, §1.9, §3.2)
  place(
    "golden-triangle-sez",
    "hotspot",
    "LA",
    [THAI_EMBASSY_GT],
    [
      "金三角",
      "golden triangle",
      "tonpheung",
      "bokeo",
      "博胶",
      "jinsanjiao",
      "jin san jiao",
      "湄公河",
      "gtsez",
      "kings romans",
    ],
    ["jsj"],
  ),
  // Cambodia (§1.9, §3.2)
  place(
    "sihanoukville",
    "hotspot",
    "KH",
    [OHCHR_2023],
    [
      "西港",
      "西哈努克",
      "sihanoukville",
      "preah sihanouk",
      "xigang",
      "xi gang",
      "施亚努",
      "xihanuke",
      "sihanouk ville",
    ],
    ["xg", "kos"],
  ),
  place("poipet", "hotspot", "KH", [THAI_MFA], ["波贝", "波比", "poipet", "bobei", "柏威夏"]),
  // Chinese border prefectures and crossings people are taken out through (§1.7, §3.2)
  place(
    "yunnan-border",
    "hotspot",
    "CN",
    [ANXI_8, CN_EMBASSY_MM_2023],
    [
      "云南边境",
      // Yunnan as where the recruiter sends you first ("先到云南"), not a job in Kunming: the way to the border.
      "去云南",
      "到云南",
      "来云南",
      "飞云南",
      "赴云南",
      "前往云南",
      "云南那边",
      "镇康",
      "清水河",
      "德宏",
      "临沧",
      "瑞丽",
      "西双版纳",
      "景洪",
      "孟连",
      "勐腊",
      "磨憨",
      "打洛",
      "勐海",
      "耿马",
      "孟定",
      "南伞",
      "畹町",
      "章凤",
      "陇川",
      "盈江",
      "腾冲",
      "猴桥",
      "沧源",
      "西盟",
      "澜沧",
      "芒市",
      "中缅边境",
      "中老边境",
      "ruili",
    ],
  ),
  place("guangxi-border", "hotspot", "CN", [ANXI_8], ["东兴", "防城港", "广西边境", "凭祥", "中越边境"]),
  // The borders people are driven or walked across into the compounds (facts.md §1.8: night or river crossings).
  place(
    "compound-borders",
    "hotspot",
    "MM",
    [KENYA_MAE_SOT, IOM_TH, THAI_MFA],
    [
      "泰缅边境",
      "缅泰边境",
      "泰柬边境",
      "柬泰边境",
      "缅甸边境",
      "thai-myanmar border",
      "thai myanmar border",
      "myanmar-thai border",
      "myanmar border",
      "thai-cambodian border",
      "thai-cambodia border",
      "cambodian border",
      "border town",
    ],
  ),
  // Countries where most compounds are reported (§1.1, §1.2). facts.md found no source naming Bavet or Pursat as
  // hot spots, so they count as Cambodia and no more.
  place(
    "myanmar",
    "risk-country",
    "MM",
    [OHCHR_2023, INTERPOL_STORM_MAKERS],
    [
      "缅甸",
      "myanmar",
      "burma",
      "miandian",
      "mian dian",
      "缅国",
      "yangon",
      "仰光",
      "rangoon",
      "mandalay",
      "曼德勒",
      "腊戌",
      "lashio",
      "rgn",
      ...asEmployerOf("burmese"),
    ],
    ["md"],
  ),
  place(
    "cambodia",
    "risk-country",
    "KH",
    [OHCHR_2023, INTERPOL_STORM_MAKERS],
    [
      "柬埔寨",
      "cambodia",
      "jianpuzhai",
      "jian pu zhai",
      "phnom penh",
      "金边",
      "木牌",
      "巴域",
      "巴韦",
      "bavet",
      "菩萨省",
      "pursat",
      "柬国",
      "kampuchea",
      // Malay, Indonesian and Vietnamese (without its marks) names of the country.
      "kemboja",
      "kamboja",
      "campuchia",
      "磅逊",
      "siem reap",
      "暹粒",
      "kampot",
      "贡布",
      "pnh",
      ...asEmployerOf("cambodian"),
      ...asEmployerOf("khmer"),
    ],
    ["jpz", "jpzh"],
  ),
  place(
    "laos",
    "risk-country",
    "LA",
    [OHCHR_2023, INTERPOL_STORM_MAKERS],
    [
      "老挝",
      "寮国",
      "laos",
      "lao pdr",
      "laowo",
      "lao wo",
      "vientiane",
      "万象",
      "永珍",
      "琅勃拉邦",
      "luang prabang",
      "磨丁",
      "boten",
      "会晒",
      "houayxay",
      "ton pheung",
      "vte",
      ...asEmployerOf("laotian"),
      ...asEmployerOf("lao"),
    ],
    ["lw"],
  ),
  // Named in advisories as fake-job destinations or transit hubs (§1.6, §1.7 "涉诈8国", §3.2)
  place(
    "thailand",
    "fake-job-hub",
    "TH",
    [KENYA_TH, MEA_IN, ANXI_8],
    [
      "泰国",
      "thailand",
      "bangkok",
      "曼谷",
      "suvarnabhumi",
      "chiang rai",
      "清莱",
      "taiguo",
      "tai guo",
      "bkk",
      "dmk",
      "don mueang",
      "廊曼",
      "素万那普",
      "清迈",
      "chiang mai",
      "芭提雅",
      "pattaya",
      "普吉",
      "phuket",
      "合艾",
      "hat yai",
      "sungai kolok",
      "sungai golok",
      "清盛",
      "chiang saen",
      ...asEmployerOf("thai"),
    ],
  ),
  place(
    "philippines",
    "transit",
    "PH",
    [OHCHR_2023, ANXI_8],
    [
      "菲律宾",
      "philippines",
      "manila",
      "马尼拉",
      "feilvbin",
      "fei lv bin",
      "mnl",
      "宿务",
      "cebu",
      "达沃",
      "davao",
      "pampanga",
      "pasay",
      "makati",
      "quezon city",
      "taguig",
      "ortigas",
      "iloilo",
    ],
    ["flb"],
  ),
  place(
    "uae",
    "transit",
    "AE",
    [INTERPOL_STORM_MAKERS, MEA_IN, ANXI_8],
    ["迪拜", "杜拜", "阿联酋", "阿联", "dubai", "uae", "united arab emirates", "abu dhabi", "阿布扎比", "dxb", "dibai"],
  ),
  place(
    "malaysia",
    "transit",
    "MY",
    [ANXI_8],
    ["马来西亚", "大马", "malaysia", "kuala lumpur", "吉隆坡", "malaixiya", "kul", "槟城", "penang", "新山", "johor"],
  ),
  place("turkey", "transit", "TR", [ANXI_8], ["土耳其", "turkey", "türkiye", "turkiye"]),
  // Russia: agents sell guard, driver, kitchen and "helper" jobs there that end in the army (MEA India 2024, the war_work
  // rule's sources); a job there weighs like a transit hub's, and a qualified post there is judged as anywhere.
  place(
    "russia",
    "transit",
    "RU",
    [MEA_IN_RUSSIAN_ARMY_2024],
    ["俄罗斯", "俄国", "russia", "moscow", "莫斯科", "saint petersburg", "st petersburg", "st. petersburg", "圣彼得堡"],
  ),
  place(
    "southeast-asia",
    "transit",
    "",
    [OHCHR_2023],
    ["东南亚", "southeast asia", "south east asia", "south-east asia", "东南亚国家", "asean", "湄公河流域"],
  ),
  // "The border" said alone is where recruiters take people across into the compounds (Mae Sot, Yunnan): a job "at the
  // border" weighs like the fake-job destination itself.
  place("border", "fake-job-hub", "", [KENYA_MAE_SOT, ANXI_8], ["边境", "国境线", "边境线", "the border"]),
  // Regions named instead of a country: abroad, but no compound destination in themselves.
  place("middle-east", "elsewhere", "", [KENYA_TH], ["中东", "middle east", "海湾国家", "gulf countries", "the gulf"]),
  place("europe", "elsewhere", "", [MFA_CN_2022], ["欧洲", "europe"]),
  place("africa", "elsewhere", "", [MFA_CN_2022], ["非洲", "africa"]),
  // Everywhere else: ordinary destinations and home places, so that a country named in a list or a Chinese offer is
  // read as a country (see the tier comment above).
  ...elsewhere([
    [
      "VN",
      [
        "越南",
        "vietnam",
        "viet nam",
        "胡志明",
        "河内",
        "ho chi minh",
        "hanoi",
        "西贡",
        "saigon",
        "岘港",
        "da nang",
        "danang",
      ],
    ],
    ["SG", ["新加坡", "singapore"]],
    ["JP", ["日本", "japan", "东京", "tokyo", "大阪", "osaka"]],
    ["KR", ["韩国", "south korea", "korea", "首尔", "seoul", "济州", "jeju"]],
    ["ID", ["印尼", "印度尼西亚", "indonesia", "雅加达", "jakarta", "巴厘岛", "bali", "巴淡", "batam"]],
    ["IN", ["印度", "india"]],
    [
      "AU",
      [
        "澳大利亚",
        "澳洲",
        "australia",
        "悉尼",
        "sydney",
        "墨尔本",
        "melbourne",
        "布里斯班",
        "brisbane",
        "珀斯",
        "perth",
      ],
    ],
    ["NZ", ["新西兰", "纽西兰", "new zealand", "auckland", "奥克兰"]],
    ["DE", ["德国", "germany", "berlin", "柏林", "munich", "慕尼黑", "frankfurt", "法兰克福", "hamburg", "汉堡"]],
    ["NL", ["荷兰", "netherlands", "amsterdam", "阿姆斯特丹", "rotterdam", "鹿特丹"]],
    ["GB", ["英国", "united kingdom", "伦敦", "london", "曼彻斯特", "manchester"]],
    [
      "US",
      [
        "美国",
        "united states",
        "夏威夷",
        "hawaii",
        "加州",
        "california",
        "纽约",
        "new york",
        "colorado",
        "florida",
        "texas",
        // States and cities named in ordinary US job ads ("Warehouse associate, Columbus Ohio"): the workplace is
        // the US, where an hourly wage is judged against US pay. Ambiguous names (Georgia, Washington) are left out.
        "ohio",
        "illinois",
        "michigan",
        "pennsylvania",
        "arizona",
        "nevada",
        "oregon",
        "minnesota",
        "wisconsin",
        "tennessee",
        "kentucky",
        "missouri",
        "oklahoma",
        "massachusetts",
        "new jersey",
        "north carolina",
        "south carolina",
        "chicago",
        "los angeles",
        "houston",
        "seattle",
      ],
    ],
    [
      "CA",
      ["加拿大", "canada", "多伦多", "toronto", "温哥华", "vancouver", "蒙特利尔", "montreal", "卡尔加里", "calgary"],
    ],
    ["SA", ["沙特", "saudi arabia", "saudi", "利雅得", "riyadh", "吉达", "jeddah", "达曼", "dammam"]],
    ["QA", ["卡塔尔", "qatar"]],
    ["KW", ["科威特", "kuwait"]],
    ["IL", ["以色列", "israel", "特拉维夫", "tel aviv", "海法", "haifa", "耶路撒冷", "jerusalem"]],
    ["LK", ["斯里兰卡", "sri lanka"]],
    ["NP", ["尼泊尔", "nepal"]],
    ["BD", ["孟加拉", "bangladesh"]],
    ["PK", ["巴基斯坦", "pakistan"]],
    ["KE", ["肯尼亚", "kenya"]],
    ["NG", ["尼日利亚", "nigeria"]],
    // Destinations of job-selling agents and forced labour in the reports (Europe, Africa, the Gulf, the Pacific).
    [
      "PL",
      [
        "波兰",
        "poland",
        "华沙",
        "warsaw",
        "克拉科夫",
        "krakow",
        "kraków",
        "弗罗茨瓦夫",
        "wroclaw",
        "格但斯克",
        "gdansk",
      ],
    ],
    ["RO", ["罗马尼亚", "romania", "布加勒斯特", "bucharest"]],
    ["RS", ["塞尔维亚", "serbia", "贝尔格莱德", "belgrade"]],
    ["IT", ["意大利", "italy", "米兰", "milan", "罗马", "rome"]],
    ["CY", ["塞浦路斯", "cyprus"]],
    ["OM", ["阿曼", "oman", "马斯喀特", "muscat"]],
    ["BH", ["巴林", "bahrain", "麦纳麦", "manama"]],
    ["AO", ["安哥拉", "angola"]],
    ["CI", ["科特迪瓦", "象牙海岸", "ivory coast", "cote d'ivoire"]],
    ["MP", ["塞班", "saipan"]],
    ["CN", ["中国", "china", "内地", "大陆"]],
    ["HK", ["香港", "hong kong"]],
    // Macau's districts name the city too: Cotai (路氹, also written 路凼) holds the resorts that hire the most, Taipa
    // (氹仔) the city's other island.
    ["MO", ["澳门", "macau", "macao", "路氹", "路凼", "氹仔", "凼仔", "cotai", "taipa"]],
    ["TW", ["台湾", "taiwan"]],
  ]),
];

/**
 * Foreign cities whose Chinese names are also given to shops, hotels and housing estates at home (米兰美容院, 罗马假日酒店,
 * 悉尼花园小区, 温哥华森林, 汉堡店): alone they name a place abroad only after a move there (去米兰, 到悉尼), after a
 * workplace label (工作地点：罗马) or beside their country (意大利米兰).
 */
export const CITY_NAMES_ALSO_AT_HOME: ReadonlySet<string> = new Set([
  "米兰",
  "罗马",
  "悉尼",
  "墨尔本",
  "温哥华",
  "伦敦",
  "汉堡",
]);
/** A move to the place named right after: 去米兰, 到悉尼, 前往罗马, 派往伦敦. */
export const MOVE_TO_PLACE = /(?:去|到|赴|前往|飞往|派往|外派|移民)$/;

function elsewhere(countries: [string, string[]][]): Place[] {
  return countries.map(([country, names]) =>
    place(`country-${country.toLowerCase()}`, "elsewhere", country, [MFA_CN_2022], names),
  );
}

// ---- Who needs help and where they are (/sos, the safe-trip wizard) ----
// Ids are short lower-case ISO 3166 codes so they fit in callback data and deep links.

/**
 * Nationalities with sourced contacts of their own in facts.md §2 and §2.1. Nepal, Uganda and Ethiopia have
 * advisories but no sourced number, so their citizens use `other` (local numbers + how to reach their embassy).
 */
export const NATIONALITIES = [
  "cn", // mainland China
  "hk",
  "mo",
  "tw",
  "in",
  "ph",
  "id",
  "my",
  "vn",
  "th",
  "lk",
  "pk",
  "bd",
  "ke",
  "sg",
  "other",
] as const;
export type Nationality = (typeof NATIONALITIES)[number];

/** Countries a person may be in when they need help: the scam-compound hubs, transit and recruitment countries. */
export const COUNTRIES = ["mm", "kh", "la", "th", "ph", "vn", "my", "id", "ae", "other"] as const;
export type Country = (typeof COUNTRIES)[number];

export function isNationality(value: string): value is Nationality {
  return (NATIONALITIES as readonly string[]).includes(value);
}

export function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}

/** Where a national is at home: there the consular line and embassies are no use, local lines are. */
export const HOME_COUNTRY: Readonly<Partial<Record<Nationality, Country>>> = {
  th: "th",
  ph: "ph",
  vn: "vn",
  my: "my",
  id: "id",
};

/** Locale key of each nationality's button label ("citizen of / resident of"). */
export const NATIONALITY_NAME_KEYS: Readonly<Record<Nationality, string>> = {
  cn: "sos.nationality.cn",
  hk: "sos.nationality.hk",
  mo: "sos.nationality.mo",
  tw: "sos.nationality.tw",
  in: "sos.nationality.in",
  ph: "sos.nationality.ph",
  id: "sos.nationality.id",
  my: "sos.nationality.my",
  vn: "sos.nationality.vn",
  th: "sos.nationality.th",
  lk: "sos.nationality.lk",
  pk: "sos.nationality.pk",
  bd: "sos.nationality.bd",
  ke: "sos.nationality.ke",
  sg: "sos.nationality.sg",
  other: "sos.nationality.other",
};

/** Locale key of each country's name. */
export const COUNTRY_NAME_KEYS: Readonly<Record<Country, string>> = {
  mm: "sos.country.mm",
  kh: "sos.country.kh",
  la: "sos.country.la",
  th: "sos.country.th",
  ph: "sos.country.ph",
  vn: "sos.country.vn",
  my: "sos.country.my",
  id: "sos.country.id",
  ae: "sos.country.ae",
  other: "sos.country.other",
};

/**
 * Countries where the compounds are: those with a \`risk-country\` place. A message often names the way there too
 * ("flew to Bangkok, then driven to Myawaddy"; "went to Dubai first"), so when a hub and a transit country are both
 * named, \`guessCountry\` picks the hub.
 */
export const HUB_COUNTRIES: ReadonlySet<Country> = new Set(
  PLACES.filter((place) => place.tier === "risk-country").map((place) => place.country as Country),
);

/**
 * What Filipinos call themselves (Pinoy, OFW, kabayan): for the SOS reader who is writing, for the offer check whose
 * pesos a bare amount is.
 */
export const FILIPINO_SELF_NAMES: readonly string[] = [
  "pinoy",
  "pinay",
  "ofw",
  "ofws",
  "kabayan",
  "kababayan",
  "mga kababayan",
];
