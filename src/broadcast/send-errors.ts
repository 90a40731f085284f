/**
 * What a failed send means for a warning round. Errors are read structurally (`error_code`, `description`,
 * `parameters`), the shape of grammY's GrammyError, so this module needs no grammY import and also understands
 * errors from a stub or another client.
 */

export type SendFailure =
  /** 429: wait `retryAfterMs` (the whole round), then send the same message again. */
  | { kind: "rate-limited"; retryAfterMs: number }
  /** A paid broadcast (`allow_paid_broadcast`) refused: the bot's Stars balance is too low. Send again for free. */
  | { kind: "paid-refused"; reason: string }
  /** The group became a supergroup: move the subscription and send there. */
  | { kind: "migrated"; toChatId: number }
  /** Blocked, kicked, deactivated or the chat does not exist: unsubscribe it. */
  | { kind: "gone"; reason: string }
  /** 5xx or a network error before the request left: retry with backoff a few times. */
  | { kind: "transient"; reason: string }
  /** The request left but its answer never came (connection lost, timeout): Telegram may have it; never resend. */
  | { kind: "in-doubt"; reason: string }
  /** Any other refusal of this one message: count it as failed, do not retry. */
  | { kind: "rejected"; reason: string }
  /** The bot's token is wrong or revoked: no message of the round can succeed, so the round stops. */
  | { kind: "fatal"; reason: string };

interface ApiErrorShape {
  /** Set by a sender that knows the request left before the failure (see `SendInDoubtError`). */
  inDoubt?: unknown;
  error_code?: unknown;
  description?: unknown;
  parameters?: { retry_after?: unknown; migrate_to_chat_id?: unknown };
}

/** 400 descriptions that mean the chat is gone for good (Telegram's wording, matched loosely). */
const CHAT_GONE = /chat not found|peer_id_invalid|user not found|group chat was deactivated|chat was deleted/i;

const DEFAULT_RETRY_AFTER_S = 5;

/**
 * A paid broadcast refused for want of Stars. Telegram documents no wording for it; its MTProto error is
 * BALANCE_TOO_LOW, and the Bot API passes such errors on in the description, so it is matched loosely.
 */
const PAID_REFUSED = /BALANCE_TOO_LOW|not enough (telegram )?stars|stars? balance|insufficient.*stars|paid broadcast/i;

/** Maps a failed `sendMessage` to what the round does next (see `SendFailure`); unknown shapes count as network errors. */
export function classifySendError(error: unknown): SendFailure {
  const shape = (typeof error === "object" && error !== null ? error : {}) as ApiErrorShape;
  const code = typeof shape.error_code === "number" ? shape.error_code : undefined;
  const description =
    typeof shape.description === "string" ? shape.description : String((error as Error)?.message ?? error);
  const migrateTo = shape.parameters?.migrate_to_chat_id;
  if (typeof migrateTo === "number") return { kind: "migrated", toChatId: migrateTo };
  if (shape.inDoubt === true) return { kind: "in-doubt", reason: `no answer: ${description}` };
  if (code === undefined) return { kind: "transient", reason: `network: ${description}` };
  if (code === 429) {
    const retryAfter = shape.parameters?.retry_after;
    const seconds = typeof retryAfter === "number" && retryAfter >= 0 ? retryAfter : DEFAULT_RETRY_AFTER_S;
    return { kind: "rate-limited", retryAfterMs: seconds * 1000 };
  }
  if ((code === 400 || code === 402 || code === 403) && PAID_REFUSED.test(description))
    return { kind: "paid-refused", reason: `${code} ${description}` };
  if (code === 401 || code === 404) {
    return {
      kind: "fatal",
      reason: `${code} ${description}: the bot token is wrong or was revoked (check BOT_TOKEN with @BotFather)`,
    };
  }
  if (code === 403 || (code === 400 && CHAT_GONE.test(description)))
    return { kind: "gone", reason: `${code} ${description}` };
  if (code >= 500) return { kind: "transient", reason: `${code} ${description}` };
  return { kind: "rejected", reason: `${code} ${description}` };
}
