import type { Transformer } from "grammy";
import type { Logger } from "../logger.ts";

/** The chain of reasons inside a grammY HttpError (e.g. "Network request for 'getMe' failed!: fetch failed: ECONNREFUSED"). */
function reasonOf(error: unknown): string {
  const reasons: string[] = [];
  let current = error as { message?: string; code?: string; error?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    const reason = current.code ?? current.message;
    if (reason && !reasons.includes(reason)) reasons.push(reason);
    current = (current.error ?? current.cause) as typeof current;
  }
  return reasons.join(": ") || String(error);
}

/**
 * Logs every Bot API call that fails in a way `@grammyjs/auto-retry` retries (network errors, 429, 5xx), with the
 * reason. Install it before auto-retry, so it sees each attempt: without it, a bot with no network retries in
 * silence for minutes.
 */
export function logApiRetries(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok && (result.error_code === 429 || result.error_code >= 500)) {
        logger.warn(
          { method, code: result.error_code, retry_after: result.parameters?.retry_after },
          `Bot API call ${method} failed (${result.error_code}: ${result.description}); retrying`,
        );
      }
      return result;
    } catch (error) {
      logger.warn({ method, reason: reasonOf(error) }, `Bot API call ${method} failed (${reasonOf(error)}); retrying`);
      throw error;
    }
  };
}
