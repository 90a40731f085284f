/**
 * Scripted answers (PRODUCT.md §2.2, §3): each entry is one reviewed answer that free-text questions are matched to.
 *
 * Editors change this file, not the matcher: `samples` are questions people might type (in their own words, one
 * situation each), `keywords` are the short phrases of the topic; the answer and menu title live in `locales/` under
 * `qa.<id>.answer` and `qa.<id>.title`. Every fact the answers state comes from the URLs in `source`
 * (taken from /work/shared/facts.md) and was last checked on `reviewed`.
 */
import type { Sourced } from "./sourced.ts";
import {
  CN_110_FAMILY,
  CN_12308,
  CN_12308_TIT,
  CN_96110,
  CN_96110_SPOOF,
  CN_ANTIFRAUD_APP,
  CN_EMBASSY_CAMBODIA,
  CN_EMBASSY_MM_2023,
  CN_EMBASSY_TH_2025,
  CONTENT_REVIEWED,
  DMW_PH,
  DMW_PH_FEES,
  FBI_2023,
  FBI_2023_B,
  HK_ADCC_18222,
  HK_ADCC_SPOOF,
  HK_IMMD_1868,
  HK_SB,
  INTERPOL_2023,
  INTERPOL_STORM_MAKERS,
  IOM_TH,
  KENYA_TH,
  KE_DIASPORA,
  KE_EMBASSY_2024,
  KH_117,
  LA_POLICE,
  LK_SLBFE,
  MEA_IN_VOA,
  MFA_CN_2022,
  MM_POLICE,
  MO_JUDICIARY_POLICE,
  MO_PSP_DOCUMENTS,
  MPS_2024,
  MY_MFA_2022,
  OHCHR_2023,
  OHCHR_2023_REPORT,
  OHCHR_LATER,
  PH_1343,
  PH_1348,
  PH_1348_LAUNCH,
  PH_911,
  PH_DFA_2025,
  PH_DMW_AIR,
  PH_TOURISTS_CAMBODIA,
  SRI_LANKA,
  TAIWAN_MOFA,
  THAI_EMBASSY_GT,
  THAI_MFA,
  THAI_MFA_MAESAI,
  TW_165,
  TW_MOFA_ABROAD,
  TW_MOFA_EMERGENCY,
  VN_MFA_2025,
} from "./sources.ts";

/** Why a message signals danger now; each reason is answered by one emergency entry (`emergencyFor`). */
export const DANGER_REASONS = ["held", "beaten", "trafficked", "passport", "ransom", "silent", "distress"] as const;
export type DangerReason = (typeof DANGER_REASONS)[number];

/** Per-language text lists; zh-hant is optional because Traditional input is folded to Simplified before matching. */
export interface QaTexts {
  "zh-hans": readonly string[];
  "zh-hant"?: readonly string[];
  en: readonly string[];
}

export interface QaEntry extends Sourced {
  /** Stable id: used in callback data, locale keys (`qa.<id>.answer`, `qa.<id>.title`) and the Q&A eval. */
  id: string;
  /** Whole questions a user might send about this topic. */
  samples: QaTexts;
  /** Short phrases that name the topic; they weigh more than a single sample's words. */
  keywords: QaTexts;
  answerKey: `qa.${string}.answer`;
  titleKey: `qa.${string}.title`;
  /** Entries offered next to this one (buttons "see also"). */
  related: readonly string[];
  /** Shown first, before anything else, when someone may be in danger now. */
  emergency?: boolean;
  /** Danger signals (src/qa/danger.ts) this emergency entry answers first. */
  emergencyFor?: readonly DangerReason[];
}

const CN_MFA_REPORT = "http://ecns.cn/news/politics/2022-08-29/detail-ihccsiks1351186.shtml";
const IN_EMBASSY_YANGON =
  "https://theprint.in/diplomacy/india-issues-new-advisory-against-fake-job-rackets-in-myanmar-flags-another-dangerous-area/2114592";
const ID_KEMLU_2024 =
  "https://www.medcom.id/internasional/asean/nbwPW43k-kasus-wni-terjerat-online-scam-terus-meningkat-tiap-tahun";
const KE_RANSOM =
  "https://tuko.co.ke/business-economy/565280-kenyas-embassy-thailand-issues-warning-jobs-mynmar-stop-travelling";
const SG_MHA_2022 =
  "https://mha.gov.sg/mediaroom/parliamentary/written-reply-to-pq-on-steps-taken-by-mha-on-raising-awareness-of-overseas-job-scams-and-human-trafficking-syndicates";
const CN_12308_SPOOF = "https://baijiahao.baidu.com/s?for=pc&id=1805329383575189057&wfr=spider";
const KE_BOUGHT =
  "https://beta.nation.co.ke/kenya/news/state-warns-kenyans-against-travel-to-myanmar-as-cases-of-abductions-slavery-rise-4793584";
const ID_KBRI_FEES = "https://www.suarasurabaya.net/?p=870932";
const ID_KBRI_IMPERSONATION =
  "https://gorontalo.tribunnews.com/nasional/80331/lebih-1000-kasus-warga-indonesia-terlibat-masalah-penipuan-online-di-kamboja?page=2";
const IOM_COUNTER_TRAFFICKING = "https://thailand.iom.int/counter-trafficking";
const IOM_REPATRIATION =
  "https://roasiapacific.iom.int/news/iom-urgently-seeks-usd-25-million-repatriate-victims-trafficking-forced-criminality-stranded-along-thai-myanmar-border";
