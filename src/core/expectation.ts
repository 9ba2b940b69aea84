/**
 * What kind of fact a question asks for, read from its wording, and whether a
 * card's answer contains that kind of fact at all. "How many gigawatts does the
 * Abilene site get?" wants a power figure; a card that only says where Abilene
 * is cannot be the answer, however many words it shares with the question.
 */

const ASKS_TIME = /\bwhen\b|\bwhat (year|date|month|time)\b|\b(timeline|timeframe|start date|deadline|how long)\b/i;
const ASKS_PLACE = /\bwhere\b|\bwhich (state|states|city|cities|town|location|locations|site|sites|country)\b/i;
const ASKS_NUMBER = /\bhow (much|many|big|large|huge)\b|\b(size|amount|value|worth|price|cost|percentage|number of|figure|total|capacity)\b|\$/i;

const HAS_TIME = /\b(19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|years?|months?)\b/i;
const HAS_PLACE =
  /\b(texas|michigan|wisconsin|wyoming|new mexico|georgia|ohio|pennsylvania|abilene|united states|u\.s\.|us|america|europe|france|asia|states|sites?|located|tenancy|region)\b/i;
// An amount or a count, not a bare year: "$30 billion", "4.5 GW", "49%", "eight states", "hundreds of thousands".
const HAS_NUMBER =
  /\$\s?\d|\b\d+(?:[.,]\d+)?\s*(?:billion|million|trillion|bn|%|percent|gw|gigawatts?|megawatts?|years?|months?|x)\b|\b(?:hundreds?|thousands?|millions?|billions?|quarter|half|triple|double|dozens?)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+/i;

/** A number question that names its unit needs that unit in the answer, not just any number. */
const UNITS: { asks: RegExp; has: RegExp }[] = [
  {
    asks: /\b(gigawatts?|gw|megawatts?|mw|power capacity|electricity)\b/i,
    has: /\d(?:[.,]\d+)?\s*(?:gw|gigawatts?|megawatts?|mw)\b|\bquarter of\b/i,
  },
  {
    asks: /\$|\b(dollars?|billion|million|worth|value|cost|price|paid|paying|revenue|invest(?:ed|ing|ment)?|money|bucks)\b/i,
    has: /\$\s?\d|\d(?:[.,]\d+)?\s*(?:billion|million|trillion|bn)\b/i,
  },
  { asks: /%|\b(percent|percentage|fraction)\b/i, has: /\d\s*%|\bpercent\b|\bquarter\b|\bhalf\b/i },
  {
    asks: /\b(jobs?|workers|employees|hires?|headcount)\b/i,
    has: /\b(hundreds?|thousands?|millions?|\d[\d,.]*)\b[^.]*\b(jobs?|workers|people|positions)\b/i,
  },
];

export type Expectation = "number" | "time" | "place" | null;

export function expectation(question: string): Expectation {
  if (ASKS_TIME.test(question)) return "time";
  if (ASKS_PLACE.test(question)) return "place";
  if (ASKS_NUMBER.test(question)) return "number";
  return null;
}

/** 1 when the question asks for a kind of fact the answer does not contain (an amount of the unit asked, a date, a place). */
export function expectationMissed(question: string, answer: string): number {
  const kind = expectation(question);
  if (kind === "time") return HAS_TIME.test(answer) ? 0 : 1;
  if (kind === "place") return HAS_PLACE.test(answer) ? 0 : 1;
  if (kind !== "number") return 0;
  const unit = UNITS.find((u) => u.asks.test(question));
  return (unit ? unit.has : HAS_NUMBER).test(answer) ? 0 : 1;
}
