import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { checkOffer, formatVerdict } from "../../src/check/index.ts";
import { checklistIds, renderChecklist } from "../../src/content/checklists.ts";
import { FAMILY_GUIDE_SECTION_IDS, renderFamilyGuide } from "../../src/content/family-guide.ts";
import { qaEntryById } from "../../src/content/qa.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { answerText, composeQaReply } from "../../src/qa/reply.ts";
import { nationalityName, renderContacts, type Nationality } from "../../src/sos/directory.ts";
import { inEitherUsage } from "../support/usage.ts";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";
import { startBotProcess, type BotProcess } from "../../src/local/bot-process.ts";
import { nodeScriptOf } from "../../src/local/npm-script.ts";

const translator = loadTranslator();
const BOT_USERNAME = "jobsafe_e2e_bot";
/** What a user reads on screen for a translation (the stub stores messages as Telegram renders them). */
const shown = (locale: Locale, key: string, params?: Record<string, string>) =>
  parseTelegramHtml(translator.t(locale, key, params)).text;
/** The callback data of the button at row, column of a message's inline keyboard. */
function buttonData(message: Message, row: number, column: number): string {
  const button = message.reply_markup?.inline_keyboard[row]?.[column];
  if (!button || !("callback_data" in button)) throw new Error(`no callback button at ${row},${column}`);
  return button.callback_data;
}
const freshDir = () => mkdtemp(path.join(tmpdir(), "jobsafe-e2e-"));

