/**
 * Matches a free-text question to a scripted answer (PRODUCT.md §2.2).
 *
 * Order of decisions:
 * 1. Danger first: a message saying someone is held, beaten, ransomed, silent or has lost their passport to an
 *    employer gets the emergency entry for that signal, whatever else it asks.
 *    A report about others pasted without a question (news, a verdict), or a question about a film, a book or an essay
 *    on the topic, gets the nearest topics, never an answer.
 * 2. Retrieval: BM25 (MiniSearch) over each entry's sample questions and keywords, with bigram terms for Chinese
 *    (see tokenize.ts). Questions from neighbouring domains (study abroad, holiday theft, working holidays) are
 *    indexed as an "out of scope" class: when that class wins, no scam answer is given.
 * 3. Domain: a message that names nothing of JobSafe's domain (domain.ts) gets the polite "not what JobSafe covers",
 *    whatever words it shares with an entry; questions about the bot itself are exempt.
 * 4. Confidence: how much of the question's informative vocabulary the best entry explains, and how clearly it
 *    beats the runner-up. High → answer; middling → offer the 2–3 nearest entries; low → nothing (the menu), never a
 *    guess. A question that weighs a job abroad ("is it legit?") and finds no entry confidently gets the nearest
 *    entry that weighs offers.
 * 5. What is asked: a question told by its ask rather than its topic words (where to report, what now after being
 *    cheated, whether the company is real) gets the entry for that ask over the entries that weigh offers
 *    (`QaEntry.answersAsking`).
 */
import {
  QA_ENTRIES,
  QA_OUT_OF_SCOPE,
  type AskedAbout,
  type DangerReason,
  type QaEntry,
  type QaTexts,
} from "../content/qa.ts";
import { canonicalForms } from "../text/cantonese.ts";
import { ReadText } from "../text/read-text.ts";
import {
  dangerOf,
  soundsAlarming,
  givesEverydayReason,
  isEverydayFrame,
  asksInGeneral,
  asksAboutPunishmentOnReturn,
  asksHowRescueWorks,
  asksWhenSilenceWorries,
  isAgentGoneWithMoney,
  NAMES_A_RECRUITER,
  RECRUITER_EN,
  RECRUITER_HAN,
  isLostBelongings,
  isPleaForHelp,
  isSafeAndWell,
  isSmallTalk,
  isKeptInForEverydayReason,
  isEverydayTrap,
  isBackAlready,
  isNewsAboutOthers,
  isUrgentPlea,
} from "./danger.ts";
import {
  asksAboutAnOffer,
  asksAboutTheBot,
  asksWhomToCall,
  isAboutMedia,
  isAboutOurDomain,
  isNeighbouringTopic,
  isPassportInOrdinaryCustody,
  isReportAboutOthers,
  namesOurOwnTopic,
  namesScam,
  namesScamTrade,
} from "./domain.ts";
import { createEntryRanking, type RankedEntry, type SearchDoc } from "./ranking.ts";
import { withSecondOpinion } from "./second-opinion.ts";
import { guessCountry } from "../sos/guess.ts";
import type { Country } from "../content/places.ts";
import { searchTerms } from "./tokenize.ts";

/** The entry on reporting a recruiter: what an agent gone with the money calls for. */
const REPORT_ENTRY = "report_recruiter";

export interface QaMatch {
  /** Entry id to answer with, or null: offer `alternatives` as buttons, or the menu when there are none. */
  answer: string | null;
  /** 0..1: 1 when a danger signal decided the answer. */
  confidence: number;
  /** Other entries worth offering (2–3 ids, nearest first); empty when nothing is close. */
  alternatives: string[];
  /** The answer is an emergency entry, to be shown before anything else. */
  emergency: boolean;
  /** The question is about a neighbouring topic JobSafe does not cover (a holiday passport theft, a student visa). */
  outOfScope?: boolean;
  /**
   * That neighbouring topic is a traveller's passport kept by a hotel, a landlord or a hire shop, in the country the
   * message names: one practical line more, with that country's tourist police when it has a number.
   */
  passportKept?: { readonly country?: Country };
  /** The message only greets, thanks or chats ("hi", "谢谢"): greeted back with what JobSafe does. */
  smallTalk?: boolean;
  /**
   * The message is a topic word or two and nothing else ("visa", "護照"): it asks nothing yet, so the `alternatives`
   * are offered and no answer is picked for it (not by the learned model either).
   */
  topicWordsOnly?: boolean;
  /**
   * The answer is the entry for what the question asks (punishment on return, which number to call, whether the
   * company is real: `QaEntry.answersAsking`), not the entry its topic words rank first: its confidence measures those
   * words, so the learned model does not overrule it (second-opinion.ts).
   */
  byAsk?: boolean;
}

export interface QaMatcherOptions {
  /** Answer directly at or above this confidence. */
  answerThreshold: number;
  /** Offer the nearest entries at or above this confidence. */
  suggestThreshold: number;
}

export const DEFAULT_MATCHER_OPTIONS: QaMatcherOptions = { answerThreshold: 0.35, suggestThreshold: 0.2 };

