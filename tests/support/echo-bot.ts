/**
 * The reference for PRODUCT.md §6's throughput bar: a bare grammY echo bot, nothing but `bot.start()` long polling
 * and one `ctx.reply`. `npm run bench -- throughput` runs it against the same loopback stub as JobSafe's process.
 */
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN ?? "", { client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? "" } });
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
process.once("SIGTERM", () => void bot.stop());
await bot.start({ drop_pending_updates: true, onStart: () => console.log("echo bot is polling for updates") });
