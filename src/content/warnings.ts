/**
 * The periodic warnings (PRODUCT.md §2.6): short, sourced alerts that subscribers receive one at a time, rotating
 * through this list in order. Each warning's words live in `locales/` under `warning.<id>.title` and
 * `warning.<id>.body` (Telegram HTML, ending with one action); this file holds what the words rest on: the topics a
 * subscriber can choose and the sources, all taken from /work/shared/facts.md.
 *
 * Editors: add a warning by appending an entry here and its two keys in en.yaml and zh-hans.yaml (zh-hant is derived;
 * add a reviewed override only where the conversion reads wrong). Order matters: it is the rotation order.
 */
import type { Locale } from "../i18n/locales.ts";
import type { Translator } from "../i18n/translator.ts";
import type { Sourced } from "./sourced.ts";
import {
  CH3_NIGHT_CROSSINGS,
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
  KENYA_MAE_SOT,
  KE_EMBASSY_2024,
  KH_117,
  MATICHON_SHWE_KOKKO,
  MEA_IN,
  MEA_IN_VOA,
  MFA_CN_2022,
  OHCHR_2023_REPORT,
  PH_1343,
  PH_DMW_AIR,
  PH_TOURISTS_CAMBODIA,
  SRI_LANKA,
  TAIWAN_MOFA,
  THAI_EMBASSY_GT,
  THAI_MFA,
} from "./sources.ts";

/** What a subscriber can narrow warnings to: destinations, plus `general` for signs that apply everywhere. */
export const WARNING_TOPICS = ["myanmar", "cambodia", "laos", "thailand", "philippines", "general"] as const;
export type WarningTopic = (typeof WARNING_TOPICS)[number];

export interface Warning extends Sourced {
  /** Stable id: stored in subscriptions and round journals, and part of the locale keys. Never rename one. */
  readonly id: string;
  readonly topics: readonly WarningTopic[];
}

const FBI_PSA_2023 = [FBI_2023_B, FBI_2023];

export const WARNINGS: readonly Warning[] = [
  {
    id: "high-pay-low-bar",
    topics: ["general"],
    source: [CN_EMBASSY_MM_2023, HK_SB, ...FBI_PSA_2023],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "paid-travel",
    topics: ["general"],
    source: [CN_EMBASSY_TH_2025, ...FBI_PSA_2023],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "tourist-visa-work",
    topics: ["thailand", "general"],
    source: [CN_EMBASSY_TH_2025, MEA_IN_VOA, SRI_LANKA],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "mae-sot-route",
    topics: ["thailand", "myanmar"],
    source: [IOM_TH, KENYA_MAE_SOT, MATICHON_SHWE_KOKKO, HK_SB],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "destination-changed",
    topics: ["general"],
    source: [...FBI_PSA_2023, "https://seads.as/fbi-issues-an-advisory-against-scam-compounds-in-sea/"],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "passport-handover",
    topics: ["general"],
    source: [...FBI_PSA_2023, TAIWAN_MOFA],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "night-border-crossing",
    topics: ["cambodia", "thailand"],
    source: [THAI_MFA, CH3_NIGHT_CROSSINGS],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "northern-myanmar",
    topics: ["myanmar"],
    source: [MFA_CN_2022, OHCHR_2023_REPORT, "https://wp.dig.watch/?p=143746"],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "cambodia-hotline-117",
    topics: ["cambodia"],
    source: [OHCHR_2023_REPORT, PH_TOURISTS_CAMBODIA, KH_117],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "golden-triangle-contract",
    topics: ["laos", "thailand"],
    source: [THAI_EMBASSY_GT],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "job-titles",
    topics: ["general"],
    source: [...FBI_PSA_2023, MEA_IN],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "upfront-fees",
    topics: ["general", "philippines"],
    source: [DMW_PH_FEES, ...FBI_PSA_2023],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "known-recruiter",
    topics: ["general"],
    source: [INTERPOL_2023, KE_EMBASSY_2024],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "educated-targets",
    topics: ["general"],
    source: [
      "https://www.coinblock.asia/2023/06/07/thousands-lured-by-fake-job-offers-interpol-warns-of-imminent-threat-to-public-safety/397647",
      IOM_TH,
    ],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "philippines-backdoor",
    topics: ["philippines"],
    source: [DMW_PH, PH_DMW_AIR, PH_1343],
    reviewed: CONTENT_REVIEWED,
  },
  {
    id: "family-lost-contact",
    topics: ["general"],
    source: [KENYA_MAE_SOT, OHCHR_2023_REPORT, "https://wp.dig.watch/?p=143746"],
    reviewed: CONTENT_REVIEWED,
  },
];

/** The locale keys of a warning's title and body (built from the id: the key check should allow the `warning.` prefix). */
export function warningKeys(warningId: string): { title: string; body: string } {
  return { title: `warning.${warningId}.title`, body: `warning.${warningId}.body` };
}

/** The locale key naming a topic, for the /subscribe topic buttons. */
export function warningTopicKey(topic: WarningTopic): string {
  return `warning.topic.${topic}`;
}

/**
 * A warning as one Telegram HTML message: bold title, body, and a footer saying why the reader gets it and how to
 * stop, because a bulk message nobody asked to stop is one users report as spam.
 */
export function renderWarning(translator: Translator, warningId: string, locale: Locale): string {
  const keys = warningKeys(warningId);
  const title = translator.t(locale, keys.title);
  const body = translator.t(locale, keys.body);
  const footer = translator.t(locale, "warning.footer");
  return `<b>${title}</b>\n\n${body}\n\n<i>${footer}</i>`;
}
