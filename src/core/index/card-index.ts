import type { EntityKind } from "../../knowledge/lexicon-schema.js";
import type { TextAnalyzer } from "../text/analyzer.js";
import { commonWords } from "../text/common-words.js";
import { KIND_NOUNS, SHORTHAND, STOP_WORDS, WEIGHING_WORDS } from "../text/vocabulary.js";
import { orNone } from "../shared-sets.js";
import { focusOf } from "./focus.js";
import { Postings } from "./postings.js";
import { QuestionTerms } from "./question-terms.js";
import { SpellingCorrector } from "./spelling.js";
import { TermRuns } from "./term-runs.js";
import { WordTable } from "../text/word-table.js";

/** Texts read as word numbers, and the word each number stands for (see WordTable). */
export interface WordReader {
  /** Adds the text's word numbers to `out`, as its next text. */
  readInto(text: string, out: TermRuns): void;
  word(id: number): string;
}

const UNSEEN = -2;
const NO_NAMES: ReadonlySet<string> = orNone(new Set());
/** The share of a title's citing cards that must name one of its names for it to be every citing card's scene. */
const TITLE_NAME_SHARE = 1 / 3;

/** What the index needs to know of a card. */
export interface IndexDoc {
  id: string;
  questions: string[];
  keywords: string[];
  answer: string;
  /** Texts that set the card's scene without being matched: its topic and the entities it is about. */
  context: string[];
  /**
   * Its sources' titles. A name in one is the scene of the cards citing it only when enough of them name it too: a
   * headline's passing names ("…, beyond Globex and Initech") are not every card's subject.
   */
  titles?: string[];
  /** A card of a smaller story (see Stories): left out of the word statistics a question about the main story is read with. */
  minor?: boolean;
  /**
   * Its questions and answer already read as word numbers by the index's WordReader, when the caller has read them:
   * texts `first`, `first + 1`… of `texts`, its questions in order, then its answer.
   */
  read?: { texts: TermRuns; first: number };
}

export interface QueryTerm {
  term: string;
  idf: number;
  /** The word as typed, and what it was corrected to when it was a typo. */
  typed: string;
  corrected: string | null;
  /** Named as the alternative not taken ("why acme and not globex", "acme or initech"): not the subject. */
  contrast?: true;
  /** What the question asks about someone or somewhere named ("the CEO's salary", "the weather in Springfield"). */
  attribute?: true;
  /** The head noun: what the question asks for ("the population of Springfield"). */
  focus?: true;
  /** The kind of entity the word names, when it is read as one ("Shell" in a question, not "shell" or "my team at Shell"). */
  entity?: EntityKind;
}

export interface AnalyzedQuery {
  terms: QueryTerm[];
  /** Sum of idf over the query terms: the most a card could match. */
  totalIdf: number;
  /** Sum of idf over the query terms the index knows. */
  knownIdf: number;
  /** Content words the index has never seen, even after typo correction. */
  unknown: string[];
  /** Weighed with the main story's word statistics alone (see `withMainStats`). */
  base?: true;
}

/** What a question asks about that a card lacks. */
export interface Lack {
  /** The question names a company or person the card never mentions, or a place when the card names none. */
  foreign: boolean;
  /** The question names a company or person (not a place) the card never mentions. */
  otherParty: boolean;
  /** The most specific known word the card lacks: its idf over the highest possible, in [0,1]. */
  gap: number;
  /** How many of the question's words the card's text lacks (known or not). */
  absent: number;
  /** How many of the question's words appear in none of the card's example questions and keywords. */
  unlisted: number;
  /** The question's head noun: 1 when no card knows it, 0.5 when this card lacks it, else 0. */
  focus: number;
  /** The question names an entity no card knows at all. */
  stranger: boolean;
  /** Share of the question's words other than names that the card's text lacks: what is asked of the names. */
  uncovered: number;
  /** A name the card never mentions says which of the card's things is meant ("the Globex deal", "Globex stock"): another one. */
  qualified: boolean;
}

