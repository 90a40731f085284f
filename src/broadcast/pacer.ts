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
/** Clocks read whole milliseconds: a send's answer may have come up to 1 ms before the reading. */
const SLACK_MS = 2;
/** How often a sender re-checks a window slot whose send, a second ago, has still had no answer. */
const IN_FLIGHT_POLL_MS = 5;

/** Called once the send that `admit` let go has its answer (or failed, or never left). Safe to call twice. */
export type Answered = () => void;

/**
 * Spreads sends evenly at `perSecond` and guarantees that the server never counts more than `perSecond` of them in
 * any sliding second, however unevenly requests travel or wait in queues on either side.
 *
 * Why the guarantee rests on answers: the server counts a request when it gets round to it, which may be tens of
 * milliseconds after it left (a busy event loop or garbage collection here, queueing or a pause there), and such
 * delays are uneven, so spacing departures by a second is not enough. But the server has certainly counted a send
 * by the time its answer arrives. So the send `perSecond` places later leaves only a second after that answer: the
 * two are a second apart as the server counts, whatever the delays. The cost is the round trip per second
 * (a few percent); the benefit is no 429 caused by our own pacing.
 *
 * Two steps per send: `turn()` hands out evenly spaced start times (smoothness); `admit()`, called right before the
 * request leaves, waits for the window and returns the `Answered` callback to call when the answer arrives.
 * `pause()` holds every sender, e.g. for a 429's `retry_after`.
 */
export class Pacer {
  private readonly spacingMs: number;
  /** Per window slot: when the answer to the send that last used it arrived; +Infinity while it is in flight. */
  private readonly answeredAt: number[];
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
    this.answeredAt = new Array<number>(Math.max(1, Math.floor(perSecond))).fill(Number.NEGATIVE_INFINITY);
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

  /**
   * Waits until a send now cannot make the server count more than `perSecond` in a second, then takes its slot.
   * Call right before sending, and call the returned function when the answer arrives.
   */
  async admit(signal?: AbortSignal): Promise<Answered> {
    for (;;) {
      const now = this.clock.now();
      const previous = this.answeredAt[this.oldest] ?? Number.NEGATIVE_INFINITY;
      const wait =
        previous === Number.POSITIVE_INFINITY
          ? IN_FLIGHT_POLL_MS
          : Math.max(previous + WINDOW_MS + SLACK_MS - now, this.pausedUntil - now);
      if (wait <= 0) {
        const slot = this.oldest;
        this.answeredAt[slot] = Number.POSITIVE_INFINITY;
        this.oldest = (slot + 1) % this.answeredAt.length;
        let open = true;
        return () => {
          if (open) this.answeredAt[slot] = this.clock.now();
          open = false;
        };
      }
      await this.clock.sleep(wait, signal);
    }
  }

  /** Holds every sender for `ms` from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }
}
