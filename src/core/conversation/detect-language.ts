import { francAll } from "franc-min";
import { wordCount } from "../text/common-words.js";
import { functionWordLanguage } from "./function-word-language.js";

/** Scripts English is never written in. */
const OTHER_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}]/u;
/** Letters and marks other Latin-script languages use and English does not (¿, ñ, ß, é…). */
const FOREIGN_LATIN = /[¿¡ñçßàâäãåæèéêëìíîïòóôöõøœùúûüÿąćęłńśźżčďěňřšťůž]/i;
/** How often (per the word list) a word is used to count as everyday English. */
const EVERYDAY_ENGLISH = 200;
/** Below this many letters the detector guesses; only other evidence counts then. */
const MIN_LETTERS_ALONE = 18;

/**
 * Whether a message is written in a language other than English, read locally (franc, no network).
 * Short English messages ("ok thx", "acme capex?") fool trigram detectors, so the detector is trusted
 * only with evidence: a non-Latin script, letters English does not use, or a long text whose words are
 * mostly not English, or (short messages too) several function words of one other language. Names the
 * knowledge knows are left out of the count (`isName`).
 */
export function isOtherLanguage(text: string, isName: (word: string) => boolean = () => false): boolean {
  // Inverted marks are Spanish only.
  if (/[¿¡]/.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (!letters.length) return false;
  const otherScript = [...letters].filter((c) => OTHER_SCRIPT.test(c)).length;
  if (otherScript / letters.length > 0.3) return true;
  // Short questions ("wie viel kostet das?") are too short for trigrams; their function words tell.
  if (functionWordLanguage(text, isName)) return true;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .filter((w) => w.length > 1 && !isName(w));
  if (!words.length) return false;
  const english = words.filter((w) => englishUses(w) >= EVERYDAY_ENGLISH).length / words.length;
  // Mostly everyday English words: English, whatever the detector says.
  if (english >= 0.75) return false;
  // Names are in no language: the detector reads what is left ("tldr" of "tldr acme globex" is too short to judge).
  const unnamed = text.split(/\s+/).filter((w) => !isName(w.replace(/[^\p{L}\d']+/gu, "").toLowerCase())).join(" ");
  if (unnamed.replace(/[^\p{L}]/gu, "").length < MIN_LETTERS_ALONE && !FOREIGN_LATIN.test(unnamed)) return false;
  // How English the detector finds it, next to its best guess (1 = as likely as the best).
  const scores = francAll(unnamed, { minLength: 10 });
  const englishScore = scores.find(([code]) => code === "eng" || code === "sco")?.[1] ?? 0;
  if (scores[0]?.[0] === "und") return false;
  if (FOREIGN_LATIN.test(text)) return englishScore < 0.9 && english < 0.5;
  // Shorthand full of jargon ("gpu capex yoy") has no foreign function words; other languages have several.
  const shortForeign = words.filter((w) => w.length <= 4 && englishUses(w) < 1000).length;
  return englishScore < 0.7 && english <= 0.5 && (shortForeign >= 2 || englishScore < 0.5);
}

/** How often English uses a word, read through its possessive or contraction ("cloud's" as "cloud", "don't" as "dont"). */
function englishUses(word: string): number {
  const bare = word.replace(/'s$/, "");
  return Math.max(wordCount(word), wordCount(bare), wordCount(bare.replace(/'/g, "")));
}

/**
 * The words of names and aliases that are not everyday English ("nagasaki" of "Tadao Nagasaki"): each is a name when
 * the language is read, though only the whole name is an entity.
 */
export function rareNameWords(entities: readonly { name: string; aliases?: readonly string[] }[]): Set<string> {
  const words = entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).flatMap((n) => n.toLowerCase().split(/[^\p{L}\d']+/u));
  return new Set(words.filter((w) => w.length > 1 && wordCount(w) < EVERYDAY_ENGLISH));
}

/** Letters English does not use ("è", "ß", "ж"): with no card answering, a hint the message is in another language. */
export function hasForeignLetters(text: string): boolean {
  return FOREIGN_LATIN.test(text) || OTHER_SCRIPT.test(text);
}
