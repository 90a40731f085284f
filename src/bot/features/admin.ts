import { Composer } from "grammy";
import { escapeHtml } from "../../i18n.ts";
import type { BotContext } from "../context.ts";

const TOP = 10;

/** Sums counters under `prefix`, keyed by the rest of their name, largest first. */
function group(counters: Record<string, number>, prefix: string): Array<[string, number]> {
  return Object.entries(counters)
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, value]): [string, number] => [name.slice(prefix.length), value])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function table(rows: Array<[string, number]>): string {
  if (rows.length === 0) return "  —";
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`).join("\n");
}

/** The operators' figures as a monospace table: who uses JobSafe, what the check finds, what people think of it. */
export async function renderStats(ctx: BotContext): Promise<string> {
  const { store } = ctx.deps;
  const [counters, users, reports] = await Promise.all([
    store.counters(),
    store.countUsersByLocale(),
    store.countReports(),
  ]);
  const sections: Array<[string, Array<[string, number]>]> = [
    [ctx.t("admin.stats.users"), Object.entries(users).sort((a, b) => b[1] - a[1])],
    [ctx.t("admin.stats.checks"), group(counters, "stats:checks:")],
    [ctx.t("admin.stats.flags"), group(counters, "stats:flags:").slice(0, TOP)],
    [ctx.t("admin.stats.questions"), group(counters, "stats:questions:").slice(0, TOP)],
    [ctx.t("admin.stats.feedback"), group(counters, "stats:feedback:")],
    [
      ctx.t("admin.stats.other"),
      [
        ["group_warnings", counters["stats:group_warnings"] ?? 0],
        ["reports", reports],
      ],
    ],
  ];
  const body = sections.map(([title, rows]) => `${title}\n${table(rows)}`).join("\n\n");
  return `<b>${ctx.t("admin.stats.title")}</b>\n<pre>${escapeHtml(body)}</pre>`;
}

/** Admin commands, for the user ids in ADMIN_IDS only; to anyone else they do not exist. */
export const adminFeature = new Composer<BotContext>();
const admins = adminFeature.filter((ctx) => ctx.from !== undefined && ctx.deps.adminIds.has(ctx.from.id));

admins.command("stats", async (ctx) => ctx.reply(await renderStats(ctx), { parse_mode: "HTML" }));
