import { BotComposer } from "../composer.ts";
import type { Composer } from "grammy";
import { classifyText } from "../../check/index.ts";
import { qaEntryById } from "../../content/qa.ts";
import { detectDanger, isAgentGoneWithMoney, namesTheirOwn, OFFER_CONDITION_REASONS } from "../../qa/danger.ts";
import { asksHowToVerify } from "../../qa/domain.ts";
import { askedTerm } from "../../qa/glossary.ts";
import { matchQuestion } from "../../qa/match.ts";
import { meaningText } from "../../qa/reply.ts";
import { RecentMap } from "../../recent-map.ts";
import { ReadText } from "../../text/read-text.ts";
import type { BotContext } from "../context.ts";
import { offerText } from "../offer-text.ts";
import { sendQaReply } from "./questions.ts";
import { answerWhoseCitizen } from "./sos.ts";

/** The answer to "is this offer safe to take?", for a question about an offer that matches nothing better. */
const OFFER_SAFETY_ANSWER = { answer: "offer_safety", confidence: 1, alternatives: [], emergency: false };
/** The answer to "how do I check the company is real?", for that question asked of the offer just checked. */
const VERIFY_EMPLOYER_ANSWER = { answer: "verify_employer", confidence: 1, alternatives: [], emergency: false };

/** How long after a verdict a short question is taken to ask about that offer. */
const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000;
/** A follow-up about "it" is a few words ("靠谱吗？", "is it safe?"); a longer question says what it asks. */
const FOLLOW_UP_MAX_CHARS = 24;
/**
 * How to check that "it" is real ("what should I ask them to check if it's real?", "要怎麼確認是不是詐騙？") says what it asks
 * in more words: up to this many, it is still about the offer just checked.
 */
const VERIFY_FOLLOW_UP_MAX_CHARS = 80;
/** Chats whose last verdict time is kept. */
const MAX_CHATS_REMEMBERED = 10_000;

/**
 * Routes what people type in a private chat: danger first (someone held, beaten, passport taken, ransom, gone
 * silent) gets the emergency answer before anything else; an offer gets its verdict; an offer described inside a
 * question gets the verdict and then the answer; a question gets a scripted answer or the nearest topics; anything
 * else the menu. The message is read once (`ReadText`): the router, the matcher, the check and the contacts card share
 * its canonical form, terms and amounts.
 */
