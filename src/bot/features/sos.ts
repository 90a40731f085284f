import { BotComposer } from "../composer.ts";
import { InlineKeyboard, type Middleware } from "grammy";
import {
  chooseNationality,
  COUNTRIES,
  countryName,
  emergencyContacts,
  guessCountry,
  likelyNationalities,
  isCountry,
  isNationality,
  NATIONALITIES,
  nationalityName,
  renderContacts,
  sosQuestion,
  type Country,
  type Nationality,
} from "../../sos/directory.ts";
import { callbackCodec } from "../../callback-data.ts";
import { nextUpdatePrompts, type NextUpdatePrompts } from "../next-update-prompt.ts";
import { answeredNationality } from "../../sos/nationality.ts";
import { answeredNationalityAndPlace } from "../../sos/typed-answer.ts";
import { detectDanger } from "../../qa/danger.ts";
import type { BotContext, Deps } from "../context.ts";
import type { ReadText } from "../../text/read-text.ts";
import { renderedOnce } from "../rendered-once.ts";
import { inReadersUsage } from "../hong-kong-reader.ts";

/** `-` marks a choice not made yet; the buttons carry both choices, so no session state is needed. */
const sosData = callbackCodec("sos", ["nationality", "country"]);
/**
 * The same choices asked under an emergency answer: a tap sends the next step as a message of its own, since editing
 * would replace the answer.
 */
const askedData = callbackCodec("sosa", ["nationality", "country"]);
const UNSET = "-";
const SOS_REPLY = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

export interface Choice {
  nationality?: Nationality;
  country?: Country;
}

