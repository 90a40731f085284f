import { HttpError, type Transformer } from "grammy";
import { BotApiConnection } from "./bot-api-connection.ts";

/**
 * Calls that never carry a file and are what answering an update sends: these go over `BotApiConnection`s. Anything
 * else (uploads, getUpdates with its long poll and abort signal, rare calls) keeps grammY's own client.
 */
const LEAN_METHODS = new Set([
  "sendMessage",
  "editMessageText",
  "editMessageReplyMarkup",
  "answerCallbackQuery",
  "answerInlineQuery",
  "sendChatAction",
  "deleteMessage",
]);

/**
 * A connection idle this long is opened again rather than written to: a peer or NAT that dropped it silently would
 * leave the answer waiting for minutes. Shorter idle connections are reused (a closed one is seen and opened again),
 * so a quiet bot does not pay a new TLS handshake per answer; a request written just as the server closes the
 * connection fails as with grammY's client, and auto-retry sends it again.
 */
const MAX_IDLE_MS = 30_000;

/** As grammY's client: an answer that does not come in this long fails the call (auto-retry may try again). */
const ANSWER_TIMEOUT_MS = 500_000;

/** grammY drops null values from payloads; `JSON.stringify` keeps them, so a body that may hold one is redone. */
const dropNull = (_key: string, value: unknown): unknown => value ?? undefined;

/**
 * A transformer, installed first (innermost), that sends an update's answers over a pool of keep-alive
 * connections of its own instead of grammY's client over node-fetch. Under a burst, grammY's per-call machinery
 * (a JSON replacer over the whole payload, a walk for files, an AbortController, a 500 s timer and a race of three
 * promises, node-fetch's Request, Headers and body stream, node:http's agent and parser) was about a quarter of the
 * bot's CPU; here a call is one `JSON.stringify`, one socket write and a small parse of the answer. What callers see
 * is grammY's: the answer's envelope (so `GrammyError`s come as before), and an `HttpError` for a network failure,
 * which auto-retry retries.
 */
export function createLeanApiTransport(options: {
  token: string;
  apiRoot: string;
  /** Connections at most; a call finding all busy waits for one. */
  connections: number;
}): { transformer: Transformer; close(): void } {
  const root = new URL(options.apiRoot);
  const pathPrefix = `${root.pathname.replace(/\/+$/, "")}/bot${options.token}/`;
  const all: BotApiConnection[] = [];
  /** Free connections, the most recently used last: taken from the end, so few stay warm and none go stale. */
  const free: BotApiConnection[] = [];
  const waiting: Array<(connection: BotApiConnection) => void> = [];

  function take(): BotApiConnection | Promise<BotApiConnection> {
    const connection = free.pop();
    if (connection) return connection;
    if (all.length < options.connections) {
      const created = new BotApiConnection(root, ANSWER_TIMEOUT_MS);
      all.push(created);
      return created;
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function giveBack(connection: BotApiConnection): void {
    const next = waiting.shift();
    if (next) next(connection);
    else free.push(connection);
  }

  async function post(method: string, body: string): Promise<string> {
    const connection = await take();
    try {
      // A connection closed, or idle too long to trust, is opened again before use.
      if (!connection.ready || Date.now() - connection.idleSince >= MAX_IDLE_MS) await connection.open();
      return (await connection.post(connection.request(pathPrefix + method, body))).body;
    } finally {
      giveBack(connection);
    }
  }

  const transformer: Transformer = async (prev, method, payload, signal) => {
    if (signal !== undefined || !LEAN_METHODS.has(method)) return prev(method, payload, signal);
    let body = JSON.stringify(payload);
    if (body.includes("null")) body = JSON.stringify(payload, dropNull);
    let answer: string;
    try {
      answer = await post(method, body);
    } catch (error) {
      throw new HttpError(`Network request for '${method}' failed!`, error);
    }
    try {
      return JSON.parse(answer) as Awaited<ReturnType<typeof prev>>;
    } catch (error) {
      // A proxy's error page, say: as grammY's `res.json()` failing.
      throw new HttpError(`Network request for '${method}' failed!`, error);
    }
  };

  return {
    transformer,
    close() {
      for (const connection of all) connection.close();
    },
  };
}
