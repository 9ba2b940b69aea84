import type { AnalyzedQuery, Hit, Lack } from "./index/card-index.js";
import type { Unmet } from "./expectation.js";
import { commonWords } from "./text/common-words.js";

const isCommonWord = (word: string) => commonWords().has(word.replace(/'s$/, ""));

export interface Features {
  coverage: number;
  questionMatch: number;
  questionRecall: number;
  margin: number;
  /** How many content words the question has, scaled: 1 word → 0.125, 8 or more → 1. */
  length: number;
  missed: number;
  /** Character-trigram likeness (Jaccard) to the card's closest example question, in [0,1]. */
  likeness: number;
  /** 1 when the answer lacks a precise detail asked for: a deal term, a unit of measure, the exact day, a person's name. */
  unmet: number;
  /** Share of the question's words the index never saw that are everyday English ("eat", "check"): mostly noise. */
  unknown: number;
  /** Words the index never saw that are not everyday English either ("fizzbuzzly", "zorblax"): likely another subject. */
  rare: number;
  /** The most specific word of the question (by idf, scaled to [0,1]) that the index knows but this card lacks. */
  gap: number;
  /** 1 when the question names a company or person the card never mentions, or a place when the card names none. */
  foreign: number;
  /** Question words the card's text lacks: none → 0, one → 0.5, two or more → 1. */
  absent: number;
  /** Question words in none of the card's example questions or keywords: 0, 1/3, 2/3, or 1 for three or more. */
  unlisted: number;
  /** The question's head noun ("the population of…"): 1 when no card knows it, 0.5 when this card lacks it. */
  focus: number;
  /** How thinly the card is described: 0 with 12 or more example questions, rising to 1 with none. */
  sparse: number;
  /** Share of the question's words other than names that the card's text lacks. */
  uncovered: number;
  /** 1 when the question names an entity no card knows at all. */
  stranger: number;
  /** 1 when a name the card never mentions qualifies something the card speaks of ("the Globex deal"). */
  qualified: number;
  /** 1 when what is asked is missing and the answer says the articles do not give it: it answers with that alone. */
  notGiven: number;
  score: number;
  /**
   * 1 when the question asks for a figure (an amount, a count, a date) and names a company or person the card never
   * mentions: the figure asked is someone else's. A decline rule, not a model input: on the eval and held-out
   * sets no such answer was right.
   */
  figureOfAnother: number;
}

export function features(query: AnalyzedQuery, hit: Hit, runnerUp: Hit | undefined, unmet: Unmet, lack: Lack, likeness: number, examples: number, asksFigure = false): Features {
  return {
    coverage: hit.coverage,
    likeness,
    questionMatch: hit.questionMatch,
    questionRecall: hit.questionRecall,
    length: Math.min(8, query.terms.length) / 8,
    margin: runnerUp && hit.score > 0 ? Math.max(0, (hit.score - runnerUp.score) / hit.score) : 1,
    missed: unmet.kind,
    unmet: unmet.detail,
    unknown: query.terms.length ? query.unknown.filter((w) => isCommonWord(w)).length / query.terms.length : 0,
    rare: Math.min(2, query.unknown.filter((w) => !isCommonWord(w)).length),
    gap: lack.gap,
    foreign: lack.foreign ? 1 : 0,
    absent: Math.min(2, lack.absent) / 2,
    unlisted: Math.min(3, lack.unlisted) / 3,
    focus: lack.focus,
    uncovered: lack.uncovered,
    stranger: lack.stranger ? 1 : 0,
    qualified: lack.qualified ? 1 : 0,
    notGiven: unmet.notGiven,
    sparse: Math.max(0, FULL_CARD - examples) / FULL_CARD,
    score: Math.log1p(hit.score),
    figureOfAnother: asksFigure && lack.otherParty ? 1 : 0,
  };
}

/** Bump when a feature's meaning changes: model.json files fitted for another version are then stale. */
export const FEATURES_VERSION = 7;

/** The confidence reported for a card held back by a decline rule: on fresh question sets they were rarely right. */
const DECLINED_CEILING = 0.1;

/** Example questions from which a card counts as fully described (see `sparse`). */
const FULL_CARD = 12;

export const FEATURE_NAMES = ["coverage", "questionMatch", "questionRecall", "likeness", "margin", "length", "missed", "unmet", "unknown", "rare", "gap", "foreign", "absent", "unlisted", "focus", "sparse", "uncovered", "stranger", "qualified", "notGiven", "score"] as const satisfies readonly (keyof Features)[];

/** Logistic weights and status bands, fitted by `npm run eval -- --fit` and kept in knowledge/model.json. */
export interface Calibration {
  bias: number;
  weights: Record<keyof Features, number>;
  /** At or above: answered. */
  answerAt: number;
  /** At or above (and below answerAt): unsure, with alternatives. Below: no_answer. */
  unsureAt: number;
}

export function confidenceOf(f: Features, calibration: Calibration): number {
  let z = calibration.bias;
  for (const name of FEATURE_NAMES) z += calibration.weights[name] * f[name];
  const p = 1 / (1 + Math.exp(-z));
  // The card shares only the names with the question ("is Jane Doe married?" against the card quoting Jane Doe):
  // it is about the right subject but says nothing of what is asked. Held below the answer bands whatever the
  // model makes of it, so the reply is a decline (and the conversation layer can offer the subject's topics).
  // Likewise a question naming something no card knows at all ("Acme's pension fund"): the knowledge is silent on it.
  return f.uncovered === 1 || f.stranger === 1 || f.figureOfAnother === 1 ? Math.min(p, DECLINED_CEILING) : p;
}
