import { afterEach, describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";
import { LOWDB_IMAGE_VERDICTS } from "../../src/store/lowdb-store.ts";
import type { Store } from "../../src/store/store.ts";
import { STORE_FACTORIES } from "../support/stores.ts";

const LURE = checkOffer("缅甸高薪招聘打字员，月薪3万，包吃包住，落地后护照交公司保管");
const inAnHour = () => new Date(Date.now() + 3_600_000);

describe.each(STORE_FACTORIES)("Picture verdict cache: $name", (factory) => {
  const cleanups: Array<() => Promise<void>> = [];
  const fresh = async () => {
    const created = await factory.create();
    let current: Store = created.store;
    cleanups.push(async () => {
      await current.close();
      await created.dispose();
    });
    return {
      store: created.store,
      reopen: async () => {
        await current.close();
        current = await created.reopen();
        return current;
      },
    };
  };
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it("gives back the verdict of a picture read before, also after a restart", async () => {
    const { store, reopen } = await fresh();
    expect(await store.imageVerdicts.get("AQADx1")).toBeUndefined();
    await store.imageVerdicts.put("AQADx1", LURE, inAnHour());
    expect(await store.imageVerdicts.get("AQADx1")).toEqual(LURE);
    const again = await reopen();
    expect(await again.imageVerdicts.get("AQADx1")).toEqual(LURE);
    expect(await again.imageVerdicts.get("AQADother")).toBeUndefined();
  });

  it("forgets a verdict once it expires, and a new one replaces the old", async () => {
    const { store } = await fresh();
    await store.imageVerdicts.put("AQADold", LURE, new Date(Date.now() - 1000));
    expect(await store.imageVerdicts.get("AQADold")).toBeUndefined();
    const low = checkOffer("Barista wanted in Leeds, £11.44 an hour");
    await store.imageVerdicts.put("AQADx2", LURE, inAnHour());
    await store.imageVerdicts.put("AQADx2", low, inAnHour());
    expect((await store.imageVerdicts.get("AQADx2"))?.level).toBe("low");
  });
});

describe("Picture verdict cache bound (lowdb, rewritten whole on each change)", () => {
  it(
    `keeps at most ${LOWDB_IMAGE_VERDICTS} verdicts, dropping the soonest to expire`,
    { timeout: 30_000 },
    async () => {
      const created = await STORE_FACTORIES[0]!.create();
      const store = created.store;
      const start = Date.now() + 3_600_000;
      await Promise.all(
        Array.from({ length: LOWDB_IMAGE_VERDICTS + 5 }, (_, i) =>
          store.imageVerdicts.put(`AQAD${i}`, LURE, new Date(start + i * 1000)),
        ),
      );
      expect(await store.imageVerdicts.get("AQAD0")).toBeUndefined();
      expect(await store.imageVerdicts.get("AQAD4")).toBeUndefined();
      expect(await store.imageVerdicts.get("AQAD5")).toBeDefined();
      expect(await store.imageVerdicts.get(`AQAD${LOWDB_IMAGE_VERDICTS + 4}`)).toBeDefined();
      await store.close();
    },
  );
});
