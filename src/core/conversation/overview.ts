import { askedKind } from "../expectation.js";
import type { KnowledgeBase } from "../../knowledge/load-knowledge.js";
import type { Card } from "../../knowledge/schema.js";
import { Stories } from "../stories.js";
import type { TextAnalyzer } from "../text/analyzer.js";
import { withoutLengthTag } from "../text/opening.js";
import { STOP_WORDS } from "../text/vocabulary.js";
import { NAMED_THING, OVERVIEW } from "./intent-phrases.js";
import { plainMessage } from "./plain-message.js";

// Words an overview request is padded with ("the whole situation in a few lines pls").
const PADDING = new Set(
  "deal deals thing sentence sentences bullet bullets points one two three couple like things story situation whole partnership news stuff quick short few lines line words pls please plz give gimme me us on of for about the this that it can could someone somebody anyone anybody version sec secs second seconds min mins minute minutes brief simple cliff notes elevator pitch everyone everybody people folks talking saga agreement arrangement pact exactly abt all really".split(
    " ",
  ),
);
/** What a deal is called when only its parties are named ("acme globex deal?"). */
const DEAL_WORDS = new Set(["deal", "deals", "partnership", "agreement", "pact", "tie-up", "tieup", "contract", "alliance"]);
/** The small words that join the parties of a deal's name ("the acme x globex deal", "acme and globex"). */
const DEAL_JOINERS = new Set([...DEAL_WORDS, "the", "a", "x", "and", "&", "+", "with", "between", "new", "big"]);
/** "for my boss", "for the execs": who the overview is for, not what it is about. */
const AUDIENCE = /\s+for\s+(?:my|our|the|a|an)\s+(?:\w+\s+)?(?:boss|manager|vp|svp|evp|exec|execs|executives?|team|ceo|cfo|cto|director|lead|leadership|mom|dad|parents?|partner|clients?|customers?|board|investors?|class|newsletter|standup|meeting)\b/gi;
/** "for someone who missed everything", "for people who weren't following": who it is for, not what it is about. */
const AUDIENCE_WHO = /\s+for\s+(?:someone|somebody|anyone|anybody|people|ppl|folks|those|us|me|a\s+(?:person|newbie|beginner|noob))\s+(?:who|that)\b.*$/gi;
/** ", my manager is asking", "(asking for a friend)": why the asker asks, not what. */
const WHY_I_ASK = /[,;(?-]\s*(?:(?:my|our|the)\s+(?:\w+\s+){0,2}(?:is|are|was|keeps?)\s+(?:asking|mentioning|bringing\s+up|talking\s+about)|asking\s+for\s+(?:a\s+friend|my\s+\w+)|(?:i\s+|we\s+)?need\s+(?:it|this|one)\s+for\s+)\b.*$/i;
// The overview phrases themselves, as words ("tl;dr" reads as "tl dr").
const OVERVIEW_WORDS = /^(?:tl|dr|tldr|summary|summarise|summarize|recap|overview|big|picture|nutshell|explain|like|i'?m|eli5|new|5|five|what'?s|whats|just|joined|join|team|newbie|beginner|gist|high|level|plain|english|one|liner|headline|key|main|facts|points|numbers|takeaways)$/;

/**
 * "tl;dr", "summarize the Acme thing", "explain it like I'm new": asks for an overview, which is a card like any
 * other. Overview cards are the ones whose own example questions ask that way; of those, the one that knows the
 * names in the message best answers (with two deals, "tl;dr on the Globex deal" gets Globex's overview).
 */
export class OverviewFinder {
  private definedNames: Set<string> | null = null;
  private cards: { card: Card; names: Set<string> }[] | null = null;
  private stories: Stories | null = null;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly reader: TextAnalyzer,
  ) {}

  /** Names that a card's first question asks to define ("What is Acme?"), by entity term. */
  private defined(): Set<string> {
    return (this.definedNames ??= new Set(
      this.kb.cards.flatMap((card) => {
        const m = /^(?:what|who)(?:'s|\s+is|\s+are)\s+(?:the\s+)?(.+)$/.exec(plainMessage(card.questions[0] ?? ""));
        if (!m || OVERVIEW.test(plainMessage(card.questions[0]!))) return [];
        const names = [...this.reader.entitiesIn(m[1]!)];
        const others = this.reader.words(m[1]!).filter((w) => !STOP_WORDS.has(w) && !this.reader.entitiesIn(w).size);
        return names.length === 1 && others.length === 0 ? names : [];
      }),
    ));
  }

  /** "acme globex deal?", "the acme x globex partnership": two or more names and a word for a deal, nothing else. */
  private namesADeal(plain: string, named: Set<string>): boolean {
    if (named.size < 2) return false;
    // Every word and sign counts: "acme deal = globex?" asks whether one is the other.
    const words = plain.replace(/\?+$/, "").split(" ");
    const rest = words.filter((w) => !DEAL_JOINERS.has(w) && !this.reader.entitiesIn(w).size);
    return rest.length === 0 && words.some((w) => DEAL_WORDS.has(w));
  }

  /**
   * A deal named by its parties: the overview whose first question names them all, one that calls it a deal
   * before one that does not ("the timeline of Acme and Globex"). None when no card is about them all.
   */
  private overviewOfParties(named: Set<string>): Card | null {
    const fits = (this.cards ?? [])
      .map(({ card }) => card)
      .filter((card) => {
        const first = card.questions[0] ?? "";
        const names = [...this.reader.entitiesIn(first)];
        // "Acme" is named by "Acme Cloud" too.
        return [...named].every((n) => names.some((m) => m === n || m.startsWith(n)));
      });
    const callsItADeal = (card: Card) => this.reader.words(card.questions[0] ?? "").some((w) => DEAL_WORDS.has(w));
    return fits.find(callsItADeal) ?? fits[0] ?? null;
  }

  find(asked: string): Card | null {
    const message = withoutLengthTag(asked).replace(WHY_I_ASK, "").replace(AUDIENCE_WHO, "").replace(AUDIENCE, "");
    const plain = plainMessage(message);
    // "What's the deal worth?" asks for one fact (an amount), not the overview.
    const overview = OVERVIEW.test(plain);
    const named = this.reader.entitiesIn(message);
    const parties = !overview && this.namesADeal(plain, named);
    const thing = !overview && (NAMED_THING.test(plain) || parties);
    if ((!overview && !thing) || askedKind(message) !== null) return null;
    const rest = this.reader
      .words(plain)
      .filter((w) => !STOP_WORDS.has(w) && !PADDING.has(w) && !OVERVIEW_WORDS.test(w) && !/^\d+$/.test(w) && !this.reader.entitiesIn(w).size);
    // More than a word left ("a summary of the revenue figures") asks something in particular; "the X thing" only
    // names ("the Acme thing", not "the pricing thing").
    if (rest.length > 1 || (thing && (rest.length > 0 || !named.size))) return null;
    const pool = (this.cards ??= this.kb.cards
      .filter((card) => card.questions.some((q) => OVERVIEW.test(plainMessage(q))))
      .map((card) => ({ card, names: this.reader.entitiesIn([card.questions.join(" . "), card.answer, ...(card.about ?? [])].join(" . ")) })));
    const stories = (this.stories ??= new Stories(this.kb.cards, this.reader));
    // "eli5 Acme" when a card defines Acme ("What is Acme?"): that card, not the deal's overview. Unless a deal
    // added beside the main one is about Acme: "tl;dr on Globex" asks for the Globex deal's overview.
    // "what's the deal w/ Springfield?": a place is no party to a deal; the question is about the place.
    if (named.size && [...named].every((n) => this.reader.kindOf(n) === "place")) return null;
    const only = named.size === 1 ? [...named][0]! : null;
    if (only !== null && this.defined().has(only) && !stories.ownedBySmaller(only)) return null;
    // With two deals, the one the names are at the heart of; with no names, the main one.
    let best: { card: Card; names: Set<string>; score: number; weight: number } | null = null;
    for (const { card, names } of pool) {
      const score = [...named].filter((n) => names.has(n)).length;
      if (named.size && score === 0) continue;
      const weight = stories.weight(card, named);
      if (!best || score > best.score || (score === best.score && weight > best.weight)) best = { card, names, score, weight };
    }
    // "tl;dr on the Acme Initech deal" when no overview knows Initech: a deal the knowledge does not cover.
    const partyNames = [...named].filter((n) => this.reader.kindOf(n) !== "place");
    if (best && !parties && partyNames.some((n) => !best!.names.has(n))) return null;
    return parties ? this.overviewOfParties(named) : (best?.card ?? null);
  }
}
