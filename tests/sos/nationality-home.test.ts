import { describe, expect, it } from "vitest";
import { HOME_PLACES } from "../../src/content/home-places.ts";
import { provenanceProblems } from "../../src/content/sourced.ts";
import { inferNationality } from "../../src/sos/nationality.ts";

/**
 * Where the writer is from, told the many ways people tell it (issue 12): a home town or province from anywhere in the
 * country, a regional demonym, the family at home, hard times at home, the way of writing. Each class has its own
 * wordings, in the languages people would use for it; the place in each message is where the person in trouble is.
 */
const read = (text: string): string | undefined => {
  const inferred = inferNationality(text);
  return inferred?.nationality === "other" ? `other/${inferred.unlisted}` : inferred?.nationality;
};

const expectEach = (cases: ReadonlyArray<readonly [string, string | undefined]>): void => {
  for (const [text, expected] of cases) expect(read(text), text).toBe(expected);
};

describe("home towns and provinces from the whole country", () => {
  it("reads prefecture cities and counties of the mainland after 老家, 来自 or before 人", () => {
    expectEach([
      ["我老家是周口的，儿子被骗到缅甸，电话打不通", "cn"],
      ["我們是汕頭人，女兒被騙到柬埔寨園區", "cn"],
      ["我是驻马店人，在妙瓦底被扣了护照", "cn"],
      ["我祖籍赣州，弟弟在西港出不来", "cn"],
      ["we're from Zhoukou in Henan, my son is held in Myawaddy", "cn"],
    ]);
  });

  it("reads Taiwan's districts and townships, Hong Kong's districts and Macau's parishes", () => {
    expectEach([
      ["我們是板橋人，兒子在柬埔寨被扣", "tw"],
      ["我家住斗六，女兒被騙去緬甸", "tw"],
      ["I'm from Zhongli, my brother is stuck in Cambodia", "tw"],
      ["我哋係粉嶺人，個仔喺緬甸", "hk"],
      ["我屋企喺將軍澳，阿哥俾人扣咗喺柬埔寨", "hk"],
      ["we're from Fanling, my sister is held in Myanmar", "hk"],
      ["我係花地瑪堂區嘅，個仔喺緬甸", "mo"],
    ]);
  });

  it("reads the states and large cities of South Asia and the counties of Kenya, with or without 'from'", () => {
    expectEach([
      ["I'm from Ludhiana, my brother is held in Myawaddy", "in"],
      ["we live in Nagpur and our son was taken to Laos", "in"],
      ["my daughter is from Ratnapura and they keep her in Myanmar", "lk"],
      ["we are from Sargodha, my cousin is stuck in Cambodia", "pk"],
      ["my brother from Noakhali cannot come home from Malaysia", "bd"],
      ["I'm from Bungoma, they took my passport in Myanmar", "ke"],
      ["our son from Murang'a has been sold to another company", "ke"],
      ["Ludhiana se hoon, bhai ko Laos mein rok rakha hai", "in"],
    ]);
  });

  it("reads the provinces of the Philippines, Indonesia, Malaysia, Vietnam and Thailand after a marker", () => {
    expectEach([
      ["taga Isabela ako, nasa Cambodia ang kapatid ko", "ph"],
      ["I'm from Bohol, my passport was taken in Myawaddy", "ph"],
      ["saya dari Kediri, paspor saya ditahan di Kamboja", "id"],
      ["kami orang Lampung, adik saya di Myanmar", "id"],
      ["I'm from Kota Bharu, my son is held in Cambodia", "my"],
      ["我是居鑾人，弟弟在緬甸被扣", "my"],
      ["quê tôi ở Nghệ An, em trai bị giữ ở Campuchia", "vn"],
      ["I'm from Thai Binh, stuck in a compound in Myawaddy", "vn"],
      ["we are from Sakon Nakhon, my sister is held in Laos", "th"],
      ["my phi from Nakhon Phanom is stuck in Myawaddy, they want baht", "th"],
      ["my kuya from Batangas is held in Cambodia", "ph"],
      ["adik dari Medan ditahan di Myanmar", "id"],
      ["我是新加坡淡濱尼人，在柬埔寨被扣", "sg"],
      ["I'm from Sengkang, held in Cambodia", "sg"],
    ]);
  });

  it("does not read a destination or a stop on the way as the writer's home", () => {
    expectEach([
      ["we flew from Bangkok to Mae Sot and were driven across the river", undefined],
      ["they took us from Manila to Cambodia by boat", undefined],
      ["my employer in Sha Tin took my passport", undefined],
      ["my son works in Jurong and his boss keeps his passport", undefined],
      ["I work in Kuala Lumpur, the company took my passport", undefined],
      ["我在吉隆坡工作，老板扣了我的护照", undefined],
      ["他们把我们从曼谷带到了缅甸", undefined],
      ["I was deceived to work in Phnom Penh, I want to go home", undefined],
      ["the agent in Ho Chi Minh City sent us to Cambodia", undefined],
      ["my parents sent me to work in Singapore and the boss took my passport", undefined],
    ]);
  });

  it("does not read an ordinary word or a namesake as a place", () => {
    expectEach([
      ["我在大理石厂上班，老板扣了我的工资", undefined],
      ["the job offer says the hotel is in Texas, 在德州的工厂", undefined],
      ["they said my son will erode their trust, he is in Myanmar", undefined],
      ["我住在新店附近，儿子在缅甸", undefined],
      ["地区：丹东\n人数：若干人\n工作地点：柬埔寨", undefined],
    ]);
  });

  it("lets a place shared by two countries ask instead of guessing", () => {
    expectEach([
      ["we are from Punjab, my son is held in Myanmar", undefined],
      ["I'm Tamil, they took my passport in Myawaddy", undefined],
    ]);
  });
});