export function createFreeTextFeature(
  checkAnOffer: (ctx: BotContext, text: ReadText) => Promise<void>,
  takeOfferPrompt: (ctx: BotContext) => boolean,
): Composer<BotContext> {
  const feature = new BotComposer<BotContext>();
  // When each private chat last had an offer checked: a short question right after ("靠谱吗", "is it safe?") asks
  // about that offer, not about nothing.
  const offerCheckedAt = new RecentMap<number, number>(MAX_CHATS_REMEMBERED);
  const checkOffer = async (ctx: BotContext, text: ReadText): Promise<void> => {
    if (ctx.chat !== undefined) offerCheckedAt.set(ctx.chat.id, ctx.deps.now().getTime());
    await checkAnOffer(ctx, text);
  };
  const followsAnOffer = (ctx: BotContext, text: ReadText, maxChars = FOLLOW_UP_MAX_CHARS): boolean => {
    const at = ctx.chat === undefined ? undefined : offerCheckedAt.get(ctx.chat.id);
    return (
      at !== undefined && ctx.deps.now().getTime() - at <= FOLLOW_UP_WINDOW_MS && text.canonical.length <= maxChars
    );
  };
  const freeText = feature
    .chatType("private")
    .on(["message:text", "message:caption"])
    .filter((ctx) => !ctx.msg.text?.startsWith("/"));
  // Unread (database down), a report or trip setup in progress looks like no step at all and its answer is taken
  // for a question or an offer: after that reply, the user is told that a step it may have answered was not taken.
  freeText.use(async (ctx, next) => {
    await next();
    if (ctx.userUnread) await ctx.reply(ctx.t("errors.progress_unavailable"));
  });
  freeText.use(async (ctx) => {
    const text = new ReadText(offerText(ctx.msg));
    // "中国", "I'm Filipino", "I'm Filipino and I'm in Thailand" typed in answer to "where is the person who needs help
    // from?": that nationality's card.
    if (await answerWhoseCitizen(ctx, text)) return;
    // "出国劳务中介收了我两万，现在拉黑了": an offer's words told of a fraud already done, which the report answer serves.
    const prompted = takeOfferPrompt(ctx);
    const kind = isAgentGoneWithMoney(text.canonical) ? "question" : classifyText(text, { prompted });
    // In an offer, "hand your passport to the company" is a condition the verdict flags, and "don't be afraid",
    // "help us grow" in a Cambodian ad is recruiting talk, not someone in distress now — unless the message names a
    // person of the writer's own ("my sister… manager not give passport back, she cry every night") or tells an event
    // beside it ("仲介把護照拿走了…也不讓我回台灣").
    // A message about someone of the writer's own ("我哥哥被关在缅甸园区…") may read like an offer: the matcher's
    // emergency entries are asked too, for what the danger check does not know yet.
    const aboutTheirOwn = namesTheirOwn(text.canonical);
    const danger = detectDanger(text);
    const inDanger =
      danger.danger && (!OFFER_CONDITION_REASONS.has(danger.reason) || danger.event !== undefined || aboutTheirOwn);
    // A plain offer with no one in danger gets its verdict alone: the matcher (a third of a pasted ad's CPU) is
    // asked only when its answer can be sent.
    if (kind === "offer" && !inDanger && !aboutTheirOwn) return checkOffer(ctx, text);
    const match = matchQuestion(text);
    // In an offer, only the danger check or a relative named says someone is in danger now: an emergency entry its
    // words merely rank first ("hold this work permit") is no emergency.
    const emergency = match.emergency && (kind === "question" || inDanger || aboutTheirOwn);
    // A short question with no answer of its own right after a verdict ("靠谱吗", "is it legit?") asks about that
    // offer: whether it is safe to take.
    // Right after a verdict, how to check that it is real or not a scam ("what should I ask them to check if it's
    // real?", "點樣知係咪真嘅公司") asks how to verify the employer behind that offer, whatever entry its other words
    // reach (the life inside a compound, "not what JobSafe covers"); another ask the question is told by (where to
    // report, a fee) keeps its own answer. The window is looked up first: most questions follow no verdict.
    const verifiesLastOffer =
      kind === "question" &&
      !emergency &&
      !(match.byAsk && match.answer !== null) &&
      followsAnOffer(ctx, text, VERIFY_FOLLOW_UP_MAX_CHARS) &&
      asksHowToVerify(text.canonical);
    if (verifiesLastOffer)
      return sendQaReply(
        ctx,
        { ...VERIFY_EMPLOYER_ANSWER, alternatives: match.alternatives.filter((id) => id !== "verify_employer") },
        text,
      );
    const aboutLastOffer =
      kind === "question" && !emergency && match.answer === null && !match.smallTalk && followsAnOffer(ctx, text);
    if (aboutLastOffer) return sendQaReply(ctx, { ...OFFER_SAFETY_ANSWER, alternatives: match.alternatives }, text);
    // "菠菜是什么意思", "what is KK Park": the word's meaning, then the entry that tells more.
    const asked = kind === "question" && !emergency ? askedTerm(text) : undefined;
    if (asked) {
      const related = { answer: asked.related, confidence: 1, alternatives: [], emergency: false };
      return sendQaReply(ctx, related, text, meaningText(asked, ctx.locale, ctx.deps.translator));
    }
    if (emergency || kind === "question") return sendQaReply(ctx, match, text);
    await checkOffer(ctx, text);
    // "…能去吗" / "is it ok?": after the verdict, the scripted answer to the question; when no other entry fits
    // better, the question about an offer is whether it is safe to take. No one is in danger here, so an emergency
    // entry that the offer's words ranked first ("hold this work permit") is not that answer.
    if (kind === "offer-in-question") {
      const fits = match.answer !== null && !qaEntryById(match.answer)?.emergency;
      await sendQaReply(ctx, fits ? match : { ...OFFER_SAFETY_ANSWER, alternatives: match.alternatives });
    }
  });
  return feature;
}
