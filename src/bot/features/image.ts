import { BotComposer } from "../composer.ts";
import { createHash } from "node:crypto";
import type { Api, Composer } from "grammy";
import type { Message } from "grammy/types";
import { checkOffer, looksLikeOffer, type Verdict } from "../../check/index.ts";
import { escapeHtml } from "../../i18n/html.ts";
import { OcrError, type ImageReader, type OcrFailure } from "../../ocr/pool.ts";
import { BurstCollector } from "../burst.ts";
import { callbackCodec } from "../../callback-data.ts";
import type { BotContext, Deps } from "../context.ts";
import { offerText } from "../offer-text.ts";
import { readsHongKongUsage } from "../hong-kong-reader.ts";
import { sendVerdict, type VerdictTarget } from "./check.ts";

/** Pictures of offers: what JobSafe reads, and how. */
export interface ImageOptions {
  /** The OCR engine (the worker pool in production); without one, pictures get a request for the text. */
  reader?: ImageReader;
  /** Fetches a file from the Bot API's file root; defaults to HTTP, tests may serve their own. */
  download?: (filePath: string, maxBytes: number) => Promise<Uint8Array>;
  /** Larger files are refused before download; the Bot API itself serves at most 20 MB. */
  maxBytes?: number;
  /** How long the verdict of a picture is reused for the same picture sent again. */
  cacheTtlMs?: number;
}

export const DEFAULT_IMAGE_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_CACHE_TTL_MS = 7 * 24 * 3600 * 1000;
const DOWNLOAD_TIMEOUT_MS = 30_000;
/** Formats the engine reads; any other image type gets a request for one of these. */
const READABLE_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);
/** The text shown under "show the text I read" is cut here (a message holds 4096 characters). */
const SHOWN_TEXT_CHARS = 3500;

/** "Show the text I read": the picture is the message the verdict replies to, so the button carries nothing. */
export const imageTextData = callbackCodec("imgtext", []);

interface Picture {
  fileId: string;
  fileUniqueId: string;
  fileSize?: number;
}

type PictureProblem = "not_image" | "unsupported";

/** The picture a message carries: the largest photo size within the limit, or an image document. */
export function pictureOf(message: Message, maxBytes: number): Picture | PictureProblem | undefined {
  if (message.photo?.length) {
    const sizes = [...message.photo].sort((a, b) => b.width * b.height - a.width * a.height);
    const size = sizes.find((photo) => (photo.file_size ?? 0) <= maxBytes) ?? sizes[0]!;
    return { fileId: size.file_id, fileUniqueId: size.file_unique_id, fileSize: size.file_size };
  }
  const document = message.document;
  if (!document) return undefined;
  const type = document.mime_type ?? "";
  if (READABLE_TYPES.has(type))
    return { fileId: document.file_id, fileUniqueId: document.file_unique_id, fileSize: document.file_size };
  return type.startsWith("image/") ? "unsupported" : "not_image";
}

/** Why a picture was not checked, as the locale key of the answer. */
type Failure = OcrFailure | "too_big" | "no_text" | "disabled";

class PictureFailure extends Error {
  constructor(readonly reason: Failure) {
    super(reason);
  }
}

const FAILURE_KEYS: Record<Failure, string> = {
  timeout: "image.failed",
  failed: "image.failed",
  closed: "image.failed",
  busy: "image.busy",
  unreadable: "image.corrupt",
  too_big: "image.too_big",
  no_text: "image.no_text",
  disabled: "image.disabled",
};

/** One case to check: the pictures of a message or an album, and its caption. */
interface PictureCase {
  pictures: Picture[];
  caption: string;
  target: VerdictTarget;
}

