/**
 * A round runner that dies with SIGKILL at a chosen instant, for tests/broadcast/round-kill.test.ts: the round process
 * as `npm run round` composes it (PostgreSQL store, the HTTP Bot API client), except that right after the
 * `KILL_AFTER_SENDS`-th `sendMessage` was called, once the code running then has handed its work to the sockets
 * (the next microtask), it kills itself. Whatever the client had not written to a socket by then never leaves, as
 * when a real process is killed.
 */
import type { BroadcastApi } from "../../src/broadcast/round.ts";
import { PgStore } from "../../src/store/pg-store.ts";
import { createHttpBroadcastApi } from "../../src/telegram/http-broadcast-api.ts";
import { runStoreRound } from "./support.ts";

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const killAfter = Number(env("KILL_AFTER_SENDS"));
const store = await PgStore.open({ connectionString: env("DATABASE_URL"), schema: env("SCHEMA") });
const http = createHttpBroadcastApi({ token: env("BOT_TOKEN"), apiRoot: env("API_ROOT") });
let calls = 0;
/** A send, killing the process once the `killAfter`-th call has returned and the code that made it has run. */
const dying =
  <Args extends unknown[]>(send: (...args: Args) => Promise<unknown>) =>
  (...args: Args): Promise<unknown> => {
    const answer = send(...args);
    if (++calls === killAfter) queueMicrotask(() => process.kill(process.pid, "SIGKILL"));
    return answer;
  };
const api: BroadcastApi = {
  sendMessage: dying(http.sendMessage),
  reserve: async (signal) => {
    const line = await http.reserve(signal);
    return {
      ...line,
      prepare: (...args) => {
        const sendNow = line.prepare(...args);
        return dying(() => sendNow());
      },
    };
  },
};
await runStoreRound(store, api, Number(env("RATE")));
throw new Error(`the round ended after ${calls} sends without being killed`);
