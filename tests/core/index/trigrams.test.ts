import { describe, expect, it } from "vitest";
import { likeness, TrigramIndex, trigramsOf } from "../../../src/core/index/trigrams.js";

describe("trigram likeness", () => {
  it("is 1 for the same text, whatever the case, accents and punctuation", () => {
    expect(likeness(trigramsOf("Where's the Abilène site?"), trigramsOf("wheres the abilene site"))).toBe(1);
  });

  it("sees other spellings and word forms as close, and unrelated questions as far", () => {
    const british = trigramsOf("why do they keep saying reindustrialisation");
    const american = trigramsOf("why do they keep saying reindustrialization");
    const other = trigramsOf("how much is microsoft's stake");
    expect(likeness(british, american)).toBeGreaterThan(0.8);
    expect(likeness(british, other)).toBeLessThan(0.2);
  });

  it("finds a card's closest example question", () => {
    const index = new TrigramIndex([["How much is the deal worth?", "deal size"], ["Where is the first site?"]]);
    const query = trigramsOf("how much is the deal wroth");
    expect(index.closest(query, 0)).toBeGreaterThan(index.closest(query, 1));
    expect(index.closest(trigramsOf(""), 0)).toBe(0);
  });
});
