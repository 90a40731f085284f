/**
 * The emergency directory behind /sos (PRODUCT.md §2.4): who to call depends on the nationality of the person in
 * trouble and the country they are in. Every entry is copied from /work/shared/facts.md §2 and §2.1; numbers that
 * facts.md marks [UNCONFIRMED] or outdated (Laos 1362, Thailand 1300, the CN consulate in Luang Prabang, Macau's
 * (853) 2878 7373, Pakistani officers' mobiles, "(632) 1343" from abroad…) are left out on purpose.
 * `tests/content/contacts.test.ts` checks every number against facts.md digit by digit, and that no number of a row
 * or status facts.md marks unconfirmed or outdated ships.
 *
 * Sources are listed official first (a government or mission site, `OFFICIAL_DOMAINS`), then major outlets, then the
 * weak copies facts.md keeps only where nothing better was found: users see the first one first, by its publisher's
 * name. A weak copy (a bare IP address, a mirror, a private site: `WEAK_SOURCE_HOSTS`) comes last and is named as
 * one. It still ships a number facts.md confirms, because the number matters more to someone held than the page:
 * the Chinese embassy in Cambodia (023-210206, a bare-IP copy of 中评社), Laos police/ambulance/fire (1191/1195/1190,
 * huazhu.la) and Vietnam's police 113 (a copy of 央视网's report). Re-check them on the official sites first.
 *
 * Editors: numbers change. Re-check each one on the official site, then update `reviewed`.
 */
import type { Country, Nationality } from "./places.ts";
import type { Sourced } from "./sourced.ts";
import {
  CN_110_FAMILY,
  CN_12308,
  CN_12308_TIT,
  CN_96110,
  CN_96110_SPOOF,
  CN_ANTIFRAUD_APP,
  CN_EMBASSY_CAMBODIA,
  HK_ADCC_18222,
  HK_ADCC_SPOOF,
  HK_IMMD_1868,
  HK_SB,
  KE_DIASPORA,
  KH_117,
  LA_POLICE,
  LK_SLBFE,
  MM_POLICE,
  MO_JUDICIARY_POLICE,
  MO_PSP_DOCUMENTS,
  MY_MFA_2022,
  PH_1343,
  PH_1348,
  PH_1348_LAUNCH,
  PH_911,
  PH_DFA_2025,
  PH_DMW_AIR,
  THAI_EMBASSY_GT,
  TW_165,
  TW_MOFA_ABROAD,
  TW_MOFA_EMERGENCY,
} from "./sources.ts";

export type ContactKind =
  | "consular-hotline"
  | "embassy"
  | "police"
  | "anti-trafficking"
  | "anti-fraud"
  /** Labour-migration authorities: check agencies, complain, repatriation. */
  | "labour"
  /** An app or web channel instead of a phone line. */
  | "app";

/** What one number of a contact is for, when the source says. */
export type NumberLabel =
  | "from-abroad"
  | "domestic"
  | "alternative"
  | "whatsapp"
  | "toll-free"
  | "police"
  | "ambulance"
  | "fire"
  | "relatives"
  | "office-hours"
  | "provinces"
  | "report"
  | "enquiry"
  | "chiang-mai"
  | "songkhla"
  | "khon-kaen"
  | "phuket"
  | "cebu"
  | "davao"
  | "laoag"
  | "ho-chi-minh-city"
  | "da-nang";

export const NUMBER_LABEL_KEYS: Readonly<Record<NumberLabel, string>> = {
  "from-abroad": "sos.number.from_abroad",
  domestic: "sos.number.domestic",
  alternative: "sos.number.alternative",
  whatsapp: "sos.number.whatsapp",
  "toll-free": "sos.number.toll_free",
  police: "sos.number.police",
  ambulance: "sos.number.ambulance",
  fire: "sos.number.fire",
  relatives: "sos.number.relatives",
  "office-hours": "sos.number.office_hours",
  provinces: "sos.number.provinces",
  report: "sos.number.report",
  enquiry: "sos.number.enquiry",
  "chiang-mai": "sos.number.chiang_mai",
  songkhla: "sos.number.songkhla",
  "khon-kaen": "sos.number.khon_kaen",
  phuket: "sos.number.phuket",
  cebu: "sos.number.cebu",
  davao: "sos.number.davao",
  laoag: "sos.number.laoag",
  "ho-chi-minh-city": "sos.number.ho_chi_minh_city",
  "da-nang": "sos.number.da_nang",
};

