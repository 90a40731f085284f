/**
 * A loopback Telegram Bot API server for JobSafe's tests and benchmarks.
 *
 * Why it exists: handler tests with a recording transformer never exercise the real
 * process (config, polling loop, retries, shutdown). This stub lets a test start the
 * real bot with `TELEGRAM_API_ROOT=<apiRoot>`, play a user (`sendText`, `pressButton`),
 * read what the user would see (`transcript`, `waitForMessage`), and make Telegram
 * misbehave on demand (`failNext`, `blockChat`, `rateLimit`). It answers the way the
 * Bot API does — the `{ok, result}` / `{ok:false, error_code, description, parameters}`
 * envelopes, HTML entity parsing, message ids per chat, long polling with offsets —
 * so grammY raises the same `GrammyError`s it would in production.
 *
 * Plain `node:http`, listening on 127.0.0.1 with a random port; nothing leaves the machine.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type {
  BotCommand,
  Chat,
  ChatFullInfo,
  ChatMember,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  ReplyKeyboardMarkup,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";
import { LOCAL_BOT_INFO } from "../../src/local/local-bot-api.ts";
import { FloodControl, type RateLimit } from "./bot-api-stub-flood.ts";
import { HtmlParseError, parseTelegramHtml, type FormattedText } from "./bot-api-stub-html.ts";

export type { RateLimit } from "./bot-api-stub-flood.ts";

export interface StubOptions {
  /** Token the bot must use; default "123:TEST". Any other token gets 401. */
  token?: string;
  /** Overrides for what getMe returns (id defaults to the token's numeric prefix). */
  botInfo?: Partial<UserFromGetMe>;
  /** When given, sendMessage calls beyond these limits get 429 with retry_after. */
  rateLimit?: RateLimit;
  /** false keeps `calls` empty so a 100,000-message benchmark does not grow memory; default true. */
  recordCalls?: boolean;
  /**
   * Keep every sent Message for `transcript` (default true). A broadcast benchmark turns it off: 100,000 stored
   * messages make the stub's own garbage collection pause it, and requests then arrive in bursts.
   */
  keepMessages?: boolean;
  /**
   * Every answer leaves this long after its request was served, as over a real network (a round trip to Telegram is
   * tens to hundreds of milliseconds); default 0. The request is counted (rate limits, `sentCount`) on arrival.
   */
  roundTripMs?: number;
  /**
   * The bot's Telegram Stars for paid broadcasts: a message sent with `allow_paid_broadcast` costs 0.1 Star, and once
   * the balance cannot pay it is refused with 400 BALANCE_TOO_LOW (Telegram's name for it; the Bot API documents
   * no wording). Default: unlimited.
   */
  starsBalance?: number;
}

/** One HTTP request the bot made, recorded on arrival. */
export interface StubCall {
  method: string;
  payload: Record<string, unknown>;
  /** Date.now() when the request arrived. */
  at: number;
}

/** A person the test plays; only `id` is required. */
export interface StubUser {
  id: number;
  language_code?: string;
  first_name?: string;
  last_name?: string;
  username?: string;
  is_bot?: boolean;
}

/** What `failNext` makes the stub answer instead of serving the call. */
export type StubFault =
  | { code: 429; retryAfter: number }
  | { code: 403; description?: string }
  | { code: 400; description?: string }
  | { code: 400; migrateToChatId: number }
  | { code: 500 | 502 }
  | { delayMs: number };

export interface StubStats {
  /** sendMessage calls accepted. */
  sent: number;
  /** Of those, paid broadcasts (`allow_paid_broadcast`). */
  paidSent: number;
  /** 429 answers given, from the rate limiter or from `failNext`. */
  rejected429: number;
  /** Most sendMessage calls accepted within any sliding second. */
  maxPerSecondObserved: number;
  /**
   * Sends beyond the per-chat/per-group limit: the configured `rateLimit` ones (refused), or,
   * where none is configured, Telegram's guidance of 1/s per chat and 20/min per group (only counted).
   */
  perChatViolations: number;
}

