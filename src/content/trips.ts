/**
 * Words that name a holiday or a trip taken for its own sake, in Chinese (canonical, Simplified) and English. One list
 * for the three readers that tell travel apart from work or danger: the offer check (a tourism report's places are
 * no workplace, a raffle's flights no perk), the Q&A domain (a traveller's question) and the danger check (a mishap on
 * a trip). Each reader adds only the words of its own sense: the check a raffle's prizes, the domain a sight to see,
 * the danger check a flight, an airport or a business trip. 旅行证 is a travel document, not a trip.
 */
export const HOLIDAY_WORDS = String.raw`旅游|旅行(?!证)|度假|\b(?:holidays?|vacations?|trips?)\b`;
