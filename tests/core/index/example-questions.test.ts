import { describe, expect, it } from "vitest";
import { ExampleQuestions } from "../../../src/core/index/example-questions.js";

const cards = [["How much is the deal worth?", "deal size"], ["Where is the site?", "how much is the deal worth"], ["who signed it"]];
const keyOf = (q: string) => q.toLowerCase().match(/[a-z]+/g)!.join(" ");

function filed(): ExampleQuestions {
  const examples = new ExampleQuestions((c) => cards[c]!, keyOf);
  const words: string[] = [];
  cards.forEach((questions, c) => {
    for (const q of questions) {
      const ws = keyOf(q).split(" ");
      const ids = Int32Array.from(ws, (w) => (words.includes(w) ? words.indexOf(w) : words.push(w) - 1));
      examples.add(c, ids, 0, ids.length, (id) => words[id]!);
    }
  });
  return examples;
}

describe("ExampleQuestions", () => {
  it("finds the card a question is an example of, the first card when two share it", () => {
    const examples = filed();
    expect(examples.find("how much is the deal worth")).toBe(0);
    expect(examples.find("where is the site")).toBe(1);
    expect(examples.find("who signed it")).toBe(2);
  });

  it("finds nothing for a question no card lists, even with the same words in another order", () => {
    const examples = filed();
    expect(examples.find("the deal worth how much is")).toBeUndefined();
    expect(examples.find("who signed")).toBeUndefined();
    expect(examples.find("")).toBeUndefined();
  });
});
