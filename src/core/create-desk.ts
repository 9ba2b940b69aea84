import Fuse from "fuse.js";
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Article, Card } from "../knowledge/schema.js";
import type { Alternative, Answer, Question, SourceRef } from "./answer.js";
import { confidenceOf, features, type Calibration, type Features } from "./confidence.js";
import { answerFacts, askedKind, Expectations, type AskedKind } from "./expectation.js";
import type { Desk, TopicSummary } from "./desk.js";
import { CardIndex, type AnalyzedQuery, type Hit, type IndexTuning } from "./index/card-index.js";
import { Stories } from "./stories.js";
import { withoutFraming } from "./text/opening.js";
import { escapeRegExp } from "./text/escape-regexp.js";
import { asksEntertainment } from "./text/asks-entertainment.js";
import { asksLiveQuote } from "./text/asks-live-quote.js";
import { asksOpinionOrAdvice } from "./text/asks-opinion.js";
import { TrigramIndex, trigramsOf } from "./index/trigrams.js";
import { likenessReadings } from "./index/likeness-readings.js";
import { messages } from "./messages.js";
import { cleanQuestion } from "./text/clean-question.js";
import { TextAnalyzer, type Lexeme } from "./text/analyzer.js";
import { TermRuns } from "./index/term-runs.js";
import { ExampleQuestions } from "./index/example-questions.js";
import { WordTable } from "./text/word-table.js";

export interface DeskOptions {
  calibration?: Calibration;
  tuning?: IndexTuning;
}

/** A ranked candidate with its calibrated confidence, exposed for eval and tuning. */
export interface Ranked {
  card: Card;
  confidence: number;
}

export interface Candidate {
  card: Card;
  features: Features;
}

/** How a question was read and scored, for curators fixing a miss in data (`npm run ask -- --explain`). */
export interface Explanation {
  question: string;
  words: { word: string; term: string | null; corrected: string | null; entity: string | null; focus: boolean; unknown: boolean }[];
  asks: AskedKind;
  top: { card: string; confidence: number; features: Features }[];
  answer: Answer;
  bands: { answerAt: number; unsureAt: number };
  /** Read as about the main story (it names nothing particular to a smaller one): its words weighed by the main story's cards. */
  asMainStory: boolean;
}

export interface DeskInternals extends Desk {
  rank(text: string): Ranked[];
  candidates(text: string): Candidate[];
  explain(text: string): Explanation;
  /** The entity terms the desk's reader finds named in a text. */
  namesIn(text: string): ReadonlySet<string>;
}

const MAX_ALTERNATIVES = 3;
const MAX_READ_CONFIDENCE = 0.999;
const SENTENCE_BREAK = /(?<=[.?!;:])\s+|\n+/;
/** Messages shorter than this are scored whole only. */
const MIN_SPLIT_WORDS = 12;

