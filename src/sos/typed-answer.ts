/**
 * A typed answer to "where is the person who needs help from?" that tells where they are too (review 21): "我在妙瓦底，我是
 * 马来西亚人", "I'm Filipino and I'm in Thailand", "我係香港人，而家喺柬埔寨", "台灣人 人在緬甸". Pure: no grammY.
 *
 * The message is read as clauses (split at punctuation, "and", a space between Chinese words, or where a place follows
 * a nationality: "马来西亚人在妙瓦底", "a Filipino in Thailand"). Every clause must be either the nationality as a bare
 * answer gives it (`answeredNationality`) or where the person is: a known place, alone or in a few words of being
 * there ("我在…", "人在…", "I'm in…", "currently in…"). A clause saying anything else ("I'm in trouble", "被骗到缅甸")
 * makes it a message of its own, read as itself.
 */
import { termsOf } from "../check/extract/terms.ts";
import { HUB_COUNTRIES, isCountry, type Country, type Nationality } from "../content/places.ts";
import { ReadText } from "../text/read-text.ts";
import { answeredNationality } from "./nationality.ts";

/** A longer message says more than who and where. */
const MAX_ANSWER_CHARS = 60;
/** Where a place's name stood in a clause. */
const PLACE = "@";

const CLAUSE_BREAK = new RegExp(
  [
    String.raw`\s*[,.;!?/、，。；！？]+\s*`,
    String.raw`\s+(?:and|but|&)\s+`,
    // "台灣人 人在緬甸": a space between Chinese words ends a clause.
    String.raw`(?<=\p{Script=Han})\s+(?=\p{Script=Han})`,
  ].join("|"),
  "u",
);

/** Being somewhere, in the few words people answer with. Read on the clause with its places replaced by `PLACE`. */
const BEING_THERE_ZH = String.raw`(?:我们?|他们?|她们?|本人|人家)?(?:现在|目前|如今|暂时|还|仍然|正)?人?(?:现在|目前)?(?:身在|待在|住在|留在|在)`;
const BEING_THERE_EN = String.raw`(?:(?:i['’]?m|im|i am|we['’]?re|we are|he['’]?s|he is|she['’]?s|she is|they['’]?re|they are|(?:my|our) \w+ (?:is|are))\s+)?(?:(?:now|currently|still|right now|living|working|staying|based|located)\s+)*(?:in|at)\s+(?:the\s+)?`;
const PLACES = String.raw`${PLACE}(?:\s*${PLACE})*`;
const LOCATION = new RegExp(
  String.raw`^(?:(?:${BEING_THERE_ZH})?${PLACES}(?:这边|那边|这里|那里|这儿|那儿|了)?|(?:${BEING_THERE_EN})?${PLACES}(?:\s+(?:now|right now|currently|at the moment))?)$`,
  "u",
);

interface Where {
  /** Where the clause says the person is: the countries of its places, "other" for one the directory does not list. */
  countries: Country[];
  /** The clause is a place's name and nothing else ("緬甸", "Thailand"): a country's name may be a nationality too. */
  bare: boolean;
}

/** Where a clause says the person is, when that is all it says. */
function whereIn(clause: string): Where | undefined {
  const read = new ReadText(clause);
  const found = read.derive(termsOf);
  const hits = [...found.places, ...found.listedPlaces].sort((a, b) => b.start - a.start);
  if (hits.length === 0) return undefined;
  let shape = read.canonical;
  // Right to left, so that the offsets before each hit still hold.
  for (const hit of hits) shape = shape.slice(0, hit.start) + PLACE + shape.slice(hit.end);
  shape = shape.trim();
  if (!LOCATION.test(shape)) return undefined;
  const countries = hits.map(({ value }) => (isCountry(value.country) ? value.country : "other"));
  return { countries, bare: shape === PLACE };
}

type Part = { nationality: Nationality } | { where: Where } | { either: Nationality; where: Where };

/** What one clause gives: the nationality, where, or a country's name that may be either; undefined for anything else. */
function partOf(clause: string): Part | undefined {
  const nationality = answeredNationality(clause);
  const where = whereIn(clause);
  if (nationality && where?.bare) return { either: nationality, where };
  if (nationality) return { nationality };
  return where ? { where } : undefined;
}

/**
 * A clause of a nationality and a place run together ("马来西亚人在妙瓦底", "a Filipino in Thailand", "我在妙瓦底我是马来西亚人"):
 * the two parts, split where both read as such.
 */
function runTogether(clause: string): Part[] | undefined {
  for (let at = 1; at < clause.length; at++) {
    const [first, second] = [clause.slice(0, at).trim(), clause.slice(at).trim()];
    if (!first || !second) continue;
    const nationalityFirst = answeredNationality(first) !== undefined && whereIn(second) !== undefined;
    const placeFirst = !nationalityFirst && whereIn(first) !== undefined && answeredNationality(second) !== undefined;
    if (nationalityFirst || placeFirst) return [partOf(first)!, partOf(second)!];
  }
  return undefined;
}

/** The country the places name: a compound hub over a place passed through, else the last named. */
function countryOf(countries: readonly Country[]): Country {
  const listed = countries.filter((country) => country !== "other");
  if (listed.length === 0) return "other";
  return [...listed].reverse().find((country) => HUB_COUNTRIES.has(country)) ?? listed.at(-1)!;
}

/**
 * The nationality and the country a short typed answer gives together ("I'm Filipino and I'm in Thailand"); undefined
 * when it gives only one of them or says anything more.
 */
export function answeredNationalityAndPlace(text: string): { nationality: Nationality; country: Country } | undefined {
  const canonical = new ReadText(text).canonical.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
  if (canonical.length === 0 || canonical.length > MAX_ANSWER_CHARS) return undefined;
  const parts: Part[] = [];
  for (const clause of canonical.split(CLAUSE_BREAK)) {
    if (clause.trim() === "") continue;
    const part = partOf(clause.trim());
    if (part) parts.push(part);
    else {
      const both = runTogether(clause.trim());
      if (!both) return undefined;
      parts.push(...both);
    }
  }
  const named = new Set(parts.flatMap((part) => ("nationality" in part ? [part.nationality] : [])));
  const either = parts.filter((part) => "either" in part);
  if (named.size > 1 || (named.size === 0 && either.length !== 1)) return undefined;
  const nationality = [...named][0] ?? (either[0] as { either: Nationality }).either;
  // A country's name beside a nationality named is where; alone beside a place, it is the nationality.
  const places = parts.flatMap((part) => ("where" in part && (named.size > 0 || !("either" in part)) ? [part] : []));
  if (places.length === 0) return undefined;
  return { nationality, country: countryOf(places.flatMap((part) => part.where.countries)) };
}
