/**
 * The safe-trip job: finds due check-ins with the indexed query, sends prompts and reminders to travellers, raises
 * alerts, and delivers each alert to each accepted contact once (claim, send, mark). A plain injectable function,
 * tested with the same recording API as the handlers; `scheduleTripJob` runs it on a short interval.
 */
import type { Logger } from "../logger.ts";
import type { Translator } from "../i18n/translator.ts";
import { classifySendError } from "../broadcast/send-errors.ts";
import type { AlertDelivery } from "./model.ts";
import { alertMessages, checkInPrompt, type Markup } from "./messages.ts";
import { advance, tripHoursMs } from "./schedule.ts";
import type { TripStore } from "./trip-store.ts";

/** What the job needs of the Bot API (grammY's `bot.api` fits). */
export interface TripApi {
  sendMessage(
    chatId: number,
    text: string,
    other?: { parse_mode?: "HTML"; reply_markup?: Markup; link_preview_options?: { is_disabled: boolean } },
  ): Promise<unknown>;
}

export interface TripJobDeps {
  trips: TripStore;
  api: TripApi;
  translator: Translator;
  logger: Pick<Logger, "info" | "warn" | "error">;
  now: () => Date;
  /** CHECKIN_CLOCK_SPEED. */
  speed: number;
  /**
   * Real milliseconds between two sends: keeps the job far under Telegram's ~30 messages a second overall and one
   * a second per chat in bursts (default 40: 25 a second).
   */
  spacingMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface TripTickSummary {
  prompts: number;
  reminders: number;
  alerts: number;
  delivered: number;
  erased: number;
}

/** Errors that mean the request never left this machine: safe to send again. */
const NEVER_LEFT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH/;

const SEND_OPTIONS = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/**
 * One pass: every trip due by now is advanced (compare-and-set, so with several instances each transition happens
 * once), then pending alert deliveries are sent. Stops early when Telegram asks to wait (429): the rest is picked up
 * by the next tick.
 */
export async function runTripTick(
  deps: TripJobDeps,
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<TripTickSummary> {
  const limit = options.limit ?? 500;
  const summary: TripTickSummary = { prompts: 0, reminders: 0, alerts: 0, delivered: 0, erased: 0 };
  const paced = pacedSender(deps);

  const now = deps.now();
  for (const trip of await deps.trips.due(now, limit)) {
    if (options.signal?.aborted) return summary;
    const step = advance(trip, now, deps.speed);
    if (!step) continue;
    if (step.action === "erase") {
      if (await deps.trips.erase(trip.id)) summary.erased++;
      continue;
    }
    const saved = await deps.trips.save(step.trip, step.deliveries);
    if (!saved) continue; // another instance (or the traveller) changed it first
    if (step.action === "alert") {
      summary.alerts++;
      continue;
    }
    const alertAt =
      saved.promptedAt &&
      new Date(Date.parse(saved.promptedAt) + tripHoursMs(saved.graceHours, deps.speed)).toISOString();
    const message = checkInPrompt(saved, step.action, deps.translator, alertAt);
    try {
      await paced(saved.travellerId, message.text, message.reply_markup);
      if (step.action === "prompt" || step.action === "final") summary.prompts++;
      else summary.reminders++;
    } catch (error) {
      // A lost prompt is not retried: the reminder and the alert still follow on schedule.
      deps.logger.warn({ err: error, trip: saved.id, action: step.action }, "could not send a check-in prompt");
    }
  }

  for (const delivery of await deps.trips.pendingDeliveries(limit)) {
    if (options.signal?.aborted) return summary;
    const outcome = await deliver(deps, delivery, paced);
    if (outcome === "sent") summary.delivered++;
    if (outcome === "wait") break;
  }
  return summary;
}

type PacedSend = (chatId: number, text: string, markup?: Markup) => Promise<void>;

/** Sends one message after another, `spacingMs` apart. */
function pacedSender(deps: TripJobDeps): PacedSend {
  const spacing = deps.spacingMs ?? 40;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let sent = 0;
  return async (chatId, text, reply_markup) => {
    if (sent++ > 0 && spacing > 0) await sleep(spacing);
    await deps.api.sendMessage(chatId, text, { ...SEND_OPTIONS, ...(reply_markup ? { reply_markup } : {}) });
  };
}

/**
 * Delivers the given deliveries of an alert now (a duress word or "I need help" must not wait for the next tick).
 * The same claim-and-mark as the job: whichever of the two claims a delivery first sends it.
 */
export async function deliverAlert(deps: TripJobDeps, deliveries: readonly AlertDelivery[]): Promise<number> {
  const paced = pacedSender(deps);
  let delivered = 0;
  for (const delivery of deliveries) {
    const outcome = await deliver(deps, delivery, paced);
    if (outcome === "sent") delivered++;
    if (outcome === "wait") break;
  }
  return delivered;
}

/** Claims, sends and marks one alert delivery. `wait`: Telegram asked to slow down; it is pending again. */
async function deliver(
  deps: TripJobDeps,
  delivery: AlertDelivery,
  paced: PacedSend,
): Promise<"sent" | "skipped" | "failed" | "wait"> {
  const { alertId, contactId } = delivery;
  if (!(await deps.trips.claimDelivery(alertId, contactId))) return "skipped";
  const trip = await deps.trips.get(delivery.tripId);
  const contact = trip?.contacts.find((candidate) => candidate.userId === contactId && candidate.status === "accepted");
  if (!trip || trip.alert?.id !== alertId || trip.alert.closedAt || !contact) {
    // The alert was closed (the traveller checked in, a contact reached them) or the contact left: nothing to send.
    await deps.trips.markDelivery(alertId, contactId, "failed");
    return "skipped";
  }
  const [alert, ...rest] = alertMessages(trip, trip.alert, contact.locale, deps.translator);
  try {
    await paced(contactId, alert!.text, alert!.reply_markup);
  } catch (error) {
    const failure = classifySendError(error);
    const message = (error as Error)?.message ?? "";
    if (failure.kind === "rate-limited" || (failure.kind === "transient" && NEVER_LEFT.test(message))) {
      await deps.trips.markDelivery(alertId, contactId, "released");
      deps.logger.warn({ err: error, alertId }, "alert delivery postponed to the next tick");
      return "wait";
    }
    if (failure.kind === "transient" || failure.kind === "in-doubt") {
      // It may have arrived: left claimed, never sent twice (see TripStore).
      deps.logger.error({ err: error, alertId, contactId }, "alert delivery in doubt; not sent again");
      return "failed";
    }
    await deps.trips.markDelivery(alertId, contactId, "failed");
    deps.logger.error({ err: error, alertId, contactId, kind: failure.kind }, "alert delivery failed");
    return "failed";
  }
  await deps.trips.markDelivery(alertId, contactId, "sent");
  deps.logger.info({ alertId, contactId, reason: trip.alert.reason }, "trip alert delivered");
  for (const extra of rest) {
    await paced(contactId, extra.text, extra.reply_markup).catch((error: unknown) =>
      deps.logger.warn({ err: error, alertId }, "could not send the emergency card with an alert"),
    );
  }
  return "sent";
}

/** How often the job looks for due check-ins: a quarter of a trip hour, between 250 ms and 30 s of real time. */
export function tripTickMs(speed: number): number {
  return Math.min(30_000, Math.max(250, 3_600_000 / speed / 4));
}

/**
 * Runs `runTripTick` every `tripTickMs(speed)` and once at start (catching up on what fell due while the bot was
 * down). One run at a time; a tick during a run is skipped.
 */
export function scheduleTripJob(deps: TripJobDeps & { signal: AbortSignal }): {
  stop(): void;
  finished(): Promise<void>;
} {
  let running: Promise<void> | undefined;
  const tick = (): void => {
    if (running || deps.signal.aborted) return;
    running = runTripTick(deps, { signal: deps.signal })
      .then((summary) => {
        if (summary.prompts + summary.reminders + summary.alerts + summary.delivered + summary.erased > 0)
          deps.logger.info(summary, "trip check-ins processed");
      })
      .catch((error: unknown) => deps.logger.error({ err: error }, "trip job failed; it runs again on the next tick"))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, tripTickMs(deps.speed));
  timer.unref();
  tick();
  return {
    stop: () => clearInterval(timer),
    finished: async () => {
      await running;
    },
  };
}