describe("demonyms of regions and peoples, and misspelt names", () => {
  it("reads a regional or ethnic demonym said about a person", () => {
    expectEach([
      ["I'm Gujarati, held in a compound in Laos", "in"],
      ["my son is Sinhalese and they beat him in Myanmar", "lk"],
      ["we are Ilocano, my sister is trapped in Cambodia", "ph"],
      ["I'm Javanese, stuck in Myawaddy", "id"],
      ["I'm Sabahan, my brother is held in Cambodia", "my"],
      ["we are Kikuyu, our daughter is in Myanmar", "ke"],
      ["I'm Sylheti, they keep me in Cambodia", "bd"],
    ]);
  });

  it("reads misspelt country names and demonyms", () => {
    expectEach([
      ["I'm from the Phillipines, my passport was taken", "ph"],
      ["we are from Philipines and my son is in Myawaddy", "ph"],
      ["I am Singaporian, held in Cambodia", "sg"],
      ["my brother is from Srilanka and is held in Myanmar", "lk"],
      ["I'm from Bharat, they took my passport in Laos", "in"],
    ]);
  });
});

describe("home said in a phrase", () => {
  it("reads 'back home in', 'born in' and 老家在 with a country name, destinations included", () => {
    expectEach([
      ["my family back home in Kenya has not heard from me", "ke"],
      ["I was born in the Philippines and now I'm held in Cambodia", "ph"],
      ["我老家在台灣，現在被困在柬埔寨", "tw"],
      ["我屋企喺香港，而家俾人困住", "hk"],
      ["我户籍在马来西亚，被骗到缅甸", "my"],
    ]);
  });

  it("reads the writer's family at home in a country where few are taken to work", () => {
    expectEach([
      ["we borrow from relatives back in Sri Lanka to survive", "lk"],
      ["my parents in Pakistan do not know where I am", "pk"],
      ["we are borrowing from relatives or friends either in Cambodia or in Bangladesh", "bd"],
      ["家人都在台灣，我在柬埔寨出不來", "tw"],
      ["屋企人喺香港，我喺緬甸出唔到嚟", "hk"],
    ]);
  });

  it("does not read a family member's workplace as home", () => {
    expectEach([
      ["my daughter in Taiwan says her broker took her passport", undefined],
      ["my son in Malaysia is not paid", undefined],
    ]);
  });

  it("reads working in Taiwan, said in Chinese, as a hint of home, but not working in Hong Kong, Singapore or a destination", () => {
    expectEach([
      ["我在新竹上班，有人私訊我去杜拜", "tw"],
      ["我們在高雄工作，表弟說要去柬埔寨", "tw"],
      ["我在台中上班 朋友找我去泰國當客服", "tw"],
      ["我在香港打工，老乡叫我去缅甸", undefined],
      ["我在新加坡上班，中介说可以去迪拜", undefined],
      ["我在曼谷工作，老板扣了护照", undefined],
    ]);
  });

  it("reads hard times at home as where the writer is from", () => {
    expectEach([
      ["with the economic crisis in Sri Lanka we took the job, now we are locked in", "lk"],
      ["there are no jobs in Kenya so I went, now they beat us", "ke"],
      ["在台灣找不到工作才去的，現在被關在園區", "tw"],
    ]);
  });
});

describe("the way of writing", () => {
  it("reads Hinglish with the everyday words of Hindi and Punjabi speakers", () => {
    expectEach([
      ["bhai jaldi se ghar wapis aana hai, yahan bahut problem hai", "in"],
      ["mumma sahab aa gaye, baad mein baat karta hoon", "in"],
      ["jaldi wapas aa jao beta, apna passport le lo", "in"],
    ]);
  });

  it("reads Taiwan's own everyday words and particles, in either script", () => {
    expectEach([
      ["孩子說去柬埔寨工作齁，結果現在聯絡不上", "tw"],
      ["孩子说去柬埔寨工作齁，结果现在联系不上", "tw"],
      ["在超商繳完錢就被帶去緬甸，現在出不來", "tw"],
      ["里長說我兒子被騙到緬甸", "tw"],
      ["他拿悠遊卡去機場之後就失聯了，人在柬埔寨", "tw"],
    ]);
  });

  it("asks rather than read Roman Urdu as India", () => {
    expectEach([
      ["inshallah bhai jaldi wapis aa jayega, paise nahi de rahe", undefined],
      ["ammi abbu ko mat batana, yahan paise nahi de rahe", undefined],
    ]);
  });
});

describe("gazetteer content", () => {
  it("sources every list and keeps names unique within a nationality", () => {
    for (const [code, places] of Object.entries(HOME_PLACES)) {
      expect(provenanceProblems(places), code).toEqual([]);
      const all = [...places.bare, ...places.marked];
      expect(new Set(all).size, code).toBe(all.length);
      expect(all.length, code).toBeGreaterThan(0);
    }
  });

  it("names shared by two nationalities are marked in both, so that they tie", () => {
    const owner = new Map<string, string[]>();
    for (const [code, places] of Object.entries(HOME_PLACES))
      for (const name of [...places.bare, ...places.marked]) owner.set(name, [...(owner.get(name) ?? []), code]);
    for (const [name, codes] of owner) {
      if (codes.length < 2) continue;
      for (const code of codes) expect(HOME_PLACES[code as "in"].marked, `${name} in ${code}`).toContain(name);
    }
  });
});
