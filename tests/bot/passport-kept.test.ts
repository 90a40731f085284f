import { afterEach, describe, expect, it } from "vitest";
import { toHongKongWording } from "../../src/i18n/hong-kong.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

describe("a traveller's passport kept by a hotel, a guesthouse or a hire shop", () => {
  it.each([
    { locale: "zh-hans", languageCode: "zh-hans", text: "在清迈租摩托车，老板要押我护照，可以吗" },
    { locale: "zh-hant", languageCode: "zh-tw", text: "在泰國住民宿時老闆把護照收在櫃台，說退房才還，這樣正常嗎？" },
    {
      locale: "en",
      languageCode: "en",
      text: "hostel reception in Bangkok wants to keep my passport until checkout, normal ah?",
    },
  ] as const)(
    "in Thailand: 'not what JobSafe covers' with one practical line and its tourist police ($locale)",
    async ({ locale, languageCode, text }) => {
      testBot = await createTestBot();
      const user = testBot.user(languageCode);
      await user.send(text);
      const reply = user.messages().at(-1)!;
      const tr = testBot.translator;
      const country = tr.t(locale, "sos.country.th");
      const kept = tr.t(locale, "qa.out_of_scope.passport_kept_police", { country, tourist_police: "1155" });
      expect(reply).toContain(kept);
      expect(reply).toContain("1155");
      // The line comes before the next step, which still ends the answer.
      const nextStep = tr.t(locale, "qa.out_of_scope.answer").split("\n").at(-1)!;
      expect(reply.endsWith(nextStep)).toBe(true);
    },
  );

  it.each([
    { locale: "zh-hans", languageCode: "zh-hans", text: "我在日本，酒店前台要复印护照，正常吗" },
    { locale: "zh-hant", languageCode: "zh-tw", text: "租摩托車老闆要押我護照，可以嗎？" },
    { locale: "en", languageCode: "en", text: "the guesthouse in Bali kept my passport at check-in, is that normal?" },
  ] as const)(
    "elsewhere or nowhere named: the practical line without Thailand's number ($locale)",
    async ({ locale, languageCode, text }) => {
      testBot = await createTestBot();
      const user = testBot.user(languageCode);
      await user.send(text);
      const reply = user.messages().at(-1)!;
      expect(reply).toContain(testBot.translator.t(locale, "qa.out_of_scope.passport_kept"));
      expect(reply).not.toContain("1155");
    },
  );

  it.each([
    { locale: "zh-hans", languageCode: "zh-hans", text: "学生签证每周可以打工多少小时？" },
    { locale: "zh-hant", languageCode: "zh-hk", text: "打工度假簽證可以喺同一個老闆度做幾耐？" },
    { locale: "en", languageCode: "en", text: "How many hours can I work a week on a student visa?" },
  ] as const)("other neighbouring questions get no passport line ($locale)", async ({ locale, languageCode, text }) => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(text);
    const reply = user.messages().at(-1)!;
    const firstLine = testBot.translator.t(locale, "qa.out_of_scope.answer").split("\n")[0]!;
    // A Hong Kong reader reads the same line in Hong Kong usage (src/i18n/hong-kong.ts).
    expect(reply).toContain(languageCode === "zh-hk" ? toHongKongWording(firstLine) : firstLine);
    expect(reply).not.toContain("1155");
  });
});
