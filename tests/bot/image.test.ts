import { afterEach, describe, expect, it } from "vitest";
import type { Chat, Message, PhotoSize, Update, User } from "grammy/types";
import { checkOffer, formatVerdict } from "../../src/check/index.ts";
import { imageTextData, type ImageOptions } from "../../src/bot/features/image.ts";
import { escapeHtml } from "../../src/i18n/html.ts";
import { toHongKongWording } from "../../src/i18n/hong-kong.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { privateChat } from "../../src/local/bot-api/updates.ts";
import { OcrError, type ImageReader, type OcrFailure } from "../../src/ocr/pool.ts";
import { createTestBot, LANGUAGE_CASES, type TestBot, type TestUser } from "../support/test-bot.ts";

const LURE: Record<Locale, string> = {
  "zh-hans": "高薪招聘客服，月薪3万，无需经验，包机票包吃住。\n到曼谷后公司派车接到妙瓦底，护照交给公司统一保管。",
  "zh-hant": "高薪招聘客服，月薪3萬，無需經驗，包機票包吃住。\n到曼谷後公司派車接到妙瓦底，護照交給公司統一保管。",
  en: "Customer service job in Myawaddy, Myanmar. Salary $3,000/month, no experience needed.\nFree flight; our driver takes you from Bangkok across the river. Hand your passport to HR on arrival.",
};

/**
 * Files the bot can fetch: getFile answers for them and `download` serves their bytes, as the Bot API's file root
 * would. Each picture's bytes name the text the scripted reader "sees" in it.
 */
class PictureBoard {
  private readonly files = new Map<string, { bytes: Uint8Array; size: number }>();
  readonly texts = new Map<string, string | OcrFailure>();
  reads = 0;
  /** Resolves the pictures held back by `hold` (a slow picture). */
  private held: Array<() => void> = [];
  private holding = false;

  readonly reader: ImageReader = {
    read: async (image) => {
      this.reads++;
      if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
      const result = this.texts.get(Buffer.from(image).toString()) ?? "";
      if (["timeout", "busy", "unreadable", "failed", "closed"].includes(result))
        throw new OcrError(result as OcrFailure, `scripted ${result}`);
      return { text: result, lines: [], confidence: 0.9 };
    },
    close: async () => undefined,
  };

  readonly options: ImageOptions = {
    reader: this.reader,
    download: async (filePath) => {
      const file = this.files.get(filePath);
      if (!file) throw new Error(`no file ${filePath}`);
      return file.bytes;
    },
    maxBytes: 1_000_000,
  };

