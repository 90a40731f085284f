import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
/** Pure domain logic: no Telegram framework, no i18n library (PRODUCT.md §1: other platforms reuse it). */
const DOMAIN = ["check", "qa", "sos", "text", "content", "trip", "ocr"];
const FRAMEWORKS = /^(?:grammy|@grammyjs\/|telegraf-i18n|telegraf)/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith(".ts") ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((match) => match[1]!);
}

describe("boundaries between the rooms of the house", () => {
  it.each(DOMAIN)("src/%s imports neither grammY nor telegraf-i18n", (folder) => {
    for (const file of filesUnder(path.join(SRC, folder))) {
      const offending = importsOf(file).filter((specifier) => FRAMEWORKS.test(specifier));
      expect(offending, path.relative(SRC, file)).toEqual([]);
    }
  });
});
