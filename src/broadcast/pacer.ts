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
/** How often a sender re-checks when every place is taken by a send still waiting for its answer. */
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
 * by the time its answer arrives. So a send may leave only while fewer than `perSecond` others may still fall in
 * the same second as the server counts: those in flight, and those answered less than a second ago. The cost is
 * about one round trip per second (a few percent); the benefit is no 429 caused by our own pacing. A slow request
 * holds one place, not the others.
 *
 * Two steps per send: `turn()` hands out evenly spaced start times (smoothness); `admit()`, called right before the
 * request leaves, waits for a place and returns the `Answered` callback to call when the answer arrives.
 * `pause()` holds every sender, e.g. for a 429's `retry_after`.
 *
 * `maxInFlight` bounds the sends awaiting their answer. Each of them is in doubt if the process dies (Telegram may
 * have it; nothing can tell), so this is the most a crash can leave unconfirmed. Answers are read late when the
 * process is busy (a bot answering users), and then more sends would wait for their answers at once: the bound keeps
 * the doubt small however busy the process is, at the price of throughput when answers are slow.
 */
export class Pacer {
  private readonly spacingMs: number;
  private readonly limit: number;
  private inFlight = 0;
  /** Times answers arrived, oldest first, in a ring; only those of the last second (plus slack) are kept. */
  private readonly answers: Float64Array;
  private oldestAnswer = 0;
  private recentAnswers = 0;
  private nextTurnAt = 0;
  private pausedUntil = 0;
  /** Senders waiting for an answer to free a place in flight. */
  private readonly answerWaiters: Array<() => void> = [];
  /** Average time from admission to answer (ms), for the window that fits the round trip. */
  private roundTripMs = 0;

  /**
   * `minInFlight`, when given, makes the window fit the round trip: as many sends in flight as the rate needs over
   * the measured round trip (rate × round trip, plus a quarter), at least `minInFlight`, at most `maxInFlight` — a
   * network 100 ms away needs a few more than a fast local server.
   */
  constructor(
    perSecond: number,
    private readonly clock: Clock,
    private readonly maxInFlight = Infinity,
    private readonly minInFlight?: number,
  ) {
    if (!(perSecond > 0) || !Number.isFinite(perSecond))
      throw new RangeError(`rate must be a positive number, got ${perSecond}`);
    if (!(maxInFlight >= 1)) throw new RangeError(`sends in flight must be at least 1, got ${maxInFlight}`);
    this.spacingMs = WINDOW_MS / perSecond;
    this.limit = Math.max(1, Math.floor(perSecond));
    this.answers = new Float64Array(this.limit);
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
   * Waits until a send now cannot make the server count more than `perSecond` in a second, then takes a place.
   * Call right before sending, and call the returned function when the answer arrives.
   */
  async admit(signal?: AbortSignal): Promise<Answered> {
    for (;;) {
      const now = this.clock.now();
      while (this.recentAnswers > 0 && this.answers[this.oldestAnswer]! + WINDOW_MS + SLACK_MS <= now) {
        this.oldestAnswer = (this.oldestAnswer + 1) % this.limit;
        this.recentAnswers -= 1;
      }
      const paused = this.pausedUntil - now;
      if (paused <= 0 && this.inFlight >= this.window()) {
        await this.nextAnswer(signal);
        continue;
      }
      if (paused <= 0 && this.inFlight + this.recentAnswers < this.limit) {
        this.inFlight += 1;
        let open = true;
        const admittedAt = now;
        return () => {
          if (!open) return;
          open = false;
          this.inFlight -= 1;
          const answeredAt = this.clock.now();
          const took = answeredAt - admittedAt;
          this.roundTripMs = this.roundTripMs === 0 ? took : 0.8 * this.roundTripMs + 0.2 * took;
          this.answers[(this.oldestAnswer + this.recentAnswers) % this.limit] = answeredAt;
          this.recentAnswers += 1;
          for (const wake of this.answerWaiters.splice(0)) wake();
        };
      }
      const wait =
        paused > 0
          ? paused
          : this.recentAnswers > 0
            ? this.answers[this.oldestAnswer]! + WINDOW_MS + SLACK_MS - now
            : IN_FLIGHT_POLL_MS;
      await this.clock.sleep(wait, signal);
    }
  }

  /** Resolves when the next send in flight has its answer; rejects with the signal's reason if it is aborted first. */
  private nextAnswer(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        const index = this.answerWaiters.indexOf(wake);
        if (index >= 0) this.answerWaiters.splice(index, 1);
        reject(signal?.reason);
      };
      const wake = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      this.answerWaiters.push(wake);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Sends allowed in flight now: `maxInFlight`, or with `minInFlight` what the rate needs over the round trip. */
  private window(): number {
    if (this.minInFlight === undefined) return this.maxInFlight;
    const needed = Math.ceil((this.limit * this.roundTripMs * 1.25) / WINDOW_MS);
    return Math.min(this.maxInFlight, Math.max(this.minInFlight, needed));
  }

  /** Holds every sender for `ms` from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }
}
