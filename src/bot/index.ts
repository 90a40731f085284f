import { Bot, BotError, type ApiClientOptions } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { localeFromLanguageCode, type Locale } from "../i18n/locales.ts";
import type { Params } from "../i18n/translator.ts";
import { localeForWriting, RecentWriting } from "../text/written-locale.ts";
import type { ActionHandlers } from "./actions.ts";
import type { BotContext, Deps } from "./context.ts";
import { BotComposer } from "./composer.ts";
import { handleUpdateError, isStoreUnavailable } from "./error-boundary.ts";
import { InFlightUpdates } from "./in-flight.ts";
import { isForwarded } from "./offer-text.ts";
import { adminFeature } from "./features/admin.ts";
import { createCheckFeature } from "./features/check.ts";
import { checklistFeature, openChecklist, openFamilyGuide } from "./features/checklist.ts";
import { openSos, sosFeature, watchNationalityQuestions } from "./features/sos.ts";
import { feedbackFeature } from "./features/feedback.ts";
import { createGroupFeature, DEFAULT_GROUP_OPTIONS, type GroupOptions } from "./features/group.ts";
import { createFreeTextFeature } from "./features/free-text.ts";
import { createImageFeature, type ImageOptions } from "./features/image.ts";
import { inlineFeature } from "./features/inline.ts";
import { openAnswer, questionsFeature } from "./features/questions.ts";
import { createReportFeature, leaveWizardOnCommand } from "./features/report.ts";
import { openSubscription, subscribeFeature } from "./features/subscribe.ts";
import { helpFeature, showHelp } from "./features/help.ts";
import { languageFeature, showLanguageMenu } from "./features/language.ts";
import { membershipFeature } from "./features/membership.ts";
import { privacyFeature } from "./features/privacy.ts";
import { openTrip, tripFeature } from "./features/trip.ts";
import { createStartFeature } from "./features/start.ts";
import { unhandledFeature } from "./features/unhandled.ts";

export interface CreateBotOptions {
  token: string;
  /** Known bot identity; when given, no getMe call is needed (tests, the terminal chat). */
  botInfo?: UserFromGetMe;
  client?: ApiClientOptions;
  /** How long to wait for more forwarded messages or album items before answering them as one case. */
  burstWindowMs?: number;
  group?: GroupOptions;
  /** Per-user flood limit: at most `limit` messages and button presses in `windowMs`. */
  flood?: { limit: number; windowMs: number };
  /** Pictures of offers (OCR); without a reader, pictures get a request for the text. */
  images?: ImageOptions;
}

export interface JobSafeBot {
  bot: Bot<BotContext>;
  /** Resolves when no update is being handled and every gathered burst is answered (for graceful shutdown). */
  idle(): Promise<void>;
}

/**
 * The locale of the person's own writing in this update, or, for what shows none, of what they last wrote to the bot.
 * In a group, a message is read on its own and a button under the group's message keeps the presser's settings.
 */
function writtenLocale(ctx: BotContext, writing: RecentWriting, userId: number, settings: Locale): Locale {
  if (ctx.inlineQuery) return writing.localeFor(userId, settings, ctx.inlineQuery.query);
  const own = ctx.msg && !isForwarded(ctx.msg) ? (ctx.msg.text ?? ctx.msg.caption ?? "") : undefined;
  if (ctx.chat?.type !== "private")
    return own !== undefined && !ctx.callbackQuery ? localeForWriting(settings, own) : settings;
  return own === undefined ? writing.readerLocale(userId, settings) : writing.localeFor(userId, settings, own);
}

/** Chats are handled one update at a time, in order; different chats run concurrently under the runner. */
const orderingKey = (ctx: BotContext): string | undefined => (ctx.chat?.id ?? ctx.from?.id)?.toString();

/**
 * Builds the whole bot from its dependencies and starts nothing: src/main.ts starts it, tests drive it
 * with `bot.handleUpdate`.
 */