/**
 * Where a number can be dialled from, as its source prints it (facts.md): `anywhere` for a form with the country code
 * (+91-11-…, 0063-…, (852) 1868) or a global toll-free number; `inside` for a short code, a toll-free line or a number
 * in its national form (1800-118-797, 1343, (02) 1343, 023-210206), which only works inside the line's country (its
 * `inCountry`, else the home of the people it serves). A short code is `inside` until a source prints a form from
 * abroad (facts.md marks 110, 165 and 18222 from abroad [UNCONFIRMED]): never write a form that no source prints.
 */
export type Dialling = "inside" | "anywhere";

export interface DialNumber {
  /** As the source prints it, or the same digits with the country code the source gives. */
  readonly dial: string;
  readonly dialling: Dialling;
  readonly label?: NumberLabel;
}

export interface Contact extends Sourced {
  readonly id: string;
  readonly kind: ContactKind;
  /** Whose citizens or residents this line serves; absent = anyone (local lines). */
  readonly forNationalities?: readonly Nationality[];
  /** Where the caller must be for it to help (an embassy's host country, a local line); absent = anywhere. */
  readonly inCountry?: Country;
  /** Empty only for app/procedure channels, which then say what to do in `noteKey`. */
  readonly numbers: readonly DialNumber[];
  readonly email?: string;
  /** A web address or app channel, as the source writes it. */
  readonly web?: string;
  readonly nameKey: string;
  readonly noteKey?: string;
  /** "24h" only where the source says the line is staffed round the clock. */
  readonly hours?: "24h";
  /**
   * The line the family at home reports the case to (facts.md: "Family members in China report the case to 110";
   * issue 12: 165 and 110 in Taiwan, 18222 in Hong Kong): it leads the card next to the local police, for the
   * relative who reads it at home.
   */
  readonly familyReport?: true;
}

/** The day these entries were last compared with facts.md. */
const REVIEWED = "2026-12-07";

/** 领事直通车 (the MFA's consular channel) via 东南网, then a university's copy. */
const CN_12308_SOURCES = [CN_12308, CN_12308_TIT];

/** The Chinese consulate in Da Nang's notice of 2020-03-18: the embassy's and consulates' lines, and ambulance 115. */
const CN_CONSULATE_DA_NANG = "http://danang.china-consulate.org/chn/lsfw/t1757624.htm";

/** Macau's travel crisis office: its 2019 and 2020 notices, which also list 12308. */
const MO_CRISIS_OFFICE_SOURCES = [
  "https://news.gov.mo/detail/zh-hans/N19IDl2QWL",
  "https://gov.mo/zh-hans/news/285010",
];

/** China's missions also protect Hong Kong and Macau residents of Chinese nationality (the HK and Macau notices list them). */
const SERVED_BY_CHINESE_MISSIONS: readonly Nationality[] = ["cn", "hk", "mo"];

