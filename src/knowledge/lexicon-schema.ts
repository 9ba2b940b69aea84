import { z } from "zod";

const text = z.string().trim().min(1, "must not be empty");
// YAML reads a bare 2027 or 4.5 as a number; in a word list it is meant as text.
const word = z.preprocess((v) => (typeof v === "number" ? String(v) : v), text);

export const ENTITY_KINDS = ["company", "person", "place", "product", "organisation"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const entitySchema = z.strictObject({
  name: text,
  kind: z.enum(ENTITY_KINDS, { error: `must be one of ${ENTITY_KINDS.join(", ")}` }),
  aliases: z.array(word).optional(),
  everyday: z.boolean().optional(),
});

export const lexiconFileSchema = z.strictObject({
  entities: z.array(z.unknown()).optional(),
  synonyms: z.record(z.string(), z.array(word).min(1, "must list at least one word")).optional(),
  details: z.array(word).optional(),
});

export type LexiconEntity = z.infer<typeof entitySchema>;

/** The lexicon as the knowledge states it; the engine compiles it (see core/text/analyzer.ts). */
export interface LexiconData {
  entities: LexiconEntity[];
  /** One word for a subject → the other words and phrases that mean the same. */
  synonyms: Record<string, string[]>;
  /** Deal terms an answer must name when a question does. */
  details: string[];
}

export const EMPTY_LEXICON: LexiconData = { entities: [], synonyms: {}, details: [] };