describe("the bot process against a loopback Bot API", () => {
  let stub: BotApiStub;
  let bot: BotProcess;
  let dataDir: string;

  beforeAll(async () => {
    stub = await startBotApiStub({ botInfo: { username: BOT_USERNAME } });
    dataDir = await freshDir();
    bot = await startBotProcess({ stub, dataDir });
  });
  afterAll(async () => {
    await bot.stop();
    await stub.close();
  });

  it("runs with the variables and flags `npm start` gives node", async () => {
    const { env, args } = nodeScriptOf("start");
    expect(Object.keys(env)).toContain("MALLOC_ARENA_MAX");
    const environ = await readFile(`/proc/${bot.child.pid}/environ`, "utf8");
    for (const [name, value] of Object.entries(env)) expect(environ.split("\0")).toContain(`${name}=${value}`);
    const cmdline = await readFile(`/proc/${bot.child.pid}/cmdline`, "utf8");
    expect(cmdline.split("\0").slice(1, -1)).toEqual(args);
  });

  it("registers command menus and descriptions per language", async () => {
    await stub.waitFor((call) => call.method === "setMyShortDescription" && call.payload.language_code === undefined);
    const menus = stub.calls
      .filter((call) => call.method === "setMyCommands")
      .map((call) => `${(call.payload.scope as { type: string }).type}:${call.payload.language_code ?? "default"}`);
    expect(menus.sort()).toEqual([
      "all_chat_administrators:default",
      "all_chat_administrators:zh",
      "all_private_chats:default",
      "all_private_chats:zh",
    ]);
    expect(stub.calls.some((call) => call.method === "setMyDescription")).toBe(true);
  });

  it.each([
    ["zh-hans", 2001, "zh-hans"],
    ["zh-hk", 2002, "zh-hant"],
    ["en", 2003, "en"],
  ] as const)("/start from a %s user is answered in %s", async (languageCode, id, locale) => {
    stub.sendText(
      { id, first_name: "Ana", language_code: languageCode.slice(0, 2) === "zh" ? languageCode : "en" },
      "/start",
    );
    const reply = await stub.waitForMessage(id);
    expect(reply.text).toBe(shown(locale, "start.welcome", { name: "Ana" }));
    expect(reply.reply_markup?.inline_keyboard.flat()).toHaveLength(5);
  });

  it("junk input gets polite answers or is ignored, and the bot keeps serving", async () => {
    const user = { id: 2010, first_name: "Jo", language_code: "en" };
    stub.pushUpdate({
      message: {
        message_id: 1,
        date: 0,
        chat: { id: user.id, type: "private", first_name: "Jo" },
        from: { ...user, is_bot: false },
        sticker: {
          file_id: "s",
          file_unique_id: "s",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    });
    expect((await stub.waitForMessage(user.id)).text).toBe(shown("en", "unhandled.media"));
    stub.pushUpdate({
      channel_post: { message_id: 3, date: 0, chat: { id: -1001, type: "channel", title: "c" }, text: "/start" },
    });
    stub.pushUpdate({
      edited_message: {
        message_id: 1,
        date: 0,
        edit_date: 1,
        chat: { id: user.id, type: "private", first_name: "Jo" },
        from: { ...user, is_bot: false },
        text: "\u0000\uD800",
      },
    });
    stub.sendText(user, "/nonsense");
    expect((await stub.waitForMessage(user.id)).text).toBe(shown("en", "unhandled.unknown_command"));
    stub.sendText(user, "x".repeat(4096));
    stub.sendText(user, "/help");
    await stub.waitFor((call) => call.method === "sendMessage" && String(call.payload.text).includes("/privacy"));
    expect(stub.transcript(-1001)).toEqual([]);
  });

  it("a 429 from Telegram is waited out and the reply still arrives once", async () => {
    const user = { id: 2020, first_name: "Kim", language_code: "en" };
    stub.failNext("sendMessage", { code: 429, retryAfter: 1 }, 1, user.id);
    const started = Date.now();
    stub.sendText(user, "/privacy");
    const reply = await stub.waitForMessage(user.id, 10_000);
    expect(reply.text).toBe(shown("en", "privacy.text"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(stub.transcript(user.id)).toHaveLength(1);
  });

  it("a 5xx is retried", async () => {
    const user = { id: 2021, first_name: "Lee", language_code: "en" };
    stub.failNext("sendMessage", { code: 502 }, 1, user.id);
    stub.sendText(user, "/help");
    expect((await stub.waitForMessage(user.id, 10_000)).text).toContain("/start");
  });

  it("a user who blocked the bot does not take it down", async () => {
    const blocked = { id: 2030, first_name: "Max", language_code: "en" };
    stub.blockChat(blocked.id);
    stub.sendText(blocked, "/start");
    await stub.waitFor((call) => call.method === "sendMessage" && call.payload.chat_id === blocked.id);
    const other = { id: 2031, first_name: "Ned", language_code: "en" };
    stub.sendText(other, "/help");
    expect((await stub.waitForMessage(other.id)).text).toContain("/start");
    // Logged once the 403 comes back, which can be after the other user's answer: the two are handled concurrently.
    await bot.waitForOutput(/Telegram refused a call/, 5000);
  });

  it.each([
    [
      "zh-hans",
      2101,
      "zh-hans",
      "缅甸妙瓦底高薪招聘客服，月薪3万，无需经验，包机票，到了护照交公司保管",
      "旅游签证可以在泰国工作吗",
    ],
    [
      "zh-hk",
      2102,
      "zh-hant",
      "柬埔寨西港招打字員，月入2萬U，免經驗，公司報銷機票，走小路過境",
      "旅遊簽證可以在泰國工作嗎",
    ],
    [
      "en",
      2103,
      "en",
      "Data entry job in Myawaddy, $3,500/month, no experience, free flights; hand your passport to HR on arrival",
      "Can I work in Thailand on a tourist visa?",
    ],
  ] as const)(
    "a %s user checks an offer, asks a question, opens checklists, the family guide and /sos",
    async (languageCode, id, locale, offer, question) => {
      const user = { id, first_name: "Ana", language_code: languageCode };
      const plain = (html: string) => parseTelegramHtml(html).text;
      let seen = 0;
      const next = async () => stub.waitForMessage(id, 5000, seen++);

      stub.sendText(user, offer);
      // A Hong Kong reader reads the verdict in Hong Kong usage too.
      expect(inEitherUsage(locale, (await next()).text ?? "")).toBe(
        inEitherUsage(locale, plain(formatVerdict(checkOffer(offer), locale, translator))),
      );

      stub.sendText(user, question);
      // A Hong Kong reader reads the answer and the contacts in Hong Kong usage (src/i18n/hong-kong.ts).
      expect(inEitherUsage(locale, (await next()).text ?? "")).toBe(
        inEitherUsage(locale, plain(composeQaReply(matchQuestion(question), locale, translator).html)),
      );

      stub.sendText(user, "/checklist");
      const menu = await next();
      stub.pressButton(user, menu, buttonData(menu, 0, 0));
      expect((await next()).text).toBe(
        plain(renderChecklist(checklistIds[0]!, locale, translator, { botUsername: BOT_USERNAME })),
      );

      stub.sendText(user, "/family");
      const sections = await next();
      stub.pressButton(user, sections, buttonData(sections, 0, 0));
      expect((await next()).text).toBe(
        plain(renderFamilyGuide(FAMILY_GUIDE_SECTION_IDS[0], locale, translator, { botUsername: BOT_USERNAME })),
      );

      stub.sendText(user, "/sos");
      const ask = await next();
      // Whose citizen is asked first in every language, the likeliest first; this user is a Chinese citizen.
      const china = inEitherUsage(locale, nationalityName("cn", locale, translator));
      const chinaButton = ask.reply_markup?.inline_keyboard
        .flat()
        .find((button) => inEitherUsage(locale, button.text) === china);
      stub.pressButton(user, ask, chinaButton && "callback_data" in chinaButton ? chinaButton.callback_data! : "");
      const askCountry = await stub
        .waitFor((call) => call.method === "editMessageText" && call.payload.chat_id === id)
        .then(() => stub.lastMessage(id)!);
      stub.pressButton(user, askCountry, buttonData(askCountry, 0, 0)); // first country: Myanmar
      await stub.waitFor(
        (call) =>
          call.method === "editMessageText" &&
          call.payload.chat_id === id &&
          String(call.payload.text).includes("12308") &&
          // The question for where already lists the mainland's lines: the card is the edit after it.
          !inEitherUsage(locale, String(call.payload.text)).endsWith(
            inEitherUsage(locale, translator.t(locale, "sos.ask_country")),
          ),
      );
      expect(inEitherUsage(locale, stub.lastMessage(id)?.text ?? "")).toBe(
        inEitherUsage(locale, plain(renderContacts("cn", "mm", locale, translator))),
      );
    },
  );

  it.each([
    [
      "en",
      2201,
      "en",
      "ph",
      "in",
      "My brother is held in a compound in Myawaddy and they beat him",
      "We're from Kerala. ",
    ],
    ["zh-hans", 2202, "zh-hans", "cn", "tw", "我弟弟被关在妙瓦底的园区里，他们打他", "我们是台中人，"],
    ["zh-hant", 2203, "zh-hant", "tw", "hk", "我弟弟被關在妙瓦底的園區裡，他們打他", "我哋係香港人，"],
  ] as const)(
    "a %s user's danger message: whose numbers are asked with one tap, remembered, forgotten, and inferred from their words",
    async (languageCode, id, locale, tapped, named, danger, cue) => {
      const user = { id, first_name: "Ana", language_code: languageCode };
      const plain = (html: string) => parseTelegramHtml(html).text;
      const card = (nationality: Nationality) => plain(renderContacts(nationality, "mm", locale, translator));
      const answerHeadline = plain(answerText(qaEntryById("trapped_help")!, locale, translator).split("\n")[0]!);
      let seen = 0;
      const next = async () => stub.waitForMessage(id, 5000, seen++);

      // Unknown: the answer (lines for several nationalities), ending with one tap under it to say whose citizen.
      stub.sendText(user, danger);
      const ask = await next();
      expect(ask.text?.startsWith(answerHeadline)).toBe(true);
      expect(ask.text?.endsWith(shown(locale, "sos.ask_nationality"))).toBe(true);
      const tap = ask.reply_markup?.inline_keyboard
        .flat()
        .find((button) => button.text === nationalityName(tapped, locale, translator));
      stub.pressButton(user, ask, tap && "callback_data" in tap ? tap.callback_data : "");
      // The tap sends their card for the place the message named.
      expect((await next()).text).toBe(card(tapped));

      // Remembered: one message, the card leading (their government's line first), then the answer pointing to it
      // (a Cantonese message is answered in Hong Kong usage: compared in either usage).
      const leadsWithCard = (text: string | undefined, nationality: Nationality) => {
        const read = inEitherUsage(locale, text ?? "");
        expect(read.startsWith(inEitherUsage(locale, card(nationality)))).toBe(true);
        expect(read).toContain(inEitherUsage(locale, answerHeadline));
      };
      stub.sendText(user, danger);
      leadsWithCard((await next()).text, tapped);

      // Forgotten: the question comes back.
      stub.sendText(user, "/forget");
      const confirm = await next();
      const yes = confirm.reply_markup?.inline_keyboard
        .flat()
        .find((button) => button.text === translator.t(locale, "forget.yes"));
      stub.pressButton(user, confirm, yes && "callback_data" in yes ? yes.callback_data : "");
      await stub.waitFor((call) => call.method === "editMessageText" && call.payload.chat_id === id);
      stub.sendText(user, danger);
      expect((await next()).text?.endsWith(shown(locale, "sos.ask_nationality"))).toBe(true);

      // Inferred from their own words ("we're from Kerala", 台中人, Cantonese): their card at once.
      stub.sendText(user, cue + danger);
      leadsWithCard((await next()).text, named);
    },
  );

  it("never writes the token to its logs", () => {
    expect(bot.output()).not.toContain(stub.token.split(":")[1]);
  });
});

describe("restarts and shutdown", () => {
  let stub: BotApiStub;
  beforeAll(async () => {
    stub = await startBotApiStub();
  });
  afterAll(() => stub.close());
  const running: BotProcess[] = [];
  afterEach(async () => {
    for (const bot of running.splice(0)) await bot.stop("SIGKILL");
  });

  it("a language chosen with /language survives a restart; SIGTERM exits cleanly; /forget deletes it", async () => {
    const dataDir = await freshDir();
    const user = { id: 3001, first_name: "Ana", language_code: "en" };
    const first = await startBotProcess({ stub, dataDir });
    running.push(first);
    stub.sendText(user, "/language");
    const menu = await stub.waitForMessage(user.id);
    stub.pressButton(user, menu, buttonData(menu, 1, 0));
    await stub.waitFor((call) => call.method === "editMessageText" && call.payload.chat_id === user.id);
    expect(await first.stop("SIGTERM")).toBe(0);
    expect(first.output()).toContain("stopped cleanly");

    const second = await startBotProcess({ stub, dataDir });
    running.push(second);
    stub.sendText(user, "/start");
    expect((await stub.waitForMessage(user.id)).text).toBe(shown("zh-hant", "start.welcome", { name: "Ana" }));

    stub.sendText(user, "/forget");
    const confirm = await stub.waitForMessage(user.id);
    stub.pressButton(user, confirm, buttonData(confirm, 0, 0));
    // The forget's own edit: "已" alone also matches the language change made before the restart.
    const done = translator.t("zh-hant", "forget.done");
    await stub.waitFor((call) => call.method === "editMessageText" && call.payload.text === done);
    expect(await second.stop("SIGINT")).toBe(0);
    const stored = JSON.parse(await readFile(path.join(dataDir, "jobsafe.json"), "utf8"));
    expect(stored.users).toEqual({});
  });

  it("without BOT_TOKEN it exits with instructions", async () => {
    const bot = await startBotProcess({ dataDir: await freshDir(), waitUntilPolling: false });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain("@BotFather");
    expect(bot.output()).toContain("npm run chat");
  });

  it("a corrupt data file stops start-up, is named, and is left untouched", async () => {
    const dataDir = await freshDir();
    const file = path.join(dataDir, "jobsafe.json");
    await writeFile(file, "{ not json");
    const bot = await startBotProcess({ stub, dataDir, waitUntilPolling: false });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain(file);
    expect(await readFile(file, "utf8")).toBe("{ not json");
  });

  it("a token Telegram rejects is explained", async () => {
    const bot = await startBotProcess({
      stub,
      dataDir: await freshDir(),
      env: { BOT_TOKEN: "999:wrong-token-for-stub" },
      waitUntilPolling: false,
    });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain("401");
  });
});