export function createDesk(kb: KnowledgeBase, options: DeskOptions = {}): DeskInternals {
  const calibration = options.calibration ?? kb.calibration;
  const cards = kb.cards;
  const byId = new Map(cards.map((card) => [card.id, card]));
  const articleById = new Map(kb.articles.map((a) => [a.id, a]));
  const reader = new TextAnalyzer(kb.lexicon, kb.cards.map((c) => c.answer));
  const words = (t: string) => reader.words(t);
  const context = (c: Card) => [c.topic, ...(c.about ?? [])];
  const titles = (c: Card) => c.sources.map((id) => articleById.get(id)?.title ?? "");
  const exampleKey = (q: string) => words(q).join(" ");
  const stories = new Stories(cards, reader);
  // With several stories, the main story's cards alone, as the knowledge stood before the smaller stories were added:
  // a question that names nothing of a smaller story is ranked by it, so adding a deal moves none of its answers.
  const mainDesk = stories.count > 1 ? createDesk(onlyCards(kb, (c) => stories.isMain(c)), options) : null;
  const { index, facts, byExample } = readCards(cards, reader, context, titles, options.tuning, exampleKey, (c) => stories.count > 1 && !stories.isMain(c));
  const expectations = new Expectations(reader);
  const lookalikes = new TrigramIndex(cards.map((c) => c.questions));
  const docOf = new Map(cards.map((card, doc) => [card, doc] as const));
  const exampleList = kb.topics.map((t) => byId.get(t.cards[0]!)?.questions[0]).filter((q): q is string => Boolean(q));
  let allQuestions: Fuse<{ card: string; question: string }> | null = null;

  function sourceRef(article: Article): SourceRef {
    return {
      id: article.id,
      title: article.title,
      published: article.published,
      ...(article.approximate_date ? { approximate: true } : {}),
      ...(article.headline === false ? { headline: false } : {}),
      url: article.url ?? null,
    };
  }

  function sourcesOf(card: Card): SourceRef[] {
    return card.sources.map((id) => articleById.get(id)).filter((a): a is Article => Boolean(a)).map(sourceRef);
  }

  /**
   * Candidate cards for an already-cleaned question, by index score, with the features confidence is computed from.
   * A long message of several sentences ("context, context, then the question") is also scored sentence by
   * sentence, so the question is not drowned by its preamble; the same card may then appear more than once.
   */
  function scoreCandidates(text: string, query: AnalyzedQuery = analyze(text)): Candidate[] {
    const whole = scoreText(text, query);
    // Most questions are short: check the length before splitting, so they pay for nothing more.
    if (words(text).length < MIN_SPLIT_WORDS) return whole;
    const sentences = text.split(SENTENCE_BREAK).filter((s) => words(s).length >= 3);
    if (sentences.length < 2) return whole;
    return [...whole, ...sentences.flatMap((s) => withOtherQuestions(s, sentences, scoreText(s).slice(0, 3)))];
  }

  /**
   * A sentence read alone still belongs to the message: a name another of its questions gives and the card never
   * mentions ("is Acme borrowing? how much debt are they taking on") makes it another subject there too. A
   * sentence naming nothing itself ("Globex is buying a plant now?? how big is the deal") asks of that name only,
   * so a card that never mentions it is no reading of it at all. A statement around it only sets the scene ("my
   * daughter loves Globex.").
   */
  function withOtherQuestions(sentence: string, sentences: string[], candidates: Candidate[]): Candidate[] {
    const others = sentences.filter((s) => s !== sentence && s.trim().endsWith("?"));
    if (!others.length) return candidates;
    const asked = analyze(others.join(" "));
    // Dropped only for a party (a company or organisation) it never mentions: "the acme/globex contract? … tens of
    // billions" still reads the card that names Globex's product but not the product's own name.
    const leans = namedIn(analyze(sentence)).size === 0;
    const parties = leans ? [...namedIn(asked)].filter((t) => reader.kindOf(t) === "company" || reader.kindOf(t) === "organisation") : [];
    return candidates.flatMap((c) => {
      const doc = docOf.get(c.card)!;
      if (c.features.foreign || !index.lacks(asked, doc).foreign) return [c];
      if (parties.some((t) => !index.knows(doc, t))) return [];
      return [{ ...c, features: { ...c.features, foreign: 1 } }];
    });
  }

  function scoreText(text: string, query: AnalyzedQuery = analyze(text)): Candidate[] {
    if (!query.terms.length) return [];
    // With several stories, a smaller story's cards must not crowd the main story's out of the candidates.
    const hits = index.search(query, stories.count > 1 ? 16 : 8);
    const grams = trigramsOf(text);
    // "acme gbx deal?" ("gbx" an alias of Globex) also spelled as the cards spell the names, and "teh deal wroth"
    // with its typos corrected: an example question may use either.
    const corrected = query.terms.reduce((t, term) => (term.corrected ? t.replace(new RegExp(`\\b${escapeRegExp(term.typed)}\\b`, "gi"), term.corrected) : t), text);
    const named = reader.withNames(corrected) ?? (corrected !== text ? corrected : null);
    const namedGrams = named === null ? null : trigramsOf(named);
    const readings = likenessReadings(named ?? text, words);
    const likeness = (doc: number) => {
      let best = Math.max(lookalikes.closest(grams, doc), namedGrams ? lookalikes.closest(namedGrams, doc) : 0);
      for (const r of readings) best = Math.max(best, r.share * lookalikes.closest(r.grams, doc));
      return best;
    };
    const asks = expectations.read(text);
    const asksFigure = asks.kind === "amount" || asks.kind === "count" || asks.kind === "date";
    // Cards of a smaller story the question does not name do not count as rivals of the main story's cards
    // (see mainStoryFirst): adding a deal must not make the questions people already ask look ambiguous.
    const marks = stories.count > 1 ? marksIn(query) : null;
    const yields = (h: Hit) => marks !== null && stories.unnamed(cards[h.doc]!, marks);
    // A party or place only the main story names ("how many chips in Springfield?") is another subject to a smaller
    // story's card, however many places that card lists.
    const mainOnly = stories.count > 1 && namesMainParty(query);
    const lacks = (doc: number) => {
      const lack = index.lacks(query, doc);
      return mainOnly && !stories.isMain(cards[doc]!) ? { ...lack, foreign: true, otherParty: true } : lack;
    };
    const contested = marks === null ? hits : hits.filter((h) => !yields(h));
    return hits.map((hit: Hit) => {
      const card = cards[hit.doc]!;
      const field = yields(hit) ? hits : contested;
      // Only the top hit earns a margin, taken over the best rival that is not a related card
      // (close cousins sharing words is no sign of confusion); the others are scored as if tied.
      const rival = field[0] === hit ? field.slice(1).find((h) => !isRelated(card, cards[h.doc]!)) : hit;
      return { card, features: features(query, hit, rival, expectations.unmet(asks, facts[hit.doc]!), lacks(hit.doc), likeness(hit.doc), card.questions.length, asksFigure) };
    });
  }

  /**
   * The question's terms. With several stories, one that names nothing particular to a smaller story is read with
   * the main story's word statistics, as it was before the smaller story's cards were added.
   */
  function analyze(text: string): AnalyzedQuery {
    const query = index.analyze(text);
    return stories.count > 1 && !stories.namesSmaller(marksIn(query)) ? index.withMainStats(query) : query;
  }

  /**
   * What in a question can mark a story as its subject: the names it gives and its other words. Naming a party
   * only the main story names, it is about that story: a word a smaller story's cards happen to use as well
   * ("fund", "rack") does not mark that one.
   */
  function marksIn(query: AnalyzedQuery): Set<string> {
    const mainParty = namesMainParty(query);
    return new Set(query.terms.flatMap((t) => (!mainParty || t.entity ? [t.term] : [])));
  }

  /** Whether the question names a party or place only the main story names (not as what it is compared with). */
  function namesMainParty(query: AnalyzedQuery): boolean {
    return query.terms.some((t) => t.entity && !t.contrast && stories.namedOnlyByMain(t.term));
  }

  /** The entity terms a question names. */
  function namedIn(query: AnalyzedQuery): Set<string> {
    return new Set(query.terms.flatMap((t) => (t.entity ? [t.term] : [])));
  }

  /**
   * Read with the main story's statistics, a card that matches none of the words the main story knows shares only a
   * smaller story's own words with a question that names nothing of that story ("convert" for "convertible").
   */
  function isReading(query: AnalyzedQuery, candidate: { features: Features }): boolean {
    return !query.base || candidate.features.coverage > 0;
  }

  /** Best first by calibrated confidence (the index orders by raw score); the sort is stable, so ties keep score order. */
  function rankCleaned(text: string): Ranked[] {
    const query = analyze(text);
    const ranked = scoreCandidates(text, query)
      .filter((c) => isReading(query, c))
      // A reading is never certain: only a card picked by hand (a button) is answered at 100%.
      .map((c) => ({ card: c.card, confidence: Math.min(MAX_READ_CONFIDENCE, confidenceOf(c.features, calibration)) }))
      .sort((a, b) => b.confidence - a.confidence);
    const seen = new Set<Card>();
    const unique = ranked.filter((r) => !seen.has(r.card) && Boolean(seen.add(r.card)));
    if (stories.count < 2) return unique;
    // Read as about the main story, and answered by it as before: that answer stands, the smaller stories' cards
    // following it as alternatives. Only when the main story has no answer may a smaller story's card give one.
    const main = mainDesk!.rank(text);
    // Naming something of a smaller story, the question is read with every card; the main story's cards still keep the
    // confidence they had before it was added, so what it answered before it answers alike unless a new card reads better.
    if (!readsAsMain(query)) {
      const merged = [...mainAsRead(text, query, main, unique), ...unique.filter((r) => !stories.isMain(r.card))].sort((a, b) => b.confidence - a.confidence);
      return mainStoryFirst(namedIn(query), marksIn(query), merged);
    }
    const smaller = unique.filter((r) => !stories.isMain(r.card));
    if (main[0] && main[0].confidence >= calibration.unsureAt) return [main[0], ...smaller, ...main.slice(1)];
    // The main story's cards keep the confidence they had before; a smaller story's card may answer what they do not.
    const merged = [...main, ...smaller].sort((a, b) => b.confidence - a.confidence);
    return mainStoryFirst(namedIn(query), marksIn(query), merged);
  }

  /**
   * The main story's cards with the confidence they had before a smaller story was added, unless the question names
   * something the main story alone did not read as a name ("how much is it paying shell", once a smaller story's
   * answers write Shell as a company): that earlier reading missed a party, so a card takes the lower of its two.
   */
  function mainAsRead(text: string, query: AnalyzedQuery, main: Ranked[], all: Ranked[]): Ranked[] {
    // A name that is also an everyday word ("shell") is read in lower case only once a story's answers write it as a
    // name, which a smaller story's may do where the main story's do not: the main desk's own reader tells.
    const before = mainDesk!.namesIn(text);
    if ([...namedIn(query)].every((t) => before.has(t))) return main;
    const now = new Map(all.map((r) => [r.card.id, r.confidence]));
    return main.map((r) => ({ card: r.card, confidence: Math.min(r.confidence, now.get(r.card.id) ?? 0) }));
  }

  /** Whether a question names nothing particular to a smaller story (see Stories). */
  function readsAsMain(query: AnalyzedQuery): boolean {
    return mainDesk !== null && !stories.namesSmaller(marksIn(query));
  }

  /**
   * Cards of a smaller story that the question does not name yield to the main story's best plausible card
   * (see Stories): they follow it, as alternatives. With no plausible main-story card they keep their place.
   */
  function mainStoryFirst(named: ReadonlySet<string>, marks: ReadonlySet<string>, ranked: Ranked[]): Ranked[] {
    const at = ranked.findIndex((r) => stories.isMain(r.card));
    if (at <= 0 || ranked[at]!.confidence < calibration.unsureAt) return ranked;
    // A main-story card that has never heard of a name the question gives ("Globex stock?") is no better reading.
    const mainDoc = docOf.get(ranked[at]!.card)!;
    const ahead = ranked.slice(0, at);
    const yielding = ahead.filter((r) => stories.unnamed(r.card, marks) && [...named].every((t) => index.knows(mainDoc, t) || !index.knows(docOf.get(r.card)!, t)));
    if (!yielding.length) return ranked;
    return [...ahead.filter((r) => !yielding.includes(r)), ranked[at]!, ...yielding, ...ranked.slice(at + 1)];
  }

  function examples(count = 3): string[] {
    return exampleList.slice(0, Math.max(0, count));
  }

  function base(question: string, notice: string | null): Answer {
    return {
      question,
      status: "no_answer",
      answer: messages.noAnswer,
      confidence: 0,
      card: null,
      topic: null,
      sources: [],
      alternatives: [],
      disputed: null,
      notice,
      suggestions: [],
    };
  }

  function cardAnswer(answer: Answer, card: Card, status: Answer["status"], confidence: number): Answer {
    return {
      ...answer,
      status,
      answer: card.answer.trim(),
      confidence: round(confidence),
      card: card.id,
      topic: card.topic,
      sources: sourcesOf(card),
      disputed: card.disputed?.trim() ?? null,
    };
  }

  /** A name typed with one slip, written as the knowledge writes it (see TextAnalyzer.spellNames). */
  function spelledNames(text: string): string {
    return reader.spellNames(text, (word) => index.writes(word));
  }

  function ask(input: Question | string): Answer {
    const raw = typeof input === "string" ? input : input.text;
    const { text, notice } = cleanQuestion(raw);
    const empty = base(text, notice);

    if (typeof input !== "string" && input.card) {
      const chosen = byId.get(input.card);
      if (!chosen) return { ...empty, answer: messages.unknownCard, suggestions: examples(3) };
      return cardAnswer(empty, chosen, "answered", 1);
    }
    if (!text) return { ...empty, answer: messages.emptyQuestion, suggestions: examples(3) };

    const asked = spelledNames(withoutFraming(text));
    if (asksOpinionOrAdvice(asked)) return { ...empty, answer: messages.noOpinion, suggestions: examples(3) };
    if (asksLiveQuote(asked)) return { ...empty, answer: messages.noLiveQuote, suggestions: examples(3) };
    if (asksEntertainment(asked)) return { ...empty, suggestions: examples(3) };
    let ranked = rankCleaned(asked);
    const exactAt = byExample.find(exampleKey(asked));
    const exact = exactAt === undefined ? undefined : cards[exactAt]!;
    if (exact) {
      const others = ranked.filter((r) => r.card !== exact);
      const own = ranked.find((r) => r.card === exact)?.confidence ?? 0;
      ranked = [{ card: exact, confidence: Math.max(own, calibration.answerAt, others[0]?.confidence ?? 0) }, ...others];
    }
    const top = ranked[0];
    if (!top || top.confidence < calibration.unsureAt) {
      return { ...empty, confidence: round(top?.confidence ?? 0), suggestions: examples(3), ...(top ? { nearest: { card: top.card.id, confidence: round(top.confidence) } } : {}) };
    }

    const alternatives: Alternative[] = ranked
      .slice(1)
      .filter((r) => r.confidence >= calibration.unsureAt / 2)
      .slice(0, MAX_ALTERNATIVES)
      .map((r) => ({ card: r.card.id, question: r.card.questions[0]!, confidence: round(r.confidence) }));
    const status = top.confidence >= calibration.answerAt ? "answered" : "unsure";
    return { ...cardAnswer(empty, top.card, status, top.confidence), alternatives };
  }

  function questionsOf(pool: Card[]): Fuse<{ card: string; question: string }> {
    const items = pool.flatMap((card) => card.questions.map((question) => ({ card: card.id, question })));
    return new Fuse(items, { keys: ["question"], threshold: 0.6, ignoreLocation: true });
  }

  function suggest(partial: string, limit = 25, maxLength = 100): string[] {
    const fit = (q: string) => (q.length <= maxLength ? q : `${q.slice(0, maxLength - 1)}…`);
    const { text } = cleanQuestion(partial);
    if (!text) return kb.topics.flatMap((t) => t.cards.slice(0, 2).map((id) => byId.get(id)!.questions[0]!)).slice(0, limit).map(fit);
    // The index picks candidate cards; Fuse then ranks their example questions against the half-typed text.
    // With no index hit (a half-typed first word), a small knowledge base falls back to Fuse over every question.
    const candidates = index.search(index.analyze(text), limit).map((h) => cards[h.doc]!);
    let fuse: Fuse<{ card: string; question: string }> | null = null;
    if (candidates.length) fuse = questionsOf(candidates);
    else if (cards.length <= 2000) fuse = allQuestions ??= questionsOf(cards);
    const seen = new Set<string>();
    const out: string[] = [];
    const take = (card: string, question: string) => {
      if (out.length >= limit || seen.has(card)) return;
      seen.add(card);
      out.push(fit(question));
    };
    for (const { item } of fuse?.search(text, { limit: limit * 3 }) ?? []) take(item.card, item.question);
    for (const card of candidates) take(card.id, card.questions[0]!);
    return out;
  }

  function explain(raw: string): Explanation {
    const cleaned = spelledNames(withoutFraming(cleanQuestion(raw).text));
    const query = analyze(cleaned);
    const byTerm = new Map(query.terms.map((t) => [t.typed, t]));
    const read = reader.read(cleaned);
    // Read as about the main story and answered by it: its cards as that answer ranked them (see rankCleaned).
    const main = readsAsMain(query) ? mainDesk!.explain(raw) : null;
    return {
      question: cleaned,
      words: read.map((w) => {
        const t = byTerm.get(w.word);
        return {
          word: w.word,
          term: t?.term ?? null,
          corrected: t?.corrected ?? null,
          entity: w.entity ? `${w.entity.name} (${w.entity.kind})` : null,
          focus: Boolean(t?.focus),
          unknown: query.unknown.includes(w.word),
        };
      }),
      asks: askedKind(cleaned),
      top: main && main.answer.status !== "no_answer"
        ? main.top
        : scoreCandidates(cleaned)
        .filter((c) => isReading(query, c))
        .map((c) => ({ card: c.card.id, confidence: round(confidenceOf(c.features, calibration)), features: c.features }))
        .sort((a, b) => b.confidence - a.confidence)
        .filter((c, i, all) => all.findIndex((o) => o.card === c.card) === i)
        .slice(0, 5),
      answer: ask(raw),
      bands: { answerAt: calibration.answerAt, unsureAt: calibration.unsureAt },
      asMainStory: Boolean(query.base),
    };
  }

  return {
    ask,
    explain,
    namesIn: (text: string) => new Set(reader.read(text).flatMap((w) => (w.entity ? [w.entity.term] : []))),
    // Eval and tools pass raw questions; cleaning happens once, here or in ask().
    rank: (raw: string) => rankCleaned(cleanQuestion(raw).text),
    candidates: (raw: string) => scoreCandidates(cleanQuestion(raw).text),
    examples,
    suggest,
    knowledge: () => kb,
    articles: () => [...kb.articles].sort((a, b) => b.published.localeCompare(a.published)).map(sourceRef),
    topics: (): TopicSummary[] =>
      kb.topics.map((t) => ({ title: t.title, cards: t.cards.map((id) => ({ id, question: byId.get(id)!.questions[0]! })) })),
  };
}

