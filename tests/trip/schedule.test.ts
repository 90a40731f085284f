import { describe, expect, it } from "vitest";
import { newTrip, tripSchema, WIZARD_STEPS, type Trip } from "../../src/trip/model.ts";
import {
  addInvite,
  advance,
  answerInvite,
  answerStep,
  askForHelp,
  checkIn,
  closeAlert,
  containsDuressWord,
  dueAtOf,
  end,
  openInvite,
  editStep,
  parseLengthDays,
  pause,
  resume,
  tripHoursMs,
} from "../../src/trip/schedule.ts";

const T0 = new Date("2026-12-01T08:00:00Z");
const hours = (n: number, from = T0): Date => new Date(from.getTime() + n * 3600_000);

/** A trip through the wizard with every step answered, started at T0. */
function activeTrip(overrides: Partial<Trip> = {}): Trip {
  let trip = newTrip({
    id: "Trip0001",
    travellerId: 1,
    travellerName: "Ana",
    locale: "en",
    nationality: "cn",
    now: T0,
  });
  trip = answerStep(trip, { text: "Sihanoukville, Cambodia", country: "kh" }, T0, 1);
  trip = answerStep(trip, { text: "3 December" }, T0, 1);
  trip = answerStep(trip, {}, T0, 1);
  trip = answerStep(trip, { text: "Golden Sun Co., agent Li +855 12 345 678" }, T0, 1);
  trip = answerStep(trip, { interval: "1d" }, T0, 1);
  trip = answerStep(trip, { text: "blue sky" }, T0, 1);
  const contact = {
    userId: 2,
    name: "Mum",
    locale: "zh-hans" as const,
    status: "accepted" as const,
    since: T0.toISOString(),
  };
  return tripSchema.parse({ ...trip, contacts: [contact], ...overrides });
}

