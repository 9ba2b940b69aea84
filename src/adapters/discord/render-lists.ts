import type { APIEmbed, APIEmbedField } from "discord.js";
import type { SourceRef } from "../../core/answer.js";
import type { TopicSummary } from "../../core/desk.js";
import { messages } from "../../core/messages.js";
import { field, fitEmbed, fitLines, heading } from "./embed-fit.js";
import { defuseMentions, LIMITS } from "./limits.js";
import { COLORS, sourceLine } from "./render-embed.js";
import type { DiscordReply } from "./render-embed.js";

/** /sources: every article the knowledge base cites, newest first, with date and link. */
export function renderSources(articles: SourceRef[]): DiscordReply {
  const description = articles.length
    ? fitLines(articles.map(sourceLine), LIMITS.embedDescription)
    : messages.noArticles;
  const embed: APIEmbed = { title: heading(messages.articlesHeading(articles.length)), description, color: COLORS.info };
  return { embeds: [fitEmbed(embed)], components: [] };
}

/** /topics: one field per topic listing the questions its cards answer. */
export function renderTopics(topics: TopicSummary[]): DiscordReply {
  if (!topics.length) {
    return { embeds: [fitEmbed({ title: messages.topicsHeading, description: messages.noTopics, color: COLORS.info })], components: [] };
  }
  const shown = topics.slice(0, LIMITS.embedFields);
  const fields: APIEmbedField[] = [];
  for (const topic of shown) {
    const lines = topic.cards.map((c) => `• ${defuseMentions(c.question)}`);
    const f = field(defuseMentions(topic.title), lines.length ? fitLines(lines, LIMITS.fieldValue) : "—");
    if (f) fields.push(f);
  }
  const embed: APIEmbed = { title: messages.topicsHeading, color: COLORS.info, fields };
  let fitted = fitEmbed(embed);
  if ((fitted.fields?.length ?? 0) < topics.length) {
    // Reserve room for the widest footer, then state the real count (never longer).
    fitted = fitEmbed({ ...fitted, footer: { text: messages.moreArticles(topics.length) } });
    fitted.footer = { text: messages.moreArticles(topics.length - (fitted.fields?.length ?? 0)) };
  }
  return { embeds: [fitted], components: [] };
}
