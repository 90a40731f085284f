/**
 * Group commit for a hot path of small writes (a warning round records every delivery): an item added while nothing
 * is being written is written at once — synchronously, within `add`, so a caller can rely on the write having left
 * when `add` returns — and items added while a write is under way wait and go together in the next one. A lone item
 * costs one round trip as before; under load one round trip carries every item that arrived during the previous one.
 */
export class GroupCommit<Item> {
  private readonly queue: Array<{ item: Item; resolve: () => void; reject: (error: unknown) => void }> = [];
  private writing = false;

  /**
   * `write` writes a batch and resolves with one entry per item: undefined when it was written, or the error that
   * item is refused with; a rejection fails the whole batch. `maxBatch` bounds statement size.
   */
  constructor(
    private readonly write: (items: Item[]) => Promise<Array<Error | undefined>>,
    private readonly maxBatch = 1000,
  ) {}

  /** Resolves once the item is written; see the class comment for when the write starts. */
  add(item: Item): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.writing) this.flush();
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0, this.maxBatch);
    this.writing = true;
    let written: Promise<Array<Error | undefined>>;
    try {
      written = this.write(batch.map((entry) => entry.item));
    } catch (error) {
      written = Promise.reject(error);
    }
    written
      .then(
        (refusals) =>
          batch.forEach((entry, index) => {
            const refusal = refusals[index];
            if (refusal) entry.reject(refusal);
            else entry.resolve();
          }),
        (error: unknown) => batch.forEach((entry) => entry.reject(error)),
      )
      .finally(() => {
        this.writing = false;
        if (this.queue.length > 0) this.flush();
      });
  }
}