export interface QaMatcher {
  /** Matches a question, from its text or from the message as the router already read it. */
  match(text: string | ReadText): QaMatch;
}

const OUT_OF_SCOPE = "";
const MAX_ALTERNATIVES = 3;
/** A bare topic message: at most this many words ("work visa", "工作 签证") and this many characters. */
const BARE_WORDS = 2;
const BARE_LENGTH = 24;
/** Without one of the entry's topic keywords, a direct answer needs this much more of the question explained. */
const OFF_KEYWORD_CONFIDENCE = 0.6;
/**
 * Outside the domain's own words, a direct answer needs this much of the question explained by a topic keyword's entry.
 */
const VOUCHED_CONFIDENCE = 0.75;
/** The weight, against the IDF of known words, of a word that no entry knows. */
const UNKNOWN_TERM_WEIGHT = 0.5;
/** An entry is "near" when it scores at least this share of the best entry. */
const NEAR_SHARE = 0.35;

/**
 * Questions told by what they ask, not by their topic words, which they share with the entries that weigh an offer
 * (`QaEntry.answersAsking`). `report`: someone who asks where or how to report ("where can I report it", "向哪裡檢舉"),
 * or who has been cheated already ("I was scammed by the agent", "被骗了", "求职诈骗的受害者") and asks what to do now
 * ("what now", "next steps", "怎么办", "接下来怎么做"); the signs of a scam and a recruiter's channels help before an offer
 * is taken ("victim of job fraud" is also how the signs are asked about, "a Telegram group is hiring" how a channel is).
 * `fee`: whether a recruiter's fee is normal, legal or how much it may be (FEE_NAMED).
 * `employer`: whether the company behind an offer is real ("how do I know the company is real", "那家公司是真的吗",
 * "syarikat tu betul ke tak"),
 * however the offer came (a friend, a group): not whether the job is. `whom`: which number to call or whom to ask for
 * help ("which hotline should I ring", "要打哪個電話"), whose words no entry's topic holds (domain.ts `asksWhomToCall`).
 */
const CHEATED =
  /被骗|受骗|骗了|受害|(?:遇到|碰到|遇上)了?[^,.!?。，！？]{0,6}(?:诈骗|骗局|骗子)|\b(?:victims?|scammed|cheated|conned|duped|defrauded|fell for)\b/;
const ASKS_WHAT_NOW =
  /怎么办|怎么做|怎么处理|该做什么|能做什么|下一步|接下来|\bwhat (?:should|do|can|must|shall) (?:i|we|you|one) do\b|\bwhat now\b|\bwhat to do\b|\b(?:next|what) steps?\b/;
const ASKS_WHERE_TO_REPORT =
  /(?:哪里|哪儿|哪|谁|什么部门|哪个部门|什么地方|怎么|怎样|如何)(?:可以|能|要|该|去)?(?:举报|检举|投诉|报案)|\b(?:where|how|who)(?: (?:can|could|do|should|shall|would|to|i|we|you|one|else))* (?:report|complain|file a complaint)\b/;
const ASKS_IF_EMPLOYER_IS_REAL =
  /(?:公司|雇主|老板|企业|单位)[^,.!?。，！？]{0,4}(?:是不是|是否|是)?(?:真的|真实|真$|真\?)|\b(?:company|employer|business|firm)\b[^.?!]{0,24}\b(?:is|are|was) (?:real|genuine)\b|\b(?:syarikat|perusahaan|majikan)\b[^.?!]{0,30}\b(?:betul|benar|asli|wujud|beneran)\b/;
/**
 * Whether an agency or recruiter can be trusted ("这家仲介可以信吗", "is this recruiter legit?"): the employer's check, asked
 * of the agent. A fee named with it ("中介收费合法吗") asks about the fee, which its own entry answers.
 */
const ASKS_IF_AGENCY_IS_TRUSTWORTHY = new RegExp(
  [
    `(?:${RECRUITER_HAN})[^,.!?。，！？]{0,6}(?:可以信|可信|信得过|靠谱|靠不靠谱|可靠|正规|合法|是不是真|是真的)`,
    `\\b(?:${RECRUITER_EN})\\b[^.?!]{0,24}\\b(?:legit\\w*|trustworthy|reliable|licen[cs]ed|genuine|real)\\b`,
    "\\bcan (?:i|we) trust (?:this|the|that|my) (?:agency|recruiter|agent)\\b",
  ].join("|"),
);
const NAMES_A_FEE = /费|收钱|交钱|付钱|\b(?:fees?|charg\w*|pay|paid|payment)\b/;
/**
 * Money paid to an agent and wanted back ("中介收了钱就跑路了", "how do I get my money back from the agency?", "how to get
 * it back"): the victim's ask after the fact, which the reporting entry answers. A recruiter must be named: a deposit
 * back from a landlord, a bike share or a delivery app is a neighbour's errand. An agent paid and gone is the danger
 * reader's own reading (isAgentGoneWithMoney).
 */
