import { vi } from "vitest";

/**
 * Drives a promise to completion on vitest's fake clock (the caller has called `vi.useFakeTimers()`). Apart from
 * support.ts, which a child process outside vitest imports too.
 */
export async function onFakeClock<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  const tracked = promise.finally(() => {
    done = true;
  });
  for (let step = 0; step < 200_000 && !done; step++) await vi.advanceTimersToNextTimerAsync();
  return tracked;
}
