import type { Answer } from "../../core/answer.js";
import type { Desk } from "../../core/desk.js";
import { messages } from "../../core/messages.js";
import type { Logger } from "../../logging/logger.js";
import { measureAsk } from "../../service/metrics.js";
import { renderAnswer, renderPrompt } from "./render-embed.js";
import type { DiscordReply } from "./render-embed.js";

/** How many example questions a prompt shows. */
export const PROMPT_EXAMPLES = 3;

/**
 * One question in, one reply out: a blank question gets the prompt with examples,
 * anything else is exactly one `desk.ask` call, rendered.
 */
export function replyFor(
  desk: Desk,
  logger: Logger,
  via: string,
  text: string,
  card?: string,
): { reply: DiscordReply; answer: Answer | null } {
  if (!text.trim() && !card) {
    logger.info("discord: empty question, sent the prompt", { via });
    return { reply: renderPrompt(messages.emptyQuestion, desk.examples(PROMPT_EXAMPLES)), answer: null };
  }
  const answer = measureAsk("discord", () => desk.ask(card ? { text, card } : { text }));
  logger.info("discord: answered", { via, status: answer.status, card: answer.card, confidence: answer.confidence });
  return { reply: renderAnswer(answer), answer };
}