export function createBot(deps: Deps, options: CreateBotOptions): JobSafeBot {
  const bot = new Bot<BotContext>(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.client ? { client: options.client } : {}),
  });
  const inFlight = new InFlightUpdates();
  const recentWriting = new RecentWriting();
  // Everything runs in one BotComposer: grammY's own chain costs garbage at every step (see composer.ts).
  const root = new BotComposer<BotContext>();
  bot.use(root);

  root.use(inFlight.middleware);
  root.use(sequentialize(orderingKey));
  root.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id });
    // Logger and words first: if the store fails (database down), the error handler can still answer the user.
    ctx.locale = localeFromLanguageCode(ctx.from?.language_code);
    ctx.t = (key: string, params?: Params) => deps.translator.t(ctx.locale, key, params);
    try {
      ctx.user = ctx.from ? await deps.store.getUser(ctx.from.id) : undefined;
    } catch (error) {
      // Outside the features' error boundary: answer here as it would.
      if (!isStoreUnavailable(error)) return handleUpdateError(new BotError(error, ctx));
      // With the database gone, what needs no saving (a danger answer above all) is still answered, without the
      // user's saved choices; whatever must be saved fails on its own and asks to try again later.
      ctx.log.warn({ err: error }, "could not read the user; answering without their saved choices");
      ctx.userUnread = true;
    }
    if (ctx.user?.locale) ctx.locale = ctx.user.locale;
    // Unless they chose, people are answered in the Chinese they write (Cantonese reads Traditional), whatever
    // Telegram's settings say (an inline query too), and a button press in their chat continues in the language of the
    // message it sits under; what shows no language ("ok", /help) continues in the one they last wrote. A forwarded
    // message is someone else's writing, and so is a group's message under a pressed button.
    else if (ctx.from) ctx.locale = writtenLocale(ctx, recentWriting, ctx.from.id, ctx.locale);
    // Other bots' messages are never answered: two bots replying to each other would loop.
    if (ctx.from?.is_bot && ctx.from.id !== ctx.me.id) return;
    await next();
  });
  // Inline queries arrive per keystroke and are cheap; only messages and button presses count towards the limit.
  const flood = options.flood ?? { limit: 20, windowMs: 60_000 };
  root.use(
    limit<BotContext, never>({
      timeFrame: flood.windowMs,
      limit: flood.limit,
      keyGenerator: (ctx) => (ctx.message || ctx.callbackQuery ? ctx.from?.id.toString() : undefined),
      onLimitExceeded: (ctx) => {
        if (ctx.chat?.type !== "private") return;
        ctx
          .reply(ctx.t("errors.flood"))
          .catch((error: unknown) => ctx.log.warn({ err: error }, "could not send the flood notice"));
      },
    }),
  );

  const burstWindowMs = options.burstWindowMs ?? 1500;
  const check = createCheckFeature({ burstWindowMs, api: () => bot.api, deps });
  const images = createImageFeature({
    images: options.images ?? {},
    apiRoot: options.client?.apiRoot ?? "https://api.telegram.org",
    token: options.token,
    burstWindowMs,
    api: () => bot.api,
    deps,
  });

  const actions: ActionHandlers = {
    check: check.openCheck,
    checklist: openChecklist,
    family: openFamilyGuide,
    sos: openSos,
    subscribe: openSubscription,
    language: showLanguageMenu,
    help: showHelp,
    answer: openAnswer,
    trip: openTrip,
  };

  // Feature order matters: specific handlers first, the catch-all last.
  root.errorBoundary(
    handleUpdateError,
    check.watchOfferPrompts,
    watchNationalityQuestions,
    leaveWizardOnCommand,
    // Before /start (invitation deep links) and before every text handler (answers to the /trip wizard).
    tripFeature,
    createStartFeature(actions),
    adminFeature,
    languageFeature,
    helpFeature,
    privacyFeature,
    feedbackFeature,
    inlineFeature,
    checklistFeature,
    sosFeature,
    subscribeFeature,
    membershipFeature,
    createGroupFeature(options.group ?? DEFAULT_GROUP_OPTIONS),
    createReportFeature(),
    // Before every caption and /check handler: a picture's caption is read with the picture.
    images.feature,
    questionsFeature,
    check.feature,
    createFreeTextFeature(check.checkText, check.takeOfferPrompt),
    unhandledFeature,
  );

  bot.catch(handleUpdateError);
  return {
    bot,
    async idle() {
      await inFlight.idle();
      await check.flush();
      await images.idle();
    },
  };
}
