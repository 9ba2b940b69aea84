/**
 * Spelled-out amounts written as digits ("three hundred billion" → "300 billion", "four and a half
 * gigawatts" → "4.5 gigawatts"), so a figure matches however it is typed. Only number words followed by a
 * unit or magnitude are rewritten: a bare "one" in "quick one" stays a word.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), "hundred", "a", "and", "half"].join("|")})`;
// A run of number words, then the unit that makes it an amount.
const AMOUNT = new RegExp(
  `\\b(${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*)(?=[\\s-]+(?:billion|bil|bn|million|mil|mn|trillion|thousand|gigawatts?|gw|megawatts?|mw|percent|per cent|years?|yrs?|months?|states|sites|dollars?)\\b)`,
  "g",
);

// "thirty", "five hundred", "forty-nine": tens and hundreds are numbers wherever they stand.
const UNIT_WORD = `(?:${Object.keys(UNITS).join("|")})`;
const TENS_WORD = `(?:${Object.keys(TENS).join("|")})`;
const BARE = new RegExp(
  `\\b(?:(?:${UNIT_WORD}|a)[\\s-]+)?(?:hundred|${TENS_WORD})(?:[\\s-]+(?:and[\\s-]+)?(?:${UNIT_WORD}|${TENS_WORD}|hundred)\\b)*\\b`,
  "g",
);

const NUMBER_CUE = new RegExp(`\\b(?:${UNIT_WORD}|${TENS_WORD}|hundred)\\b`);
const NUMBER_WORD_ONLY = new RegExp(`^(?:${UNIT_WORD}|${TENS_WORD}|hundred)$`);

/** Whether the word is one that digitsForNumberWords looks for ("five", "hundred"). */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORD_ONLY.test(word);
}

/** The value of a run of number words, or null when it is not one number ("a and"). */
export function parseNumberWords(text: string): number | null {
  const parts = text.split(/[\s-]+/).filter(Boolean);
  let current = 0;
  let seen = false;
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i]!;
    if (word in UNITS) current += UNITS[word]!;
    else if (word in TENS) current += TENS[word]!;
    else if (word === "hundred") current = (current || 1) * 100;
    else if (word === "half" && parts[i - 1] === "a" && parts[i - 2] === "and") current += 0.5;
    else if (word === "a" || word === "and") continue;
    else return null;
    seen = seen || word !== "half";
  }
  return seen ? current : null;
}

/** Whether a text (any case) has a number word that digitsForNumberWords could rewrite. */
export function hasNumberWord(text: string): boolean {
  return NUMBER_CUE_ANY_CASE.test(text);
}

const NUMBER_CUE_ANY_CASE = new RegExp(NUMBER_CUE.source, "i");

/** Rewrites spelled-out amounts in lower-cased text as digits. */
export function digitsForNumberWords(text: string): string {
  if (!NUMBER_CUE.test(text)) return text;
  return text.replace(AMOUNT, amount).replace(BARE, (match: string) => String(parseNumberWords(match) ?? match));
}

/** One run of number words before a unit. A leading "a" or "and" stays a word, except in "a hundred". */
function amount(match: string): string {
  const lead = /^(?:(?:a|and)[\s-]+)+/.exec(match)?.[0] ?? "";
  const body = match.slice(lead.length);
  if (/^a[\s-]+$/.test(lead) && body.startsWith("hundred")) return String(parseNumberWords(match) ?? match);
  const value = parseNumberWords(body);
  return value === null ? match : `${lead}${value}`;
}
