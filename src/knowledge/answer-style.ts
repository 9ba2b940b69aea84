import type { KnowledgeBase, KnowledgeProblem } from "./load-knowledge.js";
import { MAX_KEYWORDS } from "./schema.js";

/** A first sentence shorter than this rarely names its subject ("No.", "It shot up."). */
export const MIN_FIRST_SENTENCE_WORDS = 5;

// A full stop after these is not the end of a sentence: "approx. Sept 2025", "e.g. Acme", "c. 2024".
const ABBREVIATION = /\b(?:approx|e\.g|i\.e|c|ca|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|U\.S|U\.K)$/i;

/** The answer's first sentence: up to the first ., ! or ? that ends a sentence. */
export function firstSentence(answer: string): string {
  const text = answer.trim();
  for (const m of text.matchAll(/[.!?](?=\s|$)/g)) {
    const before = text.slice(0, m.index);
    if (m[0] === "." && ABBREVIATION.test(before)) continue;
    return text.slice(0, m.index + 1);
  }
  return text;
}

/** Advice that does not stop the knowledge loading: long keyword lists, answers whose first sentence cannot stand alone. */
export function styleWarnings(kb: KnowledgeBase): KnowledgeProblem[] {
  const out: KnowledgeProblem[] = [];
  for (const card of kb.cards) {
    if ((card.keywords?.length ?? 0) > MAX_KEYWORDS)
      out.push({
        file: card.file,
        card: card.id,
        message: `${card.keywords!.length} keywords; keep at most ${MAX_KEYWORDS}, the names people use for its subject`,
      });
    const first = firstSentence(card.answer);
    const words = first.split(/\s+/).filter(Boolean).length;
    if (words < MIN_FIRST_SENTENCE_WORDS)
      out.push({
        file: card.file,
        card: card.id,
        message: `answer: the first sentence "${first}" has ${words} word${words === 1 ? "" : "s"}; a reply is read on its own, so start with a sentence of at least ${MIN_FIRST_SENTENCE_WORDS} words that names the subject (e.g. "The contract starts in 2027.")`,
      });
  }
  return out;
}
