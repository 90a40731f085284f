/**
 * The check-in schedule and every state change of a trip, as pure functions of the trip and the time. The job and the
 * handlers compute the next trip with these and save it with compare-and-set, so two instances never both act.
 */
import {
  ENDED_TRIP_RETENTION_MS,
  INTERVALS,
  INVITE_TTL_MS,
  MAX_CONTACTS,
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
    case "waiting":
      return trip.lastCheckInAt && at(trip.lastCheckInAt, tripHoursMs(INTERVALS[trip.interval], speed));
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

export type DueAction = "prompt" | "remind" | "alert" | "erase";

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
        action: "prompt",
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
  return { trip: settle(next, now, speed), duress, ...(closedAlert ? { closedAlert } : {}), deliveries };
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
  answer: { text?: string; interval?: Trip["interval"]; country?: Trip["country"] },
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
  return settle({ ...trip, status: "active", phase: "waiting", lastCheckInAt: now.toISOString() }, now, speed);
}

export function pause(trip: Trip, now: Date, speed: number): Trip {
  return settle({ ...trip, status: "paused" }, now, speed);
}

/** Resuming counts as a check-in: the traveller is evidently there. */
export function resume(trip: Trip, now: Date, speed: number): Trip {
  return checkIn(trip, now, speed).trip;
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
