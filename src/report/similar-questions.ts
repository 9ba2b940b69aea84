import { plainTerm, plainWords } from "../core/text/tokenize.js";

/** Questions that say the same thing, most common wording first. */
export interface QuestionGroup {
  /** The wording asked most often. */
  question: string;
  count: number;
  /** Other wordings in the group, most common first (at most 5). */
  variants: string[];
}

/** Same question, typed differently: case, spacing and end punctuation folded. */
export function sameText(question: string): string {
  return question.toLowerCase().replace(/\s+/g, " ").replace(/[\s?!.。]+$/u, "").trim();
}

function terms(question: string): Set<string> {
  const out = new Set<string>();
  for (const word of plainWords(question)) {
    const term = plainTerm(word);
    if (term) out.add(term);
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Share of content words two questions must have in common to count as one. */
export const LIKENESS = 0.5;

/**
 * Groups near-duplicate questions: exact repeats (ignoring case and punctuation) first, then
 * wordings whose content words (stop words dropped, stemmed) overlap by at least LIKENESS.
 * Greedy, biggest first, so each group is led by its most common wording.
 */
export function groupSimilar(questions: string[], likeness = LIKENESS): QuestionGroup[] {
  const byText = new Map<string, { question: string; count: number }>();
  for (const q of questions) {
    const key = sameText(q);
    if (!key) continue;
    const entry = byText.get(key);
    if (entry) entry.count++;
    else byText.set(key, { question: q.trim(), count: 1 });
  }
  const wordings = [...byText.values()].sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
  const groups: { terms: Set<string>; members: { question: string; count: number }[] }[] = [];
  for (const wording of wordings) {
    const own = terms(wording.question);
    const home = own.size ? groups.find((g) => jaccard(g.terms, own) >= likeness) : undefined;
    if (home) home.members.push(wording);
    else groups.push({ terms: own, members: [wording] });
  }
  return groups
    .map((g) => ({
      question: g.members[0]!.question,
      count: g.members.reduce((sum, m) => sum + m.count, 0),
      variants: g.members.slice(1, 6).map((m) => m.question),
    }))
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
}
