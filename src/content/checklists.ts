/**
 * Red-flag checklists behind /checklist (PRODUCT.md §2.3): five short lists a user can read in a minute and forward
 * as they are. Every item is grounded in /work/shared/facts.md §1 and carries its own sources, so an editor can
 * re-check one line without re-reading the list.
 */
import { escapeHtml, html } from "../i18n/html.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translator } from "../i18n/translator.ts";
import type { Sourced } from "./sourced.ts";
import {
  CH3_NIGHT_CROSSINGS,
  CN_12308_TIT,
  CN_ANTIFRAUD_APP,
  CN_EMBASSY_MM_2023,
  CN_EMBASSY_TH_2025,
  CONTENT_REVIEWED,
  DMW_PH_FEES,
  FBI_2023,
  FBI_2023_B,
  HK_SB,
  INTERPOL_2023,
  IOM_TH,
  KENYA_MAE_SOT,
  KENYA_TH,
  KE_EMBASSY_2024,
  MEA_IN,
  MEA_IN_VOA,
  MFA_CN_2022,
  MY_MFA_2022,
  OHCHR_2023_REPORT,
  OHCHR_LATER,
  PH_DFA_2025,
  PH_TOURISTS_CAMBODIA,
  SRI_LANKA,
  TAIWAN_MOFA,
  THAI_EMBASSY_GT,
  THAI_MFA,
  THAI_MFA_MAESAI,
  VN_MFA_2025,
} from "./sources.ts";

/** One line of a list: a locale key plus where the claim comes from. */
export interface SourcedListItem extends Sourced {
  readonly id: string;
  readonly textKey: string;
}

/** A titled list of sourced lines: a checklist, or a section of the family guide. */
export interface SourcedList<Id extends string = string> {
  readonly id: Id;
  readonly titleKey: string;
  readonly items: readonly SourcedListItem[];
  /** A line after the numbered ones (not a sourced claim: e.g. what JobSafe itself can do). */
  readonly noteKey?: string;
}

/** Public sources from facts.md §1, named once because several items cite each. */
export const SOURCES = {
  fbiPsa2023: [FBI_2023_B, FBI_2023],
  interpol2023: INTERPOL_2023,
  ohchr2023: OHCHR_2023_REPORT,
  ohchrLater: OHCHR_LATER,
  iomThailand: IOM_TH,
  hkSecurityBureau: HK_SB,
  cnMfa2022: MFA_CN_2022,
  cnEmbassyMyanmar: CN_EMBASSY_MM_2023,
  cnEmbassyThailand: CN_EMBASSY_TH_2025,
  cnReportTo110: "http://inmoke.com/m/view.php?aid=16904&pageno=2",
  cnAntiFraudApp: CN_ANTIFRAUD_APP,
  cn12308: CN_12308_TIT,
  taiwanMofa: TAIWAN_MOFA,
  indiaMea2022: MEA_IN,
  indiaVisaOnArrival: MEA_IN_VOA,
  indiaEmbassyYangon:
    "https://ritamdigital.com/2024/06/03/38111/world/indian-embassy-issues-alert-on-myanmars-fake-job-scams-targeting-youth",
  indiaAuthorisedAgents: "https://livetimes.news/?p=21885",
  kenyaEmbassyBangkok: KENYA_TH,
  kenyaMaeSot: KENYA_MAE_SOT,
  kenyaRecruiters: KE_EMBASSY_2024,
  kenyaVerify: "https://www.kenyans.co.ke/news/109526-govt-issues-update-kenyans-held-hostage-armed-employers-myanmar",
  philippinesDmwFees: DMW_PH_FEES,
  philippinesDfa2023: PH_TOURISTS_CAMBODIA,
  philippinesDfa2025: PH_DFA_2025,
  sriLankaVisa: SRI_LANKA,
  sriLankaSlbfe: "http://www.adaderana.lk/news.php?nid=108338",
  thaiMfaNightCrossings: [THAI_MFA, CH3_NIGHT_CROSSINGS],
  thaiMfaMaeSai: THAI_MFA_MAESAI,
  thaiEmbassyVientiane: THAI_EMBASSY_GT,
  vietnamMfa: VN_MFA_2025,
  malaysiaMfa: MY_MFA_2022,
  nepalMofa: "https://theannapurnaexpress.com/story/51727",
  indonesiaKemlu:
    "https://anambas.pikiran-rakyat.com/nasional/pr-3167929094/upaya-penyelamatan-wni-oleh-pemerintah-dari-penipuan-daring-di-myanmar",
} as const;

