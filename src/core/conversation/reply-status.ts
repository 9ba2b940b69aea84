import type { AnswerStatus } from "../answer.js";
import type { Reply } from "./reply.js";

/**
 * The `status` each kind of reply reports, so scripts reading `ask --json` can treat every kind alike:
 * a fact keeps its card's status; small talk and help are "answered"; news and a topic are "answered" when
 * they list something, else "no_answer" (a topic led by a card has that card's status); out of scope is
 * "no_answer"; several questions are "answered" when every part is, "no_answer" when none is, else "unsure".
 */
export function statusOf(reply: Reply): AnswerStatus {
  switch (reply.kind) {
    case "fact":
      return reply.answer.status;
    case "smalltalk":
    case "help":
    case "silent":
      return "answered";
    case "news":
      return reply.items.length ? "answered" : "no_answer";
    case "browse":
      if (reply.lead) return reply.lead.status;
      return reply.choices.length ? "answered" : "no_answer";
    case "scope":
      return "no_answer";
    case "multi": {
      const statuses = reply.parts.map((p) => p.answer.status);
      if (statuses.every((s) => s === "answered")) return "answered";
      if (statuses.every((s) => s === "no_answer")) return "no_answer";
      return "unsure";
    }
  }
}
