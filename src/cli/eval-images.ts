/**
 * Pictures section of `npm run eval` (issue 16): reads the rendered image set (eval/images/, made by `npm run images`;
 * without it, the committed fixtures in tests/fixtures/images/) with the OCR pool, and reports the character error
 * rate per language and style, and recall on lures / false high on lawful ads for the pictures beside the same
 * figures for the texts drawn on them. Goal: recall on pictures within 5 points of the texts'; false high ≤ 5%.
 * Runnable on its own: `npx tsx src/cli/eval-images.ts`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as OpenCC from "opencc-js/t2cn";
import pc from "picocolors";
import { checkOffer, type RiskLevel } from "../check/index.ts";
import { characterErrors } from "../ocr/cer.ts";
import { defaultPoolSize, OcrPool } from "../ocr/pool.ts";
import { FIXTURE_DIR, IMAGE_SET_DIR, MANIFEST, type ImageCase } from "./render-images.ts";

interface ReadCase extends ImageCase {
  read: string;
  textLevel: RiskLevel;
  imageLevel: RiskLevel;
  errors: number;
  /** Errors once both texts are folded to Simplified, as the check's normalisation does. */
  foldedErrors: number;
  length: number;
}

const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const percent = (part: number, whole: number): string =>
  whole === 0 ? "     –" : `${((100 * part) / whole).toFixed(1)}%`.padStart(6);

/**
 * The image set to score: the generated one when present, else the committed fixtures (also with
 * EVAL_IMAGE_SET=fixtures, so that the eval's own test takes seconds).
 */
function loadCases(): { dir: string; cases: ImageCase[]; generated: boolean } {
  const manifest = path.join(IMAGE_SET_DIR, MANIFEST);
  if (existsSync(manifest) && process.env.EVAL_IMAGE_SET !== "fixtures") {
    const cases = readFileSync(manifest, "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as ImageCase);
    return { dir: IMAGE_SET_DIR, cases, generated: true };
  }
  const cases = JSON.parse(readFileSync(path.join(FIXTURE_DIR, "fixtures.json"), "utf8")) as ImageCase[];
  return { dir: FIXTURE_DIR, cases, generated: false };
}

async function readAll(dir: string, cases: ImageCase[]): Promise<{ read: ReadCase[]; seconds: number }> {
  const pool = new OcrPool({ size: defaultPoolSize(), timeoutMs: 60_000, maxQueue: cases.length });
  const started = performance.now();
  try {
    const read = await Promise.all(
      cases.map(async (item): Promise<ReadCase> => {
        const text = await pool
          .read(readFileSync(path.join(dir, item.file)))
          .then((result) => result.text)
          .catch(() => "");
        const { errors, length } = characterErrors(item.text, text);
        return {
          ...item,
          read: text,
          textLevel: checkOffer(item.text).level,
          imageLevel: checkOffer(text).level,
          errors,
          foldedErrors: characterErrors(toSimplified(item.text), toSimplified(text)).errors,
          length,
        };
      }),
    );
    return { read, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pool.close();
  }
}

function cerRow(name: string, group: ReadCase[]): string {
  const length = group.reduce((sum, c) => sum + c.length, 0);
  const errors = group.reduce((sum, c) => sum + c.errors, 0);
  const folded = group.reduce((sum, c) => sum + c.foldedErrors, 0);
  return `  ${name.padEnd(18)} n=${String(group.length).padStart(4)}  CER ${percent(errors, length)}  as checked (Traditional folded) ${percent(folded, length)}`;
}

function verdictRow(name: string, group: ReadCase[], label: "lure" | "legit"): string {
  const count = (level: (c: ReadCase) => RiskLevel, high: boolean) =>
    group.filter((c) => (high ? level(c) === "high" : level(c) !== "low")).length;
  const [imageWarn, textWarn] = [count((c) => c.imageLevel, false), count((c) => c.textLevel, false)];
  const [imageHigh, textHigh] = [count((c) => c.imageLevel, true), count((c) => c.textLevel, true)];
  const n = group.length;
  if (label === "lure") {
    const gap = n === 0 ? 0 : (100 * (textWarn - imageWarn)) / n;
    const mark = gap <= 5 ? pc.green("✓") : pc.red("✗≤5 points");
    return `  ${name.padEnd(18)} n=${String(n).padStart(4)}  warning+ picture ${percent(imageWarn, n)} text ${percent(textWarn, n)} ${mark}   high picture ${percent(imageHigh, n)} text ${percent(textHigh, n)}`;
  }
  const mark = n === 0 || imageHigh / n <= 0.05 ? pc.green("✓") : pc.red("✗≤5");
  return `  ${name.padEnd(18)} n=${String(n).padStart(4)}  false-high picture ${percent(imageHigh, n)} text ${percent(textHigh, n)} ${mark}   warning+ picture ${percent(imageWarn, n)} text ${percent(textWarn, n)}`;
}

export async function evaluateImages(): Promise<void> {
  const { dir, cases, generated } = loadCases();
  console.log(pc.bold(pc.cyan(`\nPictures of offers — ${cases.length} images in ${dir}`)));
  if (!generated) console.log(pc.yellow("  (the committed fixtures only: `npm run images` renders the full set)"));
  const { read, seconds } = await readAll(dir, cases);
  console.log(
    `  read in ${seconds.toFixed(1)} s with ${defaultPoolSize()} worker(s): ${(read.length / seconds).toFixed(2)} images/s`,
  );
  const langs = [...new Set(read.map((c) => c.lang))];
  const styles = [...new Set(read.map((c) => c.style))];
  console.log(pc.bold("\nCharacter error rate"));
  console.log(cerRow("all", read));
  for (const split of ["dev", "test"] as const)
    console.log(
      cerRow(
        `split=${split}`,
        read.filter((c) => c.split === split),
      ),
    );
  for (const lang of langs)
    console.log(
      cerRow(
        `lang=${lang}`,
        read.filter((c) => c.lang === lang),
      ),
    );
  for (const style of styles)
    console.log(
      cerRow(
        `style=${style}`,
        read.filter((c) => c.style === style),
      ),
    );
  for (const lang of langs)
    for (const style of styles)
      console.log(
        cerRow(
          `${lang}/${style}`,
          read.filter((c) => c.lang === lang && c.style === style),
        ),
      );
  for (const label of ["lure", "legit"] as const) {
    const group = read.filter((c) => c.label === label);
    console.log(
      pc.bold(label === "lure" ? "\nLures: pictures beside their texts" : "\nLawful ads: pictures beside their texts"),
    );
    console.log(verdictRow("all", group, label));
    // The second-read thresholds (ocr-worker.ts) were chosen on dev pictures: test shows how well they carry over.
    for (const split of ["dev", "test"] as const)
      console.log(
        verdictRow(
          `split=${split}`,
          group.filter((c) => c.split === split),
          label,
        ),
      );
    for (const lang of langs)
      console.log(
        verdictRow(
          `lang=${lang}`,
          group.filter((c) => c.lang === lang),
          label,
        ),
      );
    for (const style of styles)
      console.log(
        verdictRow(
          `style=${style}`,
          group.filter((c) => c.style === style),
          label,
        ),
      );
    const lost = group.filter((c) =>
      label === "lure"
        ? c.imageLevel === "low" && c.textLevel !== "low"
        : c.imageLevel === "high" && c.textLevel !== "high",
    );
    if (lost.length > 0)
      console.log(
        `  ${label === "lure" ? "missed on the picture only" : "high on the picture only"}: ${lost.map((c) => c.file).join(", ")}`,
      );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await evaluateImages();
