import { FITTED_CALIBRATION } from "./calibration.js";
import { commonWords } from "./text/common-words.js";

const isCommonWord = (word: string) => commonWords().has(word.replace(/'s$/, ""));
import type { AnalyzedQuery, Hit } from "./index/card-index.js";

/** What kind of fact a question asks for, read from its wording. */
export type Expectation = "number" | "time" | "place" | null;

const ASKS_NUMBER = /\bhow (much|many|big|large|huge)\b|\b(size|amount|value|worth|price|cost|percentage|number of|figure|total)\b|\$/i;
const ASKS_TIME = /\bwhen\b|\bwhat (year|date|month|time)\b|\b(timeline|timeframe|start date|deadline|how long)\b/i;
const ASKS_PLACE = /\bwhere\b|\bwhich (state|states|city|cities|location|locations|site|sites|country)\b/i;

// An amount or a count, not a bare year: "$30 billion", "4.5 GW", "49%", "eight states", "hundreds of thousands".
const HAS_NUMBER =
  /\$\s?\d|\b\d+(?:[.,]\d+)?\s*(?:billion|million|trillion|bn|%|percent|gw|gigawatts?|megawatts?|years?|months?|x)\b|\b(?:hundreds?|thousands?|millions?|billions?|quarter|half|triple|double|dozens?)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+/i;
const HAS_TIME = /\b(19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|years?|months?)\b/i;
const HAS_PLACE =
  /\b(texas|michigan|wisconsin|wyoming|new mexico|georgia|ohio|pennsylvania|abilene|united states|u\.s\.|us|america|europe|france|asia|states|sites?|located|tenancy|region)\b/i;

export function expectation(question: string): Expectation {
  if (ASKS_TIME.test(question)) return "time";
  if (ASKS_PLACE.test(question)) return "place";
  if (ASKS_NUMBER.test(question)) return "number";
  return null;
}

/** 1 when the question asks for a kind of fact the answer does not contain (a count, a date, a place). */
export function expectationMissed(kind: Expectation, answer: string): number {
  if (kind === "number") return HAS_NUMBER.test(answer) ? 0 : 1;
  if (kind === "time") return HAS_TIME.test(answer) ? 0 : 1;
  if (kind === "place") return HAS_PLACE.test(answer) ? 0 : 1;
  return 0;
}

export interface Features {
  coverage: number;
  questionMatch: number;
  questionRecall: number;
  margin: number;
  /** How many content words the question has, scaled: 1 word → 0.125, 8 or more → 1. */
  length: number;
  missed: number;
  /** Share of the question's words the index never saw that are everyday English ("eat", "check"): mostly noise. */
  unknown: number;
  /** Words the index never saw that are not everyday English either ("anthropic", "coreweave"): likely another subject. */
  rare: number;
  /** The most specific word of the question (by idf, scaled to [0,1]) that the index knows but this card lacks. */
  gap: number;
  /** 1 when the question names a company, person or place the card never mentions. */
  foreign: number;
  score: number;
}

export function features(query: AnalyzedQuery, hit: Hit, runnerUp: Hit | undefined, missed: number, foreign: number, gap: number): Features {
  return {
    coverage: hit.coverage,
    questionMatch: hit.questionMatch,
    questionRecall: hit.questionRecall,
    length: Math.min(8, query.terms.length) / 8,
    margin: runnerUp && hit.score > 0 ? Math.max(0, (hit.score - runnerUp.score) / hit.score) : 1,
    missed,
    unknown: query.terms.length ? query.unknown.filter((w) => isCommonWord(w)).length / query.terms.length : 0,
    rare: Math.min(2, query.unknown.filter((w) => !isCommonWord(w)).length),
    gap,
    foreign,
    score: Math.log1p(hit.score),
  };
}

export const FEATURE_NAMES = ["coverage", "questionMatch", "questionRecall", "margin", "length", "missed", "unknown", "rare", "gap", "foreign", "score"] as const satisfies readonly (keyof Features)[];

/** Logistic weights; fitted by `npm run eval -- --fit` on the labelled eval set. */
export interface Calibration {
  bias: number;
  weights: Record<keyof Features, number>;
  /** At or above: answered. */
  answerAt: number;
  /** At or above (and below answerAt): unsure, with alternatives. Below: no_answer. */
  unsureAt: number;
}

export const DEFAULT_CALIBRATION: Calibration = FITTED_CALIBRATION;

export function confidenceOf(f: Features, calibration: Calibration): number {
  let z = calibration.bias;
  for (const name of FEATURE_NAMES) z += calibration.weights[name] * f[name];
  return 1 / (1 + Math.exp(-z));
}
