import { BotComposer } from "../composer.ts";
import { countryName, defaultNationality, guessCountry, isNationality } from "../../sos/directory.ts";
import { deliverAlert } from "../../trip/job.ts";
import {
  editMenu,
  emergencyCard,
  inviteLink,
  tripData,
  tripStatus,
  wizardQuestion,
  formatMoment,
  acceptedCount,
  type OutgoingMessage,
  type TripAction,
  button,
} from "../../trip/messages.ts";
import {
  INTERVAL_IDS,
  LENGTHS,
  LENGTH_IDS,
  MAX_CONTACTS,
  MAX_TRIPS_PER_CONTACT,
  newTrip,
  randomToken,
  WIZARD_STEPS,
  type AlertDelivery,
  type Interval,
  type Trip,
  type WizardStep,
} from "../../trip/model.ts";
import {
  acceptedContacts,
  addInvite,
  answerInvite,
  answerStep,
  askForHelp,
  checkIn,
  closeAlert,
  editStep,
  end,
  openInvite,
  parseLengthDays,
  pause,
  resume,
} from "../../trip/schedule.ts";
import type { BotContext } from "../context.ts";
import { isStoreUnavailable } from "../error-boundary.ts";

/**
 * Safe-trip check-ins (issue 17): the /trip wizard and status, invitations by deep link, check-ins (/ok and the
 * buttons), "I need help", and the contacts' side of an alert. The due prompts, reminders and missed-check-in
 * alerts are sent by the job (src/trip/job.ts); an alert raised here (duress word, "I need help") is delivered at
 * once with the same claim-and-mark.
 */
export const tripFeature = new BotComposer<BotContext>();
const privateChat = tripFeature.chatType("private");

const INVITE_PAYLOAD = /^tj_([A-Za-z0-9]{6,16})_([A-Za-z0-9]{8,24})$/;

const speedOf = (ctx: BotContext): number => ctx.deps.checkinClockSpeed;
const tripsOf = (ctx: BotContext) => ctx.deps.store.trips;

function send(ctx: BotContext, message: OutgoingMessage): Promise<unknown> {
  return ctx.reply(message.text, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    ...(message.reply_markup ? { reply_markup: message.reply_markup } : {}),
  });
}

/** Tells someone other than the sender (a contact, the traveller); a failure is logged, never shown to the sender. */
async function tell(ctx: BotContext, chatId: number, text: string): Promise<void> {
  await ctx.api
    .sendMessage(chatId, text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } })
    .catch((error: unknown) => ctx.log.warn({ err: error, chat: chatId }, "could not tell a trip participant"));
}

/**
 * Reads the trip, applies `change` and saves it with compare-and-set, reading again if another update or instance
 * changed it meanwhile. Undefined when the trip is gone or `change` declines.
 */
async function update(
  ctx: BotContext,
  id: string,
  change: (trip: Trip) => { trip: Trip; deliveries?: AlertDelivery[] } | Trip | undefined,
): Promise<{ trip: Trip; before: Trip; deliveries: AlertDelivery[] } | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await tripsOf(ctx).get(id);
    if (!before) return undefined;
    const changed = change(before);
    if (!changed) return undefined;
    const { trip, deliveries = [] } = "trip" in changed ? changed : { trip: changed };
    const saved = await tripsOf(ctx).save(trip, deliveries);
    if (saved) return { trip: saved, before, deliveries };
  }
  throw new Error(`trip ${id} kept changing; gave up after 5 attempts`);
}

/** Delivers an alert raised by an update right away, through the same claim-and-mark as the job. */
async function deliverNow(ctx: BotContext, deliveries: readonly AlertDelivery[]): Promise<void> {
  if (deliveries.length === 0) return;
  await deliverAlert(
    {
      trips: tripsOf(ctx),
      api: ctx.api,
      translator: ctx.deps.translator,
      logger: ctx.log,
      now: ctx.deps.now,
      speed: speedOf(ctx),
    },
    deliveries,
  );
}

