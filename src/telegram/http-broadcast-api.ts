import type { Dispatcher, Pool } from "undici";
import { MAX_SENDS_IN_FLIGHT, type BroadcastApi } from "../broadcast/round.ts";

/** Telegram's refusal, with the fields of its error envelope, so `classifySendError` reads it like a GrammyError. */
class BotApiError extends Error {
  constructor(
    readonly error_code: number,
    readonly description: string,
    readonly parameters: { retry_after?: number; migrate_to_chat_id?: number } = {},
  ) {
    super(`sendMessage failed: ${error_code} ${description}`);
    this.name = "BotApiError";
  }
}

/**
 * The request left, but the connection failed or timed out before its answer came: Telegram may have delivered the
 * message, so the round must not send it again (`classifySendError` reads `inDoubt`).
 */
class SendInDoubtError extends Error {
  readonly inDoubt = true;
  constructor(cause: unknown) {
    super(`sendMessage got no answer: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = "SendInDoubtError";
  }
}

/** Failures while connecting: the request cannot have reached Telegram, so sending again is safe. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

interface BotApiAnswer {
  ok?: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: BotApiError["parameters"];
}

function parseAnswer(raw: string): BotApiAnswer | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null ? (parsed as BotApiAnswer) : undefined;
  } catch {
    return undefined;
  }
}

/** A request with no answer after this long counts as a network error (the round retries it with backoff). */
const ANSWER_TIMEOUT_MS = 30_000;

/**
 * The round's one call over undici's keep-alive connection pool. A bulk send is thousands of identical small POSTs:
 * at 2,000 messages/s the round process spent nearly all its CPU in grammY's general-purpose client (over
 * node-fetch) and fell behind the pace; over this client it keeps the pace with half its CPU idle (`npm run bench --
 * round`). No retries here: the round paces and retries itself. Failures after the request left are reported as
 * `SendInDoubtError`, so a lost answer never turns into a second copy of a warning.
 */
export function createHttpBroadcastApi(options: {
  token: string;
  apiRoot: string;
  connections?: number;
}): BroadcastApi & { close(): Promise<void> } {
  const root = new URL(options.apiRoot);
  // undici is loaded with the first round, not at start: it is a tenth of a second of the bot's start-up.
  let pool: Promise<Pool> | undefined;
  const connect = (): Promise<Pool> =>
    (pool ??= import("undici").then(
      ({ Pool }) =>
        new Pool(root.origin, {
          connections: options.connections ?? MAX_SENDS_IN_FLIGHT,
          keepAliveTimeout: 30_000,
          headersTimeout: ANSWER_TIMEOUT_MS,
          bodyTimeout: ANSWER_TIMEOUT_MS,
        }),
    ));
  const path = `${root.pathname.replace(/\/+$/, "")}/bot${options.token}/sendMessage`;
  return {
    async sendMessage(chatId, text, sendOptions, signal) {
      let response: Dispatcher.ResponseData;
      let raw: string;
      try {
        response = await (
          await connect()
        ).request({
          path,
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ chat_id: chatId, text, ...sendOptions }),
          ...(signal ? { signal } : {}),
        });
        raw = await response.body.text();
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (signal?.aborted || (typeof code === "string" && NOT_SENT_CODES.has(code))) throw error;
        throw new SendInDoubtError(error);
      }
      const answer = parseAnswer(raw);
      // A proxy's error page, say: the HTTP status is all there is to go by.
      if (!answer) throw new BotApiError(response.statusCode, `HTTP ${response.statusCode} without a Bot API answer`);
      if (answer.ok) return answer.result;
      throw new BotApiError(
        answer.error_code ?? response.statusCode,
        answer.description ?? `HTTP ${response.statusCode}`,
        answer.parameters,
      );
    },
    close: async () => (pool ? (await pool).close() : undefined),
  };
}
