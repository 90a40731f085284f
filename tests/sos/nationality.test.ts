import { describe, expect, it } from "vitest";
import { answeredNationality } from "../../src/sos/nationality.ts";
import { provenanceProblems } from "../../src/content/sourced.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";
import {
  NATIONALITIES,
  chooseNationality,
  contactsFor,
  guessCountry,
  inferNationality,
  isNationality,
  likelyNationalities,
  nationalityName,
  nextSosStep,
  renderContacts,
  type Country,
  type Nationality,
} from "../../src/sos/directory.ts";

const tr = loadTranslator();

/**
 * For every nationality the directory lists, what a person writes in their own words, in the bot's languages where
 * natural (zh-hans, zh-hant, en), with the way they write it: a nationality or home town named, a currency, Cantonese,
 * Taglish, Hinglish, Indonesian, Vietnamese. The place in each message is where the person in trouble is.
 */
const OWN_WORDS: Record<Exclude<Nationality, "other">, ReadonlyArray<{ text: string; locale: Locale }>> = {
  cn: [
    { text: "我是河南人，儿子被骗去缅甸妙瓦底，电话打不通", locale: "zh-hans" },
    { text: "我是大陸人，被騙到柬埔寨西港，護照被扣了", locale: "zh-hant" },
    { text: "I'm a Chinese national held in a compound in Myawaddy", locale: "en" },
  ],
  hk: [
    { text: "我們是香港人，女兒在緬甸KK園區", locale: "zh-hant" },
    { text: "我个仔系香港人，而家喺柬埔寨出唔到嚟", locale: "zh-hans" },
    { text: "We're from Hong Kong, my son is stuck in Cambodia", locale: "en" },
    { text: "佢而家喺妙瓦底出唔到嚟，點算好", locale: "zh-hant" },
  ],
  mo: [
    { text: "我係澳門人，個女喺柬埔寨俾人扣起", locale: "zh-hant" },
    { text: "我们是澳门居民，孩子在缅甸被扣", locale: "zh-hans" },
    { text: "I'm a Macau resident, my brother is held in Cambodia", locale: "en" },
  ],
  tw: [
    { text: "我們是台中人，兒子被騙到柬埔寨，護照被扣", locale: "zh-hant" },
    { text: "我是台湾人，被骗到缅甸", locale: "zh-hans" },
    { text: "I'm Taiwanese, my daughter is held in Myawaddy", locale: "en" },
    { text: "付了20萬台幣給仲介，現在人在柬埔寨出不來", locale: "zh-hant" },
  ],
  in: [
    { text: "I'm from Kerala, my brother is held in Myawaddy and they took his passport", locale: "en" },
    { text: "we are Indian, the agent took 2 lakh and sent us to Laos", locale: "en" },
    { text: "yaar mera bhai Myanmar mein hai, salary nahi de rahe", locale: "en" },
    { text: "我是印度人，在老挝被扣", locale: "zh-hans" },
  ],
  ph: [
    { text: "I'm Filipino, my passport was taken in KK Park", locale: "en" },
    { text: "taga Cebu ako, nasa Myawaddy kami ngayon, kinuha ang passport", locale: "en" },
    { text: "hindi po siya pinapauwi sa Cambodia, kinumpiska ang pasaporte", locale: "en" },
    { text: "我是菲律宾人，在柬埔寨被关", locale: "zh-hans" },
  ],
  id: [
    { text: "I'm Indonesian, held in Sihanoukville", locale: "en" },
    { text: "saya WNI, paspor diambil di Kamboja, tolong", locale: "en" },
    { text: "我是印尼人，在柬埔寨西港", locale: "zh-hans" },
  ],
  my: [
    { text: "we're from Penang, my brother is held in Myawaddy", locale: "en" },
    { text: "我们是马来西亚人，弟弟在缅甸妙瓦底", locale: "zh-hans" },
    { text: "我們是大馬華人，妹妹在緬甸被扣", locale: "zh-hant" },
    { text: "paid RM5000 to an agent, now stuck in Myanmar", locale: "en" },
  ],
  vn: [
    { text: "I'm Vietnamese, stuck in a compound in Myawaddy", locale: "en" },
    { text: "我是越南人，在缅甸", locale: "zh-hans" },
    { text: "Tôi là người Việt, bị giữ ở Myawaddy", locale: "en" },
  ],
  th: [
    { text: "We are Thai, my sister is held in the Golden Triangle in Laos", locale: "en" },
    { text: "我是泰国人，在老挝金三角被扣", locale: "zh-hans" },
  ],
  lk: [
    { text: "I'm Sri Lankan, they took my passport in Myawaddy", locale: "en" },
    { text: "my son is from Kandy and is held in Myanmar", locale: "en" },
    { text: "我是斯里兰卡人，在缅甸", locale: "zh-hans" },
  ],
  pk: [
    { text: "I am Pakistani, held in Myawaddy", locale: "en" },
    { text: "we are from Lahore, my brother is in Cambodia", locale: "en" },
  ],
  bd: [
    { text: "I'm Bangladeshi, held in Myanmar", locale: "en" },
    { text: "my cousin from Dhaka is trapped in Cambodia", locale: "en" },
  ],
  ke: [
    { text: "I'm Kenyan, they took us to Myawaddy", locale: "en" },
    { text: "Paid Ksh200,000 to an agent, now held in Myanmar", locale: "en" },
    { text: "my daughter from Nairobi is held in Myanmar", locale: "en" },
  ],
  sg: [
    { text: "I'm Singaporean, held in Cambodia", locale: "en" },
    { text: "我是新加坡人，在柬埔寨被扣", locale: "zh-hans" },
  ],
};

