/**
 * Red-flag and lawful-sign rules for the offer check (PRODUCT.md §3, §4), each traceable to /work/shared/facts.md.
 *
 * Editors change these without touching code. A rule is either
 * - a list of terms per language (Simplified Chinese and English; Traditional, full-width and spaced or dotted forms
 *   are folded by normalisation, so they need not be listed), or
 * - a reference to an extractor (`extractor`: pay read from the text, places from `places.ts`).
 *
 * How a rule weighs:
 * - `alone: "high"`: high risk wherever the job is (passport handover, secrecy, irregular crossing, fees…);
 *   `clearedByLawful` lets two or more lawful signs lower it to a warning (a licensed agency's capped, receipted fee);
 * - `weight`: adds to the lure score, which with a destination decides the level (see `src/check/level.ts`);
 * - category `lawful`: counts against the lure score.
 * Terms are generic red-flag vocabulary from facts.md §1.8–1.9 and the advisories in §1.1–1.7, never a sentence from
 * the evaluation corpus.
 *
 * Locale keys: every rule has `check.flag.<id>.title` and `check.flag.<id>.why` (built from the id).
 */
import type { Sourced } from "./sourced.ts";
import {
  CN_EMBASSY_MM_2023,
  CN_EMBASSY_TH_2025,
  CONTENT_REVIEWED,
  DMW_PH,
  DMW_PH_FEES,
  FBI_2023,
  FBI_2023_B,
  HK_SB,
  INTERPOL_2023,
  IOM_TH,
  KENYA_TH,
  MEA_IN,
  MEA_IN_RUSSIAN_ARMY_2024,
  MEA_IN_VOA,
  MFA_CN_2022,
  MPS_2024,
  OHCHR_2023,
  SRI_LANKA,
  TAIWAN_MOFA,
  THAI_EMBASSY_GT,
  THAI_MFA,
  THAI_MFA_MAESAI,
} from "./sources.ts";

/**
 * The ranks of certified ship officers: paid at international rates in US dollars by the shipping lines (officers about
 * US$3,000–8,000 a month, a master or chief engineer up to about US$20,000: SEAFARER_PAY_2024), so their pay has a
 * line of its own (`SHIP_OFFICER_PAY_LINE_CNY` in src/check/index.ts).
 */
export const SEAFARER_PAY_2024 =
  "https://www.seridoat.com/article/jie-mi-hai-yang-yuan-hang-yuan-gong-zi-da-jie-mi-jie-mi-hai-yuan-xin-zi-jie-mi-hai-shang-sheng-huo-z.html";
export const SHIP_OFFICER_RANKS = {
  zh: ["大副", "二副", "三副", "船长", "轮机长", "大管轮", "二管轮", "三管轮", "电机员"],
  en: [
    "chief officer",
    "chief mate",
    "second officer",
    "2nd officer",
    "third officer",
    "3rd officer",
    "second engineer",
    "2nd engineer",
    "third engineer",
    "3rd engineer",
    "chief engineer",
    "master mariner",
    "deck officer",
    "engine officer",
    "electro-technical officer",
  ],
} as const;

export type RuleCategory =
  | "destination"
  | "pay"
  | "job"
  | "perks"
  | "travel"
  | "documents"
  | "contact"
  | "urgency"
  | "secrecy"
  | "fees"
  | "debt"
  | "lawful";

export interface Terms {
  zh?: readonly string[];
  en?: readonly string[];
}

/**
 * Words that must occur together, close to each other in one clause, in any order: one term of each group
 * ("路费" + "老板报销", "passport" + "company keeps"). Recruiters vary the wording of a red flag; the flag is the
 * meeting of a few ideas, not one fixed phrase.
 */
export interface TermGroups {
  zh?: readonly (readonly string[])[];
  en?: readonly (readonly string[])[];
  /**
   * The groups' words meet only in the order listed: "the pay is three times what you get" says the pay is a
   * multiple, "rent is three times what you earn" says the rent is.
   */
  ordered?: boolean;
  /** These groups' words meet only within one clause (as `Rule.togetherInClause`, for one way of saying it). */
  inClause?: boolean;
}

export type RuleExtractor = "high-pay" | "extreme-pay" | "place-hotspot" | "place-risk-country" | "place-transit";

export interface Rule extends Sourced {
  id: string;
  category: RuleCategory;
  /** Contribution to the lure score (negative for lawful signs is implied by the category). */
  weight: number;
  /** Terms that raise the flag (literal, matched after normalisation). */
  terms?: Terms;
  /**
   * Groups of terms that raise the flag when one of each meets in a clause (see `TermGroups`); several sets are
   * several ways of saying it ("paid the agent", "charged fees for jobs").
   */
  together?: TermGroups | readonly TermGroups[];
  /**
   * Terms that raise the flag only right before a place name ("taken to Myanmar", "被带到缅甸"): a move to a country,
   * not a ride to the hotel.
   */
  termsBeforePlace?: Terms;
  /**
   * A word of the second `together` group that comes before the first group's word describes it only within its clause
   * ("free flights"), while one after it may follow a list ("flights, visa and housing covered"): "free training,
   * JPY 180,000 a month, flight" pays for no flight.
   */
  modifierInClause?: boolean;
  /**
   * The `together` words meet only within one clause: "记得跟家人吃饭，不要跟他们吵架" asks no secret of the family.
   */
  togetherInClause?: boolean;
  /** Read from the text by an extractor instead of terms. */
  extractor?: RuleExtractor;
  /** A negation right before the term ("不收押金", "no fee") or right after it ("押金：无", "fee waived") cancels it. */
  negatable?: boolean;
  /**
   * The term may be the writer's own question about the offer ("is this a scam?", "係咪呃人", "是不是骗人的"): asked,
   * it says nothing of the job.
   */
  askable?: boolean;
  /** A copy, a scan or a photo of the document ("send your passport copy", 护照复印件) is not the document itself. */
  notOfACopy?: boolean;
  /** Rules whose flags this one overrides where they overlap ("护照由本人保管" is not a passport handover). */
  overrides?: readonly string[];
  /** The flag implies that the job is abroad even when no place is named (a flight, a visa, a passport). */
  abroad?: boolean;
  /** Counts towards the verdict but is never listed as a red flag (a cue, not a warning sign). */
  silent?: boolean;
  /** High risk on its own, whatever the destination. */
  alone?: "high";
  /** Two or more lawful signs lower an `alone` flag to a warning. */
  clearedByLawful?: boolean;
}

const UNODC_2024 = "https://angeluslowcost.cat/luxury/odc1371323P0d25";
const THE_HINDU_ARMY_HELPERS_2024 =
  "https://www.thehindu.com/news/national/delhi-approaches-moscow-for-early-discharge-of-indian-army-helpers/article67879442.ece/amp/";
/**
 * Kenya's Foreign Affairs Cabinet Secretary (2025-11-12), as Citizen Digital reports it: over 200 Kenyans recruited
 * into the Russian military; an agent charged for processing recruits "under the guise of overseas jobs".
 */
const KENYA_MFA_RUSSIA_RECRUITS_2025 =
  "https://test.citizen.digital/article/over-200-kenyans-recruited-into-russian-military-govt-reveals-n372920";
/**
 * Ukrainska Pravda via Yahoo News (2024-01-04): Russia's decree lets foreigners who sign a military contract of at
 * least a year, and their families, apply for Russian citizenship.
 */
const RU_CITIZENSHIP_FOR_CONTRACTS_2024 =
  "https://news.yahoo.com/putin-grant-citizenship-foreigners-sign-102539304.html";
const AP_ALABUGA_2024 =
  "https://localnews8.com/news/national-world/ap-national/2024/10/10/africans-recruited-to-work-in-russia-say-they-were-duped-into-building-drones-for-use-in-ukraine";
/** Ministry of Public Security (January 2025): WeChat ads for actors, models and film crews in Thailand. */
const MPS_2025_ACTORS = "http://odtyn.com/ww/4314.html";
const MY_DEPUTY_HOME_MINISTER_2023 =
  "https://www.channelnewsasia.com/asia/malaysia-cambodia-anwar-ibrahim-hun-sen-job-scam-syndicate-3376821?cid=cna_flip_070214";

/** Economic Information Daily (2006): agents who send workers on tourist or business visas make them "黑工". */
const JJCKB_BLACK_AGENTS_2006 = "http://big5.news.cn/gate/big5/jjckb.xinhuanet.com/gnyw/2006-10/23/content_12639.htm";
/** 韩国网 (2024), on Jeju: "千万别跑黑" — 跑黑 is working without a work visa, the 黑工's own word. */
const HANGUOW_JEJU_2024 = "http://hanguow.com/korea/11763/1/1.html";
/** Euhelpers (2025): illegal recruitment sends workers on tourist or visit visas, without a permit. */
const EUHELPERS_ILLEGAL_RECRUITMENT = "https://euhelpers.pl/blog/what-is-illegal-recruitment";
/** Focus on Trafficking: waitress, dancer, hostess jobs abroad are how women are trafficked into sex work. */
const FOCUS_ON_TRAFFICKING = "https://www.focus-on-trafficking.net/considering-an-offer-to-work-abroad/";
/** US National Human Trafficking Hotline: hostess bars and strip clubs as trafficking venues. */
const NHTH_BARS = "https://humantraffickinghotline.org/labor-trafficking-venuesindustries/barsclubs";
/** Yangcheng Evening News (2018): agents take tens of thousands before the worker leaves ("先交22000元"). */
const YCWB_LABOUR_AGENTS_2018 = "http://money.ycwb.com/2018-03/29/content_26165291.htm";

/** Building-trade day rates in China (2025): site hands 200–300 yuan, skilled trades 300–600, more in big cities. */
const SITE_WAGES_CN = "http://www.xuexibi.com/jiaoyukepu/491960.html";
/** Lüliang steel erectors working abroad (2026): paid 30–50% more than the same work at home, board included. */
const STEEL_ERECTORS_ABROAD = "https://www.hengshui.me/cyxx/Article-chengrun-19470.html";
/** ILO Indicators of Forced Labour (the booklet, copied in full): withholding of wages and debt bondage among them. */
const ILO_DEBT_BONDAGE = "https://www.readkong.com/page/ilo-indicators-of-forced-labour-5101277";
/** Philippine Embassy in Oslo (2024): immigration "services" promising guaranteed jobs, visas or residence. */
/** FTC consumer alert (August 2025): "task scams" pay for likes, ratings or "product boosting", then ask a deposit. */
const FTC_TASK_SCAMS_2025 = "https://consumer.ftc.gov/consumer-alerts/2025/08/how-spot-and-avoid-task-scams";
/** Xinjiang Agricultural University security office (2024), quoting police: every 刷单/做任务 job that asks 垫资 is fraud. */
const XJAU_BRUSHING_2024 = "https://bwc.xjau.edu.cn/2024/0405/c2052a98968/page.htm";
/** Xiangtan anti-fraud centre via 湘潭日报 (2023): 刷单、关注点赞 tasks, then 充值越多、返利越多. */
const XIANGTAN_BRUSHING_2023 = "http://m.wallstreetnews.com.cn/guancha/2023/0704/36813.html";
const PH_EMBASSY_NO_VISA_FRAUD = "https://philembassy.no/newsroom/advisory-on-immigration-and-visa-related-fraud";

/**
 * Korea JoongAng Daily (2017): a broker took about 15 million won a head to get workers past the TOPIK exam that Korea's
 * programmes require, a way around the official route sold as a service.
 */
const TOPIK_BROKER_2017 =
  "https://koreajoongangdaily.joins.com/2017/09/25/socialAffairs/Police-bust-Topik-cheating-ring/3038884.html";
/** Philippine Bureau of Immigration (2023): recruits sent out of NAIA posing as tourists, bound for Cambodia's scams. */
const BI_NAIA_CAMBODIA_2023 = "https://dailybulletinph.com/2-cambodia-bound-trafficking-victims-stopped-at-naia-bi";
/** Philippine Bureau of Immigration (2023): illegal recruiters send workers out on tourist visas, with papers to hide. */
const BI_TOURIST_GUISE_2023 = "https://filipinotimes.net/latest-news/2023/07/22/bi-warns-vs-deceptive-visa-practices/";

/**
 * Hong Kong Labour Department, Employment Agencies Administration: an agency may take from a job seeker only a
 * commission of at most 10% of the first month's wages, after placement, and no other fee.
 */
const HK_EAA_COMMISSION = "https://www.eaa.labour.gov.hk/en/helpers.html";

/** Verbs that "improve" application papers ("优化申请材料", "美化银行流水"): the papers are doctored. */
const DOCTORING_VERBS = ["优化", "美化", "修改", "伪造", "做假", "造假"];
const APPLICATION_PAPERS = [
  "申请材料",
  "申请资料",
  "签证材料",
  "签证资料",
  "银行流水",
  "存款证明",
  "资金证明",
  "工作证明",
  "在职证明",
];
/**
 * The programmes whose rules make the employer pay the worker's fare: Canada's SAWP (round trip), New Zealand's RSE
 * (half the return airfare), Australia's PALM (the fare upfront, $300 of it never recovered) and the US H-2A visa
 * (inbound travel reimbursed, the return paid). Korea's EPS, Japan's SSW and trainee schemes, the J-1 and
 * government-to-government hiring set no such rule: their workers usually buy their own tickets, so a free flight
 * offered under those names is the seller's gift again.
 */
export const EMPLOYER_PAID_FARE_SCHEMES: Terms & Sourced = {
  zh: ["季节性农业工人计划", "季节性农业工人计画", "季节性农业工人项目"],
  en: [
    "sawp",
    "seasonal agricultural worker program",
    "rse scheme",
    "recognised seasonal employer",
    "recognized seasonal employer",
    "palm scheme",
    "h-2a",
  ],
  source: [
    "https://openparliament.ca/committees/public-accounts/40-3/8/janice-charette-11/only",
    "https://www.immigration.govt.nz/work/worker-rights/your-rights-as-an-rse-worker",
    "https://palmscheme.gov.au/node/169",
    "https://www.dol.gov/agencies/whd/workers/h2a",
  ],
  reviewed: "2026-12-07",
};

/**
 * Labour programmes run by governments (Canada's SAWP, New Zealand's RSE, Korea's EPS, Japan's Specified Skilled
 * Worker and technical intern schemes, the US J-1 and H-2A visas, government-to-government hiring): the reader can
 * check them with the government. Which of them make the employer pay the flights: `EMPLOYER_PAID_FARE_SCHEMES`.
 */
export const GOVERNMENT_SCHEMES: Terms = {
  zh: [
    "政府组织",
    "政府项目",
    "政府间",
    "国家公派",
    ...EMPLOYER_PAID_FARE_SCHEMES.zh!,
    "雇佣许可制",
    "特定技能",
    "技能实习",
    "技能实习生",
    // Programmes a government runs itself: Hanban's teacher volunteers, Hong Kong's Home and Youth Affairs Bureau.
    "国家汉办",
    "民政及青年事务局",
    "民青局",
  ],
  en: [
    "government scheme",
    "government program",
    "government programme",
    "government-to-government",
    "g to g",
    "g2g",
    ...EMPLOYER_PAID_FARE_SCHEMES.en!,
    "employment permit system",
    "eps-topik",
    "specified skilled worker",
    "technical intern training",
    "j-1",
  ],
};

/** How an English ad names the recruiter paid for a job. */
/** Verbs of a passport taken, told after the fact ("中介收了护照", "the agent took our passports"). */
const PASSPORT_TAKEN = { zh: ["收了", "拿了", "扣了", "没收了"], en: ["took", "took away", "confiscated", "seized"] };
/**
 * Who keeps a passport for the visa itself: an embassy, a consulate or a visa centre stamping the work visa takes it
 * in the ordinary course ("the embassy took my passport for the stamping", 签证中心收了我的护照).
 */
const VISA_ISSUERS = {
  zh: ["签证中心", "签证处", "大使馆", "使馆", "领事馆", "领馆"],
  en: ["embassy", "consulate", "visa centre", "visa center", "visa office", "vfs", "vfs global"],
};
const RECRUITER_NAMES = ["the agent", "the agency", "the recruiter", "the broker", "agents", "recruiters"];

/** The sets of words that must meet for `rule` to fire, one per way of saying it. */
export function togetherSets(rule: Rule): readonly TermGroups[] {
  if (rule.together === undefined) return [];
  return Array.isArray(rule.together) ? rule.together : [rule.together as TermGroups];
}

function rule(fields: Omit<Rule, "reviewed">): Rule {
  return { reviewed: CONTENT_REVIEWED, ...fields };
}

