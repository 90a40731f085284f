/**
 * Words people meet in lures, warnings and the news and then ask the meaning of ("菠菜是什么意思", "what is a scam
 * compound?"): each term's forms as the matcher reads them (Simplified Chinese and lower-case Latin, see
 * `normalizeText`), the Q&A entry that tells more, and the sources that attest the meaning (facts.md §1.9, the
 * vocabulary seen in lures and warnings). The meaning itself is user-visible text: `glossary.<id>` in locales/.
 * Named compound towns and zones ("what is KK Park") are read from PLACES (`hotspot`), each with its own sources.
 */
import type { Sourced } from "./sourced.ts";
import {
  CN_EMBASSY_TH_2025,
  CONTENT_REVIEWED,
  DMW_PH_FEES,
  HK_SB,
  MFA_CN_2022,
  MPS_2024,
  OHCHR_2023,
  THAI_MFA,
} from "./sources.ts";

export interface GlossaryTerm extends Sourced {
  readonly id: string;
  /** How people write the term, normalised (Simplified, lower case). */
  readonly forms: readonly string[];
  /** The Q&A entry whose answer follows the meaning. */
  readonly related: string;
}

function term(id: string, forms: string[], related: string, source: string[]): GlossaryTerm {
  return { id, forms, related, source, reviewed: CONTENT_REVIEWED };
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  // 种菠菜 for 做博彩 (facts.md §1.9: hulusaas 2020, 界面 2019); gambling work is one of the compound's job titles.
  term("gambling_work", ["菠菜", "种菠菜", "菠菜工作", "博彩", "网投", "bocai", "bo cai"], "compound_life", [
    THAI_MFA,
    OHCHR_2023,
  ]),
  // 卖猪仔 (大公报, 東方日報, 星洲日报 2022 in facts.md §1.9): the trafficked recruits, sold on like livestock.
  term("piglets", ["卖猪仔", "猪仔", "selling piglets"], "compound_life", [OHCHR_2023, MPS_2024]),
  term(
    "compound",
    // Not 园区 alone: an industrial park or a campus is one too.
    [
      "电诈园区",
      "诈骗园区",
      "电诈园",
      "诈骗园",
      "scam compound",
      "scam compounds",
      "scam centre",
      "scam center",
      "scam centers",
    ],
    "compound_life",
    [OHCHR_2023, MPS_2024],
  ),
  term("snakehead", ["蛇头", "snakehead", "snakeheads"], "red_flags", [MFA_CN_2022, HK_SB, MPS_2024]),
  term("illegal_crossing", ["偷渡", "偷越国境", "偷越边境", "走山路"], "red_flags", [MFA_CN_2022, HK_SB, MPS_2024]),
  term("dark_room", ["小黑屋", "关小黑屋"], "compound_life", [OHCHR_2023, MPS_2024]),
  // Neither lets anyone work (facts.md §1.9: CN embassy Thailand 2025, India MEA 2022).
  term("visa_on_arrival", ["落地签", "免签", "visa on arrival", "visa-free", "visa free"], "visa_work", [
    CN_EMBASSY_TH_2025,
  ]),
  // 预支 / 代偿债务 in lures aimed at people in debt (facts.md §1.8 no. 9, READr 2022).
  term("salary_advance", ["预支", "预支工资", "代偿债务", "salary advance"], "red_flags", [DMW_PH_FEES]),
];

/**
 * Named compound towns and zones whose meaning people ask ("what is KK Park", "妙瓦底是哪里"), read from PLACES with
 * their own sources: those in the countries where the compounds are, not the border towns people pass through.
 */
export const GLOSSARY_PLACES: readonly string[] = [
  "myawaddy",
  "kk-park",
  "shwe-kokko",
  "century-park",
  "pha-lu",
  "northern-myanmar",
  "laukkaing",
  "wa-state",
  "muse",
  "tachileik",
  "golden-triangle-sez",
  "sihanoukville",
  "poipet",
];

/** The entry after a compound zone's meaning: what happens there. */
export const GLOSSARY_PLACE_ENTRY = "compound_life";

/** A place's names that are also everyday words or mean more than the place (果敢 "resolute", 老街 "old street"). */
export const NOT_A_PLACE_NAME: ReadonlySet<string> = new Set(["果敢", "老街", "湄公河", "妙瓦", "kings romans"]);
