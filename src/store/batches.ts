/** Everything an iterable yields, sync or async: for stores that keep a whole plan in memory anyway. */
export async function collect<T>(items: Iterable<T> | AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

/** `inBatches` for a source that may be produced asynchronously (a database read in pages). */
export async function* inBatchesAsync<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Groups items into arrays of at most `size`, consuming the source lazily: bulk writes (a plan of 100,000 deliveries,
 * a round's rotations) go out in bounded batches without the whole list ever being built.
 */
export function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