export interface BotApiStub {
  /** e.g. http://127.0.0.1:43567 — pass as grammY's `client.apiRoot` or TELEGRAM_API_ROOT. */
  readonly apiRoot: string;
  readonly token: string;
  /** Every request in arrival order (empty with `recordCalls: false`). */
  readonly calls: StubCall[];
  /** Queues an update for getUpdates, assigning the next update_id, and wakes a pending long poll. */
  pushUpdate(update: Omit<Update, "update_id">): Update;
  /** A user sends `text` (private chat with the user unless `chat` is given); /commands get bot_command entities. */
  sendText(from: StubUser, text: string, chat?: Chat): Update;
  /**
   * A user presses the inline button with callback_data `data` on a bot message (its current,
   * edited version). Throws if the message has no such button, as a user could not press it.
   */
  pressButton(from: StubUser, message: Message, data: string): Update;
  /** Messages the bot sent in the chat and has not deleted, in send order; edits replace in place. */
  transcript(chatId: number): Message[];
  /** How many messages the bot sent to a chat (works with `keepMessages: false`). */
  sentCount(chatId: number): number;
  /** The bot's latest message still in the chat, in its current version. */
  lastMessage(chatId: number): Message | undefined;
  /** The reply keyboard the user currently sees in the chat (set by a send, removed by remove_keyboard). */
  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined;
  /** Resolves with the first call, past (if recorded) or future, that matches. Default timeout 5000 ms. */
  waitFor(pred: (call: StubCall) => boolean, timeoutMs?: number): Promise<StubCall>;
  /**
   * Resolves with the bot's message number `after` (0-based count of messages it had sent to the
   * chat) — by default the next one it sends from now. Default timeout 5000 ms.
   */
  waitForMessage(chatId: number, timeoutMs?: number, after?: number): Promise<Message>;
  /**
   * The next `times` (default 1) calls of `method` — to `chatId` if given — get `fault` instead
   * of being served. "*" matches every method except getUpdates (name that one explicitly).
   */
  failNext(method: string, fault: StubFault, times?: number, chatId?: number): void;
  /** Every send or edit to the chat gets 403 (default "Forbidden: bot was blocked by the user"). */
  blockChat(chatId: number, description?: string): void;
  /** Undoes blockChat, as when the user restarts the bot. */
  unblockChat(chatId: number): void;
  /** getChatMember / getChatAdministrators report these users as administrators of the chat. */
  setChatAdmins(chatId: number, userIds: number[]): void;
  stats(): StubStats;
  /** Releases pending long polls (empty result), rejects pending waits, closes every connection. */
  close(): Promise<void>;
}

type Params = Record<string, unknown>;

/** An error the Bot API reports in its envelope. */
class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
  }
}

const badRequest = (reason: string): ApiFailure => new ApiFailure(400, `Bad Request: ${reason}`);
const tooManyRequests = (retryAfter: number): ApiFailure =>
  new ApiFailure(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

const BLOCKED_BY_USER = "Forbidden: bot was blocked by the user";
const QUERY_EXPIRED = "query is too old and response timeout expired or query ID is invalid";
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
const MAX_TEXT_LENGTH = 4096;
const DEFAULT_WAIT_MS = 5000;
/** Telegram leaves these out of getUpdates unless allowed_updates names them. */
const OPT_IN_UPDATES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);
const COMMAND_SCOPES = new Set([
  "default",
  "all_private_chats",
  "all_group_chats",
  "all_chat_administrators",
  "chat",
  "chat_administrators",
  "chat_member",
]);

// ---- reading parameters: JSON bodies carry typed values, urlencoded ones carry strings ----

function intParam(p: Params, name: string): number | undefined {
  const value = p[name];
  if (value === undefined || value === null || value === "") return undefined;
  const n =
    typeof value === "number" ? value : typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw badRequest(`field "${name}" must be of type Integer`);
  return n;
}

function requiredInt(p: Params, name: string): number {
  const n = intParam(p, name);
  if (n === undefined) throw badRequest(`${name} is empty`);
  return n;
}

function stringParam(p: Params, name: string): string | undefined {
  const value = p[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw badRequest(`field "${name}" must be of type String`);
}

function boolParam(p: Params, name: string): boolean {
  const value = p[name];
  return value === true || value === "true" || value === "1";
}

/** Objects and arrays arrive as JSON text in urlencoded bodies. */
function jsonParam(p: Params, name: string): unknown {
  const value = p[name];
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw badRequest(`can't parse ${name} JSON object`);
  }
}

function chatIdParam(p: Params): number {
  const value = p.chat_id;
  if (typeof value === "string" && value.startsWith("@")) throw badRequest("chat not found");
  return requiredInt(p, "chat_id");
}