export const CONTACTS: readonly Contact[] = [
  // ── Mainland China ─────────────────────────────────────────────────────────────────────────────
  {
    id: "cn_12308",
    kind: "consular-hotline",
    forNationalities: ["cn", "mo"],
    numbers: [
      { dial: "+86-10-12308", dialling: "anywhere", label: "from-abroad" },
      { dial: "+86-10-65612308", dialling: "anywhere", label: "alternative" },
      { dial: "010-12308", dialling: "inside", label: "domestic" },
    ],
    hours: "24h",
    nameKey: "sos.contact.cn_12308.name",
    noteKey: "sos.contact.cn_12308.note",
    source: [...MO_CRISIS_OFFICE_SOURCES, ...CN_12308_SOURCES],
    reviewed: REVIEWED,
  },
  {
    id: "cn_embassy_mm",
    kind: "embassy",
    forNationalities: SERVED_BY_CHINESE_MISSIONS,
    inCountry: "mm",
    numbers: [{ dial: "+95 943209657", dialling: "anywhere" }],
    nameKey: "sos.contact.cn_embassy_mm.name",
    source: [HK_SB],
    reviewed: REVIEWED,
  },
  {
    id: "cn_embassy_kh",
    kind: "embassy",
    forNationalities: SERVED_BY_CHINESE_MISSIONS,
    inCountry: "kh",
    numbers: [
      { dial: "023-210206", dialling: "inside", label: "domestic" },
      { dial: "+855-23-210206", dialling: "anywhere", label: "from-abroad" },
    ],
    email: "phnom-penh_lb@csm.mfa.gov.cn",
    nameKey: "sos.contact.cn_embassy_kh.name",
    source: [CN_EMBASSY_CAMBODIA],
    reviewed: REVIEWED,
  },
  {
    id: "cn_embassy_la",
    kind: "embassy",
    forNationalities: SERVED_BY_CHINESE_MISSIONS,
    inCountry: "la",
    // Luang Prabang's +856-71-212989 stays out: facts.md marks it unconfirmed (weak source).
    numbers: [{ dial: "+856-21-315105", dialling: "anywhere" }],
    nameKey: "sos.contact.cn_embassy_la.name",
    source: ["http://2021.chisa.edu.cn/rmtserve/syxx/202108/t20210826_615463.html"],
    reviewed: REVIEWED,
  },
  {
    id: "cn_embassy_th",
    kind: "embassy",
    forNationalities: SERVED_BY_CHINESE_MISSIONS,
    inCountry: "th",
    numbers: [
      { dial: "+66-2-245-7010", dialling: "anywhere", label: "from-abroad" },
      { dial: "02-245-7010", dialling: "inside", label: "domestic" },
      { dial: "081-882-3283", dialling: "inside", label: "chiang-mai" },
      { dial: "081-766-5560", dialling: "inside", label: "songkhla" },
      { dial: "080-936-6070", dialling: "inside", label: "khon-kaen" },
      { dial: "094-595-6158", dialling: "inside", label: "phuket" },
    ],
    nameKey: "sos.contact.cn_embassy_th.name",
    source: [CN_12308, "https://c.m.163.com/news/a/J0I1JBG2053173HX.html"],
    reviewed: REVIEWED,
  },
  {
    id: "cn_embassy_ph",
    kind: "embassy",
    forNationalities: SERVED_BY_CHINESE_MISSIONS,
    inCountry: "ph",
    numbers: [
      { dial: "0063-2-82311033", dialling: "anywhere" },
      { dial: "0063-32-3430008", dialling: "anywhere", label: "cebu" },
      { dial: "0063-9271304354", dialling: "anywhere", label: "davao" },
      { dial: "0063-9178051226", dialling: "anywhere", label: "laoag" },
    ],
    nameKey: "sos.contact.cn_embassy_ph.name",
    source: [PH_911],
    reviewed: REVIEWED,
  },
  {
    id: "cn_embassy_vn",
    kind: "embassy",
    forNationalities: SERVED_BY_CHINESE_MISSIONS,
    inCountry: "vn",
    numbers: [
      { dial: "0084-24-39331000", dialling: "anywhere" },
      { dial: "0084-908002226", dialling: "anywhere", label: "ho-chi-minh-city" },
      { dial: "0084-905580010", dialling: "anywhere", label: "da-nang" },
    ],
    nameKey: "sos.contact.cn_embassy_vn.name",
    source: [CN_CONSULATE_DA_NANG],
    reviewed: REVIEWED,
  },
  {
    id: "cn_110",
    kind: "police",
    forNationalities: ["cn"],
    numbers: [{ dial: "110", dialling: "inside" }],
    familyReport: true,
    nameKey: "sos.contact.cn_110.name",
    noteKey: "sos.contact.cn_110.note",
    source: [
      CN_110_FAMILY,
      "http://www.hnfo.gov.cn/sitesources/hnswsw/page_pc/jwaqtx/article88100d335c7e4b018cf509cec25b3208.html",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "cn_96110",
    kind: "anti-fraud",
    forNationalities: ["cn"],
    numbers: [{ dial: "96110", dialling: "inside" }],
    nameKey: "sos.contact.cn_96110.name",
    noteKey: "sos.contact.cn_96110.note",
    // The spoofing warning first: the note tells people abroad not to trust a caller showing this number.
    source: [
      CN_96110_SPOOF,
      "https://tech.sina.cn/2020-09-21/detail-iivhuipp5528609.d.html",
      "https://news.jstv.com/a/20210326/1616756677935.shtml",
      "https://www.shine.cn/news/metro/2011018839/",
      CN_96110,
    ],
    reviewed: REVIEWED,
  },
  {
    id: "cn_antifraud_app",
    kind: "app",
    forNationalities: ["cn"],
    numbers: [],
    nameKey: "sos.contact.cn_antifraud_app.name",
    noteKey: "sos.contact.cn_antifraud_app.note",
    source: [CN_ANTIFRAUD_APP],
    reviewed: REVIEWED,
  },

  // ── Hong Kong, Macau, Taiwan ───────────────────────────────────────────────────────────────────
  {
    id: "hk_1868",
    kind: "consular-hotline",
    forNationalities: ["hk"],
    numbers: [{ dial: "(852) 1868", dialling: "anywhere" }],
    hours: "24h",
    nameKey: "sos.contact.hk_1868.name",
    noteKey: "sos.contact.hk_1868.note",
    // ImmD closed the job-scam WhatsApp line 5190 8909 on 2023-04-03: never list it.
    source: [HK_IMMD_1868, "https://immd.gov.hk/hkt/press/press-releases/20230403.html", HK_SB],
    reviewed: REVIEWED,
  },
  {
    id: "hk_adcc_18222",
    kind: "anti-fraud",
    forNationalities: ["hk"],
    // A Hong Kong number; whether and how it can be dialled from abroad is unconfirmed, so it is not labelled.
    numbers: [{ dial: "18222", dialling: "inside" }],
    hours: "24h",
    familyReport: true,
    nameKey: "sos.contact.hk_adcc_18222.name",
    noteKey: "sos.contact.hk_adcc_18222.note",
    source: [
      HK_ADCC_18222,
      "https://www.info.gov.hk/gia/general/201707/20/P2017072000935.htm",
      "https://www.adcc.gov.hk/en-hk/anti-deception-coordination-centre-to-enhance-scam-intervention-through-sms-communications.html",
      HK_ADCC_SPOOF,
      "https://www.adcc.gov.hk/en-hk/alerts-detail/alerts-1778002987895332865.html",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "mo_travel_crisis",
    kind: "consular-hotline",
    forNationalities: ["mo"],
    numbers: [{ dial: "(853) 2833 3000", dialling: "anywhere" }],
    hours: "24h",
    nameKey: "sos.contact.mo_travel_crisis.name",
    source: MO_CRISIS_OFFICE_SOURCES,
    reviewed: REVIEWED,
  },
  {
    id: "mo_judiciary_police",
    kind: "anti-fraud",
    forNationalities: ["mo"],
    numbers: [
      // The report line first: the family reports the case (familyReport); enquiries after.
      { dial: "993", dialling: "inside", label: "report" },
      { dial: "8800 7777", dialling: "inside", label: "enquiry" },
    ],
    familyReport: true,
    nameKey: "sos.contact.mo_judiciary_police.name",
    source: [
      "https://cdn.gcs.gov.mo/news/detail/zh-hans/N26ANCNIC7",
      MO_JUDICIARY_POLICE,
      "https://gov.mo/zh-hans/news/389070",
      "https://gov.mo/en/news/345005",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "mo_psp_residents_abroad",
    kind: "consular-hotline",
    forNationalities: ["mo"],
    numbers: [
      { dial: "+853 2857 3333", dialling: "anywhere" },
      { dial: "+853 2837 0777", dialling: "anywhere", label: "office-hours" },
    ],
    hours: "24h",
    nameKey: "sos.contact.mo_psp_residents_abroad.name",
    noteKey: "sos.contact.mo_psp_residents_abroad.note",
    source: [
      MO_PSP_DOCUMENTS,
      "https://gov.mo/pt/servicos/ps-1486/ps-1486c",
      "https://gov.mo/zh-hans/services/ps-1505",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "mo_psp_anti_trafficking",
    kind: "anti-trafficking",
    forNationalities: ["mo"],
    numbers: [{ dial: "(853) 2888 9911", dialling: "anywhere" }],
    hours: "24h",
    nameKey: "sos.contact.mo_psp_anti_trafficking.name",
    source: ["https://gov.mo/zh-hans/services/ps-1505"],
    reviewed: REVIEWED,
  },
  {
    id: "tw_mofa",
    kind: "consular-hotline",
    forNationalities: ["tw"],
    numbers: [
      { dial: "+886-800-085-095", dialling: "anywhere", label: "from-abroad" },
      { dial: "0800-085-095", dialling: "inside", label: "domestic" },
      { dial: "800-0885-0885", dialling: "anywhere", label: "toll-free" },
    ],
    nameKey: "sos.contact.tw_mofa.name",
    noteKey: "sos.contact.tw_mofa.note",
    source: [TW_MOFA_EMERGENCY, TW_MOFA_ABROAD],
    reviewed: REVIEWED,
  },
  {
    id: "tw_165",
    kind: "anti-fraud",
    forNationalities: ["tw"],
    // Dialling 165 from abroad is unconfirmed: labelled as a number inside Taiwan, for the family.
    numbers: [{ dial: "165", dialling: "inside", label: "domestic" }],
    hours: "24h",
    web: "https://165.npa.gov.tw/",
    familyReport: true,
    nameKey: "sos.contact.tw_165.name",
    noteKey: "sos.contact.tw_165.note",
    source: [
      "https://ws.moi.gov.tw/001/Upload/400/RelFile/0/31/2022-MOI-web/2021ebook_en/files/basic-html/page92.html",
      TW_165,
      "https://tongsiao.house.miaoli.gov.tw/News_Content.aspx?n=1212&s=797576&sms=9813",
      "https://udn.com/news/story/6656/8967039",
      "http://www.taipeitimes.com/News/taiwan/archives/2004/09/04/2003201541",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "tw_110",
    kind: "police",
    forNationalities: ["tw"],
    numbers: [{ dial: "110", dialling: "inside", label: "domestic" }],
    familyReport: true,
    nameKey: "sos.contact.tw_110.name",
    source: [TW_MOFA_EMERGENCY, TW_MOFA_ABROAD],
    reviewed: REVIEWED,
  },

  // ── Other nationalities (facts.md §2.1) ────────────────────────────────────────────────────────
  {
    id: "in_mea_control_room",
    kind: "consular-hotline",
    forNationalities: ["in"],
    numbers: [
      { dial: "1800-118-797", dialling: "inside", label: "toll-free" },
      { dial: "+91-11-23012113", dialling: "anywhere" },
      { dial: "+91-11-23014104", dialling: "anywhere" },
      { dial: "+91-11-23017905", dialling: "anywhere" },
    ],
    nameKey: "sos.contact.in_mea_control_room.name",
    noteKey: "sos.contact.in_mea_control_room.note",
    // facts.md has no MEA page for the control room: the 2026 report (toll-free line) first, then the 2020 one,
    // the only source printing the New Delhi landlines.
    source: [
      "https://www.business-standard.com/amp/india-news/odisha-steps-up-measures-to-assist-non-resident-odias-stranded-in-middle-east-126031201130_1.html",
      "https://www.indiatoday.in/india/story/india-enhances-covid-19-control-room-evacuation-operations-continue-1657652-2020-03-20",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "in_embassy_kh",
    kind: "embassy",
    forNationalities: ["in"],
    inCountry: "kh",
    numbers: [{ dial: "+855 92881676", dialling: "anywhere" }],
    email: "cons.phnompenh@mea.gov.in",
    nameKey: "sos.contact.in_embassy_kh.name",
    source: [
      "https://www.hindi.awazthevoice.in/india-news/indian-embassy-issues-travel-advisory-amid-clashes-between-thailand-cambodia-64068.html",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "in_embassy_th",
    kind: "embassy",
    forNationalities: ["in"],
    inCountry: "th",
    numbers: [{ dial: "+66 618819218", dialling: "anywhere" }],
    nameKey: "sos.contact.in_embassy_th.name",
    source: [
      "https://tv9hindi.com/world/thailand-earthquake-bangkok-indian-embassy-helpline-3200864.html",
      "https://gujarati.abplive.com/news/world/powerful-earthquake-hits-bangkok-thailand-indian-embassy-issues-helpline-934361",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "in_madad",
    kind: "app",
    forNationalities: ["in"],
    numbers: [],
    nameKey: "sos.contact.in_madad.name",
    noteKey: "sos.contact.in_madad.note",
    source: ["https://www.fsi.mea.gov.in/consular-complaints-and-grievances.htm"],
    reviewed: REVIEWED,
  },
  {
    id: "ph_1343",
    kind: "anti-trafficking",
    forNationalities: ["ph"],
    numbers: [
      { dial: "1343", dialling: "inside" },
      { dial: "(02) 1343", dialling: "inside", label: "provinces" },
    ],
    hours: "24h",
    web: PH_1343,
    nameKey: "sos.contact.ph_1343.name",
    noteKey: "sos.contact.ph_1343.note",
    source: [
      PH_1343,
      "https://www.gmanetwork.com/news/news/nation/215729/phl-govt-launches-anti-human-trafficking-hotline/story/",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "ph_embassy_mm",
    kind: "embassy",
    forNationalities: ["ph"],
    inCountry: "mm",
    numbers: [{ dial: "+95 998 521 0991", dialling: "anywhere" }],
    nameKey: "sos.contact.ph_embassy_mm.name",
    source: [PH_DFA_2025],
    reviewed: REVIEWED,
  },
  {
    id: "ph_embassy_th",
    kind: "embassy",
    forNationalities: ["ph"],
    inCountry: "th",
    numbers: [{ dial: "+66 81989 7116", dialling: "anywhere" }],
    nameKey: "sos.contact.ph_embassy_th.name",
    source: [PH_DFA_2025],
    reviewed: REVIEWED,
  },
  {
    id: "ph_dmw_1348",
    kind: "labour",
    forNationalities: ["ph"],
    numbers: [
      { dial: "+63 2 1348", dialling: "anywhere", label: "from-abroad" },
      { dial: "1348", dialling: "inside", label: "domestic" },
    ],
    hours: "24h",
    nameKey: "sos.contact.ph_dmw_1348.name",
    source: [PH_1348, PH_1348_LAUNCH],
    reviewed: REVIEWED,
  },
  {
    id: "ph_dmw_illegal_recruitment",
    kind: "labour",
    forNationalities: ["ph"],
    numbers: [{ dial: "+63 2 8721 0619", dialling: "anywhere" }],
    email: "airbranch@dmw.gov.ph",
    nameKey: "sos.contact.ph_dmw_illegal_recruitment.name",
    source: [
      PH_DMW_AIR,
      "https://news.abs-cbn.com/news/01/09/23/mga-pinoy-sa-thailand-binalaan-laban-sa-human-trafficking",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "ph_cicc_1326",
    kind: "anti-fraud",
    forNationalities: ["ph"],
    numbers: [{ dial: "1326", dialling: "inside" }],
    hours: "24h",
    nameKey: "sos.contact.ph_cicc_1326.name",
    source: [
      "https://tirada.tribune.net.ph/index.php/2024/02/07/proteksyon-laban-sa-scam-pag-iibayuhin",
      "https://businessmirror.com.ph/2024/02/06/dmw-dict-arm-open-help-desk-for-ofw-cyber-victims/",
      "https://panaynews.net/report-scams-to-1326-hotline-instead-of-ranting-on-social-media-cicc",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "id_safe_travel",
    kind: "app",
    forNationalities: ["id"],
    numbers: [],
    web: "peduliwni.kemlu.go.id",
    nameKey: "sos.contact.id_safe_travel.name",
    noteKey: "sos.contact.id_safe_travel.note",
    source: [
      "https://jambi.antaranews.com/nasional/berita/698893/kemenlu-akan-luncurkan-aplikasi-safe-travel",
      "https://suara.com/news/2018/04/14/175505/lindungi-wni-di-luar-negeri-kemenlu-luncurkan-safe-travel?page=all",
      "https://www.noa.co.id/kbri-phnom-penh-imbau-wni-waspada-eskalasi-konflik-di-perbatasan-kamboja-thailand",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "id_embassy_kh",
    kind: "embassy",
    forNationalities: ["id"],
    inCountry: "kh",
    numbers: [
      { dial: "+855 12 813 282", dialling: "anywhere", label: "whatsapp" },
      { dial: "+855 61 844 661", dialling: "anywhere" },
    ],
    nameKey: "sos.contact.id_embassy_kh.name",
    noteKey: "sos.contact.id_embassy_kh.note",
    source: ["https://www.noa.co.id/kbri-phnom-penh-imbau-wni-waspada-eskalasi-konflik-di-perbatasan-kamboja-thailand"],
    reviewed: REVIEWED,
  },
  {
    id: "my_wisma_putra",
    kind: "consular-hotline",
    forNationalities: ["my"],
    numbers: [],
    nameKey: "sos.contact.my_wisma_putra.name",
    noteKey: "sos.contact.my_wisma_putra.note",
    source: [
      MY_MFA_2022,
      "https://thesun.my/local_news/malaysian-rescued-from-overseas-job-scam-syndicate-in-laos-EG12277355",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "my_embassy_mm",
    kind: "embassy",
    forNationalities: ["my"],
    inCountry: "mm",
    numbers: [
      { dial: "+959 772 220 230", dialling: "anywhere" },
      { dial: "+95 1 220 230", dialling: "anywhere" },
    ],
    email: "mwyangon@kln.gov.my",
    nameKey: "sos.contact.my_embassy_mm.name",
    noteKey: "sos.contact.my_embassy_mm.note",
    source: [
      "https://www.thestar.com.my/news/nation/2023/11/20/over-100-malaysians-stranded-in-north-myanmar-says-wisma-putra",
      "https://staging.malaysiagazette.com/2021/02/01/rampasan-kuasa-rakyat-malaysia-di-myanmar-dinasihatkan-bertenang-berwaspada",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "vn_citizen_protection",
    kind: "consular-hotline",
    forNationalities: ["vn"],
    numbers: [
      { dial: "+84 981 84 84 84", dialling: "anywhere" },
      { dial: "+84 965 41 11 18", dialling: "anywhere" },
    ],
    email: "baohocongdan@gmail.com",
    nameKey: "sos.contact.vn_citizen_protection.name",
    source: [
      "https://znews.vn/nguoi-viet-o-bien-gioi-thai-lan-campuchia-da-duoc-so-tan-an-toan-post1610475.html",
      "https://vietnamnet.vn/viet-nam-khuyen-cao-cong-dan-tai-khu-vuc-giao-tranh-giua-thai-lan-va-campuchia-2471619.html",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "vn_embassy_mm",
    kind: "embassy",
    forNationalities: ["vn"],
    inCountry: "mm",
    numbers: [{ dial: "+95 966 088 8998", dialling: "anywhere" }],
    nameKey: "sos.contact.vn_embassy_mm.name",
    source: [
      "https://www.qdnd.vn/quoc-te/tin-tuc/khan-truong-trien-khai-cong-tac-bao-ho-cong-dan-viet-nam-tai-myanmar-751265",
      "https://www.vietnam.vn/de/tinh-hinh-nguoi-viet-sau-dong-dat-tai-myanmar-va-thai-lan",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "vn_embassy_th",
    kind: "embassy",
    forNationalities: ["vn"],
    inCountry: "th",
    numbers: [{ dial: "+66 89 896 6653", dialling: "anywhere" }],
    nameKey: "sos.contact.vn_embassy_th.name",
    source: ["https://www.vietnam.vn/de/tinh-hinh-nguoi-viet-sau-dong-dat-tai-myanmar-va-thai-lan"],
    reviewed: REVIEWED,
  },
  {
    id: "th_mfa_call_centre",
    kind: "consular-hotline",
    forNationalities: ["th"],
    numbers: [{ dial: "+66 2 572 8442", dialling: "anywhere" }],
    hours: "24h",
    nameKey: "sos.contact.th_mfa_call_centre.name",
    source: ["https://www.nationthailand.com/blogs/news/general/40051510"],
    reviewed: REVIEWED,
  },
  {
    id: "th_embassy_la",
    kind: "embassy",
    forNationalities: ["th"],
    inCountry: "la",
    numbers: [{ dial: "(+856) 20 5551 2228", dialling: "anywhere" }],
    nameKey: "sos.contact.th_embassy_la.name",
    source: [THAI_EMBASSY_GT],
    reviewed: REVIEWED,
  },
  {
    id: "lk_mfa_consular",
    kind: "consular-hotline",
    forNationalities: ["lk"],
    numbers: [
      { dial: "+94 11 771 1194", dialling: "anywhere", label: "relatives" },
      { dial: "+94 11 233 8812", dialling: "anywhere" },
      { dial: "+94 11 233 8837", dialling: "anywhere", label: "office-hours" },
    ],
    email: "repatriation.consular@mfa.gov.lk",
    nameKey: "sos.contact.lk_mfa_consular.name",
    source: ["https://newsisland.lk/?p=12559", "https://gurutv.lk/2023/10/27/22893/"],
    reviewed: REVIEWED,
  },
  {
    id: "lk_slbfe_1989",
    kind: "labour",
    forNationalities: ["lk"],
    numbers: [{ dial: "1989", dialling: "inside", label: "domestic" }],
    hours: "24h",
    nameKey: "sos.contact.lk_slbfe_1989.name",
    noteKey: "sos.contact.lk_slbfe_1989.note",
    source: [LK_SLBFE],
    reviewed: REVIEWED,
  },
  {
    id: "pk_mofa_cmu",
    kind: "consular-hotline",
    forNationalities: ["pk"],
    numbers: [
      { dial: "+92 51 920 7887", dialling: "anywhere", label: "from-abroad" },
      { dial: "051-9207887", dialling: "inside", label: "domestic" },
    ],
    email: "cmu1@mofa.gov.pk",
    nameKey: "sos.contact.pk_mofa_cmu.name",
    source: [
      "https://pakistantoday.com.pk/?p=332911",
      "https://humenglish.com/pakistan/foreign-office-sets-up-cmu-for-pakistanis-in-syria/",
      "https://urdu.brecorder.com/news/amp/40266211",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "bd_probash_bondhu",
    kind: "labour",
    forNationalities: ["bd"],
    numbers: [
      { dial: "+880 9610 102030", dialling: "anywhere", label: "from-abroad" },
      { dial: "16135", dialling: "inside", label: "domestic" },
    ],
    hours: "24h",
    nameKey: "sos.contact.bd_probash_bondhu.name",
    source: ["https://en.prothomalo.com/bangladesh/44bg2agb2k", "https://www.somodhara.com/2025/08/01/577"],
    reviewed: REVIEWED,
  },
  {
    id: "ke_diaspora_call_centre",
    kind: "consular-hotline",
    forNationalities: ["ke"],
    numbers: [
      { dial: "+254 20 787 6000", dialling: "anywhere" },
      { dial: "+254 114 757 002", dialling: "anywhere", label: "whatsapp" },
    ],
    email: "consular@diaspora.go.ke",
    hours: "24h",
    nameKey: "sos.contact.ke_diaspora_call_centre.name",
    // The landline rests on the weak last source only (facts.md: re-check on diaspora.go.ke).
    source: [
      KE_DIASPORA,
      "https://diasporamessenger.com/2025/11/kenya-govt-launches-24-7-support-centre-for-diaspora-kenyans/",
      "https://livenowafrica.com/news/article/40819/kenya-launches-24-hour-help-desk-for-citizens-abroad",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "sg_mfa_duty_office",
    kind: "consular-hotline",
    forNationalities: ["sg"],
    numbers: [
      { dial: "+65 6379 8800", dialling: "anywhere" },
      { dial: "+65 6379 8855", dialling: "anywhere" },
    ],
    email: "mfa_duty_officer@mfa.gov.sg",
    hours: "24h",
    nameKey: "sos.contact.sg_mfa_duty_office.name",
    source: [
      "https://www.channelnewsasia.com/news/singapore/wuhan-virus-singaporeans-avoid-travel-hubei-china-mfa-12335774",
    ],
    reviewed: REVIEWED,
  },

  // ── Local lines, for anyone in the country ─────────────────────────────────────────────────────
  {
    id: "mm_emergency",
    kind: "police",
    inCountry: "mm",
    numbers: [
      { dial: "199", dialling: "inside", label: "police" },
      { dial: "192", dialling: "inside", label: "ambulance" },
      { dial: "191", dialling: "inside", label: "fire" },
    ],
    nameKey: "sos.contact.mm_emergency.name",
    noteKey: "sos.contact.mm_emergency.note",
    source: [MM_POLICE],
    reviewed: REVIEWED,
  },
  {
    id: "kh_117",
    kind: "anti-trafficking",
    inCountry: "kh",
    numbers: [{ dial: "117", dialling: "inside" }],
    nameKey: "sos.contact.kh_117.name",
    noteKey: "sos.contact.kh_117.note",
    source: [KH_117],
    reviewed: REVIEWED,
  },
  {
    id: "kh_police_online",
    kind: "anti-fraud",
    inCountry: "kh",
    numbers: [],
    web: "hotline.police.gov.kh",
    nameKey: "sos.contact.kh_police_online.name",
    noteKey: "sos.contact.kh_police_online.note",
    source: ["https://m.phnompenhpost.com/national/24-7-hotline-established-to-support-cyberscam-victims"],
    reviewed: REVIEWED,
  },
  {
    id: "la_emergency",
    kind: "police",
    inCountry: "la",
    numbers: [
      { dial: "1191", dialling: "inside", label: "police" },
      { dial: "1195", dialling: "inside", label: "ambulance" },
      { dial: "1190", dialling: "inside", label: "fire" },
    ],
    nameKey: "sos.contact.la_emergency.name",
    source: [LA_POLICE],
    reviewed: REVIEWED,
  },
  {
    id: "th_tourist_police",
    kind: "police",
    inCountry: "th",
    numbers: [{ dial: "1155", dialling: "inside" }],
    nameKey: "sos.contact.th_tourist_police.name",
    noteKey: "sos.contact.th_tourist_police.note",
    source: [CN_12308],
    reviewed: REVIEWED,
  },
  {
    id: "th_emergency",
    kind: "police",
    inCountry: "th",
    numbers: [
      { dial: "191", dialling: "inside", label: "police" },
      { dial: "1669", dialling: "inside", label: "ambulance" },
    ],
    nameKey: "sos.contact.th_emergency.name",
    source: [CN_12308],
    reviewed: REVIEWED,
  },
  {
    id: "ph_911",
    kind: "police",
    inCountry: "ph",
    numbers: [{ dial: "911", dialling: "inside" }],
    nameKey: "sos.contact.ph_911.name",
    source: [
      "https://philstar.com/the-freeman/cebu-news/2021/02/22/2079544/911-emergency-hotline-nationwide/amp",
      PH_911,
    ],
    reviewed: REVIEWED,
  },
  {
    id: "vn_emergency",
    kind: "police",
    inCountry: "vn",
    numbers: [
      { dial: "113", dialling: "inside", label: "police" },
      { dial: "115", dialling: "inside", label: "ambulance" },
    ],
    nameKey: "sos.contact.vn_emergency.name",
    // The consulate's notice gives the ambulance number; police 113 only a copy of 央视网's report.
    source: [CN_CONSULATE_DA_NANG, "https://reportify.cn/news/1206725594851708928"],
    reviewed: REVIEWED,
  },
];

const CONTACT_BY_ID: ReadonlyMap<string, Contact> = new Map(CONTACTS.map((contact) => [contact.id, contact]));

/**
 * The contact with `id`. Callers name their contacts when their module loads (an answer's reporting lines, an agency
 * check's hotline), so a mistyped or removed id stops the bot at start-up instead of showing no number.
 */
export function contactById(id: string): Contact {
  const contact = CONTACT_BY_ID.get(id);
  if (!contact) throw new Error(`no contact '${id}' in src/content/contacts.ts: check the id against CONTACTS`);
  return contact;
}

/** The contact with `id` when there is one: for ids made from data (a country's tourist police). */
export function contactIfAny(id: string): Contact | undefined {
  return CONTACT_BY_ID.get(id);
}
