import { describe, expect, it } from "vitest";
import { groupSimilar, sameText } from "../../src/report/similar-questions.js";

describe("groupSimilar", () => {
  it("folds repeats that differ in case, spacing and end punctuation", () => {
    expect(sameText("  How much is it WORTH?? ")).toBe("how much is it worth");
    const groups = groupSimilar(["how much is it worth?", "How much is it worth", "how much is it  worth!"]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.count).toBe(3);
  });

  it("groups near-duplicate wordings and keeps different questions apart, biggest group first", () => {
    const groups = groupSimilar([
      "who is the ceo of globex",
      "who's the CEO of Globex?",
      "globex ceo",
      "when does the acme deal start",
      "when does the acme deal start?",
      "when is the acme deal starting",
      "what is the weather on mars",
    ]);
    expect(groups.map((g) => g.count)).toEqual([3, 3, 1]);
    const ceo = groups.find((g) => g.question.toLowerCase().includes("ceo"))!;
    expect(ceo.count).toBe(3);
    expect([ceo.question, ...ceo.variants].map((q) => q.toLowerCase())).toContain("globex ceo");
    const start = groups.find((g) => g.question.includes("acme"))!;
    expect(start.question).toBe("when does the acme deal start");
    expect(groups.at(-1)!.question).toBe("what is the weather on mars");
  });

  it("ignores blank questions and never merges questions made only of stop words with others", () => {
    const groups = groupSimilar(["", "   ", "what is it", "what is the weather on mars"]);
    expect(groups.map((g) => g.question).sort()).toEqual(["what is it", "what is the weather on mars"]);
  });
});
