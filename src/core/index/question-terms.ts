import type { TermRuns } from "./term-runs.js";

/**
 * Each card's example questions as sets of term numbers, packed in flat arrays (one object for every card, not a
 * set per question), with each question's idf sum.
 */
export class QuestionTerms {
  /** Question q's distinct terms are ids[starts[q]..starts[q + 1]), in order of first use. */
  private readonly ids: Int32Array;
  private readonly starts: Int32Array;
  /** Card d's questions are firstOf[d]..firstOf[d + 1]. */
  private readonly firstOf: Int32Array;
  /** Sum of idf over each question's distinct terms. */
  readonly idfSums: Float64Array;
  /** The same with the main story's idfs, when the index keeps them (see CardIndex). */
  readonly baseIdfSums: Float64Array | null;

  /**
   * `read`: the questions as term numbers, repeats allowed, question q being read's text q; `firstOf`: each card's
   * first question, and the number of questions last; `idfs`: the idf of each term number.
   */
  constructor(read: TermRuns, firstOf: Int32Array, idfs: ArrayLike<number>, baseIdfs?: ArrayLike<number>) {
    const questions = firstOf[firstOf.length - 1]!;
    const ids = new Int32Array(read.start(questions));
    this.starts = new Int32Array(questions + 1);
    this.firstOf = firstOf;
    this.idfSums = new Float64Array(questions);
    this.baseIdfSums = baseIdfs ? new Float64Array(questions) : null;
    let at = 0;
    for (let q = 0; q < questions; q++) {
      const start = at;
      let idf = 0;
      let baseIdf = 0;
      terms: for (let i = read.start(q); i < read.end(q); i++) {
        const t = read.ids[i]!;
        for (let j = start; j < at; j++) if (ids[j] === t) continue terms;
        ids[at++] = t;
        idf += idfs[t]!;
        if (baseIdfs) baseIdf += baseIdfs[t]!;
      }
      this.idfSums[q] = idf;
      if (this.baseIdfSums) this.baseIdfSums[q] = baseIdf;
      this.starts[q + 1] = at;
    }
    this.ids = ids.slice(0, at);
  }

  /** The card's questions, as numbers for `has` and `idfSums`. */
  first(card: number): number {
    return this.firstOf[card]!;
  }

  end(card: number): number {
    return this.firstOf[card + 1]!;
  }

  /** Whether question q has the term (-1, a term no card has, is in none). */
  has(question: number, term: number): boolean {
    for (let i = this.starts[question]!; i < this.starts[question + 1]!; i++) if (this.ids[i] === term) return true;
    return false;
  }

  /** Whether any of the card's questions has the term. */
  cardHas(card: number, term: number): boolean {
    for (let i = this.starts[this.firstOf[card]!]!; i < this.starts[this.firstOf[card + 1]!]!; i++) if (this.ids[i] === term) return true;
    return false;
  }
}
