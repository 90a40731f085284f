import { describe, expect, it, vi } from "vitest";
import { readEval, readJsonl, splitOf } from "../../src/cli/eval-data.ts";

/** The dev texts of the corpus and of eval/: questions, lures, ads (a pasted ad is where the gates act). */
const TEXTS = [
  ...[
    "questions-dev.jsonl",
    "lures-dev.jsonl",
    "lures-composed-dev.jsonl",
    "ads.jsonl",
    "ads-overseas-dev.jsonl",
    "emscad-fraud-sample.jsonl",
  ].flatMap((file) => readJsonl(file)),
  ...readEval(""),
]
  .filter((item) => splitOf(item.id) === "dev")
  .map((item) => item.text);

/** The readers, from modules imported afresh: with the literal gates, or with every pattern run whole. */
async function readers(gated: boolean) {
  vi.resetModules();
  if (!gated)
    vi.doMock("../../src/text/literal-gate.ts", () => ({
      literalGate: (pattern: RegExp) => pattern,
      gatedReplacer: (pattern: RegExp) => (text: string, replacement: string) => text.replace(pattern, replacement),
    }));
  try {
    return {
      ...(await import("../../src/qa/danger.ts")),
      ...(await import("../../src/qa/domain.ts")),
      ...(await import("../../src/qa/match.ts")),
      ...(await import("../../src/text/read-text.ts")),
    };
  } finally {
    vi.doUnmock("../../src/text/literal-gate.ts");
  }
}

/** Everything the danger reader and the matcher say of a text, each read afresh (no answer cached from before). */
function reading(
  {
    ReadText,
    detectDanger,
    matchQuestion,
    namesDanger,
    isPleaForHelp,
    isUrgentPlea,
    namesScam,
    isAboutOurDomain,
    namesOurOwnTopic,
    asksAboutAnOffer,
  }: Awaited<ReturnType<typeof readers>>,
  text: string,
): string {
  const canonical = new ReadText(text).canonical;
  return JSON.stringify([
    detectDanger(new ReadText(text)),
    matchQuestion(new ReadText(text)),
    namesDanger(canonical),
    isPleaForHelp(canonical),
    isUrgentPlea(canonical),
    namesScam(canonical),
    isAboutOurDomain(canonical),
    namesOurOwnTopic(canonical),
    asksAboutAnOffer(canonical),
  ]);
}

describe("the literal gates in front of the danger and domain patterns", () => {
  it("change no reading of any corpus or eval text", async () => {
    expect(TEXTS.length).toBeGreaterThan(1000);
    // Each pass with modules of its own: no reader's cache carries an answer from one pass to the other.
    const withGates = await readers(true);
    const gated = TEXTS.map((text) => reading(withGates, text));
    const withoutGates = await readers(false);
    const whole = TEXTS.map((text) => reading(withoutGates, text));
    const differ = TEXTS.filter((_, i) => gated[i] !== whole[i]);
    expect(differ).toEqual([]);
  }, 120_000);
});
