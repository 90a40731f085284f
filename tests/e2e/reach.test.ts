import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { checkOffer, formatVerdictCard } from "../../src/check/index.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";
import { startBotProcess, type BotProcess } from "../../src/local/bot-process.ts";

const translator = loadTranslator();
const plain = (html: string) => parseTelegramHtml(html).text;
const ADMIN = 5001;
const ADMIN_CHAT = -1009000;
const LURE = "缅甸妙瓦底高薪招聘客服，月薪3万，无需经验，包机票包吃住，到曼谷后专车接送过河，护照交公司保管";

function buttonData(message: Message, label: string): string {
  const button = message.reply_markup?.inline_keyboard.flat().find((b) => b.text === label);
  if (!button || !("callback_data" in button)) throw new Error(`no button ${label}`);
  return button.callback_data;
}

describe("groups, inline mode, reports and admin statistics against the loopback Bot API", () => {
  let stub: BotApiStub;
  let bot: BotProcess;
  beforeAll(async () => {
    stub = await startBotApiStub();
    bot = await startBotProcess({
      stub,
      dataDir: await mkdtemp(path.join(tmpdir(), "jobsafe-reach-")),
      env: { ADMIN_IDS: String(ADMIN), ADMIN_CHAT_ID: String(ADMIN_CHAT) },
    });
  });
  afterAll(async () => {
    await bot.stop();
    await stub.close();
  });

  it.each([
    ["zh-hans", "zh-hans", -1001001],
    ["zh-hk", "zh-hant", -1001002],
    ["en", "en", -1001003],
  ] as const)(
    "a %s group admin turns on auto-warn; a lure gets one warning; a non-admin is refused",
    async (code, locale, groupId) => {
      const group = { id: groupId, type: "supergroup" as const, title: "Jobs" };
      const admin = { id: 6000 + groupId, first_name: "Ad", language_code: code };
      const member = { id: 7000 + groupId, first_name: "Me", language_code: code };
      stub.setChatAdmins(group.id, [admin.id]);
      stub.sendText(member, "/groupsettings", group);
      expect((await stub.waitForMessage(group.id)).text).toBe(plain(translator.t(locale, "group.admins_only")));
      stub.sendText(admin, "/groupsettings", group);
      const settings = await stub.waitForMessage(group.id);
      stub.pressButton(admin, settings, buttonData(settings, translator.t(locale, "group.autowarn_turn_on")));
      await stub.waitFor((call) => call.method === "editMessageText" && call.payload.chat_id === group.id);
      stub.sendText(member, "周末一起吃火锅吗？地点在市中心那家老店，欢迎大家都来，我请客！", group);
      stub.sendText(member, LURE, group);
      const warning = await stub.waitForMessage(group.id);
      expect(warning.text).toContain(plain(formatVerdictCard(checkOffer(LURE), locale, translator)));
      // The refusal, the settings message (edited in place) and one warning: nothing for the chit-chat.
      expect(stub.transcript(group.id).filter((m) => m.from?.is_bot)).toHaveLength(3);
    },
  );

  it.each([
    ["zh-hans", "zh-hans", 8101],
    ["zh-tw", "zh-hant", 8102],
    ["en", "en", 8103],
  ] as const)("inline mode answers a %s user with checklist cards and a verdict card", async (code, locale, id) => {
    const from = { id, is_bot: false, first_name: "In", language_code: code };
    stub.pushUpdate({ inline_query: { id: `q${id}`, from, query: "", offset: "" } });
    const empty = await stub.waitFor(
      (call) => call.method === "answerInlineQuery" && call.payload.inline_query_id === `q${id}`,
    );
    expect((empty.payload.results as unknown[]).length).toBe(5);
    stub.pushUpdate({ inline_query: { id: `v${id}`, from, query: LURE, offset: "" } });
    const verdict = await stub.waitFor(
      (call) => call.method === "answerInlineQuery" && call.payload.inline_query_id === `v${id}`,
    );
    const first = (verdict.payload.results as Array<{ title: string }>)[0];
    // The lure is typed in Chinese: its card is in Chinese whatever Telegram's language.
    const cardLocale = locale === "en" ? "zh-hans" : locale;
    expect(first?.title).toBe(plain(translator.t(cardLocale, "check.level.high.headline")));
  });

  it.each([
    ["zh-hans", "zh-hans", 8201],
    ["zh-hk", "zh-hant", 8202],
    ["en", "en", 8203],
  ] as const)(
    "a %s user reports a recruiter with consent; the admins' chat gets it; /stats counts it",
    async (code, locale, id) => {
      const user = { id, first_name: "Re", language_code: code };
      let seen = 0;
      const next = () => stub.waitForMessage(id, 5000, seen++);
      stub.sendText(user, "/report");
      await next();
      stub.sendText(user, "@hr_kk_<park>");
      await next();
      stub.sendText(user, "asked for my passport & a deposit");
      const confirm = await next();
      stub.pressButton(user, confirm, buttonData(confirm, translator.t(locale, "report.send")));
      await stub.waitFor((call) => call.method === "editMessageText" && call.payload.chat_id === id);
      const forwarded = stub.lastMessage(ADMIN_CHAT)!;
      expect(forwarded.text).toContain("@hr_kk_<park>");

      const admin = { id: ADMIN, first_name: "Op", language_code: "en" };
      stub.sendText(admin, "/stats");
      const stats = await stub.waitForMessage(ADMIN);
      expect(stats.text).toMatch(/reports\s+[1-3]/);
    },
  );
});
