import type { Answer, Question, SourceRef } from "../core/answer.js";
import type { Desk, TopicSummary } from "../core/desk.js";
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";

/**
 * The desk adapters hold when knowledge is reloaded live: it delegates every call to the desk built from
 * the current knowledge, so a swap needs no change in any adapter.
 */
export class LiveDesk implements Desk {
  private desk: Desk;
  private current: KnowledgeBase;

  constructor(desk: Desk, kb: KnowledgeBase) {
    this.desk = desk;
    this.current = kb;
  }

  /** The knowledge the current desk was built from. */
  get kb(): KnowledgeBase {
    return this.current;
  }

  knowledge(): KnowledgeBase {
    return this.current;
  }

  swap(desk: Desk, kb: KnowledgeBase): void {
    this.desk = desk;
    this.current = kb;
  }

  ask(question: Question | string): Answer {
    return this.desk.ask(question);
  }
  articles(): SourceRef[] {
    return this.desk.articles();
  }
  topics(): TopicSummary[] {
    return this.desk.topics();
  }
  examples(count?: number): string[] {
    return this.desk.examples(count);
  }
  suggest(partial: string, limit?: number, maxLength?: number): string[] {
    return this.desk.suggest(partial, limit, maxLength);
  }
}
