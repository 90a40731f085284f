/**
 * What the check shows people: a Telegram-HTML verdict in their language, and the routing question "is this text an
 * offer at all?" (a greeting or a question goes to Q&A instead of getting a verdict, PRODUCT.md §2.1).
 */
import { escapeHtml, html, type Locale, type Translator } from "../i18n.ts";
import { flagTitleKey, flagWhyKey } from "../content/rules.ts";
import { normalizeText } from "../text/normalize.ts";
import { extractSalaries } from "./extract/salary.ts";
import { findTerms } from "./extract/terms.ts";
import type { Verdict } from "./index.ts";
import type { RiskLevel } from "./level.ts";

/** Flags shown in one message; the rest are counted, so the message stays well under Telegram's 4096 limit. */
export const MAX_FLAGS_SHOWN = 6;
const MAX_EVIDENCE_CHARS = 80;

const LEVEL_KEYS: Record<RiskLevel, { headline: string; summary: string }> = {
  high: { headline: "check.level.high.headline", summary: "check.level.high.summary" },
  warning: { headline: "check.level.warning.headline", summary: "check.level.warning.summary" },
  low: { headline: "check.level.low.headline", summary: "check.level.low.summary" },
};

function quote(evidence: string): string {
  const oneLine = evidence.replace(/\s+/g, " ").trim();
  const short = oneLine.length > MAX_EVIDENCE_CHARS ? `${oneLine.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : oneLine;
  return escapeHtml(short);
}

/**
 * The verdict as Telegram HTML: headline by level, each flag's title with the offer's own words (escaped) and why
 * it matters, then what to do now. Every user-visible word comes from the locale files.
 */
export function formatVerdict(v: Verdict, locale: Locale, tr: Translator): string {
  const { headline, summary } = LEVEL_KEYS[v.level];
  const lines: string[] = [tr.t(locale, headline), tr.t(locale, summary), ""];
  const shown = v.flags.slice(0, MAX_FLAGS_SHOWN);
  if (shown.length > 0) {
    lines.push(tr.t(locale, "check.flags_heading"));
    for (const flag of shown) {
      lines.push(
        tr.t(locale, "check.flag_line", {
          title: html(tr.t(locale, flagTitleKey(flag.id))),
          evidence: html(quote(flag.evidence)),
          why: html(tr.t(locale, flagWhyKey(flag.id))),
        }),
      );
    }
    if (v.flags.length > shown.length)
      lines.push(tr.t(locale, "check.more_flags", { count: v.flags.length - shown.length }));
    lines.push("");
  }
  if (v.lawfulSigns.length > 0) {
    lines.push(tr.t(locale, "check.lawful_heading"));
    for (const sign of v.lawfulSigns.slice(0, MAX_FLAGS_SHOWN)) {
      lines.push(
        tr.t(locale, "check.lawful_line", {
          title: html(tr.t(locale, flagTitleKey(sign.id))),
          evidence: html(quote(sign.evidence)),
        }),
      );
    }
    lines.push("");
  }
  lines.push(tr.t(locale, "check.advice_heading"));
  for (const key of v.advice) lines.push(`• ${tr.t(locale, key)}`);
  return lines.join("\n").trim();
}

/**
 * A short card: headline and the titles of the first flags, for a group warning under a lure or an inline result.
 * The full, explained verdict is one tap away.
 */
export function formatVerdictCard(v: Verdict, locale: Locale, tr: Translator, maxFlags = 3): string {
  const titles = v.flags.slice(0, maxFlags).map((flag) => `• ${tr.t(locale, flagTitleKey(flag.id))}`);
  return [tr.t(locale, LEVEL_KEYS[v.level].headline), ...titles].join("\n");
}

/** A question or request for help rather than an offer ("去柬埔寨做客服安全吗", "is this job real?"). */
const QUESTION =
  /[?？]|吗|嘛|么$|呢|是不是|是否|怎么|怎样|如何|能不能|可不可以|靠谱|安全吗|真的假的|求助|请问|\b(?:is|are|can|should|how|what|why|does|do|will|is it|safe|legit|real|scam)\b/;
/** Words of a recruiter announcing a job (not words of someone asking about one). */
const RECRUITING =
  /招聘|招募|诚聘|直招|急招|招人|招工|征才|诚征|招|聘|岗位|职位|薪|待遇|报名|应聘|工资|hiring|vacanc|position|we are recruiting|job offer|apply|salary|join our|requirements|benefits|per month|\/month|wanted/;

/**
 * Whether free text reads as a job offer to check rather than a greeting or a question. An offer names pay, perks,
 * a job or a recruiter's call to apply; a short text shaped as a question is a question even if it names a place
 * and a job, unless it carries a whole offer (several signs, e.g. a pasted ad ending "is this real?").
 */
export function looksLikeOffer(text: string): boolean {
  if (typeof text !== "string") return false;
  const canonical = normalizeText(text.slice(0, 4096)).text;
  if (canonical.length < 6) return false;
  const terms = findTerms(canonical);
  let signs = new Set(terms.rules.map((hit) => hit.value.category)).size;
  if (extractSalaries(canonical).length > 0) signs += 2;
  if (terms.places.length > 0) signs += 1;
  if (RECRUITING.test(canonical)) signs += 2;
  const asksQuestion = QUESTION.test(canonical);
  if (asksQuestion) return signs >= 6 && canonical.length >= 60;
  return signs >= 3;
}
