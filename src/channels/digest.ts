import type { SourceRef } from "../core/answer.js";
import { channelMessages, type Bold } from "./channel-messages.js";
import { brief, factLine, keyCardsOf, newestFirst, sourceRef, type KnowledgeView } from "./knowledge-view.js";

export interface DigestItem {
  article: SourceRef;
  facts: { text: string; disputed: boolean }[];
}

export interface Digest {
  items: DigestItem[];
}

export const DIGEST_ARTICLES = 5;
export const DIGEST_FACTS = 2;

/** The latest articles, newest first, each with its key facts; facts the sources dispute are flagged. */
export function buildDigest(view: KnowledgeView, articles = DIGEST_ARTICLES, facts = DIGEST_FACTS): Digest {
  return {
    items: newestFirst(view.articles)
      .slice(0, articles)
      .map((article) => ({
        article: sourceRef(article),
        facts: keyCardsOf(view, article.id)
          .slice(0, facts)
          .map((card) => ({ text: factLine(card, 200), disputed: Boolean(card.disputed) })),
      })),
  };
}

export function formatDigest(digest: Digest, bold: Bold): string {
  if (!digest.items.length) return channelMessages.digestEmpty;
  const lines = [bold(channelMessages.digestHeading(digest.items.length))];
  for (const item of digest.items) {
    lines.push("", bold(`${item.article.title} (${item.article.published})`));
    for (const fact of item.facts) lines.push(`• ${fact.text}${fact.disputed ? ` ${channelMessages.disputedFlag}` : ""}`);
  }
  return lines.join("\n");
}
