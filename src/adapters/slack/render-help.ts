import type { SourceRef } from "../../core/answer.js";
import { messages } from "../../core/messages.js";
import { bulletSection, fitBlocks, section, sourceLine, type KnownBlock, type SlackMessage } from "./render-blocks.js";
import { safeText, safeTruncated } from "./safe-text.js";

/** `/deal`, `/deal help`: what the bot does, how to ask, and example questions. Pure. */
export function renderHelp(command: string, examples: string[]): SlackMessage {
  const cmd = safeText(command);
  const usage = [
    messages.helpAsk(`\`${cmd} &lt;question&gt;\``),
    messages.helpSources(`\`${cmd} sources\``),
    messages.helpDigest(`\`${cmd} digest\``),
    messages.helpHelp(`\`${cmd} help\``),
    messages.helpMention("`@Deal Desk`"),
  ];
  const blocks: KnownBlock[] = [section(safeText(messages.helpIntro)), bulletSection(null, usage)];
  if (examples.length > 0) blocks.push(bulletSection(messages.examplesHeading, examples.map((e) => safeText(e))));
  const text = safeTruncated(`${messages.helpIntro} ${examples.length ? `${messages.examplesHeading} ${examples.join(" / ")}` : ""}`.trim(), 3000);
  return { text, blocks };
}

/** `/deal sources`: every article the knowledge base cites, newest first. Pure. */
export function renderArticles(articles: SourceRef[]): SlackMessage {
  if (articles.length === 0) {
    const text = safeText(messages.noArticles);
    return { text, blocks: [section(text)] };
  }
  const heading = messages.articlesHeading(articles.length);
  // One section holds ~3,000 characters; spread long lists over several sections.
  const blocks: KnownBlock[] = [];
  const lines = articles.map(sourceLine);
  let current: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (current.length > 0 && length + line.length + 3 > 2900) {
      blocks.push(bulletSection(null, current));
      current = [];
      length = 0;
    }
    current.push(line);
    length += line.length + 3;
  }
  if (current.length > 0) blocks.push(bulletSection(null, current));
  return { text: safeTruncated(heading, 3000), blocks: fitBlocks([section(`*${safeText(heading)}*`), ...blocks], []) };
}
