import path from "node:path";
import * as z from "zod";
import { FREE_BROADCAST_RATE, PAID_BROADCAST_RATE } from "./broadcast/broadcast-rates.ts";
import { scheduleProblems } from "./broadcast/schedule.ts";
import { LOCALES, type Locale } from "./i18n/locales.ts";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const idList = z
  .string()
  .trim()
  .regex(/^(-?\d+)(\s*,\s*-?\d+)*$/, "must be a comma-separated list of numeric Telegram ids, e.g. 12345,67890")
  .transform((value) => value.split(",").map((id) => Number(id.trim())));

/**
 * The environment JobSafe reads. Every variable is documented in `.env.example`; keep the two in step
 * (a test compares them).
 */
const envSchema = z.object({
  BOT_TOKEN: z
    .string({
      error:
        "is missing. Create a bot with @BotFather in Telegram (/newbot), copy the token it gives you, and set " +
        "BOT_TOKEN in .env or the environment. To try JobSafe without Telegram, run `npm run chat` instead.",
    })
    .trim()
    .regex(
      /^\d+:[\w-]+$/,
      "does not look like a bot token (digits, a colon, then letters): copy it again from @BotFather",
    ),
  TELEGRAM_API_ROOT: z
    .url({ error: "must be a URL such as https://api.telegram.org" })
    .default("https://api.telegram.org"),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ADMIN_IDS: idList.optional(),
  ADMIN_CHAT_ID: z
    .string()
    .trim()
    .regex(/^-?\d+$/, "must be a numeric Telegram chat id (groups start with -100)")
    .transform(Number)
    .optional(),
  WARNING_CRON: z.string().trim().default("0 10 * * 1"),
  WARNING_DAILY_CRON: z.string().trim().default("0 10 * * *"),
  WARNING_TZ: z.string().trim().default("Asia/Shanghai"),
  BROADCAST_RATE: z.coerce
    .number({ error: "must be a number of messages per second" })
    .positive("must be above 0")
    .default(25),
  BROADCAST_PAID: z
    .enum(["0", "1"], { error: "must be 1 (paid broadcasts, billed in Telegram Stars) or 0" })
    .default("0")
    .transform((value) => value === "1"),
  WARNING_CHANNEL_ID: z
    .string()
    .trim()
    .regex(/^-100\d+$/, "must be the channel's numeric id (starts with -100; forward a channel post to @userinfobot)")
    .transform(Number)
    .optional(),
  WARNING_CHANNEL_LOCALE: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).default("zh-hans"),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a PostgreSQL URL such as postgres://user:password@host:5432/jobsafe")
    .optional(),
  WEBHOOK_URL: z
    .url({ protocol: /^https$/, error: "must be the public https:// URL Telegram should post updates to" })
    .optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{16,256}$/,
      "must be 16-256 characters of A-Z, a-z, 0-9, _ or - (Telegram's secret_token rules)",
    )
    .optional(),
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).default(8080),
  CHECKIN_CLOCK_SPEED: z.coerce
    .number({ error: "must be a number (1 = real time; 3600 makes a trip hour pass in a second)" })
    .min(1, "must be at least 1 (1 = real time)")
    .max(1_000_000, "must be at most 1000000")
    .default(1),
  OCR_WORKERS: z.coerce
    .number({ error: "must be a number of OCR worker threads (0 turns reading pictures off)" })
    .int("must be a whole number")
    .min(0, "must be 0 or more (0 turns reading pictures off)")
    .max(16, "must be at most 16 (each worker holds about 300 MB)")
    .optional(),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  botToken: string;
  apiRoot: string;
  dataDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  adminIds: ReadonlySet<number>;
  /** Where recruiter reports go (a private group of the operators). */
  adminChatId: number | undefined;
  warnings: {
    weeklyCron: string;
    dailyCron: string;
    timeZone: string;
    /** Messages per second for a round: under Telegram's ~30/s, or up to 1,000 as a paid broadcast. */
    rate: number;
    /** Rounds are paid broadcasts (`allow_paid_broadcast`, billed in Telegram Stars). */
    paid: boolean;
    channel: { id: number; locale: Locale } | undefined;
  };
  /** PostgreSQL instead of the lowdb file, for several instances sharing one database. */
  databaseUrl: string | undefined;
  /** Webhook mode when set; long polling otherwise. */
  webhook: { url: string; secret: string; port: number } | undefined;
  /** How many times faster safe-trip time runs than real time (demos and tests); 1 in production. */
  checkinClockSpeed: number;
  /** OCR worker threads reading pictures of offers; 0 turns reading pictures off. Default: one per spare core. */
  ocrWorkers: number | undefined;
}