export interface Hit {
  doc: number;
  score: number;
  /** Share of the query's idf weight (over words the index knows) this card contains, in [0,1]. */
  coverage: number;
  /** Best weighted overlap with one of the card's example questions, in [0,1]. */
  questionMatch: number;
  /** Best share of one example question's idf weight that the query contains, in [0,1]. */
  questionRecall: number;
}

// Field weights and BM25 constants: example questions carry most signal,
// keywords are curated aliases, answers add recall for details.
export interface IndexTuning {
  /** Weight and length normalisation (b) of each field: questions, keywords, answer. */
  fields: { weight: number; b: number }[];
  k1: number;
}

export const DEFAULT_TUNING: IndexTuning = {
  fields: [
    { weight: 1.0, b: 0.5 },
    { weight: 1.3, b: 0.2 },
    { weight: 0.45, b: 0.6 },
  ],
  k1: 1.2,
};

// Words that introduce the alternative a question sets aside ("rather than Globex", "Acme or Initech").
const CONTRAST_CUES = new Set(["not", "instead", "rather", "over", "vs", "versus", "or", "than"]);
const EITHER_OR = new Set(["or", "vs", "versus"]);

// "Why Acme and not Globex", "Jaguar (the car, not the cat)": the next words or two are set aside.
const SET_ASIDE = new Set(["and not", "but not", "rather than", "instead of"]);
const PUNCTUATED_NOT = /[,(;—–]\s*not\b/gi;
/**
 * A question that checks a claim ("wasn't it $3 trillion?", "someone said 45 GW, is that right"): a figure in it
 * that no card states is the claim, maybe wrong, not what is asked.
 */
const CHECKS_A_CLAIM =
  /\b(?:right|correct|true|accurate|legit)\s*\?|\b(?:is|was)\s+(?:that|this|it)\s+(?:right|correct|true|accurate|legit)\b|\b(?:isn'?t|wasn'?t|aren'?t|weren'?t|didn'?t|doesn'?t)\s+(?:it|that|this|they|the)\b|\bis\s+it\s+true\b|\b(?:i|we)\s+(?:read|heard|saw)\b|\bsome(?:one|body)\s+(?:said|says|told|claimed|claims|mentioned)\b/i;
const FIGURE = /^\d/;
const COPULAS = new Set(["is", "was", "are", "were", "it's", "its", "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent"]);

// "The weather in Springfield", "the population of Utopia": the word before one of these asks something of the name after.
const ATTRIBUTE_OF = new Set(["in", "of"]);

// A card naming this many places in its questions and keywords is a list of places, not about one of them.
const LIST_OF_PLACES = 5;

/** An inverted index over cards with BM25F scoring. Built once; searches touch only the postings of query terms. */
export class CardIndex {
  readonly size: number;
  private readonly postings: Postings;
  /** Each term's idf, by its number. */
  private readonly idfs: Float64Array;
  /**
   * The main story's statistics, when some cards are of a smaller story: idf per term over its cards alone, its card
   * count, a new word's idf, and which terms its cards use at all.
   */
  private readonly base: { idfs: Float64Array; size: number; unknownIdf: number; known: Uint8Array } | null = null;
  /** Each card's example questions as sets of term numbers, with their idf sum computed once at build. */
  private readonly questionTerms: QuestionTerms;
  /** Each term's number: every term some card has, and only those. */
  private readonly termIds: Map<string, number>;
  private readonly keywordTerms: string[][];
  /** Whether each card names a place: a question about another place is then no sign of a different subject. */
  private readonly namesPlace: boolean[];
  /** Entities each card knows of: named in its text, its topic, its sources' titles or its `about`. */
  private readonly knownEntities: ReadonlySet<string>[];
  /** Entities some card knows: a name no card knows is another subject whatever card it is held against. */
  private readonly knownAnywhere = new Set<string>();
  /**
   * Entities the main story's cards know. To a main-story card, a name only a smaller story knows is as strange as
   * before that story was added: its cards mention it in passing (Initech in a supplier list), not the main story.
   */
  private readonly knownInMain = new Set<string>();
  private readonly minorDoc: boolean[];
  /** The places a card is about: named in its example questions or keywords. */
  private readonly subjectPlaces: ReadonlySet<string>[];
  /** The entities a card's example questions or keywords name: whose things its questions ask about. */
  private readonly askedOf: ReadonlySet<string>[] = [];
  /** Per card: the kinds of the names (not places) at least half its example questions ask of: whose thing it gives. */
  private readonly central: ReadonlySet<string>[] = [];
  private readonly unknownIdf: number;
  private readonly spelling: SpellingCorrector;
  private readonly scores: Float64Array;
  private readonly matched: Float64Array;

  private readonly k1: number;
  private readonly text: TextAnalyzer;

  /** `words` reads texts as word numbers (see WordTable); a caller that reads the same texts again passes a memo of the readings. */
  constructor(docs: IndexDoc[], text: TextAnalyzer, tuning: IndexTuning = DEFAULT_TUNING, words: WordReader = new WordTable(text)) {
    this.text = text;
    this.k1 = tuning.k1;
    this.size = docs.length;
    this.scores = new Float64Array(docs.length);
    this.matched = new Float64Array(docs.length);
    // Each distinct word is folded once, and each distinct term numbered: the build then works on numbers, not strings.
    const termIds = (this.termIds = new Map<string, number>());
    const termNames: string[] = [];
    const termKinds: (EntityKind | null)[] = [];
    /** By word number: its term's number (-1 for a stop word; UNSEEN before it is read) and how often it occurs. */
    const termOfWord: number[] = [];
    const counts: number[] = [];
    /** The words read, in order of first use. */
    const seen: number[] = [];
    const read = new TermRuns();
    /** Adds a text's terms (from its words, wordsRead[from..to)) to `read`, as its next text. */
    const readTerms = (wordsRead: Int32Array, from: number, to: number): void => {
      for (let i = from; i < to; i++) {
        const w = wordsRead[i]!;
        while (termOfWord.length <= w) {
          termOfWord.push(UNSEEN);
          counts.push(0);
        }
        let id = termOfWord[w]!;
        if (id === UNSEEN) {
          const term = this.text.termOf(words.word(w));
          id = term ? (termIds.get(term) ?? UNSEEN) : -1;
          if (id === UNSEEN) {
            id = termNames.length;
            termIds.set(term!, id);
            termNames.push(term!);
            termKinds.push(this.text.kindOf(term!));
          }
          termOfWord[w] = id;
          seen.push(w);
        }
        counts[w]!++;
        if (id >= 0) read.add(id);
      }
      read.close();
    };
    /** Texts the caller has not read, read here. */
    const own = new TermRuns();
    const readOwn = (text: string): void => {
      words.readInto(text, own);
      readTerms(own.ids, own.start(own.count - 1), own.end(own.count - 1));
    };
    /** Text i of the card (its questions, then its answer), read by the caller if it was. */
    const readText = (doc: IndexDoc, i: number, text: string): void => {
      if (!doc.read) return readOwn(text);
      const { texts, first } = doc.read;
      readTerms(texts.ids, texts.start(first + i), texts.end(first + i));
    };
    // Every card's example questions first, then each card's keywords and answer.
    const firstQuestion = new Int32Array(docs.length + 1);
    docs.forEach((doc, d) => {
      firstQuestion[d] = read.count;
      doc.questions.forEach((q, i) => readText(doc, i, q));
    });
    const questions = (firstQuestion[docs.length] = read.count);
    for (const doc of docs) {
      readOwn(doc.keywords.join(" \n "));
      readText(doc, doc.questions.length, doc.answer);
    }
    /** Where field f (0 questions, 1 keywords, 2 answer) of card d starts in read.ids, and where it ends. */
    const fieldStart = (d: number, f: number) => (f === 0 ? read.start(firstQuestion[d]!) : read.start(questions + 2 * d + f - 1));
    const fieldEnd = (d: number, f: number) => (f === 0 ? read.start(firstQuestion[d + 1]!) : read.end(questions + 2 * d + f - 1));
    const ids = read.ids;
    // The spelling vocabulary: every word the cards use, by how often, after the words always known.
    const surface = new Map<string, number>();
    for (const word of [...STOP_WORDS, ...Object.keys(SHORTHAND), ...text.names]) surface.set(word, 1);
    for (const w of seen) surface.set(words.word(w), (surface.get(words.word(w)) ?? 0) + counts[w]!);

    const terms: string[] = [];
    this.keywordTerms = docs.map((_, d) => {
      terms.length = 0;
      for (let i = fieldStart(d, 1); i < fieldEnd(d, 1); i++) if (!terms.includes(termNames[ids[i]!]!)) terms.push(termNames[ids[i]!]!);
      return terms.slice();
    });
    this.namesPlace = [];
    this.subjectPlaces = [];
    const contextEntities = new Map<string, Set<string>>();
    this.minorDoc = docs.map((doc) => doc.minor === true);
    /** The kinds of the names (not places) that at least half of card d's example questions ask of. */
    const askedCounts = new Map<number, number>();
    const seenIn = new Set<number>();
    const centralKinds = (d: number): ReadonlySet<string> => {
      askedCounts.clear();
      for (let q = firstQuestion[d]!; q < firstQuestion[d + 1]!; q++) {
        seenIn.clear();
        for (let i = read.start(q); i < read.end(q); i++) {
          const kind = termKinds[ids[i]!];
          if (kind !== null && kind !== "place") seenIn.add(ids[i]!);
        }
        for (const t of seenIn) askedCounts.set(t, (askedCounts.get(t) ?? 0) + 1);
      }
      const half = (firstQuestion[d + 1]! - firstQuestion[d]!) / 2;
      const central = [...askedCounts].filter(([, n]) => n >= half).map(([t]) => termKinds[t]!);
      return central.length ? new Set(central) : NO_NAMES;
    };
    this.knownEntities = docs.map((doc, d) => {
      // One look at each term's kind gives the card's entities and places. Most cards name none: no set is made.
      let known: Set<string> | null = null;
      let subjectPlaces: Set<string> | null = null;
      let askedOf: Set<string> | null = null;
      let namesPlace = false;
      for (let f = 0; f < 3; f++) {
        for (let i = fieldStart(d, f); i < fieldEnd(d, f); i++) {
          const t = ids[i]!;
          const kind = termKinds[t];
          if (kind === null) continue;
          (known ??= new Set()).add(termNames[t]!);
          if (f < 2) (askedOf ??= new Set()).add(termNames[t]!);
          if (kind !== "place") continue;
          namesPlace = true;
          // Places in the example questions and keywords are what the card is about; the answer's are in passing.
          if (f < 2) (subjectPlaces ??= new Set()).add(termNames[t]!);
        }
      }
      this.namesPlace.push(namesPlace);
      this.subjectPlaces.push(orNone(subjectPlaces ?? NO_NAMES));
      this.askedOf.push(orNone(askedOf ?? NO_NAMES));
      this.central.push(askedOf ? centralKinds(d) : NO_NAMES);
      for (const line of doc.context) {
        // Topics repeat across cards: read each once.
        let named = contextEntities.get(line);
        if (!named) contextEntities.set(line, (named = text.entitiesIn(line)));
        for (const t of named) (known ??= new Set()).add(t);
      }
      return known ?? NO_NAMES;
    });
    this.addTitleNames(docs, text);
    this.knownEntities.forEach((known, d) => {
      for (const t of known) this.knownAnywhere.add(t);
      if (!docs[d]!.minor) for (const t of known) this.knownInMain.add(t);
    });
    const fields = tuning.fields;
    const avg = fields.map((_, f) => docs.reduce((sum, _doc, d) => sum + fieldEnd(d, f) - fieldStart(d, f), 0) / Math.max(1, docs.length) || 1);

    // A card's weight for each of its terms, summed over its fields, in the order the terms first appear.
    const weights = new Float64Array(termNames.length);
    const lastDoc = new Int32Array(termNames.length).fill(-1);
    const inDoc: number[] = [];
    const room = read.start(read.count);
    const entryTerms = new Int32Array(room);
    const entryDocs = new Int32Array(room);
    const entryWeights = new Float64Array(room);
    let entries = 0;
    docs.forEach((_, d) => {
      fields.forEach((field, f) => {
        const start = fieldStart(d, f);
        const end = fieldEnd(d, f);
        const norm = 1 - field.b + (field.b * (end - start)) / avg[f]!;
        for (let i = start; i < end; i++) {
          const term = ids[i]!;
          if (lastDoc[term] !== d) {
            lastDoc[term] = d;
            weights[term] = 0;
            inDoc.push(term);
          }
          weights[term]! += field.weight / norm;
        }
      });
      for (const term of inDoc) {
        entryTerms[entries] = term;
        entryDocs[entries] = d;
        entryWeights[entries++] = weights[term]!;
      }
      inDoc.length = 0;
    });
    this.postings = new Postings(termNames.length, entries, entryTerms, entryDocs, entryWeights);
    const idfs = (this.idfs = new Float64Array(termNames.length));
    for (let t = 0; t < termNames.length; t++) {
      const df = this.postings.df(t);
      idfs[t] = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
    }
    this.unknownIdf = Math.log(1 + (docs.length + 0.5) / 0.5);
    // With a smaller story's cards added (a new deal), a question about the main story is read with the main story's
    // statistics: adding a deal's words must not change how the questions people already ask are scored.
    const minor = this.minorDoc;
    const size = minor.filter((m) => !m).length;
    if (size < docs.length) {
      const baseIdfs = new Float64Array(termNames.length);
      const known = new Uint8Array(termNames.length);
      const { docs: postingDocs, starts } = this.postings;
      for (let t = 0; t < termNames.length; t++) {
        let df = 0;
        for (let i = starts[t]!; i < starts[t + 1]!; i++) if (!minor[postingDocs[i]!]) df++;
        baseIdfs[t] = Math.log(1 + (size - df + 0.5) / (df + 0.5));
        known[t] = df > 0 ? 1 : 0;
      }
      this.base = { idfs: baseIdfs, size, unknownIdf: Math.log(1 + (size + 0.5) / 0.5), known };
    }
    this.questionTerms = new QuestionTerms(read, firstQuestion, idfs, this.base?.idfs);
    this.spelling = new SpellingCorrector(surface, realWords(text));
  }

  /** Whether some card writes the word (as typed, before folding): a word of the knowledge, never a typo. */
  writes(word: string): boolean {
    return this.spelling.has(word);
  }

  /** Whether the card knows the entity term (names it in its text, about, topic or its sources' titles). */
  knows(doc: number, term: string): boolean {
    return this.knownEntities[doc]!.has(term);
  }

  /** What the question asks about that a card lacks (see Lack). */
  lacks(query: AnalyzedQuery, doc: number): Lack {
    let foreign = false;
    let otherParty = false;
    let gap = 0;
    let absent = 0;
    let unlisted = 0;
    let focus = 0;
    let attributes = 0;
    let uncovered = 0;
    let parties = 0;
    let places = 0;
    let stranger = false;
    let qualified = false;
    const ids = this.idsOf(query);
    for (let i = 0; i < query.terms.length; i++) {
      const t = query.terms[i]!;
      const has = this.contains(doc, t.term);
      const next = query.terms[i + 1];
      if (t.entity && !t.contrast && next && !next.entity && !this.knownEntities[doc]!.has(t.term) && this.contains(doc, next.term)) qualified = true;
      // A name no card knows is another subject, except a place asked of a card listing many ("any in Utopia?": not on its list).
      const known = this.minorDoc[doc] ? this.knownAnywhere : this.knownInMain;
      if (t.entity && !t.contrast && !known.has(t.term) && !(t.entity === "place" && this.subjectPlaces[doc]!.size >= LIST_OF_PLACES)) stranger = true;
      if (t.entity && this.knownEntities[doc]!.has(t.term)) {
        if (t.entity === "place") places++;
        else parties++;
      }
      if (!t.entity && !KIND_NOUNS.has(t.term) && !WEIGHING_WORDS.has(t.term)) {
        attributes++;
        if (!has) uncovered++;
      }
      if (t.focus && !has) focus = this.hasTerm(query.base, t.term) ? 0.5 : 1;
      if (!this.keywordTerms[doc]!.includes(t.term) && !this.questionTerms.cardHas(doc, ids[i]!)) unlisted++;
      const place = t.entity === "place";
      if (place && !t.contrast && this.aboutOtherPlaces(doc, t.term)) foreign = true;
      if (t.entity && !place && !t.contrast && !this.knownEntities[doc]!.has(t.term)) foreign = otherParty = true;
      // "Globex's revenue" against a card whose questions only ask of Acme's: the card's answer may name Globex in
      // passing, but what it gives is someone else's.
      if (t.entity && !place && !t.contrast && t.typed.endsWith("'s") && !this.askedOf[doc]!.has(t.term)) foreign = true;
      if (has) continue;
      absent++;
      if (place && !t.contrast && !this.namesPlace[doc]) foreign = true;
      // Something of theirs no card ever mentions ("the CEO's salary", "the weather in Springfield"): another subject.
      if (t.attribute && !this.hasTerm(query.base, t.term)) foreign = true;
      if (this.hasTerm(query.base, t.term)) gap = Math.max(gap, t.idf);
    }
    // "how much revenue did Globex make?" against a card whose questions ask of Acme's revenue (its answer naming
    // Globex in passing): the question names only names the card never asks of, one of them of the kind of the
    // card's own party (another company). A project the card's answer places it in ("the Springfield build") is not.
    if (!foreign && this.central[doc]!.size && !query.terms.some((t) => this.askedOf[doc]!.has(t.term))) {
      if (query.terms.some((t) => t.entity && t.entity !== "place" && !t.contrast && this.central[doc]!.has(t.entity))) foreign = true;
    }
    // The idf of a word found in one card only: the most specific a known word can be.
    // "Is Acme dropping Globex for Initech?": a question relating two or more parties the card names asks about
    // their relation, which the card covers even when the verb is one it never uses; it counts as one more attribute.
    // So does a party the card names and a place it names ("any Acme presence in Springfield?"); two places alone
    // ("the population of Springfield, Utopia") relate nothing.
    if (parties >= 2 || (parties >= 1 && places >= 1)) attributes++;
    const size = query.base && this.base ? this.base.size : this.size;
    return { foreign: foreign || stranger, otherParty, stranger, gap: gap / Math.log(1 + (size - 0.5) / 1.5), absent, unlisted, focus, uncovered: attributes ? uncovered / attributes : 0, qualified };
  }

  /**
   * Adds to each card the names of its sources' titles that are the scene of the cards citing the title: named by
   * the card's own text, its topic or its `about` in at least TITLE_NAME_SHARE of them.
   */
  private addTitleNames(docs: readonly IndexDoc[], text: TextAnalyzer): void {
    const citing = new Map<string, number[]>();
    docs.forEach((doc, d) => {
      for (const title of doc.titles ?? []) {
        const list = citing.get(title);
        if (list) list.push(d);
        else citing.set(title, [d]);
      }
    });
    for (const [title, cited] of citing) {
      const named = text.entitiesIn(title);
      if (!named.size) continue;
      const scene = [...named].filter((t) => cited.filter((d) => this.knownEntities[d]!.has(t)).length >= cited.length * TITLE_NAME_SHARE);
      if (!scene.length) continue;
      for (const d of cited) {
        const known = this.knownEntities[d]!;
        if (scene.every((t) => known.has(t))) continue;
        this.knownEntities[d] = orNone(new Set([...known, ...scene]));
      }
    }
  }

  /**
   * A card about one or two places (the Springfield site) is about another subject when the question names another
   * place, even if its answer mentions that place in passing ("after the first site in Shelbyville"). A card that
   * lists many places answers for any of them: "none in Utopia" is its answer.
   */
  private aboutOtherPlaces(doc: number, place: string): boolean {
    const about = this.subjectPlaces[doc]!;
    return about.size > 0 && about.size < LIST_OF_PLACES && !about.has(place);
  }

  /** Whether a card's text contains an index term. */
  contains(doc: number, term: string): boolean {
    const t = this.termIds.get(term);
    return t !== undefined && this.postings.has(t, doc);
  }

  idf(term: string): number {
    const t = this.termIds.get(term);
    return t === undefined ? this.unknownIdf : this.idfs[t]!;
  }

  analyze(text: string): AnalyzedQuery {
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    const unknown: string[] = [];
    let sinceContrast = Infinity;
    let lastAt = -1;
    // Words left out after "…, not", "and not", "rather than": what the question sets aside is not what it asks.
    let setAside = 0;
    let previousWord = "";
    let afterPossessive = false;
    // Raw words since the last term: "weather in springfield" has just "in" between the two.
    let between: string[] = [];
    const read = this.text.read(text.replace(PUNCTUATED_NOT, " and not"));
    const claim = CHECKS_A_CLAIM.test(text);
    const focusAt = focusOf(read);
    for (let at = 0; at < read.length; at++) {
      const { word, entity } = read[at]!;
      sinceContrast++;
      if (CONTRAST_CUES.has(word)) sinceContrast = 0;
      // "Acme or Globex?": the name just before an either/or is one of the options too, not the subject.
      const last = out[out.length - 1];
      if (EITHER_OR.has(word) && last?.entity && lastAt === at - 1) last.contrast = true;
      const pair = `${previousWord} ${word}`;
      previousWord = word;
      if (SET_ASIDE.has(pair)) {
        setAside = 2;
        continue;
      }
      const possessed = afterPossessive;
      afterPossessive = false;
      const bare = word.replace(/'s$/, "").replace(/'/g, "");
      if (STOP_WORDS.has(word) || STOP_WORDS.has(bare)) {
        between.push(word);
        continue;
      }
      const joiner = between.length === 1 ? between[0]! : null;
      // "the first site is in Springfield?", "isn't it in Springfield": the place may be the value the question checks.
      const claimedPlace = entity?.kind === "place" && between.length <= 3 && between[between.length - 1] === "in" && between.some((w) => COPULAS.has(w));
      between = [];
      if (setAside > 0) {
        setAside--;
        continue;
      }
      afterPossessive = word.endsWith("'s");
      let term = this.text.termOf(word);
      let corrected: string | null = null;
      if (term && !entity && !this.termIds.has(term) && !this.spelling.has(bare)) {
        const fix = this.spelling.correct(bare);
        if (fix && fix !== bare) {
          corrected = fix;
          term = this.text.termOf(fix);
        }
      }
      if (!term || seen.has(term)) continue;
      // A figure or a place given as the value to check, and known to no card, is a wrong value, not a subject.
      if ((claimedPlace || (claim && FIGURE.test(term))) && !this.termIds.has(term)) continue;
      seen.add(term);
      if (!this.termIds.has(term)) unknown.push(word);
      const previous = out[out.length - 1];
      // "the weather in Springfield" asks something of Springfield; "any Acme presence in Springfield" relates Acme to it.
      const owner = out[out.length - 2];
      if (previous && joiner && ATTRIBUTE_OF.has(joiner) && entity && !(owner?.entity && !owner.contrast)) previous.attribute = true;
      lastAt = at;
      out.push({
        term,
        idf: this.idf(term),
        typed: word,
        corrected,
        ...(sinceContrast <= 2 ? { contrast: true as const } : {}),
        ...(possessed ? { attribute: true as const } : {}),
        ...(entity ? { entity: entity.kind } : {}),
        ...(at === focusAt ? { focus: true as const } : {}),
      });
    }
    return this.weighed(out, unknown);
  }

  /**
   * The same reading weighed with the main story's word statistics, for a question that names nothing particular
   * to a smaller story; as it is when the index has no smaller story's cards.
   */
  withMainStats(query: AnalyzedQuery): AnalyzedQuery {
    const base = this.base;
    if (!base) return query;
    const terms = query.terms.map((t) => {
      const id = this.termIds.get(t.term);
      return { ...t, idf: id === undefined ? base.unknownIdf : base.idfs[id]! };
    });
    // A word only a smaller story's cards use is, for the main story, a word no card knows: as before the deal was added.
    const unknown = [...query.unknown, ...terms.filter((t) => this.termIds.has(t.term) && !this.hasTerm(true, t.term)).map((t) => t.typed)];
    return { ...this.weighed(terms, unknown, true), base: true };
  }

  /** Whether the cards know the term: all of them, or with `base` the main story's alone. */
  private hasTerm(base: boolean | undefined, term: string): boolean {
    const id = this.termIds.get(term);
    if (id === undefined) return false;
    return !base || !this.base || this.base.known[id] === 1;
  }

  /** A reading's idf sums: over all its terms, and over those the index knows. */
  private weighed(terms: QueryTerm[], unknown: string[], base?: boolean): AnalyzedQuery {
    const knownIdf = terms.reduce((sum, t) => sum + (this.hasTerm(base, t.term) ? t.idf : 0), 0);
    return { terms, totalIdf: terms.reduce((sum, t) => sum + t.idf, 0), knownIdf, unknown };
  }

  search(query: AnalyzedQuery, limit = 10): Hit[] {
    const touched: number[] = [];
    // Read once out of the hot loop: a frequent term's postings run over thousands of cards.
    const { docs, weights, starts } = this.postings;
    const { scores, matched, k1 } = this;
    for (const { term, idf } of query.terms) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      for (let i = starts[t]!, end = starts[t + 1]!; i < end; i++) {
        const d = docs[i]!;
        const w = weights[i]!;
        if (matched[d] === 0) touched.push(d);
        scores[d]! += (idf * (w * (k1 + 1))) / (w + k1);
        matched[d]! += idf;
      }
    }
    const top = topK(touched, this.scores, limit);
    const ids = this.idsOf(query);
    const hits = top.map((d) => ({
      doc: d,
      score: this.scores[d]!,
      // At most 1: read with the main story's statistics, a smaller story's card also matches words the main story lacks.
      coverage: query.knownIdf ? Math.min(1, this.matched[d]! / query.knownIdf) : 0,
      ...this.questionOverlap(query, ids, d),
    }));
    for (const d of touched) {
      this.scores[d] = 0;
      this.matched[d] = 0;
    }
    return hits;
  }

  /** Each query term's number; -1 for a term no card has. */
  private idsOf(query: AnalyzedQuery): number[] {
    return query.terms.map((t) => this.termIds.get(t.term) ?? -1);
  }

  /** Overlap with the card's closest example question: weighted Dice, and how much of that question the query covers. */
  private questionOverlap(query: AnalyzedQuery, ids: number[], d: number): { questionMatch: number; questionRecall: number } {
    let questionMatch = 0;
    let questionRecall = 0;
    const questions = this.questionTerms;
    const sums = query.base && questions.baseIdfSums ? questions.baseIdfSums : questions.idfSums;
    for (let q = questions.first(d); q < questions.end(d); q++) {
      const questionIdf = sums[q]!;
      let shared = 0;
      for (let i = 0; i < ids.length; i++) if (questions.has(q, ids[i]!)) shared += query.terms[i]!.idf;
      const total = query.totalIdf + questionIdf;
      if (total > 0) questionMatch = Math.max(questionMatch, (2 * shared) / total);
      if (questionIdf > 0) questionRecall = Math.max(questionRecall, shared / questionIdf);
    }
    return { questionMatch, questionRecall };
  }
}

/**
 * Words never corrected: everyday English and every name. Made outside the constructor, so that the corrector keeps
 * none of the build's working data alive.
 */
function realWords(text: TextAnalyzer): { has(word: string): boolean } {
  const everyday = commonWords();
  return { has: (word) => everyday.has(word) || text.names.has(word) };
}

function topK(candidates: number[], scores: Float64Array, k: number): number[] {
  if (candidates.length <= k) return [...candidates].sort((a, b) => scores[b]! - scores[a]! || a - b);
  const best: number[] = [];
  for (const d of candidates) {
    if (best.length < k) {
      best.push(d);
      if (best.length === k) best.sort((a, b) => scores[b]! - scores[a]! || a - b);
      continue;
    }
    if (scores[d]! <= scores[best[k - 1]!]!) continue;
    let i = k - 1;
    while (i > 0 && scores[d]! > scores[best[i - 1]!]!) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = d;
  }
  return best;
}
