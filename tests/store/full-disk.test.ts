import { writeSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { JournalIo } from "../../src/store/journal-file.ts";
import { LowdbStore } from "../../src/store/lowdb-store.ts";
import { StoreUnavailableError } from "../../src/store/store.ts";
import { html } from "../../src/i18n/html.ts";
import { SubscriptionJournal } from "../../src/store/subscription-journal.ts";
import { makeSub } from "../broadcast/support.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

/** A disk that fills up on demand: while full, each write puts a few bytes down (a torn line) and fails ENOSPC. */
function fillableDisk(): { io: JournalIo; full: boolean } {
  const disk = {
    full: false,
    io: {
      writeSync: (fd: number, buffer: Uint8Array, offset: number): number => {
        if (!disk.full) return writeSync(fd, buffer, offset);
        if (offset === 0 && buffer.length > 3) return writeSync(fd, buffer, 0, 3);
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      },
    },
  };
  return disk;
}

const freshDir = () => mkdtemp(path.join(tmpdir(), "jobsafe-full-"));

describe("a full disk", () => {
  it("subscriptions fail while it is full and work again by themselves once space returns", async () => {
    const dir = await freshDir();
    const disk = fillableDisk();
    const journal = await SubscriptionJournal.open(dir, disk.io);
    await journal.subscribe(makeSub(1));
    disk.full = true;
    for (let i = 0; i < 10; i++)
      await expect(journal.subscribe(makeSub(100 + i))).rejects.toThrow(StoreUnavailableError);
    disk.full = false;
    for (let i = 0; i < 10; i++) await journal.subscribe(makeSub(200 + i));
    await journal.close();

    const again = await SubscriptionJournal.open(dir);
    const ids = [...(await again.list("weekly"))].map((sub) => sub.chatId).sort((a, b) => a - b);
    expect(ids).toEqual([1, ...Array.from({ length: 10 }, (_, i) => 200 + i)]);
    await again.close();
  });

  let testBot: TestBot | undefined;
  afterEach(async () => {
    await testBot?.close();
    testBot = undefined;
  });

  it("the user is told to try again later, and /subscribe works once space returns, without a restart", async () => {
    const dir = await freshDir();
    const disk = fillableDisk();
    const store = await LowdbStore.open(dir, () => new Date("2026-11-25T10:00:00Z"), { journalIo: disk.io });
    testBot = await createTestBot({ dataDir: dir, store, flood: { limit: 1000, windowMs: 60_000 } });
    const user = testBot.user("en");
    const t = (key: string) => testBot!.translator.t("en", key);
    disk.full = true;
    await user.send("/subscribe");
    await user.press(t("subscribe.subscribe_weekly"));
    expect(user.messages().at(-1)).toBe(t("errors.storage_unavailable"));
    disk.full = false;
    await user.send("/subscribe");
    await user.press(t("subscribe.subscribe_weekly"));
    expect(await store.subscriptions.get(user.chatId)).toMatchObject({ frequency: "weekly" });
  });
});

describe("emergency help while the store cannot write", () => {
  let testBot: TestBot | undefined;
  afterEach(async () => {
    await testBot?.close();
    testBot = undefined;
  });

  it("a danger message naming the person's nationality still gets the card and the answer, though nothing is remembered", async () => {
    const dir = await freshDir();
    const store = await LowdbStore.open(dir);
    // Remembering the nationality is the only write this message makes: it fails as on a full disk.
    store.updateUser = () =>
      Promise.reject(new StoreUnavailableError("a user", new Error("ENOSPC: no space left on device")));
    testBot = await createTestBot({ dataDir: dir, store });
    const user = testBot.user("en");
    await user.send("We're from Kerala. My brother is held in a compound in Myawaddy and they beat him");
    // One message: the card, then the answer.
    const [reply] = user.messages();
    const cardAt = reply!.indexOf(testBot.translator.t("en", "sos.title"));
    expect(cardAt).toBeGreaterThanOrEqual(0);
    const headline = testBot.translator.t("en", "qa.trapped_help.answer", { contacts: html("") }).split("\n")[0]!;
    expect(reply!.indexOf(headline)).toBeGreaterThan(cardAt);
    expect(user.messages()).not.toContain(testBot.translator.t("en", "errors.storage_unavailable"));
  });
});
