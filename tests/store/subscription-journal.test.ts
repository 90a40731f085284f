import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SubscriptionJournal } from "../../src/store/subscription-journal.ts";
import { makeSub } from "../broadcast/support.ts";

describe("SubscriptionJournal", () => {
  it("keeps changes made while a round's rotations compact the journal", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "jobsafe-subscriptions-"));
    const store = await SubscriptionJournal.open(dir);
    // Enough chats that recording a round's warnings rewrites the whole file rather than appending.
    const chats = Array.from({ length: 12_000 }, (_, index) => index + 1);
    for (const chatId of chats) await store.subscribe(makeSub(chatId));

    let compacted = false;
    const compaction = store.recordSent(chats.map((chatId) => ({ chatId, warningId: "w-a" })));
    void compaction.finally(() => (compacted = true));
    // People keep using the bot meanwhile: they leave (chats the new file already holds) and arrive.
    const left: number[] = [];
    for (let chatId = 1; !compacted; chatId++) {
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.all([store.unsubscribe(chatId), store.subscribe(makeSub(100_000 + chatId, { locale: "zh-hant" }))]);
      left.push(chatId);
    }
    await compaction;
    expect(left.length).toBeGreaterThan(3);
    await store.subscribe(makeSub(50_000));
    await store.close();

    const reopened = await SubscriptionJournal.open(dir);
    for (const chatId of left) {
      expect(await reopened.get(chatId)).toBeUndefined();
      expect((await reopened.get(100_000 + chatId))?.locale).toBe("zh-hant");
    }
    expect(await reopened.get(50_000)).toBeDefined();
    expect((await reopened.get(12_000))?.sentWarningIds).toEqual(["w-a"]);
    await reopened.close();
  });
});
