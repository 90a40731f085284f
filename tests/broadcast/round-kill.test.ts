import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import type { Store } from "../../src/store/store.ts";
import { createHttpBroadcastApi } from "../../src/telegram/http-broadcast-api.ts";
import { countDeliveries } from "../../src/cli/bench-round.ts";
import { STORE_FACTORIES, TEST_DATABASE_URL } from "../support/stores.ts";
import { makeSubs, runStoreRound } from "./support.ts";

const postgres = STORE_FACTORIES.find((factory) => factory.name === "postgres")!;
const SUBSCRIBERS = 300;
const RATE = 2000;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Runs tests/broadcast/dying-round.ts until it kills itself after `killAfter` sends; resolves to its signal. */
function dyingRound(stub: BotApiStub, schema: string, killAfter: number): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ["--import", "tsx", new URL("./dying-round.ts", import.meta.url).pathname], {
    env: {
      PATH: process.env.PATH ?? "",
      DATABASE_URL: TEST_DATABASE_URL,
      SCHEMA: schema,
      BOT_TOKEN: stub.token,
      API_ROOT: stub.apiRoot,
      RATE: String(RATE),
      KILL_AFTER_SENDS: String(killAfter),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on("exit", (code, signal) =>
      signal ? resolve(signal) : reject(new Error(`the dying round exited with ${code}: ${errors}`)),
    ),
  );
}

/** Resumes the round once the database has ended the dead runner's session, and with it the round lock. */
async function resume(store: Store, stub: BotApiStub) {
  const api = createHttpBroadcastApi({ token: stub.token, apiRoot: stub.apiRoot });
  try {
    for (let tries = 1; ; tries++) {
      const summary = await runStoreRound(store, api, RATE);
      if (summary.status !== "busy" || tries === 100) return summary;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await api.close();
  }
}

describe("a round on PostgreSQL killed with SIGKILL right after handing sends to the HTTP client", () => {
  // The first send of a run, one during the start-up burst, one in full flow: a delivery recorded as attempted must
  // have its request on the wire at every instant, or the resumed round closes it unconfirmed and the chat gets nothing.
  it.each([1, 40, 200])(
    "after send %i: the resumed round misses nobody and sends nobody twice",
    async (killAfter) => {
      const created = await postgres.create();
      cleanups.push(created.dispose, () => created.store.close());
      for (const sub of makeSubs(SUBSCRIBERS)) await created.store.subscriptions.subscribe(sub);
      const stub = await startBotApiStub({ recordCalls: false });
      cleanups.push(() => stub.close());

      expect(await dyingRound(stub, created.location, killAfter)).toBe("SIGKILL");
      const summary = await resume(created.store, stub);

      expect(summary).toMatchObject({ status: "completed", resumed: true, planned: SUBSCRIBERS });
      expect(countDeliveries(stub, SUBSCRIBERS)).toEqual({ duplicates: 0, missed: 0 });
      // A child process under tsx starts slowly on a loaded machine.
    },
    60_000,
  );
});
