/**
 * Turns the flags found in an offer into a level (PRODUCT.md §4): combinations matter more than words.
 *
 * - A passport or phone handover, secrecy from family, an irregular border crossing, "no passport needed" or a fee
 *   to the recruiter is high risk wherever the job is (a fee is lowered to a warning by two lawful signs: licensed
 *   agencies may charge a capped, receipted fee).
 * - A compound hot spot or compound country alone is a warning sign (a country not for a professional post with nothing
 *   else said: a teacher at a Phnom Penh school); with any lure sign (vague "data entry" work,
 *   unrealistic pay, paid travel, tourist visa for work, a chat-app recruiter…) it is high risk. So is Thailand, the
 *   country advisories name as the fake-job destination, though alone it is a warning only for unskilled work. A
 *   qualified professional's post in those countries needs a full lure sign. A transit hub (Dubai, Malaysia…) takes a
 *   full sign, and "abroad" said any other way (出国, a flight, a visa, pay in a foreign currency) takes one and a half.
 * - High pay promised in words with no figure, for a job that asks no qualification, is high with "abroad" said
 *   any way or a transit hub.
 * - With no destination at all, several strong signs together weigh like one: real recruiters often name no place.
 *   High pay for work that needs no experience, or three kinds of sign from a chat-app recruiter, are enough; so is a
 *   stranger in a chat app or a post who offers the work with pay far above normal or the trip paid.
 * - Travel to a job abroad paid or arranged by the recruiter, for unskilled work with no lawful sign, is a warning. So
 *   is unskilled work abroad offered in a chat app or a post; a stranger's unsought approach there, in a transit hub or
 *   worse, is high.
 * - Lawful signs (work permit, licensed employer, written contract, no fee, video interview) each cancel one lure
 *   sign, and three of them keep an offer with no "anywhere" flag below high. Low pay never clears anything.
 * - A qualified post that asks for a credential (a degree, a licence, a language certificate) with no strong sign and
 *   no paid trip beside it is no warning outside a hot spot: lures ask for nothing of the kind.
 */
export type RiskLevel = "high" | "warning" | "low";

/**
 * How risky the riskiest destination is: 5 hot spot, 4 compound country, 3 the country advisories name as the
 * destination of fake job offers (Thailand), 2 another transit hub (Dubai, Malaysia…), 1 abroad in any other way,
 * 0 none.
 */
export type DestinationRisk = 0 | 1 | 2 | 3 | 4 | 5;
const TRANSIT_HUB: DestinationRisk = 2;
const FAKE_JOB_HUB: DestinationRisk = 3;
const COMPOUND_COUNTRY: DestinationRisk = 4;
const HOT_SPOT: DestinationRisk = 5;