  /** A photo holding `text` (or failing the way named), as the sizes Telegram would attach. */
  photo(name: string, text: string | OcrFailure, size = 50_000): PhotoSize[] {
    this.texts.set(name, text);
    this.files.set(`photos/${name}.jpg`, { bytes: Buffer.from(name), size });
    return [
      { file_id: `small-${name}`, file_unique_id: `small-${name}`, width: 90, height: 160, file_size: 2_000 },
      { file_id: name, file_unique_id: `u-${name}`, width: 720, height: 1280, file_size: size },
    ];
  }

  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const resolve of this.held.splice(0)) resolve();
  }

  /** Answers getFile for the files on the board; installed after the stand-in, so it sees the call first. */
  install(testBot: TestBot): void {
    testBot.jobsafe.bot.api.config.use((previous, method, payload, signal) => {
      if (method !== "getFile") return previous(method, payload, signal);
      const fileId = String((payload as { file_id: string }).file_id);
      const path = `photos/${fileId}.jpg`;
      const file = this.files.get(path);
      if (!file) return Promise.resolve({ ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
      return Promise.resolve({
        ok: true,
        result: { file_id: fileId, file_unique_id: `u-${fileId}`, file_size: file.size, file_path: path } as never,
      });
    });
  }
}

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

async function setup(options: { images?: ImageOptions } = {}) {
  const board = new PictureBoard();
  testBot = await createTestBot({ burstWindowMs: 30, images: options.images ?? board.options });
  board.install(testBot);
  return { bot: testBot, board };
}

/** A user's message with a picture (and no text), in a private chat unless `chat` is given. */
function pictureMessage(bot: TestBot, from: User, extra: Partial<Message>, chat: Chat = privateChat(from)): Update {
  const update = bot.updates.message(from, chat, "", extra);
  delete (update.message as { text?: string }).text;
  return update;
}

/** Sends a picture and waits until the bot has answered it (reading runs in the background). */
async function sendPicture(bot: TestBot, user: TestUser, extra: Partial<Message>) {
  const calls = await user.run(pictureMessage(bot, user.user, extra));
  await bot.jobsafe.idle();
  return calls;
}

const intro = (bot: TestBot, locale: Locale) => bot.translator.t(locale, "image.read_intro");

describe.each(LANGUAGE_CASES)("a picture of an offer in $locale", ({ locale, languageCode }) => {
  it("gets the verdict its text gets, said to be read from the picture, with a button that shows the text", async () => {
    const { bot, board } = await setup();
    const user = bot.user(languageCode);
    const calls = await user.run(pictureMessage(bot, user.user, { photo: board.photo("lure", LURE[locale]) }));
    expect(calls.map((call) => call.method)).toEqual(["sendChatAction", "sendMessage"]);
    expect(user.messages()).toEqual([bot.translator.t(locale, "image.reading")]);
    await bot.jobsafe.idle();

    const verdict = checkOffer(LURE[locale]);
    expect(verdict.level).toBe("high");
    // Telegram set to zh-HK: a Hong Kong reader, who reads the verdict in Hong Kong usage (as the answers).
    const usage = languageCode === "zh-hk" ? toHongKongWording : (text: string) => text;
    expect(user.messages()).toEqual([
      usage(`${intro(bot, locale)}\n\n${formatVerdict(verdict, locale, bot.translator)}`),
    ]);
    const labels = user.buttons().map((button) => button.text);
    expect(labels[0]).toBe(usage(bot.translator.t(locale, "image.show_text")));
    expect(labels).toContain(usage(bot.translator.t(locale, "offer.button.checklist")));

    await user.press(usage(bot.translator.t(locale, "image.show_text")));
    expect(user.messages().at(-1)).toBe(
      `${bot.translator.t(locale, "image.text_heading")}\n<blockquote>${escapeHtml(LURE[locale])}</blockquote>`,
    );
  });

  it("a picture with no readable text gets a request for the text", async () => {
    const { bot, board } = await setup();
    const user = bot.user(languageCode);
    await sendPicture(bot, user, { photo: board.photo("sunset", "") });
    expect(user.messages()).toEqual([bot.translator.t(locale, "image.no_text")]);
  });
});

describe("pictures: one case, one answer", () => {
  it("the same poster sent again is answered from the cache, without reading it again", async () => {
    const { bot, board } = await setup();
    const user = bot.user("en");
    await sendPicture(bot, user, { photo: board.photo("poster", LURE.en) });
    const other = bot.user("en", 2002);
    await sendPicture(bot, other, { photo: board.photo("poster", LURE.en) });
    expect(board.reads).toBe(1);
    expect(other.messages()).toEqual(user.messages());
    expect(await bot.store.imageVerdicts.get("u-poster")).toMatchObject({ level: "high" });
  });

  it("a caption and the picture's text are read as one offer", async () => {
    const { bot, board } = await setup();
    const user = bot.user("en");
    const caption = "Salary $3,000/month, free flight";
    const pictureText = "Work in Myawaddy. Hand your passport to HR on arrival.";
    await sendPicture(bot, user, { photo: board.photo("half", pictureText), caption });
    const verdict = checkOffer(`${caption}\n\n${pictureText}`);
    expect(user.messages()).toEqual([`${intro(bot, "en")}\n\n${formatVerdict(verdict, "en", bot.translator)}`]);
  });

  it("the writer's nationality comes from the caption they wrote, never from the poster's words", async () => {
    const { bot, board } = await setup();
    const user = bot.user("en");
    const poster = "Filipino workers wanted in Myawaddy. Salary $3,000/month, free flight. Hand your passport to HR.";
    await sendPicture(bot, user, { photo: board.photo("ph-poster", poster), caption: "I'm Filipino, is this legit?" });
    const agencyLine = bot.translator.t("en", "check.agency.ph");
    expect(user.messages().at(-1)).toContain(agencyLine);

    const other = bot.user("en", 2003);
    await sendPicture(bot, other, { photo: board.photo("ph-poster-2", poster) });
    expect(other.messages().at(-1)).not.toContain(agencyLine);
  });

  it("an album is one case: every picture is read and one verdict answers them all", async () => {
    const { bot, board } = await setup();
    const user = bot.user("zh-hans");
    const [first, second] = LURE["zh-hans"].split("\n");
    await user.run(pictureMessage(bot, user.user, { photo: board.photo("page1", first!), media_group_id: "album" }));
    await user.run(pictureMessage(bot, user.user, { photo: board.photo("page2", second!), media_group_id: "album" }));
    await bot.jobsafe.idle();
    expect(board.reads).toBe(2);
    const verdict = checkOffer(`${first}\n\n${second}`);
    expect(user.messages()).toEqual([
      `${intro(bot, "zh-hans")}\n\n${formatVerdict(verdict, "zh-hans", bot.translator)}`,
    ]);
  });

  it("/check in reply to a picture in a group answers there, under the picture", async () => {
    const { bot, board } = await setup();
    const member: User = { id: 3003, is_bot: false, first_name: "Li", language_code: "zh-hans" };
    const group: Chat = { id: -100777, type: "supergroup", title: "求职群" };
    const posted = pictureMessage(bot, member, { photo: board.photo("group-poster", LURE["zh-hans"]) }, group);
    await bot.handle(posted);
    expect(board.reads).toBe(0);
    await bot.handle(
      bot.updates.message(member, group, "/check", {
        reply_to_message: { ...posted.message!, reply_to_message: undefined },
      }),
    );
    await bot.jobsafe.idle();
    const answer = bot.api.transcript(group.id).at(-1)!;
    expect(answer.text).toBe(
      `${intro(bot, "zh-hans")}\n\n${formatVerdict(checkOffer(LURE["zh-hans"]), "zh-hans", bot.translator)}`,
    );
    expect(answer.reply_to_message?.message_id).toBe(posted.message!.message_id);
  });

  it("other users are answered while a picture is being read", async () => {
    const { bot, board } = await setup();
    board.hold();
    const reader = bot.user("en");
    await reader.run(pictureMessage(bot, reader.user, { photo: board.photo("slow", LURE.en) }));
    const texter = bot.user("en", 2002);
    await texter.send(LURE.en);
    expect(texter.messages()).toEqual([formatVerdict(checkOffer(LURE.en), "en", bot.translator)]);
    expect(reader.messages()).toEqual([bot.translator.t("en", "image.reading")]);
    board.release();
    await bot.jobsafe.idle();
    expect(reader.messages()[0]).toContain(intro(bot, "en"));
  });

  it("the recognised text is escaped when shown", async () => {
    const { bot, board } = await setup();
    const user = bot.user("en");
    const text = `${LURE.en}\n<b>Contact</b> t.me/hr_job & WhatsApp`;
    await sendPicture(bot, user, { photo: board.photo("markup", text) });
    await user.press(imageTextData.pack({}));
    expect(user.messages().at(-1)).toContain(escapeHtml(text));
  });
});

describe("pictures that cannot be checked get a clear answer and change nothing", () => {
  it.each([
    ["timeout", "image.failed"],
    ["failed", "image.failed"],
    ["busy", "image.busy"],
    ["unreadable", "image.corrupt"],
  ] as const)("reading fails with %s → %s", async (failure, key) => {
    const { bot, board } = await setup();
    const user = bot.user("zh-hant");
    await sendPicture(bot, user, { photo: board.photo("bad", failure) });
    expect(user.messages()).toEqual([bot.translator.t("zh-hant", key)]);
    expect(await bot.store.imageVerdicts.get("u-bad")).toBeUndefined();
    expect((await bot.store.stats.totals()).checks).toEqual({});
  });

  it("an oversized picture is refused before it is downloaded", async () => {
    const { bot, board } = await setup();
    const user = bot.user("en");
    const calls = await sendPicture(bot, user, {
      document: { file_id: "huge", file_unique_id: "u-huge", mime_type: "image/png", file_size: 30_000_000 },
    });
    expect(user.messages()).toEqual([bot.translator.t("en", "image.too_big", { max: 1 })]);
    expect(calls.map((call) => call.method)).not.toContain("getFile");
    expect(board.reads).toBe(0);
  });

  it("a file that is not a picture, and a picture type the engine cannot read, get their own answers", async () => {
    const { bot, board } = await setup();
    const user = bot.user("zh-hans");
    await sendPicture(bot, user, {
      document: { file_id: "doc", file_unique_id: "u-doc", mime_type: "application/pdf", file_size: 1000 },
    });
    await sendPicture(bot, user, {
      document: { file_id: "gif", file_unique_id: "u-gif", mime_type: "image/gif", file_size: 1000 },
    });
    expect(user.messages()).toEqual([
      bot.translator.t("zh-hans", "image.not_image"),
      bot.translator.t("zh-hans", "image.unsupported"),
    ]);
    expect(board.reads).toBe(0);
  });

  it("without an OCR engine, a picture gets a request for the text", async () => {
    const { bot, board } = await setup({ images: {} });
    const user = bot.user("en");
    await sendPicture(bot, user, { photo: board.photo("any", LURE.en) });
    expect(user.messages()).toEqual([bot.translator.t("en", "image.disabled")]);
  });
});
