/**
 * The family guide (PRODUCT.md §2.9): what a parent, sibling or friend can ask before someone leaves for a job
 * abroad, a safety plan to agree before departure, and what to do if contact stops. Each line is grounded in
 * facts.md §1 and §3 (how people are moved, what is taken from them, how families are approached) and carries its
 * sources like a checklist item.
 */
import type { Locale } from "../i18n/locales.ts";
import type { Translator } from "../i18n/translator.ts";
import { SOURCES as S, item, renderSourcedList, type ShareOptions, type SourcedList } from "./checklists.ts";

/** Section ids double as callback data, so they stay short. */
export const FAMILY_GUIDE_SECTION_IDS = ["questions", "plan", "lost"] as const;
export type FamilyGuideSectionId = (typeof FAMILY_GUIDE_SECTION_IDS)[number];

export function isFamilyGuideSectionId(value: string): value is FamilyGuideSectionId {
  return (FAMILY_GUIDE_SECTION_IDS as readonly string[]).includes(value);
}

export const FAMILY_GUIDE: Readonly<Record<FamilyGuideSectionId, SourcedList<FamilyGuideSectionId>>> = {
  questions: {
    id: "questions",
    titleKey: "family.questions.title",
    items: [
      item("employer", "family.questions.employer", S.fbiPsa2023),
      item("where", "family.questions.where", S.fbiPsa2023, S.kenyaMaeSot, S.iomThailand),
      item("visa", "family.questions.visa", S.cnEmbassyThailand, S.indiaVisaOnArrival),
      item("who_pays", "family.questions.who_pays", S.fbiPsa2023),
      item("contract", "family.questions.contract", S.thaiEmbassyVientiane, S.vietnamMfa),
      item("recruiter", "family.questions.recruiter", S.interpol2023, S.kenyaRecruiters),
      item("job_and_pay", "family.questions.job_and_pay", S.fbiPsa2023, S.hkSecurityBureau),
    ],
  },
  plan: {
    id: "plan",
    titleKey: "family.plan.title",
    noteKey: "family.plan.trip",
    items: [
      item("copies", "family.plan.copies", S.fbiPsa2023),
      item("check_in", "family.plan.check_in", S.ohchr2023),
      item("code_word", "family.plan.code_word", S.ohchr2023, S.fbiPsa2023),
      item("location", "family.plan.location", S.fbiPsa2023),
      item("numbers", "family.plan.numbers", S.cn12308, S.philippinesDfa2025),
      item("stop_rule", "family.plan.stop_rule", S.fbiPsa2023, S.kenyaMaeSot),
    ],
  },
  lost: {
    id: "lost",
    titleKey: "family.lost.title",
    items: [
      item("record", "family.lost.record", S.philippinesDfa2025, S.cnAntiFraudApp),
      item("consular", "family.lost.consular", S.cn12308, S.philippinesDfa2025),
      item("police", "family.lost.police", S.cnReportTo110, S.malaysiaMfa),
      item("ransom", "family.lost.ransom", S.thaiMfaNightCrossings, S.fbiPsa2023),
      item("victim", "family.lost.victim", S.ohchr2023),
    ],
  },
};

/**
 * One section of the family guide as a self-contained, forwardable Telegram HTML message (title, numbered lines,
 * a closing line pointing to the bot). Families forward these to the person leaving, so each stands alone.
 */
export function renderFamilyGuide(
  section: FamilyGuideSectionId,
  locale: Locale,
  tr: Translator,
  options: ShareOptions = {},
): string {
  return renderSourcedList(FAMILY_GUIDE[section], locale, tr, options);
}