const LISTED = NATIONALITIES.filter((n): n is Exclude<Nationality, "other"> => n !== "other");

describe("inferNationality", () => {
  it("has messages for every nationality the directory lists", () => {
    for (const nationality of LISTED) expect(OWN_WORDS[nationality]?.length ?? 0, nationality).toBeGreaterThan(1);
  });

  describe.each(LISTED)("%s", (nationality) => {
    it.each(OWN_WORDS[nationality].map((message) => [message.text, message.locale] as const))(
      "reads %s (%s) and the card leads with that nationality's own sourced line",
      (text, locale) => {
        const inferred = inferNationality(text);
        expect(inferred?.nationality).toBe(nationality);
        expect(inferred?.cue.length).toBeGreaterThan(0);
        const country: Country = guessCountry(text) ?? "other";
        const contacts = contactsFor(nationality, country);
        const first = contacts[0];
        expect(first?.forNationalities?.[0], `${nationality} in ${country}`).toBe(nationality);
        expect(provenanceProblems(first!)).toEqual([]);
        const card = renderContacts(nationality, country, locale, tr);
        const firstName = card.indexOf(tr.t(locale, first!.nameKey));
        expect(firstName).toBeGreaterThan(0);
        for (const other of contacts.slice(1)) {
          expect(card.indexOf(tr.t(locale, other.nameKey)), other.id).toBeGreaterThan(firstName);
        }
        expect(card).toContain(nationalityName(nationality, locale, tr));
      },
    );
  });

  it("quotes the cue as written", () => {
    expect(inferNationality("我們是臺中人")?.cue).toBe("臺中人");
    expect(inferNationality("paid KSH 200,000 to the agent")?.cue).toBe("KSH");
  });

  it.each([
    "今天天气怎么样",
    "help my brother is held in cambodia",
    "the Chinese boss took our passports",
    "我被中国人骗了，现在在缅甸",
    "园区里台湾人和大陆人都有",
    "I'm Filipino and my husband is Indonesian",
    "我在平台中找工作",
    "he flew to Manila, then Bangkok, then Mae Sot",
    "the salary is 30,000 baht a month",
    "office at 2 Science Park Drive, Singapore 118222",
    "新加坡人力部注册的猎头",
    "",
  ])("gives undefined without a cue or with cues that disagree: %s", (text) => {
    expect(inferNationality(text)).toBeUndefined();
  });

  it("reads Telegram's regional language_code, and nothing from a bare language", () => {
    const expected: Record<string, Nationality | undefined> = {
      "zh-TW": "tw",
      "zh-hant-tw": "tw",
      "zh-HK": "hk",
      zh_HK: "hk",
      "zh-MO": "mo",
      "zh-CN": "cn",
      "en-PH": "ph",
      "en-KE": "ke",
      "zh-hant": undefined,
      "zh-hans": undefined,
      zh: undefined,
      en: undefined,
    };
    for (const [code, nationality] of Object.entries(expected)) {
      const inferred = inferNationality("please help", code);
      expect(inferred?.nationality, code).toBe(nationality);
      if (inferred) expect(inferred.evidence).toBe("language-code");
    }
    expect(inferNationality("please help")).toBeUndefined();
  });

  it("lets explicit words beat language_code, and language_code beat the way of writing", () => {
    expect(inferNationality("我是香港人", "zh-TW")?.nationality).toBe("hk");
    expect(inferNationality("I'm Filipino", "zh-CN")?.nationality).toBe("ph");
    expect(inferNationality("付了5萬台幣", "zh-HK")?.nationality).toBe("tw");
    expect(inferNationality("佢而家喺柬埔寨出唔到嚟", "zh-MO")?.nationality).toBe("mo");
    expect(inferNationality("佢而家喺柬埔寨出唔到嚟")?.nationality).toBe("hk");
  });

  it("ranks a named nationality over a home town over a currency over the way of writing", () => {
    expect(inferNationality("I'm Malaysian, my family is in Taipei")?.nationality).toBe("my");
    expect(inferNationality("we're from Penang, we paid NT$50,000 to the agent")?.nationality).toBe("my");
    expect(inferNationality("佢俾咗5萬台幣中介，而家出唔到嚟")?.nationality).toBe("tw");
    expect(inferNationality("老板是中国人，我是台湾人")?.nationality).toBe("tw");
  });

  it("tells Malay from Indonesian by their own words", () => {
    expect(inferNationality("saya tak boleh balik, majikan ambil pasport, tolong")?.nationality).toBe("my");
    expect(inferNationality("saya gak bisa pulang, paspor diambil, tolongin")?.nationality).toBe("id");
  });

  it.each([
    ["We are begging the Kenyan government to bring us home", "ke"],
    ["we wrote to Pakistan's foreign office twice, no answer", "pk"],
    ["please ask the Sri Lankan embassy in Bangkok to help my husband", "lk"],
    ["the Indian police did nothing about the agent", "in"],
    ["I just want to go home to the Philippines, they keep our passports", "ph"],
    ["I want to go back to Bangladesh, the boss beats us", "bd"],
    ["here in Kenya the agents promise Thailand jobs", "ke"],
    ["saya mau pulang ke Indonesia tapi paspor ditahan", "id"],
    ["gusto ko na umuwi pero paano, kinuha ang passport ko", "ph"],
    ["想回台灣，護照被公司扣著", "tw"],
    ["我們在台南，女兒在柬埔寨失聯三天了", "tw"],
    ["我们湖南乡下的，孩子在缅甸联系不上", "cn"],
    ["她從桃園機場出發到泰國後就失聯了", "tw"],
    ["165可以檢舉這種徵才貼文嗎", "tw"],
    ["Kenyans are being conned by these agents every day", "ke"],
    ["he sought help at the Malaysian Embassy there but was turned away", "my"],
    ["we are in the Philippine embassy now, they kept our passports", "ph"],
    ["nineteen Malayali nurses are stranded here", "in"],
    ["請馬科斯總統救救他們", "ph"],
    ["四川峨眉山市男子被骗到迪拜园区", "cn"],
    ["個仔話份工咁好人工，而家聯絡唔到", "hk"],
    ["I was asked to deposit Sh150,000 for a job in Dubai", "ke"],
    ["is this agency on ACRA? my brother wants their Phnom Penh job", "sg"],
    ["we live in Hougang, my son took a job in Cambodia and went quiet", "sg"],
    ["adik saya kerja di perusahaan di Kamboja, sekarang HP-nya diambil", "id"],
    ["kakak saya nggak bisa pulang dari Myawaddy", "id"],
    ["anak saya kerja dengan syarikat di Kemboja, pasport ditahan", "my"],
    ["cara mohon visa kerja ke Jepun", "my"],
    ["Good evening po, my sister is in Cambodia and can't leave", "ph"],
    ["they want Tk 5 lakh to release him", "bd"],
    ["do we need visas for both countries with Indian passports?", "in"],
    ["we all hold Kenyan passports and the agent kept them", "ke"],
    ["他昨天還跟我視訊，今天就聯絡不上了", "tw"],
    ["對方叫我加LINE聊工作，說在柬埔寨", "tw"],
    ["他的強積金還在供款，人卻在柬埔寨失聯", "hk"],
    ["辭職前要不要派散水餅？他下個月去泰國", "hk"],
    ["我是湖南岳阳的，儿子去了缅甸就联系不上", "cn"],
    ["em gai bi giu o campuchia, ho doi 80 trieu dong", "vn"],
    // Home returned to or left to earn (issue 12: the writer's own words).
    ["I just want to return to Sri Lanka, the madam keeps my passport", "lk"],
    ["I left Kenya to work in Dubai and now the agent has my passport", "ke"],
    ["we left the Philippines for jobs in Myawaddy and now we cannot leave", "ph"],
    ["我離開台灣是為了養家糊口，但現在薪水一直拿不到", "tw"],
    ["我离开台湾去柬埔寨工作，现在护照被扣了", "tw"],
    // The writer's own family moving counts as the writer's: a husband gone home, a family that left to earn.
    ["we returned to Kenya last year but my sister is still held in Dubai", "ke"],
    ["我老公离开中国去柬埔寨打工，现在被关起来了", "cn"],
    ["我們一家人當年離開台灣去杜拜工作，現在護照被老闆收走", "tw"],
  ] as const)("reads whose home or government a message speaks of: %s → %s", (text, nationality) => {
    expect(inferNationality(text)?.nationality).toBe(nationality);
  });

  it("reads a home without numbers of its own from a return to it: Nepal's card is the other one", () => {
    expect(inferNationality("I want to save my life and return to Nepal to be with my family")).toMatchObject({
      nationality: "other",
      unlisted: "np",
    });
  });

  it.each([
    "they were sent back to Thailand from Myawaddy",
    "the Thai police took him to a shelter in Mae Sot",
    "回到泰國之後就沒有消息了",
    "我在吉隆坡被扣了，出不去",
    "the Chinese government raided the compounds last year",
    "the Myanmar police said the gang moved",
    "我身高165公分，可以當空服員嗎",
    "here in Cambodia we work 16 hours a day",
    "I always wear SPF 50 sunscreen, my son is missing in Cambodia",
    "My line id is abc123, my sister is trapped in Myanmar",
    "Abang saya cuma kerja 2 bulan di Cambodia, hp dia tak aktif",
    "he returned to Cambodia after the raid",
    "we managed to leave Cambodia last night",
    "我们昨晚终于离开柬埔寨了",
    "the company told us to return to our dormitory",
  ])("reads no home from a destination, a visa or a number: %s", (text) => {
    expect(inferNationality(text)).toBeUndefined();
  });

  // Someone else's journey says nothing of the writer's home (review 21): a boss or an agent who returns to or left
  // his own country is not whose citizen the writer is.
  it.each([
    "My boss returned to India last week and now I am stuck in Dubai, he took my passport and they lock us in the camp, please help",
    "The agent returned to China with our money and we are held in Cambodia",
    "The Chinese boss returns to China every month and the guards keep us locked in",
    "I heard the agent returned to India, we are stuck in Myanmar",
    "my boss left India to work in Dubai and took our passports",
    "我们老板离开中国去柬埔寨开公司，现在把我们关起来了",
    "我們老闆離開中國去柬埔寨開公司，現在把我們關起來了",
    "他离开中国去柬埔寨，现在我们被关",
  ])("reads no home from someone else's return or departure: %s", (text) => {
    expect(inferNationality(text)).toBeUndefined();
  });

  it("reads a home from the writer's own family returning to it, not only the writer's", () => {
    expect(
      inferNationality("my husband returned to Nepal and I am alone in Qatar, they keep my passport"),
    ).toMatchObject({
      nationality: "other",
      unlisted: "np",
    });
  });

  // Chat English and Malay drop the verb ("he Singaporean", "saya rakyat Malaysia"): the demonym is still the person's.
  it.each([
    ["my cousin kena trapped in Cambodia, he Singaporean, how ah", "sg"],
    ["she Filipino lah, they took her passport", "ph"],
    ["Tolong, saya rakyat Malaysia, kena kurung dekat Myanmar", "my"],
    ["kami warga Indonesia, paspor ditahan di Kamboja", "id"],
    ["adik saya kena tahan, dia orang Malaysia", "my"],
  ] as const)("reads a demonym said of someone without a verb: %s → %s", (text, nationality) => {
    expect(inferNationality(text)?.nationality).toBe(nationality);
  });

  it.each([
    "the Singaporean boss took his passport in Cambodia",
    "he Malaysian company promise big salary in Myanmar",
    "she Filipino food stall owner, she offered me a job in Dubai",
    "he Indonesian agent, he keep our passports in Cambodia",
  ])("reads no nationality from a demonym that names a thing: %s", (text) => {
    expect(inferNationality(text)).toBeUndefined();
  });

  it("quotes the first word written with Vietnamese letters, in a short text or a long one", () => {
    const written = "Con trai bị giữ ở Campuchia, giúp với";
    expect(inferNationality(written)).toEqual({ nationality: "vn", cue: "bị", evidence: "style" });
    const story = "儿子在园区里出不来已经三个月了，每天被逼打电话，我们不知道怎么办".repeat(30);
    expect(inferNationality(`${story} ${written}`)).toEqual({ nationality: "vn", cue: "bị", evidence: "style" });
    expect(inferNationality(story)).toBeUndefined();
    // A word of several such letters is quoted whole, as written.
    expect(inferNationality(`${story} Nhờ giúp đỡ`)?.cue).toBe("Nhờ");
    // Only the word: Chinese written against it, with no space, is not part of it.
    expect(inferNationality(`${story}，Nhờ giúp đỡ`)?.cue).toBe("Nhờ");
  });

  it("lets the way of writing settle 中国领事馆, which Hong Kong and Macau residents use too", () => {
    expect(inferNationality("中国大使馆的电话是多少，孩子在缅甸")?.nationality).toBe("cn");
    expect(inferNationality("去日本旅行唔見咗護照，係咪要去中國領事館")?.nationality).toBe("hk");
  });

  it("recognises a named nationality without numbers of its own as `other`, saying which", () => {
    const nepali = inferNationality("I am from Nepal, held in Myawaddy");
    expect(nepali).toMatchObject({ nationality: "other", unlisted: "np", evidence: "words" });
    expect(inferNationality("my son is from Kampala")).toMatchObject({ nationality: "other", unlisted: "ug" });
  });

  it("only ever answers with a nationality the directory knows", () => {
    const texts = LISTED.flatMap((n) => OWN_WORDS[n].map((m) => m.text));
    for (const text of texts) {
      const inferred = inferNationality(text);
      if (inferred) expect(isNationality(inferred.nationality)).toBe(true);
    }
  });
});

