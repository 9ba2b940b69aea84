import type { KnowledgeBase } from "../../knowledge/load-knowledge.js";
import type { TextAnalyzer } from "../text/analyzer.js";
import { wordCount } from "../text/common-words.js";
import { plainTerm } from "../text/tokenize.js";

/** Cards a word must be asked about in to count fully as a word of the deals; one card counts a third. */
const FULL_CARDS = 3;
/** Share of a declined question's words of substance that must be the deals' words. */
const MIN_SHARE = 1 / 2;
/** Words this common in everyday English ("get", "talking", "much") say nothing of a subject. */
const EVERYDAY_COUNT = 20_000;

/**
 * The words the cards ask and are asked about with, each with how many cards use it. A declined question mostly
 * in these words ("does the extra capacity translate into higher revenue?") is about the deals, a fact no card
 * gives, not a request out of scope; a word a single card uses once ("cheaper") is not enough.
 */
export class DealVocabulary {
  private readonly cards = new Map<string, number>();

  constructor(
    kb: KnowledgeBase,
    private readonly reader: TextAnalyzer,
  ) {
    for (const card of kb.cards) {
      const terms = new Set([...card.questions, ...(card.keywords ?? [])].flatMap((text) => this.termsOf(text)));
      for (const term of terms) this.cards.set(term, (this.cards.get(term) ?? 0) + 1);
    }
  }

  speaksOfDeals(text: string): boolean {
    const terms = this.termsOf(text);
    const shared = terms.filter((t) => this.cards.has(t));
    const weight = shared.reduce((sum, t) => sum + Math.min(1, this.cards.get(t)! / FULL_CARDS), 0);
    return weight >= 1 && shared.length >= terms.length * MIN_SHARE;
  }

  /** Whether a card asks or is asked about with this word, and it is not an everyday one ("coming", "normally"). */
  isDealWord(word: string): boolean {
    return this.termsOf(word).some((t) => this.cards.has(t));
  }

  private termsOf(text: string): string[] {
    return this.reader.words(text).flatMap((w) => (wordCount(w) >= EVERYDAY_COUNT ? [] : (plainTerm(w) ?? [])));
  }
}
