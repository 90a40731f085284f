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

/** What a subscriber can narrow warnings to: destinations, plus `general` for signs that apply everywhere. */
export const WARNING_TOPICS = ["myanmar", "cambodia", "laos", "thailand", "philippines", "general"] as const;
export type WarningTopic = (typeof WARNING_TOPICS)[number];

export interface Warning extends Sourced {
  /** Stable id: stored in subscriptions and round journals, and part of the locale keys. Never rename one. */
  readonly id: string;
  readonly topics: readonly WarningTopic[];
}

const REVIEWED = "2026-11-25";

const FBI_PSA_2023 = [
  "https://therecord.media/cyber-trafficking-fbi-warning-scam-compounds-pig-butchering",
  "https://www.ibtimes.com/fbi-warns-fake-ads-forcing-job-seekers-cryptocurrency-scams-3695319",
];
const OHCHR_2023 =
  "https://www.lokmattimes.com/international/hundreds-of-thousands-trafficked-into-online-scam-centres-across-southeast-asia-un-report/";
const CN_EMBASSY_THAILAND_2025 = "https://laoge916.com/d/13923--";
const HK_OUTBOUND_ALERT_MYANMAR = "https://sb.gov.hk/chi/ota/note-MyanmarProvinces.html";

export const WARNINGS: readonly Warning[] = [
  {
    id: "high-pay-low-bar",
    topics: ["general"],
    source: ["https://redian.news/wxnews/362836", HK_OUTBOUND_ALERT_MYANMAR, ...FBI_PSA_2023],
    reviewed: REVIEWED,
  },
  {
    id: "paid-travel",
    topics: ["general"],
    source: [CN_EMBASSY_THAILAND_2025, ...FBI_PSA_2023],
    reviewed: REVIEWED,
  },
  {
    id: "tourist-visa-work",
    topics: ["thailand", "general"],
    source: [
      CN_EMBASSY_THAILAND_2025,
      "https://www.ndtv.com/india-news/mea-asks-indians-to-exercise-caution-before-taking-up-jobs-in-thailand-3368615",
      "https://thehawk.in/news/world/suspected-chinese-gangs-luring-job-seekers-into-committing-cybercrime:-report",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "mae-sot-route",
    topics: ["thailand", "myanmar"],
    source: [
      "https://thailand.iom.int/stories/forced-crime-trafficking-survivors-thailand-tell-their-stories",
      "https://wallafricajournal.com/kenya-warns-citizens-against-travel-to-myanmar",
      "https://www.matichon.co.th/foreign/news_5398706",
      HK_OUTBOUND_ALERT_MYANMAR,
    ],
    reviewed: REVIEWED,
  },
  {
    id: "destination-changed",
    topics: ["general"],
    source: [...FBI_PSA_2023, "https://seads.as/fbi-issues-an-advisory-against-scam-compounds-in-sea/"],
    reviewed: REVIEWED,
  },
  {
    id: "passport-handover",
    topics: ["general"],
    source: [...FBI_PSA_2023, "https://ctwant.com./article/200897"],
    reviewed: REVIEWED,
  },
  {
    id: "night-border-crossing",
    topics: ["cambodia", "thailand"],
    source: ["https://pattayaone.news/?p=188260", "https://ch3plus.com/news/crime/morning/307960"],
    reviewed: REVIEWED,
  },
  {
    id: "northern-myanmar",
    topics: ["myanmar"],
    source: ["http://hot1.ffsy56.com/newsdetail1766064.html", OHCHR_2023, "https://wp.dig.watch/?p=143746"],
    reviewed: REVIEWED,
  },
  {
    id: "cambodia-hotline-117",
    topics: ["cambodia"],
    source: [
      OHCHR_2023,
      "https://news.abs-cbn.com/news/02/25/23/8-pinoy-job-scam-victims-in-cambodia-rescued",
      "https://en.vietnamplus.vn/cambodia-sets-up-hotline-to-report-illegal-detention/236589.vnp",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "golden-triangle-contract",
    topics: ["laos", "thailand"],
    source: ["https://www.nationthailand.com/in-focus/40013497"],
    reviewed: REVIEWED,
  },
  {
    id: "job-titles",
    topics: ["general"],
    source: [
      ...FBI_PSA_2023,
      "https://www.hindustantimes.com/india-news/mea-issues-warning-against-online-job-offers-by-dubious-foreign-it-firms-101664003609621-amp.html",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "upfront-fees",
    topics: ["general", "philippines"],
    source: [
      "https://filipinotimes.net/latest-news/2024/09/18/dmw-issues-advisory-warning-against-online-job-scams/",
      ...FBI_PSA_2023,
    ],
    reviewed: REVIEWED,
  },
  {
    id: "known-recruiter",
    topics: ["general"],
    source: [
      "https://scamsnow.com/interpol-issues-global-warning-on-human-trafficking-fueled-fraud/",
      "https://eastleighvoice.co.ke/human%20trafficking/69269/three-kenyans-missing-in-myanmar-as-embassy-warns-of-rising-trafficking-risks",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "educated-targets",
    topics: ["general"],
    source: [
      "https://www.coinblock.asia/2023/06/07/thousands-lured-by-fake-job-offers-interpol-warns-of-imminent-threat-to-public-safety/397647",
      "https://thailand.iom.int/stories/forced-crime-trafficking-survivors-thailand-tell-their-stories",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "philippines-backdoor",
    topics: ["philippines"],
    source: [
      "https://malaya.com.ph/news/national-news/dmw-warns-ofw-hopefuls-vs-illegal-recruiters-syndicates",
      "https://bangkokpe.dfa.gov.ph/advisories-and-announcements/1611-babala-ukol-sa-human-trafficking-sa-mekong-region",
      "https://1343actionline.ph",
    ],
    reviewed: REVIEWED,
  },
  {
    id: "family-lost-contact",
    topics: ["general"],
    source: [
      "https://wallafricajournal.com/kenya-warns-citizens-against-travel-to-myanmar",
      OHCHR_2023,
      "https://wp.dig.watch/?p=143746",
    ],
    reviewed: REVIEWED,
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