/** A new invitation link for the trip (single use, expiring). */
async function inviteMessage(ctx: BotContext, trip: Trip): Promise<string | undefined> {
  const secret = randomToken(16);
  const saved = await update(ctx, trip.id, (current) =>
    current.status === "ended" ? undefined : addInvite(current, secret, ctx.deps.now()),
  );
  if (!saved) return undefined;
  return ctx.t("trip.invite_link", { link: inviteLink(ctx.me.username, saved.trip, secret) });
}

async function showStatus(ctx: BotContext, trip: Trip): Promise<unknown> {
  if (trip.step) return send(ctx, wizardQuestion(trip, trip.step, ctx.deps.translator));
  return send(ctx, tripStatus(trip, ctx.deps.translator));
}

/** /trip for someone with no trip of their own: the trips they watch over (with "leave"), and how to start one. */
async function showContactView(ctx: BotContext, userId: number): Promise<unknown> {
  const watched = await tripsOf(ctx).ofContact(userId);
  const rows = watched.map((trip) => [
    button(`${ctx.t("trip.button.leave")} · ${trip.travellerName}`, "leave", trip.id),
  ]);
  rows.push([button(ctx.t("trip.button.new"), "new", "-")]);
  return ctx.reply(
    watched.length > 0
      ? ctx.t("trip.contact_of", { names: watched.map((trip) => trip.travellerName).join(", ") })
      : ctx.t("trip.intro"),
    { parse_mode: "HTML", reply_markup: { inline_keyboard: rows } },
  );
}

/**
 * The "trip" action (a button under a verdict or in the family guide, `?start=trip`): the traveller's trip, or what
 * safe trips are and how to start one. In a group it points to the private chat, where the trip is set up.
 */
export async function openTrip(ctx: BotContext): Promise<unknown> {
  if (!ctx.from) return;
  if (ctx.chat?.type !== "private")
    return ctx.reply(ctx.t("trip.open_private", { link: `https://t.me/${ctx.me.username}?start=trip` }), {
      link_preview_options: { is_disabled: true },
    });
  const own = await tripsOf(ctx).ofTraveller(ctx.from.id);
  return own ? showStatus(ctx, own) : showContactView(ctx, ctx.from.id);
}

async function startWizard(ctx: BotContext): Promise<unknown> {
  if (!ctx.from) return;
  const stored = ctx.user?.sosNationality;
  const nationality = stored && isNationality(stored) ? stored : defaultNationality(ctx.locale);
  const trip = newTrip({
    id: randomToken(10),
    travellerId: ctx.from.id,
    travellerName: ctx.from.first_name,
    locale: ctx.locale,
    ...(nationality ? { nationality } : {}),
    now: ctx.deps.now(),
  });
  const saved = await tripsOf(ctx).save(trip);
  if (!saved) return;
  const first = wizardQuestion(saved, WIZARD_STEPS[0], ctx.deps.translator);
  return send(ctx, { ...first, text: `${ctx.t("trip.wizard.intro")}\n\n${first.text}` });
}

