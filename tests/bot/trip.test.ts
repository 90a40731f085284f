import { afterEach, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../src/local/bot-api/in-process.ts";
import { runTripTick } from "../../src/trip/job.ts";
import { createTestBot, LANGUAGE_CASES, type TestBot, type TestUser } from "../support/test-bot.ts";

const START = new Date("2026-12-01T08:00:00Z");
const HOUR = 3600_000;
const TRAVELLER = 1001;
const CONTACT = 2002;
const OTHER = 2003;

/** A movable clock shared by the handlers and the job. */
class Clock {
  private at = START.getTime();
  readonly now = (): Date => new Date(this.at);
  advanceHours(hours: number): void {
    this.at += hours * HOUR;
  }
}

const open: TestBot[] = [];
afterEach(async () => {
  for (const testBot of open.splice(0)) await testBot.close();
});

async function setUp(clock: Clock, dataDir?: string): Promise<TestBot> {
  const testBot = await createTestBot({ now: clock.now, ...(dataDir ? { dataDir } : {}) });
  open.push(testBot);
  return testBot;
}

function tick(testBot: TestBot, clock: Clock) {
  return runTripTick({
    trips: testBot.store.trips,
    api: testBot.jobsafe.bot.api,
    translator: testBot.translator,
    logger: testBot.deps.logger,
    now: clock.now,
    speed: 1,
    spacingMs: 0,
  });
}

/** Sent messages to a chat whose buttons carry this callback action. */
function sentWithAction(calls: readonly RecordedCall[], chatId: number, action: string): RecordedCall[] {
  return calls.filter(
    (call) =>
      call.method === "sendMessage" &&
      Number(call.payload.chat_id) === chatId &&
      JSON.stringify(call.payload.reply_markup ?? {}).includes(`"trip:${action}:`),
  );
}

function textsTo(calls: readonly RecordedCall[], chatId: number): string[] {
  return calls
    .filter((call) => call.method === "sendMessage" && Number(call.payload.chat_id) === chatId)
    .map((call) => String(call.payload.text));
}

/** The traveller sets up a trip through the wizard and a contact accepts the invitation; returns the contact. */
async function tripWithContact(testBot: TestBot, traveller: TestUser, contact: TestUser, locale: string) {
  const t = (key: string, params?: Record<string, string | number>) =>
    testBot.translator.t(locale as never, key, params);
  await traveller.send("/trip");
  await traveller.press(t("trip.button.new"));
  expect(traveller.messages().at(-1)).toBe(`${t("trip.wizard.intro")}\n\n${t("trip.wizard.destination")}`);
  await traveller.send("Sihanoukville, Cambodia");
  expect(traveller.messages().at(-1)).toBe(t("trip.wizard.departure"));
  await traveller.press(t("trip.skip"));
  expect(traveller.messages().at(-1)).toBe(t("trip.wizard.length"));
  await traveller.press(t("trip.skip"));
  await traveller.send("Golden Sun Co., agent Li, +855 12 345 678");
  expect(traveller.messages().at(-1)).toBe(t("trip.wizard.interval"));
  await traveller.press(t("trip.interval.1d"));
  expect(traveller.messages().at(-1)).toBe(t("trip.wizard.duress"));
  await traveller.send("blue sky");
  const link = traveller
    .messages()
    .map((text) => /start=(tj_[A-Za-z0-9_]+)/.exec(text)?.[1])
    .find(Boolean);
  expect(link).toBeDefined();

  const invited = await contact.send(`/start ${link}`);
  expect(textsTo(invited, CONTACT)[0]).toContain("Sihanoukville, Cambodia");
  // Nothing is sent to an invited contact before they accept: the invitation is their own /start's answer.
  const accepted = await contact.press(t("trip.button.accept"));
  expect(textsTo(accepted, TRAVELLER)).toEqual([t("trip.traveller.accepted", { name: "Ana" })]);
  return link!;
}

/** A bot with a trip under way: the traveller set it up through the wizard and one contact accepted. */
async function tripUnderWay(locale: string, languageCode = locale) {
  const clock = new Clock();
  const testBot = await setUp(clock);
  const traveller = testBot.user(languageCode, TRAVELLER);
  const contact = testBot.user(languageCode, CONTACT);
  const link = await tripWithContact(testBot, traveller, contact, locale);
  return { clock, testBot, traveller, contact, link };
}

describe.each(LANGUAGE_CASES)("safe trip ($locale)", ({ locale, languageCode }) => {
  const t = (testBot: TestBot, key: string, params?: Record<string, string | number>) =>
    testBot.translator.t(locale, key, params);

  it("invite → accept → check-in → missed → reminder → alert to each contact once → 'I reached them'", async () => {
    const clock = new Clock();
    const testBot = await setUp(clock);
    const traveller = testBot.user(languageCode, TRAVELLER);
    const contact = testBot.user(languageCode, CONTACT);
    const other = testBot.user(languageCode, OTHER);
    const link = await tripWithContact(testBot, traveller, contact, locale);

    // The link worked once.
    const reused = await other.send(`/start ${link}`);
    expect(textsTo(reused, OTHER)).toEqual([t(testBot, "trip.invite.invalid")]);

    clock.advanceHours(10);
    await traveller.send("/trip");
    expect(traveller.messages().at(-1)).toContain(t(testBot, "trip.state.active"));
    await traveller.press(t(testBot, "trip.button.ok"));
    expect(traveller.messages().at(-1)).toBe(t(testBot, "trip.checked_in", { due: "2026-12-02 18:00 UTC" }));

    clock.advanceHours(24);
    expect(await tick(testBot, clock)).toMatchObject({ prompts: 1, alerts: 0 });
    expect(traveller.messages().at(-1)).toBe(t(testBot, "trip.prompt"));
    expect(await tick(testBot, clock)).toMatchObject({ prompts: 0 });

    clock.advanceHours(3);
    expect(await tick(testBot, clock)).toMatchObject({ reminders: 1 });
    expect(traveller.messages().at(-1)).toBe(t(testBot, "trip.reminder", { deadline: "2026-12-03 06:00 UTC" }));
    expect(sentWithAction(testBot.api.calls, CONTACT, "reached")).toHaveLength(0);

    clock.advanceHours(9);
    expect(await tick(testBot, clock)).toMatchObject({ alerts: 1, delivered: 1 });
    await tick(testBot, clock);
    clock.advanceHours(5);
    await tick(testBot, clock);
    const alerts = sentWithAction(testBot.api.calls, CONTACT, "reached");
    expect(alerts).toHaveLength(1);
    expect(String(alerts[0]!.payload.text)).toContain(
      t(testBot, "trip.alert.missed", { name: "Ana", asked: "2026-12-02 18:00 UTC" }),
    );
    expect(String(alerts[0]!.payload.text)).toContain("Golden Sun Co.");
    // The emergency card follows the alert; nobody who did not accept got anything.
    expect(textsTo(testBot.api.calls, CONTACT).at(-1)).toContain(t(testBot, "sos.title"));
    expect(textsTo(testBot.api.calls, OTHER)).toEqual([t(testBot, "trip.invite.invalid")]);

    await contact.press(t(testBot, "trip.button.no_contact"));
    expect(contact.messages().at(-1)).toContain(
      t(testBot, "trip.alert.next_steps", { name: "Ana", country: t(testBot, "sos.country.kh") }).slice(0, 12),
    );
    await contact.press(t(testBot, "trip.button.reached"));
    expect(contact.messages().at(-1)).toBe(t(testBot, "trip.alert.reached_done"));
    await contact.press(t(testBot, "trip.button.reached"));
    expect(contact.messages().at(-1)).toBe(t(testBot, "trip.alert.already_closed"));
  });

  it("a check-in with the duress word looks exactly like one without, and alerts the contacts at once", async () => {
    const { clock, testBot, traveller } = await tripUnderWay(locale, languageCode);

    clock.advanceHours(1);
    const normal = await traveller.send("/ok");
    const duress = await traveller.send("/ok all good, Blue Sky");
    const forTraveller = (calls: RecordedCall[]) =>
      calls.filter((call) => Number(call.payload.chat_id) === TRAVELLER).map((call) => [call.method, call.payload]);
    expect(forTraveller(duress)).toEqual(forTraveller(normal));
    const alerts = sentWithAction(duress, CONTACT, "reached");
    expect(alerts).toHaveLength(1);
    expect(String(alerts[0]!.payload.text)).toContain(t(testBot, "trip.alert.duress", { name: "Ana" }));
    await tick(testBot, clock);
    expect(sentWithAction(testBot.api.calls, CONTACT, "reached")).toHaveLength(1);
  });

  it("[I need help] shows the traveller the emergency card and alerts the contacts", async () => {
    const { testBot, traveller } = await tripUnderWay(locale, languageCode);

    await traveller.send("/trip");
    const calls = await traveller.press(t(testBot, "trip.button.help"));
    const own = textsTo(calls, TRAVELLER);
    expect(own[0]).toBe(t(testBot, "trip.help_sent", { count: 1 }));
    expect(own[1]).toContain(t(testBot, "sos.title"));
    const alerts = sentWithAction(calls, CONTACT, "reached");
    expect(alerts).toHaveLength(1);
    expect(String(alerts[0]!.payload.text)).toContain(t(testBot, "trip.alert.help", { name: "Ana" }));
  });

  it("a trip with a length: asked last when it is over, the answer ends the trip and the contacts are told", async () => {
    const { clock, testBot, traveller } = await tripUnderWay(locale, languageCode);
    await traveller.send("/trip");
    await traveller.press(t(testBot, "trip.button.edit"));
    await traveller.press(t(testBot, "trip.edit.length"));
    expect(traveller.messages().at(-1)).toBe(t(testBot, "trip.wizard.length"));
    await traveller.send("?");
    expect(traveller.messages().at(-1)).toBe(
      `${t(testBot, "trip.length_invalid")}\n\n${t(testBot, "trip.wizard.length")}`,
    );
    await traveller.press(t(testBot, "trip.length.1w"));
    expect(traveller.messages().at(-1)).toContain(t(testBot, "trip.length.days", { count: 7 }));
    expect(traveller.messages().at(-1)).toContain("2026-12-08 08:00 UTC");

    // The bot was down all week: one tick asks the last check-in, not the missed daily ones.
    clock.advanceHours(7 * 24);
    expect(await tick(testBot, clock)).toMatchObject({ prompts: 1 });
    expect(traveller.messages().at(-1)).toBe(t(testBot, "trip.final_prompt"));
    clock.advanceHours(1);
    const answered = await traveller.press(t(testBot, "trip.button.ok"));
    expect(textsTo(answered, TRAVELLER)).toEqual([t(testBot, "trip.ended_final")]);
    expect(textsTo(answered, CONTACT)).toEqual([
      t(testBot, "trip.ended_final_for_contact", { name: "Ana", at: "2026-12-08 09:00 UTC" }),
    ]);
    expect(await testBot.store.trips.ofTraveller(TRAVELLER)).toBeUndefined();
    clock.advanceHours(48);
    await tick(testBot, clock);
    expect(sentWithAction(testBot.api.calls, TRAVELLER, "ok").at(-1)?.payload.text).toBe(
      t(testBot, "trip.final_prompt"),
    );
    expect(sentWithAction(testBot.api.calls, CONTACT, "reached")).toHaveLength(0);
  });
});

describe.each(LANGUAGE_CASES)("safe trip offered in the family guide ($locale)", ({ locale, languageCode }) => {
  it("the safety plan points to /trip, and its button (also on the guide's menu) opens it", async () => {
    const testBot = await setUp(new Clock());
    const t = (key: string) => testBot.translator.t(locale, key);
    const family = testBot.user(languageCode, TRAVELLER);
    await family.send("/family");
    expect(family.buttons().map((b) => b.text)).toContain(t("family.plan.trip_button"));
    await family.press(t("family.plan.title"));
    expect(family.messages().at(-1)).toContain(t("family.plan.trip"));
    expect(family.messages().at(-1)).toContain("/trip");
    await family.press(t("family.plan.trip_button"));
    expect(family.messages().at(-1)).toBe(t("trip.intro"));
    await family.send("/start trip");
    expect(family.messages().at(-1)).toBe(t("trip.intro"));
  });
});

describe("safe trip across a restart", () => {
  it("an alert that fell due while the bot was down goes out once after the restart", async () => {
    const { clock, testBot: first } = await tripUnderWay("en");
    clock.advanceHours(24);
    await tick(first, clock);
    await first.store.close();
    open.splice(open.indexOf(first), 1);

    clock.advanceHours(40);
    const second = await setUp(clock, first.dataDir);
    expect(await tick(second, clock)).toMatchObject({ reminders: 1, alerts: 0 });
    clock.advanceHours(12);
    expect(await tick(second, clock)).toMatchObject({ alerts: 1, delivered: 1 });
    await second.store.close();
    open.splice(open.indexOf(second), 1);

    const third = await setUp(clock, first.dataDir);
    expect(await tick(third, clock)).toMatchObject({ alerts: 0, delivered: 0 });
    const all = [...first.api.calls, ...second.api.calls, ...third.api.calls];
    expect(sentWithAction(all, CONTACT, "reached")).toHaveLength(1);
  });

  it("/trip end asks first; ending tells the contacts; /forget erases the trip and tells them", async () => {
    const { testBot, traveller } = await tripUnderWay("en");
    await traveller.send("/trip end");
    expect(traveller.messages().at(-1)).toBe(t0(testBot, "trip.end_confirm"));
    await traveller.press(t0(testBot, "trip.button.end_no"));
    expect((await testBot.store.trips.ofTraveller(TRAVELLER))?.status).toBe("active");

    await traveller.send("/forget");
    const calls = await traveller.press(testBot.translator.t("en", "forget.yes"));
    expect(textsTo(calls, CONTACT)).toEqual([t0(testBot, "trip.ended_for_contact", { name: "Ana" })]);
    expect(await testBot.store.trips.ofTraveller(TRAVELLER)).toBeUndefined();
  });
});

describe("safe trip: changes", () => {
  it("any answer can be changed later; a new interval moves the next check-in", async () => {
    const { testBot, traveller } = await tripUnderWay("zh-hant");
    const t = (key: string) => testBot.translator.t("zh-hant", key);
    await traveller.send("/trip");
    await traveller.press(t("trip.button.edit"));
    expect(traveller.messages().at(-1)).toBe(t("trip.edit.choose"));
    await traveller.press(t("trip.edit.destination"));
    await traveller.send("曼谷");
    expect(traveller.messages().at(-1)).toContain("曼谷");
    await traveller.press(t("trip.button.edit"));
    await traveller.press(t("trip.edit.interval"));
    await traveller.press(t("trip.interval.3d"));
    const trip = await testBot.store.trips.ofTraveller(TRAVELLER);
    expect(trip).toMatchObject({ destination: "曼谷", country: "th", interval: "3d", status: "active" });
    expect(trip?.step).toBeUndefined();
    expect(trip?.dueAt).toBe(new Date(START.getTime() + 72 * HOUR).toISOString());
  });
});

describe("safe trip: contacts", () => {
  it("a check-in after an alert tells the contacts; a contact who leaves is no longer written to", async () => {
    const { clock, testBot, traveller, contact } = await tripUnderWay("en");
    for (const hours of [24, 3, 9]) {
      clock.advanceHours(hours);
      await tick(testBot, clock);
    }
    expect(sentWithAction(testBot.api.calls, CONTACT, "reached")).toHaveLength(1);
    clock.advanceHours(1);
    const calls = await traveller.send("/ok");
    expect(textsTo(calls, CONTACT)).toEqual([
      t0(testBot, "trip.alert.checked_in", { name: "Ana", at: "2026-12-02 21:00 UTC" }),
    ]);

    await contact.send("/trip");
    const left = await contact.press(`${t0(testBot, "trip.button.leave")} · Ana`);
    expect(textsTo(left, TRAVELLER)).toEqual([t0(testBot, "trip.traveller.left", { name: "Ana" })]);
    expect(textsTo(left, CONTACT)).toEqual([t0(testBot, "trip.left", { name: "Ana" })]);
    const helped = await traveller.press(t0(testBot, "trip.button.help"));
    expect(textsTo(helped, CONTACT)).toEqual([]);
    expect(textsTo(helped, TRAVELLER)[0]).toBe(t0(testBot, "trip.help_sent", { count: 0 }));
  });

  it("an invitation cannot be used by the traveller, and a declined one tells the traveller", async () => {
    const clock = new Clock();
    const testBot = await setUp(clock);
    const traveller = testBot.user("en", TRAVELLER);
    const contact = testBot.user("en", CONTACT);
    await traveller.send("/trip new");
    for (let i = 0; i < 6; i++) await traveller.press(t0(testBot, "trip.skip"));
    const link = /start=(tj_[A-Za-z0-9_]+)/.exec(traveller.messages().at(-1) ?? "")?.[1];
    expect(await traveller.send(`/start ${link}`)).toHaveLength(1);
    expect(traveller.messages().at(-1)).toBe(t0(testBot, "trip.invite.own"));
    await contact.send(`/start ${link}`);
    const declined = await contact.press(t0(testBot, "trip.button.decline"));
    expect(textsTo(declined, TRAVELLER)).toEqual([t0(testBot, "trip.traveller.declined", { name: "Ana" })]);
    expect((await testBot.store.trips.ofTraveller(TRAVELLER))?.contacts).toEqual([]);
  });
});

function t0(testBot: TestBot, key: string, params?: Record<string, string | number>): string {
  return testBot.translator.t("en", key, params);
}