const WANTS_MONEY_BACK =
  /(?:要回|追回|拿回|讨回|退回|退还|攞返)[^,.!?。，！？]{0,6}(?:钱|费|款)|(?:钱|费用|款)[^,.!?。，！？]{0,6}(?:要回|追回|拿回|讨回|退回|退还|要不回|拿不回|要得回|拿得回|追得回)|跑路|卷款|\b(?:get|getting|recover|claim|want) (?:back )?(?:my |our |the |his |her )?(?:money|fees?|payment)(?: back)?\b|\bget (?:it|this|that) back\b|\b(?:ran off|ran away|disappeared|vanished|gone) with (?:my |our |the )?money\b/;
/**
 * Whether a recruiter's fee is normal, legal or how much it may be ("中介收中介费正常吗", "劳务公司会向工人收哪些费用",
 * "do I have to pay the manpower agency", "仲介最多可以收多少錢"): the fee's own entry, though the question shares more
 * words with checking the agency. Money wanted back or an agent gone with it is reporting's (asked before this).
 */
const FEE_NAMED =
  /费|收钱|交钱|付钱|收多少|收[^,.!?。，！？]{0,4}钱|\b(?:fees?|charg(?:e|es|ed|ing)|costs?|pay (?:the |an? |my )?(?:manpower |recruitment |placement )?(?:agents?|agency|agencies|recruiters?|brokers?))\b/;
const FEE_ASKED =
  /正常|合法|多少|该不该|要不要|应该由|应由|谁付|谁出|哪些(?:费|钱)|可以收|能收|\b(?:normal|legal(?:ly)?|allowed|how much|who (?:should )?pays?|which (?:fees?|costs?|charges?)|should i pay|have to pay|must i pay|do i pay)\b/;
/** Whether the agency holds a licence or is registered: the employer's check, whatever fee it asks for. */
const ASKS_IF_LICENSED =
  /登记|注册|牌照|执照|资质|许可证|\b(?:licen[cs](?:e|ed)|registered|registration|accredit\w*)\b/;
/** Whether the agency itself is real or registered is asked: the employer's check, whatever fee it asks for. */
const ASKS_IF_REGISTERED =
  /登记|注册|牌照|执照|资质|是不是真的|是否真实|真假|\b(?:licen[cs](?:e|ed)|registered|registration|accredit\w*|legit\w*|genuine)\b/;
const asksAboutAFee = (canonical: string): boolean =>
  FEE_NAMED.test(canonical) &&
  NAMES_A_RECRUITER.test(canonical) &&
  FEE_ASKED.test(canonical) &&
  !ASKS_IF_REGISTERED.test(canonical) &&
  !asksWhomToCall(canonical) &&
  !TO_REPORT.test(canonical) &&
  !WANTS_MONEY_BACK.test(canonical) &&
  !isAgentGoneWithMoney(canonical);
