import { createServer, type Server } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { BotContext } from "./bot/context.ts";
import type { Logger } from "./logger.ts";

export interface WebhookServer {
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves Telegram's webhook posts at the path of WEBHOOK_URL, refusing any post without the secret token,
 * and `GET /healthz` for load balancers and orchestrators.
 */
export function startWebhookServer(options: {
  bot: Bot<BotContext>;
  url: string;
  secret: string;
  port: number;
  host?: string;
  logger: Logger;
}): Promise<WebhookServer> {
  const path = new URL(options.url).pathname;
  const handleUpdate = webhookCallback(options.bot, "http", { secretToken: options.secret, onTimeout: "return" });
  const server = createServer((request, response) => {
    const route = (request.url ?? "").split("?")[0];
    if (request.method === "GET" && route === "/healthz") {
      response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
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