/** chat_id of a call, for matching faults; never throws. */
function peekChatId(p: Params): number | undefined {
  const n = Number(p.chat_id);
  return Number.isSafeInteger(n) ? n : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

interface ReplyMarkup {
  inline?: InlineKeyboardMarkup;
  keyboard?: ReplyKeyboardMarkup;
  removeKeyboard: boolean;
}

/** Validates reply_markup the way Telegram rejects common mistakes (oversized callback_data, bare buttons). */
function replyMarkupParam(p: Params): ReplyMarkup {
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
function formattedTextParam(p: Params): FormattedText {
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

/** bot_command entities for every /command in a user's text, as Telegram marks them. */
function commandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  for (const match of text.matchAll(/(?<=^|\s)\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/g)) {
    entities.push({ type: "bot_command", offset: match.index, length: match[0].length });
  }
  return entities;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

function updateType(update: Update): string {
  for (const key in update) if (key !== "update_id") return key;
  return "";
}

// ---- waiting for something the bot does ----

interface Waiter<E, R> {
  test: (event: E) => R | undefined;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Promises that resolve on the first event a test accepts, or reject on timeout or close. */
class WaitList<E> {
  private readonly waiters = new Set<Waiter<E, unknown>>();

  add<R>(test: (event: E) => R | undefined, timeoutMs: number, describeTimeout: () => string): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const waiter: Waiter<E, R> = {
        test,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter as Waiter<E, unknown>);
          reject(new Error(describeTimeout()));
        }, timeoutMs),
      };
      this.waiters.add(waiter as Waiter<E, unknown>);
    });
  }

  notify(event: E): void {
    if (this.waiters.size === 0) return;
    for (const waiter of this.waiters) {
      let result: unknown;
      try {
        result = waiter.test(event);
      } catch (error) {
        this.settle(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (result !== undefined) {
        this.settle(waiter);
        waiter.resolve(result);
      }
    }
  }

  rejectAll(reason: string): void {
    for (const waiter of this.waiters) {
      this.settle(waiter);
      waiter.reject(new Error(reason));
    }
  }

  private settle(waiter: Waiter<E, unknown>): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
  }
}

// ---- the stub ----

interface ChatState {
  chat: Chat;
  nextMessageId: number;
  /** The bot's messages still in the chat, in send order; an edit replaces its entry in place. */
  botMessages: Map<number, Message>;
  /** Ids of every message the bot sent here, in order, so waits can count sends after a deletion. */
  sentIds: number[];
  /** Set when sends must fail with 403 (blocked by the user, or the bot left the group). */
  forbidden?: string;
  admins?: Set<number>;
  replyKeyboard?: ReplyKeyboardMarkup;
}

type PollEnd = "update" | "timeout" | "close" | "conflict" | "gone";

interface FaultRule {
  method: string;
  fault: StubFault;
  remaining: number;
  chatId?: number;
}

interface MessageEvent {
  chatId: number;
  index: number;
  message: Message;
}

type Handler = (p: Params, res: ServerResponse) => unknown;

class LoopbackBotApi implements BotApiStub {
  apiRoot = "";
  readonly calls: StubCall[] = [];
  private readonly recordCalls: boolean;
  private readonly keepMessages: boolean;
  private readonly bot: UserFromGetMe;
  private readonly botUser: User;
  private readonly flood: FloodControl;
  private rejected429 = 0;
  private readonly chats = new Map<number, ChatState>();
  private readonly users = new Map<number, User>();
  private pending: Update[] = [];
  private nextUpdateId = 1;
  private allowedUpdates: Set<string> | undefined;
  private poll: { end: (why: PollEnd) => void } | undefined;
  private webhookUrl: string | undefined;
  private readonly openQueries = new Set<string>();
  private nextQueryId = 1;
  private readonly faults: FaultRule[] = [];
  private readonly pendingDelays = new Set<() => void>();
  private readonly roundTripMs: number;
  /** In tenths of a Star, the price of one paid message. */
  private starsTenths: number;
  private paidSent = 0;
  private readonly callWaiters = new WaitList<StubCall>();
  private readonly messageWaiters = new WaitList<MessageEvent>();
  private readonly commands = new Map<string, BotCommand[]>();
  private readonly descriptions = new Map<string, string>();
  private readonly handlers: Map<string, { name: string; handle: Handler }>;
  private closing: Promise<void> | undefined;
  private readonly server = createServer((req, res) => void this.serve(req, res));

