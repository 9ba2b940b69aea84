import Fuse from "fuse.js";
import type { Card } from "../knowledge/schema.js";

/** The baseline the core must beat: plain Fuse over every example question, default options. */
export function createFuseBaseline(cards: Pick<Card, "id" | "questions">[]) {
  const items = cards.flatMap((card) => card.questions.map((question) => ({ card: card.id, question })));
  const fuse = new Fuse(items, { keys: ["question"], includeScore: true });
  return {
    /** Best card and 1 - Fuse score as its confidence. */
    best(question: string): { card: string | null; confidence: number } {
      const [top] = fuse.search(question, { limit: 1 });
      return top ? { card: top.item.card, confidence: 1 - (top.score ?? 1) } : { card: null, confidence: 0 };
    },
  };
}
