import { afterAll, describe, expect, it } from "vitest";
import { firstSentence, styleWarnings } from "../../src/knowledge/answer-style.js";
import { formatProblem, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { cardFile, cardYaml, REAL_KNOWLEDGE, removeTempKnowledge, tempKnowledge } from "./temp-knowledge.js";

afterAll(removeTempKnowledge);

function warningsFor(answer: string): string[] {
  const card = cardYaml("alpha").replace(/answer: .*/, `answer: "${answer}"`);
  const loaded = loadKnowledge(tempKnowledge({ "cards/a.yaml": cardFile("A", [card]) }));
  if (loaded.status !== "ok") throw new Error("test knowledge does not load");
  return styleWarnings(loaded.kb).map(formatProblem);
}

describe("the short-first-sentence warning", () => {
  it("warns about an answer that opens with a bare 'No.', saying how many words and what to do", () => {
    const lines = warningsFor("No. Acme has not confirmed the contract with Globex.");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/a\.yaml: card "alpha": answer: the first sentence "No\." has 1 word/);
    expect(lines[0]).toMatch(/names the subject/);
  });

  it("warns about 'It shot up.' and '2027.' but not about a first sentence that stands alone", () => {
    expect(warningsFor("It shot up. Shares rose after the news.")).toHaveLength(1);
    expect(warningsFor("2027. The purchases begin then.")).toHaveLength(1);
    expect(warningsFor("The Acme contract starts in 2027, says the report.")).toEqual([]);
  });

  it("does not end a sentence at an abbreviation such as 'approx.' or 'e.g.'", () => {
    expect(firstSentence("Per the approx. Sept 2025 report, e.g. this one, it starts in 2027. More.")).toBe(
      "Per the approx. Sept 2025 report, e.g. this one, it starts in 2027.",
    );
  });

  it("finds no short first sentence in the project's own cards", () => {
    const loaded = loadKnowledge(REAL_KNOWLEDGE);
    if (loaded.status !== "ok") throw new Error("knowledge/ does not load");
    expect(styleWarnings(loaded.kb).map(formatProblem)).toEqual([]);
  });
});
