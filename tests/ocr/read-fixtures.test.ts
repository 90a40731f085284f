/**
 * The real engine on the committed fixtures (tests/fixtures/images/, made by `npm run images -- --fixtures`): a chat
 * screenshot, a photographed flyer and a poster per language. Runs on any machine after `npm ci`: the models ship in
 * the npm packages, and no font or apt package is needed to read a JPEG.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";
import type { ImageCase } from "../../src/cli/render-images.ts";
import { characterErrors } from "../../src/ocr/cer.ts";
import { OcrError, OcrPool } from "../../src/ocr/pool.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/images");
const cases = JSON.parse(readFileSync(path.join(FIXTURES, "fixtures.json"), "utf8")) as ImageCase[];
const pool = new OcrPool({ size: 1, timeoutMs: 60_000, maxQueue: 20 });
afterAll(() => pool.close());

describe("reading the fixtures with PaddleOCR, and tesseract where it falls short", () => {
  it.each(cases.map((c) => [c.file, c] as const))(
    "%s: nearly every character read, and the text's verdict",
    { timeout: 90_000 },
    async (_file, fixture) => {
      const read = await pool.read(readFileSync(path.join(FIXTURES, fixture.file)));
      const { errors, length } = characterErrors(fixture.text, read.text);
      // Traditional pictures are read a second time by tesseract, which knows 銖, 險 and 薪 but misreads more of
      // the rest than PaddleOCR reads Simplified.
      expect(errors / length).toBeLessThan(fixture.lang === "zh-hant" ? 0.1 : 0.05);
      expect(checkOffer(read.text).level).toBe(checkOffer(fixture.text).level);
    },
  );
});

describe("the OCR pool", () => {
  it("refuses a file that is not a picture, and goes on reading", { timeout: 90_000 }, async () => {
    await expect(pool.read(Buffer.from("%PDF-1.7 not a picture"))).rejects.toMatchObject({ reason: "unreadable" });
    const read = await pool.read(readFileSync(path.join(FIXTURES, cases[0]!.file)));
    expect(read.text.length).toBeGreaterThan(10);
  });

  it("refuses pictures beyond its queue at once instead of answering minutes later", { timeout: 90_000 }, async () => {
    const small = new OcrPool({ size: 1, timeoutMs: 60_000, maxQueue: 1 });
    const image = readFileSync(path.join(FIXTURES, cases[0]!.file));
    const results = await Promise.allSettled([small.read(image), small.read(image), small.read(image)]);
    await small.close();
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ reason: "busy" });
  });

  it("gives up a picture past its time limit and replaces the worker", { timeout: 90_000 }, async () => {
    const hasty = new OcrPool({ size: 1, timeoutMs: 50, maxQueue: 5 });
    const image = readFileSync(path.join(FIXTURES, cases[0]!.file));
    const started = Date.now();
    const results = await Promise.allSettled([hasty.read(image), hasty.read(image)]);
    await hasty.close();
    expect(results.map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      expect.any(OcrError),
      expect.any(OcrError),
    ]);
    expect(results.map((r) => ((r as PromiseRejectedResult).reason as OcrError).reason)).toEqual([
      "timeout",
      "timeout",
    ]);
    // Each picture had its own 50 ms, on a fresh worker: neither waited for the other's model to load.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a closed pool refuses new pictures", async () => {
    const closed = new OcrPool({ size: 1, timeoutMs: 1000, maxQueue: 1 });
    await closed.close();
    await expect(closed.read(Buffer.from("x"))).rejects.toMatchObject({ reason: "closed" });
  });
});
