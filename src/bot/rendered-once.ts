import type { Translator } from "../i18n/translator.ts";

/**
 * A memo for what the bot renders from its words alone: an answer with its buttons, a contacts card, the nationality
 * buttons. They depend on the language and a few choices (which answer, whose citizen, where), never on the person,
 * so each is rendered once per key and reused, instead of looking up and joining the same translations and packing
 * the same callback data for every message (a tenth of the CPU of an answer). One memo per translator, since the
 * words come from it; at `max` keys the memo starts again, so odd keys cannot make it grow.
 * What it returns is shared: callers must not change it.
 */
export function renderedOnce<V>(max: number): (tr: Translator, key: string, render: () => V) => V {
  const memos = new WeakMap<Translator, Map<string, V>>();
  return (tr, key, render) => {
    let memo = memos.get(tr);
    if (!memo) memos.set(tr, (memo = new Map()));
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= max) memo.clear();
      value = render();
      memo.set(key, value);
    }
    return value;
  };
}
