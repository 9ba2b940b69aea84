/**
 * Character-trigram likeness between a question and a card's example questions. It sees what word-level
 * matching misses: other word forms and spellings ("industrialization" and "industrialisation"), words run
 * together or split ("datacentre", "data-centre"), and typos the corrector leaves alone.
 */

/** The distinct trigrams of a text as sorted numbers (three 8-bit character codes each), padded with spaces. */
export function trigramsOf(text: string): Uint32Array {
  const codes = ASCII.test(text) ? asciiCodes(text) : cleanCodes(text);
  const grams = new Uint32Array(Math.max(0, codes.length - 2));
  for (let i = 0; i + 2 < codes.length; i++) grams[i] = (codes[i]! << 16) | (codes[i + 1]! << 8) | codes[i + 2]!;
  grams.sort();
  // Sorted, so repeats sit together: keep the first of each.
  let distinct = 0;
  for (let i = 0; i < grams.length; i++) if (i === 0 || grams[i] !== grams[i - 1]) grams[distinct++] = grams[i]!;
  return grams.slice(0, distinct);
}

const ASCII = /^[\x00-\x7f]*$/;
const SPACE = 32;

/** Character codes of the text lower-cased, accents and apostrophes dropped, other runs of non-alphanumerics one space, padded with spaces. */
function cleanCodes(text: string): number[] {
  const clean = ` ${text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  return Array.from(clean, (c) => c.charCodeAt(0));
}

/** The same as cleanCodes for plain ASCII, in one pass (most texts, and the build reads every example question). */
function asciiCodes(text: string): number[] {
  const codes = [SPACE];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 39) continue; // an apostrophe joins its word: "where's" is "wheres"
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) codes.push(c);
    else if (codes[codes.length - 1] !== SPACE) codes.push(SPACE);
  }
  if (codes[codes.length - 1] !== SPACE) codes.push(SPACE);
  return codes;
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
