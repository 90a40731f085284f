import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WARNING_TOPICS, WARNINGS, type Warning, type WarningTopic } from "../../src/content/warnings.ts";
import { countPlan, planRound } from "../../src/broadcast/plan.ts";
import {
  nextWarningFor,
  recordWarningSent,
  subscriptionSchema,
  warningMatchesTopics,
} from "../../src/broadcast/subscription.ts";
import { collect, makeSub, makeWarnings } from "./support.ts";

const WARNINGS_FIXTURE = makeWarnings([
  ["w-general-1", ["general"]],
  ["w-myanmar", ["myanmar"]],
  ["w-cambodia", ["cambodia"]],
  ["w-general-2", ["general"]],
  ["w-laos-thailand", ["laos", "thailand"]],
]);

/** What a subscriber receives over `rounds` rounds, recording each warning as the runner does. */
function receiveRounds(
  topics: WarningTopic[],
  rounds: number,
  warnings: readonly Warning[] = WARNINGS_FIXTURE,
): string[] {
  let sub = makeSub(1, { topics });
  const received: string[] = [];
  for (let i = 0; i < rounds; i++) {
    const warning = nextWarningFor(sub, warnings);
    if (!warning) break;
    received.push(warning.id);
    sub = recordWarningSent(sub, warning.id);
  }
  return received;
}

describe("nextWarningFor: rotation", () => {
  it("goes through every matching warning once, in content order, then starts over", () => {
    expect(receiveRounds(["cambodia"], 6)).toEqual([
      "w-general-1",
      "w-cambodia",
      "w-general-2",
      "w-general-1",
      "w-cambodia",
      "w-general-2",
    ]);
  });

  it("gives a chat that chose no topic every warning", () => {
    expect(receiveRounds([], 5).sort()).toEqual(WARNINGS_FIXTURE.map((w) => w.id).sort());
  });

  it("never repeats a warning before all matching ones were received, nor twice in a row (any topics, real content)", () => {
    fc.assert(
      fc.property(fc.subarray([...WARNING_TOPICS]), fc.integer({ min: 1, max: 3 }), (topics, cycles) => {
        const matching = WARNINGS.filter((w) => warningMatchesTopics(w, topics)).map((w) => w.id);
        const received = receiveRounds(topics, matching.length * cycles, WARNINGS);
        for (let start = 0; start < received.length; start += matching.length) {
          expect(new Set(received.slice(start, start + matching.length)).size).toBe(
            Math.min(matching.length, received.length - start),
          );
        }
        for (let i = 1; i < received.length; i++)
          if (matching.length > 1) expect(received[i]).not.toBe(received[i - 1]);
      }),
      { seed: 20261125, numRuns: 60 },
    );
  });

  it("picks up a warning added to the content in the middle of a rotation", () => {
    let sub = makeSub(1);
    for (const id of ["w-general-1", "w-myanmar"]) sub = recordWarningSent(sub, id);
    const extended = [
      ...WARNINGS_FIXTURE.slice(0, 2),
      ...makeWarnings([["w-new", ["general"]]]),
      ...WARNINGS_FIXTURE.slice(2),
    ];
    expect(nextWarningFor(sub, extended)?.id).toBe("w-new");
  });

  it("recording the same delivery twice (a resumed round) changes nothing", () => {
    const once = recordWarningSent(makeSub(1), "w-myanmar");
    expect(recordWarningSent(once, "w-myanmar")).toEqual(once);
    expect(subscriptionSchema.parse(once)).toEqual(once);
  });

  it("has nothing for a chat whose topics match no warning", () => {
    const destinationsOnly = makeWarnings([["w-myanmar", ["myanmar"]]]);
    expect(nextWarningFor(makeSub(1, { topics: ["philippines"] }), destinationsOnly)).toBeUndefined();
  });
});

describe("planRound", () => {
  const now = new Date("2026-11-25T12:00:00.000Z");
  const subscriptions = [
    makeSub(10, { locale: "zh-hans", topics: ["myanmar"], sentWarningIds: ["w-general-1"] }),
    makeSub(11, { locale: "zh-hant", frequency: "daily" }),
    makeSub(12, { locale: "en", kind: "channel", topics: ["cambodia"] }),
    makeSub(10, { locale: "en" }),
  ];

  const planOf = (kind: "weekly" | "daily") =>
    planRound({ roundId: `${kind}-1`, kind, scheduledFor: now, subscriptions, warnings: WARNINGS_FIXTURE, now });

  it("plans one delivery per chat of the round's frequency: its next warning, in its language", async () => {
    const plan = planOf("weekly");
    expect(plan).toMatchObject({
      roundId: "weekly-1",
      kind: "weekly",
      scheduledFor: now.toISOString(),
      createdAt: now.toISOString(),
    });
    expect(await collect(plan.deliveries)).toEqual([
      { chatId: 10, warningId: "w-myanmar", locale: "zh-hans", chatKind: "private" },
      { chatId: 12, warningId: "w-general-1", locale: "en", chatKind: "channel" },
    ]);
    const daily = planOf("daily");
    expect(await collect(daily.deliveries)).toEqual([
      { chatId: 11, warningId: "w-general-1", locale: "zh-hant", chatKind: "private" },
    ]);
  });

  it("counts a dry run per language, topic and warning", async () => {
    const plan = planOf("weekly");
    expect(await countPlan(plan.deliveries, WARNINGS_FIXTURE)).toEqual({
      planned: 2,
      byLocale: { "zh-hans": 1, en: 1 },
      byTopic: { myanmar: 1, general: 1 },
      byWarning: { "w-myanmar": 1, "w-general-1": 1 },
    });
  });
});
