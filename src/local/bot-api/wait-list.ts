/** Waiting for something the bot does: a call, a message. */
interface Waiter<E, R> {
  test: (event: E) => R | undefined;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Promises that resolve on the first event a test accepts, or reject on timeout or close. */
export class WaitList<E> {
  private readonly waiters = new Set<Waiter<E, unknown>>();

  add<R>(test: (event: E) => R | undefined, timeoutMs: number, describeTimeout: () => string): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const waiter: Waiter<E, R> = {
        test,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter as Waiter<E, unknown>);
          reject(new Error(describeTimeout()));
        }, timeoutMs),
      };
      this.waiters.add(waiter as Waiter<E, unknown>);
    });
  }

  notify(event: E): void {
    if (this.waiters.size === 0) return;
    for (const waiter of this.waiters) {
      let result: unknown;
      try {
        result = waiter.test(event);
      } catch (error) {
        this.settle(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (result !== undefined) {
        this.settle(waiter);
        waiter.resolve(result);
      }
    }
  }

  rejectAll(reason: string): void {
    for (const waiter of this.waiters) {
      this.settle(waiter);
      waiter.reject(new Error(reason));
    }
  }

  private settle(waiter: Waiter<E, unknown>): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
  }
}
