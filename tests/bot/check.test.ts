import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Message, Update, User } from "grammy/types";
import { checkOffer, formatVerdict } from "../../src/check/index.ts";
import * as OpenCC from "opencc-js/cn2t";
import { privateChat } from "../../src/local/bot-api/updates.ts";
import { toHongKongWording } from "../../src/i18n/hong-kong.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";
import { createTestBot, LANGUAGE_CASES, type TestBot } from "../support/test-bot.ts";

const toTraditional = OpenCC.Converter({ from: "cn", to: "twp" });
const LURE_HANS =
  "高薪招聘客服，月薪3万，无需经验，包机票包吃住。到曼谷后公司派车接到妙瓦底，护照交给公司统一保管，不要告诉家人。";
const LURE = {
  "zh-hans": LURE_HANS,
  "zh-hant": toTraditional(LURE_HANS),
  en: "Customer service job in Myawaddy, Myanmar. Salary $3,000/month, no experience needed, free flight and housing. Our driver takes you from Bangkok across the river; hand your passport to HR on arrival.",
} as const;

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

const setup = async () => (testBot = await createTestBot({ burstWindowMs: 30 }));
const sentTexts = (calls: Array<{ method: string; payload: Record<string, unknown> }>) =>
  calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));

describe.each(LANGUAGE_CASES)("checking an offer in $locale", ({ locale, languageCode }) => {
  it("a pasted lure gets the graded, explained verdict with the follow-up buttons", async () => {
    const bot = await setup();
    const user = bot.user(languageCode);
    const calls = await user.send(LURE[locale]);
    const verdict = checkOffer(LURE[locale]);
    expect(verdict.level).toBe("high");
    // Telegram set to zh-HK: a Hong Kong reader, who reads the verdict in Hong Kong usage (as the answers).
    const usage = languageCode === "zh-hk" ? toHongKongWording : (text: string) => text;
    expect(sentTexts(calls)).toEqual([usage(formatVerdict(verdict, locale, bot.translator))]);
    const labels = user.buttons().map((b) => b.text);
    for (const key of [
      "offer.button.checklist",
      "offer.button.verify",
      "offer.button.sos",
      "offer.button.trip",
      "feedback.useful",
      "feedback.not_useful",
    ]) {
      expect(labels).toContain(usage(bot.translator.t(locale, key)));
    }
  });

  it("'Going anyway?' under a verdict opens safe-trip check-ins, and from there the trip wizard", async () => {
    const bot = await setup();
    const user = bot.user(languageCode);
    await user.send(LURE[locale]);
    await user.press(bot.translator.t(locale, "offer.button.trip"));
    expect(user.messages().at(-1)).toBe(bot.translator.t(locale, "trip.intro"));
    await user.press(bot.translator.t(locale, "trip.button.new"));
    expect(user.messages().at(-1)).toBe(
      `${bot.translator.t(locale, "trip.wizard.intro")}\n\n${bot.translator.t(locale, "trip.wizard.destination")}`,
    );
    // Someone who already has a trip sees it instead.
    await user.press(bot.translator.t(locale, "offer.button.trip"));
    expect(user.messages().at(-1)).toBe(bot.translator.t(locale, "trip.wizard.destination"));
  });

  it("a greeting gets no verdict", async () => {
    const bot = await setup();
    const user = bot.user(languageCode);
    const calls = await user.send(locale === "en" ? "hello there!" : "你好");
    const texts = sentTexts(calls);
    expect(texts).toHaveLength(1);
    for (const level of ["high", "warning", "low"] as const) {
      expect(texts[0]).not.toBe(formatVerdict({ ...checkOffer(""), level }, locale, bot.translator));
    }
  });
});

