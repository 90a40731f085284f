import net from "node:net";
import tls from "node:tls";

/** An answer of the Bot API: the HTTP status and the body as text. */
export interface HttpAnswer {
  status: number;
  body: string;
}

/** The request was not written (no connection could be opened, or it closed first): sending again is safe. */
export class ConnectError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ConnectError";
  }
}

const HEADERS_END = Buffer.from("\r\n\r\n");

/**
 * One keep-alive HTTP/1.1 connection to the Bot API that carries one request at a time and writes it to the socket
 * before `post` returns. That is what a warning round needs and no HTTP client promises (undici, like node:http,
 * writes a request on a reused connection a turn of the event loop later): the round records a delivery as
 * attempted and sends in the same turn, so a request still waiting in a client when the process died was recorded
 * but never left, and the resumed round missed that chat (issue 18). The answers are Telegram's, small JSON bodies
 * with a Content-Length (chunked ones are read too); anything else closes the connection.
 */
export class BotApiConnection {
  private socket: net.Socket | undefined;
  private received: Buffer[] = [];
  private answer: { resolve: (answer: HttpAnswer) => void; reject: (error: Error) => void } | undefined;
  /** When the last answer came (or the connection opened): an idle connection may be closed by the server. */
  idleSince = 0;

  constructor(
    private readonly origin: URL,
    private readonly answerTimeoutMs: number,
  ) {}

  /** Connected and carrying no request: `post` writes at once. */
  get ready(): boolean {
    return this.socket !== undefined && !this.socket.destroyed && this.socket.writable && !this.answer;
  }

  get busy(): boolean {
    return this.answer !== undefined;
  }

