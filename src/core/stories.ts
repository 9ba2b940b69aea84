import type { Card } from "../knowledge/schema.js";
import type { TextAnalyzer } from "./text/analyzer.js";
import { wordCount } from "./text/common-words.js";

/**
 * The stories a knowledge base tells: cards joined by the articles they cite. When a second deal is added
 * (Globex's chip deal next to Acme's cloud contract), a question that names nothing particular to it ("how many
 * gigawatts is it?") is read as about the main story, the one the knowledge covers with the most cards: a new
 * deal must not take over the questions people already ask. Naming the new deal, or anything only its cards
 * name, brings its cards back in.
 */
/** Named by at least this share of a story's cards: the story is about it. */
const CENTRAL = 0.5;
/** At most this fraction of that share in the main story's cards: the main story only mentions it. */
const PASSING = 0.1;
/** A word only a smaller story uses marks it when this many of its cards use it. */
const OWN_WORD_CARDS = 2;
/** A word this common in everyday English ("hold", "account") marks no story, however its cards use it. */
const EVERYDAY_USES = 2000;

export class Stories {
  /** The story of each card. */
  private readonly storyOf = new Map<Card, number>();
  private readonly main: number;
  /** Per story: entity terms at its heart that the main story names at most in passing, and words only its cards use. */
  private readonly own: Set<string>[] = [];
  /** Per story: its card count, and how many of its cards name each entity term. */
  private readonly sizes: number[];
  private readonly named: Map<string, number>[] = [];

  constructor(cards: readonly Card[], reader: TextAnalyzer) {
    const parent = cards.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    const firstCiting = new Map<string, number>();
    cards.forEach((card, i) => {
      for (const source of card.sources) {
        const other = firstCiting.get(source);
        if (other === undefined) firstCiting.set(source, i);
        else parent[root(i)] = root(other);
      }
    });
    const storyIds = new Map<number, number>();
    cards.forEach((card, i) => {
      const r = root(i);
      if (!storyIds.has(r)) storyIds.set(r, storyIds.size);
      this.storyOf.set(card, storyIds.get(r)!);
    });
    const sizes = new Array<number>(storyIds.size).fill(0);
    for (const s of this.storyOf.values()) sizes[s]!++;
    this.main = sizes.indexOf(Math.max(0, ...sizes));
    this.sizes = sizes;
    // One story (the usual case, and every synthetic benchmark): nothing to read.
    if (storyIds.size < 2) return;
    // Per story, how many of its cards name each entity term.
    const named = (this.named = sizes.map(() => new Map<string, number>()));
    for (const card of cards) {
      const text = [...card.questions, card.answer, ...(card.about ?? [])].join(" . ");
      const terms = new Set(reader.read(text).flatMap((w) => (w.entity ? [w.entity.term] : [])));
      const counts = named[this.storyOf.get(card)!]!;
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const mainNames = named[this.main]!;
    const mainSize = sizes[this.main]!;
    // A story's own names: those the main story never names, and those at the heart of the story (named by half
    // its cards) that the main story names only in passing (Globex, a supplier in two of Acme's forty cards).
    named.forEach((names, s) => {
      const own = [...names].filter(([t, n]) => {
        const inMain = (mainNames.get(t) ?? 0) / mainSize;
        const inStory = n / sizes[s]!;
        return inMain === 0 || (inStory >= CENTRAL && inMain <= inStory * PASSING);
      });
      this.own.push(new Set(own.map(([t]) => t)));
    });
    // Words only a smaller story's cards use, in two or more of them ("wafers" in a memory deal), mark it as a name does;
    // everyday words do not, since a question about anything may use them.
    const used = sizes.map(() => new Map<string, number>());
    for (const card of cards) {
      const counts = used[this.storyOf.get(card)!]!;
      for (const t of new Set(reader.terms([...card.questions, card.answer, ...(card.keywords ?? [])].join(" . ")))) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const mainUses = used[this.main]!;
    used.forEach((counts, s) => {
      if (s === this.main) return;
      for (const [t, n] of counts) if (n >= OWN_WORD_CARDS && !mainUses.has(t) && wordCount(t) < EVERYDAY_USES) this.own[s]!.add(t);
    });
  }

  get count(): number {
    return this.own.length || 1;
  }

  /**
   * How much the card's story is about the names: per name, the share of the story's cards that name it. With no
   * names, the story's share of all cards. Picks between cards that answer alike for every story ("tl;dr?").
   */
  weight(card: Card, names: ReadonlySet<string>): number {
    const story = this.storyOf.get(card)!;
    if (!names.size) return this.sizes[story]! / this.storyOf.size;
    const counts = this.named[story];
    if (!counts) return 0;
    let sum = 0;
    for (const n of names) sum += (counts.get(n) ?? 0) / this.sizes[story]!;
    return sum;
  }

  /** Whether a smaller story counts the entity term as its own (the new deal is about Globex). */
  ownedBySmaller(term: string): boolean {
    return this.own.some((names, s) => s !== this.main && names.has(term));
  }

  /** Whether the entity term is named by the main story's cards and by no other story's. */
  namedOnlyByMain(term: string): boolean {
    return this.named.length > 1 && this.named.every((names, s) => (s === this.main) === names.has(term));
  }

  isMain(card: Card): boolean {
    return this.storyOf.get(card) === this.main;
  }

  /** Whether the question names anything particular to a smaller story. */
  namesSmaller(named: ReadonlySet<string>): boolean {
    for (const term of named) if (this.ownedBySmaller(term)) return true;
    return false;
  }

  /** Whether the card belongs to a smaller story of which the question names nothing of its own. */
  unnamed(card: Card, named: ReadonlySet<string>): boolean {
    const story = this.storyOf.get(card)!;
    if (story === this.main || !this.own.length) return false;
    for (const term of this.own[story]!) if (named.has(term)) return false;
    return true;
  }
}
