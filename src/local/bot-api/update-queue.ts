/**
 * The updates waiting for the bot, handed out by getUpdates the way Telegram does: offsets confirm, allowed_updates
 * filters, a long poll waits for the next update, and a newer poll ends an older one with 409.
 */
import type { ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import { ApiFailure, intParam, jsonParam, type Params } from "./params.ts";

/** Telegram leaves these out of getUpdates unless allowed_updates names them. */
const OPT_IN_UPDATES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

type PollEnd = "update" | "timeout" | "close" | "conflict" | "gone";

function updateType(update: Update): string {
  for (const key in update) if (key !== "update_id") return key;
  return "";
}

export class UpdateQueue {
  private pending: Update[] = [];
  private nextUpdateId = 1;
  private allowedUpdates: Set<string> | undefined;
  private poll: { end: (why: PollEnd) => void } | undefined;
  private closed = false;

  /** Updates not yet confirmed by an offset. */
  get size(): number {
    return this.pending.length;
  }

  /** Queues an update under the next update_id and wakes a pending long poll that may take it. */
  push(update: Omit<Update, "update_id">): Update {
    const full: Update = { ...update, update_id: this.nextUpdateId++ };
    this.pending.push(full);
    if (this.isAllowed(full)) this.poll?.end("update");
    return full;
  }

  /** drop_pending_updates of setWebhook and deleteWebhook. */
  drop(): void {
    this.pending = [];
  }

  /** Releases a pending long poll (with no updates) and answers later ones at once. */
  close(): void {
    this.closed = true;
    this.poll?.end("close");
  }

  async getUpdates(p: Params, res: ServerResponse): Promise<Update[]> {
    const offset = intParam(p, "offset");
    const limit = Math.min(100, Math.max(1, intParam(p, "limit") ?? 100));
    const timeoutSeconds = Math.max(0, intParam(p, "timeout") ?? 0);
    const allowed = jsonParam(p, "allowed_updates");
    if (Array.isArray(allowed)) {
      this.allowedUpdates = allowed.length === 0 ? undefined : new Set(allowed.map(String));
    }
    if (offset !== undefined && offset < 0) this.pending = this.pending.slice(offset);
    else if (offset !== undefined) this.pending = this.pending.filter((update) => update.update_id >= offset);
    // Telegram answers an older long poll with 409 when a newer one arrives.
    this.poll?.end("conflict");
    const batch = this.deliverable(limit);
    if (batch.length > 0 || timeoutSeconds === 0 || this.closed) return batch;
    const ended = await new Promise<PollEnd>((resolve) => {
      const end = (why: PollEnd): void => {
        clearTimeout(timer);
        res.off("close", onGone);
        if (this.poll === waiter) this.poll = undefined;
        resolve(why);
      };
      const onGone = (): void => end("gone");
      const timer = setTimeout(() => end("timeout"), timeoutSeconds * 1000);
      const waiter = { end };
      this.poll = waiter;
      res.on("close", onGone);
    });
    if (ended === "conflict") {
      throw new ApiFailure(
        409,
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      );
    }
    return this.deliverable(limit);
  }

  private isAllowed(update: Update): boolean {
    const type = updateType(update);
    return this.allowedUpdates === undefined ? !OPT_IN_UPDATES.has(type) : this.allowedUpdates.has(type);
  }

  /** Updates to hand out now; ones the bot's allowed_updates exclude are dropped, as Telegram does. */
  private deliverable(limit: number): Update[] {
    this.pending = this.pending.filter((update) => this.isAllowed(update));
    return this.pending.slice(0, limit);
  }
}
