import { escapeText, unescapeText } from "./safe-text.js";

/** Action ids of every button the bot sends. Did-you-mean buttons share a prefix because ids must be unique in a block. */
export const ACTION = {
  share: "deal_share",
  pickPrefix: "deal_pick_",
  voteUp: "deal_vote_up",
  voteDown: "deal_vote_down",
} as const;

export const PICK_ACTION = /^deal_pick_\d+$/;

/** Slack's limit for a button value. */
export const MAX_BUTTON_VALUE = 2000;

/** What a button carries: the card to answer and the question as the person asked it. */
export interface ButtonPayload {
  card: string | null;
  question: string;
}

/**
 * Encodes a button value as compact JSON, at most 2,000 characters. The
 * question is stored Slack-escaped (&, <, > as entities), exactly the shape
 * Slack uses for message text, so a value never carries a live `<!channel>`
 * and the core reads it back the same way it reads a message.
 */
export function encodeButtonValue(payload: ButtonPayload): string {
  let question = escapeText(payload.question);
  for (;;) {
    const value = JSON.stringify({ c: payload.card, q: question });
    if (value.length <= MAX_BUTTON_VALUE || question.length === 0) return value;
    const over = value.length - MAX_BUTTON_VALUE;
    question = question
      .slice(0, Math.max(0, question.length - Math.max(over, 1)))
      .replace(/&[a-z]{0,4}$/, "")
      .replace(/[\ud800-\udbff]$/, "");
  }
}

/**
 * Decodes a button value. Returns null for anything we did not make.
 * `question` is the escaped form (for the core, which reads Slack text);
 * `plainQuestion` is unescaped (for the feedback log).
 */
export function decodeButtonValue(value: string | undefined): (ButtonPayload & { plainQuestion: string }) | null {
  if (!value || value.length > MAX_BUTTON_VALUE) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const { c, q } = parsed as { c?: unknown; q?: unknown };
  if (typeof q !== "string") return null;
  if (c !== null && typeof c !== "string") return null;
  return { card: c, question: q, plainQuestion: unescapeText(q) };
}