/** The knowledge with only the cards `keep` keeps, and its topics cut to them. */
function onlyCards(kb: KnowledgeBase, keep: (card: Card) => boolean): KnowledgeBase {
  const cards = kb.cards.filter(keep);
  const ids = new Set(cards.map((c) => c.id));
  const topics = kb.topics.map((t) => ({ ...t, cards: t.cards.filter((id) => ids.has(id)) })).filter((t) => t.cards.length);
  return { ...kb, cards, topics };
}

function isRelated(a: Card, b: Card): boolean {
  return Boolean(a.related?.includes(b.id) || b.related?.includes(a.id));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * The index, each card's answer facts and its example questions by their words, from one reading of every card's
 * questions and answer (as word numbers in one flat array, so that a word used on many cards is one string and no
 * array is kept per text). The readings are dropped once these are built.
 */
function readCards(cards: readonly Card[], reader: TextAnalyzer, context: (c: Card) => string[], titles: (c: Card) => string[], tuning: IndexTuning | undefined, exampleKey: (q: string) => string, minor: (c: Card) => boolean) {
  const table = new WordTable(reader);
  // Card i's questions are texts first[i]…, its answer the text after them.
  const texts = new TermRuns();
  const first = new Int32Array(cards.length);
  cards.forEach((c, i) => {
    first[i] = texts.count;
    for (const q of c.questions) table.readInto(q, texts);
    table.readInto(c.answer, texts);
  });
  const index = new CardIndex(
    cards.map((c, i) => ({ id: c.id, questions: c.questions, keywords: [...(c.keywords ?? []), c.topic], answer: c.answer, context: context(c), titles: titles(c), read: { texts, first: first[i]! }, ...(minor(c) ? { minor: true } : {}) })),
    reader,
    tuning,
    table,
  );
  // What each answer gives, read up front: reading it on a card's first use made the first queries slow (p99 4.7 ms
  // at 10,000 cards against 1.8 ms), for 1 s of build time saved.
  const answerRead: Lexeme[] = [];
  const facts = cards.map((c, i) => {
    const answer = first[i]! + c.questions.length;
    answerRead.length = 0;
    for (let k = texts.start(answer); k < texts.end(answer); k++) answerRead.push(table.lexeme(texts.ids[k]!));
    return answerFacts(c, reader, answerRead);
  });
  // A question typed as one of a card's own examples (case, punctuation and accents aside) is that card:
  // the questions listed under /topics and in help must answer themselves.
  const byExample = new ExampleQuestions((i) => cards[i]!.questions, exampleKey);
  const word = (id: number) => table.word(id);
  cards.forEach((card, i) => {
    for (let q = first[i]!; q < first[i]! + card.questions.length; q++) byExample.add(i, texts.ids, texts.start(q), texts.end(q), word);
  });
  return { index, facts, byExample };
}
