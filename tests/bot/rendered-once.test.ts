import { describe, expect, it } from "vitest";
import { renderedOnce } from "../../src/bot/rendered-once.ts";
import type { Translator } from "../../src/i18n/translator.ts";

const translator = (): Translator => ({ t: (_locale, key) => key, has: () => true, keys: () => [] });

describe("renderedOnce", () => {
  it("renders each key once per translator and hands back the same value after", () => {
    const memo = renderedOnce<{ text: string }>(10);
    const [a, b] = [translator(), translator()];
    let renders = 0;
    const render = () => ({ text: `rendered ${++renders}` });
    const first = memo(a, "en|answer", render);
    expect(memo(a, "en|answer", render)).toBe(first);
    // Another translator's words may differ: rendered again.
    expect(memo(b, "en|answer", render)).not.toBe(first);
    expect(memo(a, "zh-hans|answer", render).text).toBe("rendered 3");
    expect(renders).toBe(3);
  });

  it("starts again when full, so that odd keys cannot make it grow", () => {
    const memo = renderedOnce<string>(2);
    const tr = translator();
    let renders = 0;
    const render = () => `rendered ${++renders}`;
    memo(tr, "one", render);
    memo(tr, "two", render);
    memo(tr, "three", render);
    expect(memo(tr, "one", render)).toBe("rendered 4");
  });
});
