import { afterEach, describe, expect, it } from "vitest";
import { checkOffer, formatVerdict } from "../../src/check/index.ts";
import { checklistIds, checklistTitle, renderChecklist } from "../../src/content/checklists.ts";
import { FAMILY_GUIDE, renderFamilyGuide } from "../../src/content/family-guide.ts";
import { QA_ENTRIES, qaEntryById } from "../../src/content/qa.ts";
import { composeQaReply } from "../../src/qa/reply.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import { renderContacts, sosQuestion } from "../../src/sos/directory.ts";
import { createTestBot, LANGUAGE_CASES, type TestBot } from "../support/test-bot.ts";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

const QUESTIONS = {
  "zh-hans": { ask: "落地签可以在泰国打工吗", danger: "我儿子在缅甸被关起来了，他们要我们交20万赎金" },
  "zh-hant": { ask: "落地簽可以在泰國打工嗎", danger: "我哥在柬埔寨西港被困，手機一直關機" },
  en: {
    ask: "Can I work in Thailand on a visa on arrival?",
    danger: "My sister is being held in a compound in Myawaddy and they beat her",
  },
} as const;

describe.each(LANGUAGE_CASES)("scripted answers in $locale", ({ locale, languageCode }) => {
  it("a question gets its reviewed answer, with related topics and feedback buttons", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(QUESTIONS[locale].ask);
    const match = matchQuestion(QUESTIONS[locale].ask);
    expect(match.answer).toBe("visa_work");
    expect(user.messages()).toEqual([composeQaReply(match, locale, testBot.translator).html]);
    expect(user.buttons().map((b) => b.text)).toContain(testBot.translator.t(locale, "feedback.useful"));
  });

  it("a message about danger now gets the emergency answer first, then contacts for the place it names", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(QUESTIONS[locale].danger);
    const match = matchQuestion(QUESTIONS[locale].danger);
    expect(match.emergency).toBe(true);
    const [first, second, ...rest] = user.messages();
    expect(first).toBe(composeQaReply(match, locale, testBot.translator).html);
    expect(second).toContain(testBot.translator.t(locale, "sos.title"));
    expect(rest).toEqual([]);
  });

  it("/checklist opens the menu, each checklist opens from it, with a share link and a way back", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send("/checklist");
    for (const id of checklistIds) {
      await user.press(checklistTitle(id, locale, testBot.translator));
      expect(user.messages().at(-1)).toBe(
        renderChecklist(id, locale, testBot.translator, { botUsername: "JobSafeBot" }),
      );
      const share = user.buttons().find((b) => b.text === testBot!.translator.t(locale, "lists.share"));
      expect(share && "url" in share && decodeURIComponent(share.url)).toContain(
        `https://t.me/JobSafeBot?start=checklist_${id}`,
      );
      await user.press(testBot.translator.t(locale, "lists.all_checklists"));
    }
  });

  it("the family guide opens each section", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send("/family");
    await user.press(testBot.translator.t(locale, FAMILY_GUIDE.plan.titleKey));
    expect(user.messages().at(-1)).toBe(
      renderFamilyGuide("plan", locale, testBot.translator, { botUsername: "JobSafeBot" }),
    );
    await user.press(testBot.translator.t(locale, FAMILY_GUIDE.lost.titleKey));
    expect(user.messages().at(-1)).toBe(
      renderFamilyGuide("lost", locale, testBot.translator, { botUsername: "JobSafeBot" }),
    );
  });
});

