import type { Answer } from "../../core/answer.js";
import type { Conversation } from "../../core/conversation/conversation.js";
import type { Incoming, ReplyKind } from "../../core/conversation/reply.js";
import type { Desk } from "../../core/desk.js";
import { messages } from "../../core/messages.js";
import type { Logger } from "../../logging/logger.js";
import type { QuestionLog } from "../../questions/question-log.js";
import { observeReply } from "../../questions/observe-reply.js";
import { measureAsk } from "../../service/metrics.js";
import { renderAnswer, renderPrompt } from "./render-embed.js";
import { renderReply } from "./render-reply.js";
import type { DiscordReply } from "./render-embed.js";

/** How many example questions a prompt shows. */
export const PROMPT_EXAMPLES = 3;

/** Who asked, for the question log: a question naming a card is a did-you-mean pick. */
export interface AskedBy {
  questions: QuestionLog | undefined;
  user: string;
}

/**
 * One question in, one reply out: a blank question gets the prompt with examples,
 * anything else is exactly one `desk.ask` call, rendered (and, with `asked`, queued for the question log).
 */
export function replyFor(
  desk: Desk,
  logger: Logger,
  via: string,
  text: string,
  card?: string,
  asked?: AskedBy,
): { reply: DiscordReply; answer: Answer | null } {
  if (!text.trim() && !card) {
    logger.info("discord: empty question, sent the prompt", { via });
    return { reply: renderPrompt(messages.emptyQuestion, desk.examples(PROMPT_EXAMPLES)), answer: null };
  }
  const answer = measureAsk("discord", () => desk.ask(card ? { text, card } : { text }));
  asked?.questions?.record({ event: card ? "pick" : "ask", platform: "discord", user: asked.user, answer });
  logger.info("discord: answered", { via, status: answer.status, card: answer.card, confidence: answer.confidence });
  return { reply: renderAnswer(answer), answer };
}

/**
 * A message in a conversation (a mention, /ask): exactly one `conversation.reply` call, rendered. A blank
 * message gets the prompt; `reply` is null when nothing should be sent (a light "ok" in a channel).
 */
export function replyToMessage(
  conversation: Conversation,
  desk: Desk,
  logger: Logger,
  via: string,
  message: Incoming,
  asked?: AskedBy,
): { reply: DiscordReply | null; kind: ReplyKind | "silent" | "prompt" } {
  if (!message.text.trim()) {
    logger.info("discord: empty question, sent the prompt", { via });
    return { reply: renderPrompt(messages.emptyQuestion, desk.examples(PROMPT_EXAMPLES)), kind: "prompt" };
  }
  const reply = observeReply(conversation, "discord", message, asked);
  const answer = reply.kind === "fact" ? reply.answer : null;
  logger.info("discord: answered", { via, kind: reply.kind, status: answer?.status, card: answer?.card, confidence: answer?.confidence });
  return { reply: renderReply(reply), kind: reply.kind };
}
