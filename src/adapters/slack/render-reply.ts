import { confidenceText } from "../../core/answer.js";
import type { FactReply, Reply } from "../../core/conversation/reply.js";
import { messages } from "../../core/messages.js";
import { ACTION, encodeButtonValue } from "./action-values.js";
import {
  bulletSection,
  button,
  context,
  fitBlocks,
  renderAnswer,
  section,
  sourceLine,
  SLACK_LIMITS,
  type KnownBlock,
  type RenderOptions,
  type SlackMessage,
} from "./render-blocks.js";
import { safeLink, safeText, safeTruncated, splitSafe } from "./safe-text.js";

/** Sections one part of a several-question reply may use. */
const PART_SECTIONS = 3;

function withExamples(text: string, examples: string[]): SlackMessage {
  const blocks: KnownBlock[] = [section(safeText(text))];
  if (examples.length) blocks.push(bulletSection(messages.tryAsking, examples.map((e) => safeText(e))));
  return { text: safeTruncated(text, SLACK_LIMITS.fallbackText), blocks };
}

function factMessage(reply: FactReply, options: RenderOptions): SlackMessage {
  const message = renderAnswer(reply.answer, options);
  if (!reply.readAs) return message;
  const note = context(`_${safeText(messages.readingAs(reply.readAs))}_`);
  return { text: message.text, blocks: [note, ...message.blocks].slice(0, SLACK_LIMITS.blocks) };
}

function partBlocks(part: FactReply, n: number): KnownBlock[] {
  const a = part.answer;
  const blocks: KnownBlock[] = [section(`*${n}) ${safeText(part.question)}*`)];
  if (part.readAs) blocks.push(context(`_${safeText(messages.readingAs(part.readAs))}_`));
  const body = a.status === "unsure" ? `${messages.unsurePrefix}\n${a.answer}` : a.answer;
  for (const piece of splitSafe(safeText(body), SLACK_LIMITS.sectionText, PART_SECTIONS)) blocks.push(section(piece));
  if (a.status !== "no_answer") blocks.push(context(`${a.topic ? `${safeText(a.topic)} · ` : ""}${confidenceText(a.confidence)}`));
  if (a.disputed) blocks.push(section(`:warning: *${messages.disputedLabel}:* ${safeText(a.disputed)}`));
  if (a.sources.length) blocks.push(bulletSection(messages.sourcesHeading, a.sources.map(sourceLine)));
  // The same 👍 / 👎 as a single answer, under each part: a vote is recorded for that part's card.
  const value = encodeButtonValue({ card: a.card, question: part.question });
  blocks.push({ type: "actions", elements: [button(ACTION.voteUp, messages.voteUpButton, value), button(ACTION.voteDown, messages.voteDownButton, value)] });
  return blocks;
}

/**
 * Any conversation reply → Block Kit, or null when nothing should be posted (a light "ok" in a channel).
 * Topic questions are "did you mean" buttons: a click answers that card in place.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage | null {
  switch (reply.kind) {
    case "silent":
      return null;
    case "fact":
      return factMessage(reply, options);
    case "smalltalk":
    case "help":
    case "scope":
      return withExamples(reply.text, reply.examples);
    case "news": {
      const lines = reply.items.map((i) => `${safeLink(i.source.url, i.source.title)} · ${safeText(i.date)}\n${safeText(i.summary)}`);
      const blocks = [section(`*${safeText(reply.text)}*`), ...(lines.length ? [bulletSection(null, lines)] : [])];
      return { text: safeTruncated(reply.text, SLACK_LIMITS.fallbackText), blocks };
    }
    case "browse": {
      // The card about the name itself comes first, as a fact; the other questions follow as buttons.
      const lead = reply.lead ? factMessage({ kind: "fact", question: reply.question, answer: reply.lead, readAs: null }, options) : null;
      const blocks: KnownBlock[] = [...(lead?.blocks ?? [])];
      if (reply.choices.length) {
        blocks.push(section(safeText(reply.text)), {
          type: "actions",
          elements: reply.choices.map((c, i) =>
            button(`${ACTION.pickPrefix}${i}`, c.question, encodeButtonValue({ card: c.card, question: c.question })),
          ),
        });
      } else if (!lead) blocks.push(section(safeText(reply.text)));
      const fallback = [...(lead ? [lead.text] : []), ...(reply.choices.length || !lead ? [reply.text] : []), ...reply.choices.map((c) => `• ${c.question}`)].join("\n");
      return { text: safeTruncated(fallback, SLACK_LIMITS.fallbackText), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
    }
    case "multi": {
      const head = [section(safeText(messages.multiHeading(reply.parts.length)))];
      const parts = reply.parts.flatMap((p, i) => [...(i ? [{ type: "divider" } as KnownBlock] : []), ...partBlocks(p, i + 1)]);
      if (reply.dropped) parts.push(context(safeText(messages.multiMore(reply.dropped))));
      const fallback = reply.parts.map((p, i) => `${i + 1}) ${p.answer.answer}`).join("\n");
      return { text: safeTruncated(fallback, SLACK_LIMITS.fallbackText), blocks: fitBlocks([...head, ...parts], []) };
    }
  }
}