describe("/sos", () => {
  it("asks whose citizen and where, shows the right contacts, and remembers the choice", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/sos");
    expect(user.messages().at(-1)).toBe(sosQuestion("nationality", "en", testBot.translator));
    await user.press(testBot.translator.t("en", "sos.nationality.ph"));
    expect(user.messages().at(-1)).toBe(sosQuestion("country", "en", testBot.translator));
    await user.press(testBot.translator.t("en", "sos.country.mm"));
    expect(user.messages().at(-1)).toBe(renderContacts("ph", "mm", "en", testBot.translator));
    expect(user.messages()).toHaveLength(1);

    await user.send("/sos");
    expect(user.messages().at(-1)).toBe(renderContacts("ph", "mm", "en", testBot.translator));
    await user.press(testBot.translator.t("en", "sos_menu.change_country"));
    await user.press(testBot.translator.t("en", "sos.country.kh"));
    expect(user.messages().at(-1)).toBe(renderContacts("ph", "kh", "en", testBot.translator));
  });

  it("a Simplified Chinese user is taken for a Chinese citizen and asked only where", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-cn");
    await user.send("/sos");
    expect(user.messages().at(-1)).toBe(sosQuestion("country", "zh-hans", testBot.translator));
    await user.press(testBot.translator.t("zh-hans", "sos.country.mm"));
    expect(user.messages().at(-1)).toContain("12308");
  });

  it("a forged sos button changes nothing", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("/sos");
    const calls = await user.run(testBot.updates.callback(user.user, user.lastMessage()!, "sos:xx:mm"));
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(await testBot.store.getUser(user.user.id)).toBeUndefined();
  });
});

describe("routing free text", () => {
  it("a pasted offer that asks for the passport gets the verdict, not the 'passport taken' emergency", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-cn");
    const offer = "缅甸妙瓦底招聘客服，月薪3万，包机票，到了护照交给公司保管";
    await user.send(offer);
    expect(user.messages()).toEqual([formatVerdict(checkOffer(offer), "zh-hans", testBot.translator)]);
  });

  it("a question on a neighbouring topic is told politely that JobSafe does not cover it, never given scam content", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send("Which scholarship can I get for a master's in Germany?");
    expect(user.messages()).toEqual([testBot.translator.t("en", "qa.out_of_scope.answer")]);
  });

  it.each([
    ["zh-cn", "今天天气怎么样"],
    ["en", "what's the weather like today"],
    ["zh-hk", "講個笑話嚟聽下"],
  ])("small talk (%s: %s) gets no scam answer", async (languageCode, text) => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(text);
    const locale = languageCode === "en" ? "en" : languageCode === "zh-cn" ? "zh-hans" : "zh-hant";
    const scamAnswers = QA_ENTRIES.filter((entry) => entry.id !== "about_bot").map((entry) =>
      testBot!.translator.t(locale, entry.answerKey),
    );
    for (const message of user.messages()) expect(scamAnswers).not.toContain(message);
  });

  it("the buttons under an old answer still open their entries", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    await user.send(QUESTIONS.en.ask);
    const oldAnswer = user.lastMessage()!;
    await user.send("/start");
    const related = qaEntryById("visa_work")!.related[0]!;
    await user.run(testBot.updates.callback(user.user, oldAnswer, `qa:${related}`));
    expect(user.messages().at(-1)).toBe(testBot.translator.t("en", qaEntryById(related)!.answerKey));
  });

  it("an answer has a share link whose deep link opens the same answer", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-cn");
    await user.send(QUESTIONS["zh-hans"].ask);
    const share = user.buttons().find((b) => b.text === testBot!.translator.t("zh-hans", "lists.share"));
    expect(share && "url" in share && decodeURIComponent(share.url)).toContain(
      "https://t.me/JobSafeBot?start=answer_visa_work",
    );
    await user.send("/start answer_visa_work");
    expect(user.messages().at(-1)).toBe(testBot.translator.t("zh-hans", qaEntryById("visa_work")!.answerKey));
    await user.send("/start answer_nope");
    expect(user.messages().at(-1)).toBe(testBot.translator.t("zh-hans", "qa.no_match"));
  });
});

describe("Cantonese in, Traditional out", () => {
  it("someone whose Telegram is in Chinese and who writes Cantonese is answered in Traditional Chinese", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh");
    await user.send("我細佬喺柬埔寨做嘢，護照俾老闆收咗，而家返唔到嚟，點算好");
    const entry = qaEntryById("passport_taken")!;
    expect(user.messages()[0]).toBe(testBot.translator.t("zh-hant", entry.answerKey));
  });

  it("standard written Chinese from the same user stays in Simplified", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh");
    await user.send("我弟弟在柬埔寨，护照被老板收走了，回不来，怎么办");
    expect(user.messages()[0]).toBe(testBot.translator.t("zh-hans", qaEntryById("passport_taken")!.answerKey));
  });
});
