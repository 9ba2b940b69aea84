import { describe, expect, it } from "vitest";
import type { Card } from "../../src/knowledge/schema.js";
import { fixtureDesk, fixtureKnowledge } from "../helpers/fixture-desk.js";

// The two articles that disagree on the deal size ($30bn vs $300bn) and on Stargate ($500bn vs $50bn).
const CLOUD_POWER = "openai-taps-oracle-cloud-power";
const CONTRACT_300 = "openai-300-billion-oracle-contract";
// The two that disagree on whether Oracle capacity trains models or only serves ChatGPT.
const CHATGPT_INFERENCE = "oracle-compute-for-chatgpt-inference";

const desk = fixtureDesk();
const kb = fixtureKnowledge();

function card(id: string): Card {
  const found = kb.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

function expectDisputeCitingBoth(c: Card, a: string, b: string): void {
  expect(c.disputed?.trim(), `${c.id} notes no dispute`).toBeTruthy();
  expect(c.sources).toEqual(expect.arrayContaining([a, b]));
}

describe("where the articles disagree, the cards say so and cite both sides", () => {
  it("the deal-size card", () => {
    expectDisputeCitingBoth(card("deal-value"), CLOUD_POWER, CONTRACT_300);
  });

  it("the Stargate-size card", () => {
    expectDisputeCitingBoth(card("stargate-budget"), CLOUD_POWER, CONTRACT_300);
  });

  it("the training-or-inference card", () => {
    expectDisputeCitingBoth(card("training-or-inference"), CLOUD_POWER, CHATGPT_INFERENCE);
  });

  it("every card that notes a dispute cites at least two articles", () => {
    const disputed = kb.cards.filter((c) => c.disputed);
    expect(disputed.length).toBeGreaterThan(0);
    for (const c of disputed) expect(new Set(c.sources).size, c.id).toBeGreaterThanOrEqual(2);
  });

  it("asking how much the Oracle deal is worth shows the dispute and both dated sources", () => {
    const answer = desk.ask("how much is the oracle deal worth?");
    expect(answer.status).toBe("answered");
    expect(answer.disputed).toBeTruthy();
    const ids = answer.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([CLOUD_POWER, CONTRACT_300]));
    for (const source of answer.sources) {
      expect(source.title.trim()).not.toBe("");
      expect(source.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it("asking how big Stargate is reaches a card that shows the dispute", () => {
    const answer = desk.ask("how much is stargate worth?");
    expect(answer.card).not.toBeNull();
    expect(answer.disputed).toBeTruthy();
    expect(answer.sources.map((s) => s.id)).toEqual(expect.arrayContaining([CLOUD_POWER, CONTRACT_300]));
  });
});