export const RULES: readonly Rule[] = [
  // ── Destination (places.ts) ─────────────────────────────────────────────────────────────────────────────────
  rule({
    id: "hotspot_destination",
    category: "destination",
    weight: 0,
    extractor: "place-hotspot",
    source: [MFA_CN_2022, HK_SB, MPS_2024],
  }),
  rule({
    id: "risk_country",
    category: "destination",
    weight: 0,
    extractor: "place-risk-country",
    source: [OHCHR_2023, INTERPOL_2023],
  }),
  rule({
    id: "transit_destination",
    category: "destination",
    weight: 0,
    extractor: "place-transit",
    source: [KENYA_TH, MEA_IN],
  }),
  rule({
    id: "overseas_job",
    category: "destination",
    weight: 0,
    terms: {
      zh: ["境外", "海外", "出国", "国外", "外派", "出海", "异国", "跨境", "出境", "外国", "国际航班"],
      en: [
        "abroad",
        "overseas",
        // Malay, in the English offers Malaysians and Indonesians forward ("kerja kosong luar negara").
        "luar negara",
        "luar negeri",
        "relocate",
        "foreign country",
        "international flight",
        "work outside",
        "neighbouring country",
        "neighboring country",
        "another country",
        "out of the country",
        "outside the country",
        "foreign job",
        "international job",
      ],
    },
    source: [MFA_CN_2022, INTERPOL_2023],
  }),
  rule({
    // Not a red flag on its own and never listed: a flight, a visa or a passport in a job offer means the job is
    // abroad, which matters when the offer names no country (facts.md §1.8: "abroad" without a place).
    id: "abroad_cue",
    category: "destination",
    weight: 0,
    silent: true,
    abroad: true,
    terms: {
      zh: [
        "签证",
        "护照",
        "机票",
        "航班",
        "飞过去",
        "坐飞机",
        "下飞机",
        "落地后",
        "出境",
        "边检",
        "海关",
        "邻国",
        // Pay settled in a foreign currency with no figure ("薪水美金算", "工资按美元结算", "发U"): a Chinese reader's job
        // paid so is abroad.
        "美金算",
        "美金结算",
        "美元结算",
        "美金发",
        "美元发",
        "按美金",
        "按美元",
        "美金支付",
        "美元支付",
        "u结算",
        "usdt结算",
      ],
      en: [
        "visa",
        "passport",
        "flight",
        "plane ticket",
        "air ticket",
        "airfare",
        "fly you",
        "flown to",
        "fly out",
        "immigration",
        "neighboring country",
        "neighbouring country",
      ],
    },
    // Pay promised as a multiple of what the reader earns at home ("挣的是国内的三倍", "three times what you earn
    // here"): the job is somewhere else, even when the offer names no place.
    together: [
      {
        zh: [
          ["国内", "老家", "在家", "家乡", "台湾", "香港", "大陆", "本地"],
          [
            "三倍",
            "四倍",
            "五倍",
            "十倍",
            "两三倍",
            "三四倍",
            "三五倍",
            "几倍",
            "好几倍",
            "数倍",
            "翻倍",
            "两倍",
            "双倍",
          ],
        ],
        en: [
          [
            "times what",
            "times more than",
            "times as much as",
            "double what",
            "triple what",
            "twice what",
            "twice as much",
          ],
          ["at home", "back home", "your country", "you earn", "you make", "you get", "you are paid"],
        ],
      },
      {
        en: [
          ["3x", "5x", "10x", "triple", "double"],
          ["your current salary", "your current pay", "your salary at home"],
        ],
      },
      // "Deployment" in the words of Philippine recruitment (OFW, placement fee, DMW/POEA) is the departure abroad, as
      // the DMW's own notices use it; in other English it is software's.
      {
        en: [
          ["deployment", "deployed", "deploy"],
          ["ofw", "ofws", "placement fee", "poea", "dmw", "kabayan", "pinoy", "pinay", "taglish", "po"],
        ],
      },
      // "去那边上班": a recruiter's "over there", the place left unnamed, as work to go to (not a meal or a visit).
      {
        zh: [
          ["去那边", "到那边", "过去那边", "去那里", "到那里", "去那儿"],
          ["上班", "工作", "打工", "务工", "干活", "做客服", "做事", "赚钱", "挣钱"],
        ],
        inClause: true,
      },
    ],
    source: [MFA_CN_2022, INTERPOL_2023],
  }),
  rule({
    id: "compound",
    category: "destination",
    weight: 1,
    terms: { zh: ["园区", "电诈", "卖猪仔", "猪仔"], en: ["compound", "scam center", "scam centre"] },
    source: [OHCHR_2023, MPS_2024],
  }),

  // ── Pay ────────────────────────────────────────────────────────────────────────────────────────────────────
  rule({
    id: "high_pay",
    category: "pay",
    weight: 1,
    extractor: "high-pay",
    terms: {
      zh: [
        "高薪",
        "月入过万",
        "月薪过万",
        "日入千",
        "工资高",
        "高工资",
        "高收入",
        "赚快钱",
        "赚大钱",
        "挣大钱",
        "搵大钱",
        "快钱",
        "人工高",
        "待遇优厚",
        // Pay praised as such ("薪水很好"), not the boss being nice beside it ("工资按时发，老板人很好").
        "工资很好",
        "工资也很好",
        "工资都很好",
        "工资超好",
        "工资非常好",
        "工资特别好",
        "薪资很好",
        "薪资也很好",
        "薪资都很好",
        "薪资超好",
        "薪资非常好",
        "薪资特别好",
        "薪水很好",
        "薪水也很好",
        "薪水都很好",
        "薪水超好",
        "薪水非常好",
        "薪水特别好",
        "收入很好",
        "收入也很好",
        "收入都很好",
        "收入超好",
        "收入非常好",
        "收入特别好",
        "待遇很好",
        "待遇也很好",
        "待遇都很好",
        "待遇超好",
        "待遇非常好",
        "待遇特别好",
        // Taiwan's word for generous (收入優渥, 待遇優渥).
        "收入优渥",
        "待遇优渥",
        "薪资优渥",
        "薪水优渥",
        "报酬优渥",
        "上不封顶",
        "翻身",
        "收入可观",
        "待遇丰厚",
        "薪资丰厚",
        "薪水高",
        "轻松月入",
        // Easy earnings (Taiwan's 輕鬆賺).
        "轻松赚",
        "好赚",
        "月入上万",
        "月入几万",
        "躺赚",
        "高回报",
        "盖房",
        "买车买房",
        "买房买车",
        "发财",
        "暴富",
        "搵快钱",
        "高报酬",
        // Pay praised by comparison, with no figure: the recruiter's promise as retold ("能挣到不少钱").
        "收入更高",
        "工资更高",
        "更高的收入",
        "更高的工资",
        "挣得更多",
        "赚得更多",
        "多挣钱",
        "多赚钱",
        "高人工",
        "高待遇",
        "高提成",
        // Plenty of money for little work, or the boss paying a lot ("錢多事少離家近", "老板给的钱多").
        "钱多事少",
        "钱多活少",
        "钱多活轻",
        "给的钱多",
        "给的钱很多",
        "给钱多",
        "钱给得多",
        "钱给的多",
        // A six-figure month (月入六位數): NT$100,000 or more.
        "月入六位数",
        "月薪六位数",
        "月领六位数",
      ],
      en: [
        "high salary",
        "high salaries",
        "high wage",
        "high wages",
        "high income",
        "high pay",
        "high-paying",
        "high paying",
        "lucrative",
        "attractive salary",
        "attractive package",
        "attractive pay",
        "good package",
        "quick money",
        "fast money",
        "easy money",
        "big money",
        "unlimited income",
        "highly paid",
        "well paid",
        "well-paid",
        "salary is high",
        "pay is high",
        "earn big",
        "well compensated",
        "unusually high",
        "handsome salary",
        "huge salary",
        "big salary",
        "earn up to",
        "fat salary",
        // "Good" said of the pay itself, not of something else in its clause ("salary … with good medical cover").
        "good salary",
        "good pay",
        "good wages",
        "good income",
        "better income",
        "better pay",
        "better salary",
        "better wages",
        "higher salary",
        "higher salaries",
        "higher pay",
        "higher wages",
        "higher income",
        "earn more money",
        "make more money",
        "salary is good",
        "pay is good",
        "salary was good",
        "pay was good",
        "wages were good",
        "make a lot of money",
        "earn a lot of money",
        "make lots of money",
        "earn lots of money",
        "make good money",
        "earn good money",
        "make a fortune",
        "high remuneration",
        "remuneration is high",
        // The English of 高提成: pay promised as commission, with no figure.
        "high commission",
        "high commissions",
        // The boss said to pay well ("the boss pays well"), or good money, with no figure; not an employer's own "we
        // pay well", which is how ordinary ads at home praise their pay.
        "pays well",
        "very good money",
        "really good money",
      ],
    },
    together: [
      {
        zh: [
          ["工资", "薪资", "薪水", "收入", "待遇", "月薪", "底薪", "提成", "人工", "报酬", "薪酬", "挣", "赚"],
          [
            "很高",
            "好高",
            "超高",
            "非常高",
            "高得",
            "丰厚",
            "可观",
            "优厚",
            // A better-paid job than the present one ("待遇更优渥", "待遇更好"): the pay promise of a move elsewhere.
            "优渥",
            "更好",
            "翻倍",
            "好几倍",
            "几万",
            "过万",
            "上万",
            "不少钱",
            "很多钱",
            "好多钱",
          ],
        ],
        en: [
          ["salary", "salaries", "pay", "income", "wage", "wages", "earnings", "commission", "earn"],
          // Said of the pay itself ("the salary was high", "a huge salary"), not a comparative ("higher commissions",
          // "better pay") or "high" elsewhere in the sentence ("high school diploma, pay negotiable").
          [
            "was high",
            "is high",
            "are high",
            "were high",
            "very high",
            "huge",
            "lucrative",
            "attractive",
            "generous",
            "handsome",
            "big",
            "sizeable",
          ],
        ],
      },
      // Pay as a multiple of the reader's ("the pay is three times what you get", "you earn 5x your salary"), said of
      // the pay: "rent is three times what you earn" multiplies the rent, "you earn double on public holidays" is the
      // holiday rate and "I asked about the pay several times" no multiple at all. "Three times your salary" alone is as
      // often a warning's words as a recruiter's.
      {
        en: [
          ["salary", "salaries", "pay", "income", "wage", "wages", "earnings", "earn", "make", "paid"],
          [
            "3x",
            "5x",
            "10x",
            "times more",
            "times what",
            "times as much",
            "double what",
            "triple what",
            "twice what",
            "twice as much",
            "double your",
            "triple your",
          ],
        ],
        ordered: true,
      },
      // Pay as a multiple of what the reader earns where they are ("是國內的三倍", "賺你而家三倍人工"): said against
      // home, not the overtime and holiday rates labour law sets (法定節假日三倍工資).
      {
        zh: [
          ["工资", "薪资", "薪水", "收入", "人工", "挣", "赚"],
          ["国内", "台湾", "香港", "大陆", "在家", "老家", "家乡", "本地"],
          ["三倍", "四倍", "五倍", "十倍", "两三倍", "三四倍", "三五倍", "几倍", "好几倍", "数倍", "多倍"],
        ],
      },
    ],
    source: [MFA_CN_2022, CN_EMBASSY_MM_2023, HK_SB, FBI_2023],
  }),

  rule({
    id: "extreme_pay",
    category: "pay",
    weight: 1,
    extractor: "extreme-pay",
    source: [HK_SB, FBI_2023],
  }),

  // ── Job ────────────────────────────────────────────────────────────────────────────────────────────────────
  rule({
    id: "vague_job",
    category: "job",
    // Half a sign: ordinary ads hire customer service too; with a named hub or other signs it counts.
    weight: 0.5,
    terms: {
      zh: [
        "客服",
        "翻译",
        "客户服务",
        "客户支持",
        "客户协助",
        "打字员",
        "会打字",
        "打字",
        "推销",
        "外呼",
        "网络营销",
        "网络销售",
        "线上销售",
        "网上销售",
        "电销",
        "坐办公室",
        "文员",
        "网管",
        "游戏代练",
        "数据录入",
        "公关",
        "前台",
        "接待",
        "网络工作",
        "网络推广",
        "游戏推广",
        "敲键盘",
        "打打字",
        "呼叫中心",
        "主播",
        // Taiwan's word for the live streamer (直播主), the same recruited job.
        "直播主",
        "不透露具体工作",
        "工作内容保密",
        "拒绝透露",
        "聊天员",
        "陪聊",
        "游戏陪玩",
        "录入员",
        "网上工作",
        "电脑操作",
        "币圈",
        "虚拟币",
        "数字货币",
        "炒币",
      ],
      en: [
        "customer service",
        "customer support",
        "customer care",
        "customer relations",
        "customer representative",
        "call center",
        "call centre",
        "data entry",
        "data encoder",
        "data encoder",
        "typist",
        "typing test",
        "typing",
        "telesales",
        // Malaysia's warnings name telemarketing; online sales is the same job in the compounds' ads.
        "online sales",
        "telemarketing",
        "telemarketer",
        "digital marketing",
        "online marketing",
        "sales and marketing",
        "marketing executive",
        "chat support",
        "online business",
        "tech support",
        "technical support",
        "receptionist",
        "chat operator",
        "chat agent",
        "online chat job",
        "chat job",
        "chatting job",
        "computer operator",
        "online job",
        "typing job",
        "data encoding",
        "encoder",
        "desk job",
        "office job",
        "computer job",
        "computer-related",
        // Work with a computer as the whole job ("simple computer work", "easy computer work only").
        "simple computer work",
        "easy computer work",
        "computer work only",
        "customer sales",
        "online marketer",
        "it job",
        "interpreter",
        "translator",
        // Crypto and online-game work: what compounds in the hubs advertise (scam centres run as "crypto firms").
        "crypto",
        "cryptocurrency",
        "online game",
        "online games",
        "game operator",
        "live streamer",
        "livestreamer",
        "live stream host",
      ],
    },
    // Interpreters: Malaysia's Deputy Home Minister listing the jobs syndicates offer (Parliament, March 2023).
    source: [FBI_2023, MEA_IN, KENYA_TH, DMW_PH, MY_DEPUTY_HOME_MINISTER_2023],
  }),
  rule({
    // Not a red flag and never listed: skilled, qualified work is paid more, so its pay is judged against a higher
    // line (facts.md §1.8 item 1 speaks of unskilled work "far above normal").
    id: "skilled_job",
    category: "job",
    weight: 0,
    silent: true,
    terms: {
      zh: [
        "工程师",
        "护士",
        "护理师",
        // Nursing staff (護理人員), the profession's own collective name in Taiwan and the mainland.
        "护理人员",
        "教师",
        // A subject teacher, not 老师 alone: chats call any elder or boss 老师.
        "数学老师",
        "英语老师",
        // Taiwan says 英文 for the English taught at school.
        "英文老师",
        "中文老师",
        "汉语老师",
        "华文老师",
        "日语老师",
        "日文老师",
        "物理老师",
        "化学老师",
        "科学老师",
        "音乐老师",
        "外教",
        "医生",
        "医师",
        "牙医",
        "药师",
        "助产士",
        "麻醉师",
        "会计",
        "药剂师",
        "建筑师",
        "持证",
        "开发",
        "软件",
        "研发",
        "资深",
        "高级",
        "经理",
        "主管",
        "管理型",
        "博士",
        "硕士",
        "本科以上",
        "学士以上",
        "大专以上",
        "专业毕业",
        // A relevant degree asked for ("金融相关专业", "化工相关专业背景").
        "相关专业",
        "专业背景",
        // Tutors and supervisors are paid by the lesson or as staff above the line of unskilled work.
        "家教",
        "讲师",
        "督导",
        "年以上经验",
        "年以上工作经验",
        "年以上相关",
        // Certified ship officers (deck and engine), each rank a certificate of competency of its own.
        ...SHIP_OFFICER_RANKS.zh,
      ],
      en: [
        ...SHIP_OFFICER_RANKS.en,
        "engineer",
        "nurse",
        "nurses",
        "teacher",
        "doctor",
        "physician",
        "surgeon",
        "dentist",
        "gynecologist",
        "gynaecologist",
        "obstetrician",
        "pediatrician",
        "paediatrician",
        "anaesthetist",
        "anesthesiologist",
        "radiographer",
        "physiotherapist",
        "midwife",
        "medical license",
        "medical licence",
        "moh license",
        "accountant",
        "pharmacist",
        "licensed",
        "registered nurse",
        "tefl",
        "degree required",
        "years of experience",
        "developer",
        "software",
        "senior",
        "manager",
        "phd",
        "master's degree",
        "bachelor's degree",
        "professional",
        "programmer",
        "supervisor",
        "coordinator",
        "tutor",
        "lecturer",
        "instructor",
        "bachelor degree",
        "university degree",
      ],
    },
    // "No experience or degree required" asks for no skill at all.
    negatable: true,
    source: [HK_SB, FBI_2023],
  }),
  rule({
    // Not a red flag and never listed: a credential the worker must already hold (a degree, a licence, a language
    // certificate). Advisories describe the lure as asking for nothing of the kind ("no degree needed"), so a qualified
    // post that asks for one, with nothing strong said against it, is not warned of. Years of experience are no
    // credential: lures ask for them too ("1 year of customer service experience").
    id: "credential_required",
    category: "job",
    weight: 0,
    silent: true,
    negatable: true,
    terms: {
      zh: [
        "本科学历",
        "本科以上",
        "大专以上",
        "大学以上",
        "学士学位",
        "硕士学位",
        "学历要求",
        "执业证",
        "执业执照",
        "持证上岗",
        "资格证书",
        "日语n1",
        "日语n2",
        "日语n3",
        "n2以上",
        "n3以上",
        "雅思",
        "托福",
        // A seafarer's certificate of competency (适任证书) and seaman's book.
        "适任证书",
        "海员证",
      ],
      en: [
        "bachelor's degree",
        "bachelors degree",
        "bachelor degree",
        "degree in",
        "degree required",
        "diploma in",
        "licence required",
        "license required",
        "certification",
        "certificate required",
        "tefl",
        "celta",
        "jlpt",
        "ielts",
        "toefl",
        "topik",
        "registered nurse",
        "certificate of competency",
        "coc",
        "seaman's book",
        "stcw",
      ],
    },
    source: [FBI_2023, MEA_IN, DMW_PH],
  }),
  rule({
    // Not a red flag and never listed: a trade (chef, welder, electrician), or years of experience asked with no
    // profession named, is paid more than the lure's office job, so its pay is judged like a qualified post's; but
    // lures name trades and experience too (chefs and welders sent to Thailand), so it does not lift a compound
    // country's or the fake-job hub's warning as a professional's post does.
    id: "skilled_trade",
    category: "job",
    weight: 0,
    silent: true,
    terms: {
      // Airline cabin crew: trained and licensed by the aviation authority, hired through the airlines' own assessment
      // days, paid a Gulf crew's salary with company housing.
      // Years of experience asked ("三年经验", "需5年以上工作经验") make a trade of any post, as in English below; 师傅
      // is the title of a skilled tradesman (点心师傅, 装修师傅).
      zh: [
        // Certified seafarers (海员证, STCW) and surveyors: licensed trades paid at international scales.
        "海员证",
        "海员",
        "测量员",
        "测绘",
        "厨师",
        "技工",
        "焊工",
        "电工",
        // "Technician" in Chinese (技术员, 技术人员): a trade, as in English below.
        "技术员",
        "技术人员",
        "机械师",
        "空乘",
        "空服员",
        "乘务员",
        "空姐",
        "师傅",
        "年经验",
        "年以上经验",
        "年工作经验",
        "年以上工作经验",
        "年相关经验",
        "年以上相关经验",
      ],
      en: [
        "seaman's book",
        "stcw",
        "surveyor",
        "chef",
        "cabin crew",
        "flight attendant",
        "flight attendants",
        "welder",
        "electrician",
        "technician",
        "mechanic",
        "caregiver",
        "years experience",
        "years' experience",
        "yrs experience",
        "yrs' experience",
        "yrs of experience",
        "yrs exp",
      ],
    },
    negatable: true,
    source: [HK_SB, FBI_2023],
  }),
  rule({
    // Not a red flag and never listed: manual work on building sites, mines, farms and factories is paid by the day
    // and abroad with a hardship premium (a skilled site hand earns 300–600 yuan a day at home, 30–50% more on an
    // overseas project), so its pay is judged against a higher line than the easy office job of the lure (月入过万).
    id: "manual_work",
    category: "job",
    weight: 0,
    silent: true,
    terms: {
      zh: [
        "工地",
        "建筑工",
        "木工",
        "瓦工",
        "泥瓦工",
        "钢筋工",
        "架子工",
        "油漆工",
        "水电工",
        "砌筑工",
        "混凝土工",
        "安装工",
        "小工",
        "矿山",
        "矿工",
        "搬运工",
        "装卸工",
        "农场工",
        "采摘工",
        // Farm and orchard work named by the place or the task (澳洲农场, 果园摘果, "orchard picking").
        "农场",
        "果园",
        "摘水果",
        "摘果",
        "屠宰",
        "船员",
        "渔工",
      ],
      en: [
        "construction worker",
        "construction site",
        "carpenter",
        "mason",
        "bricklayer",
        "steel fixer",
        "scaffolder",
        "labourer",
        "laborer",
        "farm worker",
        "farmworker",
        "fruit picker",
        "fruit picking",
        "farm work",
        "farm job",
        "farm jobs",
        "farm hand",
        "farmhand",
        "orchard",
        "apple picking",
        "packhouse",
        "seasonal worker",
        "factory worker",
        "mine worker",
        "miner",
        "fisherman",
        "fishermen",
        "seafarer",
      ],
    },
    source: [SITE_WAGES_CN, STEEL_ERECTORS_ABROAD],
  }),
  rule({
    // Not a red flag and never listed: a requirement stated as whom it turns away ("无学历者申请不了", "applicants
    // without experience will not be considered") asks for the skill; it overrides the "no experience" words in it.
    id: "requirement_excludes",
    category: "job",
    weight: 0,
    silent: true,
    together: {
      zh: [
        ["无学历者", "无经验者", "没有经验的", "没经验的", "无相关经验", "没有学历的", "无证者", "无相关证照"],
        [
          "申请不了",
          "不能申请",
          "无法申请",
          "不予考虑",
          "不考虑",
          "勿扰",
          "免谈",
          "请勿",
          "不收",
          "不录用",
          "不予录用",
        ],
      ],
      en: [
        ["without experience", "without a degree", "without qualifications", "no experience", "no degree"],
        ["need not apply", "not be considered", "cannot apply", "not eligible", "will not be accepted"],
      ],
    },
    overrides: ["no_experience"],
    source: [HK_SB, FBI_2023],
  }),
  rule({
    id: "no_experience",
    category: "job",
    weight: 1,
    terms: {
      zh: [
        "免经验",
        "无需经验",
        "不需经验",
        "不需要经验",
        "不需要学历",
        "无需学历",
        "不用学历",
        "不要经验",
        "经验不是问题",
        "不看经验",
        "不限学历",
        "不看学历",
        "学历不限",
        "无学历",
        "学历不是问题",
        "会用电脑",
        "只要会",
        "生手",
        "零基础",
        "毋须经验",
        "毋需经验",
        "唔需要经验",
        "不用经验",
        "低要求",
        "要求低",
        "轻轻松松",
        "很轻松",
        "唔使经验",
        "唔使学历",
        "无门槛",
        "工作轻松",
        "轻松工作",
        "活轻松",
        "门槛低",
        "有手就行",
        "小白",
        "会拼音",
        "无要求",
        "容易上手",
        "轻松上手",
        "上手快",
        "包教包会",
        "有专人培训",
        "有人带",
        // Easy work said any way: light, simple, not tiring.
        "低强度",
        "强度低",
        "工作简单",
        "简单工作",
        "活少",
        "不累",
        // Typing as all the job asks ("敲敲键盘", "会打字就行"): a bar anyone clears.
        "敲键盘",
        "打打字",
        // Typing as all it asks, not typing asked of a typist ("要求会打字，每分钟60字").
        "会打字就行",
        "会打字就能",
        "会打字就可以",
        "会打字即可",
        // Experience waived in other words ("零經驗", "不需任何經驗", "没经验也可以").
        "零经验",
        "无须经验",
        "不需任何经验",
        "不用任何经验",
        "无需任何经验",
        "不需要任何经验",
        "不要求经验",
        "没经验也可以",
        "没有经验也可以",
        "没经验也行",
        "没有经验也行",
      ],
      en: [
        "no experience",
        "without experience",
        "no qualifications",
        "no special qualifications",
        "no degree",
        "no need degree",
        "no need experience",
        "no skills needed",
        "basic english",
        "anyone can apply",
        "easy job",
        "easy work",
        "no requirements",
        "only need a phone",
        "just need a laptop",
        "easy to learn",
        "training provided",
        "we will train you",
        "without qualifications",
        "without any qualifications",
        "without specific qualifications",
        "no specific qualifications",
        "qualifications not required",
        "experience not required",
        "no prior experience",
        "simple job",
        "simple work",
        "easy tasks",
        "no specific requirements",
        "no experience or qualifications",
        // Malay and Indonesian: no experience needed ("tak perlu pengalaman", "tanpa pengalaman").
        "tak perlu pengalaman",
        "tidak perlu pengalaman",
        "tak perlukan pengalaman",
        "tidak perlukan pengalaman",
        "tak payah pengalaman",
        "tidak butuh pengalaman",
        "tidak memerlukan pengalaman",
        "tanpa pengalaman",
        "tiada pengalaman",
        "tidak ada pengalaman",
        "tak ada pengalaman",
        "tak berpengalaman",
        "tidak berpengalaman",
        // Hinglish: "experience ki zarurat nahi", "koi experience nahi chahiye".
        "experience ki zarurat nahi",
        "experience nahi chahiye",
        "experience ki jarurat nahi",
      ],
    },
    // "requiring only good English and typing", "just basic computer skills": a bar anyone clears.
    together: {
      en: [
        ["only", "just", "all you need"],
        [
          "typing",
          "type",
          "basic english",
          "good english",
          "basic computer",
          "computer skills",
          "a smartphone",
          "use a phone",
          "use a computer",
        ],
      ],
    },
    source: [HK_SB, CN_EMBASSY_MM_2023],
  }),
  rule({
    // Not listed as a flag of its own: "去缅甸打工", "赚钱的朋友赶快联系我" — work offered informally, as recruiters
    // do, not as an employer posts a position. With a compound country it completes the lure.
    id: "informal_work",
    category: "job",
    weight: 0.5,
    silent: true,
    terms: { zh: ["打工", "务工", "搬砖", "赚钱", "挣钱", "干活"], en: ["make money", "earn money"] },
    // A job promised to a person ("he promised them good jobs", "答应给你安排工作"): an employer posts a position.
    // A company's own promises ("we promise a friendly workplace", "公司承诺良好的工作环境") are no such promise.
    // A job passed on by someone the reader knows ("有人介紹他去柬埔寨的餐廳工作", "表哥介绍我去越南做电销", "a friend
    // offered me a job in Laos"): how most are first drawn in, not how an employer hires.
    together: [
      {
        zh: [
          ["许诺", "答应给", "答应帮", "答应安排", "答应介绍", "承诺给", "承诺帮", "承诺安排", "承诺介绍", "被承诺"],
          ["工作", "职位", "岗位", "安排"],
        ],
        en: [["promised"], ["job", "jobs", "employment"]],
      },
      {
        zh: [
          [
            "有人介绍",
            "朋友介绍",
            "熟人介绍",
            "老乡介绍",
            "亲戚介绍",
            "同学介绍",
            "介绍他去",
            "介绍她去",
            "介绍我去",
            "介绍你去",
            "叫我去",
            "喊我去",
            "约我去",
            "邀我去",
            "拉我去",
          ],
          ["工作", "打工", "上班", "做事", "干活", "做客服", "做电销"],
        ],
        en: [
          [
            "a friend",
            "my friend",
            "my cousin",
            "a relative",
            "an acquaintance",
            "someone i know",
            "a neighbour",
            "a neighbor",
          ],
          [
            "offered me a job",
            "offers me a job",
            "offered me work",
            "invited me to work",
            "got me a job",
            "found me a job",
            "introduced me to a job",
            "told me about a job",
          ],
        ],
      },
    ],
    source: [MFA_CN_2022, CN_EMBASSY_MM_2023],
  }),
  rule({
    id: "gambling_work",
    category: "job",
    weight: 2,
    // "严禁赌博" in a dormitory's rules, "no gambling": a ban is no gambling job.
    negatable: true,
    terms: {
      zh: [
        "菠菜",
        "博彩",
        "赌场",
        "网投",
        "博弈",
        "娱乐场",
        "杀猪盘",
        "网赌",
        "盘口",
        "pogo",
        "赌博公司",
        "赌博网站",
        "赌博平台",
        "网络赌博",
        "从事赌博",
      ],
      en: ["casino", "online gaming", "online gambling", "gambling", "betting", "pogo"],
    },
    source: [THAI_MFA, OHCHR_2023],
  }),
  rule({
    // The work itself described as scamming people or the recruits as trafficked: whatever the wording of the
    // offer, a job that involves fraud is the compound (facts.md §1.1–1.3).
    id: "scam_work",
    category: "job",
    weight: 3,
    alone: "high",
    negatable: true,
    askable: true,
    terms: {
      zh: [
        "诈骗",
        "电诈",
        "骗人",
        "骗钱",
        "拐卖",
        "人口贩卖",
        "强迫劳动",
        "被囚禁",
        "被关押",
        "网络诈骗",
        "被骗到",
        "骗去",
        "诱骗",
        "呃人",
        "呃钱",
        "陷阱",
        "幌子",
        "被骗出国",
        // Held or sold once there, as Taiwan's and Hong Kong's reports say it (遭拘禁, 被賣到), and Taiwan's short word
        // for a fraud ring (詐團).
        "遭囚禁",
        "遭拘禁",
        "被拘禁",
        "遭关押",
        "遭禁锢",
        "被禁锢",
        "限制人身自由",
        "被卖到",
        "被转卖",
        "诈团",
      ],
      en: [
        "scam",
        "scams",
        "scammer",
        "scamming",
        "fraudulent",
        "defraud",
        "con people",
        "pig butchering",
        "romance scam",
        "trafficked",
        "trafficking",
        "forced to work",
        "held captive",
        "forced labour",
        "forced labor",
        "trick people",
        "cheat people",
        "lured",
        "duped",
        "deceived into",
        "tricked into",
        "steal money",
        "steal their money",
        "steal people's money",
        "swindle",
      ],
    },
    together: {
      en: [
        ["fake", "bogus", "sham", "non-existent", "nonexistent"],
        [
          "job",
          "jobs",
          "offer",
          "offers",
          "vacancy",
          "vacancies",
          "position",
          "positions",
          "ad",
          "ads",
          "advert",
          "recruitment",
          "recruiter",
        ],
      ],
      zh: [
        ["虚假", "骗局", "假招聘", "假工作"],
        ["招聘", "工作", "岗位", "高薪", "offer"],
      ],
    },
    source: [OHCHR_2023, INTERPOL_2023, FBI_2023],
  }),
  rule({
    // The recruiter named as unlicensed or not authorised to send workers abroad (黑中介, 无牌仲介, "illegal recruiter",
    // "not authorized to deploy"): illegal recruitment as the DMW's advisories describe it. A full sign; a warning
    // against such recruiters ("谨防黑中介", "beware of illegal recruiters") negates it.
    id: "unlicensed_recruiter",
    category: "job",
    weight: 1,
    negatable: true,
    terms: {
      zh: [
        "黑中介",
        "非法中介",
        "无证中介",
        "无牌中介",
        "无照中介",
        "黑仲介",
        "非法仲介",
        "无牌仲介",
        "无证仲介",
        "没有资质的中介",
        "无资质的中介",
        "无资质中介",
        "没有牌照的中介",
        "没有牌照的仲介",
      ],
      en: [
        "illegal recruiter",
        "illegal recruiters",
        "unlicensed recruiter",
        "unlicensed recruiters",
        "unlicensed agent",
        "unlicensed agents",
        "unlicensed agency",
        "unlicensed agencies",
        "not authorized to deploy",
        "not authorised to deploy",
        "not authorized to recruit",
        "not authorised to recruit",
        "without a recruitment licence",
        "without a recruitment license",
        "no license to recruit",
        "no licence to recruit",
      ],
    },
    source: [DMW_PH, DMW_PH_FEES],
  }),
  rule({
    // A report's words for the recruiter or the offer as a crime: scammed, deceived, tricked, traffickers, 骗子,
    // 不法集团, 人口贩运 (Taiwan's word). Half a sign, never high alone: the same words stand in a reader's own story
    // ("I got scammed last year"), a victims' charity's post or a lawful ad's warning; with the compounds' places or
    // other lure signs they tell the lure (facts.md §1.1–1.3).
    id: "crime_report",
    category: "job",
    weight: 0.5,
    negatable: true,
    terms: {
      zh: [
        "骗子",
        "不法分子",
        "不法集团",
        "犯罪集团",
        "人口贩运",
        "骗取",
        // Forced into the work, not forced to close a shop or work overtime (被迫停业, 被迫加班).
        "被迫从事",
        "被迫参与",
        "被迫劳动",
        "被迫工作",
        "被迫打工",
        "被迫卖淫",
        // A report's verbs for the recruiter's false claims (謊稱, 誆稱, 佯稱): the sentence retells a lure.
        "谎称",
        "诓称",
        "佯称",
        "诓骗",
        "骗称",
        // The victim "believed" a false promise (听信网友介绍, 误信高薪广告): the report's own judgement of the offer.
        // "切勿轻信" is a warning, negated.
        "听信",
        "误信",
        "轻信",
        // Work named as the pretext (以出国工作为名, 以打工名义, 以高薪为诱饵): the report says the job was the bait.
        "工作为名",
        "工作为由",
        "工作名义",
        "工作的名义",
        "工作为幌子",
        "打工为名",
        "打工为由",
        "打工名义",
        "务工为名",
        "务工为由",
        "务工名义",
        "招聘为名",
        "招聘为幌子",
        "高薪为诱饵",
        "高薪为饵",
        // Found out on arrival (到了才发现被骗): the victim's own account of the lure.
        "才发现被骗",
        "才知道被骗",
        "才知被骗",
        "才发现上当",
        "才知道上当",
      ],
      en: [
        "scammed",
        "deceived",
        "tricked",
        "trafficker",
        "traffickers",
        "forced to",
        "had been cheated",
        "was cheated",
        "were cheated",
      ],
    },
    together: [
      {
        // The job seekers called victims of the job offer.
        zh: [
          ["受害者", "受害人", "受害女子", "受害男子"],
          ["招聘", "承诺", "受雇", "应聘", "介绍", "高薪"],
        ],
        // Recruited or promised, not "victims" beside any job ("a job supporting victims of crime").
        en: [
          ["victims", "victim"],
          ["recruited", "promised", "job offer", "job offers", "offered jobs", "offered a job"],
        ],
      },
      {
        // The job called "so-called" (所谓的游戏推广工作, "a so-called customer service job"): the report says it was
        // not what it was sold as.
        zh: [
          ["所谓的", "所谓"],
          ["工作", "职位", "岗位", "高薪", "招聘", "客服", "打工"],
        ],
        en: [["so-called"], ["job", "jobs", "work", "position", "recruitment", "employment"]],
        inClause: true,
      },
    ],
    source: [OHCHR_2023, INTERPOL_2023, FBI_2023],
  }),
  rule({
    // A job with a foreign army or in its war production (MEA India: "stay away from any offers to join the Russian
    // army as this is a course fraught with danger"; AP on the Alabuga Start drone plant): dangerous wherever it is.
    id: "war_work",
    category: "job",
    weight: 3,
    alone: "high",
    negatable: true,
    terms: {
      zh: [
        "俄军",
        "俄罗斯军队",
        "俄罗斯军方",
        "俄国军队",
        "阿拉布加",
        // Fighting for pay for a foreign army, offered outright (not a film's or a story's mercenary).
        "当雇佣兵",
        "做雇佣兵",
        "招雇佣兵",
        "招募雇佣兵",
        "雇佣兵招募",
        // A contract with an army or its ministry of defence, whatever job it names.
        "国防部合同",
        "军队合同",
        "军事合同",
        "与国防部签",
        "和国防部签",
        "跟国防部签",
        // A recruiter's reassurance about the war is said only of jobs beside one.
        "没有战争",
        "不上前线",
        "不去前线",
        "不会上前线",
        "远离前线",
        "不用上战场",
        "不用打仗",
        "没有打仗",
        "不打仗",
        "离战区很远",
        "离前线很远",
        "远离战区",
        // Soldiering abroad on a contract (Russia's 合同兵, "contract soldiers"), offered outright.
        "出国当兵",
        "合同兵",
        "签约兵",
      ],
      en: [
        "contract with the ministry of defence",
        "contract with the ministry of defense",
        "contract with the defence ministry",
        "contract with the defense ministry",
        "defence ministry contract",
        "defense ministry contract",
        "military contract",
        "army contract",
        "contract with the army",
        "not on the front line",
        "not at the front",
        "not frontline",
        "not on the frontline",
        "non-frontline",
        "non frontline",
        "away from the front",
        "far from the front",
        "not be sent to the front",
        "won't be sent to the front",
        "not be sent to fight",
        // The same reassurance in English ("There is no war here. The fight is on the border").
        "there is no war",
        "no war here",
        "fighting is far",
        "war is far",
        "far from the fighting",
        "far from the war",
        "away from the fighting",
        "away from the war",
        "russian army",
        "russian military",
        "army helper",
        "army helpers",
        "security helper",
        "security helpers",
        "helper in the army",
        "alabuga",
        "work as a mercenary",
        "join as a mercenary",
        "mercenary job",
        "mercenary jobs",
        "mercenaries wanted",
        "recruiting mercenaries",
        "hiring mercenaries",
      ],
    },
    // Ordinary work (kitchen, driver, guard, digging, a warehouse) or a contract offered at a war, its front, with an
    // army or its defence ministry: the "helper" jobs of the advisories. A country alone is no war ("a warehouse job
    // in Russia" is the lighter russia_cover_job), nor is "fighting" (fires).
    together: [
      {
        zh: [
          ["战场", "前线", "战区", "打仗", "参战", "战争", "军队", "部队", "军方", "国防部"],
          ["帮厨", "厨房", "保安", "司机", "后勤", "搬运", "挖战壕", "杂工", "帮手", "助手", "助理", "仓库", "合同"],
        ],
        en: [
          [
            "war",
            "front line",
            "war zone",
            "battlefield",
            "combat zone",
            "army",
            "military",
            "defence ministry",
            "defense ministry",
            "ministry of defence",
            "ministry of defense",
          ],
          [
            "helper",
            "helpers",
            "kitchen",
            "cook",
            "guard",
            "driver",
            "loader",
            "porter",
            "trenches",
            "support job",
            // "Army assistant", "support role only": the advisories' "helper" under another name.
            "assistant",
            "assistants",
            "support role",
            "support staff",
            "warehouse",
            "contract",
          ],
        ],
      },
      {
        // Soldiering itself offered in a foreign country's army ("去俄罗斯当兵", "参加俄军"): what the Hinglish and English
        // adverts call "army helper" jobs, said plainly.
        zh: [
          ["俄罗斯", "俄国", "俄方", "乌克兰", "出国", "国外", "海外", "外国"],
          ["当兵", "参军", "入伍", "士兵", "军人"],
        ],
        inClause: true,
      },
    ],
    source: [MEA_IN_RUSSIAN_ARMY_2024, THE_HINDU_ARMY_HELPERS_2024, AP_ALABUGA_2024],
  }),
  rule({
    // The cover jobs of Russia's army recruiters (India's MEA on "support jobs" and The Hindu on "army helpers", 2024;
    // Kenya's foreign ministry, 2025, on agents recruiting "under the guise of overseas jobs"): guard, driver, kitchen,
    // building-site or warehouse work "in Russia" sold to foreigners ends at the front. Only so sold (foreign_recruiting,
    // a fee, the trip) and never with a local requirement (local_hire): see src/check/index.ts. Not the war itself
    // (war_work): a job there weighs like one full sign, so a qualified post or a lawful sign beside it still counts.
    id: "russia_cover_job",
    category: "job",
    weight: 1,
    negatable: true,
    together: {
      zh: [
        ["俄罗斯", "俄国", "莫斯科"],
        [
          "保安",
          // 保全 is Taiwan's word for a security guard.
          "保全",
          "司机",
          "厨师",
          "帮厨",
          "厨房",
          "建筑",
          "工地",
          "仓库",
          "搬运",
          "清洁",
          "杂工",
          "普工",
          "包装",
          "装卸",
        ],
      ],
      en: [
        ["russia", "moscow"],
        [
          "security guard",
          "security guards",
          "security job",
          "security jobs",
          "guard",
          "guards",
          "driver",
          "drivers",
          "driving",
          "cook",
          "cooks",
          "kitchen",
          "construction",
          "warehouse",
          "loader",
          "loaders",
          "cleaner",
          "cleaners",
          "cleaning",
          "helper",
          "helpers",
          "packing",
          "packaging",
          "meat processing",
        ],
      ],
      inClause: true,
    },
    source: [MEA_IN_RUSSIAN_ARMY_2024, THE_HINDU_ARMY_HELPERS_2024, KENYA_MFA_RUSSIA_RECRUITS_2025],
  }),
  rule({
    // Not a red flag and never listed: the job sold to someone abroad (an agent or recruiter, a move there: "去俄罗斯",
    // "sending guards to Russia"). A guard's or a cook's job in Moscow is the army recruiters' cover job only so sold
    // (russia_cover_job); a Moscow mall's own ad for a guard is not.
    id: "foreign_recruiting",
    category: "job",
    weight: 0,
    silent: true,
    terms: {
      zh: ["中介", "仲介", "劳务公司", "劳务派遣", "外派"],
      en: [
        "agent",
        "agents",
        "agency",
        "agencies",
        "recruiter",
        "recruiters",
        "recruitment",
        "broker",
        "brokers",
        "manpower",
        "middleman",
      ],
    },
    termsBeforePlace: {
      zh: ["去", "前往", "赴", "飞往", "派往", "送往", "到"],
      en: [
        ...["go", "going", "went", "travel", "travelling", "traveling", "fly", "flew", "sent", "move", "moved"].map(
          (move) => `${move} to`,
        ),
        "come to",
        "coming to",
        "leave for",
        "left for",
      ],
    },
    source: [MEA_IN_RUSSIAN_ARMY_2024, THE_HINDU_ARMY_HELPERS_2024, KENYA_MFA_RUSSIA_RECRUITS_2025],
  }),
  rule({
    // Not a red flag and never listed: a requirement only someone already living in the country meets (its
    // citizenship, its driving licence, a residence permit, "official employment", local hires): the employer hires
    // there, and sells no trip to a foreigner.
    id: "local_hire",
    category: "job",
    weight: 0,
    silent: true,
    terms: {
      zh: [
        "俄罗斯公民",
        "俄罗斯国籍",
        "俄罗斯驾照",
        "俄罗斯驾驶证",
        "居留证",
        "居留许可",
        "正式雇佣",
        "正式雇用",
        "正式就业",
        "本地人",
        "本地居民",
        "本地户籍",
        "招聘本地",
        "招本地",
        "当地人",
        "当地居民",
        "当地驾照",
        "当地身份",
      ],
      en: [
        "russian citizen",
        "russian citizens",
        "russian citizenship",
        "russian passport",
        "russian driving licence",
        "russian driving license",
        "russian licence",
        "russian license",
        "residence permit",
        "official employment",
        "officially employed",
        "local candidates",
        "local candidates only",
        "locals only",
        "local hire",
        "local hires",
        "local residents",
        "uae licence",
        "uae license",
        "uae driving licence",
        "uae driving license",
        "residence visa",
        "own visa",
      ],
    },
    source: [MEA_IN_RUSSIAN_ARMY_2024],
  }),
  rule({
    // A foreign citizenship or passport offered with the work ("fast-track Russian citizenship", "a Russian passport
    // after six months", 半年后可以拿俄罗斯国籍): Russia's decree lets foreigners who sign a military contract apply for
    // citizenship, and its recruiters sell the job with it. A citizenship the ad asks for ("Russian citizenship
    // required", 具中华民国国籍) is the local_hire rule's requirement, which this one overrides where they overlap.
    id: "citizenship_offered",
    category: "documents",
    weight: 1,
    abroad: true,
    negatable: true,
    overrides: ["local_hire"],
    together: {
      zh: [
        ["获得", "拿到", "取得", "可以拿", "就能拿", "能拿", "给你办", "帮你办", "承诺", "加快", "快速"],
        ["国籍", "公民身份", "俄罗斯护照", "俄罗斯公民", "欧盟护照", "欧洲护照"],
      ],
      en: [
        [
          "obtain",
          "obtaining",
          "get",
          "getting",
          "receive",
          "receiving",
          "granted",
          "fast-track",
          "fast-tracked",
          "expedited",
          "prospect of",
          "promise of",
          "promised",
          "offered",
          "path to",
          "pathway to",
        ],
        ["citizenship", "nationality", "russian passport", "eu passport", "european passport"],
      ],
      ordered: true,
      inClause: true,
    },
    source: [RU_CITIZENSHIP_FOR_CONTRACTS_2024, MEA_IN_RUSSIAN_ARMY_2024],
  }),
  rule({
    // Not a red flag and never listed: the offer came to the reader from someone they did not seek out ("a stranger
    // messaged me", "有人问我要不要去迪拜"), not an ad's contact line ("WhatsApp your CV", "有意者加微信"). Advisories
    // name the unsolicited approach in a chat app as the recruiter's.
    id: "unsolicited_approach",
    category: "contact",
    weight: 0,
    silent: true,
    terms: {
      zh: [
        "陌生人",
        "有人问我",
        "有人私信",
        "有人私讯",
        "有人找我",
        "有人加我",
        "有人联系我",
        "有人说",
        "有人介绍",
        "有人给我",
        "问我要不要",
        "问我去不去",
        "问我想不想",
        // Sought the reader out ("主动找上我", "主动联系我", "找上门来").
        "主动找",
        "主动联系",
        "主动加我",
        "主动来找",
        "找上门",
      ],
      en: [
        "a stranger",
        "messaged me",
        "messaged him",
        "messaged her",
        "messaged us",
        "contacted me",
        "contacted him",
        "contacted her",
        "approached me",
        "approached him",
        "approached her",
        "approached by",
        "reached out to me",
        "reached out to him",
        "reached out to her",
        "offered me",
        "offered him",
        "offered her",
        "offered us",
        "sent me a message",
        "texted me",
        "added me",
        "a whatsapp message",
        "a telegram message",
        "a facebook message",
      ],
    },
    source: [UNODC_2024, INTERPOL_2023],
  }),
  rule({
    // Alabuga Start's recruiting (AP, 2024): a "work-study programme" in Russia for women aged 18–22 from Africa, Asia
    // and Latin America, who were put to assembling attack drones. A programme for young foreign women in Russia is
    // the lure's shape even when it names no factory.
    id: "russia_women_programme",
    category: "job",
    weight: 2,
    negatable: true,
    together: {
      zh: [
        ["俄罗斯", "鞑靼斯坦"],
        ["年轻女性", "年轻女孩", "女孩", "女生", "年轻女子"],
        ["项目", "计划", "工作", "打工", "培训", "实习"],
      ],
      en: [
        ["russia", "tatarstan"],
        ["young women", "girls", "young ladies", "women aged"],
        // Not "study" alone: scholarships to study in Russia are no job.
        ["programme", "program", "work", "job", "jobs", "training", "career"],
      ],
    },
    source: [AP_ALABUGA_2024],
  }),
  rule({
    // Hostess, bar and escort jobs abroad: how women are trafficked into sex work (a "waitress" job that is not).
    id: "nightlife_work",
    category: "job",
    weight: 1.5,
    negatable: true,
    terms: {
      zh: ["陪酒", "陪唱", "陪侍", "坐台", "伴游", "公关小姐", "酒吧女", "色情", "卖淫", "性服务", "援交", "特殊服务"],
      en: [
        "hostess",
        "bar girl",
        "bargirl",
        "go-go dancer",
        "exotic dancer",
        "escort service",
        "escort job",
        "escort agency",
        "as an escort",
        "massage parlour",
        "massage parlor",
        "karaoke bar",
        "guest relations officer",
        "strip club",
        "sex work",
        "prostitution",
        "adult entertainment",
      ],
    },
    // A nightclub is a workplace like any (its guard, its cook); it is the sign when it hires girls to sit with guests.
    together: {
      zh: [
        ["夜总会", "夜场", "酒吧", "ktv", "会所"],
        ["女孩", "女生", "美女", "公主", "佳丽", "小姐", "妹子", "女公关"],
      ],
      en: [
        ["nightclub", "night club", "bar", "club", "karaoke", "ktv"],
        ["girls", "ladies", "young women", "pretty women"],
      ],
    },
    source: [FOCUS_ON_TRAFFICKING, NHTH_BARS],
  }),
  rule({
    // A job and its pay promised by a go-between, as the worker or a report tells it ("they were promised jobs as
    // hotel staff", "中介承诺我的职业是会计"): illegal recruiters sell a promise, and what was promised is not what the
    // worker finds (DMW: illegal recruitment is the offer of a job abroad by anyone unlicensed). An employer's own
    // "we promise fair pay" is present tense, not told of.
    id: "promised_job",
    category: "job",
    weight: 1,
    negatable: true,
    together: {
      zh: [
        // Said of the worker, which "informal_work" (a job promised to a person) does not read: 承诺我的职业.
        // Or a go-between's promise to find or arrange work (承诺要给她介绍, 答应安排他, 宣称可以将工人送到…).
        [
          "承诺我",
          "承诺他",
          "承诺她",
          "承诺他们",
          "答应我",
          "答应他",
          "答应她",
          "承诺要给",
          "承诺给",
          "答应安排",
          "答应给",
          "许诺",
          "宣称可以",
          "声称可以",
          // The victim's side, as reports tell it: 被承诺将获得…工作.
          "被承诺",
          "被许诺",
        ],
        ["工作", "职位", "岗位", "职业", "月薪", "工资", "薪水", "活儿"],
      ],
      en: [
        [
          "were promised",
          "was promised",
          "initially promised",
          "originally promised",
          "falsely promised",
          "been promised",
          "promised them",
          "promised him",
          "promised her",
          "promised me",
          "promised us",
          "were told they would",
          "were told that they would",
          "was told i would",
          "was told he would",
          "was told she would",
          "told that they would",
          "told me i would",
          "told him he would",
          "told him that he would",
          "told her she would",
          "told her that she would",
          "told that they could",
          "were told they could",
          // The victim's own belief, as reports tell it: "thought they were being recruited to be employed in…".
          "thought they were being recruited",
          "believed they were being recruited",
          "thought they would",
          "believed they would",
        ],
        [
          "job",
          "jobs",
          "employment",
          "employed",
          "work as",
          "working in",
          "salary",
          "salaries",
          "position",
          "wage",
          "wages",
        ],
      ],
      inClause: true,
    },
    source: [DMW_PH],
  }),
  rule({
    id: "casting_abroad",
    category: "job",
    weight: 1,
    terms: {
      zh: ["剧组", "试戏", "进组", "组讯", "演员", "拍摄地", "模特", "拍戏", "拍电影", "拍广告", "拍摄通告"],
      en: ["casting", "audition", "model needed", "film shoot", "photo shoot", "magazine cover", "acting job"],
    },
    source: [CN_EMBASSY_TH_2025, MPS_2025_ACTORS],
  }),

  // ── Perks and paid travel ─────────────────────────────────────────────────────────────────────────────────
  rule({
    id: "paid_travel",
    category: "perks",
    // Half a sign: lawful overseas employers pay flights and housing too; with pay or a place it adds up.
    weight: 0.5,
    terms: {
      zh: [
        "包机票",
        "机票公司",
        "报销机票",
        "机票报销",
        "路费全包",
        "路费公司",
        "路费我包",
        "车旅费全包",
        "路费全报",
        "免费包机",
        "机票我们出",
        "机票全包",
        "食宿机票全包",
        "机票公司先垫",
        "订机票",
        "机票和住宿",
        "来回机票",
        "往返机票",
        "签证机票",
        "免费出国",
        // Travel that costs the worker nothing, said any way ("不用花一分錢就能出國").
        "不用花一分钱",
        "不花一分钱",
        "一分钱都不用",
        "一分钱不用",
      ],
      en: [
        "free flight",
        "free plane ticket",
        "free air ticket",
        "air ticket",
        "flight ticket",
        "plane ticket",
        "paid travel",
        "travel paid",
        "return ticket",
        "flights paid",
        "we book your flight",
        "visa sorted",
        "visa facilitation",
        "free travel",
        // Everything paid, the recruiter's way of saying it: "you only bring yourself", "we cover all costs" (not an
        // insurance plan's "covers all costs of your stay").
        "only bring yourself",
        "we cover all costs",
        "we cover all the costs",
        "we will cover all costs",
        "company covers all costs",
        "boss covers all costs",
        "just bring yourself",
      ],
    },
    // The trip costing the worker not a cent ("I didn't need to take out a single cent to get there"): the negation
    // is the phrase's own.
    together: [
      {
        zh: [
          [
            "机票",
            "路费",
            "车费",
            "车票",
            "旅费",
            "车旅费",
            "来回机票",
            "往返机票",
            "船票",
            "交通费",
            "签证费",
            "签证",
            "交通",
          ],
          [
            "报销",
            "全包",
            "我们出",
            "公司出",
            "老板出",
            "老板报",
            "公司报",
            "公司承担",
            "我们承担",
            "公司负责",
            "我们负责",
            "老板负责",
            "老板承担",
            "公司买",
            "我们买",
            "包了",
            "免费",
            "老板包",
            "公司包",
            "帮你出",
            "给你出",
            "给你报",
            "帮我办",
            "帮你办",
            "帮我买",
            "帮你买",
            "有人安排",
            "安排好",
            "包办",
            "提供了",
            "都不用出",
            "不用出钱",
            // Waived ("路費全免") or paid by the boss in other words ("老闆會出你的機票錢").
            "全免",
            "老板会出",
            "公司会出",
            "我们会出",
            "帮你付",
            // Taiwan's words for bearing a cost (公司負擔, 雇主吸收).
            "公司负担",
            "雇主负担",
            "老板负担",
            "我们负担",
            "公司吸收",
            "雇主吸收",
            "老板付",
            "公司付",
            "我们付",
            "老板会付",
            "公司会付",
            // The recruiter speaking ("機票我出", "路費我來出").
            "我出",
            "我来出",
            "我们来出",
            // Told of by the worker: the recruiter's side pays ("机票他们会出", "路费对方报销"); not "他们出发".
            "他们会出",
            "他们来出",
            "他们出钱",
            "他们报销",
            "他们负责",
            "他们包",
            "对方出钱",
            "对方报销",
            "中介出钱",
            "中介报销",
            // The recruiter paying or advancing it in chat ("车票我报", "机票他先帮我垫", 先垫付); 我报名 and 我报销 are
            // the reader's own (see WORDS_CONTAINING_TERMS).
            "我报",
            "我来报",
            "帮我垫",
            "帮你垫",
            "先垫",
            "垫付",
            "他垫",
          ],
        ],
        en: [
          [
            "ticket",
            "tickets",
            "flight",
            "flights",
            "travel",
            "travel arrangements",
            "expenses",
            "airfare",
            "air fare",
            "travel cost",
            "travel costs",
            "travel expenses",
            // Malay: "tiket flight tanggung" (the ticket borne by the employer).
            "tiket",
            // Tagalog: the fare ("libre pamasahe", "sagot ng company ang pamasahe").
            "pamasahe",
            // Indonesian: the plane ("tiket pesawat gratis").
            "pesawat",
            "visa fee",
            "visa cost",
            "visa costs",
            "visa",
            // Transport to a place, not the commute ("free transport to Myawaddy").
            "transport to",
          ],
          [
            "covered",
            "covers",
            "cover",
            "paid for",
            "pays for",
            "pay for",
            "free",
            "reimbursed",
            "on us",
            // The recruiter as the payer ("your ticket is on me").
            "on me",
            "on the company",
            "we book",
            "we buy",
            // The ticket sent to the reader by the recruiter ("he sends the ticket", "I'll send you the ticket"), not
            // by whoever sends anything ("the employer sends the ticket after the work permit is issued").
            "he sends",
            "she sends",
            "agent sends",
            "recruiter sends",
            "will send",
            "i'll send",
            "we send",
            "they send",
            // The recruiter doing the papers and the booking ("we arrange your visa"), as 帮你办签证 says in Chinese.
            "we arrange",
            "we will arrange",
            "we'll arrange",
            "i arrange",
            "i will arrange",
            "i'll arrange",
            "we process",
            "we will process",
            "we handle",
            "we will handle",
            "handled by",
            "taken care",
            "tanggung",
            "ditanggung",
            // Tagalog: free, or borne by someone ("libre", "libreng", "sagot ng company"); Indonesian and Malay "gratis".
            "libre",
            "libreng",
            "gratis",
            "sagot ng",
            "sagot ni",
            // The payer named ("your airfare will be paid by us", "they pay your airfare").
            "paid by us",
            "paid by the company",
            "paid by the employer",
            "paid by the boss",
            "we pay your",
            // The recruiter as the payer in chat ("i pay your flight", "ill cover ur ticket").
            "i pay your",
            "i will pay your",
            "i'll pay your",
            "ill pay your",
            "i cover your",
            "i will cover your",
            "i'll cover your",
            // Chat spelling of "your".
            "i pay ur",
            "we pay ur",
            "they pay ur",
            "i will pay ur",
            "we will pay ur",
            "i'll pay ur",
            "ill pay ur",
            "i cover ur",
            "they pay your",
            "we will pay your",
            "they will pay your",
            "company pays your",
            "employer pays your",
            "boss pays your",
            "at our expense",
            "at the company's expense",
          ],
        ],
      },
      {
        en: [
          [
            "a single cent",
            "a cent",
            "one cent",
            "a penny",
            "a single penny",
            "a dime",
            "a shilling",
            "a peso",
            "a rupee",
          ],
          [
            "to get to",
            "to get there",
            "to travel",
            "to fly",
            "for travel",
            "for the flight",
            "for the ticket",
            "for the trip",
            "for the journey",
          ],
        ],
      },
      {
        // The cost first, then who pays it, said with a pronoun ("交通費他們出", "路费他出"): "他们出机票钱让我去看
        // 展览" pays a visit, not a move.
        zh: [
          ["机票", "路费", "车费", "旅费", "交通费"],
          ["他们出", "他出", "她出", "他们包", "他包"],
        ],
        ordered: true,
        inClause: true,
      },
    ],
    modifierInClause: true,
    negatable: true,
    source: [FBI_2023, CN_EMBASSY_TH_2025, DMW_PH],
  }),
  rule({
    // Not a red flag and never listed: an airline's or a travel agent's fare offer ("promo tiket pesawat … bagasi
    // gratis", "free checked baggage") makes the baggage free, not the worker's trip; it overrides the paid-travel
    // reading of the same words.
    id: "fare_offer",
    category: "perks",
    weight: 0,
    silent: true,
    terms: {
      en: ["bagasi gratis", "free baggage", "free checked baggage", "baggage allowance", "free luggage"],
    },
    overrides: ["paid_travel"],
    source: [FBI_2023],
  }),
  rule({
    id: "free_board",
    category: "perks",
    // Half a sign: lawful overseas employers pay flights and housing too; with pay or a place it adds up.
    weight: 0.5,
    terms: {
      zh: [
        "包吃包住",
        "包吃住",
        "包食住",
        // Hong Kong's way of saying it (包食包住).
        "包食包住",
        "包食宿",
        "管吃管住",
        "管吃住",
        "吃住全包",
        "食宿全包",
        "免费食宿",
        "雇主承担食宿",
        "提供食宿",
        "包住宿",
      ],
      en: [
        "free food",
        "free accommodation",
        "food and accommodation",
        "food & accommodation",
        "free lodging",
        "food, lodging",
        "accommodation provided",
        "hotel accommodation",
        "board and lodging",
      ],
    },
    together: {
      zh: [
        ["吃住", "食宿", "住宿", "宿舍", "三餐", "吃饭"],
        ["包", "免费", "全包", "公司出", "公司承担", "提供"],
      ],
      en: [
        ["accommodation", "housing", "lodging", "board", "food", "meals", "dormitory", "hotel"],
        ["free", "provided", "included", "covered", "company-covered", "paid for", "on us"],
      ],
    },
    source: [FBI_2023, CN_EMBASSY_TH_2025, THAI_MFA],
  }),
  rule({
    id: "airport_pickup",
    category: "travel",
    weight: 1,
    terms: {
      zh: [
        "专人接送",
        "统一送机",
        "统一送到机场",
        "落地有人接",
        "下机有人接",
        "落机有人接",
        "有人接你",
        "接机",
        "有车来",
        "有车接",
        "专人接",
        "有人接应",
        "有人接",
        "派人来接",
        "派人接",
        "派车来接",
        "派车接",
        "有人带",
        "我带你走",
        "带路",
      ],
      en: [
        "pick you",
        // Chat spelling: "i pick u up at airport".
        "pick u",
        "fetch u",
        "picks you",
        "pick-up at",
        "pick up at",
        "receive you at",
        "receives you",
        "meet you at the airport",
        "our driver",
        "take you to the office",
        "takes you to the office",
        "someone will pick",
        "meet you on arrival",
        "staff meet you",
        "will meet you",
        "will be picked",
        "picked up",
        "fetch you",
        "collect you",
        "collects you",
        "collect u",
      ],
    },
    source: [FBI_2023, IOM_TH, KENYA_TH],
  }),

  // ── Travel arrangements ───────────────────────────────────────────────────────────────────────────────────
  rule({
    id: "tourist_visa_work",
    category: "travel",
    weight: 2,
    terms: {
      zh: [
        "旅游签",
        "旅游签证",
        // Taiwan's word for a tourist visa (觀光簽證).
        "观光签",
        "观光签证",
        "学生签",
        "学生签证",
        "免签",
        "落地签",
        "转工签",
        "转工作签",
        "商务签过去",
        "说是去旅游",
        "就说去旅游",
        "不用签证",
        "不需要签证",
        "免签证",
        "以旅游名义",
        "旅游的名义",
        "假装旅游",
        "办个旅游",
        "旅游团过去",
        "商务签",
        "探亲签",
      ],
      en: [
        "tourist visa",
        "visit visa",
        // A visitor's visa is the tourist's by another name ("flew to Dubai on a visitor's visa").
        "visitor visa",
        "visitor's visa",
        "visitors visa",
        "student visa",
        "student visas",
        "visa on arrival",
        // Working on a business visa, not travelling on one (a trade fair, a client meeting).
        "work on a business visa",
        "working on a business visa",
        "enter on a business visa",
        "entering on a business visa",
        "visa-free",
        "visa free",
        "no visa needed",
        "no visa required",
        "no need for a work visa",
        "convert to work visa",
        "converted to a work visa",
        "convert your visa",
        "going for holiday",
        "say you are going",
        "say you are a tourist",
        "you are going on holiday",
        "you are going on vacation",
        "you're going on holiday",
        "as a tourist",
        "tourist first",
        "on a tourist",
        "on tourist",
        "visit visa first",
        "as tourists",
        "as a tourist",
        // Malay and Indonesian: a tourist's or a visit visa ("visa pelancong", "visa lawatan", "visa turis").
        "visa pelancong",
        "visa pelancongan",
        "visa lawatan",
        "visa turis",
        "visa wisata",
        "visa kunjungan",
        "bebas visa",
      ],
    },
    // "装成游客才能通关", "pose as tourists at immigration": travelling in disguise to work.
    together: {
      zh: [
        ["装成", "假装", "扮成", "冒充", "装作", "伪装成"],
        ["游客", "旅客", "观光客"],
      ],
      en: [
        ["pose as", "posing as", "pretend to be", "pretending to be", "disguised as", "act like"],
        ["tourist", "tourists"],
      ],
    },
    abroad: true,
    source: [SRI_LANKA, MEA_IN_VOA, CN_EMBASSY_TH_2025, DMW_PH],
  }),
  rule({
    // "The visa gets sorted out once you are there" / 人到了再办工作签: the work permit is promised for after
    // arrival, which is how people end up working without one (facts.md §1.7: a proper work visa before entry).
    id: "visa_after_arrival",
    category: "travel",
    weight: 2,
    // A tourist visa the company will convert there, or converts later, is the same promise ("Tourist visa ok, company
    // will convert to work visa", 先旅游签过去再转工签); "cannot convert" and "may apply to convert" are not it.
    terms: {
      zh: ["再转工签", "再转工作签", "再转成工作签", "再转为工作签", "再帮你转工签", "再帮你转工作签"],
      en: [
        "will convert to work visa",
        "will convert to a work visa",
        "will convert to working visa",
        "will convert it to a work visa",
        "will convert your visa",
        "then convert to work visa",
        "later convert to work visa",
      ],
    },
    together: {
      zh: [
        ["工作签", "工签", "签证", "工作证", "劳工证", "工作许可", "工作准证"],
        [
          "到了再",
          "到了以后",
          "到了之后",
          "到达后",
          "落地后",
          "落地再",
          "落地办",
          "来了再办",
          "过去再",
          "过去以后",
          "过去之后",
          "过去后",
          "到那边再",
          "到当地再",
          "到当地办",
          "到了办",
          "入境后",
          "上班后",
          "以后再办",
          "再帮你办",
          "公司再办",
          "慢慢办",
          // The same promise with 去 or the place said between ("去了再办工作签", "到了那边再办", "人过去了再弄"). Only
          // the papers left for later: arriving alone (去了以后, 人到了, 抵达后) is said of a visa already issued too
          // ("工作签证已经办好，去了以后公司安排宿舍").
          "去了再",
          "那边再办",
          "那里再办",
          "当地再办",
          "过去了再",
          "抵达再",
          "来了以后再",
          "入境再",
        ],
      ],
      en: [
        ["visa", "work permit", "permit", "papers", "documents"],
        [
          "once you are there",
          "once you're there",
          "once you arrive",
          "when you arrive",
          "when you get there",
          "after you arrive",
          "after arrival",
          "upon arrival",
          "on arrival",
          "after you land",
          "once there",
          "sorted out there",
          "processed there",
          "done there",
          "later",
          // Tagalog "pagdating dun" (on arriving there); Malay and Indonesian "setelah sampai", "sampai sana".
          "pagdating",
          "pagkarating",
          "setelah sampai",
          "sampai sana",
          "bila sampai",
        ],
      ],
    },
    abroad: true,
    overrides: ["lawful_work_permit"],
    source: [SRI_LANKA, MEA_IN_VOA, CN_EMBASSY_TH_2025, DMW_PH],
  }),
  rule({
    id: "destination_later",
    category: "travel",
    weight: 1,
    terms: {
      zh: [
        "到了再说",
        "来了再说",
        "入职后安排",
        "后续送到",
        "到了就知道",
        "边境过去",
        "过去一点",
        "转送",
        "再转",
        "到了再安排",
        "到那边再说",
        "地点保密",
        // The workplace field filled with "to be told" ("地点：入职后告知").
        "地点：到职告知",
        "地点：入职告知",
        "地点：到职后告知",
        "地点：入职后告知",
        "地点：另行告知",
        "地点：到达后告知",
        "地点到了",
        "具体地点不方便",
        "换个地方",
        "调去",
      ],
      en: [
        "transferred to",
        "transferred directly",
        "project site",
        "location will be",
        "move you to",
        "by road",
        "by car",
        "will be informed later",
        "location will be disclosed",
        "location is confidential",
        "be driven to",
        "were driven to",
        "was driven to",
        "then driven to",
        "driven across",
        "then drive",
        "long drive",
      ],
    },
    together: [
      // The place kept back until the worker arrives, in any words ("来了就知道", "人到了自然知道在哪"); a country left
      // unnamed and to be told on starting ("东南亚某国（入职后告知）").
      {
        zh: [
          ["来了", "到了", "过来", "人到", "到那边", "到那里", "到地方"],
          ["就知道", "自然知道", "才知道", "再告诉", "再告知", "就清楚"],
        ],
        inClause: true,
      },
      {
        zh: [
          ["某国", "某个国家", "某地"],
          ["到职告知", "入职告知", "到职后告知", "入职后告知", "另行告知", "再告知", "到了告知", "面试后告知"],
        ],
      },
    ],
    // Moved on to a country, as reports tell it: "promised a job in Thailand, then taken to Myanmar".
    termsBeforePlace: {
      // Deceived, lured or smuggled there ("以高薪工作为由骗往缅甸", "偷渡到", "lured to"): a report's verbs for the lure
      // itself, the job abroad and the lie together, with or without the recruiter's words.
      zh: [
        "被带到",
        "被带往",
        "被送到",
        "被送往",
        "被卖到",
        "被转卖到",
        "被运到",
        "被拉到",
        "骗往",
        "骗到",
        "骗去",
        "骗至",
        "拐到",
        "拐往",
        "拐卖到",
        "拐卖至",
        "贩运到",
        "贩运至",
        "贩卖到",
        "贩卖至",
        "偷渡到",
        "偷渡至",
        "偷渡去",
        "偷渡进",
      ],
      en: [
        "taken to",
        "taken across to",
        "taken into",
        "smuggled to",
        "smuggled into",
        "sold to",
        "trafficked to",
        "trafficked into",
        "lured to",
        "lured into",
        "tricked into going to",
        "duped into going to",
        "ended up in",
        "wound up in",
        "found themselves in",
        "found himself in",
        "found herself in",
      ],
    },
    source: [FBI_2023, FBI_2023_B],
  }),
  rule({
    // The place called safe ("缅北这边很安全", "Myawaddy is totally safe now"): an offer that must reassure the reader
    // about where the job is answers the warnings about that place. Half a sign: decisive only where the place named
    // is a compound region, a remark elsewhere.
    id: "safety_reassurance",
    category: "travel",
    weight: 0.5,
    together: {
      zh: [
        ["这边", "那边", "这里", "那里", "当地", "园区", "过去", "现在"],
        ["很安全", "非常安全", "绝对安全", "安全得很", "挺安全", "十分安全", "不危险", "没危险", "没有危险", "不乱"],
      ],
      en: [
        ["there", "here", "now", "area", "place", "city", "town", "it's", "it is"],
        ["very safe", "totally safe", "completely safe", "100% safe", "perfectly safe", "not dangerous", "no danger"],
      ],
      inClause: true,
    },
    source: [CN_EMBASSY_MM_2023, MFA_CN_2022],
  }),
  rule({
    // The recruiter tells the worker the contract need not be read, that signing is "a formality" ("中介说只是走个流程,
    // 不用看", "it was just a formality and I did not need to read it"): the terms kept from the worker are the deception
    // the ILO's indicators of forced labour name. The contract comes first: "面试只是走个流程，合同会提前发给你" names no
    // unread contract.
    id: "contract_unread",
    category: "documents",
    weight: 1,
    negatable: true,
    together: {
      zh: [
        ["合同", "合约", "契约", "协议书"],
        [
          "不用看",
          "不必看",
          "不用细看",
          "别看了",
          // "走个流程" waves the contract through; a bare "走流程" is its approval process (合同要走流程审批).
          "走个流程",
          "走一个流程",
          "只是形式",
          "先签再说",
          "先签了再说",
        ],
      ],
      en: [
        ["contract", "agreement"],
        [
          "no need to read",
          "not need to read",
          "don't need to read",
          "didn't need to read",
          "just a formality",
          "only a formality",
          "mere formality",
          "sign it quickly",
          "sign first and read later",
        ],
      ],
      ordered: true,
    },
    source: [ILO_DEBT_BONDAGE],
  }),
  rule({
    // A visa, a job or residence "guaranteed" (包过, 成功率100%): no one can promise what a consulate decides.
    id: "guaranteed_outcome",
    category: "documents",
    weight: 1,
    negatable: true,
    terms: {
      zh: [
        "包过",
        "包下签",
        "保证下签",
        "保证拿到签证",
        "包拿签证",
        "包拿绿卡",
        "包移民",
        "保证成功",
        "百分百成功",
        "百分之百成功",
        "成功率100",
        "通过率100",
        "保证拿pr",
        "包拿pr",
        "包pr",
        "包身份",
        "保证移民",
        "包永居",
        "保证永居",
        "保证有工作",
        "保证工作",
        "包工作",
        "包就业",
        "保证就业",
        "签证一定过",
        "一定下签",
        "一定能拿到签证",
        // The visa itself promised ("保证签证", "保证出签"), or the UK sponsor's certificate (CoS) sold as certain.
        "保证签证",
        "保证出签",
        "包出签",
        "保证工签",
        "保证cos",
        "包cos",
      ],
      en: [
        "guaranteed pr",
        "pr guaranteed",
        "guaranteed permanent residency",
        "guaranteed permanent residence",
        "guaranteed residency",
        "guaranteed citizenship",
        "guaranteed visa",
        "visa guaranteed",
        "guaranteed job",
        "job guaranteed",
        "guaranteed placement",
        "guaranteed approval",
        "visa success rate",
        "100% guaranteed",
        "sure job",
        "assured job",
        // A success rate claimed for visas or jobs; "a 100% success guarantee" to a company's customers is not one.
        "100% success rate",
        "100 percent success rate",
        "success rate 100",
        "100% approval rate",
      ],
    },
    together: [
      // Residence promised as certain in other words ("保证拿到永久居留", "guaranteed a green card").
      {
        zh: [
          ["保证", "确保", "百分百", "一定能"],
          ["永久居留", "永居", "绿卡", "居留权", "入籍"],
        ],
        en: [
          ["guarantee", "guaranteed", "guarantees", "assured"],
          ["permanent residency", "permanent residence", "green card", "citizenship"],
        ],
      },
      // The job, the visa or the permit said first and promised after ("a job in Canada, guaranteed", "保证办下工作签证"),
      // in one clause: "guaranteed 40 hours" promises the hours of a job already had.
      {
        zh: [
          ["保证", "确保", "一定能", "百分百", "包你"],
          ["拿到", "拿下", "办下", "办到", "获得", "下来"],
          ["签证", "准证", "工作证", "工签", "永居", "绿卡", "身份", "工作", "work permit", "visa"],
        ],
        ordered: true,
        inClause: true,
      },
      {
        en: [
          ["job", "jobs", "work", "visa", "placement", "work permit"],
          ["guaranteed", "assured", "guarantee"],
        ],
        ordered: true,
        inClause: true,
      },
    ],
    source: [PH_EMBASSY_NO_VISA_FRAUD, EUHELPERS_ILLEGAL_RECRUITMENT],
  }),
  rule({
    // Immigration "services" that doctor the papers ("优化申请材料", "fake bank statements") or coach what to tell
    // the officer ("签证官问起来你就说…", "memorise the script"): the application rests on a lie the applicant tells.
    id: "falsified_application",
    category: "documents",
    weight: 2,
    // Papers doctored for a visa or an immigration officer are papers for going abroad.
    abroad: true,
    negatable: true,
    terms: {
      zh: [
        "假材料",
        "假资料",
        "造假材料",
        "假银行流水",
        "假流水",
        "做流水",
        "刷流水",
        "假存款证明",
        "假工作证明",
        "假在职证明",
      ],
      en: [
        "fake documents",
        "fake papers",
        "fake bank statement",
        "fake bank statements",
        "fake payslips",
        "fake employment letter",
        "fake experience letter",
        "fake experience certificate",
        "forged documents",
        "fabricated documents",
        "doctored documents",
        "doctored bank statements",
      ],
    },
    // Answers coached for the officer: a script to learn or a story to tell, not advice on how interviews go.
    together: [
      {
        zh: [
          ["移民官", "签证官", "入境处", "海关", "面签", "领事", "边检"],
          [
            "照着说",
            "照着答",
            "背熟",
            "背下来",
            "统一口径",
            "教你说",
            "教你答",
            "教你怎么回答",
            "你就说",
            "就说你是",
            // The recruiter's own answers to give ("跟著我們的答題技巧", "照我们给的答案"): advice to read the official
            // guide names no "we".
            "我们的答题技巧",
            "我们给的答题技巧",
            "我们给的答案",
            "跟着我们的",
            "照我们给的",
            "按我们说的",
          ],
        ],
        en: [
          ["immigration officer", "visa officer", "consular officer", "border officer", "visa interview"],
          [
            "just say",
            "just tell",
            "memorize",
            "memorise",
            "coach you",
            "script",
            "we will teach you",
            "say you are",
            "answers we give you",
            "answers we give",
            "follow our answers",
          ],
        ],
      },
      // The papers "improved" in other words or with quotes between (幫你「優化」申請資料).
      { zh: [DOCTORING_VERBS, APPLICATION_PAPERS] },
      // Papers forged or faked outright for the visa or the job: the visa's papers, a degree, a job approval (LMIA).
      {
        zh: [
          ["伪造", "造假", "假的", "虚假的", "虚假", "假冒"],
          ["签证文件", "签证", "文件", "学历", "文凭", "毕业证", "证书", "lmia", "雇主担保", "劳动力市场影响评估"],
        ],
        en: [
          ["fake", "forged", "fabricated", "bogus", "counterfeit", "falsified"],
          ["lmia", "lmias", "visa documents", "visa papers", "work permit", "degree", "diploma", "job offer letter"],
        ],
        inClause: true,
      },
    ],
    source: [PH_EMBASSY_NO_VISA_FRAUD, EUHELPERS_ILLEGAL_RECRUITMENT],
  }),
  rule({
    // A work permit or residence promised through a course nobody attends ("只需读一个网上遥距课程…就可申请工签"):
    // the "study-work" shortcut immigration agents sell.
    id: "study_work_shortcut",
    category: "documents",
    weight: 1.5,
    abroad: true,
    negatable: true,
    together: {
      zh: [
        [
          "遥距课程",
          "网上课程",
          "网课",
          "线上课程",
          "远程课程",
          "函授",
          "挂名",
          "不用到当地",
          "不用去当地",
          "不用在当地",
          "不需要到当地",
          "不用去上课",
          "不用上课",
        ],
        ["工签", "工作签", "移民", "拿pr", "办pr", "pr签证", "拿身份", "办身份", "永居", "居留"],
      ],
      en: [
        [
          "distance course",
          "distance learning",
          "no need to attend",
          "without attending",
          "never attend",
          "no classes",
        ],
        // "PR" only as residence: "PR executive" is a public-relations job.
        ["work permit", "work visa", "permanent residency", "permanent residence", "immigrate", "pr visa", "pr card"],
      ],
    },
    source: [PH_EMBASSY_NO_VISA_FRAUD],
  }),
  rule({
    // Work without papers: a recruiter who sends you to work "black" (黑工), on a sham marriage or past a visa's end.
    id: "undocumented_work",
    category: "documents",
    weight: 2,
    abroad: true,
    negatable: true,
    terms: {
      zh: [
        "黑工",
        "非法打工",
        "非法务工",
        "非法就业",
        "假结婚",
        "假婚",
        "没有工作签证",
        "没有工签",
        "无工签",
        "不用工签",
        "不需要工签",
        "逾期居留",
        "逾期滞留",
        "黑下来",
        // Going to work without papers, in the workers' own slang (跑黑: "千万别跑黑").
        "跑黑",
      ],
      en: [
        "work illegally",
        "working illegally",
        "illegal work",
        "illegal job",
        "undocumented",
        "without papers",
        "without a work permit",
        "without work permit",
        "without a work visa",
        "without a working visa",
        // Told the permit is not needed (as 不用工签 above).
        "no work permit needed",
        "no need work permit",
        "no need for a work permit",
        "no work visa needed",
        "no need work visa",
        "no need for a work visa",
        "don't need a work permit",
        "dont need work permit",
        "work permit not needed",
        "sham marriage",
        "fake marriage",
        "marriage of convenience",
        "overstay",
        // Leaving without the Philippine deployment papers (DMW's "backdoor exit points"): "no need POEA/DMW", "no OEC".
        "no need poea",
        "no need dmw",
        "no need oec",
        "no need for oec",
        "no oec",
        "without oec",
        "without dmw",
        "backdoor exit",
      ],
    },
    source: [JJCKB_BLACK_AGENTS_2006, EUHELPERS_ILLEGAL_RECRUITMENT, HANGUOW_JEJU_2024, DMW_PH],
  }),
  rule({
    // The Philippine illegal-exit route: leaving as a tourist for a job, an "escort" who walks the worker past airport
    // immigration, or the job hidden from the DMW. The Bureau of Immigration intercepts trafficking victims on it.
    id: "illegal_exit",
    category: "travel",
    weight: 3,
    alone: "high",
    terms: {
      zh: ["护送过关", "护送出境", "护送过边检", "带你过边检", "带你过海关", "打点边检", "打点海关", "边检有人"],
      en: ["exit as tourist", "exit as a tourist", "mag-exit", "exit ka as tourist", "escort ka namin", "escort kayo"],
    },
    together: [
      {
        // An escort at the airport or past immigration ("escort sa NAIA", "we escort you at immigration").
        en: [
          ["escort", "escorts", "escorted", "i-escort", "escort ka", "escort you", "escort available"],
          ["naia", "airport", "immigration", "paliparan", "departure"],
        ],
        inClause: true,
      },
      {
        // The job kept from the authority that clears workers to leave ("don't tell POEA", "huwag sabihin sa DMW").
        en: [
          ["don't tell", "do not tell", "dont tell", "huwag sabihin", "wag sabihin", "hide it from", "huwag ipaalam"],
          ["poea", "dmw", "immigration", "owwa"],
        ],
        ordered: true,
        inClause: true,
      },
    ],
    abroad: true,
    source: [BI_NAIA_CAMBODIA_2023, BI_TOURIST_GUISE_2023, DMW_PH],
  }),
  rule({
    id: "irregular_crossing",
    category: "travel",
    weight: 3,
    alone: "high",
    terms: {
      zh: [
        "偷渡",
        "偷越",
        "走小路",
        "走山路",
        "小路过去",
        "坐船过",
        "坐船过去",
        "过河",
        "晚上走",
        "夜里过",
        "走海边",
        "蛇头",
        "过关有人带",
        "跟着带路",
        "边境有人接",
        "边境有专人接",
        "到边境",
        "边境接",
        "过境有人",
        "走水路",
        "坐快艇",
        "坐小船",
        "翻山",
        "绕过边检",
        "不走口岸",
        "不用过边检",
        "不走海关",
        "不走机场",
        "不用走机场",
        "躲边检",
        "不盖章",
        "不用盖章",
      ],
      en: [
        "cross the border",
        "cross at",
        "crossing the border",
        "across the border",
        "river crossing",
        "cross the river",
        "cross at night",
        "crossing at night",
        "pick-up at the border",
        "pick up at the border",
        "natural route",
        "backdoor exit",
        "back door exit",
        "smuggled",
        "via the river",
        "by boat across",
        "avoid immigration",
        "skip immigration",
        "no immigration",
        "through the jungle",
        "through the forest",
        "without stamping",
        "no stamp",
      ],
    },
    // How you get into the country left to the recruiter (入境方式我们安排): a lawful employer names the visa instead.
    together: {
      zh: [
        ["入境方式", "入境方法", "过境方式", "进去的方式"],
        ["我们安排", "我们来安排", "我们负责", "我们解决", "公司安排", "有人安排"],
      ],
      inClause: true,
    },
    source: [FBI_2023, THAI_MFA, THAI_MFA_MAESAI, IOM_TH, DMW_PH, MEA_IN],
  }),
  rule({
    id: "no_passport",
    category: "documents",
    weight: 3,
    alone: "high",
    terms: {
      zh: [
        "不用护照",
        "不用办护照",
        "不需要护照",
        "不要护照",
        "没护照也",
        "无需护照",
        "没有护照也",
        "无护照",
        "护照不是问题",
        "没有护照没关系",
        "护照不用办",
        "不用带护照",
        "身份证就能",
        "身份证就可以",
        "只要身份证",
        "不用带护照",
        "护照不用带",
        "护照不需要",
      ],
      en: [
        "no passport needed",
        "no passport problem",
        "no passport required",
        "without a passport",
        "don't need a passport",
        "no need passport",
        "passport not needed",
        "passport not required",
        "no need for a passport",
        "even without a passport",
        "won't need a passport",
        "do not need a passport",
        "will not need a passport",
        "no need to bring your passport",
      ],
    },
    source: [MEA_IN, THAI_MFA_MAESAI, DMW_PH],
  }),
  rule({
    id: "passport_handover",
    category: "documents",
    weight: 3,
    alone: "high",
    negatable: true,
    notOfACopy: true,
    terms: {
      zh: [
        "交护照",
        "护照交",
        "护照先交",
        "护照上交",
        "上交护照",
        "扣护照",
        "护照被扣",
        "收走护照",
        "收护照",
        "护照由公司",
        "护照公司保管",
        "护照给公司",
        "护照给我",
        "护照寄",
        "护照交给",
        // Told after the fact, the document as what was taken ("中介收了护照", "拿了我们的护照"): not money collected.
        ...PASSPORT_TAKEN.zh.flatMap((taken) =>
          ["", "我的", "我们的", "大家的", "他们的", "所有人的"].map((whose) => `${taken}${whose}护照`),
        ),
      ],
      en: [
        ...PASSPORT_TAKEN.en.flatMap((taken) =>
          ["our", "their", "my", "his", "her", "all our", "all the"].flatMap((whose) => [
            `${taken} ${whose} passport`,
            `${taken} ${whose} passports`,
          ]),
        ),
        "hand over your passport",
        "hand over passport",
        "surrender your passport",
        "submit your passport",
        "passport will be kept",
        "keep your passport",
        "hold your passport",
        "passport to the company",
        "give us your passport",
        "give me your passport",
        "send your passport",
        "handle your passport",
        "i handle passport",
        "handle passport",
        "passport will be held",
        // With someone, not at home ("you can leave your passport at home" is travel advice).
        "leave your passport with",
      ],
    },
    together: {
      zh: [
        ["护照", "证件", "身份证"],
        [
          "交给",
          "上交",
          "交由",
          "交公司",
          "保管",
          "代管",
          "收走",
          "收取",
          "扣下",
          "扣押",
          "寄给",
          "寄到",
          "给公司",
          "给我们",
          "统一管理",
          "统一保管",
          "先放",
          "押在",
          "押给",
          "公司拿",
          "拿走",
          "交到",
          "统一收",
          "收上去",
          "收起来",
        ],
      ],
      en: [
        ["passport", "passports", "id card", "documents"],
        [
          "hand over",
          "handed over",
          "handed to",
          "surrender",
          "kept by",
          "kept safe",
          "kept safely",
          "safe keeping",
          "keep it",
          "keeps it",
          "held by",
          "hold it",
          "holds it",
          "collect",
          "collected",
          "submit",
          "send us",
          "give us",
          "give it to",
          "safekeeping",
          "stays with the company",
          "stays with the boss",
          "stay with the boss",
          "boss keeps",
          "boss will keep",
          "employer keeps",
          "company keeps",
          "agency keeps",
          "keeps your",
          "the company keeps",
          "company will keep",
          "take your",
          "taken by",
          "leave it with",
          "stay with the agency",
          "stays with the agency",
          "stay with the company",
          "remain with the agency",
          "kept at the office",
        ],
      ],
    },
    // "中介收了护照" is the passport taken, not money the agent "收了".
    overrides: ["recruiter_fee"],
    source: [FBI_2023, TAIWAN_MOFA, THAI_EMBASSY_GT],
  }),
  rule({
    id: "phone_handover",
    category: "documents",
    weight: 3,
    alone: "high",
    negatable: true,
    terms: {
      zh: ["手机要先交", "手机上交", "上交手机", "交手机", "没收手机", "手机交给", "手机要交", "手机先交"],
      en: ["hand over your phone", "surrender your phone", "phone will be kept", "give us your phone"],
    },
    source: [TAIWAN_MOFA, FBI_2023],
  }),

  // ── Contact, pressure and secrecy ─────────────────────────────────────────────────────────────────────────
  rule({
    id: "chat_recruiter",
    category: "contact",
    weight: 0.5,
    terms: {
      zh: [
        "飞机联系",
        "纸飞机",
        "电报",
        "私信",
        "私聊",
        "私讯",
        "加q",
        "加微信",
        "微信",
        "qq群",
        "抖音",
        "快手",
        "短视频",
        "脸书",
        "ig私讯",
        // A stranger met online who brings the job ("网友邀她", "听信网友介绍"): the recruiter of police warnings.
        "网友介绍",
        "网友邀",
        "网友约",
        "网友叫",
        "网上认识的",
        // Chat groups where part-time jobs are posted: the recruiter finds the reader there.
        "兼职群",
        "兼职聊天群",
        // LINE, Taiwan's chat app (加賴: add on LINE), and Telegram's short name.
        "加line",
        "加我line",
        "line联系",
        "line联络",
        "line详谈",
        "加赖",
        "加我赖",
        "加tg",
        "加我tg",
        "tg联系",
        "tg联络",
      ],
      en: [
        // A stranger met online who brings the job.
        "internet friend",
        "online friend",
        "telegram",
        "whatsapp",
        "wechat",
        "tg:",
        "tg @",
        "dm for",
        "dm me",
        "pm for",
        "pm me",
        "inbox me",
        "message me",
        "line:",
      ],
    },
    // A social network is the recruiter's channel only where the offer was posted, seen or sent there ("job ads on
    // Facebook", "recruited through social media"); an ad that lists it as the work ("manage our Facebook page",
    // "social media campaigns") names no channel.
    together: {
      zh: [
        ["facebook", "tiktok", "instagram"],
        ["群组", "社团", "广告", "招聘", "招募", "征才", "贴文", "帖子", "看到", "认识", "联系", "私讯"],
      ],
      en: [
        ["facebook", "tiktok", "instagram", "social media", "social networking"],
        [
          "ad",
          "ads",
          "advert",
          "adverts",
          "advertised",
          "advertisement",
          "advertisements",
          "job offer",
          "job offers",
          "jobs",
          "vacancy",
          "vacancies",
          "posting",
          "postings",
          "recruited",
          "recruiting",
          "recruiter",
          "hired",
          "met",
          "contacted",
          "approached",
          "via",
          "through",
        ],
      ],
    },
    source: [UNODC_2024, INTERPOL_2023],
  }),
  rule({
    // Interviews held only by chat or voice message, never face to face or on video (facts.md §1.8).
    id: "chat_interview",
    category: "contact",
    weight: 1,
    terms: { zh: ["线上面试", "网上面试", "无需面试", "不用面试", "免面试"], en: ["no interview", "online interview"] },
    together: {
      zh: [
        ["面试", "面谈"],
        ["微信", "飞机", "电报", "qq", "聊天", "打字", "语音", "私聊", "whatsapp", "telegram", "line"],
      ],
      en: [
        ["interview", "interviews", "interviewed"],
        ["chat", "text", "telegram", "whatsapp", "wechat", "messenger", "voice message", "voice note"],
      ],
    },
    source: [UNODC_2024, FBI_2023],
  }),
  rule({
    // Being driven across a border to the job (fly to Bangkok, then a car to Mae Sot and over) (facts.md §1.8).
    id: "overland_border",
    category: "travel",
    weight: 2,
    together: {
      zh: [
        ["边境", "过境", "国境", "边界", "口岸", "出境"],
        [
          "开车",
          "坐车",
          "包车",
          "车送",
          "车接",
          "接送",
          "送你过去",
          "带你过去",
          "带过去",
          "送过去",
          "面包车",
          "大巴",
          "摩托",
        ],
      ],
      en: [
        ["border"],
        [
          "drive you",
          "driven",
          "drove",
          "by car",
          "by van",
          "by bus",
          "car to",
          "van to",
          "take you across",
          "taken across",
          "bring you across",
          "transport you",
        ],
      ],
    },
    abroad: true,
    source: [FBI_2023, IOM_TH, KENYA_TH],
  }),
  rule({
    // Paid "tasks": liking and following posts, rating products or hotels, brushing orders (刷单), 做任务返佣. Police
    // and the FTC call every such job a scam: the worker is soon asked to top up or advance money to go on. Worth a
    // warning alone; the top-up itself is the fee flag (`recruiter_fee`), high anywhere.
    id: "task_scam",
    category: "job",
    weight: 1.5,
    negatable: true,
    terms: {
      zh: [
        "刷单",
        "刷信誉",
        "刷好评",
        "垫付本金",
        "垫资",
        "连单",
        "派单群",
        "任务返佣",
        "做任务返",
        "点赞返利",
        "点赞兼职",
      ],
      en: [
        "product boosting",
        "app optimization",
        "app optimisation",
        "optimization tasks",
        "optimisation tasks",
        "order brushing",
        "combo task",
        "combination task",
        "like videos",
        "liking videos",
        "like and follow",
        "rate products",
        "rating products",
        "rate hotels",
        "rating hotels",
        "click farming",
      ],
    },
    together: [
      {
        // A like, a follow or a "task" paid by the piece ("点赞关注就能赚钱", "按讚追蹤就有錢拿").
        zh: [
          ["点赞", "按赞", "做任务", "接任务", "任务单"],
          ["赚钱", "赚", "佣金", "返佣", "返利", "返现", "有钱拿", "一单"],
        ],
        inClause: true,
      },
      {
        en: [
          ["task", "tasks"],
          ["commission", "commissions", "unlock", "top up", "top-up", "recharge"],
        ],
        inClause: true,
      },
    ],
    source: [FTC_TASK_SCAMS_2025, XJAU_BRUSHING_2024, XIANGTAN_BRUSHING_2023],
  }),
  rule({
    id: "crypto_pay",
    category: "pay",
    weight: 1,
    terms: {
      zh: ["u结算", "usdt", "泰达币", "虚拟币结算", "币安"],
      en: ["usdt", "binance", "paid in crypto", "crypto wallet"],
    },
    source: [INTERPOL_2023, UNODC_2024],
  }),
  rule({
    id: "urgency",
    category: "urgency",
    weight: 1,
    terms: {
      zh: [
        "马上出发",
        "立即出发",
        "尽快出发",
        "明天就",
        "明天出发",
        "今晚集合",
        "今晚出发",
        "今天报名",
        "下周就能飞",
        "即刻报名",
        "急招",
        "急聘",
        "名额有限",
        "名额不多",
        "先到先得",
        "换不了人",
        "不能换人",
        "早点定",
        "即日可上班",
        "过去就能上班",
        "到了就上班",
      ],
      en: [
        "leave tomorrow",
        "fly tomorrow",
        // Chat spelling of the next-day departure: "just go airport tmr".
        "airport tmr",
        "fly tmr",
        "leave tmr",
        "urgent hiring",
        "urgently",
        "limited seats",
        "limited slots",
        "confirm fast",
        "fast process",
        "within 5 days",
        "this week",
        "need answer by",
        "book your slot",
        "secure your slot",
        "immediate departure",
      ],
    },
    source: [CN_EMBASSY_TH_2025, FBI_2023],
  }),
  rule({
    id: "secrecy",
    category: "secrecy",
    weight: 3,
    alone: "high",
    terms: {
      zh: [
        "别跟家里说",
        "不要跟家里说",
        "不要告诉家人",
        "别告诉家人",
        "不要告诉家里",
        "别告诉家里",
        "别跟家人说",
        "不要跟家人说",
        "别告诉父母",
        "不要告诉父母",
        "保密",
        "删掉聊天",
        "删除聊天",
        "别在评论区",
        // Cantonese: don't tell the family (屋企人).
        "唔好同屋企人讲",
        "唔好同屋企讲",
        "唔好话俾屋企人",
        "唔好话畀屋企人",
        "咪同屋企人讲",
        "瞒住屋企人",
      ],
      en: [
        "don't tell your family",
        "do not tell your family",
        "don't tell your parents",
        "do not tell anyone",
        "don't tell anyone",
        "keep it secret",
        "keep this secret",
        "keep this between us",
        "keep it between us",
        "delete our chat",
        "delete the chat",
      ],
    },
    // Not to be known by them ("別讓爸媽知道", "暂时不要让家人知道", "told me not to say anything to my mum"): 别让
    // without 知道 is as often "don't let them worry". The family kept from a job, its pay or a trip: a teenager's
    // secret ("别让我爸妈知道我谈恋爱了", "不要让家人知道我生病了") is no lure's.
    together: [
      {
        zh: [
          [
            "家人",
            "家里",
            "父母",
            "爸妈",
            "爸爸",
            "妈妈",
            "家属",
            "亲戚",
            "老婆",
            "老公",
            "女朋友",
            "男朋友",
            "任何人",
            "别人",
            "朋友",
          ],
          [
            "别告诉",
            "不要告诉",
            "不用告诉",
            "先别",
            "别和",
            "别跟",
            "不要跟",
            "不要和",
            "别说",
            "不要说",
            "不用说",
            "瞒着",
            "瞒住",
            "别讲",
            "不要讲",
            "别透露",
            "不要透露",
          ],
        ],
        inClause: true,
        en: [
          [
            "family",
            "parents",
            "mom",
            "mum",
            "dad",
            "mother",
            "father",
            "relatives",
            "wife",
            "husband",
            "anyone",
            "anybody",
            "friends",
          ],
          [
            "don't tell",
            "do not tell",
            "dont tell",
            "no need to tell",
            "not tell",
            "never tell",
            "keep it from",
            "keep this from",
            "without telling",
            "don't let",
            "do not let",
            "don't inform",
            "do not inform",
          ],
        ],
      },
      {
        zh: [
          // The family as a whole: "不要讓爸爸知道" is one parent kept from the other, a household's secret.
          ["家人", "家里", "父母", "爸妈", "家属", "亲戚"],
          ["别让", "不要让", "不能让", "不让", "先别让"],
          ["知道", "晓得", "发现"],
          // In the same sentence, not only the same clause: "暫時不要讓家人知道，等賺到錢再說".
          [
            "工作",
            "上班",
            "打工",
            "做工",
            "赚",
            "挣",
            "工资",
            "薪水",
            "收入",
            "出国",
            "国外",
            "境外",
            "海外",
            "机票",
            "签证",
            "护照",
            "老板",
            "中介",
            "招聘",
          ],
        ],
      },
      {
        en: [
          ["family", "parents", "mom", "mum", "dad", "mother", "father", "relatives"],
          [
            "not to say",
            "not say anything",
            "don't say anything",
            "do not say anything",
            "not to tell",
            "don't mention",
            "not to mention",
          ],
        ],
        inClause: true,
      },
      {
        // The offer itself to be kept quiet ("keep this private", "keep the job confidential"), not a password.
        en: [
          ["keep"],
          ["this", "it", "the offer", "this offer", "the job", "this job", "everything", "our offer"],
          ["private", "confidential", "secret", "quiet", "to yourself"],
        ],
        ordered: true,
        inClause: true,
      },
    ],
    source: [FBI_2023, TAIWAN_MOFA],
  }),
  rule({
    // A way around a government programme's own route sold to the worker ("skip the exam", "no need TOPIK", 免考,
    // 插队): the programmes select by exam or lottery and charge no agent, so whoever sells the shortcut is no part of
    // them.
    id: "official_route_bypass",
    category: "documents",
    // Half as much again as a guarantee: no lawful recruiter offers it, so it makes a warning with no place named.
    weight: 1.5,
    terms: {
      zh: [
        "免考",
        "不用考",
        "不需考",
        "无需考",
        "不必考",
        "插队",
        "免排队",
        "不用排队",
        "快速通道",
        "走后门",
        "内部名额",
      ],
      en: [
        "skip the exam",
        "skip exam",
        "skip the test",
        "no exam needed",
        "no need exam",
        "no need for exam",
        "jump the queue",
        "jump you up the queue",
        "skip the queue",
        "skip the line",
        "fast track",
        "fast-track",
        "backdoor slot",
        "backdoor entry",
      ],
    },
    together: {
      // The exam the programme requires said to be unneeded ("no need TOPIK", "without the JLPT", "skip the English
      // test").
      en: [
        ["no need", "no need for", "without", "skip", "skip the", "exempt from"],
        ["topik", "eps-topik", "jlpt", "ielts", "language test", "english test", "korean test", "japanese test"],
      ],
      ordered: true,
      inClause: true,
    },
    source: [TOPIK_BROKER_2017, PH_EMBASSY_NO_VISA_FRAUD],
  }),
  rule({
    id: "recruiter_fee",
    category: "fees",
    weight: 3,
    alone: "high",
    clearedByLawful: true,
    negatable: true,
    terms: {
      zh: [
        "押金",
        "保证金",
        "中介费",
        "报名费",
        "手续费",
        "介绍费",
        "培训费",
        "办理费",
        "体检费先",
        "先交钱",
        "先付款",
        "中介服务费",
        "代办费",
        "定金",
        "订金",
        "入职费",
        "资料费",
        "办证费",
        "出国费用",
        // Taiwan's words: 仲介 is the agent, 买工费 money paid to buy a job.
        "仲介费",
        "仲介服务费",
        "买工费",
        // The "consultant" who sells the job or the visa, and the agent paid directly (付仲介20万).
        "顾问费",
        "付中介",
        "付仲介",
        "交中介",
        "交仲介",
        // Money sent before anything is arranged.
        "先汇款",
        "先转账",
        "先打款",
        "先付钱",
        "先给钱",
      ],
      en: [
        "processing fee",
        "placement fee",
        "agency fee",
        "registration fee",
        "processing charge",
        "security deposit",
        "refundable deposit",
        "pay a deposit",
        "training fee",
        "service fee",
        "visa fee",
        "medical fee",
        "processing cost",
        "upfront payment",
        "pay upfront",
        "pay up front",
        "paid up front",
        "upfront fee",
        "upfront fees",
        "up-front fee",
        "up-front fees",
        "pay me first",
        "pay first",
        "send me the money",
        "send the money first",
        "transfer the money first",
        "job fee",
        // A Canadian job approval (LMIA) sold to the worker: the job is bought.
        "lmia for sale",
        "buy an lmia",
        "buy lmia",
        "bought an lmia",
        "selling lmia",
        "sell lmia",
        "paid lmia",
        // Malay and Indonesian: the agency's, recruitment or processing fee.
        "yuran agensi",
        "yuran ejen",
        "yuran pengambilan",
        "yuran pemprosesan",
        "yuran proses",
        "biaya penempatan",
        "biaya agen",
        "biaya proses",
      ],
    },
    // Money handed to the recruiter for the job, however it is worded ("钱先交给我", "中介开价", "paid the agent",
    // "charging workers fees for jobs", "loans to cover recruitment fees", "gave money to people who would get me a
    // job abroad").
    together: [
      {
        zh: [
          ["钱", "费用", "现金", "服务费", "中介", "仲介"],
          [
            "交给",
            "转给",
            "付给",
            "打给",
            "汇给",
            "转账给",
            "先交",
            "交完",
            "交齐",
            "开价",
            "要价",
            "收了",
            "给中介",
            "给仲介",
          ],
        ],
      },
      {
        // Hinglish: money owed to the agent ("agent ko 50k dena hai", "agency ko paisa dena padega").
        en: [
          ["agent ko", "agency ko", "dalal ko", "consultant ko", "recruiter ko"],
          [
            "dena hai",
            "dena hoga",
            "dena padega",
            "dene hai",
            "dene hain",
            "dene honge",
            "dene padenge",
            "jama karna",
            "bhejna hai",
          ],
        ],
      },
      {
        // Paid to the agent in one clause ("paid the agent 3 lakh", "an agent we paid 150k", "the agent said we must
        // pay"), not pay praised and an agent named in the next clause ("high pay, and the agent booked the tickets").
        en: [
          ["paid", "pay", "money", "cash", "part with", "parted with", "handed over"],
          [
            "the agent",
            "an agent",
            "the agency",
            "an agency",
            "a recruitment agency",
            "the recruitment agency",
            "an employment agency",
            "the employment agency",
            "a placement agency",
            "the placement agency",
            "the recruiter",
            "a recruiter",
            "the broker",
            "a broker",
            "middleman",
            "to secure the job",
            "to secure a job",
          ],
        ],
        inClause: true,
      },
      {
        // A fee paid to the "consultant" who sells the job or the visa ("pay the fee to our consultant").
        en: [
          ["pay", "paid", "send", "transfer"],
          [
            "to our consultant",
            "to the consultant",
            "to our facilitator",
            "to the facilitator",
            "to a facilitator",
            "to a consultant",
            "to our consultants",
            "to the consultancy",
            "to our agent",
            "to our agency",
          ],
        ],
        ordered: true,
        inClause: true,
      },
      {
        // An agency taking a commission or charges from the worker (Hong Kong's word for an agency's fee is 佣金;
        // 底薪加佣金 is the worker's own commission, which nobody "收取" from them).
        zh: [
          ["收取", "滥收", "索取"],
          ["佣金", "费用"],
        ],
        en: [
          ["paid", "pay", "paying", "charged", "charging", "charge", "cover", "covered", "loan", "loans", "borrowed"],
          [
            "recruitment fee",
            "agent fee",
            "agent's fee",
            "agency fees",
            "agent's commission",
            "fees for jobs",
            "fee for the job",
            "fees for the job",
            "fee for a job",
            // The sums an agent asks "to cover" the papers ("pay to cover medical checks and other administrative fees").
            "administrative fees",
            "administrative fee",
            "admin fees",
            "admin fee",
          ],
        ],
      },
      {
        // Taken from the wages: the worker pays it all the same, in debt ("the agent fee is deducted from your first
        // four months of salary"); a fee deducted from anything else (a house sale) is not the worker's.
        en: [
          ["deducted", "deduct", "deducts", "deduction", "deductions"],
          ["recruitment fee", "agent fee", "agent's fee", "agency fee", "agency fees", "placement fee"],
          ["salary", "salaries", "wages", "wage", "pay", "paycheck", "earnings"],
        ],
      },
      {
        // Cash brought to the interview for the medical or the visa ("bring 15,000 cash for medical and visa",
        // 带现金8000元办体检): the recruiter's charge for the papers, paid in hand.
        zh: [["带", "准备", "备好", "交"], ["现金"], ["体检", "签证", "办证", "护照"]],
        en: [["bring", "brings", "prepare", "carry", "pay"], ["cash"], ["medical", "visa", "processing", "papers"]],
        // In order, within the sentence: "20,000" holds a comma, so not within a clause.
        ordered: true,
      },
      {
        // A deposit asked before anything is arranged ("deposit 30,000 upfront", "pay a deposit first").
        en: [
          ["deposit", "deposits"],
          ["upfront", "up front", "first", "in advance", "before departure", "before you fly", "to reserve"],
        ],
        ordered: true,
        inClause: true,
      },
      {
        // A work permit, a job approval or a sponsorship certificate sold ("出售工簽名額", "selling LMIA approvals",
        // "certificates of sponsorship are being sold"): the job is bought.
        zh: [
          ["兜售", "出售", "贩卖", "倒卖", "售卖"],
          [
            "工签名额",
            "签证名额",
            "劳工签证名额",
            "工作签证名额",
            "lmia",
            "劳动力市场影响评估",
            "工作许可",
            // The UK's sponsorship (担保), sold to care workers as a place.
            "担保名额",
            "担保信",
          ],
        ],
        en: [
          ["selling", "sells", "sold", "sell"],
          [
            "lmia approvals",
            "lmias",
            "work permits",
            "visa slots",
            "job approvals",
            "work visas",
            // The UK's certificate of sponsorship, which the sponsor may not charge for, sold to care workers.
            "certificate of sponsorship",
            "certificates of sponsorship",
            "sponsorship certificates",
          ],
        ],
        inClause: true,
      },
      {
        // Money the worker paid the agent, told after the fact ("向中介支付了3万元", "透過仲介花了十萬元"): the past
        // tense is the worker's payment, not a law's rule on fees.
        zh: [
          ["向中介", "向仲介", "给中介", "给仲介", "通过中介", "透过仲介", "经中介", "经仲介"],
          ["付了", "交了", "花了", "缴了", "缴纳了"],
        ],
        inClause: true,
      },
      {
        // Money put in to unlock the work ("先充值100元激活账号", "top up to unlock your tasks"): the task scam's fee.
        zh: [
          ["充值", "储值", "垫付", "先充"],
          ["任务", "接单", "激活", "账号", "开通", "佣金", "返佣", "本金"],
        ],
        en: [
          ["top up", "top-up", "recharge", "prepay"],
          ["task", "tasks", "unlock", "activate", "account", "commission"],
        ],
        inClause: true,
      },
      {
        // The recruiter collecting money from the worker ("我老公会去跟你拿钱", "向你收钱").
        zh: [
          ["跟你", "向你", "找你", "问你", "从你"],
          ["拿钱", "收钱", "要钱", "收费", "拿现金"],
        ],
      },
      {
        en: [
          ["gave money", "give money", "paid money", "pay money", "paying money", "handed over money", "sent money"],
          ["get a job", "get them a job", "find a job", "secure a job", "job abroad", "jobs abroad", "work abroad"],
        ],
      },
    ],
    source: [DMW_PH_FEES, KENYA_TH, DMW_PH, YCWB_LABOUR_AGENTS_2018],
  }),
  rule({
    // Not a red flag and never listed: the employer paying the recruiter ("we pay the agent fee for you"), the worker
    // paying nothing ("workers pay nothing to the agent") or the recruiter paying for the worker ("the agent paid for
    // our tickets": the trip paid, its own flag) is no money handed over by the worker.
    id: "recruiter_paid_by_employer",
    category: "fees",
    weight: 0,
    silent: true,
    terms: {
      zh: ["雇主向中介", "雇主向仲介", "公司向中介", "公司向仲介", "雇主付给中介", "雇主付给仲介"],
      en: [
        ...["we", "we will", "we'll", "the employer", "the employer will", "the company", "the company will"].flatMap(
          (payer) =>
            ["pay", "pays", "cover", "covers"].flatMap((verb) =>
              RECRUITER_NAMES.map((recruiter) => `${payer} ${verb} ${recruiter}`),
            ),
        ),
        ...["pay nothing to", "pays nothing to", "paid nothing to"].flatMap((paid) =>
          RECRUITER_NAMES.map((recruiter) => `${paid} ${recruiter}`),
        ),
        // The recruiter as the one who pays: "the agent paid for", "the agency will pay for", "the broker covered".
        ...RECRUITER_NAMES.flatMap((recruiter) =>
          ["paid for", "pays for", "pay for", "will pay for", "would pay for", "covered", "covers", "will cover"].map(
            (paid) => `${recruiter} ${paid}`,
          ),
        ),
      ],
    },
    // The Employer Pays wording of lawful ads: "recruitment fees are paid by the employer", "the employer pays the
    // recruitment fee" (a fee said with the employer as its payer, in one clause).
    together: {
      en: [
        [
          "by the employer",
          "by your employer",
          "by the hiring company",
          "employer pays",
          "employer will pay",
          "employer covers",
          "employer will cover",
          "employer bears",
          "employer-paid",
          "employers pay",
          // The employer named as the one who pays the worker back ("the employer reimburses your visa fee"); a fee
          // "reimbursed after arrival" with no payer named is what fake agents promise too.
          "employer reimburses",
          "employer will reimburse",
          "reimbursed by the employer",
          "reimbursed by your employer",
        ],
        [
          "recruitment fee",
          "recruitment fees",
          "recruitment cost",
          "recruitment costs",
          "placement fee",
          "agency fees",
          "visa fee",
          "visa fees",
          "medical fee",
          "medical fees",
        ],
      ],
    },
    overrides: ["recruiter_fee"],
    source: [DMW_PH_FEES],
  }),
  rule({
    id: "debt_offer",
    category: "debt",
    weight: 2,
    negatable: true,
    terms: {
      zh: [
        "预支",
        "代偿债务",
        "代还",
        "帮你还债",
        "处理债务",
        "有欠债",
        "身上有债",
        "有债",
        "欠网贷",
        "地下钱庄",
        "有案子",
        "卡案件",
      ],
      en: ["salary advance", "advance salary", "pay your debts", "clear your debt", "we pay your debt", "debt relief"],
    },
    // The trip or the fee advanced and taken back from the wages ("机票钱从工资扣", "we advance the ticket, you pay it
    // back"): a debt the worker owes before the first day, the hold of debt bondage. (An English contract's "airfare
    // deducted if you break the contract" is a lawful clause, so deduction alone is not the sign there.)
    together: [
      {
        zh: [
          // Board deducted from the wages is lawful (Taiwan's rules for migrant workers allow it): only the trip and
          // fees.
          ["机票", "路费", "旅费", "中介费", "签证费"],
          [
            "从工资扣",
            "工资里扣",
            "工资扣",
            "扣工资",
            // Taiwan's and Hong Kong's words for the wages (從薪水扣, 薪資扣除, 扣人工) and an advance (先墊).
            "从薪水扣",
            "薪水里扣",
            "薪水扣",
            "扣薪水",
            "从薪资扣",
            "薪资扣",
            "扣人工",
            "先垫",
            "给你垫",
            "帮你垫",
            "借给你",
            "慢慢还",
            "以后还",
            "再还",
          ],
        ],
        en: [
          ["ticket", "flight", "airfare", "travel", "fees", "fee", "visa", "costs"],
          [
            "from your first salary",
            "out of your first salary",
            "we advance",
            "advanced to you",
            "pay it back",
            "pay us back",
          ],
        ],
      },
      // Money borrowed to get the job abroad ("借钱交中介费", "贷款出国"): the recruitment debt that binds the worker
      // before the first day.
      {
        zh: [
          ["借钱", "借了钱", "贷款", "借款", "欠下"],
          ["出国", "来台", "赴台", "来港", "出去打工", "中介费", "仲介费", "出国费用"],
        ],
      },
    ],
    source: [INTERPOL_2023, FBI_2023, ILO_DEBT_BONDAGE],
  }),
  rule({
    // Wages held back ("工资押一个月", "工资年底一次发", "前三个月没有工资", "salary paid after three months"): a
    // worker owed money cannot leave; withheld wages are one of the ILO's signs of forced labour.
    id: "wage_withholding",
    category: "debt",
    // Not high on its own with a perk: "工资押一个月" is a common (if unlawful) practice of factories at home; abroad
    // (any destination sign) it weighs with the rest.
    weight: 1.5,
    negatable: true,
    terms: {
      zh: ["押工资", "压工资", "工资押", "押一个月工资", "扣押工资"],
      en: [
        "wages withheld",
        "salary withheld",
        "withhold your salary",
        "withhold your wages",
        "no salary for the first",
        "first 3 months no salary",
        "first three months no salary",
        "first 3 months unpaid",
        "first three months unpaid",
      ],
    },
    together: [
      {
        zh: [
          ["工资", "薪水", "薪资"],
          ["年底一次发", "年底一起发", "回国再发", "回国时发", "合同结束再发", "合同到期再发"],
        ],
        en: [
          ["salary", "wages", "pay"],
          [
            "paid after three months",
            "paid after 3 months",
            "paid after six months",
            "paid after 6 months",
            "paid when you return",
            "paid at the end of the contract",
          ],
        ],
      },
      {
        zh: [
          ["前三个月", "前两个月", "前几个月", "第一个月", "试用期", "头三个月", "头几个月"],
          ["没有工资", "没有薪水", "没工资", "不发工资", "不发薪水", "无薪", "没有薪资"],
        ],
      },
    ],
    source: [ILO_DEBT_BONDAGE],
  }),
  rule({
    id: "group_recruiting",
    category: "contact",
    weight: 0.5,
    terms: {
      zh: ["朋友一起来", "老乡一起", "几个朋友", "一起来更好", "带人来", "拉人头"],
      en: ["bring your friends", "bring friends", "every new employee you bring", "for every new"],
    },
    source: [TAIWAN_MOFA, OHCHR_2023],
  }),

  // ── Lawful signs (facts.md §1.6 DMW: verify the agency; §1.7: proper work visa before entry) ───────────────────
  rule({
    id: "lawful_work_permit",
    category: "lawful",
    weight: 1,
    negatable: true,
    terms: {
      zh: [
        "工作签证",
        "工作准证",
        "劳工证",
        "工作证",
        "就业许可",
        "劳动许可",
        "工作许可",
        "在留资格",
        "non-b",
        "9g工作签证",
        "居留卡",
        "雇佣准证",
        // Malaysia's Employment Pass as Chinese ads name it.
        "就业准证",
        // Singapore's work passes as Chinese ads name them (WP/SP/EP 工作批准信, 原则批准信 = in-principle approval).
        "工作批准信",
        "原则批准信",
        "s准证",
      ],
      en: [
        "work permit",
        "work visa",
        "employment pass",
        "work pass",
        "s pass",
        "in-principle approval",
        "employment visa",
        "working visa",
        "non-immigrant b",
        "aep",
        "9(g)",
        "9g visa",
        "oec issued",
        // The employer sponsoring the visa is the lawful route itself, not a trip paid for the worker.
        "visa sponsorship",
        "sponsored visa",
        "visa sponsored",
        "visa is sponsored",
        "employer-sponsored",
        "employer sponsored",
        "ep sponsored",
        "ep sponsorship",
        "certificate of sponsorship",
      ],
    },
    abroad: true,
    source: [CN_EMBASSY_TH_2025, MEA_IN_VOA],
  }),
  rule({
    id: "lawful_licensed",
    category: "lawful",
    weight: 1,
    terms: {
      zh: [
        "对外承包工程",
        "营业执照",
        "官网",
        "持牌",
        "有限公司",
        "sec注册",
        "boi",
        "开具收据",
        "开具发票",
        "正规发票",
        "收据",
      ],
      en: [
        "licensed agency",
        "licensed",
        "sec-registered",
        "boi-promoted",
        "co., ltd",
        "inc.",
        "sdn bhd",
        "approved employer",
        "official receipt",
      ],
    },
    source: [DMW_PH, DMW_PH_FEES],
  }),
  rule({
    // What a reader can look up with an authority: the agency's licence number or register, the ministry's record,
    // or hiring run by a government programme. A company name or "licensed" alone is a claim lures copy.
    id: "lawful_licence_checkable",
    category: "lawful",
    weight: 1,
    terms: {
      zh: [
        "对外劳务合作经营资格",
        "商务部",
        "备案",
        "可查询",
        "官网核实",
        // A Taiwan agency's licence number (許可證字號) as the law requires it in every ad.
        "许可证字号",
        "许可证号",
        ...GOVERNMENT_SCHEMES.zh!,
      ],
      en: [
        "licence no",
        "license no",
        "licence number",
        "license number",
        "registered with",
        "dmw-licensed",
        // The Philippine authority named as the agency's licensor or supervisor.
        "poea-licensed",
        "licensed by the poea",
        "licensed by the dmw",
        "supervised by the poea",
        "supervised by the dmw",
        "certified and supervised by the poea",
        "accredited by the poea",
        "accredited by the dmw",
        "verify on",
        "dmw website",
        // Hiring run by a government programme (seasonal work schemes, government-to-government hiring).
        ...GOVERNMENT_SCHEMES.en!,
      ],
    },
    source: [DMW_PH, DMW_PH_FEES],
  }),
  rule({
    id: "lawful_contract",
    category: "lawful",
    weight: 1,
    terms: {
      zh: ["劳动合同", "雇佣合同", "聘用合同", "书面合同", "合同期", "外派劳务合同", "僱佣信", "正式合同"],
      en: [
        "employment contract",
        "written contract",
        "contract of employment",
        "signed contract",
        "contract before",
        "2-year contract",
        "1-year contract",
        "contracts of",
        "contract:",
        "employment agreement",
      ],
    },
    source: [THAI_EMBASSY_GT, DMW_PH],
  }),
  rule({
    // A reasoned sign, not an advisory's: insurance and leave the law requires, named by the employer, are terms a
    // worker can check with the state's fund; the lure promises "benefits" without naming them.
    id: "lawful_statutory_benefits",
    category: "lawful",
    weight: 1,
    terms: {
      zh: ["社保", "社会保险", "五险一金", "五险", "健保", "带薪年假", "年假天数", "公积金"],
      en: [
        "social security",
        "social insurance",
        "annual leave",
        "paid leave",
        "epf",
        "socso",
        "cpf contribution",
        "cpf contributions",
        "provident fund",
        "sss",
        "philhealth",
        "pag-ibig",
        "nhif",
        "nssf",
      ],
    },
    negatable: true,
    source: [THAI_EMBASSY_GT, DMW_PH],
  }),
  rule({
    id: "lawful_no_fee",
    category: "lawful",
    weight: 1,
    terms: {
      zh: [
        "不收押金",
        "不收取",
        "不收任何",
        "不收报名费",
        "不收费",
        "免收",
        "不向求职者收取",
        "报名咨询免费",
        "费用由公司承担",
        "费用公司承担",
        "不委托个人",
        "不收中介费",
        "免中介费",
        "零中介费",
        "无中介费",
        "不收仲介费",
        "免仲介费",
        "零仲介费",
        // The employer named as the one who bears the fare or the costs ("往返机票由雇主承担").
        "由雇主承担",
        "由雇主负担",
        "由雇主支付",
        "由雇主负责",
        "雇主承担费用",
        "雇主全额承担",
      ],
      en: [
        "no fee",
        "no fees",
        "no placement fee",
        "free of charge",
        "does not charge",
        "do not charge",
        "never charge",
        "will not charge",
        "never recovered",
        "without any fee",
        "paid by the employer",
        "employer pays",
        "borne by the employer",
        "borne by employers",
        "borne by the employers",
        "at the employer's expense",
        "at the employers' expense",
        "at the expense of the employer",
        "shouldered by the employer",
        "paid for by the employer",
        "no agency fee",
        "no agency fees",
        "no recruitment fee",
        "no recruitment fees",
        "no broker fee",
        "no broker fees",
        "no placement fees",
        "zero placement fee",
        "zero placement fees",
      ],
    },
    // The agency's commission stated with the legal cap ("仲介佣金不超过首月薪资10%", "commission capped at 10% of the
    // first month's salary"): the regulated fee of a licensed agency, as Hong Kong's and Taiwan's laws set it.
    together: {
      zh: [
        ["佣金", "中介费", "仲介费", "服务费"],
        ["不超过", "不得超过", "不可超过", "上限为"],
        ["首月", "第一个月", "一个月"],
      ],
      en: [
        ["commission", "agency fee", "placement fee", "service fee"],
        ["capped at", "not exceed", "not exceeding", "no more than", "not more than"],
        ["first month", "first-month", "one month"],
      ],
      ordered: true,
      inClause: true,
    },
    source: [DMW_PH_FEES, HK_EAA_COMMISSION],
  }),
  rule({
    id: "lawful_video_interview",
    category: "lawful",
    weight: 1,
    terms: {
      zh: ["视频面试", "视讯面试", "视讯", "视频试讲", "现场面试", "办公室面试", "面谈"],
      en: [
        "video interview",
        "video call interview",
        "face-to-face interview",
        "walk in",
        "job fair",
        "in-person interview",
        "interviews in person",
        "interview in person",
      ],
    },
    overrides: ["chat_interview"],
    source: [DMW_PH],
  }),
  rule({
    id: "lawful_own_passport",
    category: "lawful",
    weight: 1,
    terms: {
      zh: ["护照由本人保管", "护照自己保管", "本人保管"],
      en: ["keep your own passport", "passport stays with you"],
    },
    together: {
      zh: [
        ["护照", "证件"],
        [
          "本人保管",
          "自己保管",
          "自行保管",
          "自己拿着",
          "自己带着",
          "自己收",
          "不会收",
          "不收",
          // Advice to the worker: give it to no one.
          "不要交给任何人",
          "不要交给别人",
          "别交给任何人",
        ],
      ],
      en: [
        ["passport", "passports", "documents"],
        [
          "your own",
          "stays with you",
          "remain with you",
          "remains with you",
          "you keep",
          "never take",
          "never hold",
          "will not hold",
          "won't hold",
          "keep your passport yourself",
          "keep it yourself",
          "never give it to anyone",
          "do not give it to anyone",
          "don't give it to anyone",
        ],
      ],
    },
    overrides: ["passport_handover"],
    source: [FBI_2023, TAIWAN_MOFA],
  }),
];

