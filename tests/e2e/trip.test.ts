import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Message } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { loadTranslator } from "../../src/i18n/load.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";
import { startBotProcess, type BotProcess } from "../../src/local/bot-process.ts";

const translator = loadTranslator();
const shown = (locale: Locale, key: string, params?: Record<string, string>) =>
  parseTelegramHtml(translator.t(locale, key, params)).text;

/** A trip hour lasts half a real second: the daily check-in is due 12 s after the wizard, the alert 6 s after that. */
const SPEED = "7200";
const TRAVELLER = { id: 3001, first_name: "Ana", language_code: "en" };
const CONTACT = { id: 3002, first_name: "Wei", language_code: "zh-hans" };

const hasButton = (message: Message, action: string) =>
  (message.reply_markup?.inline_keyboard.flat() ?? []).some(
    (button) => "callback_data" in button && button.callback_data.startsWith(`trip:${action}:`),
  );

function buttonOf(message: Message, action: string): string {
  const found = message.reply_markup?.inline_keyboard
    .flat()
    .find((button) => "callback_data" in button && button.callback_data.startsWith(`trip:${action}:`));
  if (!found || !("callback_data" in found)) throw new Error(`no trip:${action} button on: ${message.text}`);
  return found.callback_data;
}

describe("safe trip against the loopback Bot API, with CHECKIN_CLOCK_SPEED", () => {
  const running: BotProcess[] = [];
  let stub: BotApiStub | undefined;
  afterEach(async () => {
    for (const bot of running.splice(0)) await bot.stop("SIGKILL");
    await stub?.close();
  });

  /** Sends a text (or presses a button) and returns the bot's next message to that chat. */
  async function answerTo(chatId: number, act: () => void, skip = 0): Promise<Message> {
    const before = stub!.sentCount(chatId);
    act();
    return stub!.waitForMessage(chatId, 10_000, before + skip);
  }

  async function waitForMessageWith(chatId: number, test: (message: Message) => boolean, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = stub!.transcript(chatId).find(test);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no such message to ${chatId}; last: ${stub!.lastMessage(chatId)?.text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it("invite → accept → prompt → reminder → kill -9 → restart → alert once → 'I reached them'", async () => {
    stub = await startBotApiStub({ botInfo: { username: "jobsafe_trip_bot" } });
    const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-trip-e2e-"));
    const env = { CHECKIN_CLOCK_SPEED: SPEED };
    running.push(await startBotProcess({ stub, dataDir, env }));

    const intro = await answerTo(TRAVELLER.id, () => stub!.sendText(TRAVELLER, "/trip"));
    const destination = await answerTo(TRAVELLER.id, () => stub!.pressButton(TRAVELLER, intro, buttonOf(intro, "new")));
    expect(destination.text).toContain(shown("en", "trip.wizard.destination"));
    await answerTo(TRAVELLER.id, () => stub!.sendText(TRAVELLER, "Phnom Penh, Cambodia"));
    const length = await answerTo(TRAVELLER.id, () => stub!.sendText(TRAVELLER, "tomorrow"));
    expect(length.text).toBe(shown("en", "trip.wizard.length"));
    await answerTo(TRAVELLER.id, () => stub!.sendText(TRAVELLER, "3 months"));
    const interval = await answerTo(TRAVELLER.id, () => stub!.sendText(TRAVELLER, "Golden Sun Co., agent Li"));
    const duress = await answerTo(TRAVELLER.id, () =>
      stub!.pressButton(TRAVELLER, interval, buttonOf(interval, "interval")),
    );
    expect(duress.text).toBe(shown("en", "trip.wizard.duress"));
    const invite = await answerTo(TRAVELLER.id, () => stub!.sendText(TRAVELLER, "blue sky"), 1);
    const payload = /start=(tj_[A-Za-z0-9_]+)/.exec(invite.text ?? "")?.[1];
    expect(payload).toBeDefined();

    const invitation = await answerTo(CONTACT.id, () => stub!.sendText(CONTACT, `/start ${payload}`));
    expect(invitation.text).toContain("Phnom Penh, Cambodia");
    const travellerBefore = stub.sentCount(TRAVELLER.id);
    await answerTo(CONTACT.id, () => stub!.pressButton(CONTACT, invitation, buttonOf(invitation, "accept")));
    expect((await stub.waitForMessage(TRAVELLER.id, 10_000, travellerBefore)).text).toBe(
      shown("en", "trip.traveller.accepted", { name: "Wei" }),
    );

    // The prompt comes one (scaled) day after the wizard, the reminder 3 trip hours later; then the bot dies.
    await waitForMessageWith(TRAVELLER.id, (m) => m.text === shown("en", "trip.prompt"), 20_000);
    await waitForMessageWith(
      TRAVELLER.id,
      (m) => (m.text ?? "").startsWith(shown("en", "trip.reminder", { deadline: "X" }).slice(0, 10)),
      10_000,
    );
    await running.pop()!.stop("SIGKILL");
    expect(stub.transcript(CONTACT.id).filter((m) => hasButton(m, "reached"))).toHaveLength(0);

    running.push(await startBotProcess({ stub, dataDir, env }));
    const alert = await waitForMessageWith(CONTACT.id, (m) => hasButton(m, "reached"), 15_000);
    expect(alert.text).toContain(shown("zh-hans", "trip.alert.missed", { name: "Ana", asked: "X" }).slice(0, 12));
    expect(alert.text).toContain("Golden Sun Co.");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(stub.transcript(CONTACT.id).filter((m) => hasButton(m, "reached"))).toHaveLength(1);

    const closed = await answerTo(CONTACT.id, () => stub!.pressButton(CONTACT, alert, buttonOf(alert, "reached")));
    expect(closed.text).toBe(shown("zh-hans", "trip.alert.reached_done"));
  }, 60_000);
});
