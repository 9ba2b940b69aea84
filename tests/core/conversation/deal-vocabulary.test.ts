import { describe, expect, it } from "vitest";
import { DealVocabulary } from "../../../src/core/conversation/deal-vocabulary.js";
import { TextAnalyzer } from "../../../src/core/text/analyzer.js";
import { fixtureKnowledge } from "../../helpers/fixture-desk.js";

const kb = fixtureKnowledge();
const vocabulary = new DealVocabulary(kb, new TextAnalyzer(kb.lexicon));

describe("DealVocabulary", () => {
  it.each(["does the extra capacity translate into higher revenue?", "how much electricity are we talking overall"])(
    "hears '%s' as about the deals, in the cards' own words",
    (q) => expect(vocabulary.speaksOfDeals(q)).toBe(true),
  );

  it.each(["what is the weather in paris", "recommend a good pizza place near union square", "who won the super bowl", "so are flights getting cheaper"])(
    "does not hear '%s' as about the deals",
    (q) => expect(vocabulary.speaksOfDeals(q)).toBe(false),
  );
});
