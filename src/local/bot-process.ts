import { spawn, type ChildProcess } from "node:child_process";
import type { BotApiStub } from "./bot-api/server.ts";
import { nodeScriptOf } from "./npm-script.ts";

const root = new URL("../../", import.meta.url).pathname;

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/**
 * Starts the real bot the way `npm start` does, pointed at the loopback stub.
 * Resolves once it is polling.
 */
export async function startBotProcess(options: {
  stub?: BotApiStub;
  dataDir: string;
  env?: Record<string, string>;
  /** Extra node flags before the script (e.g. `--cpu-prof` for a benchmark). */
  nodeArgs?: readonly string[];
  waitUntilPolling?: boolean;
}): Promise<BotProcess> {
  // The process `npm start` runs (after its build), so a signal, even SIGKILL, reaches the bot itself.
  const { env: startEnv, args: startArgs } = nodeScriptOf("start");
  const args = [...startArgs.slice(0, -1), ...(options.nodeArgs ?? []), ...startArgs.slice(-1)];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      ...startEnv,
      DATA_DIR: options.dataDir,
      LOG_LEVEL: "info",
      ...(options.stub ? { BOT_TOKEN: options.stub.token, TELEGRAM_API_ROOT: options.stub.apiRoot } : {}),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    listeners.forEach((listener) => listener());
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const waitForOutput = (pattern: RegExp, timeoutMs = 15_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (pattern.test(output)) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`timed out waiting for ${pattern} in bot output:\n${output}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });

  const botProcess: BotProcess = {
    child,
    output: () => output,
    waitForOutput,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
  if (options.waitUntilPolling ?? true) await waitForOutput(/is polling for updates/);
  return botProcess;
}