export interface LevelInput {
  destinationRisk: DestinationRisk;
  /** Sum of the weights of the distinct non-lawful rules found (each rule counts once). */
  lureScore: number;
  /** Number of distinct lawful signs found. */
  lawfulSigns: number;
  /** How many of them the reader can check with an authority (a licence number, named social insurance). */
  verifiableLawfulSigns: number;
  /** An "anywhere" flag that lawful signs cannot clear was found. */
  highAnywhere: boolean;
  /** An "anywhere" flag that enough lawful signs can lower to a warning was found. */
  highUnlessLawful: boolean;
  /** The job asks for skills, a trade or qualifications (engineer, chef, years of experience): not the lure's job. */
  skilled?: boolean;
  /**
   * The job is a professional's (engineer, teacher, nurse, degree), not a trade: lures name chefs and welders in the
   * compounds' countries too.
   */
  professional?: boolean;
  /**
   * The qualified post asks for a credential the worker must already hold (a degree, a licence, a language certificate,
   * years of experience): what lures never ask.
   */
  credentialRequired?: boolean;
  /** The kinds of red flag (pay, job, contact, perks, travel…) the lure score comes from. */
  lureKinds?: ReadonlySet<string>;
  /** Pay far above normal is promised for work that needs no experience or is "easy": the lure itself. */
  unskilledHighPay?: boolean;
  /** Pay far above normal for the job, in figures or in words. */
  highPay?: boolean;
  /** Pay far above normal read from a figure ("月薪4万"), not promised in words ("高薪"). */
  highPayInFigures?: boolean;
  /** A Gulf hub (UAE, Qatar, Saudi Arabia, Kuwait, Bahrain, Oman) is named. */
  gulfHub?: boolean;
  /** A country where recruiters sell jobs that end in the army (Russia) is named. */
  militaryLurePlace?: boolean;
  /**
   * High pay is promised in words with no figure ("easy money overseas", 待遇优厚) for a job that asks no
   * qualification: the lure's own pay promise, since a lawful ad states the pay or the post's requirements.
   */
  payPromisedWithoutFigure?: boolean;
  /** The recruiter pays or arranges the flight or the visa ("机票公司出", "we arrange your visa"). */
  recruiterPaysFlight?: boolean;
  /** The recruiter pays the trip in any words ("we cover all costs", "you only bring yourself", 路费全包). */
  paidTravel?: boolean;
  /** The employer arranges the work permit or work visa (a lawful sign not tainted by a lure sign beside it). */
  workPermit?: boolean;
  /**
   * A chat app or a social-media post is where the work is offered: a word of work in the same clause (Chinese) or
   * sentence (English) as the channel ("WhatsApp 上说去日本打工", "a Facebook ad for housekeeping jobs").
   */
  chatRecruiterOffersWork?: boolean;
  /**
   * Someone the reader did not seek out brought the offer ("a stranger messaged me", 有人问我要不要去), for work no
   * local requirement keeps at home: not an ad's own contact line ("WhatsApp your CV").
   */
  approachedByStranger?: boolean;
  /** The job is at a named town in the reader's own country, with nothing abroad and no trip paid: a local gig. */
  localGigAtHome?: boolean;
  /**
   * A sign of full weight (1 or more) outside pay, perks and urgency was found: secrecy, papers, a fee, debt, a
   * compound, a border crossed, a chat-only interview, no experience asked, visa after arrival… A vague job and a
   * place weigh less and do not count.
   */
  strongSign: boolean;
  /** The job is the lure's own vague one (customer service, typing, "online work"). */
  vagueJob: boolean;
}

/**
 * Lure score that makes each destination risk high risk (index = DestinationRisk; none: see below). Advisories name
 * the customer-service, typing or sales job "in Thailand" as the lure itself, so one half-weight sign there is enough.
 */
const HIGH_AT: readonly number[] = [Number.POSITIVE_INFINITY, 1.5, 1, 0.5, 0.5, 0.5];
/**
 * A qualified professional's post in the fake-job hub or a compound country (an engineer at a Phnom Penh bank, a
 * teacher at a Bangkok school) needs a full lure sign: such jobs there are common, and free snacks are not a lure.
 */
const HIGH_AT_SKILLED_IN_COUNTRY = 1;
/** Lure score that makes "abroad" or a transit hub high risk when the pay is promised in words, with no figure. */
const HIGH_AT_ABROAD_PAY_PROMISE = 1;
/** Lure score that makes an offer with no destination at all high risk (pay + travel paid + no experience…). */
const HIGH_WITHOUT_DESTINATION = 2.5;
/**
 * With no destination, high pay for work that needs no experience (高薪、轻松、无需经验: the lure every advisory
 * quotes), or three different kinds of lure sign, one of them a recruiter who reaches out by chat app or pays the
 * trip (high pay from a Telegram recruiter with free board, or with a vague job), weigh like a destination from this
 * score. One kind said three ways is still one idea, and 高薪 with free lodging is any local ad.
 */
const HIGH_WITHOUT_DESTINATION_MIXED = 2;
const MIXED_KINDS = 3;
const REMOTE_RECRUITER_KINDS = ["contact", "travel"];
const PERKS = "perks";
const PAY = "pay";
/** Lure score that makes an offer with no named destination worth a warning (domestic lures exist too). */
const WARNING_WITHOUT_DESTINATION = 1.5;
const LAWFUL_SIGNS_TO_CLEAR = 2;
const LAWFUL_SIGNS_TO_CAP = 3;

export function decideLevel(input: LevelInput): RiskLevel {
  const level = levelBeforeCredentials(input);
  // A qualified post that asks for a credential the worker must hold, with only coincidences beside it (the place,
  // pay, board or urgency), is how lawful employers abroad write: no warning. Not at a hot spot, where any post warns,
  // nor with the trip paid, which stays the warning advisories describe.
  const credentialOutweighs =
    input.credentialRequired === true &&
    !input.strongSign &&
    !input.vagueJob &&
    !input.highUnlessLawful &&
    !input.paidTravel &&
    !input.recruiterPaysFlight &&
    input.destinationRisk < HOT_SPOT;
  return level === "warning" && credentialOutweighs ? "low" : level;
}

