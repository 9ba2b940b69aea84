import { ButtonStyle, ComponentType } from "discord.js";
import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
} from "discord.js";
import { confidenceText } from "../../core/answer.js";
import type { Answer, SourceRef } from "../../core/answer.js";
import { formatPublished, titleNote } from "../../core/format-published.js";
import { messages } from "../../core/messages.js";
import { encodeButton } from "./custom-ids.js";
import { field, fitEmbed, fitLines, heading } from "./embed-fit.js";
import { defuseMentions, LIMITS, truncate } from "./limits.js";

/** What every Discord handler sends: embeds plus button rows, no plain-text pings. */
export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

export const COLORS = {
  answered: 0x2e7d32,
  disputed: 0xef6c00,
  unsure: 0xf9a825,
  no_answer: 0x78909c,
  info: 0x1565c0,
} as const;

/** Most alternatives offered as "did you mean" buttons. */
export const MAX_ALTERNATIVES = 3;

function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, "\\$&");
}

function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return url.replace(/[()<> ]/g, (c) => encodeURIComponent(c));
}

/** "• [Title](url) · 2025-09", or without the link when the url is unknown. */
export function sourceLine(source: SourceRef): string {
  const title = defuseMentions(source.title);
  const url = safeUrl(source.url);
  const shown = url ? `[${escapeLinkText(title)}](${url})` : title;
  return `• ${shown}${titleNote(source)} · ${formatPublished(source)}`;
}

function describe(answer: Answer): string {
  const text = defuseMentions(answer.answer.trim());
  if (answer.status === "unsure") return `${messages.unsurePrefix}\n${text}`;
  if (answer.status === "no_answer") return text || messages.noAnswer;
  return text;
}

function colorOf(answer: Answer): number {
  if (answer.status === "no_answer") return COLORS.no_answer;
  if (answer.status === "unsure") return COLORS.unsure;
  return answer.disputed ? COLORS.disputed : COLORS.answered;
}

function button(
  customId: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
  label: string,
): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style,
    custom_id: customId,
    label: truncate(label, LIMITS.buttonLabel),
  };
}

function row(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> {
  return { type: ComponentType.ActionRow, components: buttons.slice(0, LIMITS.buttonsPerRow) };
}

function alternativeRow(answer: Answer): APIActionRowComponent<APIButtonComponent> | null {
  if (answer.status !== "unsure") return null;
  const seen = new Set<string>();
  const buttons: APIButtonComponent[] = [];
  for (const alt of answer.alternatives) {
    if (buttons.length >= MAX_ALTERNATIVES || alt.card === answer.card) continue;
    const id = encodeButton({ action: "alt", card: alt.card, question: answer.question });
    if (!id || seen.has(id)) continue;
    seen.add(id);
    buttons.push(button(id, ButtonStyle.Primary, defuseMentions(alt.question) || alt.card));
  }
  return buttons.length ? row(buttons) : null;
}

/** 👍 / 👎 for one answer; `part` numbers them when a reply holds several answers. */
export function voteRow(answer: Answer, part?: number): APIActionRowComponent<APIButtonComponent> | null {
  const up = encodeButton({ action: "up", card: answer.card, question: answer.question });
  const down = encodeButton({ action: "down", card: answer.card, question: answer.question });
  if (!up || !down) return null;
  const label = (text: string) => (part === undefined ? text : messages.votePart(part, text));
  return row([button(up, ButtonStyle.Secondary, label(messages.voteUpButton)), button(down, ButtonStyle.Secondary, label(messages.voteDownButton))]);
}

/**
 * Answer -> one embed and button rows. Pure: the same Answer always gives the same reply.
 * Title: the question. Description: the answer. Fields: disagreement, sources, notice, examples.
 * Footer: confidence label and percentage, and the topic.
 */
export function renderAnswer(answer: Answer): DiscordReply {
  const fields: APIEmbedField[] = [];
  const push = (f: APIEmbedField | null) => {
    if (f) fields.push(f);
  };
  if (answer.disputed) push(field(`⚠️ ${messages.disputedLabel}`, defuseMentions(answer.disputed)));
  if (answer.sources.length) {
    push(field(messages.sourcesHeading, fitLines(answer.sources.map(sourceLine), LIMITS.fieldValue)));
  }
  if (answer.notice) push(field(`ℹ️ ${messages.noticeLabel}`, defuseMentions(answer.notice)));
  if (answer.status === "no_answer" && answer.suggestions.length) {
    const lines = answer.suggestions.map((s) => `• ${defuseMentions(s)}`);
    push(field(heading(messages.tryAsking), fitLines(lines, LIMITS.fieldValue)));
  }

  const title = truncate(defuseMentions(answer.question.trim()), LIMITS.embedTitle);
  const embed: APIEmbed = {
    ...(title ? { title } : {}),
    description: describe(answer),
    color: colorOf(answer),
    ...(fields.length ? { fields } : {}),
  };
  if (answer.status !== "no_answer") {
    const topic = answer.topic ? ` · ${answer.topic}` : "";
    embed.footer = { text: `${confidenceText(answer.confidence)}${topic}` };
  }

  const components = [alternativeRow(answer), voteRow(answer)].filter(
    (r): r is APIActionRowComponent<APIButtonComponent> => r !== null,
  );
  return { embeds: [fitEmbed(embed)], components };
}

/** A prompt with example questions (a bare mention, or a blank question). Nothing is asked of the core. */
export function renderPrompt(text: string, examples: string[]): DiscordReply {
  const fields: APIEmbedField[] = [];
  if (examples.length) {
    const f = field(heading(messages.tryAsking), fitLines(examples.map((e) => `• ${defuseMentions(e)}`), LIMITS.fieldValue));
    if (f) fields.push(f);
  }
  const embed: APIEmbed = { description: defuseMentions(text), color: COLORS.info, ...(fields.length ? { fields } : {}) };
  return { embeds: [fitEmbed(embed)], components: [] };
}

/** A short plain-text notice (thanks for a vote, an apology): at most 2,000 characters, no embeds. */
export function renderNotice(text: string): DiscordReply {
  return { content: truncate(defuseMentions(text), LIMITS.content), embeds: [], components: [] };
}
