import { describe, expect, it } from "vitest";
import { expectation, expectationMissed } from "../../src/core/expectation.js";

describe("what a question asks for", () => {
  it("reads amounts, dates and places from the wording", () => {
    expect(expectation("how much is the deal worth")).toBe("number");
    expect(expectation("when does the contract start")).toBe("time");
    expect(expectation("where are the data centers")).toBe("place");
    expect(expectation("is microsoft still involved")).toBeNull();
  });

  it("flags an answer that lacks the unit a number question names", () => {
    const gigawatts = "How many gigawatts does the Abilene site get?";
    expect(expectationMissed(gigawatts, "Abilene, Texas is the first site; seven other states follow.")).toBe(1);
    expect(expectationMissed(gigawatts, "Oracle adds 4.5 GW of capacity.")).toBe(0);
    const money = "how much is google's deal with openai worth";
    expect(expectationMissed(money, "OpenAI signed a cloud deal with Google in the spring of 2025.")).toBe(1);
    expect(expectationMissed(money, "Up to $300 billion over five years.")).toBe(0);
  });

  it("does not count a bare year as an amount", () => {
    expect(expectationMissed("how big is it", "It was announced in 2025.")).toBe(1);
    expect(expectationMissed("how big is it", "About a quarter of US data-center power.")).toBe(0);
  });

  it("wants a date for when and a place for where, and asks nothing of other questions", () => {
    expect(expectationMissed("when does it start", "Spending begins in 2027.")).toBe(0);
    expect(expectationMissed("when does it start", "Oracle supplies the compute.")).toBe(1);
    expect(expectationMissed("where are they building", "Texas, Ohio and six other states.")).toBe(0);
    expect(expectationMissed("is microsoft still involved", "Yes.")).toBe(0);
  });
});
