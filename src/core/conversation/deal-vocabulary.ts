import type { KnowledgeBase } from "../../knowledge/load-knowledge.js";
import type { TextAnalyzer } from "../text/analyzer.js";
import { plainTerm } from "../text/tokenize.js";

/** Words of substance a declined question must share with the cards, and the share of its own they must be. */
const MIN_SHARED = 2;
const MIN_SHARE = 1 / 2;

/**
 * The words the cards ask and are asked about with. A declined question mostly in these words ("does the extra
 * capacity translate into higher revenue?") is about the deals, a fact no card gives, not a request out of scope.
 */
export class DealVocabulary {
  private readonly terms = new Set<string>();

  constructor(
    kb: KnowledgeBase,
    private readonly reader: TextAnalyzer,
  ) {
    for (const card of kb.cards) {
      for (const text of [...card.questions, ...(card.keywords ?? [])]) for (const term of this.termsOf(text)) this.terms.add(term);
    }
  }

  speaksOfDeals(text: string): boolean {
    const terms = this.termsOf(text);
    const shared = terms.filter((t) => this.terms.has(t)).length;
    return shared >= MIN_SHARED && shared >= terms.length * MIN_SHARE;
  }

  private termsOf(text: string): string[] {
    return this.reader.words(text).flatMap((w) => plainTerm(w) ?? []);
  }
}
