import { Document, isScalar } from "yaml";
import type { Card } from "../knowledge/schema.js";
import type { QuestionRecord } from "../questions/question-record.js";
import { sameText } from "./similar-questions.js";

/** A wording people used for a card, with why it is suggested. */
export interface Suggestion {
  card: string;
  question: string;
  picks: number;
  upVotes: number;
}

/** Longer questions make poor examples (they are mostly context). */
const MAX_EXAMPLE = 200;

/**
 * New example questions per card: the wording behind each did-you-mean pick (people showed which card
 * they meant) and each 👍 (people confirmed the card answered it), minus wordings the card already has
 * and wordings voted 👎 on that card.
 */
export function suggestExamples(records: QuestionRecord[], cards: Card[]): Suggestion[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const found = new Map<string, Suggestion & { down: number }>();
  const entry = (card: string, question: string) => {
    const key = `${card}\u0000${sameText(question)}`;
    let s = found.get(key);
    if (!s) {
      s = { card, question: question.trim(), picks: 0, upVotes: 0, down: 0 };
      found.set(key, s);
    }
    return s;
  };
  for (const r of records) {
    if (!r.card || !byId.has(r.card) || !sameText(r.question) || r.question.length > MAX_EXAMPLE) continue;
    if (r.event === "pick") entry(r.card, r.question).picks++;
    else if (r.event === "vote" && r.vote === "up") entry(r.card, r.question).upVotes++;
    else if (r.event === "vote" && r.vote === "down") entry(r.card, r.question).down++;
  }
  return [...found.values()]
    .filter((s) => s.picks + s.upVotes > s.down)
    .filter((s) => !byId.get(s.card)!.questions.some((q) => sameText(q) === sameText(s.question)))
    .sort((a, b) => b.picks + b.upVotes - (a.picks + a.upVotes) || a.card.localeCompare(b.card))
    .map(({ down: _down, ...s }) => s);
}

function why(s: Suggestion): string {
  const parts: string[] = [];
  if (s.picks) parts.push(`picked ${s.picks}×`);
  if (s.upVotes) parts.push(`👍 ${s.upVotes}×`);
  return `new: ${parts.join(", ")}`;
}

/**
 * Card YAML to paste over the cards in their files: one document per topic file, each card whole with
 * its new questions appended and marked with a comment. Empty when there is nothing to suggest.
 */
export function renderSuggestions(suggestions: Suggestion[], cards: Card[]): string {
  const byFile = new Map<string, { topic: string; cards: Card[] }>();
  const wanted = new Set(suggestions.map((s) => s.card));
  for (const card of cards.filter((c) => wanted.has(c.id))) {
    const group = byFile.get(card.file) ?? { topic: card.topic, cards: [] };
    group.cards.push(card);
    byFile.set(card.file, group);
  }
  const docs: string[] = [];
  for (const [file, group] of byFile) {
    const plain = group.cards.map(({ topic: _t, file: _f, ...card }) => ({
      ...card,
      questions: [...card.questions, ...suggestions.filter((s) => s.card === card.id).map((s) => s.question)],
    }));
    const doc = new Document({ topic: group.topic, cards: plain });
    doc.commentBefore = ` Suggested examples for ${file}: replace these cards there, or copy the lines marked "new".`;
    group.cards.forEach((card, i) => {
      suggestions
        .filter((s) => s.card === card.id)
        .forEach((s, j) => {
          const node = doc.getIn(["cards", i, "questions", card.questions.length + j], true);
          if (isScalar(node)) node.comment = ` ${why(s)}`;
        });
    });
    docs.push(doc.toString({ lineWidth: 0 }));
  }
  return docs.join("---\n");
}
