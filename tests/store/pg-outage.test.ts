import net, { type AddressInfo, type Socket } from "node:net";
import { Writable } from "node:stream";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { html } from "../../src/i18n/html.ts";
import type { Params } from "../../src/i18n/translator.ts";
import { createLogger } from "../../src/logger.ts";
import { PgStore } from "../../src/store/pg-store.ts";
import { startWebhookServer, type WebhookServer } from "../../src/webhook.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";
import { TEST_DATABASE_URL } from "../support/stores.ts";

/** A TCP hop in front of the test PostgreSQL that can stall (stop answering) or refuse (go away), as a database does. */
async function pgProxy(): Promise<{ url: string; port: number; stall(): void; refuse(): Promise<void> }> {
  const upstream = new URL(TEST_DATABASE_URL);
  const sockets = new Set<Socket>();
  let stalled = false;
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on("error", () => undefined);
    if (stalled) return;
    const database = net.connect(Number(upstream.port || 5432), upstream.hostname);
    sockets.add(database);
    database.on("error", () => client.destroy());
    client.on("error", () => database.destroy());
    client.on("close", () => database.destroy());
    database.on("close", () => client.destroy());
    client.pipe(database).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const url = new URL(TEST_DATABASE_URL);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    port,
    stall() {
      stalled = true;
      for (const socket of sockets) {
        socket.unpipe();
        socket.pause();
      }
    },
    async refuse() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

const SCHEMA = `jobsafe_outage_${process.pid}`;
let testBot: TestBot | undefined;
let server: WebhookServer | undefined;
afterEach(async () => {
  await server?.close();
  await testBot?.close().catch(() => undefined);
  server = undefined;
  testBot = undefined;
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await client.end();
});

async function serve(store: PgStore): Promise<string> {
  testBot = await createTestBot({ store });
  server = await startWebhookServer({
    bot: testBot.jobsafe.bot,
    store,
    healthTimeoutMs: 500,
    url: "https://jobsafe.example.org/telegram",
    secret: "s3cret-token-for-tests",
    port: 0,
    host: "127.0.0.1",
    logger: createLogger({ level: "silent" }),
  });
  return `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/healthz`;
}

describe("PostgreSQL going away", () => {
  it("/healthz answers 503 within its timeout when PostgreSQL stalls", async () => {
    const proxy = await pgProxy();
    const healthz = await serve(await PgStore.open({ connectionString: proxy.url, schema: SCHEMA }));
    expect((await fetch(healthz)).status).toBe(200);
    proxy.stall();
    const started = Date.now();
    const response = await fetch(healthz);
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(3000);
    await proxy.refuse();
  });

  it("/healthz answers 503 when PostgreSQL refuses connections, and the broken connections are logged", async () => {
    const proxy = await pgProxy();
    const lines: string[] = [];
    const logger = createLogger({
      level: "info",
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    const store = await PgStore.open({ connectionString: proxy.url, schema: SCHEMA, logger });
    const healthz = await serve(store);
    expect((await fetch(healthz)).status).toBe(200);
    await proxy.refuse();
    expect((await fetch(healthz)).status).toBe(503);
    expect(lines.join("")).toMatch(/PostgreSQL/);
  });

  it("a user whose update needs the database while it is down is asked to try again later", async () => {
    const proxy = await pgProxy();
    const store = await PgStore.open({ connectionString: proxy.url, schema: SCHEMA });
    testBot = await createTestBot({ store });
    await proxy.refuse();
    const user = testBot.user("en", 4545);
    await user.send("/forget");
    await user.press(testBot.translator.t("en", "forget.yes"));
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", "errors.storage_unavailable"));
  });

  it("while it is down, a danger message still gets the emergency card and answer, and /privacy its text", async () => {
    const proxy = await pgProxy();
    const store = await PgStore.open({ connectionString: proxy.url, schema: SCHEMA });
    testBot = await createTestBot({ store });
    await proxy.refuse();
    const t = (key: string, params?: Params) => testBot!.translator.t("en", key, params);
    const user = testBot.user("en", 4646);
    await user.send("We're from Kerala. My brother is held in a compound in Myawaddy and they beat him");
    // One message: the card, then the answer.
    const [reply] = user.messages();
    const cardAt = reply!.indexOf(t("sos.title"));
    expect(cardAt).toBeGreaterThanOrEqual(0);
    expect(reply!.indexOf(t("qa.trapped_help.answer", { contacts: html("") }).split("\n")[0]!)).toBeGreaterThan(cardAt);
    await user.send("/privacy");
    expect(user.messages().at(-1)).toBe(t("privacy.text"));
    expect(user.messages()).not.toContain(t("errors.storage_unavailable"));
  });

  it("a report in progress when it goes down: the answer to its question is not taken, and the user is told so", async () => {
    const proxy = await pgProxy();
    const store = await PgStore.open({ connectionString: proxy.url, schema: SCHEMA });
    testBot = await createTestBot({ store });
    const t = (key: string, params?: Params) => testBot!.translator.t("en", key, params);
    const user = testBot.user("en", 4747);
    await user.send("/report");
    expect(user.messages().at(-1)).toBe(t("report.ask_handle"));
    await proxy.refuse();
    await user.send("@hr_kevin_recruit");
    expect(user.messages().at(-1)).toBe(t("errors.progress_unavailable"));
    expect(user.messages()).not.toContain(t("report.ask_details"));
  });

  it("while it is up, free text gets no notice about saved progress", async () => {
    const store = await PgStore.open({ connectionString: TEST_DATABASE_URL, schema: SCHEMA });
    testBot = await createTestBot({ store });
    const user = testBot.user("en", 4848);
    await user.send("how do I check if an agency is licensed?");
    expect(user.messages()).not.toContain(testBot.translator.t("en", "errors.progress_unavailable"));
    expect(user.messages().length).toBeGreaterThan(0);
  });

  it("at start, an unreachable PostgreSQL is named with host and port, not called a corrupt file", async () => {
    const proxy = await pgProxy();
    await proxy.refuse();
    const error = await PgStore.open({ connectionString: proxy.url, schema: SCHEMA }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      `cannot reach PostgreSQL at 127.0.0.1:${proxy.port} — check DATABASE_URL`,
    );
    expect((error as Error).message).not.toContain("backup");
  });
});