  constructor(
    readonly token: string,
    opts: StubOptions,
  ) {
    this.recordCalls = opts.recordCalls ?? true;
    this.keepMessages = opts.keepMessages ?? true;
    this.flood = new FloodControl(opts.rateLimit);
    this.roundTripMs = opts.roundTripMs ?? 0;
    this.starsTenths = opts.starsBalance === undefined ? Infinity : Math.round(opts.starsBalance * 10);
    const id = Number(token.split(":")[0]);
    // The same identity the in-process stand-in uses, under the stub's own id and name.
    this.bot = {
      ...LOCAL_BOT_INFO,
      id: Number.isSafeInteger(id) && id > 0 ? id : 123,
      first_name: "JobSafe Test",
      username: "jobsafe_test_bot",
      ...opts.botInfo,
    };
    this.botUser = { id: this.bot.id, is_bot: true, first_name: this.bot.first_name, username: this.bot.username };
    const methods: Record<string, Handler> = {
      getMe: () => this.bot,
      getUpdates: (p, res) => this.getUpdates(p, res),
      deleteWebhook: (p) => {
        this.webhookUrl = undefined;
        if (boolParam(p, "drop_pending_updates")) this.pending = [];
        return true;
      },
      setWebhook: (p) => {
        const url = stringParam(p, "url") ?? "";
        this.webhookUrl = url === "" ? undefined : url;
        if (boolParam(p, "drop_pending_updates")) this.pending = [];
        return true;
      },
      getWebhookInfo: () => ({
        url: this.webhookUrl ?? "",
        has_custom_certificate: false,
        pending_update_count: this.pending.length,
      }),
      sendMessage: (p) => this.sendMessage(p),
      editMessageText: (p) => this.editMessage(p, true),
      editMessageReplyMarkup: (p) => this.editMessage(p, false),
      deleteMessage: (p) => {
        const chat = this.chatState(chatIdParam(p));
        if (!chat.botMessages.delete(requiredInt(p, "message_id"))) throw badRequest("message to delete not found");
        return true;
      },
      sendChatAction: (p) => {
        this.writableChat(p);
        if (stringParam(p, "action") === undefined) throw badRequest("action is empty");
        return true;
      },
      answerCallbackQuery: (p) => this.answerQuery(p, "callback_query_id"),
      answerInlineQuery: (p) => this.answerQuery(p, "inline_query_id"),
      setMyCommands: (p) => {
        const commands = jsonParam(p, "commands");
        if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
        if (commands.length > 100) throw badRequest("too many commands specified");
        for (const command of commands as unknown[]) {
          if (!isObject(command) || typeof command.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command.command)) {
            throw badRequest("BOT_COMMAND_INVALID");
          }
          const description = command.description;
          if (typeof description !== "string" || description.trim() === "" || description.length > 256) {
            throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
          }
        }
        this.commands.set(this.commandsKey(p), commands as BotCommand[]);
        return true;
      },
      getMyCommands: (p) => this.commands.get(this.commandsKey(p)) ?? [],
      deleteMyCommands: (p) => {
        this.commands.delete(this.commandsKey(p));
        return true;
      },
      setMyDescription: (p) => this.setBotText(p, "description", 512),
      getMyDescription: (p) => ({ description: this.descriptions.get(this.botTextKey(p, "description")) ?? "" }),
      setMyShortDescription: (p) => this.setBotText(p, "short_description", 120),
      getMyShortDescription: (p) => ({
        short_description: this.descriptions.get(this.botTextKey(p, "short_description")) ?? "",
      }),
      getChat: (p): ChatFullInfo => ({
        ...this.chatState(chatIdParam(p)).chat,
        accent_color_id: 0,
        max_reaction_count: 11,
        accepted_gift_types: {
          unlimited_gifts: false,
          limited_gifts: false,
          unique_gifts: false,
          premium_subscription: false,
          gifts_from_channels: false,
        },
      }),
      getChatMember: (p) => {
        const chat = this.chatState(chatIdParam(p));
        return this.chatMember(chat, requiredInt(p, "user_id"));
      },
      getChatAdministrators: (p) => {
        const chat = this.chatState(chatIdParam(p));
        return [...(chat.admins ?? [])].map((userId) => this.chatMember(chat, userId));
      },
      leaveChat: (p) => {
        const chat = this.chatState(chatIdParam(p));
        chat.forbidden = `Forbidden: bot is not a member of the ${chat.chat.type === "supergroup" ? "supergroup" : "group"} chat`;
        return true;
      },
    };
    this.handlers = new Map(Object.entries(methods).map(([name, handle]) => [name.toLowerCase(), { name, handle }]));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.apiRoot = `http://127.0.0.1:${port}`;
  }

  // ---- HTTP ----

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const queryStart = url.indexOf("?");
    const path = queryStart < 0 ? url : url.slice(0, queryStart);
    const route = /^\/bot([^/]+)\/([^/]+)$/.exec(path);
    if (route === null) {
      req.resume();
      this.answer(res, new ApiFailure(404, "Not Found"));
      return;
    }
    let payload: Params;
    try {
      payload = await readPayload(req, queryStart < 0 ? "" : url.slice(queryStart + 1));
    } catch (error) {
      this.answer(res, error instanceof ApiFailure ? error : badRequest(String(error)));
      return;
    }
    const handler = this.handlers.get((route[2] ?? "").toLowerCase());
    const call: StubCall = { method: handler?.name ?? route[2] ?? "", payload, at: Date.now() };
    if (this.recordCalls) this.calls.push(call);
    this.callWaiters.notify(call);
    try {
      if (decodeURIComponent(route[1] ?? "") !== this.token) throw new ApiFailure(401, "Unauthorized");
      if (handler === undefined) throw new ApiFailure(404, "Not Found: method not found");
      const fault = this.takeFault(call.method, payload);
      if (fault !== undefined && "delayMs" in fault) await this.delay(fault.delayMs);
      else if (fault !== undefined) throw faultFailure(fault);
      let result = handler.handle(payload, res);
      if (result instanceof Promise) result = (await result) as unknown;
      if (this.roundTripMs > 0) await this.delay(this.roundTripMs);
      this.answer(res, { ok: true, result });
    } catch (error) {
      if (!(error instanceof ApiFailure)) {
        this.answer(res, new ApiFailure(500, `Internal Server Error: ${String(error)}`));
        return;
      }
      if (error.code === 429) this.rejected429++;
      if (this.roundTripMs > 0) await this.delay(this.roundTripMs);
      this.answer(res, error);
    }
  }

  private answer(res: ServerResponse, outcome: ApiFailure | { ok: true; result: unknown }): void {
    if (res.destroyed || res.writableEnded) return;
    const status = outcome instanceof ApiFailure ? outcome.code : 200;
    const body = JSON.stringify(
      outcome instanceof ApiFailure
        ? {
            ok: false,
            error_code: outcome.code,
            description: outcome.description,
            ...(outcome.parameters ? { parameters: outcome.parameters } : {}),
          }
        : outcome,
    );
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  }

  private takeFault(method: string, payload: Params): StubFault | undefined {
    const index = this.faults.findIndex(
      (rule) =>
        (rule.method === "*" ? method !== "getUpdates" : rule.method === method) &&
        (rule.chatId === undefined || rule.chatId === peekChatId(payload)),
    );
    const rule = this.faults[index];
    if (rule === undefined) return undefined;
    if (--rule.remaining <= 0) this.faults.splice(index, 1);
    return rule.fault;
  }

  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.pendingDelays.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.pendingDelays.add(done);
    });
  }

  // ---- updates ----

  private isAllowed(update: Update): boolean {
    const type = updateType(update);
    return this.allowedUpdates === undefined ? !OPT_IN_UPDATES.has(type) : this.allowedUpdates.has(type);
  }

  /** Updates to hand out now; ones the bot's allowed_updates exclude are dropped, as Telegram does. */
  private deliverable(limit: number): Update[] {
    this.pending = this.pending.filter((update) => this.isAllowed(update));
    return this.pending.slice(0, limit);
  }

  private async getUpdates(p: Params, res: ServerResponse): Promise<Update[]> {
    if (this.webhookUrl !== undefined) {
      throw new ApiFailure(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const offset = intParam(p, "offset");
    const limit = Math.min(100, Math.max(1, intParam(p, "limit") ?? 100));
    const timeoutSeconds = Math.max(0, intParam(p, "timeout") ?? 0);
    const allowed = jsonParam(p, "allowed_updates");
    if (Array.isArray(allowed)) {
      this.allowedUpdates = allowed.length === 0 ? undefined : new Set(allowed.map(String));
    }
    if (offset !== undefined && offset < 0) this.pending = this.pending.slice(offset);
    else if (offset !== undefined) this.pending = this.pending.filter((update) => update.update_id >= offset);
    // Telegram answers an older long poll with 409 when a newer one arrives.
    this.poll?.end("conflict");
    const batch = this.deliverable(limit);
    if (batch.length > 0 || timeoutSeconds === 0 || this.closing !== undefined) return batch;
    const ended = await new Promise<PollEnd>((resolve) => {
      const end = (why: PollEnd): void => {
        clearTimeout(timer);
        res.off("close", onGone);
        if (this.poll === waiter) this.poll = undefined;
        resolve(why);
      };
      const onGone = (): void => end("gone");
      const timer = setTimeout(() => end("timeout"), timeoutSeconds * 1000);
      const waiter = { end };
      this.poll = waiter;
      res.on("close", onGone);
    });
    if (ended === "conflict") {
      throw new ApiFailure(
        409,
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      );
    }
    return this.deliverable(limit);
  }

  pushUpdate(update: Omit<Update, "update_id">): Update {
    const full: Update = { ...update, update_id: this.nextUpdateId++ };
    const message = full.message;
    if (message !== undefined) {
      const chat = this.chatState(message.chat.id, message.chat);
      chat.nextMessageId = Math.max(chat.nextMessageId, message.message_id + 1);
    }
    if (full.callback_query !== undefined) this.openQueries.add(`callback_query_id:${full.callback_query.id}`);
    if (full.inline_query !== undefined) this.openQueries.add(`inline_query_id:${full.inline_query.id}`);
    this.pending.push(full);
    if (this.isAllowed(full)) this.poll?.end("update");
    return full;
  }

  sendText(from: StubUser, text: string, chat?: Chat): Update {
    const user = this.user(from);
    const privateChat: Chat.PrivateChat = {
      id: user.id,
      type: "private",
      first_name: user.first_name,
      ...(user.last_name !== undefined ? { last_name: user.last_name } : {}),
      ...(user.username !== undefined ? { username: user.username } : {}),
    };
    const state = this.chatState(chat?.id ?? user.id, chat ?? privateChat);
    if (state.chat.type === "channel")
      throw new Error("sendText: users cannot write in a channel; use pushUpdate for channel posts");
    const entities = commandEntities(text);
    return this.pushUpdate({
      message: {
        message_id: state.nextMessageId++,
        date: nowSeconds(),
        chat: state.chat,
        from: user,
        text,
        ...(entities.length > 0 ? { entities } : {}),
      },
    });
  }

  pressButton(from: StubUser, message: Message, data: string): Update {
    const current = this.chats.get(message.chat.id)?.botMessages.get(message.message_id);
    if (current === undefined) {
      throw new Error(
        `pressButton: the bot has no message ${message.message_id} in chat ${message.chat.id} (never sent, or deleted)`,
      );
    }
    const buttons = (current.reply_markup?.inline_keyboard ?? []).flat();
    if (!buttons.some((button) => "callback_data" in button && button.callback_data === data)) {
      const offered = buttons.map((button) => ("callback_data" in button ? button.callback_data : `(${button.text})`));
      throw new Error(
        `pressButton: message ${current.message_id} has no button with callback_data "${data}"; it has: ${offered.join(", ") || "no buttons"}`,
      );
    }
    return this.pushUpdate({
      callback_query: {
        id: String(this.nextQueryId++),
        from: this.user(from),
        message: current,
        chat_instance: String(current.chat.id),
        data,
      },
    });
  }

  // ---- chats and messages ----

  private user(from: StubUser): User {
    const user: User = {
      is_bot: false,
      ...this.users.get(from.id),
      ...from,
      first_name: from.first_name ?? this.users.get(from.id)?.first_name ?? `User ${from.id}`,
    };
    this.users.set(user.id, user);
    return user;
  }

  /** State of a chat, created on first use: any id is a chat the bot may write to, as in a broadcast. */
  private chatState(id: number, chat?: Chat): ChatState {
    let state = this.chats.get(id);
    if (state === undefined) {
      state = {
        chat: chat ?? syntheticChat(id, this.users.get(id)),
        nextMessageId: 1,
        botMessages: new Map(),
        sentIds: [],
      };
      this.chats.set(id, state);
    } else if (chat !== undefined) {
      state.chat = chat;
    }
    return state;
  }

  private writableChat(p: Params): ChatState {
    const chat = this.chatState(chatIdParam(p));
    if (chat.forbidden !== undefined) throw new ApiFailure(403, chat.forbidden);
    return chat;
  }

  private sendMessage(p: Params): Message {
    const chat = this.writableChat(p);
    const { text, entities } = formattedTextParam(p);
    const markup = replyMarkupParam(p);
    const paid = boolParam(p, "allow_paid_broadcast");
    if (paid && this.starsTenths < 1) throw badRequest("BALANCE_TOO_LOW");
    const retryAfter = this.flood.admit(chat.chat.id, Date.now());
    if (retryAfter !== undefined) throw tooManyRequests(retryAfter);
    if (paid) {
      this.starsTenths -= 1;
      this.paidSent += 1;
    }
    const message: Message = {
      message_id: chat.nextMessageId++,
      date: nowSeconds(),
      chat: chat.chat,
      from: this.botUser,
      text,
      ...(entities.length > 0 ? { entities } : {}),
      // Telegram returns only inline keyboards in the Message; reply keyboards are chat state.
      ...(markup.inline !== undefined ? { reply_markup: markup.inline } : {}),
    };
    if (markup.keyboard !== undefined) chat.replyKeyboard = markup.keyboard;
    else if (markup.removeKeyboard) delete chat.replyKeyboard;
    if (this.keepMessages) chat.botMessages.set(message.message_id, message);
    chat.sentIds.push(message.message_id);
    this.messageWaiters.notify({ chatId: chat.chat.id, index: chat.sentIds.length - 1, message });
    return message;
  }

  /** editMessageText (withText) or editMessageReplyMarkup; an omitted reply_markup removes the keyboard. */
  private editMessage(p: Params, withText: boolean): Message | true {
    if (p.inline_message_id !== undefined) return true;
    const chat = this.writableChat(p);
    const old = chat.botMessages.get(requiredInt(p, "message_id"));
    if (old === undefined) throw badRequest("message to edit not found");
    const text = withText ? formattedTextParam(p) : { text: old.text ?? "", entities: old.entities ?? [] };
    const markup = replyMarkupParam(p).inline;
    const edited: Message = { ...old, text: text.text, edit_date: nowSeconds() };
    delete edited.entities;
    delete edited.reply_markup;
    if (text.entities.length > 0) edited.entities = text.entities;
    if (markup !== undefined) edited.reply_markup = markup;
    const content = (m: Message): string => JSON.stringify([m.text, m.entities ?? [], m.reply_markup ?? null]);
    if (content(edited) === content(old)) throw badRequest(NOT_MODIFIED);
    chat.botMessages.set(edited.message_id, edited);
    return edited;
  }

  private answerQuery(p: Params, idField: "callback_query_id" | "inline_query_id"): true {
    if (!this.openQueries.delete(`${idField}:${stringParam(p, idField) ?? ""}`)) throw badRequest(QUERY_EXPIRED);
    return true;
  }

  private chatMember(chat: ChatState, userId: number): ChatMember {
    const user = userId === this.bot.id ? this.botUser : (this.users.get(userId) ?? syntheticUser(userId));
    if (!chat.admins?.has(userId)) return { status: "member", user };
    return {
      status: "administrator",
      user,
      can_be_edited: false,
      is_anonymous: false,
      can_manage_chat: true,
      can_delete_messages: true,
      can_manage_video_chats: true,
      can_restrict_members: true,
      can_promote_members: false,
      can_change_info: true,
      can_invite_users: true,
      can_post_stories: false,
      can_edit_stories: false,
      can_delete_stories: false,
      can_send_welcome_messages: false,
    };
  }

  // ---- bot settings ----

  private commandsKey(p: Params): string {
    const scope = jsonParam(p, "scope") ?? { type: "default" };
    if (!isObject(scope) || typeof scope.type !== "string" || !COMMAND_SCOPES.has(scope.type)) {
      throw badRequest("unsupported bot command scope type");
    }
    const chatId = scope.chat_id === undefined ? "" : String(scope.chat_id);
    const userId = scope.user_id === undefined ? "" : String(scope.user_id);
    return `${scope.type}/${chatId}/${userId}|${languageCodeParam(p)}`;
  }

  private botTextKey(p: Params, field: string): string {
    return `${field}|${languageCodeParam(p)}`;
  }

  /** setMyDescription / setMyShortDescription: empty text removes the value for that language. */
  private setBotText(p: Params, field: "description" | "short_description", maxLength: number): true {
    const text = stringParam(p, field) ?? "";
    if (text.length > maxLength) throw badRequest(`${field.replace("_", " ")} is too long`);
    const key = this.botTextKey(p, field);
    if (text === "") this.descriptions.delete(key);
    else this.descriptions.set(key, text);
    return true;
  }

  // ---- reading what the bot did ----

  sentCount(chatId: number): number {
    return this.chats.get(chatId)?.sentIds.length ?? 0;
  }

  transcript(chatId: number): Message[] {
    return [...(this.chats.get(chatId)?.botMessages.values() ?? [])];
  }

  lastMessage(chatId: number): Message | undefined {
    const chat = this.chats.get(chatId);
    if (chat === undefined) return undefined;
    for (let i = chat.sentIds.length - 1; i >= 0; i--) {
      const message = chat.botMessages.get(chat.sentIds[i] ?? 0);
      if (message !== undefined) return message;
    }
    return undefined;
  }

  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined {
    return this.chats.get(chatId)?.replyKeyboard;
  }

  waitFor(pred: (call: StubCall) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<StubCall> {
    const past = this.calls.find(pred);
    if (past !== undefined) return Promise.resolve(past);
    return this.callWaiters.add(
      (call) => (pred(call) ? call : undefined),
      timeoutMs,
      () => {
        const recent = this.calls.slice(-8).map((call) => call.method);
        return `waitFor: no matching call within ${timeoutMs} ms; last calls: ${recent.join(", ") || "none"}`;
      },
    );
  }

  waitForMessage(chatId: number, timeoutMs = DEFAULT_WAIT_MS, after?: number): Promise<Message> {
    const chat = this.chatState(chatId);
    const index = after ?? chat.sentIds.length;
    const sentId = chat.sentIds[index];
    if (sentId !== undefined) {
      const message = chat.botMessages.get(sentId);
      return message !== undefined
        ? Promise.resolve(message)
        : Promise.reject(new Error(`waitForMessage: message #${index + 1} in chat ${chatId} was deleted by the bot`));
    }
    return this.messageWaiters.add(
      (event) => (event.chatId === chatId && event.index === index ? event.message : undefined),
      timeoutMs,
      () => {
        const last = this.lastMessage(chatId)?.text;
        return `waitForMessage: the bot sent ${chat.sentIds.length} message(s) to chat ${chatId}, waited ${timeoutMs} ms for message #${index + 1}; last: ${JSON.stringify(last ?? null)}`;
      },
    );
  }

  // ---- fault injection ----

  failNext(method: string, fault: StubFault, times = 1, chatId?: number): void {
    const name = method === "*" ? "*" : this.handlers.get(method.toLowerCase())?.name;
    if (name === undefined)
      throw new Error(`failNext: the stub does not serve "${method}", so the fault would never fire`);
    this.faults.push({ method: name, fault, remaining: times, ...(chatId !== undefined ? { chatId } : {}) });
  }

  blockChat(chatId: number, description = BLOCKED_BY_USER): void {
    this.chatState(chatId).forbidden = description;
  }

  unblockChat(chatId: number): void {
    delete this.chatState(chatId).forbidden;
  }

  setChatAdmins(chatId: number, userIds: number[]): void {
    this.chatState(chatId).admins = new Set(userIds);
  }

  stats(): StubStats {
    return { ...this.flood.snapshot(), rejected429: this.rejected429, paidSent: this.paidSent };
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.poll?.end("close");
      for (const release of [...this.pendingDelays]) release();
      this.callWaiters.rejectAll("the Bot API stub was closed");
      this.messageWaiters.rejectAll("the Bot API stub was closed");
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      // Give released polls a moment to flush, then drop idle keep-alive sockets.
      await new Promise((resolve) => setImmediate(resolve));
      this.server.closeAllConnections();
      await closed;
    })();
    return this.closing;
  }
}

