import { callbackCodec } from "../callback-data.ts";
import type { BotContext } from "./context.ts";

/**
 * The main actions a user can open from the /start menu, a deep link (`t.me/<bot>?start=<action>[_<arg>]`)
 * or a command. Each feature supplies the handler for its own action; src/bot/index.ts wires them.
 */
export const ACTIONS = [
  "check",
  "checklist",
  "family",
  "sos",
  "subscribe",
  "language",
  "help",
  "answer",
  "trip",
] as const;
export type Action = (typeof ACTIONS)[number];
export type ActionHandler = (ctx: BotContext, arg?: string) => Promise<unknown>;
export type ActionHandlers = Record<Action, ActionHandler>;

export const menuData = callbackCodec("menu", ["action"]);
/** Opens an action at a specific item, e.g. one checklist. */
export const openData = callbackCodec("open", ["action", "arg"]);

const PAYLOAD = /^([a-z]+)(?:_([A-Za-z0-9_-]{1,48}))?$/;

/** Parses a /start deep-link payload into an action; anything else (foreign or forged payloads) is ignored. */
export function parseStartPayload(payload: string): { action: Action; arg?: string } | undefined {
  const match = PAYLOAD.exec(payload.trim());
  const action = match?.[1];
  if (!match || !(ACTIONS as readonly string[]).includes(action ?? "")) return undefined;
  return match[2] ? { action: action as Action, arg: match[2] } : { action: action as Action };
}

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}
