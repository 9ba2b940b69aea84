import type { Answer, AnswerStatus } from "../core/answer.js";
import { statusOf } from "../core/conversation/reply-status.js";
import type { Reply } from "../core/conversation/reply.js";
import type { Platform } from "./question-record.js";
import type { QuestionLog } from "./question-log.js";

/**
 * Queues what a conversation reply gave for the question log: a fact (or each part of several questions) as its
 * answer, and any other kind (help, small talk, news, topics, out of scope) as a record of that kind with no card.
 * Silence is not recorded.
 */
export function recordReply(log: QuestionLog | undefined, platform: Platform, user: string | null, reply: Reply): void {
  if (!log || reply.kind === "silent") return;
  if (reply.kind === "fact") return log.record({ event: "ask", platform, user, answer: reply.answer, kind: "fact" });
  if (reply.kind === "multi") {
    for (const part of reply.parts) log.record({ event: "ask", platform, user, answer: part.answer, kind: "multi" });
    return;
  }
  log.record({ event: "ask", platform, user, answer: noCard(reply.question, statusOf(reply)), kind: reply.kind });
}

function noCard(question: string, status: AnswerStatus): Answer {
  return { question, status, answer: "", confidence: 1, card: null, topic: null, sources: [], alternatives: [], disputed: null, notice: null, suggestions: [] };
}