/**
 * Every configured value that must never reach a log line: the token, the webhook secret (a refused setWebhook
 * logs its payload) and the database password. Pass them to `createLogger`.
 */
export function configSecrets(config: Pick<Config, "botToken" | "webhook" | "databaseUrl">): string[] {
  const secrets = [config.botToken];
  if (config.webhook) secrets.push(config.webhook.secret);
  if (config.databaseUrl) {
    const password = URL.canParse(config.databaseUrl) ? new URL(config.databaseUrl).password : "";
    if (password) secrets.push(password, decodeURIComponent(password));
  }
  return secrets;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`JobSafe cannot start: the configuration has ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

/**
 * The checks that span variables, run on the raw values (with their defaults) so that they are reported even when
 * another variable is bad: every problem appears in one error.
 */
function crossProblems(present: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const timeZone = present.WARNING_TZ?.trim() ?? "Asia/Shanghai";
  for (const [name, fallback] of [
    ["WARNING_CRON", "0 10 * * 1"],
    ["WARNING_DAILY_CRON", "0 10 * * *"],
  ] as const) {
    const cron = present[name]?.trim() ?? fallback;
    problems.push(...scheduleProblems(cron, timeZone).map((problem) => `${name}/WARNING_TZ: ${problem}`));
  }
  // Telegram's own servers allow about 30 messages a second, or up to 1,000 as a paid broadcast; a local Bot API
  // server or a test stub may allow more.
  const rate = Number(present.BROADCAST_RATE ?? 25);
  const paid = present.BROADCAST_PAID === "1";
  const apiRoot = present.TELEGRAM_API_ROOT ?? "https://api.telegram.org";
  if (URL.canParse(apiRoot) && new URL(apiRoot).hostname === "api.telegram.org") {
    if (!paid && rate > FREE_BROADCAST_RATE) {
      problems.push(
        "BROADCAST_RATE must be at most 30 with Telegram's servers (about 30 messages a second in all), " +
          "or up to 1000 with BROADCAST_PAID=1 (paid broadcasts, billed in Telegram Stars)",
      );
    }
    if (paid && rate > PAID_BROADCAST_RATE) {
      problems.push("BROADCAST_RATE must be at most 1000 with BROADCAST_PAID=1 (Telegram's limit for paid broadcasts)");
    }
  }
  if (present.WEBHOOK_URL && !present.WEBHOOK_SECRET) {
    problems.push(
      "WEBHOOK_SECRET is required with WEBHOOK_URL, so that only Telegram can post updates (16+ random characters)",
    );
  }
  return [...new Set(problems)];
}

/** Reads and validates the configuration from an environment; one error lists every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(present);
  const problems = [
    ...(result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`)),
    ...crossProblems(present),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const parsed = result.data;
  return {
    botToken: parsed.BOT_TOKEN,
    apiRoot: parsed.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
    dataDir: path.resolve(parsed.DATA_DIR),
    logLevel: parsed.LOG_LEVEL,
    adminIds: new Set(parsed.ADMIN_IDS ?? []),
    adminChatId: parsed.ADMIN_CHAT_ID,
    warnings: {
      weeklyCron: parsed.WARNING_CRON,
      dailyCron: parsed.WARNING_DAILY_CRON,
      timeZone: parsed.WARNING_TZ,
      rate: parsed.BROADCAST_RATE,
      paid: parsed.BROADCAST_PAID,
      channel:
        parsed.WARNING_CHANNEL_ID !== undefined
          ? { id: parsed.WARNING_CHANNEL_ID, locale: parsed.WARNING_CHANNEL_LOCALE }
          : undefined,
    },
    databaseUrl: parsed.DATABASE_URL,
    webhook:
      parsed.WEBHOOK_URL && parsed.WEBHOOK_SECRET
        ? { url: parsed.WEBHOOK_URL, secret: parsed.WEBHOOK_SECRET, port: parsed.PORT }
        : undefined,
    checkinClockSpeed: parsed.CHECKIN_CLOCK_SPEED,
    ocrWorkers: parsed.OCR_WORKERS,
  };
}
