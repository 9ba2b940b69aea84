import { resolve } from "node:path";
import { createDesk, type DeskInternals } from "../../src/core/create-desk.js";
import { formatReport, loadKnowledge, type KnowledgeBase } from "../../src/knowledge/load-knowledge.js";

/**
 * A frozen copy of the knowledge (tests/fixtures/knowledge): adapter, console and desk tests read it, so that
 * curators adding articles and cards to knowledge/ never break them. It has no model.json of its own and
 * uses the project's fitted model.
 */
export const FIXTURE_KNOWLEDGE_DIR = resolve(import.meta.dirname, "../fixtures/knowledge");

let cached: KnowledgeBase | null = null;

export function fixtureKnowledge(): KnowledgeBase {
  if (!cached) {
    const loaded = loadKnowledge(FIXTURE_KNOWLEDGE_DIR);
    if (loaded.status !== "ok") throw new Error(formatReport(loaded.problems));
    cached = loaded.kb;
  }
  return cached;
}

/** The real core over the fixture knowledge: what users get, on knowledge that does not move. */
export function fixtureDesk(): DeskInternals {
  return createDesk(fixtureKnowledge());
}