function faultFailure(fault: Exclude<StubFault, { delayMs: number }>): ApiFailure {
  switch (fault.code) {
    case 429:
      return tooManyRequests(fault.retryAfter);
    case 403:
      return new ApiFailure(403, fault.description ?? BLOCKED_BY_USER);
    case 400:
      if ("migrateToChatId" in fault) {
        return new ApiFailure(400, "Bad Request: group chat was upgraded to a supergroup chat", {
          migrate_to_chat_id: fault.migrateToChatId,
        });
      }
      return badRequest((fault.description ?? "chat not found").replace(/^Bad Request: /, ""));
    case 500:
      return new ApiFailure(500, "Internal Server Error");
    case 502:
      return new ApiFailure(502, "Bad Gateway");
  }
}

function syntheticUser(id: number): User {
  return { id, is_bot: false, first_name: `User ${id}` };
}

/** A chat the test never described: private for positive ids, supergroup for -100…, else group. */
function syntheticChat(id: number, user: User | undefined): Chat {
  if (id > 0) return { id, type: "private", first_name: user?.first_name ?? `User ${id}` };
  if (id <= -1_000_000_000_000) return { id, type: "supergroup", title: `Supergroup ${id}` };
  return { id, type: "group", title: `Group ${id}` };
}

/** language_code must be empty or a two-letter ISO 639-1 code ("zh", not "zh-hans"). */
function languageCodeParam(p: Params): string {
  const code = stringParam(p, "language_code") ?? "";
  if (code !== "" && !/^[a-z]{2}$/.test(code)) throw badRequest("invalid language code specified");
  return code;
}

/** Reads a JSON or urlencoded body (merged over the query string) into parameters. */
async function readPayload(req: IncomingMessage, query: string): Promise<Params> {
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

/** Starts a stub on 127.0.0.1 with a random port. Close it with `close()` when done. */
export async function startBotApiStub(opts: StubOptions = {}): Promise<BotApiStub> {
  const stub = new LoopbackBotApi(opts.token ?? "123:TEST", opts);
  await stub.listen();
  return stub;
}
