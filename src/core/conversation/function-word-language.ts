import { wordCount } from "../text/common-words.js";
import { FUNCTION_WORDS } from "./function-words.js";

/** A word used at least this often in everyday English counts as English, even when another language has it too. */
const ENGLISH_COUNT = 1000;
/** Function words of one language a message needs before it is read as that language. */
const MIN_HITS = 2;
/** Share of the message's words (names left out) that must be that language's function words. */
const MIN_SHARE = 0.5;

/** Accented letters English does not write (a café aside, which has no function words around it). */
const NON_ENGLISH_LETTER = /[àâäãåèéêëìíîïòóôöõùúûüñçßœ]/i;

let lexicons: Map<string, Set<string>> | null = null;

function load(): Map<string, Set<string>> {
  if (!lexicons) {
    lexicons = new Map(Object.entries(FUNCTION_WORDS).map(([language, words]) => [language, new Set(words.trim().split(/\s+/))]));
  }
  return lexicons;
}

/** Words with an elision's apostrophe kept ("l'accordo" → "l'", "accordo"); curly apostrophes straightened. */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").match(/[\p{L}][\p{L}-]*'?/gu) ?? []).map((w) => w.replace(/-+$/, ""));
}

/** A word English uses every day ("die", "was", "come"): never evidence of another language. */
function isEnglish(word: string): boolean {
  const bare = word.replace(/'$/, "");
  return bare.length > 0 && /^[a-z]+$/.test(bare) && wordCount(bare) >= ENGLISH_COUNT;
}

/**
 * The language a short message is written in, read from its function words, or null. Trigram detectors guess
 * on two to five words; function words do not: "wie viel kostet das?" has four German ones and no English.
 * A message is that language when at least two of its words, and at least half of them (names the knowledge
 * knows left out, `isName`), are that language's function words that are not also everyday English.
 */
export function functionWordLanguage(text: string, isName: (word: string) => boolean = () => false): string | null {
  const words = wordsOf(text).filter((w) => !isName(w.replace(/'$/, "")));
  if (!words.length) return null;
  let best: { language: string; hits: number; english: number } | null = null;
  for (const [language, lexicon] of load()) {
    const hits = words.filter((w) => lexicon.has(w) && !isEnglish(w));
    const english = words.filter((w) => !hits.includes(w) && isEnglish(w)).length;
    if (!best || hits.length > best.hits) best = { language, hits: hits.length, english };
  }
  if (!best) return null;
  const share = best.hits / words.length;
  // "wat is de deal waard?": languages close to English share some words; their own still outnumber the English ones.
  if (best.hits >= MIN_HITS && (share >= MIN_SHARE || best.hits >= best.english)) return best.language;
  // "quién paga?": one function word is enough next to letters English does not use.
  if (best.hits >= 1 && share >= MIN_SHARE && NON_ENGLISH_LETTER.test(text)) return best.language;
  return null;
}

/** Whether any word of the message is another language's function word that is not everyday English ("hoeveel"). */
export function hasOtherLanguageWord(text: string): boolean {
  const lexicons = [...load().values()];
  return wordsOf(text).some((w) => !isEnglish(w) && lexicons.some((lexicon) => lexicon.has(w)));
}
