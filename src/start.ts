/**
 * What `npm start` runs (built to dist/main.js): it loads the bot's bundle (src/main.ts, built as CommonJS to
 * dist/main.cjs) with V8's code cache. Compiling the 1.4 MB bundle from source took about a third of the start-up to
 * polling: V8 scans all of it before running a line, and an ES module cannot be given a code cache on Node 20. The
 * cache is written by a process that ran without one (V8 rejects a cache made with other heap flags, so the build
 * cannot make it), a few seconds after start, once the functions of the start-up are compiled; it is named by a hash
 * of the bundle, so a rebuilt bundle never meets an old cache.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";

/** Long enough for the start-up's functions to be compiled (they are what the cache holds), short of the first users. */
const WRITE_CACHE_AFTER_MS = 3_000;

const bundle = fileURLToPath(new URL("./main.cjs", import.meta.url));
const source = readFileSync(bundle, "utf8");
const cacheFile = `${bundle}.${createHash("sha1").update(source).digest("hex").slice(0, 16)}.cache`;

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

const cachedData = readCache();
// The wrapper Node itself gives a CommonJS module, and the bundle's own URL for its `import.meta.url`.
const script = new vm.Script(
  `(function (exports, require, module, __filename, __dirname, __jobsafeUrl) {${source}\n})`,
  // The bundle has no `import()` of its own: the build made each a `require`, which a script run this way has.
  { filename: bundle, ...(cachedData ? { cachedData } : {}) },
);

if (!cachedData || script.cachedDataRejected) {
  setTimeout(() => {
    // Written whole under another name and then renamed: two bots starting at once never read half a cache.
    const partial = `${cacheFile}.${process.pid}`;
    try {
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
      // The caches of earlier bundles are never read again: a rebuild each deploy must not fill the disk with them.
      const own = path.basename(cacheFile);
      const bundleName = path.basename(bundle);
      for (const name of readdirSync(path.dirname(bundle))) {
        if (name.startsWith(`${bundleName}.`) && name.endsWith(".cache") && name !== own) {
          rmSync(path.join(path.dirname(bundle), name), { force: true });
        }
      }
    } catch {
      // A read-only installation or a full disk starts without the cache, as fast as before it existed.
      rmSync(partial, { force: true });
    }
  }, WRITE_CACHE_AFTER_MS).unref();
}

const run = script.runInThisContext() as (...args: unknown[]) => void;
const module = { exports: {} };
run(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), pathToFileURL(bundle).href);
