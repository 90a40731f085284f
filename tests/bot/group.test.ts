import { afterEach, describe, expect, it } from "vitest";
import type { Chat, User } from "grammy/types";
import { checkOffer, formatVerdict, formatVerdictCard } from "../../src/check/index.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const group: Chat.SupergroupChat = { id: -1001234, type: "supergroup", title: "海外工作交流群" };
const admin: User = { id: 11, is_bot: false, first_name: "Admin", language_code: "zh-cn" };
const member: User = { id: 12, is_bot: false, first_name: "Member", language_code: "en" };
const LURE =
  "缅甸妙瓦底高薪招聘客服，月薪3万，无需经验，包机票包吃住，到曼谷后专车接送过河，护照交公司保管，名额有限马上出发";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

async function setup(): Promise<TestBot> {
  testBot = await createTestBot();
  testBot.api.setChatAdmins(group.id, [admin.id]);
  return testBot;
}

const say = (bot: TestBot, from: User, text: string) => bot.handle(bot.updates.message(from, group, text));
const groupMessages = (bot: TestBot) => bot.api.transcript(group.id);

async function turnOnAutoWarn(bot: TestBot): Promise<void> {
  await say(bot, admin, "/groupsettings");
  const settings = groupMessages(bot).at(-1)!;
  await bot.handle(bot.updates.callback(admin, settings, "gs:on"));
}

describe("group mode", () => {
  it("stays quiet about chit-chat and lures until an admin turns auto-warn on", async () => {
    const bot = await setup();
    await say(bot, member, "大家好，有人知道曼谷哪里租房便宜吗？");
    await say(bot, member, LURE);
    expect(groupMessages(bot)).toEqual([]);
  });

  it("only admins can open or change the settings", async () => {
    const bot = await setup();
    await say(bot, member, "/groupsettings");
    expect(groupMessages(bot).at(-1)?.text).toBe(bot.translator.t("en", "group.admins_only"));
    await say(bot, admin, "/groupsettings");
    const settings = groupMessages(bot).at(-1)!;
    const calls = await (async () => {
      const before = bot.api.calls.length;
      await bot.handle(bot.updates.callback(member, settings, "gs:on"));
      return bot.api.calls.slice(before);
    })();
    expect(calls.map((c) => c.method)).toEqual(["getChatMember", "answerCallbackQuery"]);
    expect(await bot.store.getChat(group.id)).toBeUndefined();
  });

  it("with auto-warn on, warns once under a high-risk lure, never under chit-chat, and honours the cool-down", async () => {
    const bot = await setup();
    await turnOnAutoWarn(bot);
    expect(groupMessages(bot).at(-1)?.text).toContain(bot.translator.t("zh-hans", "group.needs_rights"));
    const before = groupMessages(bot).length;

    await say(bot, member, "今天天气不错，周末一起去吃火锅吧，大家有空吗？我请客，地点在市中心那家老店，欢迎都来！");
    await say(bot, member, LURE);
    const warnings = groupMessages(bot).slice(before);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.text).toContain(formatVerdictCard(checkOffer(LURE), "zh-hans", bot.translator));
    await say(bot, member, LURE + "！");
    expect(groupMessages(bot).slice(before)).toHaveLength(1);

    // The warning's button opens the full check of the lure it sits under.
    await bot.handle(bot.updates.callback(member, warnings[0]!, "gw"));
    expect(groupMessages(bot).at(-1)?.text).toBe(formatVerdict(checkOffer(LURE), "en", bot.translator));
  });

  it("/leave by an admin makes the bot leave and forget the group", async () => {
    const bot = await setup();
    await turnOnAutoWarn(bot);
    await say(bot, member, "/leave");
    expect(bot.api.calls.some((c) => c.method === "leaveChat")).toBe(false);
    await say(bot, admin, "/leave");
    expect(bot.api.calls.at(-1)?.method).toBe("leaveChat");
    expect(await bot.store.getChat(group.id)).toBeUndefined();
  });

  it("introduces itself once when added, and forgets the group when removed", async () => {
    const bot = await setup();
    const me = bot.api.botInfo;
    const change = (oldStatus: "left" | "member", newStatus: "member" | "kicked") =>
      bot.updates.raw({
        my_chat_member: {
          chat: group,
          from: admin,
          date: 0,
          old_chat_member: { status: oldStatus, user: me } as never,
          new_chat_member: { status: newStatus, user: me } as never,
        },
      });
    await bot.handle(change("left", "member"));
    expect(groupMessages(bot).map((m) => m.text)).toEqual([bot.translator.t("zh-hans", "group.added")]);
    await turnOnAutoWarn(bot);
    await bot.handle(change("member", "kicked"));
    expect(await bot.store.getChat(group.id)).toBeUndefined();
  });
});
