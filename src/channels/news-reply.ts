import type { SourceRef } from "../core/answer.js";
import type { Desk } from "../core/desk.js";
import type { Card } from "../knowledge/schema.js";
import { channelMessages, type Bold } from "./channel-messages.js";
import { differingFigures, figuresIn } from "./figures.js";
import { brief, factLine, keyCardsOf, sourceRef, type KnowledgeView } from "./knowledge-view.js";

export interface NewsFact {
  card: string;
  /** The card's answer in brief. */
  text: string;
  sources: SourceRef[];
  disputed: string | null;
}

export interface NewsReply {
  /** Set when the post names an article we know (by URL or title). */
  known: SourceRef | null;
  facts: NewsFact[];
  /** A figure in the post that none of the facts give. */
  differs: { posted: string; ours: string[] }[];
}

/** How many facts a reply gives. */
export const NEWS_FACTS = 3;
/** An alternative card joins the top one only when the desk gives it at least this confidence. */
const ALTERNATIVE_FLOOR = 0.25;

function factOf(card: Card, view: KnowledgeView): NewsFact {
  const sources = card.sources
    .map((id) => view.articles.find((a) => a.id === id))
    .filter((a) => a !== undefined)
    .map(sourceRef);
  return { card: card.id, text: factLine(card), sources, disputed: card.disputed ?? null };
}

/** Lowercase, one space, plain quotes and dashes: so a pasted headline matches the stored title. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** host + path, without scheme, www., query, fragment or trailing slash. */
export function normalizeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.replace(/^www\./, "").toLowerCase()}${parsed.pathname.replace(/\/+$/, "")}`;
  } catch {
    return null;
  }
}

/** URLs in a post; chat markup wraps them (`<https://…|label>` in Slack, `<https://…>` in Discord). */
export function urlsIn(text: string): string[] {
  return [...text.slice(0, 20_000).matchAll(/https?:\/\/[^\s<>|"')\]]+/g)].map((m) => m[0].replace(/[.,;:!?]+$/, ""));
}

/** The article a post names by URL or full title, if any. */
export function knownArticle(post: string, view: KnowledgeView): SourceRef | null {
  const posted = new Set(urlsIn(post).map(normalizeUrl).filter((u) => u !== null));
  const text = plain(post);
  for (const article of view.articles) {
    const url = article.url ? normalizeUrl(article.url) : null;
    if (url && posted.has(url)) return sourceRef(article);
    if (plain(article.title).length >= 12 && text.includes(plain(article.title))) return sourceRef(article);
  }
  return null;
}

/**
 * The "What we know" reply to a post in a news channel, or null when the post does not relate to the
 * knowledge (the desk's confidence in its best card is below `minConfidence`, and it names no known article).
 */
export function buildNewsReply(post: string, desk: Desk, view: KnowledgeView, minConfidence: number): NewsReply | null {
  const byId = new Map(view.cards.map((c) => [c.id, c]));
  const known = knownArticle(post, view);
  let cards: Card[];
  if (known) {
    cards = keyCardsOf(view, known.id).slice(0, NEWS_FACTS);
  } else {
    const text = post.replace(/https?:\/\/\S+/g, " ").trim();
    if (!text) return null;
    const answer = desk.ask(text);
    if (answer.status !== "answered" || !answer.card || answer.confidence < minConfidence) return null;
    const top = byId.get(answer.card);
    if (!top) return null;
    const more = [
      ...answer.alternatives.filter((a) => a.confidence >= ALTERNATIVE_FLOOR).map((a) => a.card),
      ...(top.related ?? []),
    ];
    cards = [top];
    for (const id of more) {
      const card = byId.get(id);
      if (card && !cards.includes(card)) cards.push(card);
      if (cards.length >= NEWS_FACTS) break;
    }
  }
  if (!cards.length && !known) return null;
  const facts = cards.map((card) => factOf(card, view));
  const ours = cards.flatMap((card) => figuresIn(card.answer));
  return { known, facts, differs: differingFigures(figuresIn(post), ours) };
}

/** The reply as text: markdown-ish lines a chat adapter can post as they are. */
export function formatNewsReply(reply: NewsReply, bold: Bold): string {
  const lines: string[] = [];
  if (reply.known) lines.push(bold(channelMessages.weHaveThisOne(reply.known.title, reply.known.published)));
  else lines.push(bold(channelMessages.whatWeKnow));
  for (const fact of reply.facts) {
    const titles = fact.sources.map((s) => `${s.title} (${s.published})`);
    lines.push(`• ${fact.text}${titles.length ? ` _${channelMessages.source(titles)}_` : ""}`);
    if (fact.disputed) lines.push(`   ⚠ ${channelMessages.disputed(brief(fact.disputed, 300))}`);
  }
  for (const d of reply.differs) lines.push(`⚠ ${channelMessages.sourcesDiffer(d.posted, d.ours)}`);
  return lines.join("\n");
}
