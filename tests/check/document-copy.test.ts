/**
 * A copy, a scan or a photo of a passport sent with an application is paperwork, not the passport handed over; the
 * passport itself given to the company still is the flag. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const flags = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);

describe("a copy of the passport", () => {
  it.each([
    "Hotel waiter in Doha, QAR 1,800 a month, email your CV and a passport copy to apply",
    "Send us a scanned copy of your passport for the visa application, cook wanted in Kuwait",
    "迪拜酒店服务员，月薪4000迪拉姆，报名请发护照复印件和简历",
    "杜拜餐廳徵服務生，請先傳護照影本給我們辦簽證",
  ])("%s is not the passport handed over", (text) => {
    expect(flags(text)).not.toContain("passport_handover");
  });
});

describe("the passport itself", () => {
  it.each([
    "Hotel waiter in Doha: hand over your passport to the company on arrival",
    "迪拜服务员，到了以后护照交给公司保管",
    "杜拜餐廳徵服務生，護照先交給公司，複印件你自己留著",
    "迪拜服务员，到了先复印护照交公司保管",
  ])("%s is still the passport handed over", (text) => {
    expect(flags(text)).toContain("passport_handover");
  });
});
