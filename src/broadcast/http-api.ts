import { Pool } from "undici";
import type { BroadcastApi } from "./round.ts";

/** Telegram's refusal, with the fields of its error envelope, so `classifySendError` reads it like a GrammyError. */
export class BotApiError extends Error {
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
 * The round's one call over undici's connection pool: a bulk send is thousands of identical small POSTs, and a pooled
 * keep-alive client costs a fraction of a general-purpose Bot API client per request, which at high rates is the
 * difference between keeping the pace and falling behind it. No retries here: the round paces and retries itself.
 */
export function createHttpBroadcastApi(options: {
  token: string;
  apiRoot: string;
  connections: number;
}): BroadcastApi & {
  close(): Promise<void>;
} {
  const root = new URL(options.apiRoot);
  const pool = new Pool(root.origin, { connections: options.connections, keepAliveTimeout: 30_000 });
  const basePath = `${root.pathname.replace(/\/+$/, "")}/bot${options.token}/sendMessage`;
  return {
    async sendMessage(chatId, text, sendOptions, signal) {
      const response = await pool.request({
        path: basePath,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ chat_id: chatId, text, ...sendOptions }),
        ...(signal ? { signal } : {}),
      });
      const body = (await response.body.json()) as {
        ok: boolean;
        result?: unknown;
        error_code?: number;
        description?: string;
        parameters?: BotApiError["parameters"];
      };
      if (body.ok) return body.result;
      throw new BotApiError(
        body.error_code ?? response.statusCode,
        body.description ?? `HTTP ${response.statusCode}`,
        body.parameters,
      );
    },
    close: () => pool.close(),
  };
}
