import { describe, expect, it } from "vitest";
import { readEval, readJsonl, splitOf } from "../../src/cli/eval-data.ts";
import { detectDanger, isPleaForHelp, isUrgentPlea, namesDanger } from "../../src/qa/danger.ts";
import { asksAboutAnOffer, isAboutOurDomain, namesOurOwnTopic, namesScam } from "../../src/qa/domain.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { withoutLiteralGates } from "../../src/text/literal-gate.ts";
import { ReadText } from "../../src/text/read-text.ts";

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

/** Everything the danger reader and the matcher say of a text, each read afresh (no answer cached from before). */
function reading(text: string): string {
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
  it("change no reading of any corpus or eval text", () => {
    expect(TEXTS.length).toBeGreaterThan(1000);
    // All gated first, then all whole: the readers' one-text caches never carry an answer from one pass to the other.
    const gated = TEXTS.map(reading);
    const whole = withoutLiteralGates(() => TEXTS.map(reading));
    const differ = TEXTS.filter((_, i) => gated[i] !== whole[i]);
    expect(differ).toEqual([]);
  }, 120_000);
});
