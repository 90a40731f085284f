import { afterEach, describe, expect, it } from "vitest";
import { checkOffer, formatVerdict } from "../../src/check/index.ts";
import { checklistIds, checklistTitle, renderChecklist } from "../../src/content/checklists.ts";
import { FAMILY_GUIDE, renderFamilyGuide } from "../../src/content/family-guide.ts";
import { QA_ENTRIES, qaEntryById } from "../../src/content/qa.ts";
import { answerText, composeQaReply } from "../../src/qa/reply.ts";
import { matchQuestion } from "../../src/qa/match.ts";
import {
  contactsFor,
  COUNTRIES,
  countryName,
  likelyNationalities,
  NATIONALITIES,
  nationalityName,
  numbersToShow,
  renderContacts,
  sosQuestion,
  type Nationality,
} from "../../src/sos/directory.ts";
import { inEitherUsage } from "../support/usage.ts";
import { createTestBot, LANGUAGE_CASES, type TestBot, type TestUser } from "../support/test-bot.ts";
import type { Locale } from "../../src/i18n/locales.ts";

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

/**
 * The reply to a danger message, one message: the person's card and then the emergency answer when both their
 * nationality and country are known; otherwise the answer, which ends with the question for what the card lacks and
 * carries its choices as buttons (one tap). Returns the answer's part and the card's, if the card leads.
 */
function dangerReplies(messages: readonly string[], locale: Locale, entryId: string) {
  const headline = inEitherUsage(
    locale,
    answerText(qaEntryById(entryId)!, locale, testBot!.translator).split("\n")[0]!,
  );
  expect(messages, `${locale}: ${headline}`).toHaveLength(1);
  const message = inEitherUsage(locale, messages[0]!);
  const at = message.startsWith(headline) ? 0 : message.indexOf(`\n\n${headline}`);
  expect(at, `${locale}: ${headline}`).toBeGreaterThanOrEqual(0);
  const answerFirst = at === 0;
  return {
    answer: message.slice(answerFirst ? 0 : at + 2),
    card: answerFirst ? undefined : message.slice(0, at),
    answerFirst,
  };
}

/** The question at the end of an emergency answer, and the buttons under it, for the step the card lacks. */
function expectAskedWithOneTap(user: TestUser, answer: string, locale: Locale, step: "nationality" | "country") {
  const tr = testBot!.translator;
  expect(inEitherUsage(locale, answer).endsWith(inEitherUsage(locale, sosQuestion(step, locale, tr)))).toBe(true);
  const labels = user.buttons().map((button) => inEitherUsage(locale, button.text));
  const choices =
    step === "nationality"
      ? NATIONALITIES.map((n) => nationalityName(n, locale, tr))
      : COUNTRIES.map((c) => countryName(c, locale, tr));
  expect(labels).toEqual(expect.arrayContaining(choices.map((choice) => inEitherUsage(locale, choice))));
  // The answer's own buttons stay under it.
  expect(labels).toContain(inEitherUsage(locale, tr.t(locale, "feedback.useful")));
}

