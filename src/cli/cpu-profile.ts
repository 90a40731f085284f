/**
 * Where a process spent its CPU, from the `.cpuprofile` that `node --cpu-prof` writes at exit: self time by module
 * (a package under node_modules, a file of ours, node's internals, the garbage collector) and by function, so a
 * benchmark can print it beside its figures instead of leaving the profile to be opened in a browser.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  /** Self time, ms. */
  ms: number;
  /** Share of the busy time (idle excluded). */
  share: number;
}

export interface ProfileSummary {
  busyMs: number;
  byModule: ProfileShare[];
  byFunction: ProfileShare[];
}

/** "node_modules/grammy/out/core/client.js" → "grammy"; "src/qa/match.ts" → "src/qa/match.ts". */
function moduleOf(url: string, functionName: string): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return "node internals";
  const ours = url.match(/\/(src|dist|tests)\/(.*)$/);
  return ours ? `${ours[1]}/${ours[2]}` : url;
}

function top(totals: Map<string, number>, busyMs: number, count: number): ProfileShare[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, share: ms / busyMs }));
}

/** Self time of `file`'s profile, busiest first; the idle time of an event loop waiting for I/O is left out. */
export function summariseCpuProfile(file: string, count = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") return;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    busyMs += ms;
    const module = moduleOf(frame.url, frame.functionName);
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    const where = frame.url ? ` ${module}:${frame.lineNumber + 1}` : "";
    const name = `${frame.functionName || "(anonymous)"}${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  return { busyMs, byModule: top(byModule, busyMs, count), byFunction: top(byFunction, busyMs, count) };
}

/** The summary as indented lines for a benchmark's output. */
export function formatProfileSummary(summary: ProfileSummary): string {
  const rows = (shares: ProfileShare[]) =>
    shares.map((s) => `    ${(100 * s.share).toFixed(1).padStart(5)}%  ${s.ms.toFixed(0).padStart(6)} ms  ${s.name}`);
  return [
    `  CPU profile: ${summary.busyMs.toFixed(0)} ms busy (idle left out); self time by module:`,
    ...rows(summary.byModule),
    "  by function:",
    ...rows(summary.byFunction),
  ].join("\n");
}
