import { stemmer } from "stemmer";
import { digitsForNumberWords } from "./number-words.js";
import { SHORTHAND, STOP_WORDS } from "./vocabulary.js";

/** Lowercase, strip accents, and write money and power figures one way ("$30bn" → "30 billion dollar"). */
export function normalizeText(text: string): string {
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const lower = (ascii ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).toLowerCase();
  const worded = digitsForNumberWords(ascii ? lower : lower.replace(EMOJI, (e) => ` ${EMOJI_WORDS[e]} `));
  // Most texts have no figure and no odd apostrophe: nothing below would change them.
  if (!MAY_REWRITE.test(worded)) return worded;
  return worded
    .replace(/[’‘`´]/g, "'")
    .replace(/\$\s*(\d+(?:[.,]\d+)?)(?:\s*(k|m|mn|b|bn|t|tn)\b)?/g, (_m, n: string, unit?: string) => ` ${n} ${unit ? `${unitWord(unit)} ` : ""}dollar `)
    .replace(/\b(\d+(?:[.,]\d+)?)\s*(bn|b|billion|mn|m|million|tn|t|trillion|gw|k)\b/g, (_m, n: string, unit: string) => `${n} ${unitWord(unit)}`)
    .replace(/(\d),(\d)/g, "$1.$2")
    .replace(/(\d+)\s*%/g, "$1 percent")
    .replace(/%/g, " percent ");
}

const MAY_REWRITE = /[\d$%’‘`´]/;

// Chat says some things with emoji: "ACME 📈🚀 what happened?" asks about the stock going up.
const EMOJI_WORDS: Record<string, string> = {
  "📈": "rise",
  "📉": "drop",
  "🚀": "surge",
  "💰": "money",
  "💵": "money",
  "💸": "money",
  "⚡": "power",
  "🔌": "power",
  "🏭": "datacenter",
};
const EMOJI = new RegExp(Object.keys(EMOJI_WORDS).join("|"), "gu");

function unitWord(unit: string | undefined): string {
  switch (unit) {
    case "k":
      return "thousand";
    case "m":
    case "mn":
    case "million":
      return "million";
    case "b":
    case "bn":
    case "billion":
      return "billion";
    case "t":
    case "tn":
    case "trillion":
      return "trillion";
    case "gw":
      return "gigawatt";
    default:
      return "";
  }
}

const WORD = /\d+(?:\.\d+)?|[a-z0-9]+(?:'[a-z]+)?/g;

/** Words of already-normalised text: letters and digits, decimals kept together ("4.5"). */
export function splitWords(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

/** Raw words of any text, with no lexicon: for generic checks that need no names. */
export function plainWords(text: string): string[] {
  return splitWords(normalizeText(text));
}

// Porter would fold these onto other words ("news" → "new", "expense" → "expensive").
const UNSTEMMED = new Set(["news", "us", "gas", "chips", "series", "analysis", "business", "expense", "expenses"]);

// Stemming is the dearest step of reading a word, and the same words recur across every card and question.
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

/** Porter stem, except for numbers and a few words it would merge with others. */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = word.length <= 3 || /\d/.test(word) || UNSTEMMED.has(word) ? word : stemmer(word);
    // Bounded: a flood of junk words must not grow memory without limit.
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** The word without a possessive 's and other apostrophes ("maker's" → "maker", "don't" → "dont"). */
export function withoutApostrophes(word: string): string {
  return word.includes("'") ? word.replace(/'s$/, "").replace(/'/g, "") : word;
}

/** Stop words and shorthand folded, then stemmed; null for a stop word. No lexicon: see TextAnalyzer for that. */
export function plainTerm(word: string): string | null {
  const bare = withoutApostrophes(word);
  if (!bare || STOP_WORDS.has(word) || STOP_WORDS.has(bare)) return null;
  const short = Object.hasOwn(SHORTHAND, bare) ? SHORTHAND[bare]! : bare;
  // A shorthand for a stop word ("wat" for "what") is a stop word too.
  return STOP_WORDS.has(short) ? null : stem(short);
}
