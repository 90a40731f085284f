import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as SOURCES from "../../src/content/sources.ts";

const CONTENT = fileURLToPath(new URL("../../src/content/", import.meta.url));

/** The URLs written out in each content file. */
function urlsByFile(): Map<string, Set<string>> {
  const byFile = new Map<string, Set<string>>();
  for (const name of readdirSync(CONTENT).filter((file) => file.endsWith(".ts"))) {
    const source = readFileSync(path.join(CONTENT, name), "utf8");
    byFile.set(name, new Set([...source.matchAll(/"(https?:\/\/[^"]+)"/g)].map((match) => match[1]!)));
  }
  return byFile;
}

describe("the registry of sources", () => {
  it("holds every URL that two content files quote, so each is written out once", () => {
    const files = new Map<string, string[]>();
    for (const [file, urls] of urlsByFile()) {
      for (const url of urls) files.set(url, [...(files.get(url) ?? []), file]);
    }
    const twice = [...files]
      .filter(([, where]) => where.length > 1)
      .map(([url, where]) => `${url}: ${where.join(", ")}`);
    expect(twice).toEqual([]);
  });

  it("names each source once", () => {
    const urls = Object.values(SOURCES).filter((value) => value.startsWith("http"));
    expect(new Set(urls).size).toBe(urls.length);
  });
});