describe.each(LANGUAGE_CASES)("scripted answers in $locale", ({ locale, languageCode }) => {
  it("a question gets its reviewed answer, with related topics and feedback buttons", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(QUESTIONS[locale].ask);
    const match = matchQuestion(QUESTIONS[locale].ask);
    expect(match.answer).toBe("visa_work");
    expect(user.messages().map((m) => inEitherUsage(locale, m))).toEqual([
      inEitherUsage(locale, composeQaReply(match, locale, testBot.translator).html),
    ]);
    expect(user.buttons().map((b) => b.text)).toContain(testBot.translator.t(locale, "feedback.useful"));
  });

  it("a message about danger now gets the emergency answer first, with the contacts or one tap to say what is missing", async () => {
    testBot = await createTestBot();
    const user = testBot.user(languageCode);
    await user.send(QUESTIONS[locale].danger);
    const match = matchQuestion(QUESTIONS[locale].danger);
    expect(match.emergency).toBe(true);
    // With the person's nationality and country known, their card leads (their government's line and the local
    // police first), then the answer; otherwise the answer alone, asking what is missing with one tap under it —
    // never a card for "another country".
    const { answer, card, answerFirst } = dangerReplies(user.messages(), locale, match.answer!);
    if (answerFirst) expectAskedWithOneTap(user, answer, locale, "nationality");
    else expect(card).toContain(testBot.translator.t(locale, "sos.title"));
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
    expect(
      user
        .messages()
        .at(-1)!
        .endsWith(sosQuestion("nationality", "en", testBot.translator)),
    ).toBe(true);
    await user.press(testBot.translator.t("en", "sos.nationality.ph"));
    expect(
      user
        .messages()
        .at(-1)!
        .endsWith(sosQuestion("country", "en", testBot.translator)),
    ).toBe(true);
    await user.press(testBot.translator.t("en", "sos.country.mm"));
    expect(user.messages().at(-1)).toBe(renderContacts("ph", "mm", "en", testBot.translator));
    expect(user.messages()).toHaveLength(1);

    await user.send("/sos");
    expect(user.messages().at(-1)).toBe(renderContacts("ph", "mm", "en", testBot.translator));
    await user.press(testBot.translator.t("en", "sos_menu.change_country"));
    await user.press(testBot.translator.t("en", "sos.country.kh"));
    expect(user.messages().at(-1)).toBe(renderContacts("ph", "kh", "en", testBot.translator));
  });

  it("a Simplified Chinese user is asked whose citizen, mainland China first, then where", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-cn");
    await user.send("/sos");
    expect(
      user
        .messages()
        .at(-1)!
        .endsWith(sosQuestion("nationality", "zh-hans", testBot.translator)),
    ).toBe(true);
    expect(user.buttons()[0]!.text).toBe(testBot.translator.t("zh-hans", "sos.nationality.cn"));
    await user.press(testBot.translator.t("zh-hans", "sos.nationality.cn"));
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

/** A new user of a fresh bot, who has just sent `text`. */
async function userWhoSent(languageCode: string, text: string): Promise<ReturnType<TestBot["user"]>> {
  testBot = await createTestBot();
  const user = testBot.user(languageCode);
  await user.send(text);
  return user;
}

describe("routing free text", () => {
  it("a pasted offer that asks for the passport gets the verdict, not the 'passport taken' emergency", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-cn");
    const offer = "缅甸妙瓦底招聘客服，月薪3万，包机票，到了护照交给公司保管";
    await user.send(offer);
    expect(user.messages()).toEqual([formatVerdict(checkOffer(offer), "zh-hans", testBot.translator)]);
  });

  it("an offer that only shares words with an emergency answer ('hold this work permit') gets the verdict and the offer answer, not contacts", async () => {
    testBot = await createTestBot();
    const user = testBot.user("en");
    const offer =
      "Only applicants who hold this type of work permit will be considered. Warehouse job in Sydney, AUD 4,500/month.";
    await user.send(offer);
    const [verdict, answer, ...rest] = user.messages();
    expect(verdict).toBe(formatVerdict(checkOffer(offer), "en", testBot.translator));
    // After the verdict, whether the offer is safe to take: no emergency answer and no contacts card.
    expect(answer).toContain(answerText(qaEntryById("offer_safety")!, "en", testBot.translator).split("\n")[0]!);
    expect(rest).toEqual([]);
  });

  it("an ad whose wording sounds like distress ('help us', 'don't be afraid') gets the verdict, not the emergency answer", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh-cn");
    const offer = "柬埔寨金边客服，月薪1500美元，包吃住，不用害怕没经验，帮帮我们服务好客户";
    await user.send(offer);
    expect(user.messages()).toEqual([formatVerdict(checkOffer(offer), "zh-hans", testBot.translator)]);
  });

  describe.each<{ story: string; cases: [languageCode: string, locale: Locale, text: string][] }>([
    {
      story: "someone of the writer's own kept in a job abroad, though the text reads like an offer",
      cases: [
        [
          "en",
          "en",
          "my sister work in cambodia casino, now manager not give salary and not give passport back, she cry every night",
        ],
        ["zh-tw", "zh-hant", "我女兒在柬埔寨的賭場上班，主管扣著她的護照不還，薪水也不給，每天晚上哭"],
      ],
    },
    {
      story: "a passport taken beside an event told in the first person, though the text reads like an offer",
      cases: [
        ["zh-tw", "zh-hant", "我現在在杜拜 仲介把護照拿走了 三個月沒領到薪水 也不讓我回台灣"],
        ["en", "en", "im in dubai now. agency took passport, no salary 3 months, they dont let me go back home"],
      ],
    },
    {
      story: "a passport already taken, told by the one it happened to (not an offer's verdict)",
      cases: [
        ["zh-tw", "zh-hant", "我是台灣人，在柬埔寨被騙了，護照被拿走"],
        ["zh-cn", "zh-hans", "我在缅甸被骗了，护照被老板扣了"],
        ["en", "en", "I'm Taiwanese and my passport was taken by my employer in Cambodia"],
      ],
    },
    {
      story: "a held person's own words, with no question of whether they mean it",
      cases: [
        ["zh-cn", "zh-hans", "这边天天被打,妈妈快点凑钱赎我出去"],
        ["zh-tw", "zh-hant", "我們還在這裡,求求你們幫我們回家,他們說會把我們打死"],
        ["en", "en", "they'll kill us if we try to run, we are still here, please help us get home"],
      ],
    },
    {
      story: "a relative held, told beside others rescued, though the text reads like an offer",
      cases: [["zh-cn", "zh-hans", "我哥哥被关在缅甸园区，警察解救了一批人但他还没出来，求救"]],
    },
  ])("gets the emergency answer first: $story", ({ cases }) => {
    it.each(cases)("%s: %s", async (languageCode, locale, text) => {
      const user = await userWhoSent(languageCode, text);
      const match = matchQuestion(text);
      expect(match.emergency).toBe(true);
      dangerReplies(user.messages(), locale, match.answer!);
    });
  });

  it.each([
    ["en", "en", "Which scholarship can I get for a master's in Germany?"],
    ["zh-cn", "zh-hans", "辞职后公司扣着最后一个月的工资不发,去哪投诉?"],
    ["zh-tw", "zh-hant", "打工度假簽證到期了,可以再申請第二年嗎?"],
    ["en", "en", "How many more months can I stay if I extend my working holiday visa?"],
  ] as const)(
    "a question on a neighbouring topic (%s: %s) is told politely that JobSafe does not cover it, never given scam content",
    async (languageCode, locale, text) => {
      const user = await userWhoSent(languageCode, text);
      expect(user.messages()).toEqual([testBot!.translator.t(locale, "qa.out_of_scope.answer")]);
    },
  );

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
      answerText(entry, locale, testBot!.translator),
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
    // The entry's answer (with the asker's lines to check, where it lists them: compared up to them).
    const answer = answerText(qaEntryById(related)!, "en", testBot.translator);
    expect(user.messages().at(-1)!.split("\n")[0]).toBe(answer.split("\n")[0]);
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
    dangerReplies(user.messages(), "zh-hant", "passport_taken");
  });

  it("a Cantonese message about someone in danger now gets the emergency answer, in Traditional Chinese", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh");
    const message = "我老豆喺緬甸園區，佢哋逼佢日日呃人，做唔夠數就唔畀佢食飯";
    await user.send(message);
    const match = matchQuestion(message);
    expect(match.emergency).toBe(true);
    dangerReplies(user.messages(), "zh-hant", match.answer!);
  });

  it("standard written Chinese from the same user stays in Simplified", async () => {
    testBot = await createTestBot();
    const user = testBot.user("zh");
    await user.send("我弟弟在柬埔寨，护照被老板收走了，回不来，怎么办");
    dangerReplies(user.messages(), "zh-hans", "passport_taken");
  });
});

