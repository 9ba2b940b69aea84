import { describe, expect, it } from "vitest";
import { asksOpinionOrAdvice } from "../../../src/core/text/asks-opinion.js";
import { messages } from "../../../src/core/messages.js";
import { fixtureDesk } from "../../helpers/fixture-desk.js";

describe("asksOpinionOrAdvice", () => {
  it.each([
    "what do you personally think of sam altman",
    "in your opinion is the oracle deal a good idea",
    "should i buy orcl shares? 🤔",
    "will orcl go up, buy or sell",
    "is oracle a good investment now",
    "is nvidia stock a buy rn",
    "will acme stock be higher by the end of next year?",
    "what will globex's shares do next quarter",
  ])("reads '%s' as asking the bot's view or advice", (q) => expect(asksOpinionOrAdvice(q)).toBe(true));

  it.each(["did oracle stock go up", "what does sam altman think of oracle", "what do analysts say about the deal", "how much is the deal worth", "what do u do exactly"])(
    "reads '%s' as a question about the facts",
    (q) => expect(asksOpinionOrAdvice(q)).toBe(false),
  );

  it("makes the desk decline politely, saying it reports and does not advise, even where a card names the subject", () => {
    const desk = fixtureDesk();
    expect(desk.ask("what did sam altman say about oracle").status).not.toBe("no_answer");
    const answer = desk.ask("what do you personally think of sam altman");
    expect(answer.status).toBe("no_answer");
    expect(answer.card).toBeNull();
    expect(answer.answer).toBe(messages.noOpinion);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });
});
