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

export type RuleExtractor = "high-pay" | "extreme-pay" | "place-hotspot" | "place-risk-country" | "place-transit";

export interface Rule extends Sourced {
  id: string;
  category: RuleCategory;
  /** Contribution to the lure score (negative for lawful signs is implied by the category). */
  weight: number;
  /** Terms that raise the flag (literal, matched after normalisation). */
  terms?: Terms;
  /** Read from the text by an extractor instead of terms. */
  extractor?: RuleExtractor;
  /** A negation right before the term ("不收押金", "no fee") cancels it. */
  negatable?: boolean;
  /** High risk on its own, whatever the destination. */
  alone?: "high";
  /** Two or more lawful signs lower an `alone` flag to a warning. */
  clearedByLawful?: boolean;
}

const REVIEWED = "2026-11-25";

const FBI_2023 = "https://www.ibtimes.com/fbi-warns-fake-ads-forcing-job-seekers-cryptocurrency-scams-3695319";
const FBI_2023_B = "https://therecord.media/cyber-trafficking-fbi-warning-scam-compounds-pig-butchering";
const MFA_CN_2022 = "http://hot1.ffsy56.com/newsdetail1766064.html";
const CN_EMBASSY_MM_2023 = "https://redian.news/wxnews/362836";
const CN_EMBASSY_TH_2025 = "https://laoge916.com/d/13923--";
const HK_SB = "https://sb.gov.hk/chi/ota/note-MyanmarProvinces.html";
const MEA_IN =
  "https://www.hindustantimes.com/india-news/mea-issues-warning-against-online-job-offers-by-dubious-foreign-it-firms-101664003609621-amp.html";
const MEA_IN_VOA =
  "https://www.ndtv.com/india-news/mea-asks-indians-to-exercise-caution-before-taking-up-jobs-in-thailand-3368615";
const KENYA_TH = "https://nairobinews.nation.africa/beware-of-fake-jobs-in-thailand-kenyans-warned/";
const SRI_LANKA =
  "https://thehawk.in/news/world/suspected-chinese-gangs-luring-job-seekers-into-committing-cybercrime:-report";
const THAI_MFA = "https://pattayaone.news/?p=188260";
const THAI_MFA_MAESAI = "https://www.sentangsedtee.com/today-news/article_205164";
const THAI_EMBASSY_GT = "https://www.nationthailand.com/in-focus/40013497";
const DMW_PH = "https://malaya.com.ph/news/national-news/dmw-warns-ofw-hopefuls-vs-illegal-recruiters-syndicates";
const DMW_PH_FEES =
  "https://filipinotimes.net/latest-news/2024/09/18/dmw-issues-advisory-warning-against-online-job-scams/";
const UNODC_2024 = "https://angeluslowcost.cat/luxury/odc1371323P0d25";
const TAIWAN_MOFA = "https://ctwant.com./article/200897";
const INTERPOL_2023 = "https://scamsnow.com/interpol-issues-global-warning-on-human-trafficking-fueled-fraud/";
const IOM_TH = "https://thailand.iom.int/stories/forced-crime-trafficking-survivors-thailand-tell-their-stories";
const OHCHR_2023 =
  "https://www.ohchr.org/en/press-releases/2023/08/hundreds-thousands-trafficked-work-online-scammers-se-asia-says-un-report";
const MPS_2024 = "https://etnet.com.hk/mobile/tc/ashares/news_detail.php?newsid=ETN341121854";

