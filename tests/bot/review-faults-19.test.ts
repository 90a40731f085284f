import { describe, expect, it } from "vitest";
import { inEitherUsage } from "../support/usage.ts";
import { entryHeadline as headline, oneMessageReplies, PHONE_NUMBER } from "../support/one-message.ts";
import { translator } from "../support/test-bot.ts";

const sendOne = oneMessageReplies();

/** The reply to `text` from a user of `languageCode`: one message, as the user reads it. */
const replyTo = async (languageCode: string, text: string): Promise<string> => {
  const messages = await sendOne(languageCode, text);
  expect(messages).toHaveLength(1);
  return messages[0]!;
};

describe("a passport refused back by anyone (a hotel, a guesthouse, a boss), or copied and then kept, gets the contacts", () => {
  it.each([
    { languageCode: "zh-hans", locale: "zh-hans", text: "旅馆老板不肯还我护照,说要再加钱" },
    { languageCode: "zh-tw", locale: "zh-hant", text: "民宿老闆拒絕歸還我的護照,我現在在曼谷" },
    { languageCode: "zh-hk", locale: "zh-hant", text: "酒店老闆唔肯還本護照俾我,點算" },
    {
      languageCode: "en",
      locale: "en",
      text: "the guesthouse owner refuses to give my passport back until I pay him more",
    },
    // Copied and then kept: the passport is kept, whatever was copied first.
    { languageCode: "zh-hans", locale: "zh-hans", text: "公司复印了我的护照然后就扣着不还,我在柬埔寨" },
    { languageCode: "zh-tw", locale: "zh-hant", text: "仲介影印了我的護照之後就扣著不還" },
    {
      languageCode: "en",
      locale: "en",
      text: "my boss photocopied my passport then kept the original, won't give it back",
    },
  ] as const)("$text", async (c) => {
    const reply = inEitherUsage(c.locale, await replyTo(c.languageCode, c.text));
    expect(reply).toContain(inEitherUsage(c.locale, headline("passport_taken", c.locale)));
    expect(reply).toMatch(PHONE_NUMBER);
  });
});

describe("an agent who took the money and no longer answers is a fraud to report, not a missing person", () => {
  it.each([
    { languageCode: "zh-hans", locale: "zh-hans", text: "出国劳务中介收了我两万块,现在电话打不通,微信也把我拉黑了" },
    { languageCode: "zh-tw", locale: "zh-hant", text: "仲介收了我八萬塊說要送我去日本工作,現在完全聯絡不上" },
    { languageCode: "zh-hk", locale: "zh-hant", text: "個中介收咗我三萬蚊,而家搵唔到佢" },
    {
      languageCode: "en",
      locale: "en",
      text: "I paid the agent 1.5 lakh for a Dubai job, now his phone is switched off",
    },
  ] as const)("$text", async (c) => {
    const reply = inEitherUsage(c.locale, await replyTo(c.languageCode, c.text));
    expect(reply).toContain(inEitherUsage(c.locale, headline("report_recruiter", c.locale)));
    expect(reply).not.toContain(inEitherUsage(c.locale, headline("lost_contact", c.locale)));
    expect(reply).not.toContain(inEitherUsage(c.locale, translator.t(c.locale, "sos.ask_nationality")));
  });

  it.each([
    { languageCode: "zh-hans", text: "中介收了钱把我儿子送去了泰国,现在儿子联系不上了" },
    { languageCode: "zh-hk", text: "仲介收咗錢送咗我個仔去泰國,而家個仔聯絡唔到" },
    { languageCode: "en", text: "We paid the agent and my daughter flew to Bangkok, now my daughter is unreachable" },
  ] as const)("unless the one who cannot be reached is the person abroad: $text", async (c) => {
    const reply = await replyTo(c.languageCode, c.text);
    expect(reply).toMatch(PHONE_NUMBER);
  });
});
