import { describe, expect, it } from "vitest";
import { CardTraits } from "../../../src/core/conversation/card-traits.js";
import { TextAnalyzer } from "../../../src/core/text/analyzer.js";
import { fixtureKnowledge } from "../../helpers/fixture-desk.js";

const kb = fixtureKnowledge();
const traits = new CardTraits(kb, new TextAnalyzer(kb.lexicon, kb.cards.map((c) => c.answer)));

describe("CardTraits", () => {
  it("tells an answer that opens with a list from one that names one thing", () => {
    expect(traits.givesList("stargate-states")).toBe(true);
    expect(traits.givesList("abilene-first-site")).toBe(false);
  });

  it("gives money only to a question that asks it, of a card whose answer has a sum", () => {
    expect(traits.givesMoneyAsked("microsoft-stake", "what did they pay for it")).toBe(true);
    expect(traits.givesMoneyAsked("microsoft-stake", "is he married")).toBe(false);
    expect(traits.givesMoneyAsked("abilene-first-site", "what did they pay for it")).toBe(false);
  });

  it("reads a card whose first question asks why as giving a reason", () => {
    expect(traits.givesReason("why-4-5-gw")).toBe(true);
    expect(traits.givesReason("capacity-4-5-gw")).toBe(false);
  });

  it("knows which words a card's questions use", () => {
    expect(traits.mentions("job-types", "jobs")).toBe(true);
    expect(traits.mentions("site-ohio", "jobs")).toBe(false);
    expect(traits.mentions("no-such-card", "jobs")).toBe(false);
  });
});