describe("what counts as the offer", () => {
  const human: User = { id: 501, is_bot: false, first_name: "Li", language_code: "zh-cn" };

  function forwarded(bot: TestBot, text: string, extra: Partial<Message> = {}): Update {
    return bot.updates.message(human, privateChat(human), text, {
      forward_origin: { type: "hidden_user", sender_user_name: "HR", date: 0 },
      ...extra,
    });
  }

  it("several forwarded messages within the burst window are checked together, with one answer", async () => {
    const bot = await setup();
    const parts = ["缅甸妙瓦底招客服", "月薪三万，包机票", "到了护照交公司保管"];
    for (const part of parts) await bot.handle(forwarded(bot, part));
    await bot.jobsafe.idle();
    const sent = sentTexts(bot.api.calls);
    expect(sent).toEqual([formatVerdict(checkOffer(parts.join("\n\n")), "zh-hans", bot.translator)]);
  });

  it("an album is one case: the caption is checked once, captionless items add nothing", async () => {
    const bot = await setup();
    const photo = [{ file_id: "p", file_unique_id: "u", width: 1, height: 1 }];
    const chat = privateChat(human);
    const caption = "柬埔寨西港招打字员，月薪2万U，免经验，公司报销机票";
    await bot.handle(
      bot.updates.raw({
        message: { message_id: 10, date: 0, chat, from: human, photo, caption, media_group_id: "g1" },
      }),
    );
    await bot.handle(
      bot.updates.raw({ message: { message_id: 11, date: 0, chat, from: human, photo, media_group_id: "g1" } }),
    );
    await bot.jobsafe.idle();
    expect(sentTexts(bot.api.calls)).toEqual([formatVerdict(checkOffer(caption), "zh-hans", bot.translator)]);
  });

  it("links hidden behind text are read as part of the offer", async () => {
    const bot = await setup();
    const user = bot.user("en");
    const text = "Easy typing job abroad, apply here";
    const url = "https://t.me/kk_park_hr_myawaddy";
    const calls = await user.run(
      bot.updates.message(user.user, privateChat(user.user), text, {
        entities: [{ type: "text_link", offset: 31, length: 4, url }],
      }),
    );
    expect(sentTexts(calls)).toEqual([formatVerdict(checkOffer(`${text}\n${url}`), "en", bot.translator)]);
  });

  it("user text quoted in the verdict is escaped, and the answer is HTML Telegram accepts", async () => {
    const bot = await setup();
    const user = bot.user("en");
    const offer = `<script>alert(1)</script> ${LURE.en} <b>bonus</b> & more`;
    const calls = await user.send(offer);
    const [text] = sentTexts(calls);
    expect(text).not.toContain("<script>");
    expect(() => parseTelegramHtml(text!)).not.toThrow();
  });

  it("offer texts are never stored; only anonymous counters are", async () => {
    const bot = await setup();
    await bot.user("zh-cn").send(LURE["zh-hans"]);
    await bot.store.flush();
    const stored = await readFile(path.join(bot.dataDir, "jobsafe.json"), "utf8");
    expect(stored).not.toContain("妙瓦底");
    expect((await bot.store.stats.totals()).checks).toEqual({ high: 1 });
  });
});

describe("/check", () => {
  it("alone, asks for the offer", async () => {
    const bot = await setup();
    const user = bot.user("zh-tw");
    await user.send("/check");
    expect(user.messages().at(-1)).toBe(bot.translator.t("zh-hant", "offer.prompt"));
  });

  it("with text, checks the text", async () => {
    const bot = await setup();
    const user = bot.user("en");
    const calls = await user.send(`/check ${LURE.en}`);
    expect(sentTexts(calls)).toEqual([formatVerdict(checkOffer(LURE.en), "en", bot.translator)]);
  });

  it("as a reply in a group, checks the replied message and answers under it", async () => {
    const bot = await setup();
    const group = { id: -100777, type: "supergroup" as const, title: "找工作群" };
    const poster: User = { id: 9, is_bot: false, first_name: "HR" };
    const asker: User = { id: 10, is_bot: false, first_name: "Mei", language_code: "zh-cn" };
    const lure = { message_id: 300, date: 0, chat: group, from: poster, text: LURE["zh-hans"] } as Message;
    await bot.handle(bot.updates.message(asker, group, "/check", { reply_to_message: lure } as Partial<Message>));
    const sent = bot.api.calls.filter((c) => c.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload).toMatchObject({
      chat_id: group.id,
      text: formatVerdict(checkOffer(LURE["zh-hans"]), "zh-hans", bot.translator),
      reply_parameters: { message_id: 300 },
    });

    // "Going anyway?" in a group points to the private chat, where a trip is set up (nothing personal in the group).
    const keyboard = (sent[0]?.payload.reply_markup as { inline_keyboard: Array<Array<Record<string, string>>> })
      .inline_keyboard;
    const tripButton = keyboard.flat().find((b) => b.text === bot.translator.t("zh-hans", "offer.button.trip"))!;
    const verdictMessage = { message_id: 301, date: 0, chat: group, text: "…" } as Message;
    await bot.handle(bot.updates.callback(asker, verdictMessage, tripButton.callback_data!));
    expect(bot.api.calls.filter((c) => c.method === "sendMessage").at(-1)?.payload).toMatchObject({
      chat_id: group.id,
      text: bot.translator.t("zh-hans", "trip.open_private", { link: "https://t.me/JobSafeBot?start=trip" }),
    });
  });
});

