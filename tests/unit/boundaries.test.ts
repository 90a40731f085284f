import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SRC = path.join(ROOT, "src");
/**
 * Pure domain logic: no Telegram framework, no i18n library, no adapter (PRODUCT.md §1: other platforms reuse it).
 * Adapters import the domain, never the reverse.
 */
const DOMAIN = ["check", "qa", "sos", "text", "content", "trip", "broadcast", "i18n", "ocr"];
/** The one file of a domain folder that is an adapter: it reads locales/ with telegraf-i18n. */
const ADAPTERS_IN_DOMAIN = ["src/i18n/load.ts"];
const FRAMEWORKS = /^(?:grammy|@grammyjs\/|telegraf-i18n|telegraf|pg|lowdb|undici)(?:\/|$)/;
/** Modules that talk to the outside world (Telegram, files, databases, the process) or wire the bot together. */
const ADAPTERS = [
  "bot/",
  "store/",
  "telegram/",
  "local/",
  "cli/",
  "i18n/load.ts",
  "webhook.ts",
  "main.ts",
  "chat.ts",
  "deps.ts",
  "load-config.ts",
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith(".ts") ? [full] : [];
  });
}

/** Every module a file names: static imports and re-exports (type-only too), side-effect imports, import(). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm,
    /^\s*import\s+"([^"]+)"/gm,
    /\bimport\(\s*"([^"]+)"\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

/** A relative import as a path from the repository root ("src/bot/index.ts"); a package stays as named. */
function resolve(file: string, specifier: string): string {
  return specifier.startsWith(".")
    ? path
        .relative(ROOT, path.resolve(path.dirname(file), specifier))
        .split(path.sep)
        .join("/")
    : specifier;
}

/** The room of a source file: its folder under src/, or the file itself when it lies in src/. */
const roomOf = (fromRoot: string): string => fromRoot.replace(/^src\//, "").split("/")[0]!;

const SOURCES = filesUnder(SRC).map((file) => ({
  file: path.relative(ROOT, file).split(path.sep).join("/"),
  imports: importsOf(file).map((specifier) => resolve(file, specifier)),
}));

/** Rooms that import each other, directly or round a longer circle (Tarjan's strongly connected components). */
function circles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("boundaries between the rooms of the house", () => {
  it("reads the imports of every source file, type-only and multi-line ones included", () => {
    const round = SOURCES.find(({ file }) => file === "src/broadcast/round.ts");
    expect(round?.imports).toContain("src/broadcast/round-store.ts");
    expect(SOURCES.length).toBeGreaterThan(100);
  });

  it.each(DOMAIN)("src/%s imports no Telegram framework, i18n library, database driver or adapter", (folder) => {
    const files = SOURCES.filter(({ file }) => file.startsWith(`src/${folder}/`) && !ADAPTERS_IN_DOMAIN.includes(file));
    for (const { file, imports } of files) {
      const offending = imports.filter(
        (target) => FRAMEWORKS.test(target) || ADAPTERS.some((adapter) => target.startsWith(`src/${adapter}`)),
      );
      expect(offending, file).toEqual([]);
    }
  });

  it("src/ never imports tests/", () => {
    const offending = SOURCES.flatMap(({ file, imports }) =>
      imports.filter((target) => target.startsWith("tests/")).map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it("finds a circle of rooms when there is one", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
      ["d", new Set(["a"])],
    ]);
    expect(circles(graph)).toEqual([["a", "b", "c"]]);
  });

  it("no two folders of src/ import each other, directly or round a circle", () => {
    const graph = new Map<string, Set<string>>();
    const why = new Map<string, string>();
    for (const { file, imports } of SOURCES) {
      const from = roomOf(file);
      for (const target of imports.filter((target) => target.startsWith("src/"))) {
        const to = roomOf(target);
        if (to === from) continue;
        if (!graph.has(from)) graph.set(from, new Set());
        graph.get(from)!.add(to);
        why.set(`${from}->${to}`, `${file} -> ${target}`);
      }
    }
    // Each circle with the imports that close it, so the message says which line to move.
    const found = circles(graph).map((rooms) =>
      [...why.entries()]
        .filter(([edge]) => {
          const [from, to] = edge.split("->");
          return rooms.includes(from!) && rooms.includes(to!);
        })
        .map(([, example]) => example),
    );
    expect(found).toEqual([]);
  });
});
