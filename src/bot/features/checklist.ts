import { BotComposer } from "../composer.ts";
import { InlineKeyboard } from "grammy";
import {
  checklistIds,
  checklistTitle,
  isChecklistId,
  renderChecklist,
  renderChecklistMenu,
  type ChecklistId,
} from "../../content/checklists.ts";
import {
  FAMILY_GUIDE,
  FAMILY_GUIDE_SECTION_IDS,
  isFamilyGuideSectionId,
  renderFamilyGuide,
  type FamilyGuideSectionId,
} from "../../content/family-guide.ts";
import { menuData } from "../actions.ts";
import { callbackCodec } from "../../callback-data.ts";
import type { BotContext } from "../context.ts";
import { deepLink, shareUrl } from "../plain-text.ts";

const checklistData = callbackCodec("cl", ["id"]);
const familyData = callbackCodec("fg", ["section"]);

/** A share link whose deep link opens the same card in the bot. */
const shareButtonUrl = (ctx: BotContext, payload: string, title: string): string =>
  shareUrl(deepLink(ctx.me.username, payload), title);

async function sendChecklist(ctx: BotContext, id: ChecklistId): Promise<unknown> {
  const { locale, deps } = ctx;
  return ctx.reply(renderChecklist(id, locale, deps.translator, { botUsername: ctx.me.username }), {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: new InlineKeyboard()
      .url(ctx.t("lists.share"), shareButtonUrl(ctx, `checklist_${id}`, checklistTitle(id, locale, deps.translator)))
      .text(ctx.t("lists.all_checklists"), menuData.pack({ action: "checklist" })),
  });
}

/** /checklist [id]: the menu of checklists, or one checklist when a valid id is given (deep links, buttons). */
export async function openChecklist(ctx: BotContext, arg?: string): Promise<unknown> {
  if (arg && isChecklistId(arg)) return sendChecklist(ctx, arg);
  const keyboard = new InlineKeyboard();
  for (const id of checklistIds)
    keyboard.text(checklistTitle(id, ctx.locale, ctx.deps.translator), checklistData.pack({ id })).row();
  keyboard.text(ctx.t("lists.family_guide"), menuData.pack({ action: "family" }));
  return ctx.reply(renderChecklistMenu(ctx.locale, ctx.deps.translator), {
    parse_mode: "HTML",
    reply_markup: keyboard,
  });
}

async function sendFamilySection(ctx: BotContext, section: FamilyGuideSectionId): Promise<unknown> {
  const others = FAMILY_GUIDE_SECTION_IDS.filter((id) => id !== section);
  const keyboard = new InlineKeyboard();
  for (const id of others) keyboard.text(ctx.t(FAMILY_GUIDE[id].titleKey), familyData.pack({ section: id })).row();
  // The safety plan's check-ins, kept by JobSafe: /trip.
  if (section === "plan") keyboard.text(ctx.t("family.plan.trip_button"), menuData.pack({ action: "trip" })).row();
  keyboard.url(ctx.t("lists.share"), shareButtonUrl(ctx, `family_${section}`, ctx.t(FAMILY_GUIDE[section].titleKey)));
  return ctx.reply(renderFamilyGuide(section, ctx.locale, ctx.deps.translator, { botUsername: ctx.me.username }), {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: keyboard,
  });
}

/** The family guide: questions to ask, a safety plan before departure, what to do if contact stops. */
export async function openFamilyGuide(ctx: BotContext, arg?: string): Promise<unknown> {
  if (arg && isFamilyGuideSectionId(arg)) return sendFamilySection(ctx, arg);
  const keyboard = new InlineKeyboard();
  for (const id of FAMILY_GUIDE_SECTION_IDS)
    keyboard.text(ctx.t(FAMILY_GUIDE[id].titleKey), familyData.pack({ section: id })).row();
  keyboard.text(ctx.t("family.plan.trip_button"), menuData.pack({ action: "trip" }));
  return ctx.reply(ctx.t("lists.family_intro"), { parse_mode: "HTML", reply_markup: keyboard });
}

export const checklistFeature = new BotComposer<BotContext>();

checklistFeature.command("checklist", (ctx) => openChecklist(ctx, ctx.match.trim()));
checklistFeature.command("family", (ctx) => openFamilyGuide(ctx, ctx.match.trim()));

checklistFeature.callbackQuery(checklistData.filter, async (ctx) => {
  const id = checklistData.unpack(ctx.callbackQuery.data)?.id ?? "";
  if (!isChecklistId(id)) return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
  await ctx.answerCallbackQuery();
  return sendChecklist(ctx, id);
});

checklistFeature.callbackQuery(familyData.filter, async (ctx) => {
  const section = familyData.unpack(ctx.callbackQuery.data)?.section ?? "";
  if (!isFamilyGuideSectionId(section)) return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
  await ctx.answerCallbackQuery();
  return sendFamilySection(ctx, section);
});