function levelBeforeCredentials(input: LevelInput): RiskLevel {
  const { destinationRisk, lureScore, lawfulSigns } = input;
  if (input.highAnywhere) return "high";
  if (input.highUnlessLawful && lawfulSigns < LAWFUL_SIGNS_TO_CLEAR) return "high";
  if (remoteRecruiterWithLure(input) || approachedWithHighPayAbroad(input)) return "high";
  const netScore = lureScore - lawfulSigns;
  // A named employer with a work permit, a contract and no fee outweighs the place and a perk or two: lawful
  // employers in Phnom Penh or Bangkok exist, and advisories tell job seekers to look for exactly these signs.
  if (lawfulSigns >= LAWFUL_SIGNS_TO_CAP && netScore <= 0) return "low";
  const highAt =
    (destinationRisk === FAKE_JOB_HUB || destinationRisk === COMPOUND_COUNTRY) && input.professional
      ? HIGH_AT_SKILLED_IN_COUNTRY
      : destinationRisk > 0
        ? input.payPromisedWithoutFigure
          ? Math.min(HIGH_AT[destinationRisk]!, HIGH_AT_ABROAD_PAY_PROMISE)
          : HIGH_AT[destinationRisk]!
        : input.unskilledHighPay || mixedLure(input.lureKinds)
          ? HIGH_WITHOUT_DESTINATION_MIXED
          : HIGH_WITHOUT_DESTINATION;
  // Flights and housing paid for a qualified post abroad (nurses, engineers, chefs), and its pay stated in figures above
  // what the trade earns at home, are what lawful employers offer ("高薪" for an accountant in Dubai with the ticket
  // paid is still the lure's promise): enough for high only in the fake-job hub or a compound country
  // (the lure's "IT job, free flight"), and a warning at most elsewhere (a Hong Kong firm's technicians posted to its
  // Southeast Asian plant with board).
  // Pay above the line stated in figures, with no perk beside it, is the same coincidence in a Gulf hub (a regional
  // finance manager's salary in Abu Dhabi, a Dubai account manager's) or abroad at no named hub (a family's nanny
  // placed "across the world"); at the other transit hubs, and where the army recruiters sell (an engineer's roubles
  // in Russia), pay alone stays the lure's promise.
  const payAloneOrdinary =
    input.militaryLurePlace !== true && (input.gulfHub === true || destinationRisk < TRANSIT_HUB);
  const perksOnly =
    input.lureKinds !== undefined &&
    (input.lureKinds.has(PERKS) || payAloneOrdinary) &&
    [...input.lureKinds].every((kind) => kind === PERKS || (kind === PAY && input.highPayInFigures === true));
  // Trades too: a Gulf employer pays a chef's or a welder's flight and housing as it does a nurse's.
  const qualifiedWithPerks = input.skilled === true && perksOnly && !input.strongSign;
  // Pay, perks and a place are what lawful employers abroad write too (a resort's pay in baht with
  // board, a supervisor's ringgit): beside a sign the reader can check (a licence number, named social insurance)
  // they make high only with a sign no lawful ad carries. Not at a hot spot, nor for the lure's own vague job
  // (customer service, typing, data entry): that job abroad is the lure, and a copied licence number or social
  // insurance proves nothing. Claims lures copy ("work visa provided", "contract") do not count here.
  const coincidenceOnly =
    input.verifiableLawfulSigns > 0 && !input.strongSign && destinationRisk < HOT_SPOT && !input.vagueJob;
  if (lawfulSigns < LAWFUL_SIGNS_TO_CAP && netScore >= highAt)
    return (qualifiedWithPerks && destinationRisk < FAKE_JOB_HUB) || coincidenceOnly ? "warning" : "high";
  if (input.highUnlessLawful && lawfulSigns < LAWFUL_SIGNS_TO_CAP) return "warning";
  // The fake-job hub or a compound country with the trip paid by the recruiter is the advisories' own picture: a
  // warning whatever the post and whatever perks or leave stand beside it ("team supervisor in Thailand, we cover
  // all costs, annual leave"), unless the employer also arranges the work permit, as lawful employers there do (a
  // school's or a factory's posting with the home-leave ticket paid).
  if (destinationRisk >= FAKE_JOB_HUB && input.paidTravel && !input.workPermit) return "warning";
  // A compound country or the fake-job hub alone is a warning for the unskilled jobs lures offer, not for a qualified
  // professional's post with nothing else said (a teacher at a Phnom Penh school, a developer at a Vientiane NGO).
  const qualifiedPostOnly = input.professional === true && netScore <= 0;
  if (
    destinationRisk === HOT_SPOT ||
    (destinationRisk === COMPOUND_COUNTRY && !qualifiedPostOnly) ||
    (destinationRisk === FAKE_JOB_HUB && !input.professional && lawfulSigns === 0)
  )
    return "warning";
  if (destinationRisk >= 1 && netScore >= 1 && !(qualifiedWithPerks && input.lureKinds?.size === 1)) return "warning";
  // A recruiter who pays the way to unskilled work abroad (the visa, the flight) with nothing lawful said: the trip
  // advisories warn of, a warning sign even when the place is not named.
  if (destinationRisk >= 1 && input.recruiterPaysFlight && lawfulSigns === 0 && !input.skilled) return "warning";
  // So is a job abroad offered by a stranger in a chat app or a social-media post (WhatsApp, a Facebook ad, 微信),
  // for unskilled work with nothing lawful said: advisories name the channel itself as the recruiter's. In a transit
  // hub or worse (Dubai, Russia, Malaysia, Thailand), a stranger's unsought approach there is the advisories' whole
  // picture: high. An ad that gives a chat app as its contact ("WhatsApp your CV") stays a warning.
  if (destinationRisk >= 1 && input.chatRecruiterOffersWork && lawfulSigns === 0 && !input.skilled)
    return destinationRisk >= TRANSIT_HUB && input.approachedByStranger === true ? "high" : "warning";
  if (netScore >= WARNING_WITHOUT_DESTINATION) return "warning";
  // A stranger in a chat app or a post who offers work and pays the trip, with nothing lawful said: the two signs
  // advisories put together, whether or not the place is named (a report often leaves it out).
  if (input.chatRecruiterOffersWork && input.paidTravel && lawfulSigns === 0 && !input.skilled) return "warning";
  return "low";
}

