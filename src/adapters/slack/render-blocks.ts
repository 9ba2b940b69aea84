import type { types } from "@slack/bolt";
import { confidenceText, type Answer, type SourceRef } from "../../core/answer.js";
import { formatPublished, titleNote } from "../../core/format-published.js";
import { messages } from "../../core/messages.js";
import { ACTION, encodeButtonValue } from "./action-values.js";
import { safeLink, safeText, safeTruncated, splitSafe, truncateSafe } from "./safe-text.js";

export type KnownBlock = types.KnownBlock;
type Button = types.Button;
type MrkdwnElement = types.MrkdwnElement;

/** Slack's documented limits we render within. */
export const SLACK_LIMITS = {
  sectionText: 3000,
  contextText: 3000,
  blocks: 50,
  buttonText: 75,
  buttonValue: 2000,
  /** Our own cap: a card answer longer than this many sections is cut. */
  answerSections: 10,
  /** Fallback `text` (notifications, screen readers); Slack truncates very long ones anyway. */
  fallbackText: 3000,
  alternatives: 3,
  suggestions: 3,
} as const;

/** A message ready for chat.postMessage / chat.update / response_url: Block Kit plus a plain fallback. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** Show the question above the answer, for places where it is not visible (slash commands, shared answers). */
  showQuestion?: boolean;
  /** Add a "Share in channel" button (ephemeral slash-command answers). */
  share?: boolean;
}

export function mrkdwn(text: string): MrkdwnElement {
  return { type: "mrkdwn", text, verbatim: true };
}

export function section(text: string): KnownBlock {
  return { type: "section", text: mrkdwn(truncateSafe(text, SLACK_LIMITS.sectionText)) };
}

export function context(text: string): KnownBlock {
  return { type: "context", elements: [mrkdwn(truncateSafe(text, SLACK_LIMITS.contextText))] };
}

export function button(actionId: string, label: string, value: string, style?: "primary" | "danger"): Button {
  const element: Button = {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: safeTruncated(label, SLACK_LIMITS.buttonText), emoji: true },
    value: value.slice(0, SLACK_LIMITS.buttonValue),
  };
  if (style) element.style = style;
  return element;
}

/** Keeps `tail` (the buttons) and as many of `head` as fit in Slack's 50-block limit. */
export function fitBlocks(head: KnownBlock[], tail: KnownBlock[]): KnownBlock[] {
  const room = Math.max(0, SLACK_LIMITS.blocks - tail.length);
  return [...head.slice(0, room), ...tail].slice(0, SLACK_LIMITS.blocks);
}

/** Bulleted lines in one section, ending with "…and N more." when they do not all fit in 3,000 characters. */
export function bulletSection(heading: string | null, lines: string[]): KnownBlock {
  const max = SLACK_LIMITS.sectionText;
  let text = heading ? `*${heading}*` : "";
  for (let i = 0; i < lines.length; i++) {
    const line = `• ${lines[i]}`;
    const more = `\n${messages.moreArticles(lines.length - i)}`;
    const next = text ? `${text}\n${line}` : line;
    const reserve = i < lines.length - 1 ? more.length : 0;
    if (next.length + reserve > max) {
      text = `${text}${more}`;
      break;
    }
    text = next;
  }
  return section(text);
}

export function sourceLine(source: SourceRef): string {
  const date = source.published ? ` · ${safeText(formatPublished(source))}` : "";
  return `${safeLink(source.url, source.title)}${safeText(titleNote(source))}${date}`;
}

function bodyText(answer: Answer): string {
  const main = answer.answer.trim() || (answer.status === "no_answer" ? messages.noAnswer : "");
  return answer.status === "unsure" ? `${messages.unsurePrefix}\n${main}` : main;
}

/**
 * Answer → Block Kit. Pure: every string built from the question, the card or
 * an article is escaped, every field stays within Slack's limits.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const head: KnownBlock[] = [];
  if (options.showQuestion && answer.question.trim()) {
    head.push(context(`*${messages.questionLabel}:* ${safeText(answer.question)}`));
  }

  const body = safeText(bodyText(answer));
  for (const piece of splitSafe(body, SLACK_LIMITS.sectionText, SLACK_LIMITS.answerSections)) head.push(section(piece));

  if (answer.status !== "no_answer") {
    const topic = answer.topic ? `${safeText(answer.topic)} · ` : "";
    head.push(context(`${topic}${confidenceText(answer.confidence)}`));
  }
  if (answer.disputed) {
    head.push(section(`:warning: *${messages.disputedLabel}:* ${safeText(answer.disputed)}`));
  }
  if (answer.notice) {
    head.push(context(`:information_source: ${safeText(answer.notice)}`));
  }
  if (answer.sources.length > 0) {
    head.push(bulletSection(messages.sourcesHeading, answer.sources.map(sourceLine)));
  }

  const tail: KnownBlock[] = [];
  const alternatives = answer.status === "unsure" ? answer.alternatives.slice(0, SLACK_LIMITS.alternatives) : [];
  if (alternatives.length > 0) {
    tail.push(section(`*${messages.didYouMean}*`));
    tail.push({
      type: "actions",
      elements: alternatives.map((alt, i) =>
        button(`${ACTION.pickPrefix}${i}`, alt.question, encodeButtonValue({ card: alt.card, question: answer.question })),
      ),
    });
  }
  if (answer.status === "no_answer" && answer.suggestions.length > 0) {
    const suggestions = answer.suggestions.slice(0, SLACK_LIMITS.suggestions).map((s) => safeText(s));
    tail.push(bulletSection(messages.tryAsking, suggestions));
  }

  const value = encodeButtonValue({ card: answer.card, question: answer.question });
  const controls: Button[] = [button(ACTION.voteUp, messages.voteUpButton, value), button(ACTION.voteDown, messages.voteDownButton, value)];
  if (options.share && answer.card && answer.status !== "no_answer") {
    controls.push(button(ACTION.share, messages.shareButton, value, "primary"));
  }
  tail.push({ type: "actions", elements: controls });

  return { text: fallbackText(answer), blocks: fitBlocks(head, tail) };
}

/** The plain `text` that goes with the blocks: what notifications and screen readers show. */
export function fallbackText(answer: Answer): string {
  return safeTruncated(bodyText(answer) || messages.noAnswer, SLACK_LIMITS.fallbackText);
}

/** A short bot sentence (thanks, apology) as a message. */
export function renderNotice(sentence: string): SlackMessage {
  const text = safeTruncated(sentence, SLACK_LIMITS.sectionText);
  return { text, blocks: [section(text)] };
}
