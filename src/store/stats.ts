/**
 * The anonymous figures behind /stats: checks by level, flags raised, Q&A outcomes, feedback and group warnings.
 * They never hold who did what or any text a user sent.
 *
 * Counting is on the path of every answer, so it only adds to a table in memory; the counts are written to the store
 * in one batch every few seconds and at shutdown. A clean shutdown loses nothing; a crash (kill -9, power loss) loses
 * at most the counts of the last `STATS_FLUSH_MS`, never a user's data.
 */
import type { RiskLevel } from "../check/level.ts";

/** How long counts may wait in memory before they are written: what a crash can lose. */
export const STATS_FLUSH_MS = 5000;

/** What a Q&A reply gave: an entry's id, the nearest topics to choose from, or nothing (the menu). */
export type QuestionOutcome = string;
export const NEAREST_TOPICS: QuestionOutcome = "nearest";
export const NO_ANSWER: QuestionOutcome = "none";

export type FeedbackVote = "useful" | "not_useful";
export type FeedbackReason = "wrong" | "unclear" | "missing";
/** A vote, or the reason given after "not useful". */
export type FeedbackResponse = FeedbackVote | `reason_${FeedbackReason}`;

/** The totals /stats shows, each table keyed by what was counted. */
export interface StatsTotals {
  /** Verdicts by level. */
  checks: Record<string, number>;
  /** Red flags raised, by rule id. */
  flags: Record<string, number>;
  /** Q&A replies by outcome (entry id, "nearest", "none"). */
  questions: Record<string, number>;
  /** Feedback by `<target>:<response>` (`v-high-passport:useful`, `qa-offer_safety:reason_unclear`). */
  feedback: Record<string, number>;
  groupWarnings: number;
}

/** The port features count through; counting never waits for the store. */
export interface Stats {
  countCheck(level: RiskLevel, flagIds: readonly string[]): void;
  countQuestion(outcome: QuestionOutcome): void;
  /** `target` names what was rated (`v-<level>[-<rule id>]` or `qa-<entry id>`), checked by the caller. */
  countFeedback(target: string, response: FeedbackResponse): void;
  countGroupWarning(): void;
  /** Everything counted so far, written or not. */
  totals(): Promise<StatsTotals>;
  /** Writes the counts held in memory; resolves when they are stored. */
  flush(): Promise<void>;
  /** Stops the periodic writes after a last flush. */
  close(): Promise<void>;
}

/** Where a store keeps the counters: named totals, added to in batches. */
export interface CounterTable {
  /** Adds each delta to its counter (created at 0); atomic per batch. */
  add(deltas: ReadonlyMap<string, number>): Promise<void>;
  read(): Promise<Record<string, number>>;
}

// Counter names as stored since the first version, so existing data files and databases keep their figures.
const CHECKS = "stats:checks:";
const FLAGS = "stats:flags:";
const QUESTIONS = "stats:questions:";
const FEEDBACK = "stats:feedback:";
const GROUP_WARNINGS = "stats:group_warnings";

function decode(counters: Record<string, number>): StatsTotals {
  const totals: StatsTotals = { checks: {}, flags: {}, questions: {}, feedback: {}, groupWarnings: 0 };
  const tables: Array<[string, Record<string, number>]> = [
    [CHECKS, totals.checks],
    [FLAGS, totals.flags],
    [QUESTIONS, totals.questions],
    [FEEDBACK, totals.feedback],
  ];
  for (const [name, value] of Object.entries(counters)) {
    if (name === GROUP_WARNINGS) totals.groupWarnings += value;
    const table = tables.find(([prefix]) => name.startsWith(prefix));
    if (table) table[1][name.slice(table[0].length)] = value;
  }
  return totals;
}

/**
 * Stats over a store's counter table: increments gather in memory and are written together every `flushMs` and on
 * `flush()`/`close()`. A failed write keeps its counts for the next one.
 */
export class BatchedStats implements Stats {
  private pending = new Map<string, number>();
  private writing: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly table: CounterTable,
    options: { flushMs?: number; onError?: (error: unknown) => void } = {},
  ) {
    const onError = options.onError ?? (() => undefined);
    this.timer = setInterval(() => void this.flush().catch(onError), options.flushMs ?? STATS_FLUSH_MS);
    // Counting alone never keeps a process alive.
    this.timer.unref();
  }

  private add(name: string): void {
    this.pending.set(name, (this.pending.get(name) ?? 0) + 1);
  }

  countCheck(level: RiskLevel, flagIds: readonly string[]): void {
    this.add(CHECKS + level);
    for (const id of flagIds) this.add(FLAGS + id);
  }

  countQuestion(outcome: QuestionOutcome): void {
    this.add(QUESTIONS + outcome);
  }

  countFeedback(target: string, response: FeedbackResponse): void {
    this.add(`${FEEDBACK}${target}:${response}`);
  }

  countGroupWarning(): void {
    this.add(GROUP_WARNINGS);
  }

  totals(): Promise<StatsTotals> {
    // In line with the writes, so that no batch is on its way to the table, counted in neither place.
    const read = this.writing.then(async () => {
      const counters = await this.table.read();
      for (const [name, value] of this.pending) counters[name] = (counters[name] ?? 0) + value;
      return decode(counters);
    });
    this.writing = read.then(
      () => undefined,
      () => undefined,
    );
    return read;
  }

  flush(): Promise<void> {
    // One write at a time, in order: a batch taken while another is being written waits for it.
    this.writing = this.writing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = this.pending;
      this.pending = new Map();
      try {
        await this.table.add(batch);
      } catch (error) {
        for (const [name, value] of batch) this.pending.set(name, (this.pending.get(name) ?? 0) + value);
        throw error;
      }
    });
    const written = this.writing;
    // The chain goes on after a failure; the caller sees it.
    this.writing = written.catch(() => undefined);
    return written;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