describe("answeredNationality (a typed answer to 'whose citizen?')", () => {
  it.each([
    ["中国", "cn"],
    ["中國大陸", "cn"],
    ["我是台灣人", "tw"],
    ["香港", "hk"],
    ["Filipino", "ph"],
    ["Malaysia.", "my"],
    ["I'm Kenyan", "ke"],
    ["Nepal", "other"],
  ] as const)("%s → %s", (text, nationality) => {
    expect(answeredNationality(text)).toBe(nationality);
  });

  it.each(["我在柬埔寨", "救命", "Malaysian company", "what should I do", "我们是台中人，我弟弟被关在妙瓦底的园区里"])(
    "%s → nothing",
    (text) => {
      expect(answeredNationality(text)).toBeUndefined();
    },
  );
});

describe("chooseNationality", () => {
  it("prefers a nationality named now, then the remembered one, then the way of writing or language_code", () => {
    expect(chooseNationality("I'm Kenyan", "en", "ph")).toMatchObject({ nationality: "ke", from: "words" });
    expect(chooseNationality("佢而家出唔到嚟", "zh-TW", "mo")).toMatchObject({ nationality: "mo", from: "remembered" });
    expect(chooseNationality("佢而家出唔到嚟", undefined, undefined)).toMatchObject({
      nationality: "hk",
      from: "style",
    });
    expect(chooseNationality("help", "zh-TW", undefined)).toMatchObject({ nationality: "tw", from: "language-code" });
    expect(chooseNationality("help", "en", undefined)).toBeUndefined();
  });
});

