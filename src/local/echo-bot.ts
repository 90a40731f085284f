/**
 * The reference for PRODUCT.md §6's throughput bar: a bare grammY echo bot with the same transport as JobSafe —
 * `@grammyjs/runner` long polling with the same options (`RUNNER_OPTIONS`), answers over the same keep-alive
 * connections (`createLeanApiTransport`) — and one `ctx.reply`.
 * `npm run bench -- throughput` runs it against the same loopback stub as JobSafe's process.
 */
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";
import { RUNNER_OPTIONS, UPDATES_IN_FLIGHT } from "../bot/polling.ts";
import { createLeanApiTransport } from "../telegram/lean-api-transport.ts";

const token = process.env.BOT_TOKEN ?? "";
const apiRoot = process.env.TELEGRAM_API_ROOT ?? "";
const bot = new Bot(token, { client: { apiRoot } });
bot.api.config.use(createLeanApiTransport({ token, apiRoot, connections: UPDATES_IN_FLIGHT }).transformer);
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
await bot.init();
const runner = run(bot, RUNNER_OPTIONS);
console.log("echo bot is polling for updates");
process.once("SIGTERM", () => void runner.stop());