const INTERPOL_2023_ST = "https://tnp.straitstimes.com/news/world/syndicates-luring-thousands-fake-jobs-warns-interpol";
const OHCHR_2023_REUTERS =
  "https://media.interaksyon.com/politics-issues/2023/08/29/259276/hundreds-of-thousands-trafficked-into-southeast-asia-scam-centers-un";
const OHCHR_LATER_TRT = "https://www.trtworld.com/article/4a7cd51fd826/amp";

function entry(id: string, fields: Omit<QaEntry, "id" | "answerKey" | "titleKey" | "reviewed">): QaEntry {
  return { id, answerKey: `qa.${id}.answer`, titleKey: `qa.${id}.title`, reviewed: CONTENT_REVIEWED, ...fields };
}

/** The scripted answers, in menu order. */
export const QA_ENTRIES: readonly QaEntry[] = [
  entry("offer_safety", {
    samples: {
      "zh-hans": [
        "有人给我介绍去柬埔寨上班，这个工作可靠吗？",
        "去缅甸当网络销售安全不安全？",
        "老挝那边招打字员，能不能去？",
        "泰国的工作机会是真的还是骗局？",
        "一个东南亚的岗位邀请我过去，我该不该接受？",
        "朋友推荐我去西港做运营，会不会有危险？",
        "这份海外工作看起来不错，值得去吗？",
        "怎么知道境外这份工作是不是正规的？",
      ],
      "zh-hant": [
        "有人介紹我去柬埔寨做客服，這份工作安全嗎？",
        "去泰國返工靠唔靠得住？",
        "這個東南亞的工作機會是真的嗎？",
      ],
      en: [
        "Is this job offer in Cambodia safe?",
        "Someone offered me a sales job in Myanmar, should I go?",
        "Is it dangerous to accept a customer support position in Laos?",
        "I got an offer to work in Thailand, is it legit?",
        "Can I trust this overseas job in Southeast Asia?",
        "Is a marketing job in Sihanoukville real or a scam?",
        "Would it be safe to take a job in the Philippines that a stranger offered me?",
        "Is this position abroad genuine?",
      ],
    },
    keywords: {
      "zh-hans": [
        "安全吗",
        "靠谱吗",
        "可靠吗",
        "能去吗",
        "能去不",
        "可以去吗",
        "可唔可以去",
        "要不要去",
        "正规吗",
        "可信吗",
        "能相信吗",
        "信得过吗",
        "是不是骗局",
        "海外工作",
        "境外工作",
        "工作机会",
      ],
      en: [
        "is it safe",
        "legit",
        "genuine",
        "trustworthy",
        "can i trust",
        "job offer",
        "safe to go",
        "real or scam",
        "should i accept",
      ],
    },
    related: ["red_flags", "verify_employer", "high_pay"],
    source: [OHCHR_2023, FBI_2023, HK_SB, CN_EMBASSY_TH_2025],
  }),
  entry("verify_employer", {
    samples: {
      "zh-hans": [
        "怎么核实国外的雇主是不是真的公司？",
        "中介说是正规劳务派遣，我怎么查证？",
        "怎么确认招聘我的公司在当地真的存在？",
        "出国工作前要对方提供哪些材料才放心？",
        "怎样判断一个海外招聘中介有没有资质？",
        "对方给了公司名字和地址，怎么去核实？",
        "怎么查一家境外公司的营业执照和工作许可？",
      ],
      "zh-hant": ["要怎麼查證海外公司是不是合法登記的？", "仲介說有牌照，我要怎樣核實？"],
      en: [
        "How can I check that a foreign employer is real?",
        "How do I verify a recruitment agency before paying anything?",
        "What documents should a real employer abroad give me before I travel?",
        "How to confirm a company in Bangkok actually exists?",
        "How do I know if a recruiter is licensed?",
        "Can I look up whether an overseas company is registered?",
        "Which checks should I do on an employer before accepting a job abroad?",
      ],
    },
    keywords: {
      "zh-hans": [
        "核实",
        "查证",
        "核查",
        "资质",
        "营业执照",
        "劳务公司",
        "中介资格",
        "公司是否存在",
        "工作许可",
        "劳动合同",
        "押金",
        "中介费",
      ],
      en: [
        "verify",
        "check the company",
        "licensed",
        "registered",
        "work permit",
        "contract",
        "background check",
        "agency",
        "deposit",
        "fee",
      ],
    },
    related: ["offer_safety", "visa_work", "red_flags"],
    source: [FBI_2023, DMW_PH_FEES, LK_SLBFE, ID_KEMLU_2024, VN_MFA_2025, MY_MFA_2022],
  }),
  entry("visa_work", {
    samples: {
      "zh-hans": [
        "拿旅游签证去国外上班可以吗？",
        "免签入境以后能不能直接工作？",
        "对方说落地签过去就行，不用办工作签，这正常吗？",
        "先用商务签过去，到了再转工作签靠谱吗？",
        "出国打工需要办什么签证？",
        "没有工作许可在东南亚上班会怎么样？",
      ],
      "zh-hant": ["用觀光簽證過去工作會有問題嗎？", "落地簽可以在當地打工嗎？"],
      en: [
        "Can I work abroad on a tourist visa?",
        "The agent says visa on arrival is enough to start working, is that true?",
        "Do I need a work permit or can I go visa-free?",
        "They promise to change my visitor visa into a work visa after I land, is that normal?",
        "What visa do I need to work in Cambodia?",
        "Is it okay to travel as a tourist and sort out the job papers later?",
      ],
    },
    keywords: {
      "zh-hans": [
        "旅游签",
        "旅游签证",
        "落地签",
        "免签",
        "工作签",
        "工作签证",
        "工作许可",
        "工作准证",
        "商务签",
        "签证",
      ],
      en: ["tourist visa", "visa on arrival", "visa-free", "work visa", "work permit", "visitor visa", "visa"],
    },
    related: ["verify_employer", "routes", "red_flags"],
    source: [MEA_IN_VOA, CN_EMBASSY_TH_2025, SRI_LANKA, PH_TOURISTS_CAMBODIA],
  }),
  entry("compound_life", {
    samples: {
      "zh-hans": [
        "电诈园区里面到底是什么样的？",
        "进了园区会被逼着做什么？",
        "园区里的人是不是出不来？",
        "听说园区会打人、关小黑屋，是真的吗？",
        "诈骗园区的工作具体是做什么？",
        "被卖到园区的人会遇到什么？",
        "园区每天要完成多少业绩，完不成会怎样？",
        "园区里的人会被卖到别的公司是怎么回事",
        "园区给家里发消息是不是有人盯着，让照着稿子回？",
        "园区一天要上多少个小时的班 会不会被罚款",
      ],
      "zh-hant": [
        "詐騙園區裡面的生活是怎樣的？",
        "聽講園區會打人，係咪真㗎？",
        "園區每日要做幾多業績先得？",
        "聽說園區會把人轉賣給別的公司，是真的嗎？",
        "園區一天要工作幾個小時？",
        "園區入面係點㗎？啲人日日要做咩？",
      ],
      en: [
        "What is life like inside a scam compound?",
        "What do they make people do in scam centres?",
        "Is it true that workers in these compounds get beaten?",
        "Can people leave a scam compound once they are there?",
        "What really goes on in the KK Park type places?",
        "What happens to people once they are inside a scam compound?",
        "What is the work in a fraud factory in Myanmar?",
        "What happens if you don't hit the target in a scam compound?",
        "Do scam centres sell workers on to another company?",
        "do they watch the workers chats and give them scripts to reply",
      ],
    },
    keywords: {
      "zh-hans": ["园区", "电诈园区", "诈骗园区", "小黑屋", "业绩", "指标", "转卖", "罚款", "监视", "强迫诈骗"],
      "zh-hant": ["園區", "業績", "轉賣", "小黑屋", "罰款"],
      en: [
        "scam compound",
        "scam centre",
        "scam center",
        "inside",
        "forced to scam",
        "quota",
        "target",
        "sold on",
        "shifts",
        "punishment",
      ],
    },
    related: ["trapped_help", "ransom", "lost_contact"],
    source: [OHCHR_2023, OHCHR_LATER, OHCHR_LATER_TRT, FBI_2023_B, INTERPOL_2023_ST, INTERPOL_2023, MFA_CN_2022],
  }),
  entry("lost_contact", {
    emergency: true,
    emergencyFor: ["silent"],
    samples: {
      "zh-hans": [
        "孩子出国打工后联系不上了怎么办？",
        "我哥去了东南亚，好几天没回消息",
        "家人去泰国工作后失联了，去哪里报警？",
        "男朋友出国后电话一直打不通",
        "亲戚说去海外上班，现在找不到人了",
        "女儿在国外突然不回微信了，我很担心",
      ],
      "zh-hant": ["屋企人去咗外國做嘢，而家搵唔到人點算？", "我老公出國工作後一直聯絡不到，要去哪裡報案？"],
      en: [
        "My son went to work abroad and stopped answering, what should I do?",
        "I lost contact with my sister after she left for a job in Cambodia",
        "My friend went to Thailand for a job and has been silent for a week",
        "My daughter's phone has been off since she arrived abroad",
        "We have not heard from my brother since he left for an overseas job",
        "A relative went missing after taking a job in Southeast Asia",
      ],
    },
    keywords: {
      "zh-hans": ["失联", "联系不上", "联系不到", "找不到人", "没消息", "不回消息", "关机", "打不通", "报警", "报案"],
      en: [
        "lost contact",
        "missing",
        "not answering",
        "no reply",
        "phone off",
        "haven't heard",
        "stopped replying",
        "report missing",
      ],
    },
    related: ["trapped_help", "ransom", "routes"],
    source: [CN_12308, CN_12308_TIT, CN_110_FAMILY, HK_SB, TW_MOFA_EMERGENCY, PH_DFA_2025],
  }),
  entry("passport_taken", {
    emergency: true,
    emergencyFor: ["passport"],
    samples: {
      "zh-hans": [
        "老板把我的护照扣了不还怎么办？",
        "公司说护照要统一保管，可以吗？",
        "一到那边护照就被收走了",
        "雇主扣着护照不让我走",
        "中介拿走了我的护照说要办手续",
        "不交钱就不还护照，怎么办？",
      ],
      "zh-hant": ["公司扣住我的護照不還，怎麼辦？", "老細收咗我本護照，點算？"],
      en: [
        "My employer took my passport and won't give it back",
        "The company is keeping my passport, what can I do?",
        "They confiscated my passport when I arrived",
        "Is it legal for a boss to hold my passport?",
        "The agent has my passport and says I must pay to get it back",
        "How do I get my passport back from the company?",
      ],
    },
    keywords: {
      "zh-hans": ["护照被扣", "扣护照", "收走护照", "没收护照", "护照不还", "保管护照", "证件被扣"],
      en: ["passport taken", "confiscated passport", "holding my passport", "kept my passport", "passport back"],
    },
    related: ["trapped_help", "compound_life", "lost_contact"],
    source: [TAIWAN_MOFA, FBI_2023_B, CN_12308, KH_117, HK_SB, TW_MOFA_EMERGENCY],
  }),
  entry("ransom", {
    emergency: true,
    emergencyFor: ["ransom"],
    samples: {
      "zh-hans": [
        "对方要我们交钱才肯放人，要不要给？",
        "园区打电话要赎金，该怎么办？",
        "他们说赔钱才能回来，这钱要给吗？",
        "付了赎金真的会放人吗？",
        "有人让家里打钱赎人",
      ],
      "zh-hant": ["對方要贖金才放人，應該付嗎？", "佢哋要我哋俾錢先放人，點算？"],
      en: [
        "They want money to let my brother go, should we pay?",
        "The compound is demanding a ransom for my son",
        "If we pay the ransom will they release her?",
        "Someone says I must pay a fine before he can come home",
        "We got a call asking for thousands of dollars to free my cousin",
      ],
    },
    keywords: {
      "zh-hans": ["赎金", "赎人", "放人", "交钱", "赔钱", "打钱", "赔偿金"],
      en: ["ransom", "pay to release", "release him", "release her", "demanding money", "buy back", "pay for freedom"],
    },
    related: ["trapped_help", "lost_contact", "report_recruiter"],
    source: [THAI_MFA, KE_RANSOM, OHCHR_LATER, FBI_2023_B, MFA_CN_2022, CN_12308, CN_110_FAMILY, KH_117],
  }),
  entry("trapped_help", {
    emergency: true,
    emergencyFor: ["held", "beaten", "trafficked", "distress"],
    samples: {
      "zh-hans": [
        "被困在园区里，怎么求救？",
        "怎么联系中国驻缅甸大使馆？",
        "家人被关在柬埔寨，怎么才能救出来？",
        "我被骗到国外出不来了，怎么办？",
        "领事保护电话是多少？",
        "在国外遇到危险找谁帮忙？",
        "怎么请大使馆出面解救？",
      ],
      "zh-hant": ["朋友被困在園區，可以找誰求救？", "我被關住走唔到，可以搵邊個幫手？"],
      en: [
        "How do I contact my embassy if I am trapped abroad?",
        "My brother is being held in a compound, how can we get him out?",
        "Who can rescue someone stuck in a scam centre?",
        "I was tricked into going to Myanmar and can't leave, who can help me?",
        "What is the emergency number for the Chinese embassy in Cambodia?",
        "How can the embassy help a victim of trafficking?",
        "Where do I get help if I am in danger abroad?",
      ],
    },
    keywords: {
      "zh-hans": ["求救", "解救", "救人", "被困", "大使馆", "使馆", "领事", "12308", "求助", "出不来"],
      en: ["embassy", "rescue", "trapped", "held", "help", "consulate", "get out", "stuck", "emergency"],
    },
    related: ["lost_contact", "passport_taken", "ransom"],
    source: [
      CN_12308,
      CN_12308_TIT,
      HK_SB,
      CN_EMBASSY_CAMBODIA,
      KH_117,
      MM_POLICE,
      LA_POLICE,
      PH_911,
      TW_MOFA_EMERGENCY,
    ],
  }),
  entry("whom_to_call", {
    samples: {
      "zh-hans": [
        "家里人在国外出事了，第一个电话该打给谁？",
        "出事了是先报警还是先找大使馆",
        "人失踪多久才能报案？要等24小时吗",
        "12308和110有什么区别，各管什么？",
        "国外出事 报警 外交部 大使馆 先找哪个",
        "出国的人出了事，家里应该联系谁？",
        "当地警察靠得住吗，还是直接找中国大使馆？",
        "领事馆能帮我们做什么，不能做什么？",
        "弟弟在柬埔寨出事了，我应该先打110还是12308",
        "报警是不是要等满48小时才受理",
      ],
      "zh-hant": [
        "屋企人喺外國出事，第一個電話應該打俾邊個？",
        "人唔見咗要等幾耐先可以報警？",
        "在國外出事要先報警還是先找駐外館處？",
        "外交部緊急聯絡中心可以幫什麼忙？",
        "165跟110有什麼不一樣，家人在國外出事要打哪個？",
        "入境處1868同香港警察有咩分別，應該先搵邊個？",
        "家人失蹤要等24小時才能報案嗎？",
      ],
      en: [
        "Who should I call first if my brother is in trouble abroad?",
        "Police, embassy or foreign ministry: which one do I contact first?",
        "How long does someone have to be missing before I can report it?",
        "Do I have to wait 24 hours before reporting a missing person?",
        "what can the embassy actually do for us and what cant it do",
        "local police there or police here, who to call first",
        "My cousin got into trouble in Cambodia, call police here or embassy there first ah?",
        "Sino ang dapat tawagan first, embassy o police, kung may problema ang kapatid ko abroad?",
        "yaar whom to call first if bhai is in trouble abroad, police or embassy?",
      ],
    },
    keywords: {
      "zh-hans": [
        "打给谁",
        "先找谁",
        "先报警",
        "先打哪个",
        "等多久",
        "24小时",
        "外交部",
        "大使馆能做什么",
        "当地警察",
        "联系谁",
      ],
      "zh-hant": ["打俾邊個", "先搵邊個", "駐外館處", "外交部緊急聯絡中心", "等幾耐"],
      en: [
        "who to call",
        "whom to call",
        "call first",
        "contact first",
        "how long missing",
        "wait 24 hours",
        "local police",
        "foreign ministry",
        "what can the embassy do",
      ],
    },
    related: ["trapped_help", "lost_contact", "report_recruiter"],
    source: [
      CN_110_FAMILY,
      CN_12308,
      CN_12308_SPOOF,
      CN_96110_SPOOF,
      TW_MOFA_EMERGENCY,
      TW_MOFA_ABROAD,
      TW_165,
      HK_IMMD_1868,
      HK_ADCC_18222,
      HK_ADCC_SPOOF,
      PH_DFA_2025,
      KH_117,
      MM_POLICE,
    ],
  }),
  entry("return_punished", {
    samples: {
      "zh-hans": [
        "被骗去园区干过诈骗，回国会坐牢吗？",
        "被逼着骗人，算不算犯罪？",
        "从柬埔寨逃回来会被追究责任吗？",
        "在境外被强迫参与电诈，回来会怎么处理？",
        "回国以后警察会找我吗？",
        "在园区被当地警察抓了，会被遣返回国受审吗？",
      ],
      "zh-hant": ["被迫做詐騙，回國會被判刑嗎？", "被騙去園區，返嚟會唔會被拉？", "做過詐騙，返到香港會唔會要坐監？"],
      en: [
        "Will I go to jail at home for the scams I was forced to do?",
        "Are people rescued from scam centres treated as criminals?",
        "Can I be prosecuted after escaping a scam compound?",
        "Will my son be arrested when he comes back from Myanmar?",
        "Is someone forced into online fraud a victim or a criminal?",
        "Will I be in trouble with the authorities when I return after being trafficked?",
      ],
    },
    keywords: {
      "zh-hans": [
        "坐牢",
        "判刑",
        "犯罪",
        "追究",
        "回国",
        "被迫",
        "处罚",
        "起诉",
        "拘留",
        "法律责任",
        "坐监",
        "偷渡",
        "差佬",
      ],
      en: [
        "jail",
        "prison",
        "prosecuted",
        "arrested",
        "criminal",
        "charged",
        "punished",
        "victim",
        "come back",
        "return home",
        "makukulong",
        "kulong",
        "dipenjara",
        "ditangkap",
      ],
    },
    related: ["after_return", "trapped_help", "compound_life"],
    source: [OHCHR_2023, OHCHR_2023_REUTERS, MPS_2024],
  }),
  entry("after_return", {
    samples: {
      "zh-hans": [
        "从园区出来了但护照不在身上，怎么回国？",
        "没有护照，使馆能给办回国的旅行证件吗",
        "刚从柬埔寨回来，身无分文，去哪里找帮助？",
        "我弟从缅甸回来以后一句话都不说，我们该怎么跟他沟通？",
        "女儿回家后天天做噩梦，不愿意提那边的事，怎么办",
        "回国以后有没有机构能帮忙",
        "被解救回国后还要做些什么？",
        "回来以后 补证件 帮助 心理",
      ],
      "zh-hant": [
        "阿仔由柬埔寨返咗嚟，成日唔出聲，點樣同佢傾？",
        "回到台灣之後有哪裡可以求助？",
        "本護照唔喺身邊，點樣先返到香港？",
        "他回來後都不講話，家人要怎麼陪伴？",
        "被救回來以後還有什麼要辦？",
        "啱啱由緬甸返到嚟，跟住要做啲咩？",
      ],
      en: [
        "I got out of the compound but have no passport, how do I get home?",
        "Can the embassy give me a travel document to fly home?",
        "My brother came back from Myanmar and won't talk about it, how do we help him?",
        "Is there any help for survivors after they return home?",
        "after coming back what next, need help with documents and money",
        "my ate is back from Cambodia pero ayaw niyang magkwento, what do we do?",
        "She is home now but has nightmares and won't open up, how to talk to her",
        "bhai wapas aa gaya from Myanmar but he is not talking to anyone, what should we do",
      ],
    },
    keywords: {
      "zh-hans": ["回国后", "回来以后", "旅行证", "回国证件", "补办护照", "不说话", "沟通", "心理", "噩梦", "帮助机构"],
      "zh-hant": ["返咗嚟", "唔出聲", "回來後", "不講話", "陪伴"],
      en: [
        "after return",
        "back home",
        "came back",
        "travel document",
        "no passport",
        "won't talk",
        "survivor",
        "returnee",
        "nightmares",
        "support",
      ],
    },
    related: ["return_punished", "passport_taken", "trapped_help"],
    source: [
      MO_PSP_DOCUMENTS,
      KE_DIASPORA,
      ID_KBRI_FEES,
      ID_KBRI_IMPERSONATION,
      OHCHR_2023,
      OHCHR_2023_REUTERS,
      IOM_COUNTER_TRAFFICKING,
      IOM_REPATRIATION,
      PH_1348_LAUNCH,
      PH_1348,
      PH_1343,
      INTERPOL_2023_ST,
      OHCHR_LATER_TRT,
    ],
  }),
  entry("high_pay", {
    samples: {
      "zh-hans": [
        "不要经验月薪两万，是不是太好了？",
        "为什么国外的工作工资这么高？",
        "只要会打字就能月入过万，可信吗？",
        "工资高门槛低的海外工作能信吗？",
        "高薪招聘不限学历是真的吗？",
        "对方说可以预支工资帮我还债，可信吗？",
      ],
      "zh-hant": ["唔使經驗都有高人工，係咪呃人？", "月薪好高又不用經驗，可信嗎？"],
      en: [
        "The salary is very high and no experience is needed, is that suspicious?",
        "Why would an overseas job pay so much for simple typing work?",
        "Is a huge salary for an easy job abroad a red flag?",
        "They offer three times my current pay without any interview, is it real?",
        "Too good to be true salary for customer service abroad",
      ],
    },
    keywords: {
      "zh-hans": ["高薪", "工资高", "月入过万", "月薪", "不要经验", "免经验", "门槛低", "轻松", "不限学历"],
      en: [
        "high salary",
        "high pay",
        "no experience",
        "too good to be true",
        "easy money",
        "huge salary",
        "big salary",
      ],
    },
    related: ["offer_safety", "red_flags", "paid_travel"],
    source: [CN_EMBASSY_MM_2023, HK_SB, FBI_2023, VN_MFA_2025, SG_MHA_2022],
  }),
  entry("paid_travel", {
    samples: {
      "zh-hans": [
        "公司说包机票包吃住，这种正常吗？",
        "对方愿意报销路费，是不是陷阱？",
        "老板先帮我出机票，到了从工资里扣，可以吗？",
        "免费包机送过去上班靠谱吗？",
        "机场有人接，车费全包，要注意什么？",
      ],
      "zh-hant": ["公司說機票食宿全包，會不會有問題？", "佢哋幫我出晒機票，係咪有古惑？"],
      en: [
        "The employer will pay for my flight and accommodation, is that a warning sign?",
        "Why is the company offering a free plane ticket?",
        "They cover travel costs and deduct them from my salary later, is that okay?",
        "Someone will pick me up at the airport and drive me to the office, should I worry?",
        "Free flights, food and housing for a job abroad: too good?",
      ],
    },
    keywords: {
      "zh-hans": ["包机票", "报销机票", "包吃包住", "包食宿", "路费", "机票", "接机", "专人接送", "车费"],
      en: [
        "flight paid",
        "free ticket",
        "plane ticket",
        "accommodation",
        "hotel",
        "travel paid",
        "pick me up",
        "airport",
        "free flight",
      ],
    },
    related: ["high_pay", "routes", "red_flags"],
    source: [FBI_2023_B, FBI_2023, CN_EMBASSY_TH_2025, KE_RANSOM, KE_BOUGHT],
  }),
  entry("recruiting_channels", {
    samples: {
      "zh-hans": [
        "在电报群里看到的招聘能信吗？",
        "微信上陌生人私聊我介绍出国工作",
        "亲戚介绍的海外工作是不是就安全？",
        "抖音上的境外招聘广告可靠吗？",
        "QQ群里招人去国外，要注意什么？",
        "熟人拉我出国赚钱，应该相信吗？",
      ],
      "zh-hant": ["臉書上看到的海外徵才可以相信嗎？", "朋友介紹的工作，應該冇問題掛？"],
      en: [
        "Can I trust a job I found in a Telegram group?",
        "A stranger on WeChat offered me work abroad",
        "My friend recommends a job overseas, does that make it safe?",
        "Are job ads on Facebook or TikTok for Thailand real?",
        "A recruiter messaged me on WhatsApp out of the blue",
        "Is it safe to apply for overseas jobs through social media?",
      ],
    },
    keywords: {
      "zh-hans": [
        "电报",
        "飞机",
        "telegram",
        "微信",
        "qq群",
        "抖音",
        "短视频",
        "熟人介绍",
        "朋友介绍",
        "亲戚介绍",
        "私聊",
        "群里",
      ],
      en: [
        "telegram",
        "wechat",
        "whatsapp",
        "facebook",
        "tiktok",
        "social media",
        "friend",
        "group chat",
        "recruiter messaged",
      ],
    },
    related: ["offer_safety", "verify_employer", "report_recruiter"],
    source: [INTERPOL_2023, OHCHR_2023_REPORT, IN_EMBASSY_YANGON, KE_EMBASSY_2024],
  }),
  entry("friend_leaving", {
    samples: {
      "zh-hans": [
        "朋友非要去柬埔寨上班，劝不住怎么办？",
        "表妹下周就要飞泰国做客服，怎么说都不听",
        "家里人被高薪迷住了，铁了心要出国，我能做什么",
        "同学要去缅甸打工 拦不住 怎么办",
        "劝不动男朋友别去西港，该怎么办？",
        "我哥马上要出国打工了，家里人要提前做哪些准备？",
        "闺蜜说到了曼谷有人接她，她不听劝，我好担心",
        "朋友要出国 劝不住 暗号 报平安",
      ],
      "zh-hant": [
        "個friend話下個禮拜去柬埔寨做嘢，點勸都唔聽，點算？",
        "朋友堅持要去泰國工作，勸不聽怎麼辦？",
        "我細佬話要去緬甸搵工，我哋可以做啲咩？",
        "弟弟要去柬埔寨上班，家人可以先幫他做什麼準備？",
        "表姐一定要出國工作，要怎麼跟她約好報平安？",
      ],
      en: [
        "My friend is leaving for a job in Cambodia next week and won't listen to me",
        "How do I stop my cousin from taking a suspicious job in Thailand?",
        "My sister is determined to go, what can the family do before she leaves?",
        "my friend confirm going to Myanmar for that high pay job already, cannot convince him lah",
        "yaar my bhai is flying to Bangkok for a data entry job, he is not listening, what to do",
        "Ayaw makinig ng pinsan ko, aalis na siya for a call center job sa Cambodia, what should I do?",
        "friend leaving soon suspicious job abroad won't listen",
        "How can we stay in touch safely with my son after he leaves for work overseas?",
      ],
    },
    keywords: {
      "zh-hans": ["劝不住", "不听劝", "拦不住", "劝不动", "非要去", "铁了心", "马上要走", "报平安", "暗号", "出发前"],
      "zh-hant": ["勸不聽", "唔聽", "點勸", "堅持要去", "報平安", "出發前準備"],
      en: [
        "won't listen",
        "not listening",
        "stop",
        "convince",
        "insists",
        "about to leave",
        "leaving soon",
        "check-in",
        "code word",
        "determined to go",
      ],
    },
    related: ["red_flags", "verify_employer", "report_recruiter"],
    source: [
      FBI_2023_B,
      FBI_2023,
      IN_EMBASSY_YANGON,
      MY_MFA_2022,
      MEA_IN_VOA,
      CN_EMBASSY_TH_2025,
      DMW_PH_FEES,
      KE_EMBASSY_2024,
    ],
  }),
  entry("report_recruiter", {
    samples: {
      "zh-hans": [
        "怎么举报招人去缅甸的中介？",
        "发现诈骗招聘信息该向哪里举报？",
        "举报境外高薪招聘打哪个电话？",
        "国家反诈中心怎么举报？",
        "有人拉人出国搞诈骗，我想报警",
        "可以匿名举报中介吗？",
        "举报招聘的人会不会暴露我的身份",
      ],
      "zh-hant": ["要去哪裡檢舉假的海外招聘？", "想舉報呃人去外國做嘢嘅中介", "可唔可以匿名舉報個中介？"],
      en: [
        "How can I report a fake recruiter?",
        "Where do I report someone recruiting people for scam compounds?",
        "Who should I tell about a suspicious job agent?",
        "Is there a hotline to report human trafficking recruiters?",
        "I want to report a scam job ad, how?",
        "Can I report a recruiter anonymously?",
        "Will the agent find out that I reported him?",
      ],
    },
    keywords: {
      "zh-hans": ["举报", "检举", "报警", "反诈", "96110", "国家反诈中心", "举报电话", "匿名举报", "匿名"],
      en: ["report", "hotline", "tip off", "report recruiter", "report scam", "anti-trafficking", "anonymous"],
    },
    related: ["recruiting_channels", "red_flags", "trapped_help"],
    source: [
      CN_96110,
      CN_ANTIFRAUD_APP,
      CN_MFA_REPORT,
      TW_165,
      HK_ADCC_18222,
      MO_JUDICIARY_POLICE,
      PH_1343,
      PH_DMW_AIR,
    ],
  }),
  entry("red_flags", {
    samples: {
      "zh-hans": [
        "出国求职有哪些骗局的特征？",
        "境外招聘诈骗一般有什么套路？",
        "怎么识别海外工作陷阱？",
        "海外招聘哪些情况要警惕？",
        "出国打工怎样防止被骗？",
      ],
      "zh-hant": ["海外求職有哪些警訊？", "點樣分辨外國工係咪呃人？"],
      en: [
        "What are the warning signs of a fake job abroad?",
        "How do I spot an overseas job scam?",
        "What tricks do traffickers use in job offers?",
        "Signs that a foreign job offer is a trap",
        "How to avoid being scammed when looking for work overseas",
      ],
    },
    keywords: {
      "zh-hans": ["骗局", "陷阱", "套路", "特征", "警惕", "识别", "防骗", "危险信号", "诈骗招聘", "手法", "骗人"],
      en: ["red flags", "warning signs", "scam", "trap", "spot", "avoid", "tricks", "trick", "lure", "fake job"],
    },
    related: ["offer_safety", "high_pay", "verify_employer"],
    source: [FBI_2023, HK_SB, SG_MHA_2022, VN_MFA_2025, DMW_PH],
  }),
  entry("routes", {
    samples: {
      "zh-hans": [
        "先飞曼谷再坐车去湄索，这条路线有问题吗？",
        "对方让我晚上坐船过河，安全吗？",
        "到了机场又说工作地点换了，怎么回事？",
        "他们说走小路过边境更快",
        "中介安排坐车到边境再换车",
      ],
      "zh-hant": ["到咗曼谷之後話要坐車去邊境，係咪有問題？", "對方說要坐船過河到公司，正常嗎？"],
      en: [
        "They want me to fly to Bangkok and then drive to Mae Sot, is that normal?",
        "Why would a job need a boat across the river at night?",
        "The work location changed after I accepted, should I worry?",
        "The recruiter says we will cross the border by car without stamping passports",
        "Is the route through Mae Sot to Myawaddy dangerous?",
      ],
    },
    keywords: {
      "zh-hans": ["曼谷", "湄索", "妙瓦底", "过河", "坐船", "偷渡", "边境", "换地点", "小路", "路线"],
      en: ["bangkok", "mae sot", "myawaddy", "river", "boat", "border", "crossing", "route", "location changed"],
    },
    related: ["visa_work", "paid_travel", "offer_safety"],
    source: [
      KENYA_TH,
      KE_RANSOM,
      IOM_TH,
      THAI_MFA,
      THAI_MFA_MAESAI,
      THAI_EMBASSY_GT,
      FBI_2023_B,
      INTERPOL_STORM_MAKERS,
    ],
  }),
  entry("about_bot", {
    samples: {
      "zh-hans": ["你能做什么？", "这个机器人怎么用？", "你能帮我救人吗？", "你是谁，信息从哪来？"],
      "zh-hant": ["你可以幫我做咩？", "這個機器人可以做什麼？"],
      en: [
        "What can you do?",
        "How does this bot work?",
        "Can you rescue someone for me?",
        "Who are you and where does your information come from?",
      ],
    },
    keywords: {
      "zh-hans": ["机器人", "你能做什么", "怎么用", "功能", "你是谁"],
      en: ["bot", "what can you do", "how to use", "who are you", "features"],
    },
    related: ["offer_safety", "trapped_help", "red_flags"],
    source: [INTERPOL_2023, OHCHR_2023, FBI_2023],
  }),
];

