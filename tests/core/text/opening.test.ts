import { describe, expect, it } from "vitest";
import { withoutOpening } from "../../../src/core/text/opening.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

describe("withoutOpening", () => {
  it.each([
    ["ok dumb q, what is stargate exactly", "what is stargate exactly"],
    ["quick question: how much is it worth", "how much is it worth"],
    ["hey bot quick one: where is the site", "where is the site"],
    ["two things - when does it start", "when does it start"],
  ])("%s → %s", (text, question) => expect(withoutOpening(text)).toBe(question));

  it("leaves a question that has no opening, or is nothing but one, as it is", () => {
    expect(withoutOpening("how many questions can I ask")).toBe("how many questions can I ask");
    expect(withoutOpening("quick question:")).toBe("quick question:");
  });

  it("lets the desk read the question as if asked plainly", () => {
    const desk = fixtureDesk();
    const plain = desk.ask("what is stargate exactly");
    const opened = desk.ask("ok dumb q, what is stargate exactly");
    expect(opened.card).toBe(plain.card);
    expect(opened.confidence).toBeCloseTo(plain.confidence, 5);
  });
});
