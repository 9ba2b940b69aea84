import type { AnswerKind } from "../knowledge/schema.js";
import { CUE_CAPITAL, CUE_NUMBER, CUE_PLACE, CUE_REASON, CUE_TIME, cuesOf } from "./kind-cues.js";
import { orNone, shared } from "./shared-sets.js";
import type { Lexeme, TextAnalyzer } from "./text/analyzer.js";
import { plainWords, stem } from "./text/tokenize.js";

/**
 * What a question asks for, read from its wording, against what a card's answer gives. "How many gigawatts
 * does the Springfield site get?" wants a power figure; a card that only says where Springfield is cannot be the
 * answer, however many words it shares with the question. Everything here is ordinary English: the names and
 * deal terms of a story come from the lexicon.
 */

// "how many years is it for" asks a duration, as "how long" does: a date, not a count.
const ASKS_TIME = /\bwhen\b|\b(?:what|which) (year|date|month|time)\b|\b(timeline|timeframe|start date|deadline|how long)\b|\bhow many (?:more )?(?:years|yrs|months|weeks|days|decades)\b/i;
// "where does Acme fit in", "where does that leave Globex": a role or a standing, not a place.
const ASKS_PLACE = /\bwhere\b(?!(?:'s|\s+(?:does|do|did|will|would|is)\b)?[^?.!]*?\b(?:fit|fits|stand|stands|leave|leaves|come\s+in|comes\s+in)\b)|\bwhich (state|states|city|cities|town|towns|location|locations|site|sites|country|countries|region|regions)\b/i;
const ASKS_AMOUNT = /\bhow (much|big|large|huge)\b|\b(size|amount|value|worth|price|cost|percentage|figure|total|capacity|valuation|(?:interest|tax|growth|discount) rate)\b|\$/i;
const HOW_MUCH_ONLY = /\bhow (much|big|large|huge)\b/i;
// "did anyone confirm the $30B story?", "will deals this size be normal?": put as yes or no, a figure or size it
// names is what it is about, not what it asks; "is it $3B or $30B?" and "is it how big?" still ask a figure.
const YES_NO_FORM = /^\W*(?:(?:so|and|but|ok|okay|wait|hey|also)\s+)*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b/i;
const FIGURE_CHOICE = /\d[\w.]*(?:\s*[a-z]+)?\s+(?:or|vs\.?|versus)\s+\$?\d/i;
const ASKS_COUNT = /\bhow many\b|\bnumber of\b/i;
const ASKS_REASON = /\bwhy\b|\bwhat for\b|\bfor what reason\b/i;

// A date to the day: "what exact day", "which date". A year or a month does not answer it.
const ASKS_DAY = /\b(?:exact|specific|which|what)\s+(?:day|date)\b|\bon what day\b/i;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const HAS_DAY = new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b`, "i");

// A person's role: the answer must name someone, not only a company.
const ROLE = "(?:ceo|cfo|cto|coo|chief executive|founder|co-?founder|president|reporter|journalist|author|chairman|chairwoman|chair|boss)";
// "who heads Acme", "who runs it": the verbs of leading ask for a person as a role does.
const LEADS = "(?:heads|runs|leads|chairs|manages|founded|co-?founded|(?:is\\s+)?in\\s+charge\\s+(?:of|at))";
const ASKS_PERSON = new RegExp(`\\b(?:who|which)\\b[^?.!]*\\b${ROLE}\\b|\\b${ROLE}(?:'s)?\\s+(?:name|called)\\b|\\bbyline\\b|\\bwho(?:'s|\\s+is|\\s+currently|\\s+actually)?\\s+${LEADS}\\b`, "i");
const TITLED_PERSON = /\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]/;

// Units of measure: a question in acres or microseconds wants that unit in the answer.
const MEASURE =
  /\b(microseconds?|milliseconds?|nanoseconds?|seconds|acres?|hectares?|square (?:feet|foot|footage|met(?:er|re)s?|miles?)|sq ?ft|gallons?|lit(?:er|re)s?|tonnes?|miles|kilomet(?:er|re)s?|km|degrees?)\b/i;

// "How old / how cold / how far / how tall": a dimension only a figure in its own unit answers.
const DIMENSIONS: { asks: RegExp; has: RegExp }[] = [
  { asks: /\bhow old\b|\bwhat age\b/i, has: /\b\d+[- ]?(?:years?[- ]old|yo)\b|\baged?\s+\d/i },
  { asks: /\bhow (?:cold|hot|warm)\b|\btemperatures?\b/i, has: /\bdegrees?\b|°/i },
  { asks: /\bhow far\b/i, has: /\d\s*(?:miles?|mi|km|kilomet(?:er|re)s?)\b/i },
  { asks: /\bhow tall\b/i, has: /\d\s*(?:feet|foot|ft|met(?:er|re)s?|stor(?:e?y|ies)|floors?)\b/i },
  { asks: /\bhow heavy\b/i, has: /\d\s*(?:tons?|tonnes?|pounds?|lbs?|kg|kilograms?)\b/i },
];

// The words these patterns need are listed in kind-cues.ts: change both together.
const HAS_TIME = /\b(19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|years?|months?|weeks?|quarter)\b/i;
const HAS_PLACE_WORD = /\b(states?|sites?|located|location|region|regions|country|countries|city|town|campus|tenancy)\b/i;
// An amount or a count, not a bare year: "$30 billion", "4.5 GW", "49%", "eight states", "hundreds of thousands".
const HAS_NUMBER =
  /\$\s?\d|\b\d+(?:[.,]\d+)?\s*(?:billion|million|trillion|bn|%|percent|gw|gigawatts?|megawatts?|years?|months?|x)\b|\b(?:hundreds?|thousands?|millions?|billions?|quarter|half|triple|double|dozens?)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\s*(?:mw|kw|tw|gwh|mwh|twh)\b|\b(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\s+(?!(?:am|pm|a\.m|p\.m)\b)[a-z]{3,}/i;
const HAS_REASON = /\b(because|so that|in order to|to (?:help|meet|serve|secure|get|gain|keep|add|build|expand|reduce|avoid)|aims?|goal|driven by|reason|why|need for|demand)\b/i;

/** Money asked for, and a sum of money in the answer. */
const MONEY = {
  asks: /\$|\b(dollars?|billion|million|worth|value|cost|price|paid|paying|revenue|invest(?:ed|ing|ment)?|money|bucks|valuation|valued)\b/i,
  has: /\$\s?\d|\d(?:[.,]\d+)?\s*(?:billion|million|trillion|bn)\b/i,
};

/** A number question that names its unit needs that unit in the answer, not just any number. */
const UNITS: { asks: RegExp; has: RegExp }[] = [
  { asks: /\b(gigawatts?|gw|megawatts?|mw)\b/i, has: /\d(?:[.,]\d+)?\s*(?:gw|gigawatts?|megawatts?|mw)\b|\bquarter of\b/i },
  MONEY,
  { asks: /%|\b(percent|percentage|fraction|(?:interest|tax|growth|discount) rate)\b/i, has: /\d\s*%|\bpercent\b|\bquarter\b|\bhalf\b/i },
  { asks: /\b(jobs?|workers|employees|hires?|headcount)\b/i, has: /\b(hundreds?|thousands?|millions?|\d[\d,.]*)\b[^.]*\b(jobs?|workers|people|positions)\b/i },
];

// "How much is Acme?", "how much did it cost": "how much" straight before its verb asks for money, not any figure.
const HOW_MUCH_BARE = /\bhow much (?:is|are|was|were|will|would|does|did|do|has|have|had)\b/i;

// An answer that says the detail is not given ("no price has been announced") answers the question too.
const SAYS_NOT_GIVEN =
  /\b(?:give|gives|gave|say|says|name|names|offer|offers|provide|provides|list|lists)\s+no\b|\b(?:do|does|did)\s+not\s+(?:say|give|name|specify|mention|state|disclose|provide|explain|list)\b|\bnone\s+of\s+(?:the|its|their)\s+(?:articles|sources|reports)\s+(?:say|says|give|gives|name|names|explain|explains|mention|mentions)\b|\b(?:not|no|nor)\b(?:\s+[\w-]+){0,4}?\s+(?:specified|disclosed|given|stated|announced|published|detailed|detail|specify|disclose)\b|\b(?:undisclosed|unspecified)\b|\bno\s+(?:exact|firm|official|precise|target)?\s*[\w-]*\s*(?:figure|count|number|amount|price|date|year|timeline|breakdown)\b/i;

// When something goes live is not when it was announced.
const ASKS_GO_LIVE = /\b(?:come|comes|coming|go|goes|going|be|fully)\s+(?:online|live|operational)\b|\bup and running\b|\bgo-live\b/i;
const HAS_GO_LIVE = /\b(?:online|operational|live|up and running|deploy(?:s|ed|ing|ment)?|switched on|in service|available|availability|launch(?:es|ed|ing)?|rolled out|released)\b/i;

// "What did she say about it?": a reaction asked of someone named, which the answer must report as theirs.
const ASKS_REACTION =
  /\b(?:say|said|says|react|reacted|reaction|comment|commented|comments|respond|responded|response|think|thinks|thought|thoughts|tweet|tweeted|weigh(?:ed)? in|opinion|take|view|stance|statement|quote|quoted)\b/i;
const REPORTS_SPEECH = /\b(?:said|says|say|saying|called|calls|told|argued|argues|commented|noted|notes|wrote|described|stressed|according to|quoted)\b/i;

// A product or model version ("gpt-4o", "h100", "o3"): precise enough that the card must name it.
const VERSION = /\b([a-z]{1,6}-?\d+[a-z0-9.]*|[a-z]\d[a-z0-9-]*)\b/gi;
const NOT_VERSION = /^(?:q[1-4]|h[12]|fy\d+|\d+[a-z]*)$/i;

export type AskedKind = "amount" | "count" | "date" | "place" | "person" | "reason" | null;

const KIND_CUES: [Exclude<AskedKind, null>, RegExp][] = [
  ["date", ASKS_TIME],
  ["date", ASKS_DAY],
  ["place", ASKS_PLACE],
  ["person", ASKS_PERSON],
  ["count", ASKS_COUNT],
  ["amount", ASKS_AMOUNT],
  ["reason", ASKS_REASON],
];

/**
 * What kind of fact a question asks for, from its question words. The earliest cue wins: "why would Acme go with
 * Globex when everyone uses Initech" asks for a reason, and its later "when" only sets the scene.
 */
export function askedKind(question: string): AskedKind {
  // "when I ask Acme something, could…", "remember when Acme was down, is…": a clause setting the scene before the
  // question; its "when" asks for no date.
  question = question.replace(SCENE_WHEN, "");
  let best: AskedKind = null;
  let at = Infinity;
  // "which industries gain most from the extra capacity": the noun after a leading which/what is what is asked;
  // a cue after it only sets the scene. A cue in that noun ("what price", "which year") still counts.
  const head = WHICH_NOUN.exec(question);
  const figureNamed = YES_NO_FORM.test(question) && !FIGURE_CHOICE.test(question);
  for (const [kind, cue] of KIND_CUES) {
    const found = (figureNamed && cue === ASKS_AMOUNT ? HOW_MUCH_ONLY : cue).exec(question);
    if (found && found.index < at) {
      at = found.index;
      best = kind;
    }
  }
  return head && at >= head.index + head[0].length ? null : best;
}

const SCENE_WHEN =
  /^\W*(?:(?:so|ok|and|but|like)\s+)?(?:(?:remember|back)\s+)?when\s+(?!(?:is|was|are|were|do|does|did|will|would|can|could|should|has|have|had|exactly|roughly|approximately)\b)[^,?;]+[,;]\s*(?=\S)|\bremember\s+when\s+[^,?;]+[,;]?\s*/i;

const WHICH_NOUN = /^\W*(?:(?:so|and|but|ok)\s+)?(?:which|what)\s+(?!(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|about|if|kind|kinds|sort|type|types|else|happens|exactly|the|a|an|it|this|that|they|he|she|we|you|i)\b)[a-z-]+/i;

/** What a card's answer fails to give that the question asks for. */
export interface Unmet {
  /** The kind of fact (an amount in the unit asked, a date, a place) is missing. */
  kind: number;
  /** A precise detail is missing: a deal term it names, the unit of measure named, the exact day, or a person's name for a role. */
  detail: number;
  /** What is asked is missing, and the answer says the articles do not give it ("no date has been announced"). */
  notGiven: number;
}

/** What the engine knows of a card's answer, worked out once when the knowledge loads. */
export interface AnswerFacts {
  answer: string;
  /** Stems of the answer's words that the lexicon's deal terms use: all a question can ask of them. */
  answerStems: ReadonlySet<string>;
  /** Words with a digit anywhere in the card (questions, keywords, answer): the versions it names ("h100"). */
  cardVersions: ReadonlySet<string>;
  /** Entity terms the answer names. */
  answerEntities: ReadonlySet<string>;
  gives: ReadonlySet<AnswerKind>;
}

/** The patterns inferGives tests, each with the cue it cannot match without (see kind-cues.ts, kept in step). */
export const CUED_PATTERNS: readonly [RegExp, number][] = [
  [HAS_NUMBER, CUE_NUMBER],
  [HAS_TIME, CUE_TIME],
  [HAS_PLACE_WORD, CUE_PLACE],
  [TITLED_PERSON, CUE_CAPITAL],
  [HAS_REASON, CUE_REASON],
];

/** What kind of thing an answer gives, when the card does not say. */
export function inferGives(answer: string, text: TextAnalyzer, named: ReadonlySet<string> = text.entitiesIn(answer)): Set<AnswerKind> {
  return new Set(givesOf(answer, text, named));
}

/** The kinds an answer may give, each with its bit in a set's mask, in the order a set of them lists them. */
const KINDS: AnswerKind[] = ["description", "amount", "count", "date", "place", "person", "yes-no", "reason", "list"];
const bit = (kind: AnswerKind) => 1 << KINDS.indexOf(kind);
/** One shared set per mask: most answers give one of a few sets of kinds. */
const givesByMask: ReadonlySet<AnswerKind>[] = [];

/** inferGives, as a shared set (see shared). */
function givesOf(answer: string, text: TextAnalyzer, named: ReadonlySet<string>): ReadonlySet<AnswerKind> {
  let mask = bit("description");
  // Each pattern is tested only when the answer has a word it needs.
  const cues = cuesOf(answer);
  if (cues & CUE_NUMBER && HAS_NUMBER.test(answer)) mask |= bit("amount") | bit("count");
  if (cues & CUE_TIME && HAS_TIME.test(answer)) mask |= bit("date");
  let place = false;
  let person = false;
  for (const t of named) {
    const kind = text.kindOf(t);
    if (kind === "place") place = true;
    if (kind === "person") person = true;
  }
  if (place || (cues & CUE_PLACE && HAS_PLACE_WORD.test(answer))) mask |= bit("place");
  if (person || (cues & CUE_CAPITAL && TITLED_PERSON.test(answer))) mask |= bit("person");
  if (/^\s*(yes|no)\b/i.test(answer)) mask |= bit("yes-no");
  if (cues & CUE_REASON && HAS_REASON.test(answer)) mask |= bit("reason");
  const comma = answer.indexOf(",");
  if (comma >= 0 && answer.indexOf(",", comma + 1) >= 0) mask |= bit("list");
  return (givesByMask[mask] ??= shared(new Set(KINDS.filter((kind) => mask & bit(kind)))));
}

const HAS_DIGIT = /\d/;

/** `answerRead`: the answer's words (as `text.words` reads them) as `text.lexeme` knows them, when the caller has read it already. */
export function answerFacts(
  card: { answer: string; questions: string[]; keywords?: string[]; gives?: AnswerKind | AnswerKind[] },
  text: TextAnalyzer,
  answerRead: readonly Lexeme[] = text.words(card.answer).map((w) => text.lexeme(w)),
): AnswerFacts {
  // The answer is read once; its words give its stems, the entities it names and the kinds it gives. Most answers
  // name no deal term, version or entity: no set is made for those.
  let answerStems: Set<string> | null = null;
  // Only words with a digit can be a version, and stemming leaves those as they are.
  let cardVersions: Set<string> | null = null;
  let answerEntities: Set<string> | null = null;
  for (const known of answerRead) {
    if (known.detailStem !== null) (answerStems ??= new Set()).add(known.detailStem);
    if (known.digit) (cardVersions ??= new Set()).add(known.word);
    if (known.kind !== null) (answerEntities ??= new Set()).add(known.term!);
  }
  // Tested piece by piece: most cards have no figure, and then no joined text is made.
  if (anyMayReadFigures(card.questions, text) || anyMayReadFigures(card.keywords ?? [], text)) {
    for (const w of text.words([...card.questions, ...(card.keywords ?? [])].join(" \n "))) if (HAS_DIGIT.test(w)) (cardVersions ??= new Set()).add(w);
  }
  const entities = orNone(answerEntities ?? NO_WORDS);
  const declared = card.gives === undefined ? null : shared(new Set<AnswerKind>([...(Array.isArray(card.gives) ? card.gives : [card.gives]), "description"]));
  return {
    answer: card.answer,
    answerStems: orNone(answerStems ?? NO_WORDS),
    cardVersions: orNone(cardVersions ?? NO_WORDS),
    answerEntities: entities,
    gives: declared ?? givesOf(card.answer, text, entities),
  };
}

const NO_WORDS: ReadonlySet<string> = new Set();

function anyMayReadFigures(texts: readonly string[], text: TextAnalyzer): boolean {
  for (const t of texts) if (text.mayReadFigures(t)) return true;
  return false;
}

interface OwnedRole {
  company: string;
  role: string;
}

/** What a question asks for, read once and then held against each candidate card's facts. */
export interface QuestionAsks {
  kind: AskedKind;
  /** The lexicon's deal terms the question names, as stems. */
  details: string[][];
  goLive: boolean;
  /** People named in a question asking for a reaction ("what did she say?"). */
  reactionOf: string[];
  /** Product or model versions it names, lower-cased without hyphens ("gpt4o"). */
  versions: string[];
  /** The unit of measure it names ("acres"), without a plural s. */
  measure: string | null;
  /** "How old…", "how cold…": what an answer must have to give that dimension. */
  dimension: RegExp | null;
  person: boolean;
  day: boolean;
  /** "Acme's CEO": the role asked of one company. */
  ownedRole: OwnedRole | null;
  /** "How many GPUs": the term of the noun counted. */
  countNoun: string | null;
  /** For an amount or count: the unit the answer must carry. */
  unit: { has: RegExp } | null;
}

/** Compares what a question asks for with what a card's answer gives. */
export class Expectations {
  constructor(private readonly text: TextAnalyzer) {}

  /** Reads what a question asks for. Done once a question: every candidate card is compared with the same reading. */
  read(question: string): QuestionAsks {
    const stems = plainWords(question).map((w) => stem(w));
    const kind = askedKind(question);
    const people = ASKS_REACTION.test(question) ? [...this.text.entitiesIn(question)].filter((t) => this.text.kindOf(t) === "person") : [];
    const countWord = HOW_MANY.exec(question)?.[1];
    // "how much does Jane Doe get paid": what a person earns is a salary, whatever the words.
    const payee = PERSON_PAID.exec(question)?.[1];
    const paid = payee !== undefined && [...this.text.entitiesIn(payee)].some((t) => this.text.kindOf(t) === "person");
    return {
      kind,
      details: [...this.text.details.filter((detail) => containsRun(stems, detail)), ...(paid ? [SALARY] : [])],
      goLive: ASKS_GO_LIVE.test(question),
      reactionOf: people,
      versions: [...question.matchAll(VERSION)]
        .map((m) => m[1]!)
        .filter((token) => !NOT_VERSION.test(token) && HAS_DIGIT.test(token))
        .map((token) => token.toLowerCase().replace(/-/g, "")),
      measure: MEASURE.exec(question)?.[1]?.toLowerCase().replace(/s$/, "") ?? null,
      dimension: DIMENSIONS.find((d) => d.asks.test(question))?.has ?? null,
      person: ASKS_PERSON.test(question),
      day: ASKS_DAY.test(question),
      ownedRole: this.ownedRoles(this.text.words(question))[0] ?? null,
      // The answer's words are read in lower case, so is the noun counted ("how many GW" as "how many gw").
      countNoun: countWord ? this.text.termOf(countWord.toLowerCase()) : null,
      unit: kind === "amount" || kind === "count" ? (UNITS.find((u) => u.asks.test(question)) ?? (HOW_MUCH_BARE.test(question) ? MONEY : null)) : null,
    };
  }

  unmet(question: string | QuestionAsks, facts: AnswerFacts): Unmet {
    const asks = typeof question === "string" ? this.read(question) : question;
    // Checked first: an answer that never names the detail cannot be the one saying it is not given.
    if (namedDetailMissing(asks, facts)) return { kind: 1, detail: 1, notGiven: 0 };
    const missing = this.missing(asks, facts);
    // An answer that says the detail is not given answers the question too, but only with that.
    if (SAYS_NOT_GIVEN.test(facts.answer)) return { kind: 0, detail: 0, notGiven: missing.kind || missing.detail ? 1 : 0 };
    return { ...missing, notGiven: 0 };
  }

  /** The kind and the precise detail asked that the answer lacks, before any "not given" in it counts. */
  private missing(asks: QuestionAsks, facts: AnswerFacts): Omit<Unmet, "notGiven"> {
    const answer = facts.answer;
    if (asks.dimension && !asks.dimension.test(answer)) return { kind: 1, detail: 1 };
    if (asks.measure !== null) {
      const has = answer.toLowerCase().includes(asks.measure);
      return { kind: has ? 0 : 1, detail: has ? 0 : 1 };
    }
    const person = (asks.person && !facts.gives.has("person")) || this.roleOfOtherCompany(asks, facts) ? 1 : 0;
    const day = asks.day && !HAS_DAY.test(answer) ? 1 : 0;
    const count = this.countMissing(asks, facts) ? 1 : 0;
    return { kind: Math.max(person, day, count, kindMissed(asks, facts)), detail: Math.max(person, day) };
  }

  /** "Acme's CEO" asked, and the answer names only another company's CEO ("Globex CEO Jane Doe"). */
  private roleOfOtherCompany(asks: QuestionAsks, facts: AnswerFacts): boolean {
    const owned = asks.ownedRole;
    if (!owned) return false;
    return !this.ownedRoles(this.text.words(facts.answer)).some((r) => r.company === owned.company && r.role === owned.role);
  }

  private ownedRoles(ws: string[]): OwnedRole[] {
    const isCompany = (w: string | undefined) => w !== undefined && ["company", "organisation"].includes(this.text.kindOf(this.text.termOf(w) ?? "") ?? "");
    const out: OwnedRole[] = [];
    for (let i = 0; i < ws.length; i++) {
      if (!IS_ROLE.test(ws[i]!)) continue;
      if (isCompany(ws[i - 1])) out.push({ company: this.text.termOf(ws[i - 1]!)!, role: ws[i]! });
      if ((ws[i + 1] === "of" || ws[i + 1] === "at") && isCompany(ws[i + 2])) out.push({ company: this.text.termOf(ws[i + 2]!)!, role: ws[i]! });
    }
    return out;
  }

  /** "How many GPUs?": the answer must put a number next to that noun ("thousands of GPUs"), not just give some other figure. */
  private countMissing(asks: QuestionAsks, facts: AnswerFacts): boolean {
    const noun = asks.countNoun;
    if (!noun) return false;
    const ws = this.text.words(facts.answer);
    for (let i = 0; i < ws.length; i++) {
      if (this.text.termOf(ws[i]!) !== noun) continue;
      for (let j = Math.max(0, i - 4); j <= Math.min(ws.length - 1, i + 4); j++) if (j !== i && COUNT_WORD.test(ws[j]!)) return false;
    }
    return true;
  }
}

const IS_ROLE = new RegExp(`^${ROLE}$`);

/** A detail the question names and the answer never does: a deal term, a go-live date, a reaction, a model version. */
function namedDetailMissing(asks: QuestionAsks, facts: AnswerFacts): boolean {
  // A one-word term the answer's words give is said. Otherwise the term must appear as such in the answer's own words
  // ("valued at", not "the value … at"), run together: "break-up fee" says "breakup fee", and a term a synonym folds
  // into one word ("exchange ratio") is still written out. Those words are read only when a question asks for a term.
  let stems: string[] | null = null;
  const said = (detail: string[]) =>
    (detail.length === 1 && facts.answerStems.has(detail[0]!)) || containsJoined((stems ??= plainWords(facts.answer).map((w) => stem(w))), detail.join(""));
  if (asks.details.some((detail) => !said(detail))) return true;
  if (asks.goLive && !HAS_GO_LIVE.test(facts.answer)) return true;
  const quoteMissing = asks.reactionOf.length > 0 && !(asks.reactionOf.some((p) => facts.answerEntities.has(p)) && REPORTS_SPEECH.test(facts.answer));
  if (quoteMissing) return true;
  // "Is gpt-4o named": the answer lower-cased with hyphens dropped ("GPT-4o", "gpt4o"), made only when a version is asked.
  const flatAnswer = asks.versions.length ? facts.answer.toLowerCase().replace(/-/g, "") : "";
  // "gb300s" is the plural of the model the card calls "gb300".
  const named = (flat: string) => flatAnswer.includes(flat) || facts.cardVersions.has(flat);
  return asks.versions.some((flat) => !named(flat) && !(/\ds$/.test(flat) && named(flat.slice(0, -1))));
}

const PERSON_PAID = /\bhow\s+much\s+(?:does|do|did|is|are|was|will|would)\s+(.+?)\s+(?:get\s+paid|gets\s+paid|paid|earn|make|take\s+home)\b/i;
const SALARY = [stem("salary")];

const HOW_MANY = /\bhow many\s+(?:more\s+|new\s+|total\s+|separate\s+|individual\s+|actual\s+)?([a-z][a-z-]*)/i;
const COUNT_WORD = /^(?:\d[\d.,]*|hundreds?|thousands?|millions?|billions?|dozens?|several|many|one|two|three|four|five|six|seven|eight|nine|ten|half|quarter)$/;

/** Whether some words in a row, run together, spell `joined` ("break" "up" "fee" for "breakupfee"). */
function containsJoined(words: string[], joined: string): boolean {
  for (let i = 0; i < words.length; i++) {
    let spelled = "";
    for (let k = i; k < words.length && spelled.length < joined.length; k++) {
      spelled += words[k];
      if (spelled === joined) return true;
      if (!joined.startsWith(spelled)) break;
    }
  }
  return false;
}

function containsRun(haystack: string[], run: string[]): boolean {
  if (!run.length) return false;
  outer: for (let i = 0; i + run.length <= haystack.length; i++) {
    for (let k = 0; k < run.length; k++) if (haystack[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/** The one rule: the kind a question asks for must be among the kinds the card gives, in the unit it names. */
function kindMissed(asks: QuestionAsks, facts: AnswerFacts): number {
  const asked = asks.kind;
  if (asked === null || asked === "person" || asked === "reason") return 0;
  const ok = asked === "count" ? facts.gives.has("count") || facts.gives.has("amount") || facts.gives.has("list") : asked === "place" ? facts.gives.has("place") || facts.gives.has("list") : facts.gives.has(asked);
  if (!ok) return 1;
  return asks.unit && !asks.unit.has.test(facts.answer) ? 1 : 0;
}
