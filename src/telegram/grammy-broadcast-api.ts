import type { Api } from "grammy";
import type { BroadcastApi } from "../broadcast/round.ts";

/**
 * grammY's Api as the round's one method. Only the AbortSignal type differs (grammY types it from its
 * abort-controller shim), so this adapter keeps the round's domain code free of grammY.
 */
export function broadcastApi(api: Api): BroadcastApi {
  return {
    sendMessage: (chatId, text, options, signal) =>
      api.sendMessage(chatId, text, options, signal as Parameters<Api["sendMessage"]>[3]),
  };
}
