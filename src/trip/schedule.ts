/**
 * The check-in schedule and every state change of a trip, as pure functions of the trip and the time. The job and the
 * handlers compute the next trip with these and save it with compare-and-set, so two instances never both act.
 */
import {
  ENDED_TRIP_RETENTION_MS,
  INTERVALS,
  INVITE_TTL_MS,
  MAX_CONTACTS,
  MAX_LENGTH_DAYS,
  WIZARD_STEPS,
  type AlertDelivery,
  type AlertReason,
  type Trip,
  type TripContact,
  type WizardStep,
} from "./model.ts";

const HOUR_MS = 3600_000;

/** The reminder comes this many trip hours after the prompt (or halfway through a shorter grace period). */
export const REMINDER_HOURS = 3;

/**
 * Trip time runs `speed` times faster than real time (`CHECKIN_CLOCK_SPEED`, for demos and tests): a trip hour
 * lasts `1 / speed` real hours. Only the check-in schedule uses it; invitations and retention stay in real time.
 */
export function tripHoursMs(hours: number, speed: number): number {
  return (hours * HOUR_MS) / speed;
}

const at = (base: string, ms: number): string => new Date(Date.parse(base) + ms).toISOString();

function reminderHours(trip: Trip): number {
  return Math.min(REMINDER_HOURS, trip.graceHours / 2);
}

/**
 * When the job must next act on a trip, from its phase: the check-in falls due one interval after the last one (or
 * the start); the reminder and the alert count from when the prompt was actually sent, so a prompt sent late (the
 * bot was down) still leaves the traveller the whole grace period. Nothing is due while paused or in the wizard;
 * an ended trip is due when it must be erased.
 */
export function dueAtOf(trip: Trip, speed: number): string | undefined {
  if (trip.status === "ended") return trip.endedAt && at(trip.endedAt, ENDED_TRIP_RETENTION_MS);
  if (trip.status !== "active") return undefined;
  switch (trip.phase) {
    case "waiting": {
      const next = trip.lastCheckInAt && at(trip.lastCheckInAt, tripHoursMs(INTERVALS[trip.interval], speed));
      // The last check-in is asked when the trip's length is over, even if the interval has not run out.
      return next && trip.endsAt && trip.endsAt < next ? trip.endsAt : next;
    }
    case "prompted":
      return trip.promptedAt && at(trip.promptedAt, tripHoursMs(reminderHours(trip), speed));
    case "reminded":
      return trip.promptedAt && at(trip.promptedAt, tripHoursMs(trip.graceHours, speed));
    case "alerted":
      return undefined;
  }
}

/** Returns the trip with `dueAt` recomputed and `updatedAt` set: every transition ends with it. */
function settle(trip: Trip, now: Date, speed: number): Trip {
  const next: Trip = { ...trip, updatedAt: now.toISOString() };
  const dueAt = dueAtOf(next, speed);
  if (dueAt) next.dueAt = dueAt;
  else delete next.dueAt;
  return next;
}

export type DueAction = "prompt" | "final" | "remind" | "alert" | "erase";

/** Whether the trip's length is over at `now`: the next check-in is the last one and ends the trip. */
export function isOver(trip: Trip, now: Date): boolean {
  return trip.endsAt !== undefined && Date.parse(trip.endsAt) <= now.getTime();
}

/**
 * What the job does with a trip whose `dueAt` has come: ask for the check-in (once, however many intervals passed
 * while the bot was down), remind, or alert the contacts; an ended trip past its retention is erased. Returns
 * undefined when nothing is due yet (another instance acted first, or the traveller just checked in).
 */
export function advance(
  trip: Trip,
  now: Date,
  speed: number,
): { trip: Trip; action: DueAction; deliveries: AlertDelivery[] } | undefined {
  if (!trip.dueAt || Date.parse(trip.dueAt) > now.getTime()) return undefined;
  if (trip.status === "ended") return { trip, action: "erase", deliveries: [] };
  if (trip.status !== "active") return undefined;
  const stamp = now.toISOString();
  switch (trip.phase) {
    case "waiting":
      return {
        trip: settle({ ...trip, phase: "prompted", promptedAt: stamp }, now, speed),
        action: isOver(trip, now) ? "final" : "prompt",
        deliveries: [],
      };
    case "prompted":
      return { trip: settle({ ...trip, phase: "reminded" }, now, speed), action: "remind", deliveries: [] };
    case "reminded": {
      const raised = raiseAlert({ ...trip, phase: "alerted" }, "missed", now);
      return { trip: settle(raised.trip, now, speed), action: "alert", deliveries: raised.deliveries };
    }
    case "alerted":
      return undefined;
  }
}

/** A new alert and one pending delivery per accepted contact (nobody else is ever written to). */
function raiseAlert(trip: Trip, reason: AlertReason, now: Date): { trip: Trip; deliveries: AlertDelivery[] } {
  const alertCount = trip.alertCount + 1;
  const alert = { id: `${trip.id}.${alertCount}`, reason, at: now.toISOString() };
  const deliveries = trip.contacts
    .filter((contact) => contact.status === "accepted")
    .map((contact) => ({ alertId: alert.id, tripId: trip.id, contactId: contact.userId, state: "pending" as const }));
  return { trip: { ...trip, alertCount, alert }, deliveries };
}

