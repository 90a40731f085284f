import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";
import { DANGER_PROBE, QUIET_PROBE } from "./danger-probe.ts";

describe("danger probe: every message saying someone is in danger gets the emergency answer first", () => {
  it.each(DANGER_PROBE)("[%s] %s → emergency", (_style, text) => {
    expect(matchQuestion(text).emergency).toBe(true);
  });
});

describe("danger probe: everyday messages and near misses stay quiet", () => {
  it.each(QUIET_PROBE)("[%s] %s → not an emergency", (_style, text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
});
