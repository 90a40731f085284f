/**
 * Issue 16, end to end: the built bot process, its OCR worker pool and the loopback Bot API (which serves the files
 * users send). A picture of a lure gets the verdict its text gets, in each language.
 */
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";
import type { ImageCase } from "../../src/cli/render-images.ts";
import { flagTitleKey } from "../../src/content/rules.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { parseTelegramHtml } from "../../src/local/bot-api/html.ts";
import { startBotApiStub, type BotApiStub } from "../../src/local/bot-api/server.ts";
import { startBotProcess, type BotProcess } from "../../src/local/bot-process.ts";

const translator = loadTranslator();
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/images");
const fixtures = JSON.parse(readFileSync(path.join(FIXTURES, "fixtures.json"), "utf8")) as ImageCase[];
const shown = (locale: Locale, key: string) => parseTelegramHtml(translator.t(locale, key)).text;

const CASES = [
  { locale: "zh-hans", languageCode: "zh-hans", id: 3101 },
  { locale: "zh-hant", languageCode: "zh-tw", id: 3102 },
  { locale: "en", languageCode: "en", id: 3103 },
] as const;

describe("pictures of offers, end to end", () => {
  let stub: BotApiStub;
  let bot: BotProcess;

  beforeAll(async () => {
    stub = await startBotApiStub({ botInfo: { username: "jobsafe_e2e_bot" } });
    const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-e2e-image-"));
    bot = await startBotProcess({ stub, dataDir, env: { OCR_WORKERS: "1" } });
  });
  afterAll(async () => {
    await bot.stop();
    await stub.close();
  });

  it.each(CASES)(
    "$locale: a screenshot of a lure gets its text's verdict, and the text read on request",
    { timeout: 90_000 },
    async ({ locale, languageCode, id }) => {
      const fixture = fixtures.find((c) => c.lang === locale && c.label === "lure" && c.style === "chat")!;
      const user = { id, first_name: "Ana", language_code: languageCode };
      stub.sendPicture(user, readFileSync(path.join(FIXTURES, fixture.file)));
      expect((await stub.waitForMessage(id)).text).toBe(shown(locale, "image.reading"));
      await stub.waitFor((call) => call.method === "editMessageText" && Number(call.payload.chat_id) === id, 60_000);
      const answer = stub.transcript(id)[0]!;
      const verdict = checkOffer(fixture.text);
      expect(answer.text).toContain(shown(locale, "image.read_intro"));
      expect(answer.text).toContain(shown(locale, `check.level.${verdict.level}.headline`));
      // Most of the text's red flags are found on the picture too (a misread word can hide one).
      const found = verdict.flags.filter((flag) => answer.text!.includes(shown(locale, flagTitleKey(flag.id))));
      expect(found.length).toBeGreaterThanOrEqual(Math.ceil(verdict.flags.length / 2));

      const showText = answer.reply_markup!.inline_keyboard[0]![0]!;
      expect(showText.text).toBe(translator.t(locale, "image.show_text"));
      stub.pressButton(user, answer, (showText as { callback_data: string }).callback_data);
      const text = await stub.waitForMessage(id, 60_000);
      expect(text.text).toContain(shown(locale, "image.text_heading"));
      // The first line of the offer (the chat's title is the first line drawn) is read word for word.
      expect(text.text).toContain(fixture.text.split("\n")[0]!.replace(/\s+/g, ""));
    },
  );

  it(
    "the same picture from someone else is answered from the cache, without downloading it",
    { timeout: 60_000 },
    async () => {
      const fixture = fixtures.find((c) => c.lang === "en" && c.label === "lure" && c.style === "chat")!;
      const before = stub.calls.filter((call) => call.method === "getFile").length;
      const user = { id: 3104, first_name: "Jo", language_code: "en" };
      stub.sendPicture(user, readFileSync(path.join(FIXTURES, fixture.file)));
      await stub.waitFor(
        (call) => call.method === "editMessageText" && Number(call.payload.chat_id) === user.id,
        30_000,
      );
      expect(stub.transcript(user.id)[0]!.text).toContain(shown("en", "image.read_intro"));
      expect(stub.calls.filter((call) => call.method === "getFile").length).toBe(before);
    },
  );

  it("a file that is not a picture gets a clear answer", { timeout: 30_000 }, async () => {
    const user = { id: 3105, first_name: "Jo", language_code: "en" };
    stub.sendPicture(user, Buffer.from("%PDF-1.7"), { document: "application/pdf" });
    expect((await stub.waitForMessage(user.id)).text).toBe(shown("en", "image.not_image"));
  });
});