/** Lower-cased, width-folded and without spaces, so "Blue Sky", "bluesky" and "ＢＬＵＥ ｓｋｙ" match alike. */
function foldForDuress(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** Whether a check-in's text contains the traveller's duress word (case, width and spacing ignored). */
export function containsDuressWord(text: string | undefined, duressWord: string | undefined): boolean {
  if (!text || !duressWord) return false;
  const word = foldForDuress(duressWord);
  return word.length > 0 && foldForDuress(text).includes(word);
}

export interface CheckInResult {
  trip: Trip;
  /** The check-in contained the duress word: answered like any other, but the contacts are alerted at once. */
  duress: boolean;
  /** An open alert this check-in closed (the contacts are told the traveller answered). */
  closedAlert?: Trip["alert"];
  deliveries: AlertDelivery[];
  /**
   * The trip's length was over: this was the last check-in and the trip has ended (the contacts are told). With the
   * duress word it ends too and the traveller sees the same, but the contacts get the "under pressure" alert instead.
   */
  final: boolean;
}

/**
 * A check-in ([I'm OK], `/ok`, optionally with text): the next one falls due one interval from now. With the duress
 * word in the text the result for the traveller is identical, and an alert "may be under pressure" goes out. A
 * check-in of a paused trip resumes it.
 */
export function checkIn(trip: Trip, now: Date, speed: number, text?: string): CheckInResult {
  const stamp = now.toISOString();
  let next: Trip = { ...trip, status: "active", phase: "waiting", lastCheckInAt: stamp };
  delete next.promptedAt;
  let closedAlert: Trip["alert"];
  if (next.alert && !next.alert.closedAt) {
    closedAlert = next.alert;
    next.alert = { ...next.alert, closedAt: stamp };
  }
  const duress = containsDuressWord(text, trip.duressWord);
  let deliveries: AlertDelivery[] = [];
  if (duress) {
    const raised = raiseAlert(next, "duress", now);
    next = raised.trip;
    deliveries = raised.deliveries;
    // A duress check-in does not close an open alert: it is one more reason to worry.
    closedAlert = undefined;
  }
  const final = isOver(next, now);
  if (final) return { trip: end(next, now, speed), duress, ...(closedAlert ? { closedAlert } : {}), deliveries, final };
  return { trip: settle(next, now, speed), duress, ...(closedAlert ? { closedAlert } : {}), deliveries, final };
}

/** [I need help]: the contacts are alerted at once; the schedule goes on. */
export function askForHelp(trip: Trip, now: Date, speed: number): { trip: Trip; deliveries: AlertDelivery[] } {
  const raised = raiseAlert(trip, "help", now);
  return { trip: settle(raised.trip, now, speed), deliveries: raised.deliveries };
}

/** A contact pressed "I reached them": the alert is closed for every contact. Undefined if it was not open. */
export function closeAlert(trip: Trip, alertId: string, by: string, now: Date): Trip | undefined {
  if (trip.alert?.id !== alertId || trip.alert.closedAt) return undefined;
  return {
    ...trip,
    alert: { ...trip.alert, closedAt: now.toISOString(), closedBy: by.slice(0, 64) },
    updatedAt: now.toISOString(),
  };
}

/** The answer to the wizard's current question (undefined = skipped); moves to the next question or starts the trip. */
export function answerStep(
  trip: Trip,
  answer: { text?: string; interval?: Trip["interval"]; country?: Trip["country"]; lengthDays?: number },
  now: Date,
  speed: number,
): Trip {
  const step = trip.step;
  if (!step) return trip;
  const next: Trip = { ...trip };
  const text = answer.text?.trim();
  if (text) {
    if (step === "destination") {
      next.destination = text.slice(0, 200);
      if (answer.country) next.country = answer.country;
    } else if (step === "departure") next.departure = text.slice(0, 100);
    else if (step === "employer") next.employer = text.slice(0, 500);
    else if (step === "duress") next.duressWord = text.slice(0, 50);
  }
  if (step === "interval" && answer.interval) next.interval = answer.interval;
  if (step === "length" && answer.lengthDays !== undefined) {
    // 0 clears the length: the trip goes on until the traveller ends it.
    if (answer.lengthDays > 0) next.lengthDays = Math.min(MAX_LENGTH_DAYS, Math.round(answer.lengthDays));
    else delete next.lengthDays;
    if (next.status !== "setup") placeEnd(next, Date.parse(next.startedAt ?? next.createdAt), speed);
  }
  const following = nextStep(step);
  if (following && trip.status === "setup") next.step = following;
  else {
    delete next.step;
    if (next.status === "setup") return start(next, now, speed);
  }
  return settle(next, now, speed);
}

function nextStep(step: WizardStep): WizardStep | undefined {
  return WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1];
}

