import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Subscription } from "../../src/broadcast/subscription.ts";
import { SubscriptionJournal } from "../../src/store/subscription-journal.ts";
import { StoreCorruptError, type Store } from "../../src/store/store.ts";
import { collect, makeSub } from "../broadcast/support.ts";
import { STORE_FACTORIES } from "../support/stores.ts";

const open: Store[] = [];
const disposers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  for (const dispose of disposers.splice(0)) await dispose();
});

type Created = Awaited<ReturnType<(typeof STORE_FACTORIES)[number]["create"]>>;

async function fresh(factory: (typeof STORE_FACTORIES)[number]): Promise<Created> {
  const created = await factory.create();
  open.push(created.store);
  disposers.push(created.dispose);
  return created;
}

/** Closes a store and opens its data again, as a restart does. */
async function restart(created: Created, store: Store): Promise<Store> {
  open.splice(open.indexOf(store), 1);
  await store.close();
  const again = await created.reopen();
  open.push(again);
  return again;
}

const chatIds = (subs: Iterable<Subscription>) => [...subs].map((sub) => sub.chatId).sort((a, b) => a - b);

describe.each(STORE_FACTORIES)("SubscriptionStore contract: $name", (factory) => {
  it("keeps what a chat chose, lists it under its frequency, and replaces it on a new /subscribe", async () => {
    const { store } = await fresh(factory);
    const alice = makeSub(7_123_456_789, { locale: "zh-hant", topics: ["myanmar", "cambodia"] });
    const group = makeSub(-1001, { kind: "supergroup", frequency: "daily", sentWarningIds: ["w-1"] });
    await store.subscriptions.subscribe(alice);
    await store.subscriptions.subscribe(group);
    await store.subscriptions.subscribe(makeSub(3));

    expect(await store.subscriptions.get(alice.chatId)).toEqual(alice);
    expect(await store.subscriptions.get(group.chatId)).toEqual(group);
    expect(await store.subscriptions.get(42)).toBeUndefined();
    expect(chatIds(await collect(await store.subscriptions.list("weekly")))).toEqual([3, alice.chatId]);
    expect(await collect(await store.subscriptions.list("daily"))).toEqual([group]);

    await store.subscriptions.subscribe({ ...alice, frequency: "daily", topics: [] });
    expect(chatIds(await collect(await store.subscriptions.list("daily")))).toEqual([group.chatId, alice.chatId]);
    expect(await store.subscriptions.get(alice.chatId)).toMatchObject({ frequency: "daily", topics: [] });
  });

  it("rejects a subscription that does not fit the schema, storing nothing", async () => {
    const { store } = await fresh(factory);
    const bad = { ...makeSub(5), locale: "fr" } as unknown as Subscription;
    await expect(store.subscriptions.subscribe(bad)).rejects.toThrow();
    expect(await store.subscriptions.get(5)).toBeUndefined();
  });

  it("unsubscribes one chat and leaves the others", async () => {
    const { store } = await fresh(factory);
    await store.subscriptions.subscribe(makeSub(1));
    await store.subscriptions.subscribe(makeSub(2));
    await store.subscriptions.unsubscribe(1, "blocked");
    await store.subscriptions.unsubscribe(99, "never subscribed");
    expect(await store.subscriptions.get(1)).toBeUndefined();
    expect(chatIds(await collect(await store.subscriptions.list("weekly")))).toEqual([2]);
  });

  it("moves a group's subscription to its supergroup once, however often the migration is replayed", async () => {
    const { store } = await fresh(factory);
    const group = makeSub(-100, { kind: "group", locale: "zh-hans", sentWarningIds: ["w-1"] });
    await store.subscriptions.subscribe(group);
    await store.subscriptions.migrate(-100, -1002);
    await store.subscriptions.migrate(-100, -1002);
    await store.subscriptions.migrate(-555, -1555);
    expect(await store.subscriptions.get(-100)).toBeUndefined();
    expect(await store.subscriptions.get(-1555)).toBeUndefined();
    expect(await store.subscriptions.get(-1002)).toEqual({ ...group, chatId: -1002, kind: "supergroup" });
    expect(chatIds(await collect(await store.subscriptions.list("weekly")))).toEqual([-1002]);
  });

  it("advances each rotation once per warning, restarts it when a warning comes round again, and ignores replays", async () => {
    const { store } = await fresh(factory);
    await store.subscriptions.subscribe(makeSub(1));
    await store.subscriptions.subscribe(makeSub(2, { sentWarningIds: ["w-a", "w-b"] }));
    const round = [
      { chatId: 1, warningId: "w-a" },
      { chatId: 2, warningId: "w-a" },
      { chatId: 404, warningId: "w-a" },
    ];
    await store.subscriptions.recordSent(round);
    await store.subscriptions.recordSent(round);
    expect((await store.subscriptions.get(1))?.sentWarningIds).toEqual(["w-a"]);
    expect((await store.subscriptions.get(2))?.sentWarningIds).toEqual(["w-a"]);
    expect(await store.subscriptions.get(404)).toBeUndefined();

    await store.subscriptions.recordSent([{ chatId: 1, warningId: "w-b" }]);
    expect((await store.subscriptions.get(1))?.sentWarningIds).toEqual(["w-a", "w-b"]);
  });

  it("advances the rotations of thousands of chats in one call", async () => {
    const { store } = await fresh(factory);
    const count = 1200;
    const subs = Array.from({ length: count }, (_, index) =>
      makeSub(index + 1, { sentWarningIds: index % 2 === 0 ? ["w-a"] : ["w-b"] }),
    );
    for (let start = 0; start < count; start += 200) {
      await Promise.all(subs.slice(start, start + 200).map((sub) => store.subscriptions.subscribe(sub)));
    }
    await store.subscriptions.recordSent(subs.map((sub) => ({ chatId: sub.chatId, warningId: "w-b" })));
    const after = new Map((await collect(await store.subscriptions.list("weekly"))).map((sub) => [sub.chatId, sub]));
    expect(after.size).toBe(count);
    const rotations = new Set([...after.values()].map((sub) => JSON.stringify(sub.sentWarningIds)));
    expect(rotations).toEqual(new Set([JSON.stringify(["w-a", "w-b"]), JSON.stringify(["w-b"])]));
    expect(after.get(1)?.sentWarningIds).toEqual(["w-a", "w-b"]);
    expect(after.get(count)?.sentWarningIds).toEqual(["w-b"]);
  });

  it("counts subscriptions by frequency and language for /stats", async () => {
    const { store } = await fresh(factory);
    expect(await store.subscriptions.countSubscriptions()).toEqual({});
    await store.subscriptions.subscribe(makeSub(1, { locale: "zh-hans" }));
    await store.subscriptions.subscribe(makeSub(2, { locale: "zh-hans" }));
    await store.subscriptions.subscribe(makeSub(3, { locale: "en", frequency: "daily" }));
    await store.subscriptions.subscribe(makeSub(4, { locale: "zh-hant" }));
    await store.subscriptions.unsubscribe(4, "blocked");
    expect(await store.subscriptions.countSubscriptions()).toEqual({ "weekly:zh-hans": 2, "daily:en": 1 });
  });

  it("keeps every change across a restart", async () => {
    const created = await fresh(factory);
    const { store } = created;
    await store.subscriptions.subscribe(makeSub(1, { topics: ["laos"] }));
    await store.subscriptions.subscribe(makeSub(2));
    await store.subscriptions.subscribe(makeSub(-100, { kind: "group" }));
    await store.subscriptions.recordSent([{ chatId: 1, warningId: "w-a" }]);
    await store.subscriptions.migrate(-100, -1002);
    await store.subscriptions.unsubscribe(2, "blocked");
    const before = await collect(await store.subscriptions.list("weekly"));

    const again = await restart(created, store);
    expect(chatIds(await collect(await again.subscriptions.list("weekly")))).toEqual([-1002, 1]);
    for (const sub of before) expect(await again.subscriptions.get(sub.chatId)).toEqual(sub);
    expect((await again.subscriptions.get(1))?.sentWarningIds).toEqual(["w-a"]);
  });

  it("/forget deletes the user's private-chat subscription but not a group's", async () => {
    const { store } = await fresh(factory);
    await store.subscriptions.subscribe(makeSub(8));
    await store.subscriptions.subscribe(makeSub(-8, { kind: "group" }));
    await store.updateUser(8, { locale: "en" });
    expect(await store.forgetUser(8)).toBe(true);
    expect(await store.subscriptions.get(8)).toBeUndefined();
    expect(await store.subscriptions.get(-8)).toBeDefined();

    await store.subscriptions.subscribe(makeSub(9));
    expect(await store.forgetUser(9)).toBe(true);
    expect(await store.subscriptions.get(9)).toBeUndefined();
    expect(await store.forgetUser(9)).toBe(false);
  });
});

