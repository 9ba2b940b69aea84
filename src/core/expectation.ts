import { termOf, words } from "./text/tokenize.js";

/**
 * What kind of fact a question asks for, read from its wording, and whether a
 * card's answer contains that kind of fact at all. "How many gigawatts does the
 * Abilene site get?" wants a power figure; a card that only says where Abilene
 * is cannot be the answer, however many words it shares with the question.
 */

const ASKS_TIME = /\bwhen\b|\bwhat (year|date|month|time)\b|\b(timeline|timeframe|start date|deadline|how long)\b/i;
const ASKS_PLACE = /\bwhere\b|\bwhich (state|states|city|cities|town|location|locations|site|sites|country)\b/i;
const ASKS_NUMBER = /\bhow (much|many|big|large|huge)\b|\b(size|amount|value|worth|price|cost|percentage|number of|figure|total|capacity|market cap|valuation|(?:interest|tax|growth|discount) rate)\b|\$/i;

// A date to the day: "what exact day", "which date". A year or a month does not answer it.
const ASKS_DAY = /\b(?:exact|specific|which|what)\s+(?:day|date)\b|\bon what day\b/i;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const HAS_DAY = new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b`, "i");

// A person's role: the answer must name someone, not only a company.
const ROLE = "(?:ceo|cfo|cto|coo|chief executive|founder|reporter|journalist|author|chairman|chairwoman|boss)";
const ASKS_PERSON = new RegExp(`\\b(?:who|which)\\b[^?.!]*\\b${ROLE}\\b|\\b${ROLE}(?:'s)?\\s+(?:name|called)\\b|\\bbyline\\b`, "i");
const HAS_PERSON = /\b(?:Sam Altman|Altman|Larry Ellison|Ellison|Safra Catz|Catz|Satya Nadella|Nadella|Masayoshi Son|Elon Musk|Musk|Jensen Huang|Alicia Shapiro|Shapiro)\b|\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]/;

// Units of measure no card may state: a question in acres or microseconds wants that unit in the answer.
const MEASURE =
  /\b(microseconds?|milliseconds?|nanoseconds?|seconds|acres?|hectares?|square (?:feet|foot|met(?:er|re)s?|miles?)|sq ?ft|gallons?|lit(?:er|re)s?|tonnes?|miles|kilomet(?:er|re)s?|km|degrees?)\b/i;

const HAS_TIME = /\b(19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|years?|months?)\b/i;
const HAS_PLACE =
  /\b(texas|michigan|wisconsin|wyoming|new mexico|georgia|ohio|pennsylvania|abilene|united states|u\.s\.|us|america|europe|france|asia|states|sites?|located|tenancy|region)\b/i;
// An amount or a count, not a bare year: "$30 billion", "4.5 GW", "49%", "eight states", "hundreds of thousands".
const HAS_NUMBER =
  /\$\s?\d|\b\d+(?:[.,]\d+)?\s*(?:billion|million|trillion|bn|%|percent|gw|gigawatts?|megawatts?|years?|months?|x)\b|\b(?:hundreds?|thousands?|millions?|billions?|quarter|half|triple|double|dozens?)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+/i;

/** A number question that names its unit needs that unit in the answer, not just any number. */
const UNITS: { asks: RegExp; has: RegExp }[] = [
  {
    asks: /\b(gigawatts?|gw|megawatts?|mw|power capacity|electricity)\b/i,
    has: /\d(?:[.,]\d+)?\s*(?:gw|gigawatts?|megawatts?|mw)\b|\bquarter of\b/i,
  },
  {
    asks: /\$|\b(dollars?|billion|million|worth|value|cost|price|paid|paying|revenue|invest(?:ed|ing|ment)?|money|bucks|market cap|valuation|valued)\b/i,
    has: /\$\s?\d|\d(?:[.,]\d+)?\s*(?:billion|million|trillion|bn)\b/i,
  },
  { asks: /%|\b(percent|percentage|fraction|(?:interest|tax|growth|discount) rate)\b/i, has: /\d\s*%|\bpercent\b|\bquarter\b|\bhalf\b/i },
  {
    asks: /\b(jobs?|workers|employees|hires?|headcount)\b/i,
    has: /\b(hundreds?|thousands?|millions?|\d[\d,.]*)\b[^.]*\b(jobs?|workers|people|positions)\b/i,
  },
];

// An answer that says the detail is not given ("no price has been announced") answers the question too.
const SAYS_NOT_GIVEN =
  /\b(?:not|no|nor)\b(?:\s+[\w-]+){0,4}?\s+(?:specified|disclosed|given|stated|announced|published|detailed|detail|specify|disclose)\b|\b(?:undisclosed|unspecified)\b|\bno\s+(?:exact|firm|official|precise|target)?\s*[\w-]*\s*(?:figure|count|number|amount|price|date|year|timeline|breakdown)\b/i;

