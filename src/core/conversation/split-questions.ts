/** Most questions answered from one message. */
export const MAX_PARTS = 3;

const QUESTION_START =
  String.raw`(?:how|what|what's|whats|when|where|where's|who|who's|whom|whose|which|why|is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)`;
/** "… and where is …", "…, and who …", "…; also when …": a conjunction followed by a new question. */
const JOINED = new RegExp(
  String.raw`\s*(?:,|;)?\s+(?:and|also|plus|as\s+well\s+as|&|\+)\s+(?:also\s+)?(?=${QUESTION_START}\b)|\s*(?:;|,|\.{2,}|…)\s+(?=${QUESTION_START}\b)`,
  "gi",
);
/** "1) …", "2. …", "- …" at the start of a line or after a space. */
const NUMBERED = /(?:^|\s)(?:\(?\d{1,2}[).:]|[-•*])\s+/g;

/** A part worth asking: at least two words with a letter. */
function isQuestionish(part: string): boolean {
  return part.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 2;
}

function tidy(parts: string[]): string[] {
  return parts.map((p) => p.replace(/^[\s,;:]+|[\s,;]+$/g, "").trim()).filter(isQuestionish);
}

/**
 * Ways a message might hold several questions, each a list of parts in order, most explicit first:
 * a numbered list, question marks, line breaks, then "X and where/when/who …". Whether to split is the
 * caller's call (the parts must read better on their own than the whole). Conjunctions inside one question
 * ("between Acme and Globex") never split, since only a question word may follow the "and".
 */
export interface SplitCandidate {
  parts: string[];
  /** Marked by the writer (a numbered list, question marks, lines), not only guessed from "and". */
  explicit: boolean;
}

export function splitCandidates(text: string): SplitCandidate[] {
  const out: SplitCandidate[] = [];
  const add = (parts: string[], explicit: boolean) => {
    if (parts.length >= 2 && !out.some((o) => o.parts.join("\u0000") === parts.join("\u0000"))) out.push({ parts, explicit });
  };
  if (/(?:^|\s)\(?\d{1,2}[).:]\s+\S[\s\S]*\s\(?\d{1,2}[).:]\s+\S/.test(text)) add(tidy(text.split(NUMBERED)), true);
  const byMark = tidy(text.split(/(?<=\?)\s+/));
  add(byMark, true);
  add(byMark.flatMap((p) => (splitJoined(p).length > 1 ? splitJoined(p) : [p])), false);
  add(tidy(text.split(/\n+/)), true);
  add(splitJoined(text), false);
  return out;
}

function splitJoined(text: string): string[] {
  return tidy(text.split(JOINED));
}
