import { describe, expect, it } from "vitest";
import { inferNationality } from "../../src/sos/directory.ts";
import { oneMessageReplies, PHONE_NUMBER, verdictHeadline } from "../support/one-message.ts";

const sendOne = oneMessageReplies();
/** Every message the bot sends back to `text` from an English-interface user, joined as the user reads them. */
const replyTo = async (text: string): Promise<string> => (await sendOne("en", text)).join("\n");
const highRisk = verdictHeadline("high", "en");

/**
 * A family writing in Hinglish, Taglish or Malay about their own relative, in words that also read like an offer (a
 * job, a place), is telling of a person held now: the emergency answer, not a verdict saying "do not go" (chat review,
 * session 19).
 */
describe("someone of the writer's own, named in code-mixed chat, held where an offer's words are told", () => {
  it.each([
    "mera bhai Cambodia gaya tha customer service job ke liye, ab company ne uska passport rakh liya aur bahar nahi jane dete",
    "meri behen Myawaddy mein typing job ke liye gayi thi, passport le liya unhone, ghar wapas nahi aane dete",
    "yung pinsan ko nag-apply ng CSR job sa Cambodia, kinuha ng company ang passport niya at hindi pinapalabas",
    "abang saya pergi kerja data entry di Kemboja, syarikat ambil pasport dia dan tak bagi keluar",
  ])("%s", async (text) => {
    const reply = await replyTo(text);
    expect(reply).not.toContain(highRisk);
    expect(reply).toMatch(PHONE_NUMBER);
  });

  it.each([
    "Lowongan kerja Kamboja, gaji 1000 USD, tiket gratis, paspor disimpan perusahaan selama kontrak. Hubungi partner kami di Phnom Penh via Telegram",
    "Bhai log, Dubai me data entry job, salary 80k, ticket free, passport company rakhegi, apne dost ko bhi batao",
  ])("a recruiter's post naming partners or friends to tell still gets its verdict: %s", async (text) => {
    expect(await replyTo(text)).toContain(highRisk);
  });

  it("still gives a recruiter's code-mixed post its verdict when no one of the writer's own is named", async () => {
    const reply = await replyTo(
      "Hiring sa Cambodia! CSR, 50k per month, libre pamasahe at hotel, no experience needed, tourist visa lang muna, PM me",
    );
    expect(reply).toContain(highRisk);
  });
});

describe("a nationality said without a verb, as Singlish and chat English say it", () => {
  it.each([
    [
      "eh my friend kena stuck in Cambodia leh, the company lock them inside, cannot go out one. We Singaporean, what to do ah",
      "sg",
    ],
    ["we Malaysian, my brother stuck in Myawaddy cannot come back", "my"],
    ["I Filipino po, my sister is held in Cambodia", "ph"],
    ["we from Kenya, our son is locked in Myanmar", "ke"],
  ])("%s → %s", (text, nationality) => {
    expect(inferNationality(text)?.nationality).toBe(nationality);
  });

  it.each([
    "we work for a Singaporean company in Dubai",
    "We Indian restaurant in Dubai hiring waiters",
    "we Malaysian company hiring drivers",
    "I Indian food lover",
  ])("does not read a demonym that names a thing as the writer's: %s", (text) => {
    expect(inferNationality(text)).toBeUndefined();
  });
});
