import { Composer, Context, type Api } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { BotComposer } from "../../src/bot/composer.ts";
import { LOCAL_BOT_INFO } from "../../src/local/bot-api/in-process.ts";

type Make = () => Composer<Context>;

/**
 * A bot's routing in miniature: commands, buttons, a chain of filters on private text, an async predicate, a handler
 * that passes on, and a catch-all. Returns which handlers ran for `update`, in order, and the error if one escaped.
 */
async function route(make: Make, update: Update): Promise<string[]> {
  const ran: string[] = [];
  const root = make();
  const bounded = new (root.constructor as new () => Composer<Context>)();
  bounded.on("message:text").filter(
    (ctx) => ctx.msg.text === "boom" || ctx.msg.text === "boom, then pass on",
    (ctx) => {
      throw new Error(ctx.msg.text);
    },
  );
  bounded.hears("twice", async (_ctx, next) => {
    await next();
    await next();
  });
  bounded.hears("sync throw", () => {
    throw new Error("thrown at once");
  });
  root.errorBoundary(
    async (error, next) => {
      ran.push(`caught: ${(error.error as Error).message}`);
      if (error.ctx.msg?.text === "boom, then pass on") await next();
    },
    bounded,
    (_ctx, next) => {
      ran.push("inside the boundary");
      return next();
    },
  );
  root.command("start", () => void ran.push("start"));
  root.callbackQuery(/^menu:/, () => void ran.push("menu button"));
  root.on("message:text").filter(
    (ctx) => ctx.msg.text === "pass on",
    async (_ctx, next) => {
      ran.push("passes on");
      await next();
    },
  );
  root
    .chatType("private")
    .on(["message:text", "message:caption"])
    .filter((ctx) => !ctx.msg.text?.startsWith("/"))
    .drop(
      async (ctx) => ctx.msg.text === "async no",
      () => void ran.push("private text"),
    );
  root.filter(
    () => {
      throw new Error("predicate failed");
    },
    () => void ran.push("never"),
  );
  root.use(() => void ran.push("catch-all"));
  const ctx = new Context(update, {} as Api, LOCAL_BOT_INFO as UserFromGetMe);
  try {
    await root.middleware()(ctx, () => Promise.resolve());
  } catch (error) {
    ran.push(`error: ${(error as Error).message}`);
  }
  return ran;
}

const from = { id: 7, is_bot: false, first_name: "Ana" };
const text = (value: string, type: "private" | "group" = "private"): Update => ({
  update_id: 1,
  message: {
    message_id: 1,
    date: 0,
    chat: type === "private" ? { id: 7, type, first_name: "Ana" } : { id: -7, type, title: "g" },
    from,
    text: value,
    ...(value.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: value.length }] } : {}),
  },
});
const button = (data: string): Update => ({
  update_id: 2,
  callback_query: { id: "q", from, chat_instance: "c", data },
});

describe("BotComposer", () => {
  const updates: Array<[string, Update]> = [
    ["/start", text("/start")],
    ["a menu button", button("menu:sos")],
    ["another button", button("other")],
    ["private text", text("is this job safe?")],
    ["text an async predicate drops", text("async no")],
    ["text a handler passes on", text("pass on")],
    ["group text", text("hello", "group")],
    ["an error caught by the boundary", text("boom")],
    ["an error whose handler passes on", text("boom, then pass on")],
    ["a second call of next", text("twice")],
    ["a handler that throws at once", text("sync throw")],
  ];

  it.each(updates)("routes %s to the same handlers as grammY's own Composer", async (_name, update) => {
    const ours = await route(() => new BotComposer<Context>(), update);
    expect(ours).toEqual(await route(() => new Composer<Context>(), update));
    expect(ours.length).toBeGreaterThan(0);
  });

  it("answers a private text with the private-text handler and stops there", async () => {
    const ours = await route(() => new BotComposer<Context>(), text("is this job safe?"));
    expect(ours).toEqual(["inside the boundary", "private text"]);
  });

  it("runs a step added to a nested composer after updates were handled, in its place, as grammY does", async () => {
    const routeTwice = async (make: Make): Promise<string[][]> => {
      const ran: string[] = [];
      const feature = make();
      const inner = feature.use((_ctx, next) => (ran.push("inner first"), next()));
      const root = make();
      root.use(feature, (_ctx, next) => (ran.push("after the feature"), next()));
      const handle = async (): Promise<string[]> => {
        ran.length = 0;
        const ctx = new Context(text("hello"), {} as Api, LOCAL_BOT_INFO as UserFromGetMe);
        await root.middleware()(ctx, () => Promise.resolve());
        return [...ran];
      };
      const before = await handle();
      inner.use((_ctx, next) => (ran.push("inner added later"), next()));
      feature.on("message:text", (_ctx, next) => (ran.push("feature's text handler"), next()));
      return [before, await handle()];
    };
    const ours = await routeTwice(() => new BotComposer<Context>());
    expect(ours[1]).toEqual(["inner first", "inner added later", "feature's text handler", "after the feature"]);
    expect(ours).toEqual(await routeTwice(() => new Composer<Context>()));
  });
});