/**
 * Ordinary words that contain a red-flag term or a place name, or overlap one (网投 in 互联网投资 and 官网投简历, 保密
 * in 保密协议, 大马 in 大马路, 当阳 in 湖北当阳): a term that overlaps one of these is part of another word, like a
 * word boundary in English.
 */
export const WORDS_CONTAINING_TERMS: readonly string[] = [
  // The reader's own signing up or claim ("我报名了一个英语班", "车票我报销"): not the recruiter paying (车票我报).
  "我报名",
  "我报销",
  "我报到",
  "我报考",
  "我报告",
  "我报警",
  // An architect and building design (建筑师, 建筑设计, 建筑学): a profession, not building-site work.
  "建筑师",
  "建筑设计",
  "建筑学",
  // A passport taken by the embassy or the visa centre for the visa ("签证中心收了", "the embassy took"): no handover.
  ...VISA_ISSUERS.zh.flatMap((issuer) => PASSPORT_TAKEN.zh.map((taken) => `${issuer}${taken}`)),
  ...VISA_ISSUERS.en.flatMap((issuer) => PASSPORT_TAKEN.en.map((taken) => `${issuer} ${taken}`)),
  // Going out or abroad (签证我出国前办好了), or the writer's own share paid (机票钱我出了一半): not a recruiter paying.
  "我出国",
  "我出发",
  "我出门",
  "我出去",
  "我出差",
  "我出来",
  "我出了",
  // Born, discharged, let or sold (我出生证明, 我出院, 我出租的房子): no ticket paid.
  "我出生",
  "我出院",
  "我出租",
  "我出售",
  // The visa issued before the trip (签证到了以后再通知你出发, 工签批下来就出发): the visa arriving, not the reader.
  "签证到了以后",
  "签证到了之后",
  "签证下来",
  "签证批下来",
  "签证到手",
  "工签到了以后",
  "工签下来",
  "工签批下来",
  // Shanghai before 外 (上海外企, 上海外滩, 上海外国语大学): no 海外 in it.
  "上海外",
  // Foreigners as people (招聘外国人, 向外国人收取): no going abroad.
  "外国人",
  // Money hard to make (现在钱不好赚): easy earnings denied.
  "不好赚",
  "不太好赚",
  "没那么好赚",
  // An unlicensed taxi (跑黑车), not work without papers (跑黑).
  "跑黑车",
  "大马路",
  "湖北当阳",
  "当阳市",
  "老街坊",
  "老街区",
  "互联网",
  "官网",
  "网络",
  "投资",
  "投递",
  "投简历",
  "投放",
  "保密协议",
  "保密制度",
  "保密工作",
  "保密意识",
  "保密性",
  "保密措施",
  "严格保密",
  "信息保密",
  "保密原则",
  "商业秘密",
  // Taiwan's science parks and creative parks, not a compound (新竹科學園區, 華山文創園區).
  "科学园区",
  "文创园区",
  "博弈论",
  "电报局",
  "客服务",
  "炒菠菜",
  "菠菜汤",
  "防诈骗",
  "反诈骗",
  "防骗",
  "谨防",
  "反诈",
  "防范诈骗",
  "anti-scam",
  "anti-trafficking",
  "beware of scam",
  "avoid scam",
  "report scam",
  "scam alert",
  // An e-mail address, not a QQ chat.
  "qq.com",
  // Work clothes and work quality, not a job guaranteed.
  "包工作服",
  "包工作餐",
  "保证工作质量",
  "保证工作效率",
  // A chat or messaging app, not a software job; places of entertainment, not a casino (娱乐场).
  "通信软件",
  "通讯软件",
  "聊天软件",
  "社交软件",
  "娱乐场所",
  // A bank's loan for study abroad, not a debt taken on to buy a job abroad.
  "留学贷款",
  "助学贷款",
  // Made to leave a job or work overtime: a labour dispute, not forced labour (被迫, "forced to").
  "被迫离职",
  "被迫辞职",
  "被迫加班",
  "被迫退休",
  "forced to resign",
  "forced to quit",
  "forced to leave",
  "forced to retire",
  "forced to work overtime",
  // Cabin crew, not bar work.
  "air hostess",
  "flight hostess",
  "ground hostess",
  // Board the worker pays for: said right at the term, so that no negation meant for another word ("免押金包吃住")
  // reaches it.
  "不包吃住",
  "不包食宿",
  "不包住宿",
  "不提供食宿",
  "不提供住宿",
  "食宿自理",
  "accommodation not provided",
  "no accommodation provided",
  // Packing, wrapping, bags and bread, not board "包" (包吃住) paid by the employer.
  "包装",
  "打包",
  "红包",
  "面包",
  "钱包",
  "背包",
  "包裹",
  "包括",
  // A holiday or an exchange abroad as a staff reward (免费出国游, 国外交流), not a job abroad.
  "国外游",
  "出国游",
  "海外游",
  "境外游",
  "出境游",
  "国外旅游",
  "海外旅游",
  "国外交流",
  "海外交流",
  "overseas trip",
  "overseas holiday",
  "overseas vacation",
  "trip abroad",
  "holiday abroad",
  "vacation abroad",
];

/** The locale key of a rule's short title (the key prefix `check.flag.` is built from rule ids). */
export const flagTitleKey = (id: string): string => `check.flag.${id}.title`;
/** The locale key of a rule's one-line explanation. */
export const flagWhyKey = (id: string): string => `check.flag.${id}.why`;
