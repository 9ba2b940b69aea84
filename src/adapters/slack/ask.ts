import type { Answer, Question } from "../../core/answer.js";
import type { Desk } from "../../core/desk.js";
import type { QuestionLog } from "../../questions/question-log.js";
import { measureAsk } from "../../service/metrics.js";

/** Example questions offered after a no_answer. */
export const SUGGESTION_COUNT = 3;

/** Who asked, for the question log: a question naming a card is a did-you-mean pick. */
export interface AskedBy {
  questions: QuestionLog | undefined;
  user: string | undefined;
}

/**
 * The one core call per Slack event. A no_answer with fewer than three
 * suggestions is topped up from the desk's examples, so the person always
 * sees three things to try. With `asked`, the answer is queued for the question log.
 */
export function askDesk(desk: Desk, question: Question, asked?: AskedBy): Answer {
  const answer = measureAsk("slack", () => desk.ask(question));
  asked?.questions?.record({ event: question.card ? "pick" : "ask", platform: "slack", user: asked.user ?? null, answer });
  if (answer.status !== "no_answer" || answer.suggestions.length >= SUGGESTION_COUNT) return answer;
  const suggestions = [...answer.suggestions];
  for (const example of desk.examples(SUGGESTION_COUNT * 2)) {
    if (suggestions.length >= SUGGESTION_COUNT) break;
    if (!suggestions.some((s) => s.toLowerCase() === example.toLowerCase())) suggestions.push(example);
  }
  return { ...answer, suggestions };
}