export type Expectation = "number" | "time" | "place" | null;

export function expectation(question: string): Expectation {
  if (ASKS_TIME.test(question) || ASKS_DAY.test(question)) return "time";
  if (ASKS_PLACE.test(question)) return "place";
  if (ASKS_NUMBER.test(question)) return "number";
  return null;
}

// Deal terms and business details people ask after that the articles rarely state: the answer must name the term
// itself ("what's the interest rate?" is not answered by "$300 billion over five years").
const TERM = new RegExp(
  `\\b(${[
    // Money, contract and financing terms.
    "interest rates?", "valued at", "market cap(?:italisation|italization)?", "valuation", "credit rating", "revenue share",
    "penalt(?:y|ies)", "termination", "cancellation", "clauses?", "warrants", "debt", "loans?", "financing", "lease",
    "upfront", "payment (?:schedule|terms|plan)", "prepa(?:id|y|yment)", "pay[- ]as[- ]you[- ]go", "instal+ments?",
    "take[- ]or[- ]pay", "renewal", "phasing", "back[- ]?loaded", "front[- ]?loaded", "sign(?:ed)? off", "expir(?:e|es|y|ation)",
    // Company finances and the market.
    "dividends?", "profits?", "profit margins?", "capex", "backlog", "rpo", "earnings (?:call|date|report)", "guidance",
    "p\\/e", "ipo", "ticker", "trading at", "price targets?", "salar(?:y|ies)", "wages?",
    // Sites, power and local matters.
    "tax breaks?", "tax incentives?", "subsid(?:y|ies)", "contractors?", "construction (?:company|firm)", "pue", "water", "utilit(?:y|ies)", "power company",
    "grid operator", "ercot", "opposition", "lawsuit", "protest", "litigation",
    // Product and technical specifics.
    "sla", "uptime", "regions?", "fine[- ]?tun(?:e|es|ed|ing)", "fedramp", "hipaa", "soc ?2", "gdpr", "compliance",
    "infiniband", "roce(?:v2)?", "sql",
    // Politics and public statements.
    "white house", "senator", "congress", "lawmaker", "regulator", "antitrust", "tweet",
  ]
    // A plain word of five letters or more also matches its other forms ("protest" → "protesting", "protesters").
    .map((t) => (/^[a-z]{5,}$/.test(t) ? `${t}(?:s|es|ed|ing|ers?)?` : t))
    .join("|")})\\b`,
  "i",
);

// Details asked in other words than the answer would use: when a site goes live is not when it was announced,
// and a company's whole revenue is not one business line's.
const DETAILS: { asks: RegExp; has: RegExp }[] = [
  {
    asks: /\b(?:come|comes|coming|go|goes|going|be|fully)\s+(?:online|live|operational)\b|\bup and running\b|\bgo-live\b/i,
    has: /\b(?:online|operational|live|up and running)\b/i,
  },
  { asks: /\b(?:total|overall|annual|company|company-wide|companywide)\s+revenue\b/i, has: /\b(?:total|overall|annual|company-wide)\s+revenue\b/i },
];

/** What a card's answer fails to give that the question asks for. */
export interface Unmet {
  /** The kind of fact (an amount in the unit asked, a date, a place) is missing. */
  kind: number;
  /** A precise detail is missing: a deal term it names, the unit of measure named, the exact day, or a person's name for a role. */
  detail: number;
}

/** Compares what the question asks for with what the answer contains. An answer that says the detail is not given meets it. */
export function unmetExpectation(question: string, answer: string): Unmet {
  // Checked first: an answer that never names the detail cannot be the one saying it is not given.
  if (namedDetailMissing(question, answer)) return { kind: 1, detail: 1 };
  if (SAYS_NOT_GIVEN.test(answer)) return { kind: 0, detail: 0 };
  const measure = MEASURE.exec(question)?.[1];
  if (measure) {
    const has = answer.toLowerCase().includes(measure.toLowerCase().replace(/s$/, ""));
    return { kind: has ? 0 : 1, detail: has ? 0 : 1 };
  }
  const person = (ASKS_PERSON.test(question) && !HAS_PERSON.test(answer)) || roleOfOtherCompany(question, answer) ? 1 : 0;
  const day = ASKS_DAY.test(question) && !HAS_DAY.test(answer) ? 1 : 0;
  const count = countMissing(question, answer) ? 1 : 0;
  return { kind: Math.max(person, day, count, kindMissed(question, answer)), detail: Math.max(person, day) };
}

/** A detail the question names and the answer never does: a deal term, a go-live date, a reaction, a model version. */
function namedDetailMissing(question: string, answer: string): boolean {
  const term = TERM.exec(question)?.[1];
  if (term && !names(answer, term)) return true;
  return DETAILS.some((d) => d.asks.test(question) && !d.has.test(answer)) || quoteMissing(question, answer) || modelMissing(question, answer);
}