/** Opens one question of an active trip again ("edit"); the answer returns the trip to where it was. */
export function editStep(trip: Trip, step: WizardStep, now: Date): Trip {
  return { ...trip, step, updatedAt: now.toISOString() };
}

/** The wizard is done: the clock starts now, the first check-in falls due one interval later. */
function start(trip: Trip, now: Date, speed: number): Trip {
  const next: Trip = {
    ...trip,
    status: "active",
    phase: "waiting",
    lastCheckInAt: now.toISOString(),
    startedAt: now.toISOString(),
  };
  placeEnd(next, now.getTime(), speed);
  return settle(next, now, speed);
}

/** Sets (or clears) `endsAt`: the trip's length after it started, in trip time. */
function placeEnd(trip: Trip, startedAt: number, speed: number): void {
  if (trip.lengthDays) trip.endsAt = new Date(startedAt + tripHoursMs(trip.lengthDays * 24, speed)).toISOString();
  else delete trip.endsAt;
}

export function pause(trip: Trip, now: Date, speed: number): Trip {
  return settle({ ...trip, status: "paused" }, now, speed);
}

/** Resuming counts as a check-in: the traveller is evidently there. */
export function resume(trip: Trip, now: Date, speed: number): Trip {
  return checkIn(trip, now, speed).trip;
}

/**
 * A typed trip length in days: the first number, read as weeks or months when followed by w/week/周/星期 or
 * m/month/月 ("45", "2 weeks", "3个月", "6 months"). Undefined when there is no number or it is out of range.
 */
export function parseLengthDays(text: string): number | undefined {
  const match = /(\d{1,4})\s*(w|week|周|週|星期|禮拜|礼拜|m|month|个月|個月|月)?/i.exec(text.normalize("NFKC"));
  if (!match) return undefined;
  const unit = (match[2] ?? "").toLowerCase();
  const factor = /^(w|week|周|週|星期|禮拜|礼拜)$/.test(unit) ? 7 : unit ? 30 : 1;
  const days = Number(match[1]) * factor;
  return days >= 1 && days <= MAX_LENGTH_DAYS ? days : undefined;
}

/** The trip ends (the traveller confirmed); it is erased `ENDED_TRIP_RETENTION_MS` later. */
export function end(trip: Trip, now: Date, speed: number): Trip {
  const next: Trip = { ...trip, status: "ended", endedAt: now.toISOString(), invites: [] };
  delete next.step;
  return settle(next, now, speed);
}

/** A new single-use invitation; the oldest is replaced when all slots are taken. */
export function addInvite(trip: Trip, secret: string, now: Date): Trip {
  const live = trip.invites.filter((invite) => Date.parse(invite.expiresAt) > now.getTime());
  const invites = [...live, { secret, expiresAt: new Date(now.getTime() + INVITE_TTL_MS).toISOString() }].slice(
    -MAX_CONTACTS,
  );
  return { ...trip, invites, updatedAt: now.toISOString() };
}

export type InviteRefusal = "invalid" | "own-trip" | "full" | "already";

/**
 * A person opened an invitation link: the secret is used up (single use) and they become an invited contact,
 * who must still accept. Refused when the link is unknown or expired, the trip has no room, or it is their own.
 */
export function openInvite(
  trip: Trip,
  secret: string,
  person: { userId: number; name: string; locale: TripContact["locale"] },
  now: Date,
): { trip: Trip } | { refused: InviteRefusal } {
  const invite = trip.invites.find((candidate) => candidate.secret === secret);
  if (!invite || Date.parse(invite.expiresAt) <= now.getTime() || trip.status === "ended")
    return { refused: "invalid" };
  if (person.userId === trip.travellerId) return { refused: "own-trip" };
  if (trip.contacts.some((contact) => contact.userId === person.userId)) return { refused: "already" };
  if (trip.contacts.length >= MAX_CONTACTS) return { refused: "full" };
  const contact: TripContact = {
    userId: person.userId,
    name: person.name.slice(0, 64),
    locale: person.locale,
    status: "invited",
    since: now.toISOString(),
  };
  return {
    trip: {
      ...trip,
      invites: trip.invites.filter((candidate) => candidate !== invite),
      contacts: [...trip.contacts, contact],
      updatedAt: now.toISOString(),
    },
  };
}

/** The invited person's answer; declining (or leaving later) removes them. Undefined if they are not invited. */
export function answerInvite(trip: Trip, userId: number, accept: boolean, now: Date): Trip | undefined {
  const contact = trip.contacts.find((candidate) => candidate.userId === userId);
  if (!contact || (accept && contact.status !== "invited")) return undefined;
  const contacts = accept
    ? trip.contacts.map((candidate) =>
        candidate === contact ? { ...candidate, status: "accepted" as const, since: now.toISOString() } : candidate,
      )
    : trip.contacts.filter((candidate) => candidate !== contact);
  return { ...trip, contacts, updatedAt: now.toISOString() };
}

export function acceptedContacts(trip: Trip): TripContact[] {
  return trip.contacts.filter((contact) => contact.status === "accepted");
}