/**
 * Whose numbers help (issue 12): the nationality is inferred from the person's own words, asked with one tap when
 * unknown (likeliest first), remembered, and forgotten by /forget.
 */
const NATIONALITY_CASES = [
  {
    locale: "zh-hans",
    languageCode: "zh",
    cue: "我们是台中人，我弟弟被关在妙瓦底的园区里，他们打他",
    plain: "我弟弟被关在妙瓦底的园区里，他们打他",
    unknown: "我弟弟被关在妙瓦底的园区里，他们打他",
    noPlace: "我们是台中人，我弟弟被关起来了，他们打他",
    nationality: "tw",
    tapped: "cn",
  },
  {
    locale: "zh-hant",
    languageCode: "zh-hant",
    cue: "我哋係香港人，我細佬喺妙瓦底園區俾人禁錮，仲俾人打",
    plain: "我細佬喺妙瓦底園區俾人禁錮，仲俾人打",
    unknown: "我弟弟被關在妙瓦底的園區裡，他們打他",
    noPlace: "我哋係香港人，我細佬俾人禁錮，仲俾人打",
    nationality: "hk",
    tapped: "tw",
  },
  {
    locale: "en",
    languageCode: "en",
    cue: "We're from Kerala. My brother is held in a compound in Myawaddy and they beat him",
    plain: "My brother is held in a compound in Myawaddy and they beat him",
    unknown: "My brother is held in a compound in Myawaddy and they beat him",
    noPlace: "We're from Kerala. My brother is held by his company and they beat him",
    nationality: "in",
    tapped: "ph",
  },
] as const;

