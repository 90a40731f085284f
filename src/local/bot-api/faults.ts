/**
 * Telegram misbehaving on demand: the next calls of a method answered with an error or a delay instead of being
 * served, so tests see how the bot copes with 429, 403, 5xx, migrated groups and slow answers.
 */
import { ApiFailure, badRequest, peekChatId, tooManyRequests, type Params } from "./params.ts";

/** What `failNext` makes the stub answer instead of serving the call. */
export type StubFault =
  | { code: 429; retryAfter: number }
  | { code: 403; description?: string }
  | { code: 400; description?: string }
  | { code: 400; migrateToChatId: number }
  | { code: 500 | 502 }
  | { delayMs: number };

export const BLOCKED_BY_USER = "Forbidden: bot was blocked by the user";

interface FaultRule {
  method: string;
  fault: StubFault;
  remaining: number;
  chatId?: number;
}

/** Faults waiting for their calls, first added first used. */
export class FaultQueue {
  private readonly rules: FaultRule[] = [];

  /** The next `times` calls of `method` (to `chatId` if given) get `fault`; "*" is every method but getUpdates. */
  add(method: string, fault: StubFault, times: number, chatId?: number): void {
    this.rules.push({ method, fault, remaining: times, ...(chatId !== undefined ? { chatId } : {}) });
  }

  /** The fault this call gets, if any, used up as it is taken. */
  take(method: string, payload: Params): StubFault | undefined {
    const index = this.rules.findIndex(
      (rule) =>
        (rule.method === "*" ? method !== "getUpdates" : rule.method === method) &&
        (rule.chatId === undefined || rule.chatId === peekChatId(payload)),
    );
    const rule = this.rules[index];
    if (rule === undefined) return undefined;
    if (--rule.remaining <= 0) this.rules.splice(index, 1);
    return rule.fault;
  }
}

export function faultFailure(fault: Exclude<StubFault, { delayMs: number }>): ApiFailure {
  switch (fault.code) {
    case 429:
      return tooManyRequests(fault.retryAfter);
    case 403:
      return new ApiFailure(403, fault.description ?? BLOCKED_BY_USER);
    case 400:
      if ("migrateToChatId" in fault) {
        return new ApiFailure(400, "Bad Request: group chat was upgraded to a supergroup chat", {
          migrate_to_chat_id: fault.migrateToChatId,
        });
      }
      return badRequest((fault.description ?? "chat not found").replace(/^Bad Request: /, ""));
    case 500:
      return new ApiFailure(500, "Internal Server Error");
    case 502:
      return new ApiFailure(502, "Bad Gateway");
  }
}
