import type { MiddlewareFn } from "grammy";

/**
 * Counts updates being handled, so shutdown can wait for them: the runner's stop() stops fetching but
 * does not wait for handlers that are still running.
 */
export class InFlightUpdates {
  private count = 0;
  private waiters: Array<() => void> = [];

  readonly middleware: MiddlewareFn = async (_ctx, next) => {
    this.count++;
    try {
      await next();
    } finally {
      this.count--;
      if (this.count === 0) this.waiters.splice(0).forEach((wake) => wake());
    }
  };

  /** Resolves when no update is being handled. */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
