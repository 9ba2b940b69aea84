import { stemmer } from "stemmer";
import { digitsForNumberWords } from "./number-words.js";
import { SHORTHAND, STOP_WORDS } from "./vocabulary.js";

/** Lowercase, strip accents, and write money and power figures one way ("$30bn" → "30 billion dollar"). */
export function normalizeText(text: string): string {
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const lower = (ascii ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).toLowerCase();
  const worded = digitsForNumberWords(ascii ? lower : lower.replace(EMOJI, (e) => ` ${EMOJI_WORDS[e]} `));
  const dated = mayRewriteWords(worded) ? rewriteWords(worded) : worded;
  // Most texts have no figure and no odd apostrophe: nothing below would change them.
  if (!MAY_REWRITE.test(dated)) return dated;
  return dated
    .replace(/[’‘`´]/g, "'")
    .replace(DAY_AFTER_MONTH, "$1 day$2")
    .replace(DAY_BEFORE_MONTH, "day$1 $2")
    .replace(/\$\s*(\d+(?:[.,]\d+)?)(?:\s*(k|m|mn|b|bn|t|tn)\b)?/g, (_m, n: string, unit?: string) => ` ${n} ${unit ? `${unitWord(unit)} ` : ""}dollar `)
    .replace(/\b(\d+(?:[.,]\d+)?)\s*(bn|b|billion|mn|m|million|tn|t|trillion|gw|k)\b/g, (_m, n: string, unit: string) => `${n} ${unitWord(unit)}`)
    // A dollar sign with no figure ("how much $$ is going into it") still asks about money.
    .replace(/\$+/g, " dollar ")
    .replace(/(\d),(\d)/g, "$1.$2")
    .replace(/(\d+)\s*%/g, "$1 percent")
    .replace(/%/g, " percent ");
}

const MAY_REWRITE = /[\d$%’‘`´]/;

/**
 * A day of the month is a word of its own ("June 10" → "june day10"): the 10 of a date is not the 10 of "10 GW", and
 * a question about one must not match a card about the other.
 */
const MONTH_NAME = "(?:january|february|march|april|maymonth|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
const DAY_AFTER_MONTH = new RegExp(String.raw`\b(${MONTH_NAME})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]\d)`, "g");
const DAY_BEFORE_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME})\b`, "g");

/**
 * Whether lower-case text holds words read other than as written: the month "may", "what kinda", an idiom.
 * Cheap: a text without any of these strings is left as it is (see WordTable's plain-text path, whose
 * REWRITABLE_WORD must match a word of each string added here).
 */
export function mayRewriteWords(lower: string): boolean {
  return lower.includes("may") || lower.includes("kinda") || lower.includes("kind a") || lower.includes("sorta") || lower.includes(" in it for ") || lower.includes(" out of ") || (lower.includes(" when ") && WHEN_CLAUSE.test(lower)) || lower.includes("t from ") || lower.includes("ng from ") || lower.includes("own") || lower.includes("hw") || lower.includes(" fit") || lower.includes("first place") || (lower.includes("where") && lower.includes(" in "));
}

/** The first word of a clause after "when" ("when the news broke", "when they signed"). */
const CLAUSE_START = String.raw`(?:the|a|an|it|its|they|their|this|that|we|he|she|you|i|news)\b`;
/** "when" before a clause: the only "when" that WHEN_AS may rewrite. */
const WHEN_CLAUSE = new RegExp(String.raw`\swhen\s+${CLAUSE_START}`);

function rewriteWords(lower: string): string {
  return lower.replace(MONTH_MAY, "maymonth").replace(KIND_OF, "$1 kind of").replace(IN_IT_FOR, "benefit for").replace(FIRST_PLACE, " ").replace(GET_OUT_OF, "$1 gain from ").replace(OWN_VERB, "owns").replace(HW_HARDWARE, "hardware").replace(WHERE_FIT, "what role $1 $2 play in").replace(WHERE_IN_THIS, "what role does $1 play in this").replace(WHEN_AS, "as");
}
/**
 * "what happened to the stock when the news broke": "when" after a word of the question's own, before a clause,
 * ties two events together; it does not ask for a date. After "and", "from" or a verb of asking it still does
 * ("my boss asks when the contract starts").
 */
const WHEN_AS = new RegExp(
  String.raw`(?<=\b(?!(?:and|but|so|or|then|from|since|until|till|by|ask|asks|asked|asking|wonder|wonders|wondering|wondered|know|knows|tell|explain|remember|remind|me|us|you|is|was|are|were|about|of|on|at|to|exactly|just|again)\b)[a-z']{2,}\s+)when(?=\s+${CLAUSE_START})`,
  "g",
);
/** "where does Acme fit in (all this)": the part Acme plays, not a place. */
const WHERE_FIT = /\bwhere\s+(do|does|did|will|would)\s+([^?.!]+?)\s+fits?(?:\s+(?:in|into))?\b/g;
/** "where's Acme in all this": the part Acme plays, not where it is. */
const WHERE_IN_THIS = /\bwhere(?:'s|s|\s+is|\s+are)\s+([^?.!]+?)\s+in\s+(?:all\s+(?:of\s+)?(?:this|that|it)|the\s+(?:picture|mix))\b/g;
/** "hw" is "how" in "hw much…", but hardware in "what hw do they run" and "acme hw?". */
const HW_HARDWARE = /(?<=\b(?:what|which|the|their|its|our|your|any|of|new|for|\w+'s)\s+)hw\b|\bhw(?=\s*(?:[?!.,;]|$))/g;
/** "does Acme own a stake", "how much do they own": the verb, not "its own" (a stop word). */
const OWN_VERB = /(?<!(?:\b(?:my|your|his|her|its|our|their|on|of|whose)|'s)\s+)\bown\b(?!\s+(?:way|words|right|site|sites|chips?|data|cloud|models?|infrastructure|hardware|servers?|compute|capacity|stack)\b)/g;
/**
 * Idioms whose meaning lies in stop words: "what's in it for Acme", "what does Acme get out of it" and "what does
 * Acme get from this" ask what Acme gains ("get from Globex" asks what Globex supplies).
 */
const IN_IT_FOR = /\bin it for\b/g;
/** "why did they pick Acme in the first place": an idiom for "at all", not a place. */
const FIRST_PLACE = /\bin\s+the\s+first\s+place\b/g;
const GET_OUT_OF = /\b(get|gets|getting|got)\s+(?:out\s+of|from\s+(?=(?:this|that|it|the\s+(?:deal|partnership|agreement|contract|arrangement))\b))/g;
/** "what kinda jobs" asks what kind of jobs; elsewhere "kinda" is a hedge ("kinda big"), a stop word. */
const KIND_OF = /\b(what|which|any|some|the|that|this)\s+(?:kinda|kind\s+a|sorta)\b/g;
/**
 * "May" the month, not the verb (a stop word): after an article or a preposition of time, or before a day or
 * year ("the May deal", "since may", "May 2025"). Read as its own word.
 */
const MONTH_MAY = /(?<=\b(?:the|in|since|by|until|till|from|of|early|late|mid|last|this|next|on|during|before|after|around|through|to|and)\s+)may\b(?!\s+(?:be|have|not|well|also|need|want|take|get|come|go|see)\b)|\bmay(?=\s+\d)/g;

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

// Porter would fold these onto other words ("news" → "new", "expense" → "expensive", "installment" → "installed").
const UNSTEMMED = new Set(["news", "us", "gas", "chips", "series", "analysis", "business", "expense", "expenses", "installment", "installments", "instalment", "instalments"]);

// Stemming is the dearest step of reading a word, and the same words recur across every card and question.
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

/** Porter stem, except for numbers and a few words it would merge with others. */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    // Short words are kept as typed ("gw", "ai"), except a verb or noun in vowel + "y" ("pay", "buy", "day"), whose
    // longer forms ("paying", "days") stem to "pai", "dai".
    const short = word.length <= 3 && !/^[a-z][aeiou]y$/.test(word);
    stemmed = short || /\d/.test(word) || UNSTEMMED.has(word) ? word : stemmer(word);
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