/** Builds one item; `sources` are URLs or lists of URLs from `SOURCES`. */
export function item(
  id: string,
  textKey: string,
  ...sources: ReadonlyArray<string | readonly string[]>
): SourcedListItem {
  return { id, textKey, source: sources.flat(), reviewed: CONTENT_REVIEWED };
}

const S = SOURCES;

/** Checklist ids double as deep-link arguments (`?start=checklist_<id>`) and callback data, so they stay short. */
const CHECKLIST_IDS = ["accept", "travel", "abroad", "family", "verify"] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];
export type Checklist = SourcedList<ChecklistId>;

export function isChecklistId(value: string): value is ChecklistId {
  return (CHECKLIST_IDS as readonly string[]).includes(value);
}

export const CHECKLISTS: Readonly<Record<ChecklistId, Checklist>> = {
  accept: {
    id: "accept",
    titleKey: "checklist.accept.title",
    items: [
      item("high_pay", "checklist.accept.high_pay", S.fbiPsa2023, S.hkSecurityBureau, S.cnEmbassyMyanmar),
      item("free_travel", "checklist.accept.free_travel", S.fbiPsa2023, S.cnEmbassyThailand),
      item(
        "job_titles",
        "checklist.accept.job_titles",
        S.fbiPsa2023,
        S.indiaMea2022,
        S.kenyaEmbassyBangkok,
        S.thaiMfaNightCrossings,
      ),
      item("hot_spots", "checklist.accept.hot_spots", S.ohchr2023, S.cnMfa2022, S.iomThailand),
      item("vague", "checklist.accept.vague", S.fbiPsa2023, S.vietnamMfa),
      item("via_contacts", "checklist.accept.via_contacts", S.interpol2023, S.kenyaRecruiters),
      item("tourist_visa", "checklist.accept.tourist_visa", S.sriLankaVisa, S.indiaVisaOnArrival, S.cnEmbassyThailand),
      item("fees", "checklist.accept.fees", S.philippinesDmwFees),
    ],
  },
  travel: {
    id: "travel",
    titleKey: "checklist.travel.title",
    items: [
      item("work_visa", "checklist.travel.work_visa", S.cnEmbassyThailand, S.malaysiaMfa, S.nepalMofa),
      item(
        "licensed_agency",
        "checklist.travel.licensed_agency",
        S.philippinesDmwFees,
        S.sriLankaSlbfe,
        S.indiaAuthorisedAgents,
      ),
      item("contract", "checklist.travel.contract", S.thaiEmbassyVientiane, S.vietnamMfa),
      item("copies", "checklist.travel.copies", S.fbiPsa2023),
      item("passport", "checklist.travel.passport", S.fbiPsa2023, S.taiwanMofa),
      item("destination_change", "checklist.travel.destination_change", S.fbiPsa2023, S.kenyaMaeSot, S.iomThailand),
      item("border", "checklist.travel.border", S.thaiMfaNightCrossings, S.thaiMfaMaeSai, S.iomThailand),
      item("check_in", "checklist.travel.check_in", S.ohchr2023, S.fbiPsa2023),
    ],
  },
  abroad: {
    id: "abroad",
    titleKey: "checklist.abroad.title",
    items: [
      item("victim", "checklist.abroad.victim", S.ohchr2023, S.taiwanMofa),
      item("call_embassy", "checklist.abroad.call_embassy", S.cn12308, S.philippinesDfa2025),
      item("location", "checklist.abroad.location", S.philippinesDfa2025),
      item("no_move", "checklist.abroad.no_move", S.fbiPsa2023, S.ohchrLater),
      item("debt", "checklist.abroad.debt", S.fbiPsa2023, S.ohchrLater),
      item("evidence", "checklist.abroad.evidence", S.cnReportTo110, S.cnAntiFraudApp),
    ],
  },
  family: {
    id: "family",
    titleKey: "checklist.family.title",
    items: [
      item("ask_details", "checklist.family.ask_details", S.fbiPsa2023, S.vietnamMfa),
      item("typical_lure", "checklist.family.typical_lure", S.fbiPsa2023, S.indiaMea2022, S.philippinesDfa2023),
      item("people_known", "checklist.family.people_known", S.kenyaRecruiters),
      item("contact_lost", "checklist.family.contact_lost", S.cn12308, S.cnReportTo110, S.malaysiaMfa),
      item("ransom", "checklist.family.ransom", S.thaiMfaNightCrossings, S.fbiPsa2023),
      item("victim", "checklist.family.victim", S.ohchr2023),
    ],
  },
  verify: {
    id: "verify",
    titleKey: "checklist.verify.title",
    items: [
      item("full_name", "checklist.verify.full_name", S.fbiPsa2023),
      item("ask_embassy", "checklist.verify.ask_embassy", S.indiaEmbassyYangon, S.malaysiaMfa, S.kenyaVerify),
      item("labour_office", "checklist.verify.labour_office", S.philippinesDmwFees, S.sriLankaSlbfe, S.kenyaVerify),
      item("work_visa", "checklist.verify.work_visa", S.cnEmbassyThailand, S.indonesiaKemlu, S.malaysiaMfa),
      item("fixed_address", "checklist.verify.fixed_address", S.fbiPsa2023),
      item("fees", "checklist.verify.fees", S.philippinesDmwFees),
      item("antifraud_app", "checklist.verify.antifraud_app", S.cnAntiFraudApp),
    ],
  },
};

