/**
 * A generated knowledge base for benchmarks: pseudo-words drawn from a
 * Zipf-like distribution over a large vocabulary, so postings have the
 * skew of real text. Deterministic for a given seed.
 */
export interface SyntheticCard {
  id: string;
  questions: string[];
  keywords: string[];
  answer: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = "ka lo mi ne ru sa ti vo ze pa qu ri on al ex ta be co di fu ga he ji ku le mo nu pi ro su tu va we xi yo".split(" ");
const FILLER = ["how", "much", "what", "is", "the", "when", "where", "who", "does", "deal", "plan", "cost", "site", "power"];

export function syntheticCards(count: number, seed = 42, vocabularySize = 30000) {
  const random = rng(seed);
  const vocabulary = Array.from({ length: vocabularySize }, (_, i) => {
    let w = "";
    const n = 2 + (i % 3);
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
    return `${w}${i % 7 === 0 ? "" : String.fromCharCode(97 + (i % 26))}`;
  });
  // Zipf-like: index ~ vocabulary * u^3 favours frequent words.
  const word = () => vocabulary[Math.floor(vocabularySize * random() ** 3)]!;
  const filler = () => FILLER[Math.floor(random() * FILLER.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, () => (random() < 0.25 ? filler() : word())).join(" ");
  const cards: SyntheticCard[] = Array.from({ length: count }, (_, i) => ({
    id: `card-${i}`,
    questions: Array.from({ length: 4 }, () => `${phrase(4 + Math.floor(random() * 6))}?`),
    keywords: Array.from({ length: 3 }, word),
    answer: phrase(30 + Math.floor(random() * 40)),
  }));
  /** Questions as people would type them: words dropped, one typo, from a random card. */
  const queries = (n: number) =>
    Array.from({ length: n }, () => {
      const card = cards[Math.floor(random() * cards.length)]!;
      const ws = card.questions[Math.floor(random() * card.questions.length)]!.replace("?", "").split(" ").filter(() => random() > 0.2);
      const at = Math.floor(random() * ws.length);
      const w = ws[at];
      if (w && w.length > 4) ws[at] = w.slice(0, 1) + w[2] + w[1] + w.slice(3);
      return ws.join(" ") || word();
    });
  return { cards, queries };
}