  /** Opens the connection (TCP, and TLS for https); rejects with `ConnectError` if it cannot. */
  async open(signal?: AbortSignal): Promise<void> {
    this.close();
    const secure = this.origin.protocol === "https:";
    const host = this.origin.hostname.replace(/^\[|\]$/g, "");
    const port = Number(this.origin.port || (secure ? 443 : 80));
    const socket = secure
      ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host, ALPNProtocols: ["http/1.1"] })
      : net.connect({ host, port });
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error & { code?: string }) => {
        signal?.removeEventListener("abort", onAbort);
        socket.destroy();
        reject(new ConnectError(error.code, `cannot connect to ${this.origin.host}: ${error.message}`));
      };
      const onAbort = () => fail(Object.assign(new Error("aborted"), { code: "ABORT_ERR" }));
      socket.once("error", fail);
      socket.setTimeout(this.answerTimeoutMs, () => fail(new Error(`no connection within ${this.answerTimeoutMs} ms`)));
      socket.once(secure ? "secureConnect" : "connect", () => {
        socket.off("error", fail);
        socket.setTimeout(0);
        socket.removeAllListeners("timeout");
        signal?.removeEventListener("abort", onAbort);
        resolve();
      });
      signal?.addEventListener("abort", onAbort, { once: true });
    });
    this.socket = socket;
    this.received = [];
    this.idleSince = Date.now();
    // Events of a connection already replaced (closed, then opened again) concern nobody.
    const current = () => this.socket === socket;
    socket.on("data", (chunk: Buffer) => current() && this.onData(chunk));
    socket.on("error", () => undefined);
    socket.on("close", () => current() && this.fail(new Error("the connection closed before the answer came")));
    socket.on("timeout", () => socket.destroy(new Error(`no answer within ${this.answerTimeoutMs} ms`)));
  }

  /** A POST of `body` (JSON) to `path`, ready for `post`: built apart, so that `post` does little but write it. */
  request(path: string, body: string): Buffer {
    return Buffer.from(
      `POST ${path} HTTP/1.1\r\nHost: ${this.origin.host}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }

  /**
   * Writes the request (`request`) to the socket first thing (the connection must be `ready`) and resolves with the
   * answer; rejects if the connection fails before it comes, when the request may have arrived.
   */
  post(request: Buffer): Promise<HttpAnswer> {
    const socket = this.socket;
    if (!socket || !this.ready) {
      // Closed by the server since it was lent: nothing was written, so sending again is safe.
      return Promise.reject(new ConnectError(undefined, "the connection closed before the request was written"));
    }
    socket.write(request);
    // Its answer comes in a later turn of the event loop, when these are in place.
    socket.setTimeout(this.answerTimeoutMs);
    return new Promise<HttpAnswer>((resolve, reject) => (this.answer = { resolve, reject }));
  }

  /** Ends the connection; a request still waiting for its answer fails (it may have arrived). */
  close(): void {
    this.socket?.destroy();
    this.fail(new Error("the connection was closed before the answer came"));
  }

  private onData(chunk: Buffer): void {
    if (!this.answer) {
      // Bytes nobody asked for: the connection cannot be trusted with the next request.
      this.close();
      return;
    }
    this.received.push(chunk);
    const data = this.received.length === 1 ? chunk : Buffer.concat(this.received);
    this.received = [data];
    const parsed = parseAnswer(data);
    if (parsed === "incomplete") return;
    this.received = [];
    if (parsed instanceof Error) {
      this.socket?.destroy();
      this.fail(parsed);
      return;
    }
    const { answer, keepAlive } = parsed;
    const waiting = this.answer;
    this.answer = undefined;
    this.socket?.setTimeout(0);
    this.idleSince = Date.now();
    if (!keepAlive) this.close();
    waiting.resolve(answer);
  }

  private fail(error: Error): void {
    const waiting = this.answer;
    this.answer = undefined;
    this.socket = undefined;
    waiting?.reject(error);
  }
}

/** One HTTP/1.1 answer from the start of `data`, "incomplete" if more is needed, or an Error if it cannot be read. */
function parseAnswer(data: Buffer): { answer: HttpAnswer; keepAlive: boolean } | "incomplete" | Error {
  const headersEnd = data.indexOf(HEADERS_END);
  if (headersEnd < 0) return data.length > 64 * 1024 ? new Error("answer headers too long") : "incomplete";
  const [statusLine = "", ...lines] = data.toString("latin1", 0, headersEnd).split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  if (!status) return new Error(`not an HTTP answer: ${statusLine.slice(0, 40)}`);
  const headers = new Map(
    lines.map((line) => {
      const colon = line.indexOf(":");
      return [
        line.slice(0, colon).trim().toLowerCase(),
        line
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      ] as const;
    }),
  );
  const keepAlive = headers.get("connection") !== "close" && statusLine.startsWith("HTTP/1.1");
  const start = headersEnd + HEADERS_END.length;
  if (headers.get("transfer-encoding")?.includes("chunked")) {
    const body = dechunk(data, start);
    return body === "incomplete" || body instanceof Error
      ? body
      : { answer: { status: Number(status), body }, keepAlive };
  }
  const length = Number(headers.get("content-length"));
  if (!Number.isInteger(length) || length < 0) return new Error("answer without a length");
  if (data.length < start + length) return "incomplete";
  // Bytes after the answer: it stands, but the connection cannot be trusted with another request.
  const trailing = data.length > start + length;
  const answer = { status: Number(status), body: data.toString("utf8", start, start + length) };
  return { answer, keepAlive: keepAlive && !trailing };
}

/** The body of a chunked answer starting at `offset`, once its last chunk has arrived. */
function dechunk(data: Buffer, offset: number): string | "incomplete" | Error {
  const parts: Buffer[] = [];
  for (let at = offset; ;) {
    const lineEnd = data.indexOf("\r\n", at);
    if (lineEnd < 0) return "incomplete";
    const size = parseInt(data.toString("latin1", at, lineEnd), 16);
    if (!Number.isInteger(size) || size < 0) return new Error("bad chunk size");
    const chunkStart = lineEnd + 2;
    if (size === 0) {
      // The last chunk, then an empty line (the Bot API sends no trailers).
      if (data.length < chunkStart + 2) return "incomplete";
      return Buffer.concat(parts).toString("utf8");
    }
    if (data.length < chunkStart + size + 2) return "incomplete";
    parts.push(data.subarray(chunkStart, chunkStart + size));
    at = chunkStart + size + 2;
  }
}
