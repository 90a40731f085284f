import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Danger said as events in words the reader did not know (issue 12, third round of real messages, 7 December): being
 * moved in a van or "somewhere else", a foreign army's front, "against his will", "leave only after a year", a ticket
 * home refused, "a slave there", "a prison to me", padlocked in, guards everywhere, "nothing since", and Banglish and
 * Vietnamese typed without accents. Each is read as a few words meeting in a sentence and its neighbour (a person, a
 * constraint, a place or an employer), so each new word comes with everyday sentences that share it and stay quiet.
 */
const routed = (text: string): boolean => detectDanger(text).danger || matchQuestion(text).emergency;

describe("danger said in new words is routed to the emergency answer", () => {
  it.each([
    "they drove us in a van to another compound, took all our phones",
    "my daughter is in laos, her last text said they took them somewhere else. nothing since",
    "my son says he is at the front line in ukraine against his will, please help",
    "they forcefully put my brother in their army, he wants to come home",
    "we were brought here for jobs but were forced into scamming, they beat us",
    "the army camp says we can leave only after a year, we are in russia",
    "my employer in riyadh won't give me a ticket home, it has been two years",
    "I was a slave there, the madam in Kuwait kept me inside",
    "I am stuck in Lebanon, this house is a prison to me, no salary",
    "pinapadlockan kami ng amo namin, hindi po kami makakain",
    "im in a compound in cambodia, guards everywhere, cant talk long",
    "amar chele dubai te, company passport rekhe dise, beton dey na",
    "con trai toi o campuchia bi danh, ho doi tien chuoc",
    "em gai toi sang campuchia lam viec, mat lien lac 2 tuan roi",
    "em trai tôi ở campuchia bị bán sang công ty khác",
  ])("routed: %s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("everyday sentences that share those words stay quiet", () => {
  it.each([
    // against one's will, leaving only after something
    "My mum dragged me to the wedding against my will",
    "My boss sent me to the Shenzhen office against my will",
    "we can leave only after the meeting ends",
    // can't survive, can't talk long
    "I can't survive without coffee",
    "we can't survive here in dubai with these rents",
    "cant talk long, in a meeting",
    "can't talk much, boarding soon in bangkok",
    // taken somewhere else by a guide or a taxi
    "the tour guide took us somewhere else for lunch in bangkok",
    "the taxi took us somewhere else, we got lost in phnom penh for an hour",
    "my parents brought me here for dinner, the waiter forced us to try the spicy soup",
    // a slave or a prison as a figure of speech
    "I was a slave to my phone all weekend",
    "exam week is a prison for us",
    // guards at a mall, nothing heard after an application
    "lots of guards everywhere at the mall in bangkok, felt safe",
    "applied for the visa three weeks ago, heard nothing",
    "ordered a parcel from taobao two weeks ago, nothing since",
    // padlocks and bosses at home
    "pinapadlockan namin ang gate tuwing gabi para safe",
    "老板不肯放人走，要加班到十点",
    // a pet, a film's scene, a landlord, pasted news
    "my dog is stuck under the sofa and won't come out",
    "猫卡在树上下不来了怎么办",
    "the scene where they lock her in the basement was so scary",
    "my landlord keeps my deposit and won't let me move out until I pay for the paint",
    "read this: police rescued 40 victims from a compound in Poipet, their phones were confiscated",
    "新闻说警方又解救了一批人 护照都被扣了 太惨了",
  ])("quiet: %s", (text) => {
    expect(routed(text)).toBe(false);
  });

  it.each([
    "news says more people are held in myawaddy, my brother is still there and they took his passport",
    "my landlord in dubai took my passport and locked me in",
  ])("still routed when someone of the writer's is held: %s", (text) => {
    expect(routed(text)).toBe(true);
  });
});

describe("a plea about a neighbouring matter is not an emergency", () => {
  it.each([
    "My flight is cancelled, please help!",
    "our flight was delayed 6 hours please help",
    "please help, how do i apply for a student visa in japan",
  ])("no emergency card and no scam answer: %s", (text) => {
    const match = matchQuestion(text);
    expect(match.emergency).toBe(false);
    expect(match.answer).toBeNull();
  });

  it("travelling somewhere is a tourist's question; travelling there for a job offer is ours", () => {
    expect(matchQuestion("is it safe to travel to cambodia in december").answer).toBeNull();
    expect(matchQuestion("is it safe to travel to cambodia for a job offer").answer).not.toBeNull();
  });

  it("a plea with a job abroad and an unanswered agent still gets the contacts", () => {
    expect(routed("my flight got delayed and the agent who promised me the job in dubai is not answering, help")).toBe(
      true,
    );
  });
});