/**
 * Questions that are NOT about overseas-job scams but share their words (visa, passport, abroad, salary, contract).
 * The matcher indexes them as a "not ours" class so that, say, a student-visa question gets the menu instead of the
 * tourist-visa-for-work answer. Written for each neighbouring domain named in the product brief, not from any eval
 * sentence; they state no fact, so they carry no source.
 */
export const QA_OUT_OF_SCOPE: QaTexts = {
  "zh-hans": [
    "出国留学要办什么签证？",
    "去国外读本科或者硕士需要什么签证？",
    "申请国外大学研究生需要准备什么材料？",
    "怎么申请海外奖学金？",
    "打工度假签证怎么申请？",
    "旅游的时候护照被偷了怎么补办？",
    "出国旅游钱包和护照丢了怎么办？",
    "试用期不签劳动合同合法吗？",
    "公司拖欠工资去哪里投诉？",
    "国内找工作简历怎么写？",
    "去日本旅游要办什么签证？",
    "护照快过期了怎么换新的？",
    "国外读书可以兼职打工吗？",
    "移民需要什么条件？",
    "交换生项目怎么报名？",
    "送外卖要先交押金吗？",
    "美团骑手的押金能退吗",
    "当外卖骑手押金不退怎么办",
    "澳洲打工度假签证名额怎么抢？",
    "去新西兰打工度假要多少存款证明",
    "英国学生签证要准备哪些材料？",
    "F1签证面签要注意什么",
    "留学生签证被拒签了还能再申请吗？",
    "明天天气怎么样？",
    "航班延误了可以要求赔偿吗？",
    "共享单车的押金怎么退？",
    "租房押金房东不退怎么办？",
    "给我讲个笑话吧",
  ],
  "zh-hant": [
    "去旅行護照唔見咗點補辦？",
    "想去澳洲打工度假，簽證點申請？",
    "讀碩士嘅獎學金點申請？",
    "做外賣車手要俾按金，正唔正常？",
    "學生簽證要準備什麼文件？",
    "日本打工度假簽證怎麼申請？",
    "澳洲工作假期簽證點申請？",
    "颱風天航班會不會取消？",
    "租屋押金房東不退怎麼辦？",
    "講個笑話來聽聽",
  ],
  en: [
    "What visa do I need to study abroad?",
    "How do I apply for a master's scholarship?",
    "How does the working holiday visa work?",
    "My passport was stolen while on holiday, how do I replace it?",
    "I lost my passport on a trip, what do I do?",
    "Is it legal to work without a contract during probation?",
    "My employer at home has not paid my wages, where can I complain?",
    "How do I write a CV for a job interview?",
    "What documents do I need for a student visa?",
    "How do I renew my passport?",
    "Can international students work part time?",
    "How do I immigrate permanently?",
    "How do I join a university exchange programme?",
    "What should I pack for a holiday in Thailand?",
    "Do I have to pay a deposit to become a delivery rider?",
    "The food delivery app wants a deposit for the bike, can I get it back?",
    "How much savings do I need for a working holiday visa in Australia?",
    "What documents do I need for a UK student visa?",
    "How do I prepare for my F-1 visa interview?",
    "What's the weather like tomorrow?",
    "My flight was delayed, can I claim compensation?",
    "How do I get my bike-share deposit back?",
    "My landlord won't return my rental deposit.",
    "Tell me a joke",
    "cara mohon visa pelajar untuk belajar di luar negara",
  ],
};

/** Looks up an entry by id; undefined for an unknown id (e.g. stale callback data). */
export function qaEntryById(id: string): QaEntry | undefined {
  return QA_ENTRIES.find((candidate) => candidate.id === id);
}
