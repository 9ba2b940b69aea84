import { describe, expect, it } from "vitest";
import { asksLiveQuote } from "../../../src/core/text/asks-live-quote.js";
import { messages } from "../../../src/core/messages.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

describe("asksLiveQuote", () => {
  it.each(["orcl share price rn?", "what's ACME trading at right now", "acme stock price today?", "current share price of acme", "how are acme shares doing today", "how's ACME doing today", "how is acme trading rn", "acme price rn?", "what's acme's market cap today"])(
    "reads '%s' as asking for a live market price",
    (q) => expect(asksLiveQuote(q)).toBe(true),
  );

  it.each(["what happened to oracle's stock", "did the shares jump on the news", "how much is the deal worth now", "share price reaction?", "did the deal add to acme's market value", "how is the springfield site doing"])(
    "reads '%s' as a question about what was reported",
    (q) => expect(asksLiveQuote(q)).toBe(false),
  );

  it("makes the desk decline, saying it has no live prices, where a card tells how the stock moved", () => {
    const desk = fixtureDesk();
    expect(desk.ask("how did oracle stock react to the deal").status).not.toBe("no_answer");
    const answer = desk.ask("what's oracle's stock price right now?");
    expect(answer.status).toBe("no_answer");
    expect(answer.card).toBeNull();
    expect(answer.answer).toBe(messages.noLiveQuote);
  });
});
