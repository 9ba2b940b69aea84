/**
 * Cards by their example questions' words: a question typed as one of a card's own examples (case, punctuation and
 * accents aside) is that card, the first such card when several share it. Filed under a number made from the
 * words, not the joined words themselves (no string kept per question); a hit is checked word for word.
 */
export class ExampleQuestions {
  /** The first card filed under each number; the later ones under a number already taken, in `more`. */
  private readonly first = new Map<number, number>();
  private readonly more = new Map<number, number[]>();

  /** `keyOf`: a card's example question as its words joined by spaces, the way `find` is given a question. */
  constructor(private readonly questionsOf: (card: number) => readonly string[], private readonly keyOf: (question: string) => string) {}

  /** Files a card's example question, read as the word numbers ids[from..to), the words being `word(id)`. */
  add(card: number, ids: Int32Array, from: number, to: number, word: (id: number) => string): void {
    let hash = 0;
    for (let i = from; i < to; i++) {
      if (i > from) hash = step(hash, SPACE);
      const w = word(ids[i]!);
      for (let k = 0; k < w.length; k++) hash = step(hash, w.charCodeAt(k));
    }
    const key = hash & MASK;
    const known = this.first.get(key);
    if (known === undefined) this.first.set(key, card);
    else if (known !== card) {
      const list = this.more.get(key);
      if (!list) this.more.set(key, [card]);
      else if (list[list.length - 1] !== card) list.push(card);
    }
  }

  /** The card with the question among its examples (its words joined by spaces), or undefined. */
  find(key: string): number | undefined {
    let hash = 0;
    for (let k = 0; k < key.length; k++) hash = step(hash, key.charCodeAt(k));
    const first = this.first.get(hash & MASK);
    if (first === undefined) return undefined;
    for (const card of [first, ...(this.more.get(hash & MASK) ?? [])]) {
      if (this.questionsOf(card).some((q) => this.keyOf(q) === key)) return card;
    }
    return undefined;
  }
}

const BASE = 0x01000193;
const SPACE = 32;
/** Kept to small integers, which a Map holds without boxing. */
const MASK = 0x3fffffff;

function step(hash: number, code: number): number {
  return (Math.imul(hash, BASE) + code) | 0;
}
