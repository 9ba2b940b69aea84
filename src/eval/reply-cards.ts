import type { Reply } from "../core/conversation/reply.js";

/** The cards a reply gives as answers a person would take (answered or unsure), every part of a multi. */
export function cardsGiven(reply: Reply): string[] {
  if (reply.kind === "fact") return reply.answer.card && reply.answer.status !== "no_answer" ? [reply.answer.card] : [];
  if (reply.kind === "multi") return reply.parts.flatMap(cardsGiven);
  return [];
}

/** The card a fact question gets through the conversation layer: its answer, a multi's first part, or a topic's lead. */
export function firstCardGiven(reply: Reply): string | null {
  if (reply.kind === "browse") return reply.lead && reply.lead.status !== "no_answer" ? reply.lead.card : null;
  return cardsGiven(reply)[0] ?? null;
}