/** Reporting named: the number asked for is where to report ("我想举报，打什么电话"). */
const TO_REPORT = /举报|检举|投诉|报案|\b(?:report\w*|complain\w*)\b/;
/** Someone still deciding whether to go or to take the job ("还在考虑要不要去", "haven't accepted yet"). */
const BEFORE_GOING =
  /还在考虑|考虑要不要|要不要去|还没决定|没决定要不要|打算去|准备去|该不该去|(?:可以|能|应该)去吗|去得吗|能不能去|可不可以去|\b(?:thinking (?:of|about)|considering|haven'?t (?:accepted|decided)|not (?:yet )?(?:accepted|decided)|should i (?:go|take|accept)|before i (?:go|leave|accept))\b/;
const ASKED: Readonly<Record<AskedAbout, (canonical: string) => boolean>> = {
  report: (canonical) =>
    ASKS_WHERE_TO_REPORT.test(canonical) ||
    (CHEATED.test(canonical) && ASKS_WHAT_NOW.test(canonical)) ||
    (TO_REPORT.test(canonical) && asksWhomToCall(canonical)) ||
    (WANTS_MONEY_BACK.test(canonical) && NAMES_A_RECRUITER.test(canonical)) ||
    isAgentGoneWithMoney(canonical),
  fee: asksAboutAFee,
  employer: (canonical) =>
    ASKS_IF_EMPLOYER_IS_REAL.test(canonical) ||
    (ASKS_IF_AGENCY_IS_TRUSTWORTHY.test(canonical) && !NAMES_A_FEE.test(canonical)) ||
    (NAMES_A_RECRUITER.test(canonical) && ASKS_IF_LICENSED.test(canonical)),
  whom: asksWhomToCall,
  punished: asksAboutPunishmentOnReturn,
  silence: asksWhenSilenceWorries,
  rescue: asksHowRescueWorks,
};
/**
 * Asks the danger reader tells apart from a case told now (punishment on return, how long a silence is normal, how
 * rescues work): their entry answers, without the contacts, whatever entry the question's words rank first.
 */
const DECISIVE_ASKS: ReadonlySet<AskedAbout> = new Set(["punished", "silence", "rescue"]);

/**
 * Which ask decides when several are heard: punishment on return is the most particular, the number asked for the most
 * general of them.
 */
const ASK_ORDER: readonly AskedAbout[] = ["punished", "silence", "rescue", "report", "fee", "employer", "whom"];

/** Text lists per script: Traditional samples fold into Simplified terms, so they join the Chinese document. */
function byScript(texts: QaTexts): { zh: readonly string[]; en: readonly string[] } {
  return { zh: [...texts["zh-hans"], ...(texts["zh-hant"] ?? [])], en: texts.en };
}

/**
 * A Latin keyword of several words is one term, its words sorted and joined ("ayaw makinig" → "ayaw+makinig"): it
 * names the topic only when the question holds all of them, in any order. Indexed word by word, a phrase's commonest
 * word alone ("ayaw", "back") pulled the topic in with a keyword's weight. Chinese keywords stay word by word (as
 * phrases they cost dev and cross-validation accuracy).
 */
const PHRASE_JOINER = "+";
const phraseOf = (words: readonly string[]): string => [...new Set(words)].sort().join(PHRASE_JOINER);
const LATIN = /[a-z]/;
const isPhraseTerm = (term: string): boolean => term.includes(PHRASE_JOINER);
const LONE_HAN = /^\p{Script=Han}$/u;

/**
 * "救命" or "save me" cried out over exam week, a house rule or in a joke ("someone save me lmao", "哈哈救命"): an
 * exclamation, not a plea for someone in danger.
 */
function isCryOfEverydayLife(canonical: string): boolean {
  return isKeptInForEverydayReason(canonical) || isEverydayFrame(canonical) || isEverydayTrap(canonical);
}

/**
 * Terms of the sample questions (one a line), each read as a message is (written Cantonese folded); keywords are too
 * short to show they are Cantonese, so each gives its phrase as written and as folded.
 */
export function termsOf(text: string, field?: string): string[] {
  const lines = text.split("\n");
  if (field === "keywords")
    return lines.flatMap((line) =>
      canonicalForms(line).flatMap((form) => {
        const words = searchTerms(form);
        if (shrinksToOneWord(form, words)) return [];
        return LATIN.test(form) && words.length > 1 ? [phraseOf(words)] : words;
      }),
    );
  return lines.flatMap((line) => searchTerms(new ReadText(line).canonical));
}

/**
 * A Latin keyword written in several words that reads as one common word once its function words are dropped ("get out"
 * → "out", "home now" → "home", "who handles" → "handle", "let him go" → "let"): with a keyword's weight, that word alone
 * put the topic on any message holding it ("get out of bed", "home now, see you"), while the topic needs the words
 * together. Such a keyword counts as a sample's words do. (Chinese keywords that shrink keep their weight: what is left
 * is a topic word, "被困" → "困", "是不是骗局" → "骗局"; so do negated ones, below.)
 */
function shrinksToOneWord(form: string, words: readonly string[]): boolean {
  return (
    words.length === 1 && LATIN.test(form) && (form.match(/[a-z0-9'’]+/g) ?? []).length > 1 && !NEGATION.test(form)
  );
}
/** A negation is half of what such a keyword says ("not answering", "no reply", "won't listen"): it keeps its weight. */
const NEGATION = /\b(?:not|no|never|nahi|hindi|tak)\b|n['’]t\b/;

/** A keyword of several words (or shrinking to one): its words still count as a sample's do, without a keyword's weight. */
const isPhrase = (keyword: string): boolean =>
  termsOf(keyword, "keywords").some(isPhraseTerm) ||
  canonicalForms(keyword).some((form) => shrinksToOneWord(form, searchTerms(form)));

/** Finds the keyword phrases all of whose words a question holds. */
export function phraseFinder(phrases: Iterable<string>): (terms: readonly string[]) => string[] {
  // Each phrase under its first word: a question looks up only the phrases its own words begin.
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of new Set(phrases)) {
    const words = phrase.split(PHRASE_JOINER);
    if (words.length < 2) continue;
    byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), words]);
  }
  return (terms) => {
    const held = new Set(terms);
    const found: string[] = [];
    for (const term of held)
      for (const words of byFirstWord.get(term) ?? [])
        if (words.every((word) => held.has(word))) found.push(words.join(PHRASE_JOINER));
    return found;
  };
}

/** A question's terms, read from the canonical form the router already made. */
const searchTermsOf = (read: ReadText): string[] => searchTerms(read.canonical);

/** The documents searched: one per entry and script, and the out-of-scope class's per script. */
export function searchDocs(
  entries: readonly QaEntry[] = QA_ENTRIES,
  outOfScope: QaTexts = QA_OUT_OF_SCOPE,
): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const entry of entries) {
    const samples = byScript(entry.samples);
    const keywords = byScript(entry.keywords);
    for (const script of ["zh", "en"] as const) {
      docs.push({
        id: `${entry.id}|${script}`,
        entry: entry.id,
        samples: [...samples[script], ...keywords[script].filter(isPhrase)].join("\n"),
        keywords: keywords[script].join("\n"),
      });
    }
  }
  const offTopic = byScript(outOfScope);
  for (const script of ["zh", "en"] as const) {
    docs.push({
      id: `${OUT_OF_SCOPE}|${script}`,
      entry: OUT_OF_SCOPE,
      samples: offTopic[script].join("\n"),
      keywords: "",
    });
  }
  return docs;
}

