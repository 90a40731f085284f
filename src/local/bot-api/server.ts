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
  Message,
  MessageEntity,
  ReplyKeyboardMarkup,
  Update,
  UserFromGetMe,
} from "grammy/types";
import { ChatModel, type StubUser } from "./chat-model.ts";
import { FaultQueue, faultFailure, type StubFault } from "./faults.ts";
import { FileStore } from "./files.ts";
import { FloodControl, type RateLimit } from "./flood.ts";
import { LOCAL_BOT_INFO } from "./in-process.ts";
import {
  ApiFailure,
  badRequest,
  boolParam,
  chatIdParam,
  formattedTextParam,
  intParam,
  isObject,
  jsonParam,
  languageCodeParam,
  readPayload,
  replyMarkupParam,
  requiredInt,
  stringParam,
  tooManyRequests,
  type Params,
} from "./params.ts";
import { UpdateQueue } from "./update-queue.ts";
import { WaitList } from "./wait-list.ts";

export type { RateLimit } from "./flood.ts";
export type { StubUser } from "./chat-model.ts";
export type { StubFault } from "./faults.ts";

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
   * A network round trip, as to Telegram (tens to hundreds of milliseconds); default 0. Half of it passes before the
   * request is served and counted (rate limits, `sentCount`), half before its answer leaves, as on a real network:
   * a client cannot tell how much of a round trip came before the count.
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
   * A user sends a picture as a photo, or as a file with `document` as its MIME type; the bot can getFile it and
   * download it from the file root.
   */
  sendPicture(
    from: StubUser,
    image: Uint8Array,
    options?: { caption?: string; chat?: Chat; document?: string },
  ): Update;
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

const QUERY_EXPIRED = "query is too old and response timeout expired or query ID is invalid";
const DEFAULT_WAIT_MS = 5000;
const COMMAND_SCOPES = new Set([
  "default",
  "all_private_chats",
  "all_group_chats",
  "all_chat_administrators",
  "chat",
  "chat_administrators",
  "chat_member",
]);

