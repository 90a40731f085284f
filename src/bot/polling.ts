import type { RunOptions } from "@grammyjs/runner";
import type { Update } from "grammy/types";

/** Update types JobSafe handles; everything else is never fetched. */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "my_chat_member",
  "inline_query",
  "channel_post",
] as const;

/**
 * How many updates are handled at once. Enough to keep the CPU busy while answers wait on Telegram (an update
 * spends about a millisecond of CPU and a round trip or two of waiting); more only holds more half-answered updates
 * in memory under a burst (the runner's default is 500).
 */
export const UPDATES_IN_FLIGHT = 100;

/**
 * Long polling with @grammyjs/runner as JobSafe runs it. The throughput bench's echo bot uses these same options, so
 * that both are measured with one transport.
 */
export const RUNNER_OPTIONS: RunOptions<Update> = {
  runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, silent: true },
  sink: { concurrency: UPDATES_IN_FLIGHT },
};
