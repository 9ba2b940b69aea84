/**
 * Which of the patterns telling what an answer gives (see inferGives in expectation.ts) an answer could match at
 * all, from one pass over its words. Each pattern needs a digit, a capital, or one of a few whole words (any case):
 * an answer with none of them is not tested against it, and most answers have none for most patterns.
 */
export const CUE_NUMBER = 1;
export const CUE_TIME = 2;
export const CUE_PLACE = 4;
export const CUE_REASON = 8;
/** A capital letter: "Mr", "Dr"… */
export const CUE_CAPITAL = 16;

// Each pattern's words: one of them stands whole in any text it matches (a digit or capital aside).
const WORDS: [number, string][] = [
  [CUE_NUMBER, "hundred hundreds thousand thousands million millions billion billions quarter half triple double dozen dozens two three four five six seven eight nine ten"],
  [CUE_TIME, "january february march april may june july august september october november december spring summer autumn fall winter year years month months week weeks quarter"],
  [CUE_PLACE, "state states site sites located location region regions country countries city town campus tenancy"],
  [CUE_REASON, "because so order help meet serve secure get gain keep add build expand reduce avoid aim aims goal driven reason why need demand"],
];

const BASE = 0x01000193;
const MASK = 0x3fffffff;
const step = (hash: number, code: number) => (Math.imul(hash, BASE) + code) | 0;

/** Cues by the hash of their word; words sharing a hash share cues (an answer is then only tested once more). */
const byHash = new Map<number, number>();
for (const [cue, words] of WORDS) {
  for (const word of words.split(" ")) {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
    byHash.set(hash & MASK, (byHash.get(hash & MASK) ?? 0) | cue);
  }
}

/**
 * The cues of a text: a pattern's bit is set when one of its words stands whole in it (as a regular expression's
 * \b…\b sees words: runs of ASCII letters, digits and "_"), lower-cased; a digit sets number and time, a capital
 * letter its own bit.
 */
export function cuesOf(text: string): number {
  let cues = 0;
  let hash = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const lower = c >= 97 && c <= 122;
    const upper = c >= 65 && c <= 90;
    const digit = c >= 48 && c <= 57;
    if (lower || upper || digit || c === 95) {
      if (upper) cues |= CUE_CAPITAL;
      if (digit) cues |= CUE_NUMBER | CUE_TIME;
      hash = step(inWord ? hash : 0, upper ? c + 32 : c);
      inWord = true;
    } else if (inWord) {
      cues |= byHash.get(hash & MASK) ?? 0;
      inWord = false;
    }
  }
  return cues;
}