/**
 * Someone the reader did not seek out (a recruiter at the market, 有人主动找上我) offering unskilled work abroad at pay
 * far above normal, with nothing lawful said: the unsought approach and the too-good pay advisories put together,
 * whatever channel it came by. A headhunter's call about a qualified post, or pay ordinary for the place, is not it.
 */
function approachedWithHighPayAbroad(input: LevelInput): boolean {
  return (
    input.approachedByStranger === true &&
    input.highPay === true &&
    input.destinationRisk >= 1 &&
    input.lawfulSigns === 0 &&
    input.skilled !== true &&
    input.localGigAtHome !== true
  );
}

function mixedLure(kinds: ReadonlySet<string> | undefined): boolean {
  return kinds !== undefined && kinds.size >= MIXED_KINDS && REMOTE_RECRUITER_KINDS.some((kind) => kinds.has(kind));
}

/**
 * A recruiter in a chat app or a social-media post who offers the work (the channel and a word of work together, not
 * an ad's contact line) with pay far above normal or the trip paid, unsought or the lure's vague job from a stranger,
 * for unskilled work with nothing lawful said: the pairing advisories describe, where ever the job is and whether or
 * not it is named ("抖音上有人招人,一个月三万", "a man in a WhatsApp group offered to pay my flight"). The channel
 * beside the vague job alone is a local hire's ad ("customer service, DM me on Telegram"): at most a warning.
 */
function remoteRecruiterWithLure(input: LevelInput): boolean {
  if (input.chatRecruiterOffersWork !== true || input.lawfulSigns > 0 || input.skilled === true) return false;
  // A gig at a named town at home (movers this weekend in Quezon City) is the group's local work, not the lure's.
  if (input.localGigAtHome === true && input.paidTravel !== true) return false;
  return (
    input.highPay === true ||
    input.paidTravel === true ||
    input.recruiterPaysFlight === true ||
    (input.vagueJob && input.approachedByStranger === true)
  );
}
