/**
 * Flood control for the loopback Bot API stub: Telegram's per-second and per-chat limits.
 *
 * Why it exists: the broadcast job must pace itself and honour `retry_after`; the only
 * way to test that without Telegram is a server that refuses sends the way Telegram does
 * and counts what the bot attempted. Every decision is O(1) amortised, so a benchmark of
 * 100,000 sends is not slowed down by the stub itself.
 */

/** Limits that, when set, make the stub answer 429 to a `sendMessage` beyond them. */
export interface RateLimit {
  /** Sends accepted in any sliding 1-second window, over all chats. */
  globalPerSecond?: number;
  /** Sends accepted in any sliding 1-second window to one private chat (positive id). */
  perChatPerSecond?: number;
  /** Sends accepted in any sliding 1-minute window to one group (negative id). */
  perGroupPerMinute?: number;
}

/**
 * Telegram's published guidance (about 1 message per second in one chat, 20 per minute
 * in one group). Used to count `perChatViolations` when no limit is enforced, so a
 * benchmark can run unthrottled and still learn whether the bot would have been limited.
 */
const TELEGRAM_GUIDANCE = { perChatPerSecond: 1, perGroupPerMinute: 20 } as const;

/** Timestamps of accepted sends in a sliding window, dropped from the front as they age out. */
class SlidingWindow {
  private stamps: number[] = [];
  private head = 0;

  constructor(readonly windowMs: number) {}

  /** How many sends fall in the window that ends at `now`. */
  count(now: number): number {
    const oldestKept = now - this.windowMs;
    while (this.head < this.stamps.length && (this.stamps[this.head] ?? 0) <= oldestKept) this.head++;
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
    return this.stamps.length - this.head;
  }

  add(now: number): void {
    this.stamps.push(now);
  }

  /** Whole seconds (at least 1) until the oldest send leaves the window: Telegram's `retry_after`. */
  secondsUntilFree(now: number): number {
    const oldest = this.stamps[this.head] ?? now;
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }
}

/** Counters a test or benchmark reads after the run. */
export interface FloodStats {
  /** `sendMessage` calls accepted. */
  sent: number;
  /** Most sends accepted within any sliding second. */
  maxPerSecondObserved: number;
  /** Sends beyond the per-chat / per-group limit (enforced ones were refused). */
  perChatViolations: number;
}

/** Admits or refuses sends and keeps the statistics; one instance per stub. */
export class FloodControl {
  private readonly global = new SlidingWindow(1000);
  private readonly perChat = new Map<number, SlidingWindow>();
  private readonly stats: FloodStats = { sent: 0, maxPerSecondObserved: 0, perChatViolations: 0 };

  constructor(private readonly limits: RateLimit = {}) {}

  /**
   * Decides on one send to `chatId` at time `now` (ms). Returns undefined and records
   * the send when it is accepted, or the `retry_after` seconds when it is refused.
   */
  admit(chatId: number, now: number): number | undefined {
    const globalCount = this.global.count(now);
    const { globalPerSecond } = this.limits;
    if (globalPerSecond !== undefined && globalCount >= globalPerSecond) return this.global.secondsUntilFree(now);

    const isGroup = chatId < 0;
    let chatWindow = this.perChat.get(chatId);
    if (chatWindow === undefined) {
      chatWindow = new SlidingWindow(isGroup ? 60_000 : 1000);
      this.perChat.set(chatId, chatWindow);
    }
    const enforced = isGroup ? this.limits.perGroupPerMinute : this.limits.perChatPerSecond;
    const chatLimit = enforced ?? (isGroup ? TELEGRAM_GUIDANCE.perGroupPerMinute : TELEGRAM_GUIDANCE.perChatPerSecond);
    if (chatWindow.count(now) >= chatLimit) {
      this.stats.perChatViolations++;
      if (enforced !== undefined) return chatWindow.secondsUntilFree(now);
    }

    this.global.add(now);
    chatWindow.add(now);
    this.stats.sent++;
    this.stats.maxPerSecondObserved = Math.max(this.stats.maxPerSecondObserved, globalCount + 1);
    return undefined;
  }

  snapshot(): FloodStats {
    return { ...this.stats };
  }
}