describe("lowdb: the subscription journal on disk", () => {
  const lowdb = STORE_FACTORIES.find((factory) => factory.name === "lowdb");
  if (!lowdb) throw new Error("tests/support/stores.ts lists no lowdb store");

  async function journalWithTwo(): Promise<{ dir: string; file: string }> {
    const { store, location } = await fresh(lowdb!);
    await store.subscriptions.subscribe(makeSub(1));
    await store.subscriptions.subscribe(makeSub(2, { locale: "zh-hans" }));
    open.splice(open.indexOf(store), 1);
    await store.close();
    return { dir: location, file: path.join(location, "subscriptions.journal") };
  }

  it("cuts off a torn last line (never acknowledged) and keeps appending cleanly after it", async () => {
    const { dir, file } = await journalWithTwo();
    appendFileSync(file, '{"op":"put","sub":{"chatId":3,"loc');
    const journal = await SubscriptionJournal.open(dir);
    expect(chatIds(await journal.list("weekly"))).toEqual([1, 2]);
    await journal.subscribe(makeSub(4));
    await journal.close();

    const again = await SubscriptionJournal.open(dir);
    expect(chatIds(await again.list("weekly"))).toEqual([1, 2, 4]);
    await again.close();
  });

  it("refuses to open with a damaged line in the middle, naming file and line, and leaves the file untouched", async () => {
    const { dir, file } = await journalWithTwo();
    const lines = readFileSync(file, "utf8").split("\n");
    lines[0] = '{"op":"put","sub":{"chatId":"one"}}';
    writeFileSync(file, lines.join("\n"));
    const before = readFileSync(file);
    const opening = SubscriptionJournal.open(dir);
    await expect(opening).rejects.toThrow(StoreCorruptError);
    await expect(opening).rejects.toThrow(`${file} line 1`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
