/**
 * Pacing for bulk sends (Telegram allows about 30 messages per second overall). grammY's docs warn against
 * throttling every API call; only the warning round is paced, here.
 */

/** Time as the round sees it; injected so tests can run rounds on a fake clock. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason if it is aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

const WINDOW_MS = 1000;
/**
 * Extra room in the sliding-second check. A pause between the check and the request leaving the process (a GC,
 * a busy event loop) would otherwise let two departures land closer than the check saw them; clocks also read
 * whole milliseconds. Costs about 4% of the configured rate; 20 ms let 429s through when either side paused for garbage collection.
 */
const SLACK_MS = 40;

/**
 * Spreads sends evenly at `perSecond` and guarantees that no sliding second ever holds more than `perSecond` of
 * them, even when timers fire late or a send waits between its turn and its departure.
 *
 * Two steps per send: `turn()` hands out evenly spaced start times (smoothness); `admit()`, called right before the
 * request leaves, checks the sliding window against actual departure times and records this one (the guarantee).
 * `pause()` holds every sender, e.g. for a 429's `retry_after`.
 */
export class Pacer {
  private readonly spacingMs: number;
  private readonly departures: number[];
  private oldest = 0;
  private nextTurnAt = 0;
  private pausedUntil = 0;

  constructor(
    perSecond: number,
    private readonly clock: Clock,
  ) {
    if (!(perSecond > 0) || !Number.isFinite(perSecond))
      throw new RangeError(`rate must be a positive number, got ${perSecond}`);
    this.spacingMs = WINDOW_MS / perSecond;
    this.departures = new Array<number>(Math.max(1, Math.floor(perSecond))).fill(Number.NEGATIVE_INFINITY);
  }

  /** Waits for this sender's evenly spaced turn (and for any pause to end). */
  async turn(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const at = Math.max(this.nextTurnAt, this.pausedUntil, now);
      this.nextTurnAt = at + this.spacingMs;
      if (at > now) await this.clock.sleep(at - now, signal);
      // A pause that began while we slept moves us behind it.
      if (this.pausedUntil <= this.clock.now()) return;
    }
  }

  /** Waits until a departure now keeps every sliding second within the rate, then records it. Call right before sending. */
  async admit(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const oldest = this.departures[this.oldest] ?? Number.NEGATIVE_INFINITY;
      const wait = Math.max(oldest + WINDOW_MS + SLACK_MS - now, this.pausedUntil - now);
      if (wait <= 0) {
        this.departures[this.oldest] = now;
        this.oldest = (this.oldest + 1) % this.departures.length;
        return;
      }
      await this.clock.sleep(wait, signal);
    }
  }

  /** Holds every sender for `ms` from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }
}
