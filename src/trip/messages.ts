/**
 * Every safe-trip message, for the handlers and the job alike: text from locales/ (trip.*) and buttons that carry
 * ids only. Pure: a translator in, Telegram HTML and plain reply markup out, so the job needs no grammY.
 */
import { callbackCodec } from "../callback-data.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translator } from "../i18n/translator.ts";
import { renderContacts } from "../sos/directory.ts";
import { INTERVAL_IDS, LENGTH_IDS, WIZARD_STEPS, type Trip, type TripAlert, type WizardStep } from "./model.ts";
import { acceptedContacts } from "./schedule.ts";

/** `trip:<action>:<trip or alert id>:<extra>`; `-` when there is no extra. */
export const tripData = callbackCodec("trip", ["action", "id", "extra"]);
export const TRIP_ACTIONS = [
  "ok",
  "help",
  "skip",
  "interval",
  "invite",
  "pause",
  "resume",
  "end",
  "end_yes",
  "end_no",
  "accept",
  "decline",
  "reached",
  "no_contact",
  "leave",
  "new",
  "edit",
  "length",
] as const;
export type TripAction = (typeof TRIP_ACTIONS)[number];

export interface Button {
  text: string;
  callback_data: string;
}
export interface Markup {
  inline_keyboard: Button[][];
}
export interface OutgoingMessage {
  text: string;
  reply_markup?: Markup;
}

export const button = (text: string, action: TripAction, id: string, extra = "-"): Button => ({
  text,
  callback_data: tripData.pack({ action, id, extra }),
});

