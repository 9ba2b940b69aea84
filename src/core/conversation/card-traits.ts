import type { KnowledgeBase } from "../../knowledge/load-knowledge.js";
import type { Card } from "../../knowledge/schema.js";
import type { TextAnalyzer } from "../text/analyzer.js";

/** Money asked of a thing ("what did they pay for it"), and money in an answer ("$13 billion", "300bn"). */
const ASKS_MONEY = /\b(?:pay|paid|pays|spend|spent|spends|invest|invested|cost|costs|charge|charged|price|priced|fee|fees)\b/;
const MONEY = /[$€£]\s?\d|\b\d+(?:\.\d+)?\s*(?:billion|million|trillion|bn|mn)\b/i;
/** "A, B and C" (or three comma-separated items) in a sentence. */
const LIST = /(?:[\w-]+(?:\s[\w-]+){0,2},\s){2,}(?:and\s|or\s)?[\w-]+|[\w-]+,\s[\w-]+(?:\s[\w-]+)?,?\s(?:and|or)\s[\w-]+/;

/** What the conversation layer asks of a card beyond its answer: the words it uses, what its answer gives. */
export class CardTraits {
  private readonly byId: Map<string, Card>;
  private readonly termsById = new Map<string, Set<string>>();

  constructor(
    kb: KnowledgeBase,
    private readonly reader: TextAnalyzer,
  ) {
    this.byId = new Map(kb.cards.map((c) => [c.id, c]));
  }

  /** Whether a card's questions or keywords use every word of a topic ("jobs", "training"). */
  mentions(card: string, topic: string): boolean {
    const terms = this.termsOf(card);
    const wanted = this.reader.terms(topic);
    return wanted.length > 0 && wanted.every((t) => terms.has(t));
  }

  /** Whether a message asks a sum of money ("what did they pay for it") and a card's answer gives one. */
  givesMoneyAsked(card: string, message: string): boolean {
    return ASKS_MONEY.test(message) && MONEY.test(this.byId.get(card)?.answer ?? "");
  }

  /** Whether a card's answer opens with a list ("A, B and C"), which answers "who else?" as well as the first question. */
  givesList(card: string): boolean {
    return LIST.test((this.byId.get(card)?.answer ?? "").split(/(?<=[.!?])\s/)[0]!);
  }

  /** Whether a card gives a reason: its first question asks why. */
  givesReason(card: string): boolean {
    return /^why\b/i.test(this.byId.get(card)?.questions[0] ?? "");
  }

  /** Whether the card's first question asks what or who something is ("What is Acme?"). */
  defines(card: string): boolean {
    return /^(?:what|who)(?:'s|\s+is|\s+are)\s/i.test(this.byId.get(card)?.questions[0] ?? "");
  }

  /** The cards the curator listed as related to this one. */
  relatedTo(card: string): string[] {
    return this.byId.get(card)?.related ?? [];
  }

  private termsOf(card: string): Set<string> {
    let terms = this.termsById.get(card);
    if (!terms) {
      const found = this.byId.get(card);
      terms = new Set(found ? this.reader.terms([...found.questions, ...(found.keywords ?? [])].join(" . ")) : []);
      this.termsById.set(card, terms);
    }
    return terms;
  }
}
