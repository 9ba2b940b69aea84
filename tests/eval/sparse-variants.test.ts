import { describe, expect, it } from "vitest";
import { sparseVariants } from "../../src/eval/sparse-variants.js";
import { syntheticNegatives } from "../../src/eval/synthetic-negatives.js";
import { fixtureKnowledge } from "../helpers/fixture-desk.js";

const kb = fixtureKnowledge();

describe("fitting material for new cards", () => {
  it("thins every card in exactly one variant, keeping its first question and at most 8 questions and 5 keywords", () => {
    const variants = sparseVariants(kb, 3);
    for (const card of kb.cards) {
      const thinned = variants.map((v) => v.cards.find((c) => c.id === card.id)!).filter((c) => c !== card);
      expect(thinned, card.id).toHaveLength(1);
      expect(thinned[0]!.questions[0]).toBe(card.questions[0]);
      expect(thinned[0]!.questions.length).toBeLessThanOrEqual(8);
      expect((thinned[0]!.keywords ?? []).length).toBeLessThanOrEqual(5);
      for (const q of thinned[0]!.questions) expect(card.questions).toContain(q);
    }
  });

  it("makes up near misses about the cards' subjects that ask for something no card says", () => {
    const negatives = syntheticNegatives(kb);
    expect(negatives.length).toBeGreaterThan(20);
    const said = kb.cards.map((c) => [...c.questions, ...(c.keywords ?? []), c.answer].join(" ")).join(" ").toLowerCase();
    for (const n of negatives) {
      expect(n.expected).toEqual([]);
      expect(n.kind).toBe("near-miss");
    }
    expect(said).not.toMatch(/\bpopulation\b|\bmarried\b|\bmascot\b/);
    expect(negatives.some((n) => /population|married|mascot|weather|parking/.test(n.question))).toBe(true);
  });
});
