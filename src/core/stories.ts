import type { Card } from "../knowledge/schema.js";
import type { TextAnalyzer } from "./text/analyzer.js";

/**
 * The stories a knowledge base tells: cards joined by the articles they cite. When a second deal is added
 * (Globex's chip deal next to Acme's cloud contract), a question that names nothing particular to it ("how many
 * gigawatts is it?") is read as about the main story, the one the knowledge covers with the most cards: a new
 * deal must not take over the questions people already ask. Naming the new deal, or anything only its cards
 * name, brings its cards back in.
 */
export class Stories {
  /** The story of each card. */
  private readonly storyOf = new Map<Card, number>();
  private readonly main: number;
  /** Per story: entity terms only its cards name (none of the main story's cards do). */
  private readonly own: Set<string>[] = [];

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
    // One story (the usual case, and every synthetic benchmark): nothing to read.
    if (storyIds.size < 2) return;
    const named = sizes.map(() => new Set<string>());
    for (const card of cards) {
      const text = [...card.questions, card.answer, ...(card.about ?? [])].join(" . ");
      for (const w of reader.read(text)) if (w.entity) named[this.storyOf.get(card)!]!.add(w.entity.term);
    }
    const mainNames = named[this.main]!;
    for (const names of named) this.own.push(new Set([...names].filter((t) => !mainNames.has(t))));
  }

  get count(): number {
    return this.own.length || 1;
  }

  isMain(card: Card): boolean {
    return this.storyOf.get(card) === this.main;
  }

  /** Whether the card belongs to a smaller story of which the question names nothing of its own. */
  unnamed(card: Card, named: ReadonlySet<string>): boolean {
    const story = this.storyOf.get(card)!;
    if (story === this.main || !this.own.length) return false;
    for (const term of this.own[story]!) if (named.has(term)) return false;
    return true;
  }
}
