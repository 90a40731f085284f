import { BotComposer } from "../composer.ts";
import { ROUND_KINDS, type RoundKind } from "../../broadcast/plan.ts";
import type { RoundProgress, RoundSummary } from "../../broadcast/round.ts";
import { renderWarning, WARNINGS } from "../../content/warnings.ts";
import { escapeHtml } from "../../i18n/html.ts";
import { broadcastApi } from "../../telegram/grammy-broadcast-api.ts";
import { MESSAGE_LIMIT } from "../split-message.ts";
import type { BotContext } from "../context.ts";

/** How often a running round's progress message is edited (Telegram allows about one edit a second per chat). */
const PROGRESS_EDIT_MS = 3000;

/** Rows shown per section; the rest are summed in one "… more" row, so /stats stays one short message. */
const TOP = 10;
/** Longest row name shown: names come from ids, but counters left by older versions may be anything. */
const NAME_WIDTH = 48;

/** A table's rows, largest first. */
function rowsOf(counts: Record<string, number>): Array<[string, number]> {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function table(rows: Array<[string, number]>, more: (count: number) => string): string {
  if (rows.length === 0) return "  —";
  const shown = rows
    .slice(0, TOP)
    .map(([name, value]): [string, number] => [
      name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name,
      value,
    ]);
  const hidden = rows.slice(TOP);
  if (hidden.length > 0) shown.push([more(hidden.length), hidden.reduce((sum, [, value]) => sum + value, 0)]);
  const width = Math.max(...shown.map(([name]) => name.length));
  return shown.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`).join("\n");
}

/**
 * The operators' figures as monospace tables: who uses JobSafe, what the check finds, what people think of it.
 * Each section shows at most `TOP` rows, so its length is bounded whatever the counters hold; sections are packed
 * into as few messages as fit Telegram's limit (one, in practice).
 */
export async function renderStats(ctx: BotContext): Promise<string[]> {
  const { store } = ctx.deps;
  const [totals, users, reports, subscribers, weekly, daily] = await Promise.all([
    store.stats.totals(),
    store.countUsersByLocale(),
    store.countReports(),
    store.subscriptions.countSubscriptions(),
    store.rounds.lastCompletedRound("weekly"),
    store.rounds.lastCompletedRound("daily"),
  ]);
  const roundRows = [weekly, daily].flatMap((round): Array<[string, number]> =>
    round
      ? [
          [`${round.roundId} delivered`, round.totals.delivered],
          [`${round.roundId} blocked`, round.totals.blocked],
          [`${round.roundId} failed`, round.totals.failed],
        ]
      : [],
  );
  const sections: Array<[string, Array<[string, number]>]> = [
    [ctx.t("admin.stats.users"), Object.entries(users).sort((a, b) => b[1] - a[1])],
    [ctx.t("admin.stats.checks"), rowsOf(totals.checks)],
    [ctx.t("admin.stats.flags"), rowsOf(totals.flags)],
    [ctx.t("admin.stats.questions"), rowsOf(totals.questions)],
    [ctx.t("admin.stats.feedback"), rowsOf(totals.feedback)],
    [ctx.t("admin.stats.subscribers"), Object.entries(subscribers).sort((a, b) => b[1] - a[1])],
    [ctx.t("admin.stats.rounds"), roundRows],
    [
      ctx.t("admin.stats.other"),
      [
        ["group_warnings", totals.groupWarnings],
        ["reports", reports],
      ],
    ],
  ];
  const more = (count: number): string => ctx.t("admin.stats.more", { count });
  const blocks = sections.map(([title, rows]) => `<pre>${escapeHtml(`${title}\n${table(rows, more)}`)}</pre>`);
  const messages = [`<b>${ctx.t("admin.stats.title")}</b>`];
  for (const block of blocks) {
    const last = messages.length - 1;
    if (messages[last]!.length + 2 + block.length <= MESSAGE_LIMIT) messages[last] += `\n\n${block}`;
    else messages.push(block);
  }
  return messages;
}

/** Admin commands, for the user ids in ADMIN_IDS only; to anyone else they do not exist. */
export const adminFeature = new BotComposer<BotContext>();
const admins = adminFeature.filter((ctx) => ctx.from !== undefined && ctx.deps.adminIds.has(ctx.from.id));

admins.command("stats", async (ctx) => {
  for (const text of await renderStats(ctx)) await ctx.reply(text, { parse_mode: "HTML" });
});

/** `/warning [n]`: shows warning n (from 1) exactly as subscribers in the admin's language will get it. */
admins.command("warning", async (ctx) => {
  const index = Number(ctx.match.replace(/^preview\s*/, "").trim() || "1");
  const warning = Number.isInteger(index) ? WARNINGS[index - 1] : undefined;
  if (!warning) return ctx.reply(ctx.t("admin.warning.usage", { count: WARNINGS.length }));
  await ctx.reply(ctx.t("admin.warning.preview", { index, count: WARNINGS.length, id: warning.id }), {
    parse_mode: "HTML",
  });
  return ctx.reply(renderWarning(ctx.deps.translator, warning.id, ctx.locale), {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  });
});

function summaryText(ctx: BotContext, summary: RoundSummary): string {
  // Each chat by id, the first hundred of them: a message has room for that many.
  const chats = summary.unconfirmedChats;
  const unconfirmed =
    chats.length > 0
      ? `\n${ctx.t("admin.round.unconfirmed", {
          chats: chats.slice(0, 100).join(", ") + (chats.length > 100 ? ` … (+${chats.length - 100})` : ""),
        })}`
      : "";
  const counts = summary.counts
    ? `\n<pre>${escapeHtml(
        [
          ...Object.entries(summary.counts.byLocale).map(([locale, n]) => `${locale}  ${n}`),
          ...Object.entries(summary.counts.byTopic).map(([topic, n]) => `${topic}  ${n}`),
        ].join("\n"),
      )}</pre>`
    : "";
  return (
    ctx.t("admin.round.summary", {
      round: summary.roundId,
      status: summary.status,
      planned: summary.planned,
      sent: summary.sent,
      blocked: summary.blocked,
      failed: summary.failed,
      seconds: (summary.durationMs / 1000).toFixed(1),
    }) +
    unconfirmed +
    counts
  );
}

/**
 * `/round dry-run [weekly|daily]` counts what a round would send and sends nothing; `/round now [weekly|daily]`
 * runs one, with a progress message edited as it goes and a summary at the end. It runs in the background so the
 * admin's chat keeps working; shutdown stops it cleanly and it resumes on the next start.
 */
admins.command("round", async (ctx) => {
  const [mode = "", kindArg = "weekly"] = ctx.match.trim().split(/\s+/);
  const kind = kindArg as RoundKind;
  if (!["dry-run", "now"].includes(mode) || !(ROUND_KINDS as readonly string[]).includes(kind)) {
    return ctx.reply(ctx.t("admin.round.usage"), { parse_mode: "HTML" });
  }
  const { rounds, logger } = ctx.deps;
  const dryRun = mode === "dry-run";
  const status = await ctx.reply(ctx.t(dryRun ? "admin.round.counting" : "admin.round.started", { kind }), {
    parse_mode: "HTML",
  });
  let lastEdit = 0;
  const onProgress = (progress: RoundProgress): void => {
    const now = Date.now();
    if (now - lastEdit < PROGRESS_EDIT_MS) return;
    lastEdit = now;
    const text = ctx.t("admin.round.progress", {
      round: progress.roundId,
      done: progress.planned - progress.pending,
      planned: progress.planned,
    });
    ctx.api
      .editMessageText(status.chat.id, status.message_id, text)
      .catch((error: unknown) => logger.warn({ err: error }, "could not edit round progress"));
  };
  const run = rounds
    .runNow(ctx.deps.broadcastApi ?? broadcastApi(ctx.api), kind, { dryRun, onProgress, signal: ctx.deps.shutdown })
    .then((summary) => {
      logger.info({ ...summary, counts: undefined, by: ctx.from?.id }, "round run by an admin");
      return ctx.api.editMessageText(status.chat.id, status.message_id, summaryText(ctx, summary), {
        parse_mode: "HTML",
      });
    })
    .catch((error: unknown) => {
      logger.error({ err: error }, "admin round failed");
      return ctx.api.sendMessage(status.chat.id, ctx.t("admin.round.failed", { error: (error as Error).message }));
    });
  ctx.deps.background.add(run);
  void run.finally(() => ctx.deps.background.delete(run));
  return undefined;
});
