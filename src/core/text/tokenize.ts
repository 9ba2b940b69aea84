import { stemmer } from "stemmer";
import { digitsForNumberWords } from "./number-words.js";
import { ALIASES, ENTITIES, PHRASE_ALIAS_CUE, PHRASE_ALIASES, PLACES, STOP_WORDS } from "./vocabulary.js";

/** Lowercase, strip accents, and write money and power figures one way ("$30bn" → "30 billion dollar"). */
export function normalizeText(text: string): string {
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const lower = (ascii ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    // "US" in capitals is the country, "us" in lower case is a pronoun: tell them apart before lower-casing.
    .replace(/\bU\.?S\.?(?:A\.?)?(?![\w.])/g, " usa ")
    // State codes only in capitals: "OH data center" is Ohio, "oh" is a sigh. (GA is left alone: it also means "generally available".)
    .replace(/\b(OH|TX|MI|WI|WY|NM|PA|CA)\b/g, (code: string) => STATE_CODES[code]!)
    .toLowerCase();
  const joined = digitsForNumberWords(ascii ? lower : lower.replace(EMOJI, (e) => ` ${EMOJI_WORDS[e]} `))
    .replace(/\bunited states(?: of america)?\b/g, "usa")
    .replace(/[’‘`´]/g, "'")
    .replace(/\bopen[\s-]+ai\b/g, "openai")
    .replace(/\bstar[\s-]+gate\b/g, "stargate")
    .replace(/\bdata[\s-]*cent(?:er|re)s?\b/g, "datacenter")
    .replace(/\bchat[\s-]*gpt\b/g, "chatgpt");
  return (PHRASE_ALIAS_CUE.test(joined) ? PHRASE_ALIASES.reduce((out, [pattern, name]) => out.replace(pattern, name), joined) : joined)
    .replace(/\$\s*(\d+(?:[.,]\d+)?)(?:\s*(k|m|mn|b|bn|t|tn)\b)?/g, (_m, n: string, unit?: string) => ` ${n} ${unit ? `${unitWord(unit)} ` : ""}dollar `)
    .replace(/\b(\d+(?:[.,]\d+)?)\s*(bn|b|billion|mn|m|million|tn|t|trillion|gw|k)\b/g, (_m, n: string, unit: string) => `${n} ${unitWord(unit)}`)
    .replace(/(\d),(\d)/g, "$1.$2")
    .replace(/(\d+)\s*%/g, "$1 percent")
    .replace(/%/g, " percent ");
}

// Chat says some things with emoji: "ORCL 📈🚀 what happened?" asks about the stock going up.
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
  "🇺🇸": "usa",
};
const EMOJI = new RegExp(Object.keys(EMOJI_WORDS).join("|"), "gu");

const STATE_CODES: Record<string, string> = {
  OH: "ohio",
  TX: "texas",
  MI: "michigan",
  WI: "wisconsin",
  WY: "wyoming",
  NM: "new mexico",
  PA: "pennsylvania",
  CA: "california",
};

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

/** Raw words: letters and digits, decimals kept together ("4.5"). */
export function words(text: string): string[] {
  return normalizeText(text).match(/\d+(?:\.\d+)?|[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

const termCache = new Map<string, string | null>();

/** Fold one raw word to its index term, or null for a stop word. */
export function termOf(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    term = foldWord(word);
    // Bounded: a flood of junk words must not grow memory without limit.
    if (termCache.size > 200_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

// Porter would fold these onto other words ("news" → "new", "expense" → "expensive").
const UNSTEMMED = new Set(["news", "us", "gas", "chips", "texas", "series", "analysis", "business", "expense", "expenses"]);

/** Porter stem, except for numbers and a few words it would merge with others. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word) || UNSTEMMED.has(word)) return word;
  return stemmer(word);
}

function foldWord(word: string): string | null {
  const bare = word.replace(/'s$/, "").replace(/'/g, "");
  if (!bare || STOP_WORDS.has(word) || STOP_WORDS.has(bare)) return null;
  const aliased = Object.hasOwn(ALIASES, bare) ? ALIASES[bare]! : bare;
  // A shorthand for a stop word ("wat" for "what") is a stop word too.
  return STOP_WORDS.has(aliased) ? null : stem(aliased);
}

const termSet = (names: Set<string>) => new Set([...names].map((e) => termOf(e)).filter((t): t is string => t !== null));

/** Index terms of the named entities, for spotting a question about someone a card never mentions. */
export const ENTITY_TERMS = termSet(ENTITIES);
/** Index terms of the places among them. */
export const PLACE_TERMS = termSet(PLACES);

/** Index terms of a text, in order, stop words removed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const term = termOf(word);
    if (term) out.push(term);
  }
  return out;
}
