// TEMPORARY until the core lands: same signature the real one will have.
import type { Answer, Question } from "../../src/core/answer.js";
import type { Desk } from "../../src/core/desk.js";

const src = { id: "openai-300-billion-oracle-contract", title: "OpenAI to buy $300 billion of Oracle computing power over five years", published: "2025-09", url: null };

export function realDesk(): Desk {
  const ask = (q: Question | string): Answer => {
    const text = typeof q === "string" ? q : q.text;
    const hit = (typeof q !== "string" && q.card) || /deal|worth|oracle/i.test(text);
    return hit
      ? { question: text, status: "answered", answer: "Reports differ: $30 billion a year vs $300 billion over five years.", confidence: 0.9, card: "deal-value", topic: "Money", sources: [src], alternatives: [], disputed: "The articles disagree on the size.", notice: null, suggestions: [] }
      : { question: text, status: "no_answer", answer: "Sorry, I don't have a fact card that answers that.", confidence: 0.05, card: null, topic: null, sources: [], alternatives: [], disputed: null, notice: null, suggestions: ["How much is the Oracle deal worth?", "Where is Abilene?", "Is Microsoft still involved?"] };
  };
  return {
    ask,
    articles: () => [src],
    topics: () => [{ title: "Money", cards: [{ id: "deal-value", question: "How much is the deal worth?" }] }],
    examples: (n = 3) => ["How much is the Oracle deal worth?", "Where is Abilene?", "Is Microsoft still involved?"].slice(0, n),
    suggest: (p, limit = 25, max = 100) => ["How much is the Oracle deal worth?"].filter((s) => s.toLowerCase().includes(p.toLowerCase().slice(0, 3))).slice(0, limit).map((s) => s.slice(0, max)),
  };
}