describe("trip schedule", () => {
  it("the wizard records each answer, skips leave defaults, and the last step starts the clock", () => {
    const trip = activeTrip();
    expect(trip).toMatchObject({
      status: "active",
      destination: "Sihanoukville, Cambodia",
      country: "kh",
      departure: "3 December",
      interval: "1d",
      duressWord: "blue sky",
      phase: "waiting",
      lastCheckInAt: T0.toISOString(),
      dueAt: hours(24).toISOString(),
    });
    expect(trip.step).toBeUndefined();

    let skipped = newTrip({ id: "Trip0002", travellerId: 1, travellerName: "Ana", locale: "en", now: T0 });
    for (let i = 0; i < WIZARD_STEPS.length; i++) skipped = answerStep(skipped, {}, T0, 1);
    expect(skipped).toMatchObject({ status: "active", interval: "1d", graceHours: 12 });
    expect(skipped.destination).toBeUndefined();
    expect(skipped.duressWord).toBeUndefined();
  });

  it("prompt at the interval, reminder 3 h later, alert after the 12 h grace period, to accepted contacts only", () => {
    let trip = activeTrip({
      contacts: [
        { userId: 2, name: "Mum", locale: "zh-hans", status: "accepted", since: T0.toISOString() },
        { userId: 3, name: "Bo", locale: "en", status: "invited", since: T0.toISOString() },
      ],
    });
    expect(advance(trip, hours(23.9), 1)).toBeUndefined();
    const prompt = advance(trip, hours(24), 1)!;
    expect(prompt.action).toBe("prompt");
    trip = prompt.trip;
    expect(trip.dueAt).toBe(hours(27).toISOString());
    expect(advance(trip, hours(26), 1)).toBeUndefined();
    const remind = advance(trip, hours(27), 1)!;
    expect(remind.action).toBe("remind");
    trip = remind.trip;
    expect(trip.dueAt).toBe(hours(36).toISOString());
    const alert = advance(trip, hours(36), 1)!;
    expect(alert.action).toBe("alert");
    expect(alert.trip.alert).toMatchObject({ id: "Trip0001.1", reason: "missed" });
    expect(alert.deliveries).toEqual([{ alertId: "Trip0001.1", tripId: "Trip0001", contactId: 2, state: "pending" }]);
    expect(alert.trip.dueAt).toBeUndefined();
    expect(advance(alert.trip, hours(100), 1)).toBeUndefined();
  });

  it("after downtime the late check-in is asked once, and the grace period counts from the prompt", () => {
    const trip = activeTrip({ interval: "2d" });
    const late = hours(24 * 7);
    const prompt = advance(trip, late, 1)!;
    expect(prompt.action).toBe("prompt");
    expect(advance(prompt.trip, late, 1)).toBeUndefined();
    expect(prompt.trip.dueAt).toBe(hours(3, late).toISOString());
  });

  it("CHECKIN_CLOCK_SPEED scales trip time only: at 3600 a trip hour is a real second", () => {
    expect(tripHoursMs(24, 3600)).toBe(24_000);
    const trip = answerStep({ ...activeTrip(), status: "setup", step: "duress" }, {}, T0, 3600);
    expect(trip.dueAt).toBe(new Date(T0.getTime() + 24_000).toISOString());
    const ended = end(trip, T0, 3600);
    expect(ended.dueAt).toBe(hours(30 * 24).toISOString());
  });

  it("a check-in moves the next one an interval on and closes an open alert", () => {
    const alerted = advance(advance(advance(activeTrip(), hours(24), 1)!.trip, hours(27), 1)!.trip, hours(36), 1)!;
    const result = checkIn(alerted.trip, hours(40), 1, "all fine");
    expect(result.duress).toBe(false);
    expect(result.closedAlert?.id).toBe("Trip0001.1");
    expect(result.trip).toMatchObject({ phase: "waiting", dueAt: hours(64).toISOString() });
    expect(result.deliveries).toEqual([]);
  });

  it("the duress word in a check-in looks like a normal check-in and alerts at once", () => {
    const result = checkIn(activeTrip(), hours(5), 1, "/ok all good, BLUE  sky here");
    expect(result.duress).toBe(true);
    expect(result.trip).toMatchObject({ phase: "waiting", dueAt: hours(29).toISOString() });
    expect(result.trip.alert).toMatchObject({ reason: "duress" });
    expect(result.deliveries).toHaveLength(1);
    expect(containsDuressWord("ＢＬＵＥ ｓｋｙ", "blue sky")).toBe(true);
    expect(containsDuressWord("the sky is blue", "blue sky")).toBe(false);
    expect(containsDuressWord("anything", undefined)).toBe(false);
  });

  it("[I need help] alerts at once; 'I reached them' closes the alert once", () => {
    const helped = askForHelp(activeTrip(), hours(2), 1);
    expect(helped.trip.alert).toMatchObject({ id: "Trip0001.1", reason: "help" });
    const closed = closeAlert(helped.trip, "Trip0001.1", "Mum", hours(3))!;
    expect(closed.alert).toMatchObject({ closedBy: "Mum", closedAt: hours(3).toISOString() });
    expect(closeAlert(closed, "Trip0001.1", "Bo", hours(4))).toBeUndefined();
  });

  it("pause stops the schedule; resume counts as a check-in", () => {
    const paused = pause(activeTrip(), hours(1), 1);
    expect(paused.dueAt).toBeUndefined();
    expect(advance(paused, hours(100), 1)).toBeUndefined();
    const resumed = resume(paused, hours(50), 1);
    expect(resumed).toMatchObject({ status: "active", dueAt: hours(74).toISOString() });
    expect(dueAtOf(resumed, 1)).toBe(hours(74).toISOString());
  });

  it("an invitation works once, expires, never for the traveller, and a trip has at most 3 contacts", () => {
    let trip = addInvite(activeTrip({ contacts: [] }), "secretAAAA", T0);
    const person = { userId: 9, name: "Wei", locale: "zh-hant" as const };
    expect(openInvite(trip, "secretAAAA", { ...person, userId: 1 }, T0)).toEqual({ refused: "own-trip" });
    expect(openInvite(trip, "secretAAAA", person, hours(73))).toEqual({ refused: "invalid" });
    const opened = openInvite(trip, "secretAAAA", person, hours(1));
    if (!("trip" in opened)) throw new Error("refused");
    expect(openInvite(opened.trip, "secretAAAA", { ...person, userId: 10 }, hours(1))).toEqual({ refused: "invalid" });
    expect(opened.trip.contacts[0]).toMatchObject({ userId: 9, status: "invited" });
    const accepted = answerInvite(opened.trip, 9, true, hours(2))!;
    expect(accepted.contacts[0]?.status).toBe("accepted");
    expect(answerInvite(accepted, 9, false, hours(3))!.contacts).toEqual([]);

    trip = accepted;
    for (const [i, secret] of ["secretBBBB", "secretCCCC", "secretDDDD"].entries()) {
      trip = addInvite(trip, secret, T0);
      const result = openInvite(trip, secret, { ...person, userId: 20 + i }, hours(1));
      if (i < 2) {
        if (!("trip" in result)) throw new Error("refused");
        trip = result.trip;
      } else expect(result).toEqual({ refused: "full" });
    }
  });
  it("a trip with a length asks one last check-in when it is over, and answering it ends the trip", () => {
    let trip = newTrip({ id: "Trip0003", travellerId: 1, travellerName: "Ana", locale: "en", now: T0 });
    trip = answerStep(trip, {}, T0, 1);
    trip = answerStep(trip, {}, T0, 1);
    expect(trip.step).toBe("length");
    trip = answerStep(trip, { lengthDays: 3 }, T0, 1);
    trip = answerStep(trip, {}, T0, 1);
    trip = answerStep(trip, { interval: "2d" }, T0, 1);
    trip = answerStep(trip, {}, T0, 1);
    expect(trip).toMatchObject({ status: "active", lengthDays: 3, endsAt: hours(72).toISOString() });

    // Day 2: an ordinary check-in. The next would fall on day 4, after the end: the last one is asked on day 3.
    const first = advance(trip, hours(48), 1)!;
    expect(first.action).toBe("prompt");
    const answered = checkIn(first.trip, hours(49), 1);
    expect(answered.final).toBe(false);
    expect(answered.trip.dueAt).toBe(hours(72).toISOString());
    const last = advance(answered.trip, hours(72), 1)!;
    expect(last.action).toBe("final");

    const ended = checkIn(last.trip, hours(73), 1);
    expect(ended.final).toBe(true);
    expect(ended.trip).toMatchObject({ status: "ended", endedAt: hours(73).toISOString() });
    expect(ended.deliveries).toEqual([]);
  });

  it("a missed last check-in alerts the contacts like any other; a duress word ends the trip but alerts them", () => {
    const trip = answerStep(editStep(activeTrip(), "length", T0), { lengthDays: 1 }, T0, 1);
    expect(trip.endsAt).toBe(hours(24).toISOString());
    const last = advance(trip, hours(24), 1)!;
    expect(last.action).toBe("final");
    const remind = advance(last.trip, hours(27), 1)!;
    const alert = advance(remind.trip, hours(36), 1)!;
    expect(alert.action).toBe("alert");
    expect(alert.deliveries).toHaveLength(1);

    const duress = checkIn(last.trip, hours(25), 1, "ok BLUE sky");
    expect(duress).toMatchObject({ final: true, duress: true });
    expect(duress.trip.status).toBe("ended");
    expect(duress.deliveries).toHaveLength(1);
  });

  it("the length can be changed or cleared later; it counts from the start of the trip", () => {
    const trip = activeTrip();
    const longer = answerStep(editStep(trip, "length", hours(50)), { lengthDays: 14 }, hours(50), 1);
    expect(longer).toMatchObject({ status: "active", lengthDays: 14, endsAt: hours(14 * 24).toISOString() });
    expect(longer.step).toBeUndefined();
    const kept = answerStep(editStep(longer, "length", hours(51)), {}, hours(51), 1);
    expect(kept.endsAt).toBe(longer.endsAt);
    const cleared = answerStep(editStep(longer, "length", hours(52)), { lengthDays: 0 }, hours(52), 1);
    expect(cleared.lengthDays).toBeUndefined();
    expect(cleared.endsAt).toBeUndefined();
    expect(checkIn(cleared, hours(24 * 400), 1).final).toBe(false);
  });

  it("reads a typed trip length in days, weeks or months", () => {
    expect(parseLengthDays("45")).toBe(45);
    expect(parseLengthDays("2 weeks")).toBe(14);
    expect(parseLengthDays("3个月")).toBe(90);
    expect(parseLengthDays("６ months")).toBe(180);
    expect(parseLengthDays("兩週")).toBeUndefined();
    expect(parseLengthDays("not sure")).toBeUndefined();
    expect(parseLengthDays("0")).toBeUndefined();
    expect(parseLengthDays("5000")).toBeUndefined();
  });
});
