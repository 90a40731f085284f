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
