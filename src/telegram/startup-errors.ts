import { GrammyError } from "grammy";

/** Turns Telegram's start-up refusals into instructions: what went wrong and what to do about it. */
export function explainStartupError(error: unknown): string {
  if (error instanceof GrammyError && error.error_code === 401) {
    return "Telegram rejected BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather.";
  }
  if (error instanceof GrammyError && error.error_code === 409) {
    return "Telegram reports a conflict (409): another process is polling with this token, or a webhook is set. Stop the other instance.";
  }
  return error instanceof Error ? error.message : String(error);
}
