import { LIMITS } from "./limits.js";

/**
 * Button custom ids carry everything a click needs, so no state is kept between events:
 * `dd:<action>:<card or ->:<start of the question>`, at most 100 characters.
 * Card ids are lowercase words joined by dashes, so ":" separates safely.
 */
export type ButtonAction = "alt" | "up" | "down";

export interface ButtonData {
  action: ButtonAction;
  card: string | null;
  /** The question, possibly cut short to fit; the embed title usually holds more of it. */
  question: string;
}

const PREFIX = "dd";
const pattern = /^dd:(alt|up|down):([a-z0-9-]+):([\s\S]*)$/;

/** Returns null when the card id alone would not fit (then the button is left out). */
export function encodeButton(data: ButtonData): string | null {
  const head = `${PREFIX}:${data.action}:${data.card ?? "-"}:`;
  if (head.length > LIMITS.customId) return null;
  let question = data.question.slice(0, LIMITS.customId - head.length);
  const last = question.charCodeAt(question.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) question = question.slice(0, -1);
  return head + question;
}

export function decodeButton(customId: string): ButtonData | null {
  const match = pattern.exec(customId);
  if (!match) return null;
  const [, action, card, question] = match;
  return { action: action as ButtonAction, card: card === "-" ? null : card!, question: question ?? "" };
}
