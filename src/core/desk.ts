import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Answer, Question, SourceRef } from "./answer.js";

export interface TopicSummary {
  /** Topic title from the card file, e.g. "Money and contract size". */
  title: string;
  cards: { id: string; question: string }[];
}

/**
 * The one object adapters hold. Every chat event becomes one `ask` call;
 * the rest are read-only views for help, /sources, /topics and autocomplete.
 */
export interface Desk {
  ask(question: Question | string): Answer;
  /** Every article the knowledge base cites, newest first. */
  articles(): SourceRef[];
  topics(): TopicSummary[];
  /** A few example questions to show in help and after a no_answer. */
  examples(count?: number): string[];
  /** Autocomplete: example questions matching a partial question, best first, each at most `maxLength` chars. */
  suggest(partial: string, limit?: number, maxLength?: number): string[];
  /** The knowledge the desk serves, read-only: the conversation layer lists articles and topics from it. */
  knowledge(): KnowledgeBase;
}
