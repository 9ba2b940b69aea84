import type { Article, Card } from "../knowledge/schema.js";
import { channelMessages, type Bold } from "./channel-messages.js";
import { brief, factLine, cardsOf, type KnowledgeView } from "./knowledge-view.js";
import type { StateStore } from "../state/store.js";

export interface Announcement {
  /** Remembered once posted, so the same news is never announced twice. */
  key: string;
  article: Article | null;
  facts: string[];
  /** How many new facts there are (more than `facts` lists when many were added). */
  count: number;
  /** Older articles the new one disagrees with, and on what (the topic of the disputed card). */
  disagreements: { older: Article; on: string }[];
}

const KNOWN_KEY = "knowledge:known";
/** Facts listed in one announcement. */
export const ANNOUNCED_FACTS = 3;

interface Known {
  articles: string[];
  cards: string[];
}

/** What `next` adds over what was known: one announcement per new article (with its new cards), one for new cards of old articles. */
export function newsIn(known: Known, next: KnowledgeView): Announcement[] {
  const oldArticles = new Set(known.articles);
  const oldCards = new Set(known.cards);
  const newCards = next.cards.filter((c) => !oldCards.has(c.id));
  const out: Announcement[] = [];
  const covered = new Set<string>();
  for (const article of next.articles.filter((a) => !oldArticles.has(a.id))) {
    const cards = cardsOf(next, article.id).filter((c) => !oldCards.has(c.id));
    cards.forEach((c) => covered.add(c.id));
    out.push({
      key: `article:${article.id}`,
      article,
      facts: cards.slice(0, ANNOUNCED_FACTS).map((c) => factLine(c, 200)),
      count: cards.length,
      disagreements: disagreements(article, cards, next, oldArticles),
    });
  }
  const rest = newCards.filter((c) => !covered.has(c.id));
  if (rest.length)
    out.push({
      key: `cards:${rest.map((c) => c.id).sort().join(",")}`,
      article: null,
      facts: rest.slice(0, ANNOUNCED_FACTS).map((c) => factLine(c, 200)),
      count: rest.length,
      disagreements: [],
    });
  return out;
}

function disagreements(article: Article, cards: Card[], view: KnowledgeView, older: Set<string>): Announcement["disagreements"] {
  const out: Announcement["disagreements"] = [];
  for (const card of cards) {
    if (!card.disputed) continue;
    for (const id of card.sources) {
      const other = view.articles.find((a) => a.id === id);
      if (!other || other.id === article.id || !older.has(other.id) || out.some((d) => d.older.id === other.id)) continue;
      out.push({ older: other, on: card.topic });
    }
  }
  return out.slice(0, 2);
}

export function formatAnnouncement(a: Announcement, bold: Bold): string {
  const head = a.article ? channelMessages.newIn(a.article.title, a.article.published) : channelMessages.newFactsOnly;
  const lines = [`${bold(head)}: ${channelMessages.newFacts(a.count)}`, ...a.facts.map((f) => `• ${f}`)];
  for (const d of a.disagreements) lines.push(channelMessages.disagreesWith(d.older.title, d.on));
  return lines.join("\n");
}

export interface AnnouncerOptions {
  store: StateStore;
  /** Posts the announcement in every news channel. */
  publish: (announcement: Announcement) => Promise<void>;
}

/**
 * Announces what a knowledge change adds, once. What is known is kept in the store: the first run only
 * records a baseline, and a restart on the same knowledge announces nothing.
 */
export class Announcer {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: AnnouncerOptions) {}

  /** Call with every knowledge base that goes live (at start and on each swap). Resolves to what was announced. */
  check(view: KnowledgeView): Promise<Announcement[]> {
    const run = this.queue.then(() => this.checkNow(view));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async checkNow(view: KnowledgeView): Promise<Announcement[]> {
    const stored = await this.options.store.get(KNOWN_KEY);
    const now: Known = { articles: view.articles.map((a) => a.id), cards: view.cards.map((c) => c.id) };
    if (stored === null) {
      await this.options.store.set(KNOWN_KEY, JSON.stringify(now));
      return [];
    }
    const known = parseKnown(stored);
    const news = newsIn(known, view);
    const fresh: Announcement[] = [];
    for (const item of news) if ((await this.options.store.get(`announced:${item.key}`)) === null) fresh.push(item);
    // Everything live is known from now on (removed ids stay known: a card put back is not news).
    await this.options.store.set(
      KNOWN_KEY,
      JSON.stringify({ articles: [...new Set([...known.articles, ...now.articles])], cards: [...new Set([...known.cards, ...now.cards])] }),
    );
    for (const item of fresh) {
      await this.options.store.set(`announced:${item.key}`, new Date().toISOString());
      await this.options.publish(item);
    }
    return fresh;
  }
}

function parseKnown(text: string): Known {
  try {
    const value = JSON.parse(text) as Partial<Known>;
    return {
      articles: Array.isArray(value.articles) ? value.articles.filter((x) => typeof x === "string") : [],
      cards: Array.isArray(value.cards) ? value.cards.filter((x) => typeof x === "string") : [],
    };
  } catch {
    return { articles: [], cards: [] };
  }
}
