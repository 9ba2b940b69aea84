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

  /** `cards`: each card's questions as term numbers, repeats allowed; `idfs`: the idf of each term number. */
  constructor(cards: readonly (readonly number[][])[], idfs: ArrayLike<number>) {
    let questions = 0;
    let terms = 0;
    for (const qs of cards) {
      questions += qs.length;
      for (const q of qs) terms += q.length;
    }
    const ids = new Int32Array(terms);
    this.starts = new Int32Array(questions + 1);
    this.firstOf = new Int32Array(cards.length + 1);
    this.idfSums = new Float64Array(questions);
    let q = 0;
    let at = 0;
    cards.forEach((qs, d) => {
      this.firstOf[d] = q;
      for (const list of qs) {
        const start = at;
        let idf = 0;
        terms: for (const t of list) {
          for (let i = start; i < at; i++) if (ids[i] === t) continue terms;
          ids[at++] = t;
          idf += idfs[t]!;
        }
        this.idfSums[q] = idf;
        this.starts[++q] = at;
      }
    });
    this.firstOf[cards.length] = q;
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