describe("likelyNationalities", () => {
  it("offers 4 to 6 likely nationalities for each language, then `other` last", () => {
    for (const locale of LOCALES) {
      const choices = likelyNationalities(undefined, locale);
      const listed = choices.filter((n) => n !== "other");
      expect(listed.length, locale).toBeGreaterThanOrEqual(4);
      expect(listed.length, locale).toBeLessThanOrEqual(6);
      expect(choices.at(-1)).toBe("other");
      expect(new Set(choices).size).toBe(choices.length);
      for (const n of choices) expect(isNationality(n)).toBe(true);
    }
    expect(likelyNationalities(undefined, "zh-hant").slice(0, 3)).toEqual(["tw", "hk", "mo"]);
    expect(likelyNationalities(undefined, "zh-hans")[0]).toBe("cn");
    expect(likelyNationalities(undefined, "en")).toEqual(expect.arrayContaining(["ph", "in", "id", "ke", "lk"]));
  });

  it("puts the language_code's region first", () => {
    expect(likelyNationalities("en-KE", "en")[0]).toBe("ke");
    expect(likelyNationalities("zh-HK", "zh-hant")[0]).toBe("hk");
    expect(likelyNationalities("zh-SG", "zh-hans").slice(0, 2)).toEqual(["sg", "cn"]);
  });
});

describe("nextSosStep", () => {
  it("asks for an unknown nationality with the likeliest choices, never answering 'another country'", () => {
    expect(nextSosStep({ country: "mm" }, "zh-TW", "zh-hant")).toEqual({
      ask: "nationality",
      choices: likelyNationalities("zh-TW", "zh-hant"),
    });
    expect(nextSosStep({ nationality: "ph" }, "en", "en")).toEqual({ ask: "country", nationality: "ph" });
    expect(nextSosStep({ nationality: "ph", country: "mm" }, "en", "en")).toEqual({ nationality: "ph", country: "mm" });
  });

  it("names only the place on a card for a nationality the directory does not list", () => {
    for (const locale of LOCALES) {
      const card = renderContacts("other", "kh", locale, tr);
      expect(card).not.toContain(nationalityName("other", locale, tr));
    }
  });
});
