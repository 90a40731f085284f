/**
 * Gathers messages that arrive together — an album, or several messages forwarded at once — so they are checked
 * as one case with one answer. A burst ends when no new part has arrived for `windowMs`.
 */
export class BurstCollector<T> {
  private readonly bursts = new Map<string, { parts: T[]; timer: NodeJS.Timeout }>();
  private readonly answering = new Set<Promise<void>>();

  /** `onBurst` must handle its own errors: it runs outside any update's error boundary. */
  constructor(
    private readonly windowMs: number,
    private readonly onBurst: (key: string, parts: T[]) => Promise<void>,
  ) {}

  add(key: string, part: T): void {
    const burst = this.bursts.get(key);
    if (burst) clearTimeout(burst.timer);
    const parts = burst ? [...burst.parts, part] : [part];
    this.bursts.set(key, { parts, timer: setTimeout(() => this.answer(key), this.windowMs) });
  }

  /** Answers every open burst now and waits for all answers (shutdown, tests). */
  async flush(): Promise<void> {
    for (const key of [...this.bursts.keys()]) this.answer(key);
    await Promise.all(this.answering);
  }

  private answer(key: string): void {
    const burst = this.bursts.get(key);
    if (!burst) return;
    clearTimeout(burst.timer);
    this.bursts.delete(key);
    const done: Promise<void> = this.onBurst(key, burst.parts).finally(() => this.answering.delete(done));
    this.answering.add(done);
  }
}
