import { BotComposer } from "../composer.ts";
import { randomUUID } from "node:crypto";
import { InlineKeyboard, type Composer } from "grammy";
import type { ReportDraft } from "../../store/store.ts";
import { callbackCodec } from "../../callback-data.ts";
import type { BotContext } from "../context.ts";

const reportData = callbackCodec("rep", ["answer"]);
const LIMITS = { handle: 200, details: 1500 } as const;
/** Reports one person may send a day, against abuse of the operators' chat. */
const DAILY_REPORTS = 5;

const cancelKeyboard = (ctx: BotContext) =>
  new InlineKeyboard().text(ctx.t("report.cancel"), reportData.pack({ answer: "cancel" }));

const CANCEL = /^\/cancel(@\w+)?(\s|$)/i;

/**
 * Mounted before every other feature: a command typed while /report asks its questions leaves the report (its
 * draft is deleted), so the command does what it says and nothing after it is taken as report text. `/cancel`
 * says what it cancelled, or that nothing was in progress.
 */
export const leaveWizardOnCommand = new BotComposer<BotContext>();

leaveWizardOnCommand.chatType("private").on("message:text", async (ctx, next) => {
  const text = ctx.msg.text;
  if (!text.startsWith("/")) return next();
  const inReport = ctx.user?.reportDraft !== undefined;
  if (inReport) {
    ctx.user = await ctx.deps.store.updateUser(ctx.from.id, { reportDraft: null });
  }
  if (CANCEL.test(text)) {
    return ctx.reply(ctx.t(inReport ? "report.cancelled" : "cancel.nothing"), { parse_mode: "HTML" });
  }
  return next();
});

/**
 * /report: asks for the recruiter's handle, link or phone and what happened (Cancel at every step), shows exactly
 * what will be sent, and only on consent passes it to the operators' chat and stores it — without the reporter.
 */
export function createReportFeature(): Composer<BotContext> {
  const feature = new BotComposer<BotContext>();
  const privateChats = feature.chatType("private");

  const saveDraft = (ctx: BotContext, draft: ReportDraft | null) =>
    ctx.deps.store.updateUser(ctx.from!.id, { reportDraft: draft });

  privateChats.command("report", async (ctx) => {
    await saveDraft(ctx, { step: "handle" });
    return ctx.reply(ctx.t("report.ask_handle"), { parse_mode: "HTML", reply_markup: cancelKeyboard(ctx) });
  });

  // While a report is in progress, what the user types answers its current question.
  privateChats.on("message:text").filter(
    (ctx) => ctx.user?.reportDraft !== undefined && !ctx.msg.text.startsWith("/"),
    async (ctx) => {
      const draft = ctx.user!.reportDraft!;
      const text = ctx.msg.text.trim();
      if (draft.step === "confirm")
        return ctx.reply(ctx.t("report.press_a_button"), { reply_markup: confirmKeyboard(ctx) });
      const limit = LIMITS[draft.step];
      if (text.length > limit) {
        return ctx.reply(ctx.t("report.too_long", { limit }), {
          parse_mode: "HTML",
          reply_markup: cancelKeyboard(ctx),
        });
      }
      if (draft.step === "handle") {
        await saveDraft(ctx, { step: "details", handle: text });
        return ctx.reply(ctx.t("report.ask_details"), { parse_mode: "HTML", reply_markup: cancelKeyboard(ctx) });
      }
      const complete = { step: "confirm" as const, handle: draft.handle ?? "", details: text };
      await saveDraft(ctx, complete);
      return ctx.reply(ctx.t("report.confirm", { handle: complete.handle, details: complete.details }), {
        parse_mode: "HTML",
        reply_markup: confirmKeyboard(ctx),
      });
    },
  );

  feature.callbackQuery(reportData.filter, async (ctx) => {
    const answer = reportData.unpack(ctx.callbackQuery.data)?.answer;
    const draft = ctx.user?.reportDraft;
    await ctx.answerCallbackQuery();
    if (answer !== "send" || !draft || draft.step !== "confirm" || !draft.handle || !draft.details) {
      if (ctx.from) await saveDraft(ctx, null);
      return ctx.editMessageText(ctx.t("report.cancelled"), { parse_mode: "HTML" });
    }
    const now = ctx.deps.now().getTime();
    // Kept in the store, so neither a restart nor another instance resets it.
    const day = new Date(now).toISOString().slice(0, 10);
    if (!(await ctx.deps.store.claimReportSlot(ctx.from.id, day, DAILY_REPORTS)))
      return ctx.editMessageText(ctx.t("report.daily_limit"), { parse_mode: "HTML" });

    const report = {
      id: randomUUID().slice(0, 8),
      at: new Date(now).toISOString(),
      handle: draft.handle,
      details: draft.details,
    };
    await ctx.deps.store.saveReport(report);
    await saveDraft(ctx, null);
    if (ctx.deps.adminChatId !== undefined) {
      await ctx.api.sendMessage(
        ctx.deps.adminChatId,
        ctx.deps.translator.t("en", "report.admin_message", { ...report }),
        {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
        },
      );
    } else {
      ctx.log.warn({ report_id: report.id }, "ADMIN_CHAT_ID is not set: the report is stored but nobody is told");
    }
    ctx.log.info({ report_id: report.id }, "recruiter report received");
    return ctx.editMessageText(ctx.t("report.sent"), { parse_mode: "HTML" });
  });

  return feature;
}

function confirmKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("report.send"), reportData.pack({ answer: "send" }))
    .text(ctx.t("report.cancel"), reportData.pack({ answer: "cancel" }));
}