/** bot_command entities for every /command in a user's text, as Telegram marks them. */
function commandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  for (const match of text.matchAll(/(?<=^|\s)\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/g)) {
    entities.push({ type: "bot_command", offset: match.index, length: match[0].length });
  }
  return entities;
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
  private readonly bot: UserFromGetMe;
  private readonly model: ChatModel;
  private readonly files = new FileStore();
  private readonly updates = new UpdateQueue();
  private readonly flood: FloodControl;
  private rejected429 = 0;
  private webhookUrl: string | undefined;
  private readonly openQueries = new Set<string>();
  private nextQueryId = 1;
  private readonly faults = new FaultQueue();
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
    this.model = new ChatModel(this.bot, {
      keepMessages: opts.keepMessages ?? true,
      onSent: (sent) => this.messageWaiters.notify(sent),
    });
    const methods: Record<string, Handler> = {
      getMe: () => this.bot,
      getUpdates: (p, res) => {
        if (this.webhookUrl !== undefined) {
          throw new ApiFailure(
            409,
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
          );
        }
        return this.updates.getUpdates(p, res);
      },
      deleteWebhook: (p) => {
        this.webhookUrl = undefined;
        if (boolParam(p, "drop_pending_updates")) this.updates.drop();
        return true;
      },
      setWebhook: (p) => {
        const url = stringParam(p, "url") ?? "";
        this.webhookUrl = url === "" ? undefined : url;
        if (boolParam(p, "drop_pending_updates")) this.updates.drop();
        return true;
      },
      getWebhookInfo: () => ({
        url: this.webhookUrl ?? "",
        has_custom_certificate: false,
        pending_update_count: this.updates.size,
      }),
      sendMessage: (p) => this.sendMessage(p),
      editMessageText: (p) => this.editMessage(p, true),
      editMessageReplyMarkup: (p) => this.editMessage(p, false),
      deleteMessage: (p) => {
        this.model.delete(chatIdParam(p), requiredInt(p, "message_id"));
        return true;
      },
      getFile: (p) => this.files.getFile(stringParam(p, "file_id")),
      sendChatAction: (p) => {
        this.model.writable(chatIdParam(p));
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
        ...this.model.chat(chatIdParam(p)).chat,
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
      getChatMember: (p) => this.model.member(chatIdParam(p), requiredInt(p, "user_id")),
      getChatAdministrators: (p) => this.model.administrators(chatIdParam(p)),
      leaveChat: (p) => {
        this.model.leave(chatIdParam(p));
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
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (file !== null) {
      req.resume();
      const bytes = decodeURIComponent(file[1] ?? "") === this.token ? this.files.read(file[2] ?? "") : undefined;
      if (bytes === undefined) this.answer(res, new ApiFailure(404, "Not Found"));
      else res.writeHead(200, { "content-length": bytes.byteLength }).end(bytes);
      return;
    }
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
    if (this.roundTripMs > 0) await this.delay(this.roundTripMs / 2);
    const handler = this.handlers.get((route[2] ?? "").toLowerCase());
    const call: StubCall = { method: handler?.name ?? route[2] ?? "", payload, at: Date.now() };
    if (this.recordCalls) this.calls.push(call);
    this.callWaiters.notify(call);
    try {
      if (decodeURIComponent(route[1] ?? "") !== this.token) throw new ApiFailure(401, "Unauthorized");
      if (handler === undefined) throw new ApiFailure(404, "Not Found: method not found");
      const fault = this.faults.take(call.method, payload);
      if (fault !== undefined && "delayMs" in fault) await this.delay(fault.delayMs);
      else if (fault !== undefined) throw faultFailure(fault);
      let result = handler.handle(payload, res);
      if (result instanceof Promise) result = (await result) as unknown;
      if (this.roundTripMs > 0) await this.delay(this.roundTripMs / 2);
      this.answer(res, { ok: true, result });
    } catch (error) {
      if (!(error instanceof ApiFailure)) {
        this.answer(res, new ApiFailure(500, `Internal Server Error: ${String(error)}`));
        return;
      }
      if (error.code === 429) this.rejected429++;
      if (this.roundTripMs > 0) await this.delay(this.roundTripMs / 2);
      this.answer(res, error);
    }
  }

  private answer(res: ServerResponse, outcome: ApiFailure | { ok: true; result: unknown }): void {
    if (res.destroyed || res.writableEnded) return;
    const status = outcome instanceof ApiFailure ? outcome.code : 200;
    const body = JSON.stringify(outcome instanceof ApiFailure ? outcome.envelope() : outcome);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
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

  // ---- playing a user ----

  pushUpdate(update: Omit<Update, "update_id">): Update {
    if (update.message !== undefined) this.model.userWrote(update.message);
    if (update.callback_query !== undefined) this.openQueries.add(`callback_query_id:${update.callback_query.id}`);
    if (update.inline_query !== undefined) this.openQueries.add(`inline_query_id:${update.inline_query.id}`);
    return this.updates.push(update);
  }

  sendText(from: StubUser, text: string, chat?: Chat): Update {
    const entities = commandEntities(text);
    return this.userMessage("sendText", from, chat, { text, ...(entities.length > 0 ? { entities } : {}) });
  }

  sendPicture(
    from: StubUser,
    image: Uint8Array,
    options: { caption?: string; chat?: Chat; document?: string } = {},
  ): Update {
    const { file_id, file_unique_id, file_size } = this.files.add(image, "jpg");
    const file = { file_id, file_unique_id, file_size };
    return this.userMessage("sendPicture", from, options.chat, {
      ...(options.document
        ? { document: { ...file, mime_type: options.document, file_name: "offer" } }
        : { photo: [{ ...file, width: 720, height: 1280 }] }),
      ...(options.caption ? { caption: options.caption } : {}),
    });
  }

  /** A message a user writes, in the private chat with the bot unless `chat` is given. */
  private userMessage(
    caller: string,
    from: StubUser,
    chat: Chat | undefined,
    content: Pick<Message, "text" | "entities" | "photo" | "document" | "caption">,
  ): Update {
    const user = this.model.user(from);
    const privateChat: Chat.PrivateChat = {
      id: user.id,
      type: "private",
      first_name: user.first_name,
      ...(user.last_name !== undefined ? { last_name: user.last_name } : {}),
      ...(user.username !== undefined ? { username: user.username } : {}),
    };
    const state = this.model.chat(chat?.id ?? user.id, chat ?? privateChat);
    if (state.chat.type === "channel")
      throw new Error(`${caller}: users cannot write in a channel; use pushUpdate for channel posts`);
    return this.pushUpdate({
      message: {
        message_id: state.nextMessageId,
        date: this.model.nowSeconds(),
        chat: state.chat,
        from: user,
        ...content,
      },
    });
  }

  pressButton(from: StubUser, message: Message, data: string): Update {
    const current = this.model.botMessage(message.chat.id, message.message_id);
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
        from: this.model.user(from),
        message: current,
        chat_instance: String(current.chat.id),
        data,
      },
    });
  }

  // ---- what the bot does ----

  private sendMessage(p: Params): Message {
    const chat = this.model.writable(chatIdParam(p));
    const text = formattedTextParam(p);
    const markup = replyMarkupParam(p);
    const paid = boolParam(p, "allow_paid_broadcast");
    if (paid && this.starsTenths < 1) throw badRequest("BALANCE_TOO_LOW");
    const retryAfter = this.flood.admit(chat.chat.id, Date.now());
    if (retryAfter !== undefined) throw tooManyRequests(retryAfter);
    if (paid) {
      this.starsTenths -= 1;
      this.paidSent += 1;
    }
    return this.model.send(chat, text, markup, replyToParam(p));
  }

  private editMessage(p: Params, withText: boolean): Message | true {
    if (p.inline_message_id !== undefined) return true;
    const chat = this.model.writable(chatIdParam(p));
    const messageId = requiredInt(p, "message_id");
    return this.model.edit(chat, messageId, withText ? formattedTextParam(p) : undefined, replyMarkupParam(p));
  }

  private answerQuery(p: Params, idField: "callback_query_id" | "inline_query_id"): true {
    if (!this.openQueries.delete(`${idField}:${stringParam(p, idField) ?? ""}`)) throw badRequest(QUERY_EXPIRED);
    return true;
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
    return this.model.sentCount(chatId);
  }

  transcript(chatId: number): Message[] {
    return this.model.transcript(chatId);
  }

  lastMessage(chatId: number): Message | undefined {
    return this.model.lastMessage(chatId);
  }

  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined {
    return this.model.replyKeyboard(chatId);
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
    const index = after ?? this.model.sentCount(chatId);
    const sent = this.model.sentMessage(chatId, index);
    if (sent === "deleted") {
      return Promise.reject(
        new Error(`waitForMessage: message #${index + 1} in chat ${chatId} was deleted by the bot`),
      );
    }
    if (sent !== undefined) return Promise.resolve(sent);
    return this.messageWaiters.add(
      (event) => (event.chatId === chatId && event.index === index ? event.message : undefined),
      timeoutMs,
      () => {
        const last = this.lastMessage(chatId)?.text;
        return `waitForMessage: the bot sent ${this.model.sentCount(chatId)} message(s) to chat ${chatId}, waited ${timeoutMs} ms for message #${index + 1}; last: ${JSON.stringify(last ?? null)}`;
      },
    );
  }

  // ---- fault injection ----

  failNext(method: string, fault: StubFault, times = 1, chatId?: number): void {
    const name = method === "*" ? "*" : this.handlers.get(method.toLowerCase())?.name;
    if (name === undefined)
      throw new Error(`failNext: the stub does not serve "${method}", so the fault would never fire`);
    this.faults.add(name, fault, times, chatId);
  }

  blockChat(chatId: number, description?: string): void {
    this.model.block(chatId, description);
  }

  unblockChat(chatId: number): void {
    this.model.unblock(chatId);
  }

  setChatAdmins(chatId: number, userIds: number[]): void {
    this.model.setAdmins(chatId, userIds);
  }

  stats(): StubStats {
    return { ...this.flood.snapshot(), rejected429: this.rejected429, paidSent: this.paidSent };
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.updates.close();
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

/** The message_id of reply_parameters, if the call replies to one. */
function replyToParam(p: Params): number | undefined {
  const parameters = jsonParam(p, "reply_parameters");
  return isObject(parameters) ? intParam(parameters, "message_id") : undefined;
}

/** Starts a stub on 127.0.0.1 with a random port. Close it with `close()` when done. */
export async function startBotApiStub(opts: StubOptions = {}): Promise<BotApiStub> {
  const stub = new LoopbackBotApi(opts.token ?? "123:TEST", opts);
  await stub.listen();
  return stub;
}
