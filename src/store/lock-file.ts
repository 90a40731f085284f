/**
 * A lock file that dies with its holder, for the journal store's round lock (`rounds.lock`). Node has no portable
 * OS file lock, so the file names its holder by pid *and* by the kernel's start time of that process: a pid alone
 * outlives its process (after a reboot or a container restart the pid is soon another process's, often pid 1), and a
 * lock trusted on the pid alone then blocks every round for good. The pair (pid, start time) names one process for as
 * long as the machine runs, so a lock is held exactly while that process runs.
 */
import { readFile, stat } from "node:fs/promises";

/** What `rounds.lock` says about its holder. `startTime` is missing in locks written before it was recorded. */
export interface LockHolder {
  pid: number;
  /** The process's start time in clock ticks since boot (`/proc/<pid>/stat`, field 22), as the kernel writes it. */
  startTime?: string;
  owner?: string;
  at?: string;
}

export type HolderStatus =
  { alive: true; holder: LockHolder } | { alive: false; holder: LockHolder | undefined; reason: string };

/** The kernel's start time of a running process; undefined if it does not run, or where there is no /proc. */
export async function processStartTime(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces; fields after it are plain.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** When a running process started, in ms since the epoch (to the kernel's clock tick); undefined without /proc. */
async function processStartedAt(startTime: string): Promise<number | undefined> {
  try {
    const bootSeconds = /^btime (\d+)$/m.exec(await readFile("/proc/stat", "utf8"))?.[1];
    // USER_HZ is 100 on every Linux that Node supports.
    return bootSeconds === undefined ? undefined : Number(bootSeconds) * 1000 + Number(startTime) * 10;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The content a process writes into the lock file to hold it. */
export async function lockContent(owner: string): Promise<string> {
  const startTime = await processStartTime(process.pid);
  const holder: LockHolder = {
    pid: process.pid,
    ...(startTime ? { startTime } : {}),
    owner,
    at: new Date().toISOString(),
  };
  return `${JSON.stringify(holder)}\n`;
}

/**
 * Whether the process named in a lock file still holds it. Another process's lock is dead when its pid does not
 * run, or runs with another start time (the pid was reused). A lock without a start time (older versions) is dead
 * when the process with its pid started after the lock was written.
 */
export async function lockHolderStatus(lockFile: string): Promise<HolderStatus> {
  let holder: LockHolder;
  try {
    const parsed = JSON.parse(await readFile(lockFile, "utf8")) as Partial<LockHolder>;
    if (typeof parsed.pid !== "number" || !Number.isSafeInteger(parsed.pid) || parsed.pid <= 0) throw new Error();
    holder = { ...parsed, pid: parsed.pid };
  } catch {
    return { alive: false, holder: undefined, reason: "the lock file is unreadable or half-written" };
  }
  if (holder.pid === process.pid) {
    return { alive: false, holder, reason: "it was left by an earlier life of this process's pid" };
  }
  if (!isRunning(holder.pid)) return { alive: false, holder, reason: "its process no longer runs" };
  const startTime = await processStartTime(holder.pid);
  // No /proc (not Linux): the pid is all there is to go by.
  if (startTime === undefined) return { alive: true, holder };
  if (holder.startTime !== undefined) {
    return holder.startTime === startTime
      ? { alive: true, holder }
      : { alive: false, holder, reason: "its pid now belongs to another process (a different start time)" };
  }
  const startedAt = await processStartedAt(startTime);
  const writtenAt = (await stat(lockFile).catch(() => undefined))?.mtimeMs;
  if (startedAt !== undefined && writtenAt !== undefined && startedAt > writtenAt + 1000) {
    return { alive: false, holder, reason: "its pid now belongs to a process started after the lock was written" };
  }
  return { alive: true, holder };
}
