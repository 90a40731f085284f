import { Bot, type ApiClientOptions } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { sequentialize } from "@grammyjs/runner";
import { localeFromLanguageCode, type Params } from "../i18n.ts";
import type { ActionHandlers } from "./actions.ts";
import type { BotContext, Deps } from "./context.ts";
import { handleUpdateError } from "./error-boundary.ts";
import { InFlightUpdates } from "./in-flight.ts";
import { comingSoon, createComingSoonFeature } from "./features/coming-soon.ts";
import { helpFeature, showHelp } from "./features/help.ts";
import { languageFeature, showLanguageMenu } from "./features/language.ts";
import { privacyFeature } from "./features/privacy.ts";
import { createStartFeature } from "./features/start.ts";
import { unhandledFeature } from "./features/unhandled.ts";

export interface CreateBotOptions {
  token: string;
  /** Known bot identity; when given, no getMe call is needed (tests, the terminal chat). */
  botInfo?: UserFromGetMe;
  client?: ApiClientOptions;
}

export interface JobSafeBot {
  bot: Bot<BotContext>;
  /** Resolves when no update is being handled (for graceful shutdown). */
  idle(): Promise<void>;
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

  bot.use(inFlight.middleware);
  bot.use(sequentialize(orderingKey));
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id });
    const stored = ctx.from ? await deps.store.getUser(ctx.from.id) : undefined;
    ctx.locale = stored?.locale ?? localeFromLanguageCode(ctx.from?.language_code);
    ctx.t = (key: string, params?: Params) => deps.translator.t(ctx.locale, key, params);
    await next();
  });

  const actions: ActionHandlers = {
    check: comingSoon,
    checklist: comingSoon,
    sos: comingSoon,
    subscribe: comingSoon,
    language: showLanguageMenu,
    help: showHelp,
  };

  // Feature order matters: specific handlers first, the catch-all last.
  bot.errorBoundary(
    handleUpdateError,
    createStartFeature(actions),
    languageFeature,
    helpFeature,
    privacyFeature,
    createComingSoonFeature(["check", "checklist", "sos", "subscribe"]),
    unhandledFeature,
  );

  bot.catch(handleUpdateError);
  return { bot, idle: () => inFlight.idle() };
}
