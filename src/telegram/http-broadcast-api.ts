import { BotApiConnection, ConnectError, type HttpAnswer } from "./bot-api-connection.ts";
import { MAX_SENDS_IN_FLIGHT, type BroadcastApi, type ReservedLine } from "../broadcast/round.ts";

/** Telegram's refusal, with the fields of its error envelope, so `classifySendError` reads it like a GrammyError. */
class BotApiError extends Error {
  constructor(
    readonly error_code: number,
    readonly description: string,
    readonly parameters: { retry_after?: number; migrate_to_chat_id?: number } = {},
  ) {
    super(`sendMessage failed: ${error_code} ${description}`);
    this.name = "BotApiError";
  }
}

/**
 * The request left, but the connection failed or timed out before its answer came: Telegram may have delivered the
 * message, so the round must not send it again (`classifySendError` reads `inDoubt`).
 */
class SendInDoubtError extends Error {
  readonly inDoubt = true;
  constructor(cause: unknown) {
    super(`sendMessage got no answer: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = "SendInDoubtError";
  }
}

interface BotApiAnswer {
  ok?: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: BotApiError["parameters"];
}

function parseAnswer(raw: string): BotApiAnswer | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null ? (parsed as BotApiAnswer) : undefined;
  } catch {
    return undefined;
  }
}

/** A request with no answer after this long counts as a network error (the round retries it with backoff). */
const ANSWER_TIMEOUT_MS = 30_000;
/**
 * A connection idle this long is opened again before use rather than written to: servers close idle keep-alive
 * connections (Node's after 5 s), and a request written as the server closes would be lost, in doubt.
 */
const MAX_IDLE_MS = 4000;

/**
 * The round's one call, over keep-alive connections of its own (`BotApiConnection`). A bulk send is thousands of
 * identical small POSTs: at 2,000 messages/s the round process spent nearly all its CPU in grammY's general-purpose
 * client (over node-fetch) and fell behind the pace. No retries here: the round paces and retries itself. Failures
 * after the request left are reported as `SendInDoubtError`, so a lost answer never turns into a second copy of a
 * warning.
 *
 * `reserve` lends the least recently used connection that is open and idle (so all stay warm), after one turn of the
 * event loop in which a close or stray bytes from the server are seen; a message prepared on it is written before
 * the prepared function returns.
 */
export function createHttpBroadcastApi(options: {
  token: string;
  apiRoot: string;
  connections?: number;
}): Required<BroadcastApi> & { close(): Promise<void> } {
  const root = new URL(options.apiRoot);
  const path = `${root.pathname.replace(/\/+$/, "")}/bot${options.token}/sendMessage`;
  const lines = Array.from({ length: options.connections ?? MAX_SENDS_IN_FLIGHT }, () => ({
    connection: new BotApiConnection(root, ANSWER_TIMEOUT_MS),
  }));
  type Line = (typeof lines)[number];
  /**
   * Free lines in the order they were given back, least recently used first (so all stay warm), and free lines with
   * no usable connection. A round lends hundreds of lines a second: no scan or sort of them all per send.
   */
  const idle: Line[] = [];
  const unopened: Line[] = [...lines];
  const waiters = new Set<() => void>();
  const giveBack = (line: Line) => {
    idle.push(line);
    if (waiters.size > 0) for (const wake of [...waiters]) wake();
  };
  const freed = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        waiters.delete(wake);
        reject(signal?.reason);
      };
      const wake = () => {
        waiters.delete(wake);
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      waiters.add(wake);
      signal?.addEventListener("abort", onAbort, { once: true });
    });

  /** Writes a prepared request on `line` first thing (before any await) and resolves with Telegram's answer. */
  async function send(line: Line, request: Buffer, signal?: AbortSignal): Promise<unknown> {
    let answer: HttpAnswer;
    // Stopping the round drops the connection: the answer is not waited for (the delivery stays in doubt).
    const onAbort = () => line.connection.close();
    try {
      signal?.throwIfAborted();
      const answered = line.connection.post(request);
      signal?.addEventListener("abort", onAbort, { once: true });
      answer = await answered;
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof ConnectError) throw error;
      throw new SendInDoubtError(error);
    } finally {
      signal?.removeEventListener("abort", onAbort);
      giveBack(line);
    }
    const parsed = parseAnswer(answer.body);
    // A proxy's error page, say: the HTTP status is all there is to go by.
    if (!parsed) throw new BotApiError(answer.status, `HTTP ${answer.status} without a Bot API answer`);
    if (parsed.ok) return parsed.result;
    throw new BotApiError(
      parsed.error_code ?? answer.status,
      parsed.description ?? `HTTP ${answer.status}`,
      parsed.parameters,
    );
  }

  /** The least recently used free line whose connection is open and fresh; stale or closed ones move to `unopened`. */
  function takeWarm(): Line | undefined {
    for (let line = idle.shift(); line; line = idle.shift()) {
      if (line.connection.ready && Date.now() - line.connection.idleSince < MAX_IDLE_MS) return line;
      unopened.push(line);
    }
    return undefined;
  }

  async function reserve(signal?: AbortSignal): Promise<ReservedLine> {
    for (;;) {
      signal?.throwIfAborted();
      const warm = takeWarm();
      const line = warm ?? unopened.pop();
      if (!line) {
        await freed(signal);
        continue;
      }
      try {
        if (warm) {
          // A turn of the event loop, so that a close or stray bytes already on their way are seen first.
          await new Promise((resolve) => setImmediate(resolve));
        } else await line.connection.open(signal);
      } catch (error) {
        giveBack(line);
        throw error;
      }
      if (!line.connection.ready) {
        giveBack(line);
        continue;
      }
      let used = false;
      return {
        prepare: (chatId, text, sendOptions, signal) => {
          const request = line.connection.request(path, JSON.stringify({ chat_id: chatId, text, ...sendOptions }));
          return () => {
            used = true;
            return send(line, request, signal);
          };
        },
        release: () => {
          if (!used) giveBack(line);
          used = true;
        },
      };
    }
  }

  return {
    reserve,
    async sendMessage(chatId, text, sendOptions, signal) {
      return (await reserve(signal)).prepare(chatId, text, sendOptions, signal)();
    },
    async close() {
      for (const line of lines) line.connection.close();
    },
  };
}
