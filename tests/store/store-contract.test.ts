import { describe, expect, it } from "vitest";
import { makeSub } from "../broadcast/support.ts";
import { freshStores, STORE_FACTORIES } from "../support/stores.ts";

describe.each(STORE_FACTORIES)("Store contract: $name", (factory) => {
  const fresh = freshStores(factory);

  it("remembers a user's language across a restart", async () => {
    const { store, restart } = await fresh();
    expect(await store.getUser(1)).toBeUndefined();
    const saved = await store.updateUser(1, { locale: "zh-hant" });
    expect(saved).toMatchObject({ id: 1, locale: "zh-hant" });
    await store.updateUser(1, { locale: "en" });
    const again = await restart(store);
    expect(await again.getUser(1)).toMatchObject({ id: 1, locale: "en", createdAt: saved.createdAt });
  });

  it("forgets a user completely", async () => {
    const { store } = await fresh();
    await store.updateUser(2, { locale: "en" });
    await store.updateUser(3, { locale: "en" });
    expect(await store.forgetUser(2)).toBe(true);
    expect(await store.getUser(2)).toBeUndefined();
    expect(await store.getUser(3)).toBeDefined();
    expect(await store.forgetUser(2)).toBe(false);
  });

  it("handles Telegram ids beyond 32 bits", async () => {
    const { store } = await fresh();
    const big = 7_123_456_789;
    await store.updateUser(big, { locale: "zh-hans" });
    expect((await store.getUser(big))?.id).toBe(big);
  });

  it("counts /stats figures in memory, shows them at once, and keeps every count across a clean restart", async () => {
    const { store, restart } = await fresh();
    store.stats.countCheck("high", ["passport_kept", "high_pay"]);
    store.stats.countCheck("high", ["passport_kept"]);
    store.stats.countCheck("low", []);
    store.stats.countQuestion("offer_safety");
    store.stats.countQuestion("none");
    store.stats.countFeedback("v-high-passport_kept", "not_useful");
    store.stats.countFeedback("v-high-passport_kept", "reason_unclear");
    store.stats.countGroupWarning();
    const expected = {
      checks: { high: 2, low: 1 },
      flags: { passport_kept: 2, high_pay: 1 },
      questions: { offer_safety: 1, none: 1 },
      feedback: { "v-high-passport_kept:not_useful": 1, "v-high-passport_kept:reason_unclear": 1 },
      groupWarnings: 1,
    };
    // Not written yet, but counted.
    expect(await store.stats.totals()).toEqual(expected);
    await store.stats.flush();
    store.stats.countCheck("high", []);
    const again = await restart(store);
    expect(await again.stats.totals()).toEqual({ ...expected, checks: { high: 3, low: 1 } });
  });

  it("merges choices: setting one keeps the others", async () => {
    const { store } = await fresh();
    await store.updateUser(4, { locale: "en" });
    await store.updateUser(4, { sosNationality: "ph", sosCountry: "mm" });
    await store.updateUser(4, { sosCountry: "kh" });
    expect(await store.getUser(4)).toMatchObject({ locale: "en", sosNationality: "ph", sosCountry: "kh" });
  });

  it("keeps group settings apart from users, and forgets a group", async () => {
    const { store } = await fresh();
    expect(await store.getChat(-100)).toBeUndefined();
    await store.updateChat(-100, { locale: "zh-hant" });
    expect(await store.getChat(-100)).toMatchObject({ id: -100, autoWarn: false, locale: "zh-hant" });
    await store.updateChat(-100, { autoWarn: true });
    expect(await store.getChat(-100)).toMatchObject({ autoWarn: true, locale: "zh-hant" });
    expect(await store.forgetChat(-100)).toBe(true);
    expect(await store.getChat(-100)).toBeUndefined();
  });

  it("moves a group that became a supergroup, subscription and settings, to its new id in one call", async () => {
    const { store, restart } = await fresh();
    await store.subscriptions.subscribe(makeSub(-100, { kind: "group", locale: "zh-hant" }));
    await store.updateChat(-100, { autoWarn: true, locale: "zh-hant" });
    await store.migrateChat(-100, -1001);
    // Replaying the migration message changes nothing.
    await store.migrateChat(-100, -1001);
    const again = await restart(store);
    expect(await again.subscriptions.get(-100)).toBeUndefined();
    expect(await again.subscriptions.get(-1001)).toMatchObject({
      chatId: -1001,
      kind: "supergroup",
      locale: "zh-hant",
    });
    expect(await again.getChat(-100)).toBeUndefined();
    expect(await again.getChat(-1001)).toMatchObject({ id: -1001, autoWarn: true, locale: "zh-hant" });
  });

  it("migrates a group with neither subscription nor settings without creating any", async () => {
    const { store } = await fresh();
    await store.migrateChat(-200, -1200);
    expect(await store.subscriptions.get(-1200)).toBeUndefined();
    expect(await store.getChat(-1200)).toBeUndefined();
  });

  it("counts users by chosen language", async () => {
    const { store } = await fresh();
    await store.updateUser(1, { locale: "en" });
    await store.updateUser(2, { locale: "en" });
    await store.updateUser(3, { sosCountry: "mm" });
    expect(await store.countUsersByLocale()).toEqual({ en: 2, unset: 1 });
  });

  it("keeps a report draft until it is deleted, and saves reports without the reporter", async () => {
    const { store } = await fresh();
    await store.updateUser(8, { locale: "en", reportDraft: { step: "details", handle: "@hr_kk" } });
    expect((await store.getUser(8))?.reportDraft).toEqual({ step: "details", handle: "@hr_kk" });
    await store.updateUser(8, { sosCountry: "mm" });
    expect((await store.getUser(8))?.reportDraft).toEqual({ step: "details", handle: "@hr_kk" });
    await store.updateUser(8, { reportDraft: null });
    expect((await store.getUser(8))?.reportDraft).toBeUndefined();
    expect(await store.getUser(8)).toMatchObject({ locale: "en", sosCountry: "mm" });
    await store.saveReport({
      id: "r1",
      at: "2026-11-25T10:00:00.000Z",
      handle: "@hr_kk",
      details: "asked for passport",
    });
    expect(await store.countReports()).toBe(1);
  });
});