/**
 * Builds a matcher over `entries`. The index is small (a few hundred sample questions), so building takes
 * milliseconds; callers keep one matcher for the life of the process.
 */
export function createQaMatcher(
  entries: readonly QaEntry[] = QA_ENTRIES,
  outOfScope: QaTexts = QA_OUT_OF_SCOPE,
  options: QaMatcherOptions = DEFAULT_MATCHER_OPTIONS,
): QaMatcher {
  const docs = searchDocs(entries, outOfScope);

  const ranking = createEntryRanking(docs, termsOf);
  const phrasesIn = phraseFinder(docs.flatMap((doc) => termsOf(doc.keywords, "keywords")));
  /** Words of the best entry's match: a phrase found is evidence for the entry, not more of the question explained. */
  const matchedWords = (best: RankedEntry): number => best.matched.filter((term) => !isPhraseTerm(term)).length;
  // A lone Chinese character ("做", "好") is grammar more often than topic: it does not vouch for one ("我昨晚做了个恶梦").
  const matchedTopicWords = (best: RankedEntry): number =>
    best.matched.filter((term) => !isPhraseTerm(term) && !LONE_HAN.test(term)).length;
  const { documentFrequency } = ranking;
  // Inverse document frequency per term, to weigh how much of a question an entry explains: each known term's once.
  const idfOf = new Map([...documentFrequency].map(([term, count]) => [term, Math.log(1 + docs.length / count)]));
  const idf = (term: string): number => idfOf.get(term) ?? Math.log(2);

  const emergencyEntryFor = new Map<DangerReason, string>();
  for (const entry of entries) for (const reason of entry.emergencyFor ?? []) emergencyEntryFor.set(reason, entry.id);
  const isEmergency = new Set(entries.filter((entry) => entry.emergency).map((entry) => entry.id));
  const afterComingHome = new Set(entries.filter((entry) => entry.afterComingHome).map((entry) => entry.id));
  const pleaEntry = emergencyEntryFor.get("held");
  const homeEntry = entries.find((entry) => entry.afterComingHome)?.id;
  const weighsOffers = new Set(entries.filter((entry) => entry.weighsOffers).map((entry) => entry.id));
  const aboutTheBot = new Set(entries.filter((entry) => entry.aboutTheBot).map((entry) => entry.id));
  const offerEntry = entries.find((entry) => entry.weighsOffers)?.id;
  const botEntry = entries.find((entry) => entry.aboutTheBot)?.id;
  const reportEntry = entries.find((entry) => entry.id === REPORT_ENTRY)?.id;
  /** The entries that answer a question by what it asks, the most particular ask first (ASK_ORDER). */
  const answersAsking = entries
    .flatMap(({ id, answersAsking: asked }) => (asked ? [{ id, asked, asks: ASKED[asked] }] : []))
    .sort((a, b) => ASK_ORDER.indexOf(a.asked) - ASK_ORDER.indexOf(b.asked));

  /**
   * The topics a bare topic word names ("visa", "签证", "護照", "contract?"): one to `BARE_WORDS` terms, each a topic
   * keyword of some entry, and nothing else. It asks nothing yet, so its nearest topics are offered as buttons rather
   * than "not what JobSafe covers" (the out-of-scope class holds "visa" and "passport" in its student-visa and holiday
   * samples). A neighbouring word beside it ("student visa", "留学签证") is no entry's keyword and keeps that reply.
   */
  function bareTopics(terms: readonly string[], ranked: readonly RankedEntry[]): string[] {
    const words = [...new Set(terms)];
    if (words.length === 0 || words.length > BARE_WORDS) return [];
    const everyWordATopic = words.every((word) =>
      ranking.rank([word]).some((candidate) => candidate.entry !== OUT_OF_SCOPE && candidate.onTopic),
    );
    if (!everyWordATopic) return [];
    // The entries whose topic the words are first ("visa": the work-visa entry), then the nearest others.
    const named = ranked.filter((candidate) => candidate.entry !== OUT_OF_SCOPE && candidate.onTopic);
    const first = named.map((candidate) => candidate.entry);
    // Then the nearest others, and the first entry's related topics (its editors' neighbours) when few are near.
    const related = entries.find((entry) => entry.id === first[0])?.related ?? [];
    return [...new Set([...first, ...near(ranked, null), ...related])].slice(0, MAX_ALTERNATIVES);
  }

  return {
    match(text) {
      const read = ReadText.of(text);
      const decided = decide(read);
      // The held-or-trapped entry is the contacts for someone held now. Where no danger was read, someone already home
      // ("just got back from a compound… where can he get help?") is asked about afterwards, and a cry of everyday life
      // that its words reach ("trapped in a boring meeting, help lol", 被困在这一关了，救命) gets a greeting that names /sos,
      // not a card of police numbers.
      const offersPlea =
        pleaEntry !== undefined && (decided.answer === pleaEntry || decided.alternatives.includes(pleaEntry));
      if (offersPlea && !read.derive(dangerOf).danger) {
        if (decided.answer === pleaEntry && homeEntry && isBackAlready(read.canonical)) {
          const alternatives = decided.alternatives.filter((id) => id !== homeEntry);
          return { answer: homeEntry, confidence: 1, alternatives, emergency: false };
        }
        if (isCryOfEverydayLife(read.canonical)) {
          const alternatives = decided.alternatives.filter((id) => id !== pleaEntry);
          if (decided.answer === pleaEntry || (decided.answer === null && alternatives.length === 0))
            return { answer: null, confidence: 0, alternatives: [], emergency: false, smallTalk: true };
          return { ...decided, alternatives };
        }
      }
      if (decided.outOfScope && isPassportInOrdinaryCustody(read.canonical)) {
        const country = guessCountry(read);
        return { ...decided, passportKept: country ? { country } : {} };
      }
      if (decided.answer !== null || decided.alternatives.length > 0 || decided.smallTalk || decided.emergency)
        return decided;
      const terms = read.derive(searchTermsOf);
      if (read.canonical.length > BARE_LENGTH) return decided;
      const alternatives = bareTopics(terms, ranking.rank(terms));
      return alternatives.length > 0
        ? { answer: null, confidence: 0, alternatives, emergency: false, topicWordsOnly: true }
        : decided;
    },
  };

  function decide(read: ReadText): QaMatch {
    {
      const canonical = read.canonical;
      const terms = read.derive(searchTermsOf);
      const ranked = ranking.rank([...terms, ...phrasesIn(terms)]);
      const danger = read.derive(dangerOf);
      const dangerEntry = danger.reason ? emergencyEntryFor.get(danger.reason) : undefined;
      if (dangerEntry) {
        return {
          answer: dangerEntry,
          confidence: 1,
          alternatives: nearWhileHeld(ranked, dangerEntry),
          emergency: true,
        };
      }

      // An agent paid and gone ("中介收了钱，现在联系不上"): a fraud to report, not someone missing abroad.
      if (reportEntry && isAgentGoneWithMoney(canonical))
        return { answer: reportEntry, confidence: 1, alternatives: near(ranked, reportEntry), emergency: false };

      // Someone begging for a person to be saved gets the contacts first, whatever else the message asks, unless what
      // they cry out about is exam week or a house rule, or the cry is a joke's ("someone save me lmao").
      if (pleaEntry && isUrgentPlea(canonical) && !isCryOfEverydayLife(canonical)) {
        return { answer: pleaEntry, confidence: 1, alternatives: nearWhileHeld(ranked, pleaEntry), emergency: true };
      }
      if (isSmallTalk(canonical))
        return { answer: null, confidence: 0, alternatives: [], emergency: false, smallTalk: true };
      // "What can you do?" is all function words: read as a question to the bot, unless it names the domain.
      if (botEntry && asksAboutTheBot(canonical) && !isAboutOurDomain(canonical))
        return { answer: botEntry, confidence: 1, alternatives: [], emergency: false };
      // A passport lost on the way out of a scam ("keluar dari perusahaan scam… paspor hilang") is the survivor's
      // errand home, not a holiday theft.
      if (isLostBelongings(canonical) && !namesScam(canonical))
        return { answer: null, confidence: 0, alternatives: [], emergency: false, outOfScope: true };

      // A report about others pasted without a question (news, a verdict: "those who refused were sold on, the verdict
      // said") asks nothing, and a film, a book or an essay on the topic asks about them: the nearest topics are offered
      // when it is about the domain, never an answer or the contacts.
      if (isReportAboutOthers(canonical) || isAboutMedia(canonical)) {
        const alternatives = isAboutOurDomain(canonical) ? near(ranked, null) : [];
        return { answer: null, confidence: 0, alternatives, emergency: false, outOfScope: alternatives.length === 0 };
      }
      const [best, second] = ranked;
      // A neighbouring matter (an asylum seeker's return) is not ours; a return asked about names the domain itself (the
      // silence and rescue asks say abroad or a compound).
      const decided = isNeighbouringTopic(canonical)
        ? undefined
        : answersAsking.find(
            ({ asked, asks }) =>
              DECISIVE_ASKS.has(asked) && asks(canonical) && (asked !== "punished" || isAboutOurDomain(canonical)),
          );
      if (decided) {
        const confidence = best ? confidenceOf(terms, best, second) : 0;
        return {
          answer: decided.id,
          confidence,
          alternatives: near(ranked, decided.id),
          emergency: false,
          byAsk: true,
        };
      }
      // When the out-of-scope class wins, no scam entry applies at all: confidence 0.
      const confidence = best && best.entry !== OUT_OF_SCOPE ? confidenceOf(terms, best, second) : 0;
      // "Is this job abroad legit?" is ours even when it shares more words with a neighbouring topic.
      const asksOffer = offerEntry !== undefined && asksAboutAnOffer(canonical);
      if (best?.entry === OUT_OF_SCOPE && !asksOffer) {
        // A neighbouring topic's words in a message that names a topic only JobSafe's domain has ("柬埔寨工作签证") or the
        // trade itself ("they bought me… the slave trade"): not ours to turn away, and not clear enough to answer; the
        // nearest entries are offered instead.
        const alternatives = namesOurOwnTopic(canonical) || namesScamTrade(canonical) ? near(ranked, null) : [];
        if (alternatives.length > 0) return { answer: null, confidence, alternatives, emergency: false };
        // Someone begging for a person to be saved is never told "not what JobSafe covers".
        if (pleaEntry && isUrgentPlea(canonical) && !isCryOfEverydayLife(canonical))
          return { answer: pleaEntry, confidence: 1, alternatives, emergency: true };
        return { answer: null, confidence, alternatives: [], emergency: false, outOfScope: true };
      }
      // Known words outside the domain ("签证", "天气") get "not what JobSafe covers"; no known word at all, the menu. The
      // domain's words are a fixed list and people word the same topics in many other ways ("回国以后警察会找我吗", "Do I need a
      // work permit or can I go visa-free?"): when the question shares an entry's topic keyword and another word, and
      // that entry explains most of it, retrieval speaks for the topic. One word in common ("恶梦") is not a topic, and a
      // workplace dispute at home or an exile's return stays out whatever words it shares. (Offering the nearest topics
      // below that showed scam topics to a tenth of the off-topic questions: working holidays, visas, fraud
      // sentencing.) An emergency entry never vouches: outside the domain's own words, only the danger check puts
      // contacts first.
      const entryVouches =
        !!best &&
        best.onTopic &&
        matchedTopicWords(best) >= 2 &&
        !isEmergency.has(best.entry) &&
        !isNeighbouringTopic(canonical);
      if (
        best &&
        !isAboutOurDomain(canonical) &&
        !aboutTheBot.has(best.entry) &&
        !(entryVouches && confidence >= VOUCHED_CONFIDENCE)
      ) {
        // A plea about a neighbouring matter ("my flight is cancelled, please help!", "please help with my student
        // visa") is not someone in danger: only an urgent plea ("save my son") gets the contacts there.
        const plea =
          (isNeighbouringTopic(canonical) ? isUrgentPlea(canonical) : isPleaForHelp(canonical)) &&
          !isCryOfEverydayLife(canonical);
        if (pleaEntry && plea) {
          return { answer: pleaEntry, confidence: 1, alternatives: [], emergency: true };
        }
        // "我被骗了怎么办", "how do I report a scammer": fraud with no job named may still be a job scam, so the
        // nearest topics are offered rather than "not what JobSafe covers" (a romance scam is not answered either way).
        const alternatives = namesScam(canonical) && !isNeighbouringTopic(canonical) ? near(ranked, null) : [];
        if (alternatives.length > 0) return { answer: null, confidence, alternatives, emergency: false };
        return { answer: null, confidence: 0, alternatives: [], emergency: false, outOfScope: true };
      }
      // A question told by what it asks (where to report, whether the company is real, which number to call): its entry,
      // when retrieval has it in view and no entry other than one weighing offers answers confidently (its own low
      // confidence is the other entries' words around the ask: the channel, the job). An emergency entry reached by its
      // words alone ("help", "求助") yields too: no danger was read, and the ask says what is wanted.
      const asked =
        best &&
        (weighsOffers.has(best.entry) ||
          isEmergency.has(best.entry) ||
          confidence < options.answerThreshold ||
          answersAsking.some(({ id }) => id === best.entry))
          ? answersAsking.find(({ id, asks }) => ranked.some((candidate) => candidate.entry === id) && asks(canonical))
              ?.id
          : undefined;
      if (asked) return { answer: asked, confidence, alternatives: near(ranked, asked), emergency: false, byAsk: true };
      // Only the words of sample questions in common ("上班", "today"): the topic itself was not asked about.
      // Sample words alone answer only when several of them meet: one shared word ("推荐") is not a topic.
      const offKeyword = !!best && !best.onTopic && (confidence < OFF_KEYWORD_CONFIDENCE || matchedWords(best) < 2);
      if (!best || confidence < options.answerThreshold || offKeyword) {
        // No topic answers it, but the person asks for help ("救救他", "please help"): contacts are the safest reply.
        if (pleaEntry && isPleaForHelp(canonical) && !isCryOfEverydayLife(canonical)) {
          return { answer: pleaEntry, confidence: 1, alternatives: nearWhileHeld(ranked, pleaEntry), emergency: true };
        }
        // "Is this job abroad legit?": the entry that weighs offers best placed, whatever else the offer mentions.
        if (offerEntry && asksOffer) {
          const answer =
            best && weighsOffers.has(best.entry) && confidence >= options.suggestThreshold ? best.entry : offerEntry;
          return { answer, confidence, alternatives: near(ranked, answer), emergency: false };
        }
        if (!best || confidence < options.suggestThreshold) {
          return { answer: null, confidence, alternatives: [], emergency: false };
        }
        return { answer: null, confidence, alternatives: near(ranked, null), emergency: false };
      }
      // A question weighing an offer ("can I trust this job abroad?") that no entry names by its keyword gets the
      // nearest entry that weighs offers: an entry about what happens after ("lost contact", "life inside") reached on
      // the offer's words alone answered a question nobody asked, with the emergency card. So does one that names such
      // an entry's topic as a condition of the offer, asked before going ("phones kept by the company, is that normal?
      // I'm still deciding").
      if (offerEntry && asksOffer && (!best.onTopic || BEFORE_GOING.test(canonical)) && !weighsOffers.has(best.entry)) {
        const top = best.score;
        const answer =
          ranked.find((candidate) => weighsOffers.has(candidate.entry) && candidate.score >= top * NEAR_SHARE)?.entry ??
          offerEntry;
        return { answer, confidence, alternatives: near(ranked, answer), emergency: false };
      }
      // An emergency entry reached by its words alone still answers first with the contacts: danger first, for the
      // plea the danger check does not know yet (a false alarm costs a card; a miss costs someone's help). An offer
      // whose words rank one first gets its verdict instead (free-text.ts). A message that gives the everyday reason
      // itself (a passport kept for visa processing, a flat battery, overtime), an everyday frame (a joke, a film, a
      // cancelled flight), a question about how such things are done in general, someone safe and well or news about
      // others gets the entry without the contacts, and so does one with no word of trouble at all ("my
      // daughter is working in Dubai and loves her job" shares the words of the lost-contact entry).
      return {
        answer: best.entry,
        confidence,
        alternatives: near(ranked, best.entry),
        emergency:
          isEmergency.has(best.entry) &&
          soundsAlarming(canonical) &&
          !givesEverydayReason(canonical) &&
          !isEverydayFrame(canonical) &&
          !asksInGeneral(canonical) &&
          !isSafeAndWell(canonical) &&
          !isNewsAboutOthers(canonical),
      };
    }
  }

  /**
   * Share of the question's known vocabulary (IDF-weighted) that the best entry matched, discounted when the
   * runner-up scores almost as well. Terms no entry knows (names, places, filler) do not count against it.
   */
  function confidenceOf(terms: readonly string[], best: RankedEntry, second: RankedEntry | undefined): number {
    const distinct = [...new Set(terms)];
    const known = distinct.filter((term) => documentFrequency.has(term));
    // A word no entry knows ("天气", "scholarship") is part of the question that no answer covers; names and
    // places weigh less than topic words, so unknown words count at a fixed, modest weight.
    const unknown = distinct.length - known.length;
    const total = known.reduce((sum, term) => sum + idf(term), 0) + unknown * UNKNOWN_TERM_WEIGHT;
    if (known.length === 0 || total === 0) return 0;
    const matched = new Set(best.matched);
    const covered = known.filter((term) => matched.has(term)).reduce((sum, term) => sum + idf(term), 0);
    const margin = second ? (best.score - second.score) / best.score : 1;
    return Math.sqrt(covered / total) * (0.5 + 0.5 * margin);
  }

  /** The choices beside an emergency answer: someone held now is not offered what to do once home. */
  function nearWhileHeld(ranked: readonly RankedEntry[], answer: string): string[] {
    return near(ranked, answer).filter((id) => !afterComingHome.has(id));
  }

  /** Up to three other in-scope entries scoring close to the best one, or naming the question's topic. */
  function near(ranked: readonly RankedEntry[], exclude: string | null): string[] {
    const top = ranked.find((candidate) => candidate.entry !== OUT_OF_SCOPE)?.score ?? 0;
    const nearest = ranked
      .filter(
        (candidate) =>
          candidate.entry !== OUT_OF_SCOPE && candidate.entry !== exclude && candidate.score >= top * NEAR_SHARE,
      )
      .slice(0, MAX_ALTERNATIVES);
    // Entries with many samples come near on shared words alone (人, 中国, 柬埔寨); the best entry whose topic keyword
    // the question names ("工作签证") is always among the choices.
    const named = ranked.find(
      (candidate) => candidate.onTopic && candidate.entry !== OUT_OF_SCOPE && candidate.entry !== exclude,
    );
    if (named && !nearest.some((candidate) => candidate.onTopic))
      nearest.splice(Math.min(nearest.length, MAX_ALTERNATIVES - 1), 1, named);
    return nearest.map((candidate) => candidate.entry);
  }
}

let defaultMatcher: QaMatcher | undefined;

/**
 * Matches `text` against the shipped Q&A entries (index built on first use). See `createQaMatcher` for the
 * decision order; where the rules give no answer or a weak one, the learned model's second opinion is asked
 * (second-opinion.ts).
 * The result carries entry ids, and the caller renders `qa.<id>.answer` in the user's language.
 */
export function matchQuestion(text: string | ReadText): QaMatch {
  defaultMatcher ??= createQaMatcher();
  const read = ReadText.of(text);
  return withSecondOpinion(defaultMatcher.match(read), read);
}
