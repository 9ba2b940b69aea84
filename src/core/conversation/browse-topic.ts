import type { KnowledgeBase } from "../../knowledge/load-knowledge.js";
import type { Card } from "../../knowledge/schema.js";
import type { TextAnalyzer } from "../text/analyzer.js";
import { STOP_WORDS } from "../text/vocabulary.js";
import type { Choice } from "./reply.js";

/** Most questions a topic reply offers. */
export const MAX_CHOICES = 5;
/** A bare topic is a few words at most ("acme", "the globex project?"). */
const MAX_WORDS = 4;
const FRAME = /^(?:(?:(?:any|got\s+any|some)\s+(?:info|information|details|news)|tell\s+me|talk\s+to\s+me|what\s+do\s+you\s+know|anything|info|information|more|everything|what\s+about|how\s+about)\s+(?:(?:you|u|ya)\s+(?:have|got)\s+)?(?:about|on|re|regarding)?\s*|about\s+|re\s+)/;

export interface Topic {
  subject: string;
  /** The first MAX_CHOICES questions, best first. */
  choices: Choice[];
  /** The questions after those, for "more" (at most a few pages). */
  more: Choice[];
}

/** Most questions kept for "more" after a topic's first page. */
const MAX_MORE = 3 * MAX_CHOICES;

function paged(subject: string, all: Choice[]): Topic {
  return { subject, choices: all.slice(0, MAX_CHOICES), more: all.slice(MAX_CHOICES, MAX_CHOICES + MAX_MORE) };
}

/**
 * Finds what a bare topic or name refers to: a lexicon entity ("acme?", "tell me about globex") or a topic title
 * word ("energy"). Cards whose `about` names the entity come first, then cards whose questions, keywords or
 * answer name it.
 */
