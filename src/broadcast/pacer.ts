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
/** Of the fastest round trip seen, the share credited to the floor: the rest allows for queueing it had itself. */
const FLOOR_SHARE = 0.9;
/** The credit never exceeds this, so the part of the bound that rests on the floor stays small. */
const MAX_CREDIT_MS = 250;

/**
 * Called once the send that `admit` let go has its answer (or failed, or never left). Safe to call twice. Pass
 * `{ fromServer: true }` when the server's answer arrived: only then is the time since admission a round trip.
 */
export type Answered = (answer?: { fromServer: boolean }) => void;

/**
 * Spreads sends evenly at `perSecond` and guarantees that the server never counts more than `perSecond` of them in
 * any sliding second, however unevenly requests travel or wait in queues on either side, as long as the round
 * trip's floor (below) holds.
 *
 * Why the guarantee rests on answers: the server counts a request when it gets round to it, which may be tens of
 * milliseconds after it left (a busy event loop or garbage collection here, queueing or a pause there), and such
 * delays are uneven, so spacing departures by a second is not enough. But the server has certainly counted a send
 * by the time its answer arrives. So a send may leave only while fewer than `perSecond` others may still fall in
 * the same second as the server counts: those in flight, and those answered recently.
 *
 * How recently: a second less a credit for the round trip's floor. Of two sends counted within one second, the
 * later one (leaving now) is counted at least its way there after it left, and the earlier one was counted at least
 * its answer's way back before its answer came; so an answer from longer ago than a second less those two ways
 * cannot share a second with the new send. Neither way can be measured, only their sum over one send (admission to
 * answer), but each way has a floor that queues only add to (distance, the least handling time on either side), so
 * a way there plus another send's way back is never faster than the floors together, however unevenly they split;
 * and over many round trips the fastest comes close to them. The credit is `FLOOR_SHARE` of the fastest round trip
 * seen, at most `MAX_CREDIT_MS`, and none until more answers were timed than sends can be in flight at once (so that
 * not all of them paid for opening a connection). A send that waits long for its answer keeps its place meanwhile
 * and is counted from its answer, so round trips that grow mid-round only cost rate. What the bound assumes: the
 * fastest round trip seen had less than a tenth of it queued, and the floors do not shrink mid-round (a shorter
 * route; the first answer over it, one round trip later, shows it). It also fails if a way has no floor of its own
 * (fast exactly when the other was slow). Whatever the delays, the server never counts more than `perSecond` within
 * a second less the credit (at least 750 ms). Without the credit a round over a network 100 ms away sent
 * 1 / (1 + 0.1) = 91% of the rate; with it, 1 / (1 + 0.01), about 99% (issue 18).
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
  /**
   * Times answers arrived, oldest first, in a ring: all of the last second (plus slack), so that a credit that shrinks
   * finds them. Twice `perSecond` places: at most `perSecond` are counted at once, and the others are older.
   */
  private readonly answers: Float64Array;
  private oldestAnswer = 0;
  private recentAnswers = 0;
  private nextTurnAt = 0;
  private pausedUntil = 0;
  /** Senders waiting for an answer to free a place in flight. */
  private readonly answerWaiters: Array<() => void> = [];
  /** Average time from admission to answer (ms), for the window that fits the round trip. */
  private roundTripMs = 0;
  /** Round trips timed (admission to the server's answer), and the fastest of them (ms): the credit's ground. */
  private timedTrips = 0;
  private fastestTripMs = Infinity;

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
    this.answers = new Float64Array(2 * this.limit);
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
      while (this.recentAnswers > 0 && this.answerAt(0) + WINDOW_MS + SLACK_MS <= now) {
        this.oldestAnswer = (this.oldestAnswer + 1) % this.answers.length;
        this.recentAnswers -= 1;
      }
      const paused = this.pausedUntil - now;
      if (paused <= 0 && this.inFlight >= this.window()) {
        await this.nextAnswer(signal);
        continue;
      }
      const countsFor = WINDOW_MS - this.credit() + SLACK_MS;
      const firstCounted = this.firstAnswerAfter(now - countsFor);
      const counted = this.recentAnswers - firstCounted;
      const ringFull = this.recentAnswers + this.inFlight >= this.answers.length;
      if (paused <= 0 && !ringFull && this.inFlight + counted < this.limit) return this.takePlace(now);
      const wait =
        paused > 0
          ? paused
          : ringFull
            ? this.answerAt(0) + WINDOW_MS + SLACK_MS - now
            : counted > 0
              ? this.answerAt(firstCounted) + countsFor - now
              : IN_FLIGHT_POLL_MS;
      await this.clock.sleep(wait, signal);
    }
  }

  private takePlace(admittedAt: number): Answered {
    this.inFlight += 1;
    let open = true;
    return (answer) => {
      if (!open) return;
      open = false;
      this.inFlight -= 1;
      const answeredAt = this.clock.now();
      const took = answeredAt - admittedAt;
      this.roundTripMs = this.roundTripMs === 0 ? took : 0.8 * this.roundTripMs + 0.2 * took;
      if (answer?.fromServer) {
        this.timedTrips += 1;
        this.fastestTripMs = Math.min(this.fastestTripMs, took);
      }
      this.answers[(this.oldestAnswer + this.recentAnswers) % this.answers.length] = answeredAt;
      this.recentAnswers += 1;
      for (const wake of this.answerWaiters.splice(0)) wake();
    };
  }

  /** The `index`-th answer kept, oldest first. */
  private answerAt(index: number): number {
    return this.answers[(this.oldestAnswer + index) % this.answers.length]!;
  }

  /** The index of the first answer kept that came after `time` (answers are kept in the order they came). */
  private firstAnswerAfter(time: number): number {
    let low = 0;
    let high = this.recentAnswers;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.answerAt(middle) > time) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /**
   * How much sooner than a second after its answer a send stops counting: the round trip's floor (class comment), in
   * whole milliseconds as the clock reads them.
   */
  private credit(): number {
    if (this.timedTrips <= this.limit) return 0;
    return Math.floor(Math.min(MAX_CREDIT_MS, FLOOR_SHARE * this.fastestTripMs));
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