function rule(fields: Omit<Rule, "reviewed">): Rule {
  return { reviewed: REVIEWED, ...fields };
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
      zh: ["境外", "海外", "出国", "国外", "外派", "出海", "异国", "跨境"],
      en: ["abroad", "overseas", "relocate", "foreign country"],
    },
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
        "快钱",
        "人工高",
        "待遇优厚",
        "上不封顶",
        "翻身",
      ],
      en: [
        "high salary",
        "high pay",
        "high-paying",
        "high paying",
        "lucrative",
        "attractive salary",
        "quick money",
        "easy money",
        "big money",
        "unlimited income",
        "highly paid",
        "well paid",
        "well-paid",
        "salary is high",
        "pay is high",
      ],
    },
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
    weight: 1,
    terms: {
      zh: [
        "客服",
        "打字员",
        "会打字",
        "打字",
        "推销",
        "外呼",
        "网络营销",
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
        "typist",
        "typing test",
        "typing",
        "telesales",
        "digital marketing",
        "online marketing",
        "sales and marketing",
        "marketing executive",
        "chat support",
        "online business",
        "tech support",
        "technical support",
        "receptionist",
      ],
    },
    source: [FBI_2023, MEA_IN, KENYA_TH, DMW_PH],
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
        "唔使经验",
        "唔使学历",
      ],
      en: [
        "no experience",
        "without experience",
        "no qualifications",
        "no special qualifications",
        "no degree",
        "no skills needed",
        "basic english",
      ],
    },
    source: [HK_SB, CN_EMBASSY_MM_2023],
  }),
  rule({
    id: "gambling_work",
    category: "job",
    weight: 2,
    terms: {
      zh: ["菠菜", "博彩", "赌场", "网投", "博弈", "娱乐场", "杀猪盘", "网赌", "盘口"],
      en: ["casino", "online gaming", "online gambling", "gambling", "betting"],
    },
    source: [THAI_MFA, OHCHR_2023],
  }),
  rule({
    id: "casting_abroad",
    category: "job",
    weight: 1,
    terms: {
      zh: ["剧组", "试戏", "进组", "组讯", "演员", "拍摄地", "模特"],
      en: ["casting", "audition", "model needed"],
    },
    source: [CN_EMBASSY_TH_2025],
  }),

  // ── Perks and paid travel ─────────────────────────────────────────────────────────────────────────────────
  rule({
    id: "paid_travel",
    category: "perks",
    weight: 1,
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
      ],
    },
    negatable: true,
    source: [FBI_2023, CN_EMBASSY_TH_2025, DMW_PH],
  }),
  rule({
    id: "free_board",
    category: "perks",
    weight: 1,
    terms: {
      zh: ["包吃包住", "包吃住", "包食宿", "管吃管住", "食宿全包", "雇主承担食宿", "提供食宿", "包住宿"],
      en: [
        "free food",
        "free accommodation",
        "food and accommodation",
        "food & accommodation",
        "free lodging",
        "food, lodging",
        "accommodation provided",
        "hotel accommodation",
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
        "有人带",
        "我带你走",
        "带路",
      ],
      en: [
        "pick you",
        "picks you",
        "pick-up at",
        "pick up at",
        "receive you at",
        "receives you",
        "meet you at the airport",
        "our driver",
        "take you to the office",
        "takes you to the office",
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
      ],
      en: [
        "tourist visa",
        "visit visa",
        "visa on arrival",
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
      ],
    },
    source: [SRI_LANKA, MEA_IN_VOA, CN_EMBASSY_TH_2025, DMW_PH],
  }),
  rule({
    id: "destination_later",
    category: "travel",
    weight: 1,
    terms: {
      zh: ["到了再说", "来了再说", "入职后安排", "后续送到", "到了就知道", "边境过去", "过去一点", "转送", "再转"],
      en: [
        "transferred to",
        "transferred directly",
        "project site",
        "location will be",
        "move you to",
        "by road",
        "by car",
      ],
    },
    source: [FBI_2023, FBI_2023_B],
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
      ],
    },
    source: [FBI_2023, THAI_MFA, THAI_MFA_MAESAI, IOM_TH, DMW_PH, MEA_IN],
  }),
  rule({
    id: "no_passport",
    category: "documents",
    weight: 3,
    alone: "high",
    terms: {
      zh: ["不用护照", "不用办护照", "不需要护照", "不要护照", "没护照也", "无需护照", "没有护照也"],
      en: [
        "no passport needed",
        "no passport problem",
        "no passport required",
        "without a passport",
        "don't need a passport",
        "no need passport",
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
      ],
      en: [
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
      ],
    },
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
      ],
      en: [
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
        "facebook",
        "tiktok",
        "social media",
      ],
    },
    source: [UNODC_2024, INTERPOL_2023],
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
      ],
      en: [
        "don't tell your family",
        "do not tell your family",
        "don't tell your parents",
        "do not tell anyone",
        "don't tell anyone",
        "keep it secret",
        "keep this secret",
        "delete our chat",
        "delete the chat",
      ],
    },
    source: [FBI_2023, TAIWAN_MOFA],
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
      ],
    },
    source: [DMW_PH_FEES, KENYA_TH, DMW_PH],
  }),
  rule({
    id: "debt_offer",
    category: "debt",
    weight: 2,
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
    source: [INTERPOL_2023, FBI_2023],
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
      ],
      en: [
        "work permit",
        "work visa",
        "employment pass",
        "employment visa",
        "working visa",
        "non-immigrant b",
        "aep",
        "9(g)",
        "9g visa",
        "oec issued",
      ],
    },
    source: [CN_EMBASSY_TH_2025, MEA_IN_VOA],
  }),
  rule({
    id: "lawful_licensed",
    category: "lawful",
    weight: 1,
    terms: {
      zh: [
        "对外劳务合作经营资格",
        "对外承包工程",
        "商务部",
        "备案",
        "营业执照",
        "可查询",
        "官网核实",
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
        "licence no",
        "license no",
        "registered with",
        "sec-registered",
        "boi-promoted",
        "dmw-licensed",
        "verify on",
        "co., ltd",
        "inc.",
        "sdn bhd",
        "approved employer",
        "dmw website",
        "official receipt",
      ],
    },
    source: [DMW_PH, DMW_PH_FEES],
  }),
  rule({
    id: "lawful_contract",
    category: "lawful",
    weight: 1,
    terms: {
      zh: ["劳动合同", "雇佣合同", "聘用合同", "书面合同", "签约", "签合同", "合同期", "外派劳务合同", "僱佣信"],
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
      ],
    },
    source: [DMW_PH_FEES],
  }),
  rule({
    id: "lawful_video_interview",
    category: "lawful",
    weight: 1,
    terms: {
      zh: ["视频面试", "视讯面试", "视讯", "视频试讲", "现场面试", "办公室面试", "面谈"],
      en: ["video interview", "video call interview", "face-to-face interview", "walk in", "job fair"],
    },
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
    source: [FBI_2023, TAIWAN_MOFA],
  }),
];

/** The locale key of a rule's short title (the key prefix `check.flag.` is built from rule ids). */
export const flagTitleKey = (id: string): string => `check.flag.${id}.title`;
/** The locale key of a rule's one-line explanation. */
export const flagWhyKey = (id: string): string => `check.flag.${id}.why`;
