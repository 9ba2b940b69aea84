import { z } from "zod";

/** Where a question came from. */
export const PLATFORMS = ["slack", "discord", "console"] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * One line of questions.jsonl. `event` says what happened:
 * ask: a question was answered; pick: a did-you-mean alternative was clicked (card = the one picked);
 * vote: 👍/👎 on an answer (card = the card voted on).
 */
export const questionRecordSchema = z.object({
  v: z.literal(1),
  id: z.string(),
  at: z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be a date"),
  event: z.enum(["ask", "pick", "vote"]),
  platform: z.enum(PLATFORMS),
  /** Keyed hash of the platform user id (see user-hash.ts); null on the console. */
  user: z.string().nullable(),
  /** What sort of question: "fact" for a knowledge question; conversation kinds may add others. */
  kind: z.string(),
  question: z.string(),
  status: z.enum(["answered", "unsure", "no_answer"]).nullable(),
  card: z.string().nullable(),
  confidence: z.number().nullable(),
  alternatives: z.array(z.object({ card: z.string(), confidence: z.number() })),
  vote: z.enum(["up", "down"]).nullable(),
});

export type QuestionRecord = z.infer<typeof questionRecordSchema>;

/** The file under DATA_DIR. */
export const QUESTIONS_FILE = "questions.jsonl";
