import { GrammyError, HttpError, type BotError } from "grammy";
import { isConnectionProblem } from "../store/pg-store.ts";
import { StoreUnavailableError } from "../store/store.ts";
import type { BotContext } from "./context.ts";

/** The store cannot be read or written now: a full disk, or a database that went away. */
export function isStoreUnavailable(error: unknown): boolean {
  return (
    error instanceof StoreUnavailableError ||
    (!(error instanceof GrammyError) && !(error instanceof HttpError) && isConnectionProblem(error))
  );
}

/**
 * Logs a failed update with its context and tells the user politely, so one bad update never stops the bot
 * (grammY's default handler would). Telegram's refusals and network faults are logged apart.
 */
export async function handleUpdateError(error: BotError<BotContext>): Promise<void> {
  const { ctx } = error;
  const cause = error.error;
  // A database that went away fails the update like a full disk: the user is asked to try again later.
  const unavailable = isStoreUnavailable(cause);
  if (cause instanceof GrammyError) {
    ctx.log.error(
      { method: cause.method, code: cause.error_code, description: cause.description },
      "Telegram refused a call",
    );
  } else if (unavailable) {
    ctx.log.error({ err: cause }, "could not save a change (full disk or database unavailable)");
  } else if (cause instanceof HttpError) {
    ctx.log.error({ err: cause.error }, "network error talking to Telegram");
  } else {
    ctx.log.error({ err: cause }, "update handler failed");
  }
  if (!ctx.chat || ctx.chat.type === "channel") return;
  try {
    const key = unavailable ? "errors.storage_unavailable" : "errors.generic";
    await ctx.reply(ctx.t(key), { parse_mode: "HTML" });
  } catch (replyError) {
    ctx.log.warn({ err: replyError }, "could not tell the user about the error");
  }
}