describe("feedback on a verdict", () => {
  it("is counted anonymously and thanked", async () => {
    const bot = await setup();
    const user = bot.user("en");
    await user.send(LURE.en);
    const calls = await user.press(bot.translator.t("en", "feedback.not_useful"));
    expect(calls.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(
      bot.translator.t("en", "feedback.thanks"),
    );
    const target = `v-high-${checkOffer(LURE.en).flags[0]!.id}`;
    expect((await bot.store.stats.totals()).feedback).toEqual({ [`${target}:not_useful`]: 1 });
    expect(user.messages().at(-1)).toBe(bot.translator.t("en", "feedback.ask_reason"));
    await user.press(bot.translator.t("en", "feedback.reason.unclear"));
    expect(user.messages().at(-1)).toBe(bot.translator.t("en", "feedback.thanks"));
    expect((await bot.store.stats.totals()).feedback).toMatchObject({ [`${target}:reason_unclear`]: 1 });
  });
});

/** An offer told inside a question, as people write it (not the wording of any rule). */
const OFFER_IN_QUESTION = {
  "zh-hans": "表哥介绍我去越南做电销，一个月两万，包机票，能去吗",
  "zh-hant": "表哥介紹我去泰國做電話行銷，一個月兩萬，來回機票公司出，可以去嗎？",
  en: "a friend offers me a data entry job in Laos, 1,200 USD a month, flight free, is it ok?",
} as const;

describe.each(LANGUAGE_CASES)("what a verdict shows in $locale", ({ locale, languageCode }) => {
  const headline = (level: "high" | "warning" | "low" | "notes") =>
    testBot!.translator.t(locale, `check.level.${level}.headline`);

  it("an offer described inside a question gets the verdict first, then the answer to the question", async () => {
    const bot = await setup();
    const user = bot.user(languageCode);
    await user.send(OFFER_IN_QUESTION[locale]);
    const [verdict, answer, ...rest] = user.messages();
    expect(rest).toEqual([]);
    expect([headline("high"), headline("warning")].some((h) => verdict!.startsWith(h))).toBe(true);
    // The second message is one of the scripted answers, not the menu or a request for the offer.
    expect(answer).toBeDefined();
    expect(answer).not.toBe(bot.translator.t(locale, "qa.no_match"));
    expect(answer).not.toBe(bot.translator.t(locale, "offer.prompt"));
  });

  it("an offer told in chat shorthand, saying only 'abroad' and an amount with no currency, still gets the verdict", async () => {
    const bot = await setup();
    const user = bot.user(languageCode);
    await user.send("ur english good? my boss need ppl for online chat job, abroad, 50k a month, we buy ticket for u");
    const [verdict] = user.messages();
    expect([headline("high"), headline("warning")].some((h) => verdict!.startsWith(h))).toBe(true);
  });

  it("a verdict that lists a red flag never says that no red flags were found", async () => {
    const bot = await setup();
    const user = bot.user(languageCode);
    const text =
      locale === "en"
        ? "Hiring customer service staff, free accommodation provided, apply today."
        : locale === "zh-hans"
          ? "招聘客服，包吃包住，今天就可以报名。"
          : "招聘客服，包吃包住，今天就可以報名。";
    await user.send(text);
    const [verdict] = user.messages();
    expect(verdict!.startsWith(headline("low"))).toBe(false);
    expect(verdict!.startsWith(headline("notes"))).toBe(true);
  });

  it("shows pay and fees as read, and quotes each phrase of the offer once", async () => {
    const bot = await setup();
    const user = bot.user(languageCode);
    const text =
      locale === "en"
        ? "Customer service in Bangkok, salary $2,500/month, processing fee of Ksh 200,000 before the visa."
        : locale === "zh-hans"
          ? "曼谷招客服，月薪2万5，入职前先交押金5000元。"
          : "曼谷招客服，月薪2萬5，入職前先交押金5000元。";
    await user.send(text);
    const [verdict] = user.messages();
    const pay = locale === "en" ? "$2,500/month" : locale === "zh-hans" ? "2万5" : "2萬5";
    const fee = locale === "en" ? "Ksh 200,000" : "5000元";
    expect(verdict).toContain(pay);
    expect(verdict).toContain(fee);
    const quoted = [...verdict!.matchAll(/[«“「]([^»”」]+)[»”」]/g)].map((m) => m[1]);
    expect(new Set(quoted).size).toBe(quoted.length);
  });
});
