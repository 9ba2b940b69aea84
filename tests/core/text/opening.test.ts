import { describe, expect, it } from "vitest";
import { withoutFraming, withoutOpening } from "../../../src/core/text/opening.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

describe("withoutOpening", () => {
  it.each([
    ["ok dumb q, what is stargate exactly", "what is stargate exactly"],
    ["quick question: how much is it worth", "how much is it worth"],
    ["hey bot quick one: where is the site", "where is the site"],
    ["two things - when does it start", "when does it start"],
    ["ok dumb q but what is stargate exactly", "what is stargate exactly"],
    ["genuine q, isnt oracle a database company?", "isnt oracle a database company?"],
    ["ok so for our team: can we use the models on oci", "can we use the models on oci"],
    ["prepping for tomorrow's board meeting - how big is the deal", "how big is the deal"],
    ["ok but why oracle", "why oracle"],
    ["so, and what does oracle get", "what does oracle get"],
  ])("%s → %s", (text, question) => expect(withoutOpening(text)).toBe(question));

  it.each(["how much power are we talking", "how much power are we talking about?", "how much power r we talking here"])("'%s' asks for the figure as 'how much power' does", (text) => {
    expect(withoutFraming(text).replace(/\?$/, "")).toBe("how much power");
  });

  it("reads a question with words that only tie it to the talk before, or stress its end, as if asked plainly", () => {
    const desk = fixtureDesk();
    const plain = desk.ask("why oracle");
    for (const text of ["ok but why oracle specifically", "but why oracle tho"]) {
      const asked = desk.ask(text);
      expect(asked.card).toBe(plain.card);
      expect(asked.confidence).toBeCloseTo(plain.confidence, 5);
    }
  });

  it("leaves a question that has no opening, or is nothing but one, as it is", () => {
    expect(withoutOpening("how many questions can I ask")).toBe("how many questions can I ask");
    expect(withoutOpening("quick question:")).toBe("quick question:");
    // A colon after words that are the question's own subject is no opening.
    expect(withoutOpening("oracle deal: how much")).toBe("oracle deal: how much");
  });

  it("lets the desk read the question as if asked plainly", () => {
    const desk = fixtureDesk();
    const plain = desk.ask("what is stargate exactly");
    const opened = desk.ask("ok dumb q, what is stargate exactly");
    expect(opened.card).toBe(plain.card);
    expect(opened.confidence).toBeCloseTo(plain.confidence, 5);
  });
});

describe("withoutFraming", () => {
  it.each([
    ["it's a 10-year contract right?", "it's a 10-year contract?"],
    ["so oai runs on more than one cloud now or what", "oai runs on more than one cloud now?"],
    ["the first site is in texas, is that correct?", "the first site is in texas?"],
    ["someone on linkedin said the deal is for 45 GW. that can't be right", "the deal is for 45 GW.?"],
    ["my boss at work thinks it is all in texas", "it is all in texas"],
    ["i read on reddit that the deal is $3 trillion", "the deal is $3 trillion"],
    ["stargate = ? (the ai thing, not the movie)", "what is stargate? (the ai thing, not the movie)"],
    ["wtf is stargate", "what is stargate"],
    ["tf does mgx do", "what does mgx do"],
    ["whats the tl;dr of the acme deal, 2 lines max", "whats the tl;dr of the acme deal?"],
    ["how much is it worth - keep it short pls", "how much is it worth?"],
    ["unrelated but what does all this mean for utopia", "what does all this mean for utopia"],
    ["what is stargate, in plain english", "what is stargate?"],
    ["explain the acme deal in simple terms pls", "explain the acme deal?"],
    ["how big is the deal for a non-tech exec", "how big is the deal?"],
    ["explain stargate like i'm 5", "explain stargate?"],
  ])("%s → %s", (text, question) => expect(withoutFraming(text)).toBe(question));

  it("keeps a question that is nothing but the tag or the claim's teller", () => {
    expect(withoutFraming("is that right?")).toBe("is that right?");
    expect(withoutFraming("true?")).toBe("true?");
    expect(withoutFraming("my boss says hi")).toBe("my boss says hi");
  });

  it("lets the desk read a claim to check as the claim itself: a place name after it is not lost", () => {
    const desk = fixtureDesk();
    const plain = desk.ask("is the first stargate site in abilene");
    const framed = desk.ask("someone on linkedin said the first stargate site is in abilene, right?");
    expect(framed.card).toBe(plain.card);
    expect(framed.status).not.toBe("no_answer");
  });
});
