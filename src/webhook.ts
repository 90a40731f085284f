import { createServer, type Server } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { BotContext } from "./bot/context.ts";
import type { Logger } from "./logger.ts";
import type { Store } from "./store/store.ts";

/** How long /healthz waits for the store before it answers 503. */
const HEALTH_TIMEOUT_MS = 2000;

/** Resolves true when the store answers in time. */
async function storeAnswers(store: Pick<Store, "ping">, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const ping = store.ping().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface WebhookServer {
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves Telegram's webhook posts at the path of WEBHOOK_URL, refusing any post without the secret token,
 * and `GET /healthz` for load balancers and orchestrators: 200 when the store answers within `healthTimeoutMs`,
 * 503 when it fails or stalls (PostgreSQL down), so traffic goes to an instance that can serve it.
 */
export function startWebhookServer(options: {
  bot: Bot<BotContext>;
  url: string;
  secret: string;
  port: number;
  host?: string;
  logger: Logger;
  store: Pick<Store, "ping">;
  healthTimeoutMs?: number;
}): Promise<WebhookServer> {
  const path = new URL(options.url).pathname;
  const handleUpdate = webhookCallback(options.bot, "http", { secretToken: options.secret, onTimeout: "return" });
  const server = createServer((request, response) => {
    const route = (request.url ?? "").split("?")[0];
    if (request.method === "GET" && route === "/healthz") {
      void storeAnswers(options.store, options.healthTimeoutMs ?? HEALTH_TIMEOUT_MS).then((ok) => {
        if (!ok) options.logger.warn("health check: the store did not answer");
        response
          .writeHead(ok ? 200 : 503, { "content-type": "application/json" })
          .end(ok ? '{"ok":true}' : '{"ok":false,"error":"store unavailable"}');
      });
      return;
    }
    if (request.method !== "POST" || route !== path) {
      response.writeHead(404).end();
      return;
    }
    handleUpdate(request, response).catch((error: unknown) => {
      options.logger.error({ err: error }, "webhook update failed");
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () =>
      resolve({ server, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}
