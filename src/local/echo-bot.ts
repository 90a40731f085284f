/**
 * The reference for PRODUCT.md §6's throughput bar: a bare grammY echo bot with the same transport as JobSafe —
 * `@grammyjs/runner` long polling with the same options — and one `ctx.reply`. `npm run bench -- throughput` runs
 * it against the same loopback stub as JobSafe's process.
 */
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "", { client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? "" } });
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
await bot.init();
const runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] }, silent: true } });
console.log("echo bot is polling for updates");
process.once("SIGTERM", () => void runner.stop());
