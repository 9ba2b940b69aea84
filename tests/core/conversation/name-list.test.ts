import { describe, expect, it } from "vitest";
import { nameListParts } from "../../../src/core/conversation/name-list.js";
import { TextAnalyzer } from "../../../src/core/text/analyzer.js";
import { fixtureKnowledge } from "../../helpers/fixture-desk.js";

const kb = fixtureKnowledge();
const reader = new TextAnalyzer(kb.lexicon, kb.cards.map((c) => c.answer));

describe("nameListParts", () => {
  it("asks the same of each name in 'A, B or C'", () => {
    expect(nameListParts("any stargate sites in georgia, wyoming or ohio?", reader)).toEqual([
      "any stargate sites in georgia?",
      "any stargate sites in wyoming?",
      "any stargate sites in ohio?",
    ]);
  });

  it("asks the same of each of three or more names joined by commas alone ('A, B, C'), but not of two", () => {
    expect(nameListParts("is there a site in ohio, georgia, pennsylvania?", reader)).toEqual([
      "is there a site in ohio?",
      "is there a site in georgia?",
      "is there a site in pennsylvania?",
    ]);
    expect(nameListParts("in texas, is the site big?", reader)).toBeNull();
  });

  it("splits 'A or B', and 'A, B and C', but not 'between A and B' (one thing)", () => {
    expect(nameListParts("is there a site in texas or ohio", reader)).toEqual(["is there a site in texas", "is there a site in ohio"]);
    expect(nameListParts("what's the deal between openai and oracle worth", reader)).toBeNull();
  });

  it("leaves lists of words that are not names, or names of different kinds, whole", () => {
    expect(nameListParts("is it for training or inference?", reader)).toBeNull();
    expect(nameListParts("does oracle or texas matter more", reader)).toBeNull();
  });

  it("asks a question that points back ('which of those') of each name listed before it", () => {
    expect(nameListParts("pennsylvania, new mexico, ohio - which of those have stargate sites", reader)).toEqual([
      "pennsylvania have stargate sites",
      "new mexico have stargate sites",
      "ohio have stargate sites",
    ]);
    expect(nameListParts("texas, ohio - what are the sites", reader)).toBeNull();
  });
});
