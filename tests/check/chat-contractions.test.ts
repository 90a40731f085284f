/**
 * Chat English drops the apostrophe ("dont", "doesnt", "cant"): a negation all the same, before a lawful sign and
 * before a red flag that may be negated. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const lawful = (text: string): string[] => checkOffer(text).lawfulSigns.map((sign) => sign.id);
const flags = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a negation without its apostrophe", () => {
  it.each([
    "my uncle say can work in Phnom Penh, earn 4k usd, dont need work pass",
    "the agent said u doesnt need any work permit for the Dubai job",
    "boss say we cant get work visa there but never mind, salary 25k",
  ])("no lawful sign where the permit is said to be unneeded: %s", (text) => {
    expect(lawful(text)).not.toContain("lawful_work_permit");
  });

  it("still reads the permit as a lawful sign when it is there", () => {
    expect(lawful("Registered nurse, Singapore, work pass applied by the hospital, salary SGD 4,200")).toContain(
      "lawful_work_permit",
    );
  });

  it("'dont miss' urges, it negates nothing: the fee after it stays the fee flag", () => {
    expect(flags("dont miss out, processing fee only 30k, fly to Doha next month")).toContain("recruiter_fee");
  });

  it("a fee the recruiter says it doesnt charge is not the fee flag", () => {
    expect(flags("Hotel housekeeping in Doha, licensed agency, we dont charge any placement fee")).not.toContain(
      "recruiter_fee",
    );
  });
});

/** Tagalog, Malay and Indonesian put a place after "sa", "di", "ke": the workplace, not an item of a list. */
describe("a place after a Tagalog, Malay or Indonesian preposition", () => {
  it.each([
    "Hiring sa Myanmar, call center agent, 60k a month, libreng ticket",
    "Ada lowongan kerja di Kamboja, admin online, gaji besar, tiket gratis",
    "Jom kerja ke Laos, jaga kaunter, gaji lumayan, visa ditanggung",
  ])("%s names where the job is", (text) => {
    expect(checkOffer(text).facts.places.length).toBeGreaterThan(0);
  });
});

describe("the permit promised for after arrival, in Tagalog and Malay", () => {
  it.each([
    "tourist visa muna, yung working visa aayusin pagdating doon",
    "masuk pakai visa pelancong dulu, permit kerja diurus setelah sampai",
  ])("%s is the visa-after-arrival flag, not a lawful sign", (text) => {
    const verdict = checkOffer(`Trabaho sa Cambodia, customer service. ${text}`);
    expect(verdict.flags.map((flag) => flag.id)).toContain("visa_after_arrival");
    expect(verdict.lawfulSigns.map((sign) => sign.id)).not.toContain("lawful_work_permit");
  });
});
