/**
 * `npm run check`: checks offer text from stdin.
 *   --json   one offer in, one JSON object out: {"level","flags":[{"id","category","evidence"}],"facts"}
 *   --jsonl  lines of {"id","text"} in, one result line (same fields plus id) per line out
 *   (none)   a readable, coloured report in English (or --locale zh-hans|zh-hant|en)
 *   --image FILE  reads the offer from a picture (PNG, JPEG, WebP) instead of stdin; the text read is in `text`
 */
import { readFileSync } from "node:fs";
import pc from "picocolors";
import { checkOffer, type Verdict } from "../check/index.ts";
import { loadTranslator } from "../i18n/load.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { flagTitleKey } from "../content/rules.ts";
import { OcrPool } from "../ocr/pool.ts";

function toJson(verdict: Verdict): Record<string, unknown> {
  return {
    level: verdict.level,
    flags: verdict.flags.map(({ id, category, evidence }) => ({ id, category, evidence })),
    lawfulSigns: verdict.lawfulSigns.map(({ id, category, evidence }) => ({ id, category, evidence })),
    facts: verdict.facts,
  };
}

function checkLines(input: string): string {
  return input
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      try {
        const item = JSON.parse(line) as { id?: unknown; text?: unknown };
        return JSON.stringify({ id: item.id ?? index + 1, ...toJson(checkOffer(String(item.text ?? ""))) });
      } catch (error) {
        return JSON.stringify({ id: index + 1, error: `line ${index + 1} is not JSON: ${(error as Error).message}` });
      }
    })
    .join("\n");
}

const LEVEL_COLOUR = { high: pc.red, warning: pc.yellow, low: pc.green } as const;

function report(verdict: Verdict, locale: Locale): string {
  const tr = loadTranslator();
  const lines = [pc.bold(LEVEL_COLOUR[verdict.level](`Level: ${verdict.level.toUpperCase()}`))];
  for (const flag of verdict.flags) {
    lines.push(
      `  ${pc.red("✗")} ${tr.t(locale, flagTitleKey(flag.id))} ${pc.dim(`[${flag.id}]`)}  ${pc.cyan(JSON.stringify(flag.evidence))}`,
    );
  }
  for (const sign of verdict.lawfulSigns) {
    lines.push(
      `  ${pc.green("✓")} ${tr.t(locale, flagTitleKey(sign.id))} ${pc.dim(`[${sign.id}]`)}  ${pc.cyan(JSON.stringify(sign.evidence))}`,
    );
  }
  for (const salary of verdict.facts.salaries) {
    lines.push(
      `  ${pc.dim("pay")} ${JSON.stringify(salary.phrase)} ≈ ${salary.monthlyCny} CNY/month (${salary.currency} per ${salary.period})`,
    );
  }
  for (const place of verdict.facts.places)
    lines.push(`  ${pc.dim("place")} ${place.id} (${place.tier}) ${JSON.stringify(place.phrase)}`);
  return lines.join("\n");
}

/** Reads the text of one picture with a one-worker pool, as the bot would; a file it cannot read ends the run. */
async function readImage(file: string): Promise<string> {
  const pool = new OcrPool({ size: 1, timeoutMs: 60_000, maxQueue: 1 });
  try {
    return (await pool.read(readFileSync(file))).text;
  } catch (error) {
    console.error(`cannot read the picture ${file}: ${(error as Error).message}`);
    process.exit(1);
  } finally {
    await pool.close();
  }
}

const args = process.argv.slice(2);
const image = args.includes("--image") ? args[args.indexOf("--image") + 1] : undefined;
if (args.includes("--image") && !image) {
  console.error("--image needs a file: npm run --silent check -- --image offer.jpg --json");
  process.exit(2);
}
const input = image ? await readImage(image) : readFileSync(0, "utf8");
if (image && args.includes("--json")) {
  console.log(JSON.stringify({ ...toJson(checkOffer(input)), text: input }));
} else if (args.includes("--jsonl")) {
  console.log(checkLines(input));
} else if (args.includes("--json")) {
  console.log(JSON.stringify(toJson(checkOffer(input))));
} else {
  const requested = args[args.indexOf("--locale") + 1];
  console.log(report(checkOffer(input), args.includes("--locale") && isLocale(requested) ? requested : "en"));
}
