import { describe, expect, it } from "vitest";
import { splitMessage } from "../../src/bot/split-message.ts";

describe("splitMessage", () => {
  it("keeps a short message whole", () => {
    expect(splitMessage("<b>hi</b>\nthere")).toEqual(["<b>hi</b>\nthere"]);
  });

  it("cuts long messages between lines, every part under the limit, nothing lost", () => {
    const lines = Array.from({ length: 300 }, (_, i) => `<b>flag ${i}</b> — ${"x".repeat(20)}`);
    const parts = splitMessage(lines.join("\n"), 1000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(1000);
      expect(part.split("<b>").length).toBe(part.split("</b>").length);
    }
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("cuts a single over-long line hard rather than sending an invalid message", () => {
    const parts = splitMessage("y".repeat(2500), 1000);
    expect(parts.map((p) => p.length)).toEqual([1000, 1000, 500]);
  });
});
