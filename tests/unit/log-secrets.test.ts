import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { configSecrets, parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";

const TOKEN = "123456:AAbbCCddEEffGGhh_token";
const SECRET = "webhook-secret-0123456789abcdef";
const PASSWORD = "pg pass/word!";

describe("secrets in logs", () => {
  it("the token, the webhook secret and the database password are scrubbed from every line", () => {
    const config = parseConfig({
      BOT_TOKEN: TOKEN,
      WEBHOOK_URL: "https://bot.example.org/hook",
      WEBHOOK_SECRET: SECRET,
      DATABASE_URL: `postgres://jobsafe:${encodeURIComponent(PASSWORD)}@db.internal:5432/jobsafe`,
    });
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: "info", secrets: configSecrets(config), destination });
    logger.fatal(
      { payload: { secret_token: SECRET, url: `https://api.telegram.org/bot${TOKEN}/setWebhook` } },
      `connect to postgres://jobsafe:${encodeURIComponent(PASSWORD)}@db.internal failed (${PASSWORD})`,
    );
    const line = lines.join("");
    expect(line).toContain("[redacted]");
    for (const secret of [TOKEN, SECRET, PASSWORD, encodeURIComponent(PASSWORD)]) expect(line).not.toContain(secret);
  });
});
