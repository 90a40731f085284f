/**
 * Group commit for a hot path of small writes (or reads) (a warning round records every delivery): an item added while nothing
 * is being written is written at once — synchronously, within `add`, so a caller can rely on the write having left
 * when `add` returns — and items added while a write is under way wait and go together in the next one. A lone item
 * costs one round trip as before; under load one round trip carries every item that arrived during the previous one.
 */
export class GroupCommit<Item, Result = void> {
  private readonly queue: Array<{ item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }> =
    [];
  private writing = 0;
  private gathering: ReturnType<typeof setTimeout> | undefined;

  /**
   * `write` writes (or reads) a batch and resolves with one entry per item: its result, or the error that item is
   * refused with; a rejection fails the whole batch. `maxBatch` bounds statement size; `writers` is how many
   * batches may be under way at once (each on a connection of its own). With `gatherMs`, an item that finds nothing
   * being written waits that long for others instead of leaving alone: where a few milliseconds cost nothing, a
   * round's 2,000 lookups a second become a few hundred statements, not 2,000 (each socket write and wake-up of the
   * server costs more CPU than the rows it carries).
   */
  constructor(
    private readonly write: (items: Item[]) => Promise<Array<Result | Error>>,
    private readonly maxBatch = 1000,
    private readonly writers = 1,
    private readonly gatherMs = 0,
  ) {}

  /** Resolves once the item is written; see the class comment for when the write starts. */
  add(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.writing >= this.writers) return;
      if (this.gatherMs === 0 || this.queue.length >= this.maxBatch) this.flush();
      else this.gathering ??= setTimeout(() => this.flush(), this.gatherMs);
    });
  }

  private flush(): void {
    clearTimeout(this.gathering);
    this.gathering = undefined;
    if (this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.maxBatch);
    this.writing += 1;
    let written: Promise<Array<Result | Error>>;
    try {
      written = this.write(batch.map((entry) => entry.item));
    } catch (error) {
      written = Promise.reject(error);
    }
    written
      .then(
        (results) =>
          batch.forEach((entry, index) => {
            const result = results[index] as Result | Error;
            if (result instanceof Error) entry.reject(result);
            else entry.resolve(result);
          }),
        (error: unknown) => batch.forEach((entry) => entry.reject(error)),
      )
      .finally(() => {
        this.writing -= 1;
        if (this.queue.length > 0) this.flush();
      });
  }
}
