import { resolve } from "node:path";
import { createDesk, type DeskInternals } from "../../src/core/create-desk.js";
import { formatReport, loadKnowledge, type KnowledgeBase } from "../../src/knowledge/load-knowledge.js";

export const KNOWLEDGE_DIR = resolve(import.meta.dirname, "../../knowledge");

let cached: KnowledgeBase | null = null;

/** The project's own knowledge base, loaded once per test file. */
export function realKnowledge(): KnowledgeBase {
  if (!cached) {
    const loaded = loadKnowledge(KNOWLEDGE_DIR);
    if (loaded.status !== "ok") throw new Error(formatReport(loaded.problems));
    cached = loaded.kb;
  }
  return cached;
}

/** The real core over the real knowledge base: what users get. */
export function realDesk(): DeskInternals {
  return createDesk(realKnowledge());
}
