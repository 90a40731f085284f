import { BotComposer } from "../composer.ts";
import { InlineQueryResultBuilder } from "grammy";
import type { InlineQueryResult } from "grammy/types";
import { checkOffer, formatVerdictCard } from "../../check/index.ts";
import { checklistIds, checklistTitle, renderChecklist } from "../../content/checklists.ts";
import type { BotContext } from "../context.ts";
import { deepLink, plainText } from "../plain-text.ts";

/** Checklists never change between queries; verdicts depend on the text typed, so they are cached briefly. */
const CHECKLIST_CACHE_SECONDS = 3600;
const VERDICT_CACHE_SECONDS = 60;

function checklistResults(ctx: BotContext): InlineQueryResult[] {
  return checklistIds.map((id) =>
    InlineQueryResultBuilder.article(`cl-${id}`, checklistTitle(id, ctx.locale, ctx.deps.translator), {
      description: ctx.t("inline.checklist_description"),
    }).text(renderChecklist(id, ctx.locale, ctx.deps.translator, { botUsername: ctx.me.username }), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    }),
  );
}

function verdictResult(ctx: BotContext, query: string): InlineQueryResult {
  const verdict = checkOffer(query);
  const card = formatVerdictCard(verdict, ctx.locale, ctx.deps.translator);
  const [title = "", ...flags] = plainText(card).split("\n");
  const link = ctx.t("inline.full_check", { link: deepLink(ctx.me.username, "check") });
  return InlineQueryResultBuilder.article(`v-${verdict.level}-${verdict.flags.length}`, title, {
    description: flags.join(" ").slice(0, 200) || ctx.t("inline.no_flags_description"),
  }).text(`${card}\n\n${link}`, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}

/**
 * Inline mode: `@bot` alone offers the checklists as shareable cards; `@bot <offer text>` a quick verdict card
 * with a link to the full check. Results are in the asking user's language, hence personal.
 */
export const inlineFeature = new BotComposer<BotContext>();

inlineFeature.on("inline_query", async (ctx) => {
  const query = ctx.inlineQuery.query.trim();
  const results = query ? [verdictResult(ctx, query), ...checklistResults(ctx)] : checklistResults(ctx);
  await ctx.answerInlineQuery(results, {
    cache_time: query ? VERDICT_CACHE_SECONDS : CHECKLIST_CACHE_SECONDS,
    is_personal: true,
  });
});
