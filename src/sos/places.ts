/**
 * Who the person in trouble is and where they are: the two answers that decide which emergency numbers help
 * (PRODUCT.md §2.4). Ids are short lower-case ISO 3166 codes so they fit in callback data and deep links.
 */
import type { Locale } from "../i18n/locales.ts";
import { ReadText } from "../text/read-text.ts";

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
 * The nationality to assume before asking. Simplified Chinese is written almost only in mainland China (and by
 * Malaysian/Singaporean Chinese, who can switch), so zh-hans starts from China. Traditional Chinese readers may be
 * from Hong Kong, Macau or Taiwan, whose hotlines all differ, and English readers from anywhere: for them a wrong
 * guess would show the wrong hotline first, so we return undefined and the bot asks.
 */
export function defaultNationality(locale: Locale): Nationality | undefined {
  return locale === "zh-hans" ? "cn" : undefined;
}

/**
 * Place names per country, written in the normalised form (Simplified, lower-case; Taiwan's own names such as 寮国,
 * 永珍 and 杜拜 are listed too, because normalisation converts characters, not place names). Latin names match on word
 * boundaries and allow spaces, dots or dashes between their words ("Phnom-Penh", "mae sot"); Chinese names match
 * anywhere. Hubs, routes and cities from facts.md §1.9 and §3.2, plus capitals and common city names. Left out on
 * purpose because they are also ordinary words or Chinese places: 当阳 (a city in Hubei), 万海, 大马 (大马路), 菩萨
 * without 省, 老街 (also Lào Cai in Vietnam), 亚太城 (亚太城市), 帕鲁 (also Palu, Indonesia), bare "KK" and "MD".
 */
const PLACE_NAMES: Readonly<Record<Exclude<Country, "other">, readonly string[]>> = {
  mm: [
    "缅甸",
    "缅北",
    "妙瓦底",
    "kk园区",
    "果敢",
    "佤邦",
    "木姐",
    "大其力",
    "仰光",
    "曼德勒",
    "腊戌",
    "掸邦",
    "myanmar",
    "burma",
    "myawaddy",
    "myawadi",
    "kk park",
    "shwe kokko",
    "shwe koko",
    "laukkaing",
    "laukkai",
    "kokang",
    "wa state",
    "tachileik",
    "tachilek",
    "yangon",
    "rangoon",
    "mandalay",
    "mong pawk",
    "pha lu",
    "hpa-an",
    "tangyan",
    "wanhai",
  ],
  kh: [
    "柬埔寨",
    "西港",
    "西哈努克",
    "施亚努",
    "金边",
    "菩萨省",
    "木牌",
    "巴域",
    "波贝",
    "暹粒",
    "磅逊",
    "cambodia",
    "kampuchea",
    "sihanoukville",
    "phnom penh",
    "bavet",
    "poipet",
    "siem reap",
    "pursat",
    "kampot",
    "jpz",
  ],
  la: [
    "老挝",
    "寮国",
    "金三角",
    "万象",
    "永珍",
    "琅勃拉邦",
    "博胶",
    "会晒",
    "磨丁",
    "laos",
    "lao pdr",
    "golden triangle",
    "bokeo",
    "vientiane",
    "luang prabang",
    "tonpheung",
    "ton pheung",
    "houayxay",
    "boten",
  ],
  th: [
    "泰国",
    "曼谷",
    "美索",
    "湄索",
    "清莱",
    "清迈",
    "湄赛",
    "美赛",
    "清盛",
    "芭提雅",
    "普吉",
    "沙缴",
    "素万那普",
    "合艾",
    "thailand",
    "bangkok",
    "mae sot",
    "maesot",
    "chiang rai",
    "chiang mai",
    "mae sai",
    "chiang saen",
    "pattaya",
    "phuket",
    "sa kaeo",
    "aranyaprathet",
    "suvarnabhumi",
    "hat yai",
    "sungai kolok",
    "sungai golok",
  ],
  ph: ["菲律宾", "马尼拉", "宿务", "达沃", "philippines", "manila", "cebu", "davao", "pampanga", "pasay", "makati"],
  vn: [
    "越南",
    "河内",
    "胡志明",
    "西贡",
    "岘港",
    "vietnam",
    "viet nam",
    "hanoi",
    "ho chi minh",
    "saigon",
    "da nang",
    "danang",
  ],
  my: ["马来西亚", "吉隆坡", "槟城", "新山", "malaysia", "kuala lumpur", "penang", "johor"],
  id: ["印尼", "印度尼西亚", "雅加达", "巴淡", "巴厘岛", "indonesia", "jakarta", "batam", "bali"],
  ae: ["阿联酋", "迪拜", "杜拜", "阿布扎比", "dubai", "uae", "u.a.e", "united arab emirates", "abu dhabi"],
};

/**
 * Countries where the compounds are. A message often names the way there too ("flew to Bangkok, then driven to
 * Myawaddy"; "went to Dubai first"), so when a hub and a transit country are both named, the hub wins.
 */
const HUB_COUNTRIES: ReadonlySet<Country> = new Set(["mm", "kh", "la"]);

const LATIN = /^[a-z0-9 .-]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One matcher per country: a regex over the normalised text; returns the index of the last match, or -1. */
const MATCHERS: ReadonlyArray<{ country: Country; pattern: RegExp }> = Object.entries(PLACE_NAMES).map(
  ([country, names]) => {
    const alternatives = names.map((name) =>
      LATIN.test(name)
        ? `\\b${name
            .split(/[ .-]+/)
            .map(escapeRegExp)
            .join("[\\s.\\-]*")}\\b`
        : escapeRegExp(name),
    );
    return { country: country as Country, pattern: new RegExp(alternatives.join("|"), "g") };
  },
);

function lastMatchIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

/**
 * Guesses which country a message is about from the place names in it (缅甸, 妙瓦底, KK園區, 西港, Mae Sot…),
 * so /sos and the emergency answer can open on the right numbers. Works on Traditional, full-width and spaced-out
 * text through `normalizeText`. When several countries are named, a compound hub (Myanmar, Cambodia, Laos) beats a
 * transit country, and otherwise the place named last wins (stories run "went to X, now in Y"). Undefined when no
 * place is recognised: the bot then asks.
 */
export function guessCountry(text: string | ReadText): Country | undefined {
  const normalised = ReadText.of(text).canonical;
  let best: { country: Country; hub: boolean; index: number } | undefined;
  for (const { country, pattern } of MATCHERS) {
    const index = lastMatchIndex(pattern, normalised);
    if (index < 0) continue;
    const hub = HUB_COUNTRIES.has(country);
    if (!best || (hub && !best.hub) || (hub === best.hub && index > best.index)) best = { country, hub, index };
  }
  return best?.country;
}
