import { z } from "zod";

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by dashes, like first-site-location");
const text = z.string().trim().min(1, "must not be empty");
// YAML reads a bare 2027 or 4.5 as a number; as a keyword it is meant as text.
const keyword = z.preprocess((v) => (typeof v === "number" ? String(v) : v), text);

export const articleSchema = z.strictObject({
  id,
  title: text,
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
  /** The date is inferred from the text rather than stated; source lines show it as "c. Sept 2025". */
  approximate_date: z.boolean().optional(),
  /** false when `title` is a description the curators wrote, not the article's own headline. */
  headline: z.boolean().optional(),
  author: text.optional(),
  publisher: text.optional(),
  // `url: null` (no link known) reads as no url.
  url: z.url().nullish(),
  summary: text.max(300, "must be one line (at most 300 characters)"),
});

export const articlesFileSchema = z.strictObject({
  articles: z.array(z.unknown()).min(1, "must list at least one article"),
});

/** Keywords are the names people use for a card's subject; a longer list is a thesaurus that steals other cards' questions. */
export const MAX_KEYWORDS = 15;

export const ANSWER_KINDS = ["amount", "count", "date", "place", "person", "yes-no", "reason", "list", "description"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];
const answerKind = z.enum(ANSWER_KINDS, { error: `must be one of ${ANSWER_KINDS.join(", ")}` });

export const cardSchema = z.strictObject({
  id,
  questions: z.array(text).min(3, "needs at least 3 example questions"),
  // Not capped here, so knowledge written before the cap still loads: knowledge:check warns, and a test holds
  // the project's own knowledge to it.
  keywords: z.array(keyword).optional(),
  answer: text.max(500, "must be at most 500 characters"),
  sources: z.array(id).min(1, "must cite at least one article"),
  disputed: text.optional(),
  related: z.array(id).optional(),
  /** What kind of thing the answer gives; inferred from the answer when left out. */
  gives: z.union([answerKind, z.array(answerKind).min(1)]).optional(),
  /** Names of lexicon entities the card is about. */
  about: z.array(text).optional(),
});

export const cardFileSchema = z.strictObject({
  topic: text,
  cards: z.array(z.unknown()).min(1, "must hold at least one card"),
});

export type Article = z.infer<typeof articleSchema>;
export type Card = z.infer<typeof cardSchema> & { topic: string; file: string };