// "What did Nadella say about it?": a reaction asked of someone named, which the answer must report as theirs.
const PERSON = /\b(altman|sama|ellison|larry|catz|safra|nadella|satya|masayoshi|musk|elon|huang|jensen|shapiro|magouyrk|pichai|sundar|zuckerberg|zuck|bezos|jassy|amodei|trump|biden)\b/i;
const ASKS_REACTION =
  /\b(?:say|said|says|react|reacted|reaction|comment|commented|comments|respond|responded|response|think|thinks|thought|thoughts|tweet|tweeted|weigh(?:ed)? in|opinion|take|view|stance|statement|quote|quoted)\b/i;
const REPORTS_SPEECH = /\b(?:said|says|say|saying|called|calls|told|argued|argues|commented|noted|notes|wrote|described|stressed|according to|quoted)\b/i;

function quoteMissing(question: string, answer: string): boolean {
  const person = PERSON.exec(question)?.[1];
  if (!person || !ASKS_REACTION.test(question)) return false;
  return !(new RegExp(`\\b${person}\\b`, "i").test(answer) && REPORTS_SPEECH.test(answer));
}

// "Is GPT-5 on OCI?": a model version asked about on Oracle's cloud must be named in the answer.
const MODEL_VERSION = /\b(gpt-?\d[\w.]*|o[1-4](?:-mini)?)\b/i;
const ON_ORACLE = /\b(?:oci|oracle(?:'s)? cloud)\b/i;

function modelMissing(question: string, answer: string): boolean {
  const model = MODEL_VERSION.exec(question)?.[1];
  if (!model || !ON_ORACLE.test(question)) return false;
  return !answer.toLowerCase().replace(/-/g, "").includes(model.toLowerCase().replace(/-/g, ""));
}

/** Whether the answer names a term in any form: "protests" is named by "protesters", "salaries" by "salary". */
function names(answer: string, term: string): boolean {
  if (answer.toLowerCase().includes(term.toLowerCase().replace(/(?:s|ies|y)$/, ""))) return true;
  const stemmed = /^[a-z]+$/i.test(term) ? termOf(term.toLowerCase()) : null;
  return stemmed !== null && words(answer).some((w) => termOf(w) === stemmed);
}

const HOW_MANY = /\bhow many\s+(?:more\s+|new\s+|total\s+|separate\s+|individual\s+|actual\s+)?([a-z][a-z-]*)/i;
const COUNT_WORD = /^(?:\d[\d.,]*|hundreds?|thousands?|millions?|billions?|dozens?|several|many|one|two|three|four|five|six|seven|eight|nine|ten|half|quarter)$/;

/** "How many GPUs?": the answer must put a number next to that noun ("thousands of GPUs"), not just give some other figure. */
function countMissing(question: string, answer: string): boolean {
  const asked = HOW_MANY.exec(question)?.[1];
  const noun = asked ? termOf(asked) : null;
  if (!noun) return false;
  const ws = words(answer);
  for (let i = 0; i < ws.length; i++) {
    if (termOf(ws[i]!) !== noun) continue;
    for (let j = Math.max(0, i - 4); j <= Math.min(ws.length - 1, i + 4); j++) if (j !== i && COUNT_WORD.test(ws[j]!)) return false;
  }
  return true;
}

/** 1 when the question asks for a kind of fact the answer does not contain (see unmetExpectation). */
export function expectationMissed(question: string, answer: string): number {
  return unmetExpectation(question, answer).kind;
}

const COMPANY = "(openai|oracle|microsoft|google|nvidia|softbank|xai|amazon|aws|meta|anthropic|mgx|stargate)";
const OWNED_ROLE = new RegExp(`\\b${COMPANY}(?:'s)?\\s+(${ROLE})\\b|\\b(${ROLE})\\s+(?:of|at)\\s+${COMPANY}\\b`, "i");

/** "Oracle's CEO" asked, and the answer names only another company's CEO ("OpenAI CEO Sam Altman"). */
function roleOfOtherCompany(question: string, answer: string): boolean {
  const m = OWNED_ROLE.exec(question);
  if (!m) return false;
  const company = (m[1] ?? m[4])!.toLowerCase();
  const role = (m[2] ?? m[3])!.toLowerCase();
  const near = new RegExp(`\\b${company}(?:'s)?\\s+${role}\\b|\\b${role}\\s+(?:of|at)\\s+${company}\\b`, "i");
  return !near.test(answer);
}

function kindMissed(question: string, answer: string): number {
  const kind = expectation(question);
  if (kind === "time") return HAS_TIME.test(answer) ? 0 : 1;
  if (kind === "place") return HAS_PLACE.test(answer) ? 0 : 1;
  if (kind !== "number") return 0;
  const unit = UNITS.find((u) => u.asks.test(question));
  return (unit ? unit.has : HAS_NUMBER).test(answer) ? 0 : 1;
}
