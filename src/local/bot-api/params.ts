/**
 * Reading Bot API parameters the way Telegram does, and its error envelope. JSON bodies carry typed values,
 * urlencoded ones carry strings; a wrong type or a common mistake gets Telegram's own "Bad Request" text.
 */
import type { IncomingMessage } from "node:http";
import type { InlineKeyboardMarkup, MessageEntity, ReplyKeyboardMarkup } from "grammy/types";
import { HtmlParseError, parseTelegramHtml, type FormattedText } from "./html.ts";

export type Params = Record<string, unknown>;

/** An error the Bot API reports in its envelope. */
export class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
  }

  /** The `{ ok: false, … }` envelope Telegram answers with. */
  envelope(): { ok: false; error_code: number; description: string; parameters?: ApiFailure["parameters"] } {
    return {
      ok: false,
      error_code: this.code,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

export const badRequest = (reason: string): ApiFailure => new ApiFailure(400, `Bad Request: ${reason}`);
export const tooManyRequests = (retryAfter: number): ApiFailure =>
  new ApiFailure(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

const MAX_TEXT_LENGTH = 4096;

export function intParam(p: Params, name: string): number | undefined {
  const value = p[name];
  if (value === undefined || value === null || value === "") return undefined;
  const n =
    typeof value === "number" ? value : typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw badRequest(`field "${name}" must be of type Integer`);
  return n;
}

export function requiredInt(p: Params, name: string): number {
  const n = intParam(p, name);
  if (n === undefined) throw badRequest(`${name} is empty`);
  return n;
}

export function stringParam(p: Params, name: string): string | undefined {
  const value = p[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw badRequest(`field "${name}" must be of type String`);
}

export function boolParam(p: Params, name: string): boolean {
  const value = p[name];
  return value === true || value === "true" || value === "1";
}

/** Objects and arrays arrive as JSON text in urlencoded bodies. */
export function jsonParam(p: Params, name: string): unknown {
  const value = p[name];
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw badRequest(`can't parse ${name} JSON object`);
  }
}

export function chatIdParam(p: Params): number {
  const value = p.chat_id;
  if (typeof value === "string" && value.startsWith("@")) throw badRequest("chat not found");
  return requiredInt(p, "chat_id");
}

/** chat_id of a call, for matching faults; never throws. */
export function peekChatId(p: Params): number | undefined {
  const n = Number(p.chat_id);
  return Number.isSafeInteger(n) ? n : undefined;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export interface ReplyMarkup {
  inline?: InlineKeyboardMarkup;
  keyboard?: ReplyKeyboardMarkup;
  removeKeyboard: boolean;
}

/** Validates reply_markup the way Telegram rejects common mistakes (oversized callback_data, bare buttons). */
export function replyMarkupParam(p: Params): ReplyMarkup {
  const markup = jsonParam(p, "reply_markup");
  if (markup === undefined || markup === null) return { removeKeyboard: false };
  if (!isObject(markup)) throw badRequest("can't parse reply keyboard markup JSON object");
  if (Array.isArray(markup.inline_keyboard)) {
    for (const row of markup.inline_keyboard as unknown[]) {
      if (!Array.isArray(row))
        throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
      for (const button of row as unknown[]) {
        if (!isObject(button) || typeof button.text !== "string")
          throw badRequest("can't parse inline keyboard button: Text must be a String");
        if (Object.keys(button).length === 1) {
          throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        const data = button.callback_data;
        if (data !== undefined && (typeof data !== "string" || data === "" || Buffer.byteLength(data) > 64)) {
          throw badRequest("BUTTON_DATA_INVALID");
        }
      }
    }
    return { inline: markup as unknown as InlineKeyboardMarkup, removeKeyboard: false };
  }
  if (Array.isArray(markup.keyboard))
    return { keyboard: markup as unknown as ReplyKeyboardMarkup, removeKeyboard: false };
  return { removeKeyboard: markup.remove_keyboard === true };
}

/** The text of a send or edit after parse_mode, with Telegram's emptiness and length checks. */
export function formattedTextParam(p: Params): FormattedText {
  const raw = stringParam(p, "text") ?? "";
  const mode = (stringParam(p, "parse_mode") ?? "").toLowerCase();
  let formatted: FormattedText;
  if (mode === "html") {
    try {
      formatted = parseTelegramHtml(raw);
    } catch (error) {
      if (error instanceof HtmlParseError) throw badRequest(`can't parse entities: ${error.message}`);
      throw error;
    }
  } else if (mode === "") {
    const entities = jsonParam(p, "entities");
    formatted = { text: raw, entities: Array.isArray(entities) ? (entities as MessageEntity[]) : [] };
  } else if (mode === "markdown" || mode === "markdownv2") {
    // Markdown is not parsed: the text is kept as sent.
    formatted = { text: raw, entities: [] };
  } else {
    throw badRequest("unsupported parse_mode");
  }
  if (formatted.text.trim() === "") throw badRequest("message text is empty");
  if (formatted.text.length > MAX_TEXT_LENGTH) throw badRequest("message is too long");
  return formatted;
}

/** language_code must be empty or a two-letter ISO 639-1 code ("zh", not "zh-hans"). */
export function languageCodeParam(p: Params): string {
  const code = stringParam(p, "language_code") ?? "";
  if (code !== "" && !/^[a-z]{2}$/.test(code)) throw badRequest("invalid language code specified");
  return code;
}

/** Reads a JSON or urlencoded body (merged over the query string) into parameters. */
export async function readPayload(req: IncomingMessage, query: string): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString("utf8");
  const params: Params = Object.fromEntries(new URLSearchParams(query));
  if (body === "") return params;
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw badRequest("can't parse JSON body");
    }
    if (!isObject(parsed)) throw badRequest("the JSON body must be an object");
    return Object.assign(params, parsed);
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return Object.assign(params, Object.fromEntries(new URLSearchParams(body)));
  }
  throw badRequest(`the stub reads JSON or urlencoded bodies, not "${type || "no content-type"}"`);
}
