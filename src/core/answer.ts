/** The platform-neutral reply every adapter renders. No Slack or Discord shapes here. */

export type AnswerStatus = "answered" | "unsure" | "no_answer";

export interface SourceRef {
  id: string;
  title: string;
  /** As the article states it: "2026-06-10", "2025-09", "2025". */
  published: string;
  /** The date is inferred from the text, not stated: shown as "c. Sept 2025" (see format-published.ts). */
  approximate?: boolean;
  /** false when the title is the curators' description, not the article's own headline. */
  headline?: boolean;
  url: string | null;
}

export interface Alternative {
  card: string;
  /** The card's first example question, a readable label for a "did you mean" button. */
  question: string;
  confidence: number;
}

export interface Answer {
  /** The question as read: markup stripped, at most 1,000 characters. */
  question: string;
  status: AnswerStatus;
  /** The card's answer; for no_answer a short apology or prompt. */
  answer: string;
  /** Calibrated probability in [0,1] that `card` is the right card. */
  confidence: number;
  card: string | null;
  /** Topic title of the card ("Money", "Capacity"...), null when no card. */
  topic: string | null;
  sources: SourceRef[];
  /** Up to 3 other likely cards, best first (filled for unsure, may be empty otherwise). */
  alternatives: Alternative[];
  /** What the articles disagree on, when they do. */
  disputed: string | null;
  /** Something the user should know about how the question was read (e.g. it was cut at 1,000 characters). */
  notice: string | null;
  /** Example questions to offer, filled for no_answer. */
  suggestions: string[];
  /** For no_answer, the card that came closest, with its confidence (below the unsure band); not shown to people. */
  nearest?: { card: string; confidence: number };
}

/** What an adapter hands the core: one neutral question. */
export interface Question {
  text: string;
  /** Answer this card directly (a "did you mean" button or a shared answer), with `text` as the original question. */
  card?: string;
}

export type ConfidenceLabel = "High" | "Medium" | "Low";

export function confidenceLabel(confidence: number): ConfidenceLabel {
  if (confidence >= 0.75) return "High";
  if (confidence >= 0.45) return "Medium";
  return "Low";
}

/** "High confidence · 92%" */
export function confidenceText(confidence: number): string {
  return `${confidenceLabel(confidence)} confidence · ${Math.round(confidence * 100)}%`;
}