export class TopicBrowser {
  private index: { mentions: Set<string>[]; about: Set<string>[]; firstQuestion: Set<string>[]; bareName: Set<string>[] } | null = null;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly reader: TextAnalyzer,
  ) {}

  /** Which entities each card names, read once on the first bare topic (not for every question). */
  private named() {
    const reader = this.reader;
    return (this.index ??= {
      mentions: this.kb.cards.map((c) => reader.entitiesIn([c.questions.join(" . "), (c.keywords ?? []).join(" . "), c.answer].join(" . "))),
      about: this.kb.cards.map((c) => new Set((c.about ?? []).flatMap((a) => [...reader.entitiesIn(a)]))),
      firstQuestion: this.kb.cards.map((c) => reader.entitiesIn(c.questions[0]!)),
      // A card that lists the bare name as one of its questions ("acme??") is the card about that name.
      bareName: this.kb.cards.map(
        (c) => new Set(c.questions.filter((q) => reader.terms(q).length === 1).flatMap((q) => [...reader.entitiesIn(q)])),
      ),
    });
  }

  /**
   * The topic a bare message names, or null when the message is more than a topic. `asked` is true when the
   * message was asked as a question ("deal size?"): a noun phrase is then a question, and only a name a topic.
   */
  find(plain: string, asked = false): Topic | null {
    // "acme deal $?": a name with a money sign asks an amount, not for the name's topics.
    if (plain.includes("$")) return null;
    const rest = plain.replace(FRAME, "").replace(/^the\s+/, "").trim();
    if (!rest) return null;
    const words = this.reader.words(rest);
    if (!words.length || words.length > MAX_WORDS) return null;
    // "all in the us?", "only acme?", "outside springfield?": a word limiting the name asks something of it, not its topics.
    if (words.some((w) => PLACING.test(w))) return null;
    // "springfield one of them?", "springfield in there?": whether the name is among things just named, not its topics.
    if (/\b(?:one\s+of\s+(?:them|those|these|em)|in\s+(?:there|it|that|them|the\s+(?:list|mix|plan))|on\s+(?:there|the\s+list)|among\s+(?:them|those|these)|part\s+of\s+(?:it|that|this|them))\b/.test(rest)) return null;
    const named = [...this.reader.entitiesIn(rest)];
    const isName = (w: string) => {
      const term = this.reader.termOf(w);
      return term !== null && this.reader.entities.has(term);
    };
    const others = words.filter((w) => !isName(w) && !STOP_WORDS.has(w) && !/^(?:deal|deals|company|project|stuff|thing|news|please|pls)$/.test(w));
    if (named.length === 1 && others.length === 0) return this.entityTopic(named[0]!, this.reader.entities.get(named[0]!)!.name);
    // "springfield, utopia": a place with the state or country it is in names the first place.
    if (named.length === 2 && words.length === 2 && named.every((n) => this.reader.kindOf(n) === "place")) return this.entityTopic(named[0]!, this.reader.entities.get(named[0]!)!.name);
    if (named.length === 0) {
      const content = words.filter((w) => !STOP_WORDS.has(w));
      const bare = !asked && !words.some((w) => ASKING.test(w));
      return this.titleTopic(content) ?? (bare ? this.phraseTopic(rest, content) : null);
    }
    return null;
  }

  /**
   * "green energy", "credits?": a bare noun phrase that some cards' questions or keywords use in full is a topic
   * of its own, titled as typed. Question words and verbs make it a question, not a topic.
   */
  private phraseTopic(rest: string, content: string[]): Topic | null {
    if (!content.length || content.length > 2 || content.some((w) => NOT_A_TOPIC.test(w) || /\d/.test(w))) return null;
    const wanted = [...new Set(this.reader.terms(content.join(" ")))];
    if (!wanted.length) return null;
    const has = (text: string) => {
      const terms = new Set(this.reader.terms(text));
      return wanted.every((t) => terms.has(t));
    };
    const ranked = this.kb.cards
      .map((card, i) => ({ card, i, s: (has(card.questions[0]!) ? 4 : 0) + (card.questions.some(has) ? 2 : 0) + (has((card.keywords ?? []).join(" . ")) ? 1 : 0) }))
      .filter((r) => r.s > 0)
      .sort((a, b) => b.s - a.s || a.i - b.i);
    if (!ranked.length) return null;
    const subject = rest.replace(/^./, (c) => c.toUpperCase());
    return paged(subject, ranked.map((r) => choiceOf(r.card)));
  }

  /** The questions about one named entity (its index term), best first; null when the lexicon has no such entity. */
  aboutEntity(term: string): Topic | null {
    const entity = this.reader.entities.get(term);
    return entity ? this.entityTopic(term, entity.name) : null;
  }

  private entityTopic(term: string, name: string): Topic {
    const n = this.named();
    const score = (i: number) =>
      (n.bareName[i]!.has(term) ? 8 : 0) + (n.firstQuestion[i]!.has(term) ? 4 : 0) + (n.about[i]!.has(term) ? 2 : 0) + (n.mentions[i]!.has(term) ? 1 : 0);
    const ranked = this.kb.cards
      .map((card, i) => ({ card, s: score(i), i }))
      .filter((r) => r.s > 0)
      .sort((a, b) => b.s - a.s || a.i - b.i);
    return paged(name, ranked.map((r) => choiceOf(r.card)));
  }

  /** "energy", "jobs": a word of a topic title, when exactly one topic has it. */
  private titleTopic(words: string[]): Topic | null {
    if (words.length !== 1) return null;
    const word = words[0]!;
    const stem = (w: string) => w.toLowerCase().replace(/s$/, "");
    const topics = this.kb.topics.filter((t) => t.title.split(/[^A-Za-z]+/).some((w) => w.length > 2 && stem(w) === stem(word)));
    if (topics.length !== 1) return null;
    const topic = topics[0]!;
    const byId = new Map(this.kb.cards.map((c) => [c.id, c]));
    const cards = topic.cards.map((id) => byId.get(id)).filter((c): c is Card => Boolean(c));
    return paged(topic.title, cards.map(choiceOf));
  }
}

/** Question words, verbs that ask, prepositions that relate, and requests: with one, a phrase asks something. */
const ASKING =
  /^(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|how|why|when|where|who|what|which|for|about|in|on|of|to|vs|versus|list|explain|show|give|tell|pls|please|plz)$/;

const PLACING = /^(?:inside|outside|within|beyond|all|only|entirely|fully)$/;

/** Words that ask or act, so a message with one is a question, not a bare topic ("source?", "why tho", "confirmed?"). */
const NOT_A_TOPIC =
  /^(?:how|why|when|where|who|whom|whose|what|which|source|sources|link|links|proof|ref|refs|citation|citations|really|sure|true|legit|confirmed|again|tho|though|exactly|more|else|next|first|second|third|last|one|ones|other|others|rest|same|yes|no|ok|okay|size|value|worth|amount|cost|costs|price|date|dates|length|number|count|total|figure|status|term|duration|angle|impact|\w+(?:ed|ing))$/;

function choiceOf(card: Card): Choice {
  return { card: card.id, question: card.questions[0]! };
}
