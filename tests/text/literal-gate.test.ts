import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { gatedReplacer, literalGate } from "../../src/text/literal-gate.ts";
import { COMPOUND_PLACE_NAMES } from "../../src/qa/danger.ts";

const GATE_MODULE = fileURLToPath(new URL("../../src/text/literal-gate.ts", import.meta.url));

/** Expressions of the shapes the danger signals use: phrases, optional parts, classes, lookarounds, repeats. */
const PATTERNS: RegExp[] = [
  /被关(?:在|起|押|住|进|了)|押着(?:我|他|她|我们|他们)|\benslaved\b|关起来|\bstill (?:inside|in there|trapped)\b/,
  /(?<!(?:快递|包裹|货物|货|行李|钱|车)被?)(?:扣在|扣住|被扣下)(?!海关)|困住|被(?:人)?看管/,
  /欠(?:了)?(?:公司|老板|园区)[^,。!?]{0,8}(?:钱|债|万|千)|\b(?:can't|cannot) (?:go|get) back(?= now|\s*$)/,
  /^(?=.*(?:缅甸|柬埔寨|\b(?:abroad|overseas)\b)).*(?:工资|薪水)[^。!?]{0,8}(?:不发|没发)|\bno (?:salary|pay)\b/,
  /^(?!.*(?:吗|呢|\?))(?=.*(?:挨打|被打(?![劫扰])))/,
  /\b(?:handcuff\w*|lock\w*) (?:us|me)\b(?:\W+\w+){0,2}?\W+(?:up|in)\b|[0-3]{2}个人|(a)\1b|x+y/,
  /danger|scam/i,
  /a|b/g,
  COMPOUND_PLACE_NAMES,
];

/** The pieces texts are made of: the expressions' own words, their near misses, and filler. */
const PIECES = [
  ..."被关在押着我他们扣在扣住被扣下快递困住看管欠了公司老板钱债缅甸柬埔寨工资不发没发吗呢?挨打被打劫打扰12个人，。! \n".split(
    "",
  ),
  "enslaved",
  "still inside",
  "still trapped",
  "abroad",
  "no salary",
  "no pay",
  "can't go back",
  "cannot get back",
  "handcuffed us",
  "lock me",
  "locked me up",
  "up",
  "in",
  " now",
  "aab",
  "xxy",
  "danger",
  "Danger",
  "scam",
  "myanmar",
  "kk park",
  "phnom penh",
  "the",
  "lorem ipsum ",
  "今天天气很好，",
  "我们在工厂上班。",
];

const textOf = (parts: string[]): string => {
  let text = parts.join("");
  while (text.length < 240) text += " 一段没有关系的文字 filler words ";
  return text;
};

/** Each gate answers `text` as its own expression does. */
function expectSameAnswers(gates: Pick<RegExp, "test">[], text: string): void {
  PATTERNS.forEach((pattern, i) => {
    pattern.lastIndex = 0;
    const expected = pattern.test(text);
    pattern.lastIndex = 0;
    expect(gates[i]!.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(expected);
  });
}

describe("literalGate", () => {
  it("answers exactly as the expression's own test, on long texts made of its words and near misses", () => {
    const gates = PATTERNS.map((pattern) => literalGate(pattern));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(), (parts, shift) => {
        const text = textOf(parts);
        // The expressions' words also at the start and the end of a text.
        for (const candidate of [text, text.slice(shift % 40), `${parts.join("")}${text}`])
          expectSameAnswers(gates, candidate);
      }),
      { seed: 20261206, numRuns: 400 },
    );
  });

  it("never runs the expression on a long text that lacks every word its phrases need", () => {
    const pattern = /被关(?:在|起)|\bbehind bars\b|手机(?:也|都)?被(?:收|扣)/;
    const gate = literalGate(pattern);
    const run = vi.spyOn(pattern, "test");
    expect(gate.test(textOf(["招聘客服，月薪两万，包吃包住。", "Apply now, great pay and free housing. "]))).toBe(
      false,
    );
    expect(run).not.toHaveBeenCalled();
    expect(gate.test(textOf(["他说手机都被收了"]))).toBe(true);
    expect(gate.test(textOf(["they put him behind bars"]))).toBe(true);
  });

  it("rules a phrase out when the text lacks any one of the parts it needs, not only all of them", () => {
    // Every match has "they" or "guards", then "beat " or "hit ": texts with only one of the two run nothing.
    const pattern = /\b(?:they|guards)\b[^.!?]{0,20}\b(?:beat|hit) (?:me|us)\b|被关(?:在|起)/;
    const gate = literalGate(pattern);
    const run = vi.spyOn(pattern, "test");
    expect(gate.test(textOf(["They offer free meals and they pay on time. ", "They answer every question. "]))).toBe(
      false,
    );
    expect(gate.test(textOf(["the boss hit us when the quota was missed. "]))).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(gate.test(textOf(["the boss said they hit us. "]))).toBe(true);
    expect(gate.test(textOf(["guards beat me. "]))).toBe(true);
  });

  it("runs expressions it cannot read ahead (case-insensitive, back-references) whole", () => {
    const insensitive = /behind bars/i;
    const backReference = /(被关)\1/;
    const runInsensitive = vi.spyOn(insensitive, "test");
    const runBackReference = vi.spyOn(backReference, "test");
    expect(literalGate(insensitive).test(textOf(["BEHIND BARS"]))).toBe(true);
    expect(literalGate(backReference).test(textOf(["被关被关"]))).toBe(true);
    expect(runInsensitive).toHaveBeenCalled();
    expect(runBackReference).toHaveBeenCalled();
  });

  it("answers exactly as the expression on short texts too", () => {
    const gates = PATTERNS.map((pattern) => literalGate(pattern));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) =>
        expectSameAnswers(gates, parts.join("")),
      ),
      { seed: 20261207, numRuns: 400 },
    );
  });

  it("answers exactly as the expression when a gate is first used in the middle of a text's reading", () => {
    // Gates in use before the text, and gates (for expressions sharing their words) made and first asked while other
    // gates have already read the same text: what the text holds is found for both.
    const early = PATTERNS.map((pattern) => literalGate(pattern));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), (parts, pick) => {
        const text = textOf(parts);
        expectSameAnswers(early, text);
        const pattern = PATTERNS[pick % PATTERNS.length]!;
        const late = literalGate(new RegExp(pattern.source, pattern.flags));
        pattern.lastIndex = 0;
        const expected = pattern.test(text);
        expect(late.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(expected);
        expect(late.test(`${text} `), `${pattern} on the next text`).toBe(pattern.test(`${text} `));
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });

  it("answers when its first gate is asked before any text was read, as a new process's first message does", () => {
    // In a fresh process: each gate reads its phrases before it reads the text. Phrases sharing the literals they need
    // first ("被关", "locked") are filed under them once each; filed twice, a literal's list looped and the reading
    // never ended, so the process is bounded in time.
    const script = `
      const { literalGate } = await import(${JSON.stringify(GATE_MODULE)});
      const patterns = [/被关.{0,4}打|被关.{0,4}骂|\\blocked\\b.{0,9}\\bup\\b|\\blocked\\b.{0,9}\\bin\\b/, /被关|\\blocked\\b/];
      const texts = ["", "他被关起来天天挨打", "they locked him up", "被关", "門被鎖上了", "we unlocked the door in time"];
      const answers = [];
      for (const pattern of patterns) {
        const gate = literalGate(pattern);
        for (const text of texts) answers.push(gate.test(text) === pattern.test(text));
      }
      console.log(JSON.stringify(answers));
    `;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.signal, result.stderr).toBeNull();
    expect(JSON.parse(result.stdout)).toEqual(Array(12).fill(true));
  });

  it("reads each text afresh: texts tested in turn never share what the other holds", () => {
    const gate = literalGate(/被关(?:在|起)|\bbehind bars\b/);
    const held = "他被关在园区里";
    const free = "他在园区里上班";
    const english = "they put him behind bars";
    const englishFree = "they put him behind a desk";
    for (let round = 0; round < 3; round++) {
      expect(gate.test(held)).toBe(true);
      expect(gate.test(free)).toBe(false);
      expect(gate.test(english)).toBe(true);
      expect(gate.test(englishFree)).toBe(false);
      // The same words in a long text and a short one, one after the other.
      expect(gate.test(textOf([free]))).toBe(false);
      expect(gate.test(textOf([held]))).toBe(true);
    }
  });
});

describe("gatedReplacer", () => {
  it("replaces exactly as the global expression's own replace, with a string or a function", () => {
    const globals = PATTERNS.filter((pattern) => !pattern.flags.includes("i")).map(
      (pattern) => new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`),
    );
    const replacers = globals.map(gatedReplacer);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        for (const text of [parts.join(""), textOf(parts)]) {
          globals.forEach((pattern, i) => {
            expect(replacers[i]!(text, " ")).toBe(text.replace(pattern, " "));
            expect(replacers[i]!(text, (match) => `[${match}]`)).toBe(text.replace(pattern, (match) => `[${match}]`));
          });
        }
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
