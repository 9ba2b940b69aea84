import type { Answer, Question } from "../../core/answer.js";
import type { Desk } from "../../core/desk.js";
import { measureAsk } from "../../service/metrics.js";

/** Example questions offered after a no_answer. */
export const SUGGESTION_COUNT = 3;

/**
 * The one core call per Slack event. A no_answer with fewer than three
 * suggestions is topped up from the desk's examples, so the person always
 * sees three things to try.
 */
export function askDesk(desk: Desk, question: Question): Answer {
  const answer = measureAsk("slack", () => desk.ask(question));
  if (answer.status !== "no_answer" || answer.suggestions.length >= SUGGESTION_COUNT) return answer;
  const suggestions = [...answer.suggestions];
  for (const example of desk.examples(SUGGESTION_COUNT * 2)) {
    if (suggestions.length >= SUGGESTION_COUNT) break;
    if (!suggestions.some((s) => s.toLowerCase() === example.toLowerCase())) suggestions.push(example);
  }
  return { ...answer, suggestions };
}
