/**
 * Typed callback data. Buttons carry ids, never session state, so they keep working months later and
 * after restarts (PRODUCT.md §2.12). Telegram limits callback data to 64 bytes.
 */
export interface CallbackCodec<F extends string> {
  readonly prefix: string;
  pack(values: Record<F, string>): string;
  /** The fields of `data`, or undefined when it is not this codec's (or malformed). */
  unpack(data: string): Record<F, string> | undefined;
  /** Matches any data of this codec, for `bot.callbackQuery(codec.filter, …)`. */
  readonly filter: RegExp;
}

const SEPARATOR = ":";

export function callbackCodec<F extends string>(prefix: string, fields: readonly F[]): CallbackCodec<F> {
  if (prefix.includes(SEPARATOR)) throw new Error(`callback prefix '${prefix}' must not contain '${SEPARATOR}'`);
  return {
    prefix,
    filter: new RegExp(`^${prefix}(${SEPARATOR}|$)`),
    pack(values) {
      const data = [prefix, ...fields.map((field) => values[field])].join(SEPARATOR);
      for (const field of fields) {
        if (values[field].includes(SEPARATOR))
          throw new Error(`callback field ${field} must not contain '${SEPARATOR}'`);
      }
      if (Buffer.byteLength(data) > 64) throw new Error(`callback data over 64 bytes: ${data}`);
      return data;
    },
    unpack(data) {
      const [head, ...parts] = data.split(SEPARATOR);
      if (head !== prefix || parts.length !== fields.length) return undefined;
      return Object.fromEntries(fields.map((field, i) => [field, parts[i] ?? ""])) as Record<F, string>;
    },
  };
}
