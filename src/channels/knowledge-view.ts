import type { SourceRef } from "../core/answer.js";
import type { Article, Card } from "../knowledge/schema.js";

/** The part of a knowledge base the channel features read: articles and their cards. */
export interface KnowledgeView {
  articles: Article[];
  cards: Card[];
}

export function sourceRef(article: Article): SourceRef {
  return { id: article.id, title: article.title, published: article.published, url: article.url ?? null };
}

/** Newest first; "2025-09" sorts after "2025", which is as precise as the articles are. */
export function newestFirst(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => (a.published === b.published ? 0 : a.published < b.published ? 1 : -1));
}

const SENTENCE_END = /(?<!\b(?:approx|e\.g|i\.e|vs|Mr|Ms|Dr|St|No|Inc|Corp|Ltd|U\.S))[.!?](?=\s+[A-Z(“"])/g;

/** A card's answer in brief: whole sentences up to `max` characters (at least one, cut with "…" if it alone is longer). */
export function brief(answer: string, max = 220): string {
  const text = answer.replace(/\s+/g, " ").trim();
  let cut = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + 1;
    if (end > max) break;
    cut = end;
  }
  if (cut === 0 && text.length <= max) return text;
  if (cut > 0 && (text.length > max || cut === text.length)) return text.slice(0, cut);
  if (text.length <= max) return text;
  const words = text.slice(0, max - 1);
  return `${words.slice(0, Math.max(words.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

/** A fact in brief with what it answers: "How much is it worth? It depends on the source…". */
export function factLine(card: Card, max = 220): string {
  const question = card.questions[0]!.trim();
  return `${question.endsWith("?") ? question : `${question}?`} ${brief(card.answer, max)}`;
}

/** The cards citing an article, the ones that cite it first and cite the fewest others first. */
export function cardsOf(view: KnowledgeView, articleId: string): Card[] {
  return view.cards
    .filter((card) => card.sources.includes(articleId))
    .map((card, order) => ({ card, order, rank: (card.sources[0] === articleId ? 0 : 10) + card.sources.length }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((x) => x.card);
}

/** Key facts of an article first: cards led by it, then the disputed ones and those giving a figure. */
export function keyCardsOf(view: KnowledgeView, articleId: string): Card[] {
  const weight = (card: Card) =>
    (card.sources[0] === articleId ? 4 : 0) + (card.disputed ? 2 : 0) + (/\d/.test(card.answer) ? 1 : 0);
  return cardsOf(view, articleId)
    .map((card, order) => ({ card, order, weight: weight(card) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((x) => x.card);
}