/** After an answer: the next question, or (wizard done) the first invitation link, or (an edit) the status. */
async function afterAnswer(ctx: BotContext, before: Trip, trip: Trip): Promise<unknown> {
  if (trip.step) return send(ctx, wizardQuestion(trip, trip.step, ctx.deps.translator));
  if (before.status === "setup" && trip.status === "active") {
    const invite = await inviteMessage(ctx, trip);
    await ctx.reply(ctx.t("trip.started", { due: formatMoment(trip.dueAt, ctx.deps.translator, ctx.locale) }), {
      parse_mode: "HTML",
    });
    if (invite) await ctx.reply(invite, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
    return;
  }
  return send(ctx, tripStatus(trip, ctx.deps.translator));
}

async function answer(
  ctx: BotContext,
  trip: Trip,
  step: WizardStep,
  given: { text?: string; interval?: Interval; lengthDays?: number },
): Promise<unknown> {
  const country = step === "destination" && given.text ? guessCountry(given.text) : undefined;
  const result = await update(ctx, trip.id, (current) =>
    current.step === step
      ? answerStep(current, { ...given, ...(country ? { country } : {}) }, ctx.deps.now(), speedOf(ctx))
      : undefined,
  );
  if (!result) return;
  return afterAnswer(ctx, result.before, result.trip);
}

/** A check-in, by /ok (with any text) or [I'm OK]; with the duress word the answer is the very same. */
async function doCheckIn(ctx: BotContext, trip: Trip, text?: string): Promise<unknown> {
  const now = ctx.deps.now();
  let closed: Trip["alert"];
  let deliveries: AlertDelivery[] = [];
  let final = false;
  const result = await update(ctx, trip.id, (current) => {
    if (current.status !== "active" && current.status !== "paused") return undefined;
    const checked = checkIn(current, now, speedOf(ctx), text);
    closed = checked.closedAlert;
    deliveries = checked.deliveries;
    final = checked.final;
    return checked;
  });
  if (!result) return ctx.reply(ctx.t("trip.no_trip"), { parse_mode: "HTML" });
  // The trip's length was over: the last check-in ends it. With the duress word the screen is the same, and the
  // contacts get the alert rather than "the trip ended".
  if (final) {
    await ctx.reply(ctx.t("trip.ended_final"), { parse_mode: "HTML" });
    if (deliveries.length === 0) await tellTripEndedAsPlanned(ctx, result.trip, now);
    return deliverNow(ctx, deliveries);
  }
  await ctx.reply(ctx.t("trip.checked_in", { due: formatMoment(result.trip.dueAt, ctx.deps.translator, ctx.locale) }), {
    parse_mode: "HTML",
  });
  if (closed && !closed.closedAt) {
    for (const contact of acceptedContacts(result.trip)) {
      await tell(
        ctx,
        contact.userId,
        ctx.deps.translator.t(contact.locale, "trip.alert.checked_in", {
          name: result.trip.travellerName,
          at: formatMoment(now.toISOString(), ctx.deps.translator, contact.locale),
        }),
      );
    }
  }
  return deliverNow(ctx, deliveries);
}

async function needHelp(ctx: BotContext, tripId: string): Promise<unknown> {
  const result = await update(ctx, tripId, (current) =>
    current.status === "active" || current.status === "paused"
      ? askForHelp(current, ctx.deps.now(), speedOf(ctx))
      : undefined,
  );
  if (!result) return ctx.reply(ctx.t("trip.no_trip"), { parse_mode: "HTML" });
  await ctx.reply(ctx.t("trip.help_sent", { count: acceptedCount(result.trip) }), { parse_mode: "HTML" });
  await ctx.reply(emergencyCard(result.trip, ctx.locale, ctx.deps.translator), {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  });
  return deliverNow(ctx, result.deliveries);
}

/** Tells the accepted contacts that the trip ended (ended, or erased with /forget). */
async function tellTripEnded(ctx: BotContext, trip: Trip): Promise<void> {
  for (const contact of acceptedContacts(trip)) {
    await tell(
      ctx,
      contact.userId,
      ctx.deps.translator.t(contact.locale, "trip.ended_for_contact", { name: trip.travellerName }),
    );
  }
}

/** Tells the accepted contacts that the traveller answered the last check-in and the trip ended as planned. */
async function tellTripEndedAsPlanned(ctx: BotContext, trip: Trip, now: Date): Promise<void> {
  for (const contact of acceptedContacts(trip)) {
    await tell(
      ctx,
      contact.userId,
      ctx.deps.translator.t(contact.locale, "trip.ended_final_for_contact", {
        name: trip.travellerName,
        at: formatMoment(now.toISOString(), ctx.deps.translator, contact.locale),
      }),
    );
  }
}

/**
 * /forget: the user's own trip is erased now and its contacts are told the trip ended; where the user is a contact,
 * they are removed and the traveller is told. Called by the privacy feature before the rest is erased.
 */
export async function forgetTrips(ctx: BotContext, userId: number): Promise<void> {
  const own = await tripsOf(ctx).ofTraveller(userId);
  if (own) {
    await tripsOf(ctx).erase(own.id);
    await tellTripEnded(ctx, own);
  }
  for (const trip of await tripsOf(ctx).ofContact(userId)) await leave(ctx, trip.id, userId);
}

async function leave(ctx: BotContext, tripId: string, userId: number): Promise<Trip | undefined> {
  const result = await update(ctx, tripId, (current) => answerInvite(current, userId, false, ctx.deps.now()));
  if (!result) return undefined;
  const name = result.before.contacts.find((contact) => contact.userId === userId)?.name ?? "";
  await tell(ctx, result.trip.travellerId, ctx.deps.translator.t(result.trip.locale, "trip.traveller.left", { name }));
  return result.trip;
}

// Deep link from an invitation: t.me/<bot>?start=tj_<trip id>_<secret>. Other /start payloads go on to /start.
privateChat.command("start", async (ctx, next) => {
  const match = INVITE_PAYLOAD.exec(ctx.match.trim());
  if (!match) return next();
  const [, tripId = "", secret = ""] = match;
  const person = { userId: ctx.from.id, name: ctx.from.first_name, locale: ctx.locale };
  const trip = await tripsOf(ctx).get(tripId);
  if (!trip) return ctx.reply(ctx.t("trip.invite.invalid"), { parse_mode: "HTML" });
  const watched = await tripsOf(ctx).ofContact(ctx.from.id);
  if (watched.length >= MAX_TRIPS_PER_CONTACT && !watched.some((candidate) => candidate.id === tripId))
    return ctx.reply(ctx.t("trip.invite.too_many", { count: MAX_TRIPS_PER_CONTACT }), { parse_mode: "HTML" });
  let refusal: string | undefined;
  const result = await update(ctx, tripId, (current) => {
    const opened = openInvite(current, secret, person, ctx.deps.now());
    if ("refused" in opened) {
      refusal = opened.refused;
      return undefined;
    }
    return opened.trip;
  });
  if (!result) {
    const key =
      refusal === "own-trip"
        ? "trip.invite.own"
        : refusal === "full"
          ? "trip.invite.full"
          : refusal === "already"
            ? "trip.invite.already"
            : "trip.invite.invalid";
    return ctx.reply(ctx.t(key, { count: MAX_CONTACTS }), { parse_mode: "HTML" });
  }
  return ctx.reply(
    ctx.t("trip.invite.text", {
      name: result.trip.travellerName,
      destination: result.trip.destination ?? ctx.t("trip.not_given"),
    }),
    {
      parse_mode: "HTML",
      reply_markup: {
        inline_keyboard: [
          [
            button(ctx.t("trip.button.accept"), "accept", tripId),
            button(ctx.t("trip.button.decline"), "decline", tripId),
          ],
        ],
      },
    },
  );
});

privateChat.command("trip", async (ctx) => {
  const argument = ctx.match.trim().toLowerCase();
  const trip = await tripsOf(ctx).ofTraveller(ctx.from.id);
  if (!trip) {
    if (argument === "new") return startWizard(ctx);
    if (argument === "") return showContactView(ctx, ctx.from.id);
    return ctx.reply(ctx.t("trip.no_trip"), { parse_mode: "HTML" });
  }
  if (argument === "pause") return act(ctx, trip.id, "pause");
  if (argument === "resume") return act(ctx, trip.id, "resume");
  if (argument === "end") return act(ctx, trip.id, "end");
  if (argument === "invite") return act(ctx, trip.id, "invite");
  return showStatus(ctx, trip);
});

privateChat.command("ok", async (ctx) => {
  const trip = await tripsOf(ctx).ofTraveller(ctx.from.id);
  if (!trip) return ctx.reply(ctx.t("trip.no_trip"), { parse_mode: "HTML" });
  return doCheckIn(ctx, trip, ctx.match);
});

// A wizard answer typed as text; anything else goes on to the other features.
privateChat.on("message:text", async (ctx, next) => {
  if (ctx.message.text.startsWith("/")) return next();
  const trip = await tripsOf(ctx)
    .ofTraveller(ctx.from.id)
    .catch((error: unknown) => {
      // A wizard answer could not be saved anyway: the text is answered as a message (emergency help included).
      if (!isStoreUnavailable(error)) throw error;
      ctx.log.warn({ err: error }, "could not read the trip wizard; answering the text as a message");
      return undefined;
    });
  if (!trip?.step) return next();
  const text = ctx.message.text;
  if (trip.step === "interval") {
    const interval = INTERVAL_IDS.find((id) => text.trim().startsWith(id[0]!));
    return answer(ctx, trip, "interval", interval ? { interval } : {});
  }
  if (trip.step === "length") {
    const lengthDays = parseLengthDays(text);
    if (lengthDays === undefined) {
      const question = wizardQuestion(trip, "length", ctx.deps.translator);
      return send(ctx, { ...question, text: `${ctx.t("trip.length_invalid")}\n\n${question.text}` });
    }
    return answer(ctx, trip, "length", { lengthDays });
  }
  return answer(ctx, trip, trip.step, { text });
});

/** The traveller's own actions on their trip, from a button or a /trip argument. */
async function act(ctx: BotContext, tripId: string, action: TripAction, extra = "-"): Promise<unknown> {
  const now = ctx.deps.now();
  const speed = speedOf(ctx);
  const trip = await tripsOf(ctx).get(tripId);
  if (!trip || trip.travellerId !== ctx.from?.id || trip.status === "ended")
    return ctx.reply(ctx.t("errors.stale_button"), { parse_mode: "HTML" });
  switch (action) {
    case "ok":
      return doCheckIn(ctx, trip);
    case "help":
      return needHelp(ctx, trip.id);
    case "skip":
      return (WIZARD_STEPS as readonly string[]).includes(extra)
        ? answer(ctx, trip, extra as WizardStep, {})
        : undefined;
    case "interval": {
      const interval = INTERVAL_IDS.find((id) => id === extra);
      return interval ? answer(ctx, trip, "interval", { interval }) : undefined;
    }
    case "length": {
      const choice = LENGTH_IDS.find((id) => id === extra);
      const lengthDays = choice ? LENGTHS[choice] : extra === "none" ? 0 : undefined;
      return lengthDays === undefined ? undefined : answer(ctx, trip, "length", { lengthDays });
    }
    case "invite": {
      if (trip.contacts.length >= MAX_CONTACTS)
        return ctx.reply(ctx.t("trip.invite.full", { count: MAX_CONTACTS }), { parse_mode: "HTML" });
      const invite = await inviteMessage(ctx, trip);
      return invite && ctx.reply(invite, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
    }
    case "pause": {
      const result = await update(ctx, trip.id, (current) =>
        current.status === "active" ? pause(current, now, speed) : undefined,
      );
      return result && ctx.reply(ctx.t("trip.paused"), { parse_mode: "HTML" });
    }
    case "resume": {
      const result = await update(ctx, trip.id, (current) =>
        current.status === "paused" ? resume(current, now, speed) : undefined,
      );
      if (result?.trip.status === "ended") {
        // Resumed after the trip's length was over: resuming is a check-in, the last one.
        await tellTripEndedAsPlanned(ctx, result.trip, now);
        return ctx.reply(ctx.t("trip.ended_final"), { parse_mode: "HTML" });
      }
      return (
        result &&
        ctx.reply(ctx.t("trip.resumed", { due: formatMoment(result.trip.dueAt, ctx.deps.translator, ctx.locale) }), {
          parse_mode: "HTML",
        })
      );
    }
    case "end":
      return ctx.reply(ctx.t("trip.end_confirm"), {
        parse_mode: "HTML",
        reply_markup: {
          inline_keyboard: [
            [
              button(ctx.t("trip.button.end_yes"), "end_yes", trip.id),
              button(ctx.t("trip.button.end_no"), "end_no", trip.id),
            ],
          ],
        },
      });
    case "end_yes": {
      const result = await update(ctx, trip.id, (current) =>
        current.status === "ended" ? undefined : end(current, now, speed),
      );
      if (!result) return;
      await tellTripEnded(ctx, result.trip);
      return ctx.reply(ctx.t("trip.ended"), { parse_mode: "HTML" });
    }
    case "edit": {
      const step = WIZARD_STEPS.find((candidate) => candidate === extra);
      if (!step) return send(ctx, editMenu(trip, ctx.deps.translator));
      const result = await update(ctx, trip.id, (current) =>
        current.status === "ended" ? undefined : editStep(current, step, now),
      );
      return result && send(ctx, wizardQuestion(result.trip, step, ctx.deps.translator));
    }
    case "end_no":
      return ctx.reply(ctx.t("trip.end_kept"), { parse_mode: "HTML" });
    default:
      return undefined;
  }
}

/** A contact's answer to an invitation, or their leaving. */
async function contactAct(ctx: BotContext, tripId: string, action: "accept" | "decline" | "leave"): Promise<unknown> {
  if (!ctx.from) return;
  const userId = ctx.from.id;
  if (action === "leave") {
    const left = await leave(ctx, tripId, userId);
    return left && ctx.reply(ctx.t("trip.left", { name: left.travellerName }), { parse_mode: "HTML" });
  }
  const result = await update(ctx, tripId, (current) =>
    current.status === "ended" ? undefined : answerInvite(current, userId, action === "accept", ctx.deps.now()),
  );
  if (!result) return ctx.reply(ctx.t("trip.invite.invalid"), { parse_mode: "HTML" });
  const name = ctx.from.first_name;
  const traveller = result.trip;
  await tell(
    ctx,
    traveller.travellerId,
    ctx.deps.translator.t(
      traveller.locale,
      action === "accept" ? "trip.traveller.accepted" : "trip.traveller.declined",
      { name },
    ),
  );
  return ctx.reply(
    ctx.t(action === "accept" ? "trip.invite.accepted" : "trip.invite.declined", { name: traveller.travellerName }),
    { parse_mode: "HTML" },
  );
}

/** "I reached them" closes the alert for every contact; "Still no contact" shows the next steps. */
async function alertAct(ctx: BotContext, alertId: string, action: "reached" | "no_contact"): Promise<unknown> {
  if (!ctx.from) return;
  const userId = ctx.from.id;
  const tripId = alertId.split(".")[0] ?? "";
  const trip = await tripsOf(ctx).get(tripId);
  const isContact = trip ? acceptedContacts(trip).some((contact) => contact.userId === userId) : false;
  if (!trip || !isContact) return ctx.reply(ctx.t("errors.stale_button"), { parse_mode: "HTML" });
  if (action === "no_contact") {
    return ctx.reply(
      ctx.t("trip.alert.next_steps", {
        name: trip.travellerName,
        country: countryName(trip.country ?? "other", ctx.locale, ctx.deps.translator),
      }),
      { parse_mode: "HTML" },
    );
  }
  const me = acceptedContacts(trip).find((contact) => contact.userId === userId)!;
  const result = await update(ctx, tripId, (current) => closeAlert(current, alertId, me.name, ctx.deps.now()));
  if (!result) return ctx.reply(ctx.t("trip.alert.already_closed"), { parse_mode: "HTML" });
  for (const contact of acceptedContacts(result.trip)) {
    if (contact.userId === userId) continue;
    await tell(
      ctx,
      contact.userId,
      ctx.deps.translator.t(contact.locale, "trip.alert.closed_by", { by: me.name, name: trip.travellerName }),
    );
  }
  return ctx.reply(ctx.t("trip.alert.reached_done"), { parse_mode: "HTML" });
}

tripFeature.callbackQuery(tripData.filter, async (ctx) => {
  const data = tripData.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (!data || ctx.chat?.type !== "private") return;
  const action = data.action as TripAction;
  if (action === "accept" || action === "decline" || action === "leave") return contactAct(ctx, data.id, action);
  if (action === "reached" || action === "no_contact") return alertAct(ctx, data.id, action);
  if (action === "new") {
    const own = ctx.from && (await tripsOf(ctx).ofTraveller(ctx.from.id));
    return own ? showStatus(ctx, own) : startWizard(ctx);
  }
  return act(ctx, data.id, action, data.extra);
});
