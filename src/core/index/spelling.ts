import Fuse from "fuse.js";
import { editDistance } from "../text/edit-distance.js";
import { DeletionTable } from "./deletion-table.js";

const HAS_DIGIT = /\d/;
/** Two-letter endings of English word forms. */
const INFLECTION = /^(?:es|ed|er|ly|al|en|'s|s')$/;

/**
 * Corrects a word the index has never seen to a known word.
 *
 * One edit (the common typo) is found exactly and fast: every known word is
 * filed under itself and each of its one-letter deletions, and a typo shares
 * one of those keys with the word meant. Long words may carry two edits;
 * for those, Fuse searches small buckets of known words (same length give or
 * take two, same first or second letter). Every candidate must be within the
 * allowed edit distance (a swap of two letters counts as one), and the most
 * frequent word wins a tie. Words in `protect` (everyday English, named
 * entities) are never corrected: they are real words the index lacks.
 */
export class SpellingCorrector {
  /** Known words by each of their keys (the word and its one-letter deletions). */
  private readonly deletions: DeletionTable;
  private readonly buckets = new Map<number, string[]>();
  private readonly fuses = new Map<number, Fuse<string>>();
  private readonly frequency: Map<string, number>;
  private readonly cache = new Map<string, string | null>();

  private readonly protect: { has(word: string): boolean };

  constructor(frequency: Map<string, number>, protect: { has(word: string): boolean } = new Set()) {
    this.frequency = frequency;
    this.protect = protect;
    const filed: string[] = [];
    for (const word of frequency.keys()) {
      if (word.length < 3 || HAS_DIGIT.test(word)) continue;
      filed.push(word);
      const bucket = bucketKey(word.length, word.charCodeAt(0));
      const list = this.buckets.get(bucket);
      if (list) list.push(word);
      else this.buckets.set(bucket, [word]);
    }
    this.deletions = new DeletionTable(filed);
  }

  has(word: string): boolean {
    return this.frequency.has(word);
  }

  /** The known word meant, or null when nothing is close enough. */
  correct(word: string): string | null {
    if (this.frequency.has(word)) return word;
    if (word.length < 3 || HAS_DIGIT.test(word) || this.protect.has(word)) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const best = this.search(word);
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }

  private search(word: string): string | null {
    const maxEdits = word.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = Infinity;
    let bestFrequency = -1;
    const consider = (item: string) => {
      const distance = editDistance(word, item, maxEdits);
      if (distance > maxEdits) return;
      // A known word with two letters more after it is another word ("linkedin" is not "linked"), unless they are
      // an ending ("campuses" is "campus").
      if (distance === 2 && word.startsWith(item) && !INFLECTION.test(word.slice(item.length))) return;
      // Three-letter words are too easy to confuse: accept only a swap of letters ("teh").
      if (word.length === 3 && !isSwap(word, item)) return;
      // Among equally close words, a swap of neighbouring letters is the likelier slip ("wroth" is "worth", not "wrote"),
      // then one keeping the first letter, which people rarely mistype ("globx" is "globe", not "flobx").
      const frequency = (this.frequency.get(item) ?? 0) + (isSwap(word, item) ? 1e9 : 0) + (item[0] === word[0] ? 1e8 : 0);
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
        best = item;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    };
    this.deletions.lookup(word, consider);
    if (best || maxEdits < 2) return best;
    for (const initial of [word.charCodeAt(0), word.charCodeAt(1)]) {
      for (let length = word.length - 2; length <= word.length + 2; length++) {
        for (const { item } of this.fuse(bucketKey(length, initial))?.search(word, { limit: 5 }) ?? []) consider(item);
      }
      if (best) break;
    }
    return best;
  }

  /** Fuse indexes are built on first use: most buckets are never searched. */
  private fuse(key: number): Fuse<string> | undefined {
    let fuse = this.fuses.get(key);
    const words = this.buckets.get(key);
    if (!fuse && words) {
      fuse = new Fuse(words, { threshold: 0.45, ignoreLocation: true, isCaseSensitive: true });
      this.fuses.set(key, fuse);
    }
    return fuse;
  }
}

/** Words of a length and first letter (a UTF-16 code), as one number: no string is made per word. */
function bucketKey(length: number, initial: number): number {
  return length * 0x10000 + initial;
}

function isSwap(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
}