/** Reads a Bot API file over HTTP, refusing more than `maxBytes` even when the size was not announced. */
async function downloadOverHttp(url: string, maxBytes: number): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body) throw new Error(`file download answered ${response.status}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new PictureFailure("too_big");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export interface ImageFeature {
  feature: Composer<BotContext>;
  /** Resolves when every picture being read is answered (shutdown, tests). */
  idle(): Promise<void>;
}

/**
 * Pictures of offers — screenshots, posters, photographed flyers — get the verdict their text would get. A photo,
 * an image document or an album in a private chat, or `/check` in reply to one in a group, is downloaded from the
 * Bot API's file root, read by the OCR pool in the background (the chat and everyone else go on meanwhile), and
 * answered by editing a "reading the picture…" message into the verdict. Neither the picture nor its text is kept:
 * only the verdict, by Telegram's file_unique_id, so the same poster forwarded again costs nothing.
 */
export function createImageFeature(options: {
  images: ImageOptions;
  apiRoot: string;
  token: string;
  burstWindowMs: number;
  api: () => Api;
  deps: Deps;
}): ImageFeature {
  const { deps } = options;
  const maxBytes = options.images.maxBytes ?? DEFAULT_IMAGE_MAX_BYTES;
  const cacheTtlMs = options.images.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
  const download =
    options.images.download ??
    ((filePath: string, limit: number) =>
      downloadOverHttp(`${options.apiRoot}/file/bot${options.token}/${filePath}`, limit));
  const running = new Set<Promise<void>>();
  const t = (target: VerdictTarget, key: string, params?: Record<string, string | number>) =>
    deps.translator.t(target.locale, key, params);

  async function fetchPicture(api: Api, picture: Picture): Promise<Uint8Array> {
    if ((picture.fileSize ?? 0) > maxBytes) throw new PictureFailure("too_big");
    const file = await api.getFile(picture.fileId);
    if ((file.file_size ?? 0) > maxBytes) throw new PictureFailure("too_big");
    if (!file.file_path) throw new PictureFailure("failed");
    return download(file.file_path, maxBytes);
  }

  async function readPicture(api: Api, picture: Picture): Promise<string> {
    if (!options.images.reader) throw new PictureFailure("disabled");
    const image = await fetchPicture(api, picture);
    return (await options.images.reader.read(image)).text;
  }

  /** The cache key of a case: its pictures, and its caption's hash when it has one (the caption changes the verdict). */
  function cacheKey(pictureCase: PictureCase): string {
    const ids = pictureCase.pictures.map((picture) => picture.fileUniqueId).join("+");
    if (!pictureCase.caption) return ids;
    return `${ids}#${createHash("sha256").update(pictureCase.caption).digest("base64url").slice(0, 16)}`;
  }

  async function verdictOf(api: Api, pictureCase: PictureCase): Promise<Verdict | "not_offer"> {
    const key = cacheKey(pictureCase);
    const cached = await deps.store.imageVerdicts.get(key);
    if (cached) return cached;
    const texts: string[] = [];
    for (const picture of pictureCase.pictures) texts.push(await readPicture(api, picture));
    if (texts.every((text) => text.trim() === "")) throw new PictureFailure("no_text");
    const text = [pictureCase.caption, ...texts].filter((part) => part.trim()).join("\n\n");
    // A picture someone passes on is usually an offer: any red flag gets the verdict, as a pasted offer would.
    const verdict = checkOffer(text);
    if (verdict.level === "low" && !looksLikeOffer(text)) return "not_offer";
    await deps.store.imageVerdicts.put(key, verdict, new Date(deps.now().getTime() + cacheTtlMs));
    return verdict;
  }

  async function answer(pictureCase: PictureCase): Promise<void> {
    const api = options.api();
    const { target } = pictureCase;
    const log = deps.logger.child({ chat_id: target.chatId, feature: "image" });
    let placeholder: number | undefined;
    try {
      await api.sendChatAction(target.chatId, "typing");
      placeholder = (
        await api.sendMessage(target.chatId, t(target, "image.reading"), {
          reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true },
        })
      ).message_id;
      const started = Date.now();
      const verdict = await verdictOf(api, pictureCase);
      log.info({ pictures: pictureCase.pictures.length, ms: Date.now() - started }, "picture checked");
      const showText = { text: t(target, "image.show_text"), callback_data: imageTextData.pack({}) };
      if (verdict === "not_offer") {
        await api.editMessageText(target.chatId, placeholder, t(target, "image.not_offer"), {
          parse_mode: "HTML",
          reply_markup: { inline_keyboard: [[showText]] },
        });
        return;
      }
      await sendVerdict(api, deps, target, verdict, {
        intro: t(target, "image.read_intro"),
        firstRow: [showText],
        replacing: placeholder,
        // The caption may tell the writer's nationality; the picture's words are the recruiter's.
        writersWords: pictureCase.caption,
      });
    } catch (error) {
      const reason: Failure =
        error instanceof PictureFailure || error instanceof OcrError ? error.reason : ("failed" as const);
      if (reason === "failed") log.error({ err: error }, "could not check a picture");
      else log.info({ reason }, "picture not checked");
      const text = t(target, FAILURE_KEYS[reason], { max: Math.round(maxBytes / 1024 / 1024) });
      try {
        if (placeholder === undefined) await api.sendMessage(target.chatId, text, { parse_mode: "HTML" });
        else await api.editMessageText(target.chatId, placeholder, text, { parse_mode: "HTML" });
      } catch (sendError) {
        log.warn({ err: sendError }, "could not tell the user a picture was not checked");
      }
    }
  }

  /** Answers in the background: the update is done at once, so the chat and the webhook never wait for OCR. */
  function answerLater(pictureCase: PictureCase): void {
    const done: Promise<void> = answer(pictureCase).finally(() => running.delete(done));
    running.add(done);
  }

  const albums = new BurstCollector<PictureCase>(options.burstWindowMs, async (_key, parts) => {
    answerLater({
      pictures: parts.flatMap((part) => part.pictures),
      caption: parts
        .map((part) => part.caption)
        .filter(Boolean)
        .join("\n\n"),
      target: parts[0]!.target,
    });
  });

  const targetOf = (ctx: BotContext, message: Message): VerdictTarget => ({
    locale: ctx.locale,
    chatId: ctx.chat!.id,
    replyTo: message.message_id,
    botUsername: ctx.me.username,
    hongKong: readsHongKongUsage(ctx),
  });

  const feature = new BotComposer<BotContext>();

  // A picture, an album item or a file in a private chat.
  feature.chatType("private").on(["message:photo", "message:document"], async (ctx, next) => {
    const picture = pictureOf(ctx.msg, maxBytes);
    if (picture === undefined) return;
    // Without an engine, a caption or an album is still checked as text by the offer check.
    if (!options.images.reader && (ctx.msg.caption || ctx.msg.media_group_id)) return next();
    if (typeof picture === "string") return ctx.reply(ctx.t(`image.${picture}`), { parse_mode: "HTML" });
    const pictureCase = { pictures: [picture], caption: offerText(ctx.msg), target: targetOf(ctx, ctx.msg) };
    if (ctx.msg.media_group_id === undefined) return answerLater(pictureCase);
    albums.add(`${ctx.chat.id}:${ctx.msg.media_group_id}`, pictureCase);
  });

  // /check in reply to a picture (how groups ask); other /check uses go on to the text check.
  feature.command("check", async (ctx, next) => {
    const replied = ctx.msg.reply_to_message;
    const picture = replied && pictureOf(replied, maxBytes);
    if (!replied || picture === undefined || picture === "not_image" || !options.images.reader) return next();
    if (picture === "unsupported") return ctx.reply(ctx.t("image.unsupported"), { parse_mode: "HTML" });
    answerLater({ pictures: [picture], caption: offerText(replied), target: targetOf(ctx, replied) });
  });

  feature.callbackQuery(imageTextData.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    const source = ctx.callbackQuery.message?.reply_to_message;
    const picture = source && pictureOf(source, maxBytes);
    if (!picture || typeof picture === "string") {
      await ctx.reply(ctx.t("image.text_gone"), { parse_mode: "HTML" });
      return;
    }
    await ctx.replyWithChatAction("typing");
    try {
      const text = (await readPicture(ctx.api, picture)).trim();
      const shown = text.length > SHOWN_TEXT_CHARS ? `${text.slice(0, SHOWN_TEXT_CHARS)}…` : text;
      await ctx.reply(
        shown
          ? `${ctx.t("image.text_heading")}\n<blockquote>${escapeHtml(shown)}</blockquote>`
          : ctx.t("image.no_text"),
        { parse_mode: "HTML" },
      );
    } catch (error) {
      const reason = error instanceof PictureFailure || error instanceof OcrError ? error.reason : "failed";
      if (reason === "failed") ctx.log.error({ err: error }, "could not read a picture again");
      await ctx.reply(ctx.t(FAILURE_KEYS[reason], { max: Math.round(maxBytes / 1024 / 1024) }), {
        parse_mode: "HTML",
      });
    }
  });

  return {
    feature,
    async idle() {
      await albums.flush();
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
