import type { QuestionRecord } from "../questions/question-record.js";
import { groupSimilar, sameText, type QuestionGroup } from "./similar-questions.js";

/** What the report needs to know of a card. */
export interface CardInfo {
  id: string;
  topic: string;
  /** Its first example question, a readable label. */
  question: string;
}

export interface DayRow {
  day: string;
  slack: number;
  discord: number;
  console: number;
  total: number;
  /** Knowledge questions that day, and how many were answered. */
  facts: number;
  answered: number;
}

export interface Rates {
  /** Knowledge ("fact") questions; conversation kinds are counted apart. */
  questions: number;
  answered: number;
  unsure: number;
  noAnswer: number;
}

export interface VotedCard {
  card: string;
  down: number;
  up: number;
  /** The questions behind the 👎 votes. */
  questions: QuestionGroup[];
}

export interface PickRow {
  /** The card the unsure answer gave, null when the question was not found in the log. */
  shown: string | null;
  picked: string;
  count: number;
  /** Questions that led to this pick. */
  questions: string[];
}

export interface Report {
  since: string | null;
  first: string | null;
  last: string | null;
  /** Every question asked (all kinds), clicks and votes not included. */
  total: number;
  /** Lines of the log that could not be read. */
  skipped: number;
  kinds: Record<string, number>;
  perDay: DayRow[];
  rates: Rates;
  /** Knowledge questions with no answer, grouped by likeness. */
  gaps: QuestionGroup[];
  /** Knowledge questions answered unsure, grouped by likeness. */
  unsure: QuestionGroup[];
  downvoted: VotedCard[];
  picks: PickRow[];
  /** Cards no question was answered with (nor picked) in the period. */
  unasked: CardInfo[];
}

export const TOP = 10;

// Questions put to the knowledge: a card answer, each part of several questions, and requests out of its scope
// (a gap to judge). Small talk, help, news and topic lists are counted apart, by kind.
const ASKED = new Set(["fact", "multi", "scope"]);

function pct(part: number, whole: number): number {
  return whole ? part / whole : 0;
}

/** The share of knowledge questions answered, unsure and unanswered, as fractions. */
export function shares(rates: Rates): { answered: number; unsure: number; noAnswer: number } {
  return { answered: pct(rates.answered, rates.questions), unsure: pct(rates.unsure, rates.questions), noAnswer: pct(rates.noAnswer, rates.questions) };
}

/** The ask a pick followed: the latest earlier question by the same person with the same wording. */
function askBefore(asks: QuestionRecord[], pick: QuestionRecord): QuestionRecord | null {
  const text = sameText(pick.question);
  for (let i = asks.length - 1; i >= 0; i--) {
    const ask = asks[i]!;
    if (ask.at > pick.at) continue;
    if (ask.user === pick.user && sameText(ask.question) === text) return ask;
  }
  return null;
}

/** Everything the terminal, JSON and HTML forms show, from the log's records and the knowledge's cards. */
export function buildReport(records: QuestionRecord[], cards: CardInfo[], options: { since?: Date | null; skipped?: number } = {}): Report {
  const asks = records.filter((r) => r.event === "ask");
  const facts = asks.filter((r) => ASKED.has(r.kind));
  const kinds: Record<string, number> = {};
  for (const r of asks) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;

  const days = new Map<string, DayRow>();
  for (const r of asks) {
    const day = r.at.slice(0, 10);
    const row = days.get(day) ?? { day, slack: 0, discord: 0, console: 0, total: 0, facts: 0, answered: 0 };
    row[r.platform]++;
    row.total++;
    if (ASKED.has(r.kind)) {
      row.facts++;
      if (r.status === "answered") row.answered++;
    }
    days.set(day, row);
  }

  const rates: Rates = {
    questions: facts.length,
    answered: facts.filter((r) => r.status === "answered").length,
    unsure: facts.filter((r) => r.status === "unsure").length,
    noAnswer: facts.filter((r) => r.status === "no_answer").length,
  };

  const votes = new Map<string, { up: number; down: number; questions: string[] }>();
  for (const r of records.filter((x) => x.event === "vote" && x.card)) {
    const entry = votes.get(r.card!) ?? { up: 0, down: 0, questions: [] };
    if (r.vote === "down") {
      entry.down++;
      entry.questions.push(r.question);
    } else entry.up++;
    votes.set(r.card!, entry);
  }
  const downvoted = [...votes.entries()]
    .filter(([, v]) => v.down > 0)
    .map(([card, v]) => ({ card, down: v.down, up: v.up, questions: groupSimilar(v.questions) }))
    .sort((a, b) => b.down - a.down || a.card.localeCompare(b.card));

  const pickRows = new Map<string, PickRow>();
  for (const pick of records.filter((r) => r.event === "pick" && r.card)) {
    const before = askBefore(asks, pick);
    const shown = before?.card ?? null;
    const key = `${shown ?? "-"}→${pick.card}`;
    const row = pickRows.get(key) ?? { shown, picked: pick.card!, count: 0, questions: [] };
    row.count++;
    if (!row.questions.some((q) => sameText(q) === sameText(pick.question))) row.questions.push(pick.question);
    pickRows.set(key, row);
  }

  const asked = new Set<string>();
  for (const r of records) if ((r.event === "ask" || r.event === "pick") && r.card && r.status !== "no_answer") asked.add(r.card);

  const times = records.map((r) => r.at);
  return {
    since: options.since ? options.since.toISOString().slice(0, 10) : null,
    first: times[0] ?? null,
    last: times.at(-1) ?? null,
    total: asks.length,
    skipped: options.skipped ?? 0,
    kinds,
    perDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    rates,
    gaps: groupSimilar(facts.filter((r) => r.status === "no_answer").map((r) => r.question)),
    unsure: groupSimilar(facts.filter((r) => r.status === "unsure").map((r) => r.question)),
    downvoted,
    picks: [...pickRows.values()].sort((a, b) => b.count - a.count || a.picked.localeCompare(b.picked)),
    unasked: cards.filter((c) => !asked.has(c.id)),
  };
}