function grid<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
  data: (value: T) => string,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  values.forEach((value, i) => {
    keyboard.text(label(value), data(value));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

/** Nationalities in the order to offer them: the likeliest for this user first, the rest after, "other" last. */
export function nationalityChoices(ctx: BotContext): Nationality[] {
  const likely: Nationality[] = likelyNationalities(ctx.from?.language_code, ctx.locale).filter((n) => n !== "other");
  return [...likely, ...NATIONALITIES.filter((n) => !likely.includes(n) && n !== "other"), "other"];
}

/** A message the bot renders from its words and a choice: its text and buttons. */
export interface RenderedMessage {
  text: string;
  keyboard: InlineKeyboard;
}

/** The question for what `choice` lacks (whose citizen, or where), its choices packed with `codec`. */
function sosAsk(ctx: BotContext, choice: Choice, codec: typeof sosData): RenderedMessage | undefined {
  const { locale, deps } = ctx;
  const pack = (nationality: string, country: string) => codec.pack({ nationality, country });
  if (!choice.nationality) {
    return {
      text: sosQuestion("nationality", locale, deps.translator),
      keyboard: grid(
        nationalityChoices(ctx),
        (n) => nationalityName(n, locale, deps.translator),
        (n) => pack(n, choice.country ?? UNSET),
      ),
    };
  }
  const nationality = choice.nationality;
  if (!choice.country) {
    return {
      text: sosQuestion("country", locale, deps.translator),
      keyboard: grid(
        COUNTRIES,
        (c) => countryName(c, locale, deps.translator),
        (c) => pack(nationality, c),
      ),
    };
  }
  return undefined;
}

/**
 * What a rendered card or question depends on in a choice: the nationality, or, when it is asked, the user's Telegram
 * language (the buttons come in the order likeliest for it), and the country.
 */
export function choiceKey(ctx: BotContext, choice: Choice): string {
  return `${choice.nationality ?? `asked in ${ctx.from?.language_code}`}/${choice.country}`;
}

/** Cards and questions by language and choice: at most a few hundred. */
const sosMessages = renderedOnce<RenderedMessage>(1024);

/** The next step for a choice: ask whose citizen, ask where, or show the contacts with buttons to change either. */
function sosMessage(ctx: BotContext, choice: Choice): RenderedMessage {
  return sosMessages(ctx.deps.translator, `${ctx.locale}|${choiceKey(ctx, choice)}`, () =>
    renderSosMessage(ctx, choice),
  );
}

/**
 * /sos's card, or its question with the numbers that help already above it (the local police where the person is,
 * their government's lines, or the likeliest nationalities' when theirs is unknown): no number is a tap away.
 */
function renderSosMessage(ctx: BotContext, choice: Choice): RenderedMessage {
  const asked = sosAsk(ctx, choice, sosData);
  if (!asked) return sosCard(ctx, choice as Required<Choice>, sosData);
  const { lines } = emergencyContacts(choice, ctx.locale, ctx.deps.translator, nationalityChoices(ctx));
  return lines ? { ...asked, text: `<b>${ctx.t("sos.title")}</b>\n${lines.html}\n\n${asked.text}` } : asked;
}

/** Whom to call for a full choice, with buttons (packed with `codec`) to change either part. */
function sosCard(ctx: BotContext, { nationality, country }: Required<Choice>, codec: typeof sosData): RenderedMessage {
  const { locale, deps } = ctx;
  const pack = (nationality: string, country: string) => codec.pack({ nationality, country });
  return {
    text: renderContacts(nationality, country, locale, deps.translator),
    keyboard: new InlineKeyboard()
      .text(ctx.t("sos_menu.change_nationality"), pack(UNSET, country))
      .text(ctx.t("sos_menu.change_country"), pack(nationality, UNSET)),
  };
}

function rememberedNationality(ctx: BotContext): Nationality | undefined {
  const remembered = ctx.user?.sosNationality;
  return remembered && isNationality(remembered) ? remembered : undefined;
}

function storedChoice(ctx: BotContext): Choice {
  const user = ctx.user;
  // Asked in every language, never assumed from the language (Simplified Chinese is also Malaysia's and Singapore's):
  // the likeliest choices come first under the question (`nationalityChoices`).
  const nationality = rememberedNationality(ctx);
  const country = user?.sosCountry && isCountry(user.sosCountry) ? user.sosCountry : undefined;
  return { ...(nationality ? { nationality } : {}), ...(country ? { country } : {}) };
}

/**
 * The card for `choice`, or the question for what it lacks (an unknown nationality is asked with one tap, the
 * likeliest first: never a card for "another country" as if that were an answer).
 */
async function sendSos(ctx: BotContext, choice: Choice): Promise<unknown> {
  const { text, keyboard } = inReadersUsage(ctx, sosMessage(ctx, choice));
  return ctx.reply(text, { ...SOS_REPLY, reply_markup: keyboard });
}

/**
 * What an emergency answer asks under itself when `choice` lacks the nationality or the country: the question for its
 * text and the choices as buttons (one message rather than the answer and then the question).
 */
export function sosQuestionUnderAnswer(ctx: BotContext, choice: Choice): RenderedMessage | undefined {
  return sosAsk(ctx, choice, askedData);
}

/**
 * The card sent in one message with an emergency answer: its buttons to change a choice send the next step as a
 * message of their own, since editing would replace the answer too.
 */
export function sosCardWithAnswer(ctx: BotContext, choice: Required<Choice>): RenderedMessage {
  return sosCard(ctx, choice, askedData);
}

/** /sos: asks whose citizen the person in trouble is and where they are (remembered), then shows whom to call. */
export async function openSos(ctx: BotContext): Promise<unknown> {
  const choice = storedChoice(ctx);
  askedWhoseCitizen(ctx, choice);
  return sendSos(ctx, choice);
}

/**
 * Who the person in a danger message is, as far as we can tell: their nationality named in the message ("我們是台中人",
 * "we're from Penang", a currency, Cantonese), chosen before, or clear from Telegram's regional language; and the
 * country the message names, else the one chosen before. A nationality named in the message is remembered (the code
 * only; /forget deletes it).
 */
export function dangerChoice(ctx: BotContext, text: string | ReadText): Choice {
  const stored = storedChoice(ctx);
  const country = guessCountry(text) ?? stored.country;
  const chosen = chooseNationality(text, ctx.from?.language_code, rememberedNationality(ctx));
  if (chosen?.from === "words" && chosen.nationality !== "other" && ctx.from) {
    // Remembering is a convenience: the answer does not wait for the disk or the database (a whole-file write under a
    // burst), and a full disk or a database gone away must not hold back emergency help. Shutdown waits for it.
    const remembering = ctx.deps.store
      .updateUser(ctx.from.id, { sosNationality: chosen.nationality })
      .catch((error: unknown) => ctx.log.warn({ err: error }, "could not remember the nationality of a danger message"))
      .finally(() => ctx.deps.background.delete(remembering));
    ctx.deps.background.add(remembering);
  }
  return { ...(chosen ? { nationality: chosen.nationality } : {}), ...(country ? { country } : {}) };
}

/** How long after the bot asked whose citizen the person is the chat's next message is taken as the answer. */
const NATIONALITY_ANSWER_WINDOW_MS = 30 * 60 * 1000;
/** Chats asked whose citizen the person is, remembered at most. */
const MAX_CHATS_ASKED = 10_000;
/**
 * Chats just asked whose citizen the person in trouble is (under an emergency answer or by /sos), with the country
 * already known: the very next message, typed rather than tapped ("中国", "I'm Filipino"), answers it (chat review #25).
 * Per bot (its dependencies): two bots in one process (tests) do not share their chats' questions.
 */
const askedByBot = new WeakMap<Deps, NextUpdatePrompts<{ country?: Country }>>();
function nationalityAsked(ctx: BotContext): NextUpdatePrompts<{ country?: Country }> {
  let asked = askedByBot.get(ctx.deps);
  if (!asked) askedByBot.set(ctx.deps, (asked = nextUpdatePrompts(NATIONALITY_ANSWER_WINDOW_MS, MAX_CHATS_ASKED)));
  return asked;
}

/** Counts each update of a chat asked whose citizen the person is: only the one right after the question answers it. */
export const watchNationalityQuestions: Middleware<BotContext> = (ctx, next) => nationalityAsked(ctx).watch(ctx, next);

/** Notes that this private chat was just asked whose citizen the person is, for `choice` (its country, if known). */
export function askedWhoseCitizen(ctx: BotContext, choice: Choice): void {
  if (choice.nationality) return;
  nationalityAsked(ctx).ask(ctx, choice.country ? { country: choice.country } : {});
}

/**
 * A typed answer to "where is the person who needs help from?": when the chat was asked it by the message just before
 * and `text` names a nationality, alone ("中国", "I'm Filipino") or with where the person is ("I'm Filipino and I'm in
 * Thailand", "台灣人 人在緬甸"), the choice is remembered as a tap on the buttons would remember it and its card (or the
 * question of where) is sent, and true is returned; otherwise false, and the question is over either way. A message
 * that tells of danger itself is read as itself: the emergency answer reads who and where from it.
 */
export async function answerWhoseCitizen(ctx: BotContext, text: ReadText): Promise<boolean> {
  const asked = nationalityAsked(ctx).take(ctx);
  if (asked === undefined) return false;
  const nationality = answeredNationality(text.text);
  const withPlace =
    nationality === undefined && !detectDanger(text).danger ? answeredNationalityAndPlace(text.text) : undefined;
  const country = withPlace?.country ?? asked.country;
  const choice: Choice | undefined = withPlace ?? (nationality && { nationality, ...(country ? { country } : {}) });
  if (choice?.nationality === undefined) return false;
  if (ctx.from) {
    await ctx.deps.store.updateUser(ctx.from.id, {
      ...(choice.nationality !== "other" ? { sosNationality: choice.nationality } : {}),
      ...(choice.country ? { sosCountry: choice.country } : {}),
    });
  }
  await sendSos(ctx, choice);
  return true;
}

export const sosFeature = new BotComposer<BotContext>();

sosFeature.command("sos", openSos);

/** The choice a button carries, remembered (each part as soon as it is chosen); undefined for a forged button. */
async function tappedChoice(ctx: BotContext, codec: typeof sosData): Promise<Choice | undefined> {
  const data = codec.unpack(ctx.callbackQuery?.data ?? "");
  const nationality = data?.nationality ?? "";
  const country = data?.country ?? "";
  const validNationality = nationality === UNSET || isNationality(nationality);
  const validCountry = country === UNSET || isCountry(country);
  if (!data || !validNationality || !validCountry) return undefined;
  const choice: Choice = {
    ...(isNationality(nationality) ? { nationality } : {}),
    ...(isCountry(country) ? { country } : {}),
  };
  if (ctx.from && (choice.nationality || choice.country)) {
    await ctx.deps.store.updateUser(ctx.from.id, {
      ...(choice.nationality ? { sosNationality: choice.nationality } : {}),
      ...(choice.country ? { sosCountry: choice.country } : {}),
    });
  }
  return choice;
}

/** A tapped choice: remembered, then the next step shown by `show`; a forged button is told it is stale. */
function onTap(
  codec: typeof sosData,
  show: (ctx: BotContext, next: RenderedMessage) => Promise<unknown>,
): (ctx: BotContext) => Promise<unknown> {
  return async (ctx) => {
    const choice = await tappedChoice(ctx, codec);
    if (!choice) return ctx.answerCallbackQuery({ text: ctx.t("errors.stale_button") });
    await ctx.answerCallbackQuery();
    return show(ctx, inReadersUsage(ctx, sosMessage(ctx, choice)));
  };
}

sosFeature.callbackQuery(
  sosData.filter,
  onTap(sosData, (ctx, { text, keyboard }) => ctx.editMessageText(text, { ...SOS_REPLY, reply_markup: keyboard })),
);

/**
 * A choice tapped under an emergency answer: the next step (the card, or where) comes as a message of its own, and the
 * answer keeps its text and its own buttons, without the question's.
 */
sosFeature.callbackQuery(
  askedData.filter,
  onTap(askedData, async (ctx, { text, keyboard }) => {
    await ctx.reply(text, { ...SOS_REPLY, reply_markup: keyboard });
    const rows = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard ?? [];
    const own = rows.filter(
      (row) => !row.some((button) => "callback_data" in button && askedData.filter.test(button.callback_data)),
    );
    return ctx
      .editMessageReplyMarkup({ reply_markup: { inline_keyboard: own } })
      .catch((error: unknown) => ctx.log.warn({ err: error }, "could not take the answered question's buttons away"));
  }),
);