describe.each(NATIONALITY_CASES)("whose numbers help, in $locale", (c) => {
  const ownLineFirst = (card: string | undefined, nationality: Nationality) => {
    const first = contactsFor(nationality, "mm")[0]!;
    expect(first.forNationalities ?? []).toContain(nationality);
    expect(card).toContain(inEitherUsage(c.locale, testBot!.translator.t(c.locale, first.nameKey)));
  };

  it("inferred from their own words: their card leads with their government's line, the answer points to it, remembered", async () => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.cue);
    const first = dangerReplies(user.messages(), c.locale, "trapped_help");
    expect(first.answerFirst).toBe(false);
    ownLineFirst(first.card, c.nationality);
    // The answer names no other nationality's numbers: it points to the card above.
    expect(first.answer).not.toContain("12308");
    expect(first.answer).not.toContain("+886");
    expect((await testBot.store.getUser(user.user.id))?.sosNationality).toBe(c.nationality);
    // Remembered: the next message without a cue leads with the same line.
    await user.send(c.plain);
    ownLineFirst(dangerReplies(user.messages().slice(-1), c.locale, "trapped_help").card, c.nationality);
    // One message: the card's buttons sit with the answer's, and changing whose citizen asks again in a message of
    // its own, leaving the card and the answer as they were.
    const combined = user.lastMessage()!.text;
    expect(user.buttons().map((b) => b.text)).toEqual(
      expect.arrayContaining([
        testBot.translator.t(c.locale, "sos_menu.change_nationality"),
        testBot.translator.t(c.locale, "feedback.useful"),
      ]),
    );
    await user.press(testBot.translator.t(c.locale, "sos_menu.change_nationality"));
    expect(user.messages().at(-2)).toBe(combined);
    expect(
      inEitherUsage(c.locale, user.messages().at(-1)!).endsWith(
        inEitherUsage(c.locale, sosQuestion("nationality", c.locale, testBot.translator)),
      ),
    ).toBe(true);
    expect(user.buttons().map((b) => inEitherUsage(c.locale, b.text))).toContain(
      inEitherUsage(c.locale, nationalityName(c.tapped, c.locale, testBot.translator)),
    );
  });

  it("with the nationality known but no place named, the answer gives their own government's lines and asks where, in one message", async () => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.noPlace);
    const { answer, answerFirst } = dangerReplies(user.messages(), c.locale, "trapped_help");
    expect(answerFirst).toBe(true);
    expect(user.messages()).toHaveLength(1);
    const own = contactsFor(c.nationality, "other")[0]!;
    expect(own.forNationalities).toContain(c.nationality);
    // The number they can dial from abroad, not one that works only at home (chat review: 1800-118-797).
    expect(answer).toContain(numbersToShow(own, false)[0]!.dial);
    expect(answer).not.toContain("12308");
    expectAskedWithOneTap(user, answer, c.locale, "country");
    // A tap on the place sends their card; the answer stays as it was, its question's buttons spent.
    await user.press(countryName("mm", c.locale, testBot.translator));
    expect(user.messages().map((m) => inEitherUsage(c.locale, m))).toEqual([
      answer,
      inEitherUsage(c.locale, renderContacts(c.nationality, "mm", c.locale, testBot.translator)),
    ]);
    expect(
      user
        .lastMessage()
        ?.reply_markup?.inline_keyboard.flat()
        .map((b) => b.text),
    ).toContain(testBot.translator.t(c.locale, "sos_menu.change_country"));
  });

  it("asked with one tap under the answer when nothing tells it (the likeliest first), then remembered, and forgotten by /forget", async () => {
    testBot = await createTestBot();
    const user = testBot.user(c.languageCode);
    await user.send(c.unknown);
    const [answer] = user.messages();
    expect(user.messages()).toHaveLength(1);
    expectAskedWithOneTap(user, answer!, c.locale, "nationality");
    const likely = likelyNationalities(c.languageCode, c.locale);
    expect(user.buttons()[0]?.text).toBe(nationalityName(likely[0]!, c.locale, testBot.translator));
    // While it asks, the answer names a line for each of the likeliest nationalities, the first choice's first: an
    // English reader is not shown only China's numbers.
    const firstLine = contactsFor(likely[0]!, "other").find((contact) => contact.numbers.length > 0)!;
    expect(answer).toContain(firstLine.numbers[0]!.dial);
    if (c.locale === "en") expect(answer).not.toMatch(/Families in China|12308/);
    // The place is named (Myawaddy): its local police come first, whoever the person is.
    const localPolice = contactsFor("other", "mm").find((contact) => contact.inCountry === "mm")!;
    expect(answer).toContain(testBot.translator.t(c.locale, localPolice.nameKey));
    expect(answer!.indexOf(localPolice.numbers[0]!.dial)).toBeLessThan(answer!.indexOf(firstLine.numbers[0]!.dial));
    await user.press(nationalityName(c.tapped, c.locale, testBot.translator));
    expect((await testBot.store.getUser(user.user.id))?.sosNationality).toBe(c.tapped);
    // The tap sends their card for the place the message named; the answer keeps its text and its own buttons.
    expect(user.messages()).toEqual([answer, renderContacts(c.tapped, "mm", c.locale, testBot.translator)]);
    const answerButtons = testBot.api
      .transcript(user.chatId)[0]!
      .reply_markup?.inline_keyboard.flat()
      .map((b) => b.text);
    expect(answerButtons).toContain(testBot.translator.t(c.locale, "feedback.useful"));
    expect(answerButtons).not.toContain(nationalityName(c.tapped, c.locale, testBot.translator));
    // Remembered: the next danger message gets the contacts, not the question.
    await user.send(c.unknown);
    ownLineFirst(dangerReplies(user.messages().slice(-1), c.locale, "trapped_help").card, c.tapped);
    // Forgotten: after /forget the question comes back, under the answer.
    await user.send("/forget");
    await user.press(testBot.translator.t(c.locale, "forget.yes"));
    expect(await testBot.store.getUser(user.user.id)).toBeUndefined();
    await user.send(c.unknown);
    expectAskedWithOneTap(user, user.messages().at(-1)!, c.locale, "nationality");
  });
});
