/**
 * Words that name a holiday or a trip taken for its own sake, in Chinese (canonical, Simplified) and English. One list
 * for the three readers that tell travel apart from work or danger: the offer check (a tourism report's places are
 * no workplace, a raffle's flights no perk), the Q&A domain (a traveller's question) and the danger check (a mishap on
 * a trip). Each reader adds only the words of its own sense: the check a raffle's prizes, the domain a sight to see,
 * the danger check a flight, an airport or a business trip. 旅行证 is a travel document, not a trip.
 */
export const HOLIDAY_WORDS = String.raw`旅游|旅行(?!证)|度假|\b(?:holidays?|vacations?|trips?)\b`;

/**
 * A flight cancelled, delayed, diverted or missed: an airline's matter, for the Q&A domain (a traveller's plea) and the
 * danger check (stuck on a trip, which adds the weather).
 */
export const FLIGHT_DISRUPTED = String.raw`(?:航班|班机)(?:被)?(?:取消|延误)|误机|\bflights? (?:is |was |were |are |got |has been )?(?:cancell?ed|delayed|diverted)\b|\bmissed (?:my|our|the) (?:flight|connection)\b`;