/** A moment as people read it anywhere: "2026-12-01 08:00 UTC" (contacts and travellers may be in other zones). */
export function formatMoment(iso: string | undefined, tr: Translator, locale: Locale): string {
  if (!iso) return tr.t(locale, "trip.not_given");
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

const orDash = (value: string | undefined, tr: Translator, locale: Locale): string =>
  value?.trim() ? value : tr.t(locale, "trip.not_given");

/** The wizard question for `step`, with [Skip] (and the interval choices). */
export function wizardQuestion(trip: Trip, step: WizardStep, tr: Translator): OutgoingMessage {
  const t = (key: string) => tr.t(trip.locale, key);
  const skip = [button(t("trip.skip"), "skip", trip.id, step)];
  if (step === "interval") {
    return {
      text: t("trip.wizard.interval"),
      reply_markup: {
        inline_keyboard: [
          INTERVAL_IDS.map((id) => button(tr.t(trip.locale, `trip.interval.${id}`), "interval", trip.id, id)),
          skip,
        ],
      },
    };
  }
  if (step === "length") {
    const choices = LENGTH_IDS.map((id) => button(tr.t(trip.locale, `trip.length.${id}`), "length", trip.id, id));
    return {
      text: t("trip.wizard.length"),
      reply_markup: {
        inline_keyboard: [
          choices.slice(0, 3),
          choices.slice(3),
          [button(t("trip.length.none"), "length", trip.id, "none"), ...skip],
        ],
      },
    };
  }
  const key =
    step === "destination"
      ? "trip.wizard.destination"
      : step === "departure"
        ? "trip.wizard.departure"
        : step === "employer"
          ? "trip.wizard.employer"
          : "trip.wizard.duress";
  return { text: t(key), reply_markup: { inline_keyboard: [skip] } };
}

export function inviteLink(botUsername: string, trip: Trip, secret: string): string {
  return `https://t.me/${botUsername}?start=tj_${trip.id}_${secret}`;
}

/** The traveller's view of their trip, with what they can do next. */
export function tripStatus(trip: Trip, tr: Translator): OutgoingMessage {
  const l = trip.locale;
  const contacts = trip.contacts.map((contact) =>
    contact.status === "accepted" ? contact.name : tr.t(l, "trip.contact_pending", { name: contact.name }),
  );
  const text = tr.t(l, "trip.status", {
    status: tr.t(l, `trip.state.${trip.status}`),
    destination: orDash(trip.destination, tr, l),
    departure: orDash(trip.departure, tr, l),
    employer: orDash(trip.employer, tr, l),
    interval: tr.t(l, `trip.interval.${trip.interval}`),
    length: trip.lengthDays ? tr.t(l, "trip.length.days", { count: trip.lengthDays }) : tr.t(l, "trip.not_given"),
    ends: formatMoment(trip.endsAt, tr, l),
    duress: tr.t(l, trip.duressWord ? "trip.duress_set" : "trip.duress_none"),
    last: formatMoment(trip.lastCheckInAt, tr, l),
    next: formatMoment(trip.status === "active" && trip.phase === "waiting" ? trip.dueAt : undefined, tr, l),
    contacts: contacts.length > 0 ? contacts.join(", ") : tr.t(l, "trip.no_contacts"),
  });
  const rows: Button[][] = [
    [button(tr.t(l, "trip.button.ok"), "ok", trip.id), button(tr.t(l, "trip.button.help"), "help", trip.id)],
  ];
  const invite = trip.contacts.length < 3 ? [button(tr.t(l, "trip.button.invite"), "invite", trip.id)] : [];
  rows.push([...invite, button(tr.t(l, "trip.button.edit"), "edit", trip.id)]);
  rows.push([
    trip.status === "paused"
      ? button(tr.t(l, "trip.button.resume"), "resume", trip.id)
      : button(tr.t(l, "trip.button.pause"), "pause", trip.id),
    button(tr.t(l, "trip.button.end"), "end", trip.id),
  ]);
  return { text, reply_markup: { inline_keyboard: rows } };
}

/** Which answer of the wizard to change; each opens its question again, and the answer returns to the status. */
export function editMenu(trip: Trip, tr: Translator): OutgoingMessage {
  const rows = WIZARD_STEPS.map((step) => [button(tr.t(trip.locale, `trip.edit.${step}`), "edit", trip.id, step)]);
  return { text: tr.t(trip.locale, "trip.edit.choose"), reply_markup: { inline_keyboard: rows } };
}

/** "Are you safe?" with [I'm OK] [I need help]; the reminder says when the contacts will be alerted. */
export function checkInPrompt(
  trip: Trip,
  kind: "prompt" | "final" | "remind",
  tr: Translator,
  alertAt?: string,
): OutgoingMessage {
  const l = trip.locale;
  const text =
    kind === "prompt"
      ? tr.t(l, "trip.prompt")
      : kind === "final"
        ? tr.t(l, "trip.final_prompt")
        : tr.t(l, "trip.reminder", { deadline: formatMoment(alertAt, tr, l) });
  return {
    text,
    reply_markup: {
      inline_keyboard: [
        [button(tr.t(l, "trip.button.ok"), "ok", trip.id), button(tr.t(l, "trip.button.help"), "help", trip.id)],
      ],
    },
  };
}

/** The traveller's emergency card: their nationality (else "other") and destination (else "other"). */
export function emergencyCard(trip: Trip, locale: Locale, tr: Translator): string {
  return renderContacts(trip.nationality ?? "other", trip.country ?? "other", locale, tr, { showSources: false });
}

/**
 * The alert to one contact, in the contact's language: what happened, where the traveller said they would be, when
 * they last checked in, the employer and recruiter details, first steps; then the emergency card for the traveller's
 * nationality and destination. Two messages, so each stays under Telegram's 4,096 characters.
 */
export function alertMessages(trip: Trip, alert: TripAlert, locale: Locale, tr: Translator): OutgoingMessage[] {
  const name = trip.travellerName;
  const headline =
    alert.reason === "missed"
      ? tr.t(locale, "trip.alert.missed", { name, asked: formatMoment(trip.promptedAt, tr, locale) })
      : alert.reason === "duress"
        ? tr.t(locale, "trip.alert.duress", { name })
        : tr.t(locale, "trip.alert.help", { name });
  const details = tr.t(locale, "trip.alert.details", {
    destination: orDash(trip.destination, tr, locale),
    departure: orDash(trip.departure, tr, locale),
    last: formatMoment(trip.lastCheckInAt, tr, locale),
    employer: orDash(trip.employer, tr, locale),
  });
  return [
    {
      text: [headline, details, tr.t(locale, "trip.alert.first_steps")].join("\n\n"),
      reply_markup: {
        inline_keyboard: [
          [
            button(tr.t(locale, "trip.button.reached"), "reached", alert.id),
            button(tr.t(locale, "trip.button.no_contact"), "no_contact", alert.id),
          ],
        ],
      },
    },
    { text: emergencyCard(trip, locale, tr) },
  ];
}

/** The names of the contacts who will hear of an alert, for the traveller's own confirmation. */
export function acceptedCount(trip: Trip): number {
  return acceptedContacts(trip).length;
}
