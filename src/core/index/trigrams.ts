/**
 * Character-trigram likeness between a question and a card's example questions. It sees what word-level
 * matching misses: other word forms and spellings ("industrialization" and "industrialisation"), words run
 * together or split ("datacentre", "data-centre"), and typos the corrector leaves alone.
 */

/** The distinct trigrams of a text as sorted numbers (three 8-bit character codes each), padded with spaces. */
export function trigramsOf(text: string): Uint32Array {
  const codes = readCodes(text);
  const grams = new Uint32Array(Math.max(0, codes - 2));
  return grams.slice(0, writeTrigrams(codes, grams, 0));
}

const ASCII = /^[\x00-\x7f]*$/;
const SPACE = 32;
/** Up to this many trigrams are sorted by insertion. */
const SHORT = 100;

/** The character codes last read by readCodes; grown as needed. */
let codeBuffer = new Uint8Array(256);

/**
 * Reads the text's character codes into codeBuffer, and returns how many: lower-cased, accents and apostrophes
 * dropped, other runs of non-alphanumerics one space, padded with spaces. Plain ASCII (most texts, and the build
 * reads every example question) in one pass.
 */
function readCodes(text: string): number {
  if (!ASCII.test(text)) {
    const clean = ` ${text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()} `;
    room(clean.length);
    for (let i = 0; i < clean.length; i++) codeBuffer[i] = clean.charCodeAt(i);
    return clean.length;
  }
  room(text.length + 2);
  let n = 0;
  codeBuffer[n++] = SPACE;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 39) continue; // an apostrophe joins its word: "where's" is "wheres"
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) codeBuffer[n++] = c;
    else if (codeBuffer[n - 1] !== SPACE) codeBuffer[n++] = SPACE;
  }
  if (codeBuffer[n - 1] !== SPACE) codeBuffer[n++] = SPACE;
  return n;
}

function room(size: number): void {
  if (codeBuffer.length < size) codeBuffer = new Uint8Array(size * 2);
}

/** Writes the distinct trigrams of the first `codes` codes in codeBuffer, sorted, into out from `at`; returns how many. */
function writeTrigrams(codes: number, out: Uint32Array, at: number): number {
  const count = Math.max(0, codes - 2);
  if (count > SHORT) {
    for (let i = 0; i < count; i++) out[at + i] = (codeBuffer[i]! << 16) | (codeBuffer[i + 1]! << 8) | codeBuffer[i + 2]!;
    out.subarray(at, at + count).sort();
  } else {
    // Insertion sort: a question's few dozen trigrams sort faster so than through a subarray's sort().
    for (let i = 0; i < count; i++) {
      const gram = (codeBuffer[i]! << 16) | (codeBuffer[i + 1]! << 8) | codeBuffer[i + 2]!;
      let j = at + i;
      for (; j > at && out[j - 1]! > gram; j--) out[j] = out[j - 1]!;
      out[j] = gram;
    }
  }
  // Sorted, so repeats sit together: keep the first of each.
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || out[at + i] !== out[at + i - 1]) out[at + distinct++] = out[at + i]!;
  return distinct;
}

/** Jaccard similarity of two sorted trigram lists, in [0,1]. */
export function likeness(a: Uint32Array, b: Uint32Array): number {
  return likenessTo(a, b, 0, b.length);
}

/** Jaccard similarity of a sorted trigram list and b[from..to), in [0,1]. */
function likenessTo(a: Uint32Array, b: Uint32Array, from: number, to: number): number {
  let i = 0;
  let j = from;
  let shared = 0;
  while (i < a.length && j < to) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + (to - from) - shared;
  return union ? shared / union : 0;
}

/** Each card's example questions as trigram lists, built once, all in one array. */
export class TrigramIndex {
  private grams: Uint32Array;
  /** Question q's trigrams are grams[starts[q]..starts[q + 1]). */
  private readonly starts: Int32Array;
  /** Card c's questions are firstOf[c]..firstOf[c + 1]. */
  private readonly firstOf: Int32Array;

  constructor(questions: string[][]) {
    let count = 0;
    let size = 0;
    for (const qs of questions) {
      count += qs.length;
      for (const q of qs) size += q.length;
    }
    this.grams = new Uint32Array(size);
    this.starts = new Int32Array(count + 1);
    this.firstOf = new Int32Array(questions.length + 1);
    let q = 0;
    let at = 0;
    questions.forEach((qs, c) => {
      this.firstOf[c] = q;
      for (const text of qs) {
        const codes = readCodes(text);
        if (at + codes > this.grams.length) {
          const grown = new Uint32Array((at + codes) * 2);
          grown.set(this.grams.subarray(0, at));
          this.grams = grown;
        }
        at += writeTrigrams(codes, this.grams, at);
        this.starts[++q] = at;
      }
    });
    this.firstOf[questions.length] = q;
  }

  /** The question's likeness to the card's closest example question. */
  closest(query: Uint32Array, card: number): number {
    let best = 0;
    if (card < 0 || card + 1 >= this.firstOf.length) return best;
    for (let q = this.firstOf[card]!; q < this.firstOf[card + 1]!; q++) best = Math.max(best, likenessTo(query, this.grams, this.starts[q]!, this.starts[q + 1]!));
    return best;
  }
}
