import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { StoreCorruptError, type Store } from "../../src/store/store.ts";
import { STORE_FACTORIES, TEST_DATABASE_URL } from "../support/stores.ts";

const postgres = STORE_FACTORIES.find((factory) => factory.name === "postgres");
if (!postgres) throw new Error("tests/support/stores.ts lists no postgres store");

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function freshStore(): Promise<{ store: Store; schema: string; sql(text: string): Promise<void> }> {
  const created = await postgres!.create();
  cleanup.push(created.dispose, () => created.store.close());
  return {
    store: created.store,
    schema: created.location,
    async sql(text) {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(text);
      } finally {
        await client.end();
      }
    },
  };
}

describe("PostgreSQL rows are validated like the file store's lines", () => {
  it("a user row that no longer fits the schema stops the read, naming the table and row", async () => {
    const { store, schema, sql } = await freshStore();
    await store.updateUser(7, { locale: "en" });
    await sql(`UPDATE ${schema}.users SET locale = 'klingon' WHERE id = 7`);
    const reading = store.getUser(7);
    await expect(reading).rejects.toThrow(StoreCorruptError);
    await expect(reading).rejects.toThrow(`${schema}.users row 7`);
  });

  it("a chat row with a language the bot does not speak stops the read too", async () => {
    const { store, schema, sql } = await freshStore();
    await store.updateChat(-100, { autoWarn: true, locale: "zh-hant" });
    await sql(`UPDATE ${schema}.chats SET locale = 'fr' WHERE id = -100`);
    await expect(store.getChat(-100)).rejects.toThrow(`${schema}.chats row -100`);
  });
});