/** Checklists in menu order. */
export const checklistIds: readonly ChecklistId[] = CHECKLIST_IDS;

/** How a shared card points back to the bot. */
export interface ShareOptions {
  /** The bot's @username without "@": when given, the closing line links to it. */
  botUsername?: string;
}

const BOT_USERNAME = /^[A-Za-z0-9_]{3,32}$/;

/**
 * The closing line of a shareable card. A forwarded list must make sense on its own and say where it came from;
 * with the bot's username it links there (deep-linking to `startPayload` when given).
 */
export function shareFooter(locale: Locale, tr: Translator, options: ShareOptions, startPayload?: string): string {
  const username = options.botUsername;
  if (username === undefined) return tr.t(locale, "checklist.footer");
  if (!BOT_USERNAME.test(username)) throw new Error(`not a Telegram bot username: ${username}`);
  const url = `https://t.me/${username}${startPayload ? `?start=${encodeURIComponent(startPayload)}` : ""}`;
  const link = `<a href="${escapeHtml(url)}">@${escapeHtml(username)}</a>`;
  return tr.t(locale, "checklist.footer_link", { link: html(link) });
}

/**
 * Renders a titled list as one self-contained Telegram HTML message: bold title, numbered lines, and a closing line
 * pointing to the bot, so it still reads right when forwarded. Shared by checklists and the family guide.
 */
export function renderSourcedList(
  list: SourcedList,
  locale: Locale,
  tr: Translator,
  options: ShareOptions = {},
  startPayload?: string,
): string {
  const lines = list.items.map((entry, index) => `${index + 1}. ${tr.t(locale, entry.textKey)}`);
  return [
    `<b>${tr.t(locale, list.titleKey)}</b>`,
    lines.join("\n"),
    ...(list.noteKey ? [tr.t(locale, list.noteKey)] : []),
    `<i>${shareFooter(locale, tr, options, startPayload)}</i>`,
  ].join("\n\n");
}

/** One checklist as a shareable message; its link opens the same checklist in the bot. */
export function renderChecklist(id: ChecklistId, locale: Locale, tr: Translator, options: ShareOptions = {}): string {
  return renderSourcedList(CHECKLISTS[id], locale, tr, options, `checklist_${id}`);
}

/** The /checklist menu prompt; the buttons are the checklist titles in `checklistIds` order. */
export function renderChecklistMenu(locale: Locale, tr: Translator): string {
  return tr.t(locale, "checklist.menu");
}

/** A checklist's title, for menu buttons and inline-mode results. */
export function checklistTitle(id: ChecklistId, locale: Locale, tr: Translator): string {
  return tr.t(locale, CHECKLISTS[id].titleKey);
}
