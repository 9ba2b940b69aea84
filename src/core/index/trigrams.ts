/**
 * Character-trigram likeness between a question and a card's example questions. It sees what word-level
 * matching misses: other word forms and spellings ("industrialization" and "industrialisation"), words run
 * together or split ("datacentre", "data-centre"), and typos the corrector leaves alone.
 */

/** The distinct trigrams of a text as sorted numbers (three 8-bit character codes each), padded with spaces. */
export function trigramsOf(text: string): Uint32Array {
  const clean = ` ${text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  const grams = new Set<number>();
  for (let i = 0; i + 2 < clean.length; i++) {
    grams.add((clean.charCodeAt(i) << 16) | (clean.charCodeAt(i + 1) << 8) | clean.charCodeAt(i + 2));
  }
  return Uint32Array.from(grams).sort();
}

/** Jaccard similarity of two sorted trigram lists, in [0,1]. */
export function likeness(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union ? shared / union : 0;
}

/** Each card's example questions as trigram lists, built once. */
export class TrigramIndex {
  private readonly cards: Uint32Array[][];

  constructor(questions: string[][]) {
    this.cards = questions.map((qs) => qs.map(trigramsOf));
  }

  /** The question's likeness to the card's closest example question. */
  closest(query: Uint32Array, card: number): number {
    let best = 0;
    for (const q of this.cards[card] ?? []) best = Math.max(best, likeness(query, q));
    return best;
  }
}
