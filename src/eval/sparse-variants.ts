import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Card } from "../knowledge/schema.js";

/**
 * Copies of the knowledge in which some topic files are cut down to what a curator adding a new deal writes:
 * the first example question plus a few others, and the first few keywords. Fitting on these as well as on the
 * full cards teaches the confidence model how a thinly described card looks when it is the right one, so new
 * cards work without a refit. Variant v thins the topic files whose position is v modulo `count`, so every card
 * is thin in exactly one variant and competes with full cards there, as a new deal's cards do.
 */
export function sparseVariants(kb: KnowledgeBase, count = 3, seed = 7): KnowledgeBase[] {
  const topicOf = new Map<string, number>();
  kb.topics.forEach((t, i) => t.cards.forEach((id) => topicOf.set(id, i)));
  let s = seed >>> 0;
  const random = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const thin = (card: Card): Card => {
    const keep = 4 + Math.floor(random() * 5); // 4 to 8 example questions
    const rest = card.questions.slice(1).map((q) => ({ q, r: random() })).sort((a, b) => a.r - b.r).slice(0, keep - 1).map((x) => x.q);
    return { ...card, questions: [card.questions[0]!, ...rest], keywords: (card.keywords ?? []).slice(0, 5) };
  };
  return Array.from({ length: count }, (_, v) => ({
    ...kb,
    cards: kb.cards.map((c) => ((topicOf.get(c.id) ?? 0) % count === v ? thin(c) : c)),
  }));
}
