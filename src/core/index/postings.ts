/**
 * Each term's cards, in card order, with the card's weight for the term, packed in flat arrays (a few typed arrays
 * for the whole index, not two arrays per term): term t's entries are at [starts[t], starts[t + 1]).
 */
export class Postings {
  readonly docs: Int32Array;
  readonly weights: Float64Array;
  readonly starts: Int32Array;

  /** `terms`, `docs`, `weights`: the entries (card d has term t with weight w), cards in increasing order; the first `count`. */
  constructor(termCount: number, count: number, terms: Int32Array, docs: Int32Array, weights: Float64Array) {
    this.starts = new Int32Array(termCount + 1);
    for (let e = 0; e < count; e++) this.starts[terms[e]! + 1]!++;
    for (let t = 0; t < termCount; t++) this.starts[t + 1]! += this.starts[t]!;
    const next = this.starts.slice(0, termCount);
    this.docs = new Int32Array(count);
    this.weights = new Float64Array(count);
    for (let e = 0; e < count; e++) {
      const at = next[terms[e]!]!++;
      this.docs[at] = docs[e]!;
      this.weights[at] = weights[e]!;
    }
  }

  /** How many cards have the term. */
  df(term: number): number {
    return this.starts[term + 1]! - this.starts[term]!;
  }

  /** Whether the card has the term. */
  has(term: number, doc: number): boolean {
    let lo = this.starts[term]!;
    let hi = this.starts[term + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.docs[mid]!;
      if (at === doc) return true;
      if (at < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
